#!/usr/bin/env python3
"""projector against the reference tools, on the same data, side by side.

usage:
  scripts/peers_compare.py [--datasets mnist10k,digits] [--algos pca,tsne,umap]
                           [--backends cpu,gpu] [--gpu-algos pca,umap]
                           [--projector target/release/projector] [--bench-json FILE ...]
                           [--repeat 1] [--warmup 1] [--out docs/bench] [--shared ../shared]

For each dataset it runs `projector bench --data FILE --json` (or reads the documents given with
--bench-json) and the reference tools (scikit-learn PCA and Barnes-Hut t-SNE, openTSNE, umap-learn;
run it with the venv that has them, e.g. /work/.venv-peers/bin/python), then prints one table:
seconds, trustworthiness and 10-NN accuracy per tool. It writes <out>/peers_compare.json (every
figure, the machine, the projector documents) and <out>/peers_compare.txt (the table).

Timing, stated in the table too:
- projector: the median of its timed runs after a warm-up, in one process (`projector bench`);
  loading the file is not included; PCA-50 preprocessing of 784-d input is.
- reference tools: one cold process each, the import inside the timing (what a user waits, as
  ../shared/peers/peers_bench.py measures); umap-learn also a second fit in the same process (its
  numba JIT warm), the fair comparison with projector's warm median.

Quality, the same definition for every row (projector's `metrics::quality`, which reproduces
scikit-learn): trustworthiness (k = 15) over all points (n <= 20,000) and
cross_val_score(KNeighborsClassifier(10), Y, y, cv=5).mean().
"""
import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

PEERS = {
    "pca": [("scikit-learn PCA", "sk_pca")],
    "tsne": [("scikit-learn t-SNE (Barnes-Hut)", "sk_tsne"), ("openTSNE (FFT)", "otsne")],
    "umap": [("umap-learn", "umap")],
}

# Run in a fresh interpreter: imports and fits inside the timing, as peers_bench.py does.
PEER_CHILD = r"""
import json, sys, time
import numpy as np
X = np.load(sys.argv[1]).astype(np.float32)
tool = sys.argv[2]
out = sys.argv[3]
times = []
t = time.perf_counter()
if tool == "sk_pca":
    from sklearn.decomposition import PCA
    Y = PCA(2, random_state=0).fit_transform(X)
elif tool == "sk_tsne":
    from sklearn.manifold import TSNE
    Y = TSNE(2, perplexity=30, random_state=0).fit_transform(X)
elif tool == "otsne":
    from openTSNE import TSNE
    Y = np.asarray(TSNE(perplexity=30, n_jobs=-1, random_state=0).fit(X))
elif tool == "umap":
    import umap
    Y = umap.UMAP(n_neighbors=15, min_dist=0.1, n_jobs=-1).fit_transform(X)
times.append(time.perf_counter() - t)
np.save(out, np.asarray(Y, dtype=np.float32))
if tool == "umap":
    t = time.perf_counter()
    Y = umap.UMAP(n_neighbors=15, min_dist=0.1, n_jobs=-1).fit_transform(X)
    times.append(time.perf_counter() - t)
    np.save(out + ".warm.npy", np.asarray(Y, dtype=np.float32))
print(json.dumps({"seconds": times}))
"""


def load_dataset(name, shared):
    """(X float32, y int, path for projector, labels path or None, description)."""
    if name == "mnist10k":
        d = os.path.join(shared, "datasets")
        xp, yp = os.path.join(d, "mnist10k_pixels_u8.npy"), os.path.join(d, "mnist10k_labels.npy")
        if not os.path.exists(xp):
            return None
        return np.load(xp).astype(np.float32), np.load(yp), xp, yp, "MNIST-10k 10000×784"
    if name == "digits":
        path = os.path.join(REPO, "data", "digits.csv")
        import pandas as pd

        df = pd.read_csv(path)
        y = df["target"].to_numpy()
        X = df.drop(columns=["target"]).to_numpy(dtype=np.float32)
        return X, y, path, None, "digits 1797×64"
    raise SystemExit(f"unknown dataset {name} (mnist10k, digits)")


def quality(X, Y, y):
    from sklearn.manifold import trustworthiness
    from sklearn.model_selection import cross_val_score
    from sklearn.neighbors import KNeighborsClassifier

    if len(X) > 20000:
        idx = np.sort(np.random.default_rng(0).choice(len(X), 20000, replace=False))
        X, Y, y = X[idx], Y[idx], y[idx]
    tw = trustworthiness(X, Y, n_neighbors=15)
    acc = cross_val_score(KNeighborsClassifier(10), Y, y, cv=5).mean()
    return float(tw), float(acc)


def run_projector(args, path, labels, algos, backend, tmp):
    out = os.path.join(tmp, f"projector_{os.path.basename(path)}_{backend}_{'_'.join(algos)}.json")
    cmd = [args.projector, "bench", "--data", path, "--algo", ",".join(algos),
           "--backend", backend, "--repeat", str(args.repeat), "--warmup", str(args.warmup),
           "--json", out]
    if labels:
        cmd[4:4] = ["--labels", labels]
    print("$ " + " ".join(cmd), file=sys.stderr, flush=True)
    r = subprocess.run(cmd, stdout=sys.stderr)
    if r.returncode != 0 or not os.path.exists(out):
        print(f"projector bench failed ({r.returncode})", file=sys.stderr)
        return None
    with open(out) as f:
        return json.load(f)


def run_peer(tool, X, tmp):
    xp = os.path.join(tmp, "X.npy")
    np.save(xp, X)
    yp = os.path.join(tmp, f"Y_{tool}.npy")
    print(f"$ {tool} on {X.shape[0]}×{X.shape[1]}", file=sys.stderr, flush=True)
    r = subprocess.run([sys.executable, "-c", PEER_CHILD, xp, tool, yp],
                       capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stderr[-2000:], file=sys.stderr)
        return None, None
    secs = json.loads(r.stdout.strip().splitlines()[-1])["seconds"]
    layouts = [np.load(yp)]
    if len(secs) > 1:
        layouts.append(np.load(yp + ".warm.npy"))
    return secs, layouts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", default="mnist10k,digits")
    ap.add_argument("--algos", default="pca,tsne,umap")
    ap.add_argument("--backends", default="cpu,gpu", help="projector backends")
    ap.add_argument("--gpu-algos", default="pca,umap",
                    help="algorithms run on the gpu backend for data over 5,000 rows "
                         "(t-SNE's exact GPU repulsion is O(n²): slow on lavapipe)")
    ap.add_argument("--projector", default=os.path.join(REPO, "target", "release", "projector"))
    ap.add_argument("--bench-json", nargs="*", default=[],
                    help="use these `projector bench --json` documents instead of running it")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--shared", default=next((p for p in [os.path.join(REPO, "..", "shared"), "/work/shared"]
                                              if os.path.isdir(p)), "../shared"))
    ap.add_argument("--out", default=os.path.join(REPO, "docs", "bench"))
    ap.add_argument("--no-peers", action="store_true", help="projector only")
    ap.add_argument("--no-projector", action="store_true", help="reference tools only")
    ap.add_argument("--cache", help="folder keeping each reference tool's figures: reused when present")
    args = ap.parse_args()
    algos = [a for a in args.algos.split(",") if a]
    backends = [b for b in args.backends.split(",") if b]
    gpu_algos = set(args.gpu_algos.split(","))
    given = []
    for p in args.bench_json:
        with open(p) as f:
            given.append(json.load(f))

    rows, docs = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.datasets.split(","):
            ds = load_dataset(name, args.shared)
            if ds is None:
                print(f"{name}: not found under {args.shared}; skipped", file=sys.stderr)
                continue
            X, y, path, labels, desc = ds
            # projector
            bench_docs = [d for d in given if d["settings"].get("data")
                          and os.path.realpath(d["settings"]["data"]) == os.path.realpath(path)]
            if not bench_docs and not args.no_projector:
                for b in backends:
                    todo = [a for a in algos if b != "gpu" or len(X) <= 5000 or a in gpu_algos]
                    if todo:
                        d = run_projector(args, path, labels, todo, b, tmp)
                        if d:
                            bench_docs.append(d)
            docs.extend(bench_docs)
            for d in bench_docs:
                for c in d["cases"]:
                    if c["algo"] not in algos:
                        continue
                    q = c.get("quality") or {}
                    t = c.get("total_seconds") or {}
                    stages = ", ".join(f"{s['stage']} {s['median']:.2f}" for s in c.get("stages", []))
                    dev = c["device"] if c["backend"] == "cpu" else c["device"].rsplit(" (", 1)[0]
                    if c.get("software_adapter"):
                        dev += " [software Vulkan]"
                    rows.append({
                        "data": desc, "algo": c["algo"], "tool": f"projector ({c['backend']}: {dev})",
                        "seconds": t.get("median"), "timing": f"median of {len(c.get('runs', []))} warm run(s)",
                        "trustworthiness": q.get("trustworthiness"), "knn_accuracy": q.get("knn_accuracy"),
                        "stages": stages, "error": c.get("error"),
                    })
            # peers
            if args.no_peers:
                continue
            for a in algos:
                for label, tool in PEERS.get(a, []):
                    cached = os.path.join(args.cache, f"peer_{name}_{tool}.json") if args.cache else None
                    if cached and os.path.exists(cached):
                        with open(cached) as fh:
                            rows.extend(json.load(fh))
                        continue
                    secs, layouts = run_peer(tool, X, tmp)
                    if secs is None:
                        rows.append({"data": desc, "algo": a, "tool": label, "error": "failed"})
                        continue
                    mine = []
                    for i, (s, Y) in enumerate(zip(secs, layouts)):
                        tw, acc = quality(X, Y, y)
                        mine.append({"data": desc, "algo": a,
                                     "tool": label + (", 2nd fit (JIT warm)" if i else ""),
                                     "seconds": s,
                                     "timing": "second fit in the same process" if i
                                     else "one cold process (import + fit)",
                                     "trustworthiness": tw, "knn_accuracy": acc})
                    rows.extend(mine)
                    if cached:
                        os.makedirs(args.cache, exist_ok=True)
                        with open(cached, "w") as fh:
                            json.dump(mine, fh, indent=1)

    order = {"pca": 0, "tsne": 1, "umap": 2}
    rows.sort(key=lambda r: (r["data"], order.get(r["algo"], 9)))

    def f(v, p=3):
        return "–" if v is None else f"{v:.{p}f}"

    lines = []
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next(l.split(":", 1)[1].strip() for l in fh if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    lines.append(f"machine: {cpu}, {os.cpu_count()} threads; projector timings: median of warm runs in one "
                 f"process (load excluded); reference tools: one cold process (imports, JIT) unless noted")
    lines.append("quality: trustworthiness k=15 over all points; 5-fold 10-NN accuracy (same code path for all rows)")
    lines.append("")
    hdr = ["data", "algo", "tool", "seconds", "trustworthiness", "10-NN acc", "projector stages (median s)"]
    table = [hdr]
    for r in rows:
        secs = "FAILED: " + str(r["error"]) if r.get("error") else f(r.get("seconds"), 2)
        table.append([r["data"], r["algo"], r["tool"], secs, f(r.get("trustworthiness")),
                      f(r.get("knn_accuracy")), r.get("stages", "")])
    widths = [max(len(str(row[i])) for row in table) for i in range(len(hdr))]
    for i, row in enumerate(table):
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    text = "\n".join(lines) + "\n"
    print(text)
    os.makedirs(args.out, exist_ok=True)
    doc = {"schema": "projector-peers-compare/1", "machine": {"cpu": cpu, "threads": os.cpu_count(),
           "python": sys.version.split()[0]}, "rows": rows, "projector_bench": docs}
    for ext, content in [("json", json.dumps(doc, indent=1) + "\n"), ("txt", text)]:
        target = os.path.join(args.out, f"peers_compare.{ext}")
        tmpf = target + ".tmp"
        with open(tmpf, "w") as fh:
            fh.write(content)
        os.replace(tmpf, target)
        print(f"wrote {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
