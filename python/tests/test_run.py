"""Ctrl-C, progress output, quality figures as the CLI's --metrics."""

import os
import signal
import threading
import time

import numpy as np
import pytest

import projector
from conftest import DIGITS


def interrupt_after(seconds):
    """Sends this process SIGINT (what Ctrl-C sends) after `seconds`; returns when it was sent."""
    sent = {}

    def fire():
        time.sleep(seconds)
        sent["at"] = time.monotonic()
        os.kill(os.getpid(), signal.SIGINT)

    threading.Thread(target=fire, daemon=True).start()
    return sent


@pytest.mark.parametrize("algo,params", [("tsne", {"iterations": 1_000_000}), ("umap", {"epochs": 1_000_000})])
def test_ctrl_c_stops_a_run_within_a_second_and_keeps_the_layout(digits_matrix, algo, params):
    x = digits_matrix.astype(np.float32)
    sent = interrupt_after(1.5)
    with pytest.raises(KeyboardInterrupt) as e:
        projector.project(x, algo, backend="cpu", verbose=0, **params)
    latency = time.monotonic() - sent["at"]
    assert latency < 1.0, f"stopped {latency:.2f} s after Ctrl-C"
    assert e.value.embedding.shape == (len(x), 2) and np.isfinite(e.value.embedding).all()
    assert 0 < e.value.iterations < 1_000_000


def test_ctrl_c_during_the_knn_graph(digits_matrix):
    # 60k rows: the interrupt lands in the k-NN / affinity stages, before any iteration.
    x = np.tile(digits_matrix.astype(np.float32), (34, 1)) + np.random.default_rng(0).normal(size=(34 * 1797, 64)).astype(np.float32)
    sent = interrupt_after(0.5)
    with pytest.raises(KeyboardInterrupt):
        projector.project(x, "tsne", backend="cpu", verbose=0)
    assert time.monotonic() - sent["at"] < 1.0


def test_verbose_0_prints_nothing_and_verbose_1_shows_progress(capfd, digits_matrix):
    x = digits_matrix[:300].astype(np.float32)
    projector.project(x, "umap", epochs=30, backend="cpu", verbose=0)
    out, err = capfd.readouterr()
    assert out == "" and err == ""
    projector.project(x, "umap", epochs=30, backend="cpu", verbose=1)
    _, err = capfd.readouterr()
    assert "UMAP" in err or "k-NN" in err, err  # tqdm's bar, on stderr


def test_quality_is_what_the_cli_metrics_print(tmp_path, cli):
    coords, metrics = cli.metrics(tmp_path, DIGITS, "--algo", "pca", "--backend", "cpu")
    data = projector.load(DIGITS)
    q = projector.quality(data.X, coords, data.labels)
    assert q["trustworthiness"] == metrics["trustworthiness"]
    assert q["knn_accuracy"] == metrics["knn_accuracy"]
    q5 = projector.quality(data.X, coords, data.labels, trustworthiness_k=5, accuracy_k=3)
    assert q5["trustworthiness"] != q["trustworthiness"] and q5["knn_accuracy"] != q["knn_accuracy"]
    assert projector.quality(data.X, coords)["knn_accuracy"] is None
    with pytest.raises(ValueError, match="labels"):
        projector.quality(data.X, coords, data.labels[:10])
