#!/usr/bin/env python3
"""projector and the peers at 20k, 100k and 1M rows, on the same files, side by side.

usage:
  python scripts/peers_scale.py [--sizes 20000,100000,1000000] [--dims 384] [--tools ...]
      [--projector target/release/projector] [--data-dir /tmp/peers-scale] [--json FILE]

Run it with the Python that has the peers and the projector wheel (`pip install umap-learn
openTSNE manifolds-rs scikit-learn` and `pip install ./python`, as ../shared/peers/README.md
says). For each size it writes (once, seeded) clustered embeddings, `X_<n>_<d>.npy` float32 and
`y_<n>.npy` labels, and runs every tool on that file in a process of its own, as a user would:
the whole process is timed (loading the file included) and its peak resident memory read from
the kernel (wait4). Tools (--tools, comma-separated):

- projector-umap, projector-tsne: `projector project X.npy --labels y.npy --algo ... -o out.npy`
  (PCA-50 inside, CPU path unless --backend says otherwise);
- umap-learn, opentsne: scikit-learn's randomized PCA-50, then `umap.UMAP()` /
  `openTSNE.TSNE()` with default parameters;
- mrs-umap, mrs-tsne: the same PCA-50, then manifolds-rs `UMAP` / `TSNE(approx="fft")`.

Quality of every output, the same definition for all (`projector.quality`: trustworthiness
k = 15 and 5-fold 10-NN accuracy, on a seeded 20,000-row sample above 20,000 rows). Tools run
one after the other in the order given, so each size's rows come from the same minutes.
"""
import argparse
import json
import os
import subprocess
import sys
import time

import numpy as np

PEER = r"""
import sys, time, numpy as np
tool, x, out = sys.argv[1], sys.argv[2], sys.argv[3]
X = np.load(x)
from sklearn.decomposition import PCA
Z = PCA(50, random_state=0, svd_solver="randomized").fit_transform(X).astype(np.float32)
if tool == "umap-learn":
    import umap
    Y = umap.UMAP(n_jobs=-1).fit_transform(Z)
elif tool == "opentsne":
    import openTSNE
    Y = np.asarray(openTSNE.TSNE(n_jobs=-1, random_state=0).fit(Z))
elif tool == "mrs-umap":
    import manifolds_rs
    Y = np.asarray(manifolds_rs.UMAP(min_dist=0.1, seed=0).fit_transform(Z))
elif tool == "mrs-tsne":
    import manifolds_rs
    Y = np.asarray(manifolds_rs.TSNE(seed=0, approx="fft").fit_transform(Z))
np.save(out, np.asarray(Y, dtype=np.float32))
"""

TOOLS = ["projector-umap", "mrs-umap", "umap-learn", "projector-tsne", "mrs-tsne", "opentsne"]


def data(n, d, folder, classes=50, seed=0):
    """Clustered embeddings: `classes` Gaussian clusters of random centres and spreads."""
    x_path = os.path.join(folder, f"X_{n}_{d}.npy")
    y_path = os.path.join(folder, f"y_{n}.npy")
    if not (os.path.exists(x_path) and os.path.exists(y_path)):
        rng = np.random.default_rng(seed)
        centres = rng.normal(size=(classes, d)).astype(np.float32) * 4
        spread = rng.uniform(0.5, 1.5, size=classes).astype(np.float32)
        y = rng.integers(0, classes, n)
        X = np.empty((n, d), dtype=np.float32)
        for s in range(0, n, 100_000):
            e = min(n, s + 100_000)
            X[s:e] = centres[y[s:e]] + rng.normal(size=(e - s, d)).astype(np.float32) * spread[y[s:e], None]
        for path, arr in ((x_path, X), (y_path, y.astype(np.int64))):
            np.save(path + ".tmp.npy", arr)
            os.replace(path + ".tmp.npy", path)
    return x_path, y_path


def run(cmd):
    """Runs `cmd`; (wall seconds, peak RSS MiB, return code, stderr tail)."""
    import tempfile

    with tempfile.TemporaryFile("w+") as err:
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, text=True)
        _, status, usage = os.wait4(p.pid, 0)
        dt = time.perf_counter() - t
        err.seek(0)
        tail = err.read()[-2000:]
    return dt, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), tail


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="20000,100000,1000000")
    ap.add_argument("--dims", type=int, default=384)
    ap.add_argument("--tools", default=",".join(TOOLS))
    ap.add_argument("--projector", default="target/release/projector")
    ap.add_argument("--backend", default="cpu")
    ap.add_argument("--data-dir", default="/tmp/peers-scale")
    ap.add_argument("--json", help="write every figure here")
    a = ap.parse_args()
    os.makedirs(a.data_dir, exist_ok=True)
    import projector

    rows = []
    for n in map(int, a.sizes.split(",")):
        x, y = data(n, a.dims, a.data_dir)
        labels = np.load(y)
        for tool in a.tools.split(","):
            out = os.path.join(a.data_dir, f"out_{tool}_{n}.npy")
            if tool.startswith("projector-"):
                cmd = [a.projector, "project", x, "--labels", y, "--algo", tool.split("-")[1],
                       "--backend", a.backend, "-o", out]
            else:
                cmd = [sys.executable, "-c", PEER, tool, x, out]
            dt, rss, rc, err = run(cmd)
            row = {"tool": tool, "n": n, "d": a.dims, "seconds": round(dt, 2), "peak_rss_mib": round(rss),
                   "returncode": rc}
            if rc == 0:
                q = projector.quality(np.load(x, mmap_mode="r"), np.load(out), labels)
                row.update(trustworthiness=round(q["trustworthiness"], 4), knn_accuracy=round(q["knn_accuracy"], 4),
                           sampled=q["sampled"])
            else:
                row["error"] = err.strip().splitlines()[-1:] or ["failed"]
            rows.append(row)
            print(json.dumps(row), flush=True)
    print()
    print("| n | tool | seconds | peak RSS MiB | trustworthiness | 10-NN accuracy |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print(f"| {r['n']:,} | {r['tool']} | {r['seconds']:.1f} | {r['peak_rss_mib']} | "
              f"{r.get('trustworthiness', '–')} | {r.get('knn_accuracy', '–')} |")
    if a.json:
        with open(a.json + ".tmp", "w") as f:
            json.dump({"dims": a.dims, "rows": rows, "cpus": os.cpu_count()}, f, indent=1)
        os.replace(a.json + ".tmp", a.json)


if __name__ == "__main__":
    main()
