"""Shared fixtures: the repository, the CLI binary (to compare with), small data."""

import json
import os
import pathlib
import subprocess

import numpy as np
import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
DIGITS = REPO / "data" / "digits.csv"


def _binary():
    env = os.environ.get("PROJECTOR_BIN")
    if env:
        return pathlib.Path(env)
    for profile in ("debug", "release"):
        p = REPO / "target" / profile / "projector"
        if p.exists():
            return p
    return None


class Cli:
    """Runs the `projector` command (built by `cargo build`; PROJECTOR_BIN overrides)."""

    def __init__(self, path):
        self.path = path

    def run(self, *args, check=True):
        env = dict(os.environ, XDG_RUNTIME_DIR=os.environ.get("XDG_RUNTIME_DIR", "/tmp"))
        r = subprocess.run([str(self.path), *map(str, args)], capture_output=True, text=True, env=env)
        if check and r.returncode != 0:
            raise AssertionError(f"projector {' '.join(map(str, args))} failed ({r.returncode}): {r.stderr}")
        return r

    def error(self, *args):
        """The message of a failing command (the text after 'error: ')."""
        r = self.run(*args, check=False)
        assert r.returncode == 2, f"expected exit code 2, got {r.returncode}: {r.stderr}"
        line = [l for l in r.stderr.splitlines() if l.startswith("error: ")][-1]
        return line[len("error: "):]

    def project(self, tmp, inp, *args):
        """Coordinates the CLI writes for INPUT with ARGS (as float32 n × dims)."""
        out = pathlib.Path(tmp) / f"cli-{abs(hash((str(inp),) + args))}.npy"
        self.run("project", inp, *args, "-o", out)
        return np.load(out)

    def metrics(self, tmp, inp, *args):
        out = pathlib.Path(tmp) / "cli-metrics.npy"
        r = self.run("project", inp, *args, "-o", out, "--metrics")
        return np.load(out), json.loads(r.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def cli():
    path = _binary()
    if path is None:
        pytest.fail("the projector binary is not built: run `cargo build` at the repository root (or set PROJECTOR_BIN)")
    return Cli(path)


@pytest.fixture(scope="session")
def digits_frame():
    import pandas as pd

    return pd.read_csv(DIGITS)


@pytest.fixture(scope="session")
def digits_matrix(digits_frame):
    return digits_frame.drop(columns=["target"]).to_numpy(dtype=np.float64)
