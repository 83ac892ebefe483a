"""Every bad input of the CLI's error tests raises in Python with the CLI's message."""

import numpy as np
import pytest

import projector
from conftest import DIGITS

BAD_CSV = {
    "ragged.csv": b"a,b,c\n1,2,3\n4,5\n6,7,8\n",
    "text.csv": b"a,b,label\n1,2,x\n3,oops,y\n5,6,x\n7,8,y\n",
    "nan.csv": b"a,b\n1,2\n3,NaN\n5,6\n",
    "inf.csv": b"a,b\n1,2\n3,4\ninf,6\n",
    "empty.csv": b"a,b\n",
    "single.csv": b"a,b\n1,2\n",
    "latin1.csv": b"a,name\n1,caf\xe9\n2,b\n",
}


def npy_header(rows, cols):
    h = "{'descr': '<f4', 'fortran_order': False, 'shape': (%d, %d), }" % (rows, cols)
    h += " " * (63 - len(h) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + len(h).to_bytes(2, "little") + h.encode()


@pytest.mark.parametrize("name", sorted(BAD_CSV))
def test_bad_files_raise_value_error_with_the_cli_message(tmp_path, cli, name):
    path = tmp_path / name
    path.write_bytes(BAD_CSV[name])
    want = cli.error("project", path, "-o", tmp_path / "out.npy")
    with pytest.raises(ValueError) as e:
        projector.project(path, "pca", verbose=0)
    assert str(e.value) == want
    with pytest.raises(ValueError) as e:
        projector.load(path)
    assert str(e.value) == want


def test_a_missing_file_is_file_not_found_error(tmp_path, cli):
    want = cli.error("project", tmp_path / "nope.csv", "-o", tmp_path / "o.npy")
    with pytest.raises(FileNotFoundError) as e:
        projector.project(tmp_path / "nope.csv", verbose=0)
    assert str(e.value) == want


def test_truncated_npy_and_wrong_labels(tmp_path, cli):
    npy = tmp_path / "x.npy"
    npy.write_bytes(npy_header(10, 4) + np.full(40, 0.5, np.float32).tobytes()[:-7])
    want = cli.error("project", npy, "-o", tmp_path / "o.npy")
    with pytest.raises(ValueError) as e:
        projector.load(npy)
    assert str(e.value) == want and "truncated" in want

    good = tmp_path / "y.npy"
    np.save(good, np.random.default_rng(0).random((4, 3), dtype=np.float32))
    labels = tmp_path / "labels.txt"
    labels.write_text("a\nb\nc\n")
    want = cli.error("project", good, "--labels", labels, "-o", tmp_path / "o.npy")
    with pytest.raises(ValueError) as e:
        projector.load(good, labels=labels)
    assert str(e.value) == want


def test_in_memory_data_is_named_with_row_and_column():
    import pandas as pd

    # The CLI says "nan.csv: row 1, column 'b': NaN in the embedding"; a data frame is "DataFrame".
    df = pd.DataFrame({"a": [1.0, 3.0, 5.0], "b": [2.0, np.nan, 6.0]})
    with pytest.raises(ValueError, match=r"^DataFrame: row 1, column 'b': NaN in the embedding$"):
        projector.project(df, "pca", verbose=0)
    with pytest.raises(ValueError, match=r"row 2, column 0"):
        projector.project(np.array([[1, 2], [3, 4], [np.inf, 6]], dtype=np.float32), "umap", verbose=0)
    with pytest.raises(ValueError, match=r"DataFrame: row 1, column 'v': ragged vectors"):
        projector.project(pd.DataFrame({"v": [[1, 2], [3], [4, 5]]}), verbose=0)
    with pytest.raises(ValueError, match="2-D array"):
        projector.project(np.zeros(5), verbose=0)
    with pytest.raises(TypeError, match="cannot project a set"):
        projector.project({1, 2}, verbose=0)


def test_bad_parameters_say_what_the_cli_says(tmp_path, cli):
    want = cli.error("project", DIGITS, "--algo", "umap", "--neighbors", "1", "-o", tmp_path / "o.npy")
    with pytest.raises(ValueError) as e:
        projector.project(DIGITS, "umap", n_neighbors=1, verbose=0)
    assert str(e.value) in want
    with pytest.raises(ValueError) as e:
        projector.project(DIGITS, "tsne", learning_rate="fast", verbose=0)
    assert "fast" in str(e.value)
    with pytest.raises(ValueError, match="unknown reducer"):
        projector.project(DIGITS, "isomap", verbose=0)
    with pytest.raises(ValueError, match="backend"):
        projector.project(DIGITS, "pca", backend="tpu", verbose=0)
