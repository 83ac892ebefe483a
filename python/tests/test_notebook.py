"""A notebook that calls show() executes headless (nbclient), and its widget holds the table's
points and colours: the data travels in the widget's state, not through a local port."""

import base64
import json
import numpy as np
import pytest

from conftest import DIGITS

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("anywidget")


def test_show_in_a_notebook_holds_every_point_and_colour(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            "import pandas as pd, projector\n"
            f"df = pd.read_csv({str(DIGITS)!r})\n"
            "w = projector.show(df, 'umap', epochs=40, backend='cpu', verbose=0)\n"
            "w"
        ),
        nbformat.v4.new_code_cell("print(type(w).__name__, w.rows)"),
    ]
    from jupyter_client.kernelspec import NATIVE_KERNEL_NAME

    client = nbclient.NotebookClient(nb, timeout=600, kernel_name=NATIVE_KERNEL_NAME, store_widget_state=True,
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    assert nb.cells[1].outputs[0]["text"].strip() == "Widget 1797"
    view = nb.cells[0].outputs[0]["data"]
    assert "application/vnd.jupyter.widget-view+json" in view
    model_id = view["application/vnd.jupyter.widget-view+json"]["model_id"]
    state = nb.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"][model_id]["state"]
    assert state["rows"] == 1797
    assert "<!--projector-data-->" in state["page"] and "projector-data" in state["_esm"]
    data = json.loads(state["data"].replace("<\\/", "</"))
    assert data["meta"]["rows"] == 1797
    positions = np.frombuffer(base64.b64decode(data["positions"]), dtype=np.float32).reshape(-1, data["dims"])
    assert positions.shape == (1797, 2) and np.isfinite(positions).all()
    # The colour column: the digit of every row, ten classes.
    body = base64.b64decode(data["colors"]["target"])
    head = int.from_bytes(body[:4], "little")
    info = json.loads(body[4:4 + head])
    codes = np.frombuffer(body[4 + (head + 3) // 4 * 4:], dtype=np.uint32)
    assert info["kind"] == "categorical" and len(info["classes"]) == 10
    assert len(codes) == 1797 and set(codes.tolist()) == set(range(10))
    # Hover needs the rows' fields and images: all of them fit the default budget.
    assert len(data["rows"]) == 1797 and len(data["images"]) == 1797
