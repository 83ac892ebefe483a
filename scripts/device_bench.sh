#!/usr/bin/env bash
# The `projector bench` suite for a machine with a real GPU (written for the `device` tool's
# H100/H200 with 16 cores), within about 8 minutes; every step has its own time limit and writes
# its own JSON, so a step that runs long or fails costs only itself.
#
#   scripts/device_bench.sh           # the full suite
#   scripts/device_bench.sh --quick   # tiny sizes, for a check on any machine (lavapipe, CPU)
#   scripts/device_bench.sh --scale   # issue 18's GPU targets: 1M × 768 UMAP (< 20 s) and
#                                     # t-SNE (< 60 s) end to end, with the 1M k-NN graph
#
# Results: $OUT/<step>.json (the `projector bench --json` document), $OUT/<step>.txt (its table
# and log), $OUT/machine.txt (nvidia-smi, vulkaninfo, lscpu when present), $OUT/summary.txt (all
# tables). $OUT defaults to ./bench-out.
#
# Environment:
#   PROJECTOR_BIN   the binary to run (default: target/release/projector, built when missing)
#   SHARED          folder holding datasets/mnist10k_pixels_u8.npy (default: ../shared, then
#                   /work/shared); without it the MNIST steps use generated data of the same size
#   BACKENDS        backends to compare (default: gpu,cpu)
#   SUITE_LIMIT     seconds for the whole suite (default 540): a step gets at most what is left,
#                   and is skipped when under 15 s remain
#
# With the `device` tool (no network there, so no cargo build): strip the release binary into an
# ignored path and carry it, e.g. here `cargo build --release && objcopy --strip-debug
# target/release/projector target/projector-device` (34 MB), then on the device
# `PROJECTOR_BIN=target/projector-device OUT=$OUT scripts/device_bench.sh` with
# carry ["target/projector-device"] and timeout_s 600.
#
# On SIGINT `projector bench` finishes the current run and still writes what it measured; each
# step is sent SIGINT at its limit and killed 30 s later.
set -uo pipefail

cd "$(dirname "$0")/.." || exit 1
QUICK=0
SCALE=0
if [[ "${1:-}" == "--quick" ]]; then QUICK=1; fi
if [[ "${1:-}" == "--scale" ]]; then SCALE=1; fi
OUT="${OUT:-$PWD/bench-out}"
mkdir -p "$OUT"
BACKENDS="${BACKENDS:-gpu,cpu}"
SUITE_LIMIT="${SUITE_LIMIT:-540}"
START=$(date +%s)

log() { echo "[$(($(date +%s) - START))s] $*" | tee -a "$OUT/summary.txt" >&2; }

# --- the binary -------------------------------------------------------------------------
BIN="${PROJECTOR_BIN:-target/release/projector}"
if [[ ! -x "$BIN" ]]; then
  log "building $BIN (cargo build --release)"
  if ! cargo build --release --locked --bin projector >"$OUT/build.txt" 2>&1 &&
     ! cargo build --release --offline --bin projector >>"$OUT/build.txt" 2>&1; then
    log "build failed: see $OUT/build.txt"
    exit 1
  fi
fi
if [[ -z "${PROJECTOR_GIT_COMMIT:-}" ]]; then
  PROJECTOR_GIT_COMMIT="$(git rev-parse HEAD 2>/dev/null || true)"
  export PROJECTOR_GIT_COMMIT
fi

# --- the machine ------------------------------------------------------------------------
{
  echo "date: $(date -u +%FT%TZ)"
  echo "commit: ${PROJECTOR_GIT_COMMIT:-unknown}"
  command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv
  command -v vulkaninfo >/dev/null && vulkaninfo --summary 2>/dev/null | sed -n '/Devices:/,$p'
  command -v lscpu >/dev/null && lscpu | grep -E 'Model name|^CPU\(s\)|Thread'
  grep MemTotal /proc/meminfo 2>/dev/null
} >"$OUT/machine.txt" 2>&1

# --- data -------------------------------------------------------------------------------
MNIST=""
for dir in "${SHARED:-}" ../shared /work/shared; do
  if [[ -n "$dir" && -f "$dir/datasets/mnist10k_pixels_u8.npy" && -f "$dir/datasets/mnist10k_labels.npy" ]]; then
    MNIST="$dir/datasets"
    break
  fi
done
if [[ -n "$MNIST" ]]; then log "MNIST-10k from $MNIST"; else log "no MNIST-10k here: generated 10k × 784 data instead"; fi

# step NAME LIMIT_S ARGS...: one `projector bench` run.
FAILED=0
step() {
  local name="$1" limit="$2"
  shift 2
  local left=$((SUITE_LIMIT - ($(date +%s) - START)))
  if ((left < 15)); then
    log "step $name skipped: ${left}s left of SUITE_LIMIT=${SUITE_LIMIT}"
    FAILED=$((FAILED + 1))
    return
  fi
  if ((limit > left - 5)); then limit=$((left - 5)); fi
  log "step $name (limit ${limit}s): projector bench $*"
  # --foreground: signal only projector (not the process group too, which reads as a second
  # Ctrl-C and quits without writing).
  timeout --foreground -k 30 -s INT "$limit" "$BIN" bench "$@" --json "$OUT/$name.json" >"$OUT/$name.txt" 2>"$OUT/$name.log"
  local rc=$?
  if [[ $rc -ne 0 ]]; then
    FAILED=$((FAILED + 1))
    log "step $name: exit code $rc (124/130/137: stopped at its limit; what it measured is in $name.json)"
    tail -n 5 "$OUT/$name.log" >>"$OUT/summary.txt"
  fi
  cat "$OUT/$name.txt" >>"$OUT/summary.txt"
}

# mnist_args: --data/--labels for MNIST-10k, or generated data of the same shape.
mnist_args() {
  if [[ -n "$MNIST" ]]; then
    echo "--data $MNIST/mnist10k_pixels_u8.npy --labels $MNIST/mnist10k_labels.npy"
  else
    echo "--sizes 10000 --dims 784"
  fi
}

if [[ $SCALE == 1 ]]; then
  # A million generated 768-d clustered rows (generating them takes a few seconds of each step):
  # the approximate k-NN graph of their PCA-50 (k = 15 and t-SNE's 90), then UMAP and t-SNE end
  # to end on the GPU (the targets), each step bounded on its own.
  Q="--repeat 1 --warmup 0 --no-quality"
  step knn_1m      150 --algo knn --knn approx --k 15,90 --sizes 1000000 --dims 50 --backend gpu $Q
  step umap_1m     150 --algo umap --sizes 1000000 --dims 768 --backend gpu $Q
  step tsne_1m     200 --algo tsne --sizes 1000000 --dims 768 --backend gpu $Q
elif [[ $QUICK == 1 ]]; then
  # Tiny sizes: checks the script end to end in a minute or two on lavapipe or the CPU.
  DIGITS=data/digits.csv
  Q="--repeat 1 --warmup 0"
  step pca        120 --algo pca --sizes 2000 --dims 64 --pca-dims 10 --backend "$BACKENDS" $Q
  step knn_exact  120 --algo knn --knn exact --k 15,90 --sizes 500,1000 --dims 50 --backend "$BACKENDS" $Q
  step knn_approx 120 --algo knn --knn approx --k 15 --sizes 3000 --dims 50 --backend "$BACKENDS" $Q
  step tsne       180 --algo tsne --data "$DIGITS" --sizes 600 --iterations 250 --backend "$BACKENDS" $Q
  step umap       180 --algo umap --data "$DIGITS" --epochs 100 --backend "$BACKENDS" $Q
  step render     120 --algo render --sizes 10000,100000 --backend gpu $Q
else
  # Issue 3: PCA 100k × 784 → 50, and the target 1M × 768 → 50 on the GPU.
  step pca          60 --algo pca --sizes 100000 --dims 784 --pca-dims 50 --backend "$BACKENDS" --repeat 3 --warmup 1 --no-quality
  step pca_1m       45 --algo pca --sizes 1000000 --dims 768 --pca-dims 50 --backend gpu --repeat 2 --warmup 1 --no-quality
  # Exact k-NN, k = 15 and 90, 10k and 50k points in 50-d; the target 100k × 50, k = 15.
  step knn_exact    60 --algo knn --knn exact --k 15,90 --sizes 10000,50000 --dims 50 --backend "$BACKENDS" --repeat 3 --warmup 1
  step knn_100k     30 --algo knn --knn exact --k 15 --sizes 100000 --dims 50 --backend gpu --repeat 3 --warmup 1
  # Approximate k-NN (NN-descent) of 200k points.
  step knn_approx   50 --algo knn --knn approx --k 15 --sizes 200000 --dims 50 --backend "$BACKENDS" --repeat 2 --warmup 1
  # t-SNE and UMAP on MNIST-10k (784-d, PCA-50 first), then MNIST size (70k × 784, generated).
  # shellcheck disable=SC2046
  step tsne_mnist   60 --algo tsne $(mnist_args) --backend "$BACKENDS" --repeat 2 --warmup 1
  # shellcheck disable=SC2046
  step umap_mnist   50 --algo umap $(mnist_args) --backend "$BACKENDS" --repeat 2 --warmup 1
  step tsne_70k     50 --algo tsne --sizes 70000 --dims 784 --backend gpu --repeat 1 --warmup 0
  step umap_70k     50 --algo umap --sizes 70000 --dims 784 --backend "$BACKENDS" --repeat 1 --warmup 0
  # The point renderer: one 1600×1200 frame of 10k … 10M points.
  step render       35 --algo render --sizes 10000,100000,1000000,10000000 --backend gpu --repeat 3 --warmup 1
fi

log "done in $(($(date +%s) - START)) s; $FAILED step(s) did not finish cleanly; results in $OUT"
exit 0
