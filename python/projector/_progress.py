"""Progress bars for long runs: tqdm when it is installed (``tqdm.auto``: a widget in notebooks),
else a plain bar on stderr when it is a terminal; none with ``verbose=0``."""

import sys
import time


class Bar:
    """Called by the engine as ``bar(stage, done, total)``; one bar per stage."""

    def __init__(self):
        try:
            from tqdm.auto import tqdm
        except ImportError:
            tqdm = None
        self._tqdm = tqdm
        self._stage = None
        self._bar = None
        self._done = 0
        self._plain_at = 0.0

    def __call__(self, stage, done, total):
        if stage != self._stage:
            self.close()
            self._stage = stage
            self._done = 0
            if self._tqdm is not None:
                self._bar = self._tqdm(total=max(total, 1), desc=stage, leave=False, dynamic_ncols=True)
        if self._bar is not None:
            if total and self._bar.total != total:
                self._bar.total = total
            self._bar.update(max(done - self._done, 0))
            self._done = done
        elif sys.stderr.isatty():
            now = time.monotonic()
            if now - self._plain_at >= 0.1 or done >= total:
                self._plain_at = now
                width = 30
                filled = int(width * done / total) if total else 0
                sys.stderr.write(f"\r{stage:<12} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
                sys.stderr.flush()

    def close(self):
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        elif self._stage is not None and sys.stderr.isatty():
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
        self._stage = None


def callback(verbose):
    """The engine's progress callback for ``verbose`` (None: no bar)."""
    return Bar() if verbose else None
