#!/usr/bin/env bash
# Real-window check of the viewer under a virtual X server.
#
# Builds the `xvfb_demo` example, starts it under `xvfb-run -a` (1280×1024 screen), waits until
# it reports presented frames, screenshots the root window with ImageMagick's `import`, and
# asserts that the plot area of the screenshot shows points of the three class colours.
# Needs: xvfb, x11-apps, imagemagick, a Vulkan driver (Mesa lavapipe is enough).
# Usage: viewer/tests/xvfb_check.sh [screenshot.png]   (from the repository root; exit 0 = pass)
set -euo pipefail
cd "$(dirname "$0")/../.."
shot="${1:-target/xvfb_viewer.png}"
cargo build -q -p projector-viewer --example xvfb_demo
bin="target/debug/examples/xvfb_demo"
log="$(mktemp)"
inner="$(mktemp)"
cat > "$inner" <<INNER
set -u
"$bin" > "$log" 2>&1 &
pid=\$!
for i in \$(seq 1 240); do
  if grep -q "first frames presented" "$log"; then break; fi
  if ! kill -0 \$pid 2>/dev/null; then echo "viewer exited early:"; cat "$log"; exit 1; fi
  sleep 0.5
done
sleep 2
import -window root "$shot"
kill \$pid 2>/dev/null || true
wait \$pid 2>/dev/null || true
INNER
xvfb-run -a -s "-screen 0 1280x1024x24" bash "$inner"
rm -f "$inner"
echo "screenshot: $shot"
"$bin" --check "$shot"
