#!/usr/bin/env bash
# The viewer window's frame time while the pointer moves over the plot, with density contours
# and cluster labels off and on, at several sizes: a real window under Xvfb, the pointer moved
# by xdotool, each frame's time (the GPU's work included) from PROJECTOR_VIEWER_FRAME_LOG.
# Every pointer move is a hover: the frame after it looks the point up and draws the tooltip,
# so the median frame time is also the hover latency (pointer event to tooltip drawn; egui's
# tooltip delay aside).
#
# usage: scripts/window_frames.sh [SIZES] [PROJECTOR]
#   SIZES      comma-separated point counts [10000,100000,1000000]
#   PROJECTOR  the binary [target/release/projector]
# Needs Xvfb, xdotool and a Python with numpy (PYTHON, default python3) to generate the data:
# 2-D points in ten labelled Gaussian clusters. Prints one line per case.
set -euo pipefail
sizes="${1:-10000,100000,1000000}"
bin="${2:-target/release/projector}"
py="${PYTHON:-python3}"
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/xdg-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
Xvfb :77 -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
sleep 1
export DISPLAY=:77
for n in ${sizes//,/ }; do
  "$py" - "$n" "$work" <<'EOF'
import sys, numpy as np
n, out = int(sys.argv[1]), sys.argv[2]
rng = np.random.default_rng(0)
c = rng.integers(0, 10, n)
a = 2 * np.pi * c / 10
x = np.stack([5 * np.cos(a), 5 * np.sin(a)], 1) + rng.normal(size=(n, 2))
np.save(f"{out}/x.npy", x.astype(np.float32))
np.save(f"{out}/y.npy", c.astype(np.int64))
EOF
  for overlay in off on; do
    flags=()
    [ "$overlay" = on ] && flags=(--contours --cluster-labels)
    log="$work/frames-$n-$overlay.log"
    PROJECTOR_VIEWER_FRAME_LOG=1 "$bin" view "$work/x.npy" --labels "$work/y.npy" --backend gpu \
      "${flags[@]}" >/dev/null 2>"$log" &
    pid=$!
    for _ in $(seq 600); do grep -q "first frames presented" "$log" && break; sleep 0.2; done
    sleep 3  # the density map, computed off the UI thread, arrives
    start=$(grep -c "frame " "$log" || true)
    for k in $(seq 0 39); do
      xdotool mousemove $((120 + k * 20)) $((200 + (k % 7) * 60))
      sleep 0.25
    done
    sleep 1
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    tail -n +"$((start + 1))" "$log" | sed -n 's/.*frame \([0-9.]*\) ms/\1/p' | sort -n >"$work/t"
    count=$(wc -l <"$work/t")
    if [ "$count" -eq 0 ]; then
      echo "n=$n overlay=$overlay: no frame logged"; continue
    fi
    median=$(sed -n "$(((count + 1) / 2))p" "$work/t")
    p90=$(sed -n "$(((count * 9 + 9) / 10))p" "$work/t")
    echo "n=$n contours+labels=$overlay frames=$count median_ms=$median p90_ms=$p90"
  done
done
