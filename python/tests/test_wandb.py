"""The seed's two W&B examples, run verbatim up to wandb.log (offline): projector opens what they
pass to wandb.log and the run folder wandb writes, with the CLI's coordinates."""

import json
import pathlib
import runpy
import urllib.request

import numpy as np
import pytest

import projector

SEED = pathlib.Path(__file__).parent / "seed"


@pytest.fixture
def run_seed(tmp_path, monkeypatch):
    """Runs a seed example in tmp_path offline; returns (what it logged, its run folder)."""
    wandb = pytest.importorskip("wandb")
    for var, sub in (("WANDB_DIR", ""), ("WANDB_DATA_DIR", "data"), ("WANDB_CACHE_DIR", "cache"), ("WANDB_CONFIG_DIR", "config")):
        (tmp_path / sub).mkdir(exist_ok=True)
        monkeypatch.setenv(var, str(tmp_path / sub))
    monkeypatch.setenv("WANDB_MODE", "offline")
    monkeypatch.setenv("WANDB_SILENT", "true")
    monkeypatch.chdir(tmp_path)
    logged = []
    # wandb.init rebinds wandb.log to the run's log method: record what reaches it.
    from wandb.sdk.wandb_run import Run

    real = Run.log

    def log(self, data, *args, **kwargs):
        logged.append(data)
        return real(self, data, *args, **kwargs)

    monkeypatch.setattr(Run, "log", log)

    def run(script):
        wandb.teardown()  # wandb keeps its settings (the run folder) per process until torn down
        runpy.run_path(str(SEED / script), run_name="__main__")
        wandb.teardown()
        (value,) = logged[-1].values()
        return value, tmp_path / "wandb" / "latest-run"

    return run


def test_hello_world_table(run_seed, cli, tmp_path):
    table, run = run_seed("hello_world.py")
    ((key, step, path),) = projector.wandb_tables(run)
    assert key == "embeddings" and step == 0 and path.endswith(".table.json")
    want = cli.project(tmp_path, path, "--algo", "pca")
    np.testing.assert_array_equal(projector.project(table, "pca", verbose=0), want)
    np.testing.assert_array_equal(projector.project(run, "pca", verbose=0), want)
    assert len(projector.load(run)) == 3


def test_digits_dataframe_and_run_folder(run_seed, cli, tmp_path):
    df, run = run_seed("digits.py")
    ((_, _, path),) = projector.wandb_tables(run)
    flags = ("--algo", "umap", "--epochs", "60", "--backend", "cpu")
    want = cli.project(tmp_path, path, *flags)
    got = projector.project(df, "umap", epochs=60, backend="cpu", verbose=0)
    np.testing.assert_array_equal(got, want)
    np.testing.assert_array_equal(projector.project(run, "umap", epochs=60, backend="cpu", verbose=0), want)
    data = projector.load(run)
    assert data.color == "target" and len(data) == 1797 and len(data.embedding) == 64
    # The data frame keeps the images wandb was given (the run's JSON only says "Image").
    frame = projector._data.as_data(df)
    assert frame.columns["image"] == "image"
    with pytest.raises(ValueError, match="no table 'nope'"):
        projector.load(run, table="nope")


def test_show_a_run_outside_jupyter_serves_it(run_seed):
    _, run = run_seed("hello_world.py")
    server = projector.show(run, "pca", open_browser=False, block=False)
    try:
        assert server.url.startswith("http://localhost:") and "token=" in server.url
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        opener.open(server.url).read()  # the token becomes a cookie
        base = server.url.split("/?")[0]
        meta = json.loads(opener.open(base + "/api/meta").read())
        assert meta["rows"] == 3
        for _ in range(100):
            status = json.loads(opener.open(base + "/api/status").read())
            if status["state"] == "ready":
                break
            import time

            time.sleep(0.1)
        positions = np.frombuffer(opener.open(base + "/api/positions").read(), dtype=np.float32)
        np.testing.assert_array_equal(positions.reshape(3, 2), projector.project(run, "pca", verbose=0))
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(base + "/api/meta")  # no token, no data
    finally:
        server.stop()
    assert not server.running
