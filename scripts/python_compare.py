#!/usr/bin/env python3
"""The Python package against the peers a notebook user would call instead, in one process.

usage:
  python scripts/python_compare.py [--data ../shared/datasets/mnist10k_pixels_u8.npy]
      [--labels ../shared/datasets/mnist10k_labels.npy] [--rounds 2] [--tools umap,tsne]
      [--json FILE]

Run it with an interpreter that has the projector wheel (`pip install ./python`) and the peers
(`pip install umap-learn openTSNE manifolds-rs scikit-learn`). Every tool gets the same float32
matrix and is called the way its README shows, with default parameters:

- projector.UMAP().fit_transform(X), projector.TSNE().fit_transform(X) (PCA-50 inside, as the
  CLI does for d > 50; backend "auto": the CPU path on a machine without a GPU);
- umap.UMAP().fit_transform(PCA-50 of X); openTSNE.TSNE().fit(PCA-50 of X) — scikit-learn's
  randomized PCA inside the timing, as ../shared/peers does;
- manifolds_rs.UMAP / manifolds_rs.TSNE(approx="fft") on PCA-50 of X, likewise.

Rounds alternate the tools (the machine's speed drifts), so each row's seconds come from the
same minutes as the others'. The first round includes each library's first-call costs (numba's
JIT for umap-learn and openTSNE); later rounds are warm. Quality is projector.quality (k = 15
trustworthiness and 5-fold 10-NN accuracy, as the CLI's --metrics) on every output. The import
time of `projector` is measured in a fresh interpreter.
"""
import argparse
import json
import os
import platform
import subprocess
import sys
import time

import numpy as np


def pca50(X):
    if X.shape[1] <= 50:
        return X
    from sklearn.decomposition import PCA

    return PCA(50, random_state=0, svd_solver="randomized").fit_transform(X).astype(np.float32)


def runners(tools):
    import projector

    out = []
    if "umap" in tools:
        out.append(("projector.UMAP", lambda X: projector.UMAP(random_state=0, verbose=0).fit_transform(X)))

        def umap_learn(X):
            import umap

            return umap.UMAP(random_state=None, n_jobs=os.cpu_count()).fit_transform(pca50(X))

        out.append(("umap-learn", umap_learn))

        def mrs_umap(X):
            import manifolds_rs

            return np.asarray(manifolds_rs.UMAP(min_dist=0.1, seed=0).fit_transform(pca50(X)))

        out.append(("manifolds-rs UMAP", mrs_umap))
    if "tsne" in tools:
        out.append(("projector.TSNE", lambda X: projector.TSNE(random_state=0, verbose=0).fit_transform(X)))

        def open_tsne(X):
            import openTSNE

            return np.asarray(openTSNE.TSNE(n_jobs=os.cpu_count(), random_state=0).fit(pca50(X)))

        out.append(("openTSNE (FFT)", open_tsne))

        def mrs_tsne(X):
            import manifolds_rs

            return np.asarray(manifolds_rs.TSNE(seed=0, approx="fft").fit_transform(pca50(X)))

        out.append(("manifolds-rs t-SNE (FFT)", mrs_tsne))
    return out


def import_seconds():
    code = "import time; t = time.perf_counter(); import projector; print(time.perf_counter() - t)"
    runs = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(3)]
    return sorted(runs)[1]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    shared = os.path.join(os.path.dirname(os.path.dirname(here)), "shared", "datasets")
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(shared, "mnist10k_pixels_u8.npy"))
    ap.add_argument("--labels", default=os.path.join(shared, "mnist10k_labels.npy"))
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--tools", default="umap,tsne")
    ap.add_argument("--json", help="write every figure here")
    a = ap.parse_args()
    X = np.load(a.data).astype(np.float32)
    X = X.reshape(len(X), -1)
    y = np.load(a.labels)
    imp = import_seconds()
    import projector

    print(f"import projector: {imp:.3f} s (median of 3 fresh interpreters)", flush=True)
    rows = []
    tools = runners(set(a.tools.split(",")))
    for r in range(a.rounds):
        for name, fit in tools:
            t = time.perf_counter()
            Y = np.asarray(fit(X), dtype=np.float32)
            dt = time.perf_counter() - t
            q = projector.quality(X, Y, y)
            row = {"tool": name, "round": r + 1, "n": len(X), "d": X.shape[1], "seconds": round(dt, 2),
                   "trustworthiness": round(q["trustworthiness"], 4), "knn_accuracy": round(q["knn_accuracy"], 4)}
            rows.append(row)
            print(json.dumps(row), flush=True)
    print()
    print(f"| tool | {' | '.join(f'round {r + 1} s' for r in range(a.rounds))} | trustworthiness | 10-NN accuracy |")
    print(f"| --- |{' --- |' * a.rounds} --- | --- |")
    for name, _ in tools:
        mine = [r for r in rows if r["tool"] == name]
        secs = " | ".join(f"{r['seconds']:.2f}" for r in mine)
        print(f"| {name} | {secs} | {mine[-1]['trustworthiness']:.3f} | {mine[-1]['knn_accuracy']:.3f} |")
    if a.json:
        doc = {"machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": sys.version.split()[0]},
               "import_seconds": imp, "data": a.data, "rows": rows}
        with open(a.json + ".tmp", "w") as f:
            json.dump(doc, f, indent=1)
        os.replace(a.json + ".tmp", a.json)


if __name__ == "__main__":
    main()
