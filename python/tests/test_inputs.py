"""NumPy, pandas, pyarrow and list inputs give the CLI's coordinates for the same seed."""

import numpy as np
import pytest

import projector
from conftest import DIGITS

# Small, quick settings: the point is equality with the CLI, not the layouts themselves.
CASES = [
    ("pca", {}, []),
    ("tsne", {"iterations": 250, "perplexity": 20}, ["--iterations", "250", "--perplexity", "20"]),
    ("umap", {"epochs": 60, "neighbors": 10}, ["--epochs", "60", "--neighbors", "10"]),
]


@pytest.fixture(scope="module")
def sample(digits_matrix):
    return digits_matrix[:400]


@pytest.mark.parametrize("algo,params,flags", CASES, ids=[c[0] for c in CASES])
def test_numpy_float64_equals_cli_on_npy(tmp_path, cli, sample, algo, params, flags):
    npy = tmp_path / "x.npy"
    np.save(npy, sample)
    want = cli.project(tmp_path, npy, "--algo", algo, "--seed", "3", "--backend", "cpu", *flags)
    got = projector.project(sample, algo, seed=3, backend="cpu", verbose=0, **params)
    assert got.dtype == np.float32 and got.shape == (400, 2)
    np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.int32, np.uint8])
def test_other_dtypes_equal_cli_on_the_same_npy(tmp_path, cli, sample, dtype):
    x = sample.astype(dtype)
    npy = tmp_path / "x.npy"
    np.save(npy, x)
    want = cli.project(tmp_path, npy, "--algo", "umap", "--epochs", "40", "--backend", "cpu")
    got = projector.project(x, "umap", epochs=40, backend="cpu", verbose=0)
    np.testing.assert_array_equal(got, want)


def test_a_list_of_lists_is_a_matrix(sample):
    rows = sample[:100].tolist()
    a = projector.project(rows, "pca", backend="cpu", verbose=0)
    b = projector.project(np.asarray(rows), "pca", backend="cpu", verbose=0)
    np.testing.assert_array_equal(a, b)


def test_dataframe_equals_cli_on_csv_with_the_same_smart_defaults(tmp_path, cli, digits_frame):
    want = cli.project(tmp_path, DIGITS, "--algo", "umap", "--epochs", "50", "--backend", "cpu")
    got = projector.project(digits_frame, "umap", epochs=50, backend="cpu", verbose=0)
    np.testing.assert_array_equal(got, want)
    data = projector.load(DIGITS)
    assert data.color == "target" and len(data.embedding) == 64


def test_pyarrow_table_equals_cli_on_parquet(tmp_path, cli, digits_frame):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    # A vector column of fixed-size lists, the way embeddings are usually stored.
    x = digits_frame.drop(columns=["target"]).to_numpy(dtype=np.float32)
    table = pa.table({
        "label": pa.array(digits_frame["target"].astype(str)),
        "vector": pa.FixedSizeListArray.from_arrays(pa.array(x.ravel()), x.shape[1]),
    })
    path = tmp_path / "digits.parquet"
    pq.write_table(table, path)
    want = cli.project(tmp_path, path, "--algo", "tsne", "--iterations", "200", "--backend", "cpu")
    got = projector.project(table, "tsne", iterations=200, backend="cpu", verbose=0)
    np.testing.assert_array_equal(got, want)
    # The same through pandas, whose cells are then arrays: the smart default picks the vector.
    frame = table.to_pandas()
    np.testing.assert_array_equal(projector.project(frame, "tsne", iterations=200, backend="cpu", verbose=0), want)


def test_embedding_and_color_override_the_defaults(digits_frame):
    cols = [c for c in digits_frame.columns if c.startswith("pixel_0")]
    d = projector.load(DIGITS, embedding=cols, color="pixel_1_1")
    assert d.embedding == cols and d.color == "pixel_1_1"
    got = projector.project(digits_frame, "pca", embedding=cols, verbose=0)
    np.testing.assert_array_equal(got, projector.project(d, "pca", verbose=0))


def test_gpu_backend_gives_the_cli_gpu_coordinates(tmp_path, cli, sample):
    npy = tmp_path / "x.npy"
    np.save(npy, sample)
    want = cli.project(tmp_path, npy, "--algo", "umap", "--epochs", "30", "--backend", "gpu")
    got = projector.project(sample, "umap", epochs=30, backend="gpu", verbose=0)
    np.testing.assert_array_equal(got, want)


def test_compute_releases_the_gil(sample):
    import threading

    ticks = []
    done = threading.Event()

    def count():
        while not done.is_set():
            ticks.append(1)

    t = threading.Thread(target=count)
    t.start()
    try:
        before = len(ticks)
        projector.project(np.tile(sample, (5, 1)), "tsne", iterations=300, backend="cpu", verbose=0)
        during = len(ticks) - before
    finally:
        done.set()
        t.join()
    assert during > 1000, f"another Python thread ran only {during} steps during the projection"
