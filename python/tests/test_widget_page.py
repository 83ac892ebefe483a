"""The notebook widget and the exported page, opened in a real browser (Debian's headless
Chromium, driven by web/page's puppeteer-core): the points are drawn, and resting the pointer on
one shows its fields and image."""

import functools
import http.server
import json
import os
import pathlib
import shutil
import subprocess
import threading

import pytest

import projector
from conftest import DIGITS, REPO

NODE_MODULES = REPO / "web" / "page" / "node_modules"
HERE = pathlib.Path(__file__).parent

HOST = """<!doctype html><html><body style="margin:0"><div id="out"></div>
<script type="module">
import widget from "./widget.js";
const state = await (await fetch("./state.json")).json();
const model = { get: (k) => state[k], on() {}, off() {} };
widget.render({ model, el: document.getElementById("out") });
</script></body></html>"""


def serve(folder):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def drive(url):
    if not NODE_MODULES.exists() or shutil.which("node") is None or not os.path.exists("/usr/bin/chromium"):
        pytest.fail("needs node, Debian's chromium and `npm ci` in web/page (as .ci/run installs them)")
    r = subprocess.run(["node", str(HERE / "widget_check.mjs"), url], capture_output=True, text=True, timeout=300,
                       env=dict(os.environ, NODE_PATH=str(NODE_MODULES)))
    assert r.returncode == 0, r.stdout + r.stderr
    return json.loads(r.stdout.strip().splitlines()[-1])


def test_the_widget_draws_every_point_and_hover_shows_the_row(tmp_path, monkeypatch, digits_frame):
    # show() as in Jupyter: what the widget's model holds.
    monkeypatch.setattr(projector._api, "_in_notebook", lambda: True)
    w = projector.show(digits_frame, "umap", epochs=60, backend="cpu", verbose=0)
    (tmp_path / "state.json").write_text(json.dumps({"page": w.page, "data": w.data, "height": w.height}))
    (tmp_path / "index.html").write_text(HOST)
    shutil.copy(pathlib.Path(projector.__file__).with_name("widget.js"), tmp_path / "widget.js")
    server = serve(tmp_path)
    try:
        got = drive(f"http://127.0.0.1:{server.server_address[1]}/index.html")
    finally:
        server.shutdown()
    assert got["points"] == 1797
    assert "UMAP" in got["heading"] and "1,797 points" in got["heading"]
    assert got["hovered"] == got["picked"] >= 0
    assert got["target"] == str(digits_frame["target"][got["picked"]])
    assert got["image"] == [8, 8]


def test_export_html_writes_a_page_that_works_from_a_file(tmp_path, cli):
    out = tmp_path / "digits.html"
    report = projector.export_html(DIGITS, out, "pca", verbose=0)
    assert report["rows"] == 1797 and report["images"] == 1797 and report["omitted"] == []
    html = out.read_text()
    assert 'id="projector-data"' in html and "<!--projector-data-->" not in html
    with pytest.raises(ValueError, match="html"):
        projector.export_html(DIGITS, tmp_path / "x.png", "pca", verbose=0)
