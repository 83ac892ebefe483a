"""The functions: project, quality, load, show, export_html."""

import os
import sys
import webbrowser

import numpy as np

from . import _native, _params, _progress
from ._data import Data, as_data, matrix, prepare


def _fit(data, algo, dims, seed, backend, verbose, params, embedding=None, color=None, drop_invalid=False):
    """``(fitted, Data or None, input dimensions)``: the engine's pipeline on ``data``."""
    algo = _params.algo_id(algo)
    params = dict(params)
    params["dims"] = dims
    params["seed"] = seed
    engine = _params.to_engine(algo, params)
    m, d = prepare(data, embedding=embedding, color=color, drop_invalid=drop_invalid)
    bar = _progress.callback(verbose)
    try:
        if m is not None:
            fitted = _native.project_matrix(m, algo, engine, backend, bar)
        else:
            fitted = _native.project_table(d._prepared, algo, engine, backend, bar)
    finally:
        if bar is not None:
            bar.close()
    return fitted, d, (m.shape[1] if m is not None else d._prepared.dims)


def project(data, algo="umap", dims=None, seed=None, backend="auto", *, embedding=None, color=None,
            drop_invalid=False, verbose=1, **params):
    """Projects ``data`` to 2-D or 3-D and returns the coordinates (float32, rows × dims).

    ``data``: a NumPy array (float16/32/64, integers), a list of lists, a pandas DataFrame, a
    pyarrow Table, a ``wandb.Table``, a file path or a W&B run folder (:func:`load`). For tables
    the embedding is chosen as the CLI chooses it (a vector column, else the numeric columns);
    ``embedding=`` names the columns instead. ``algo``: ``"pca"``, ``"tsne"`` or ``"umap"``;
    ``dims`` and ``seed`` (None: the engine's defaults, 2 and 0); ``backend``: ``"auto"`` (a
    GPU when there is one), ``"gpu"`` or ``"cpu"``. ``params``: the reducer's parameters by the
    engine's names (``projector.describe(algo)``) or the peers' (``n_neighbors``, ``max_iter``…).
    Ctrl-C stops the run within a moment: the ``KeyboardInterrupt`` carries the layout so far
    as ``.embedding``.

    >>> import numpy as np, projector
    >>> X = np.random.default_rng(0).normal(size=(200, 8)).astype(np.float32)
    >>> projector.project(X, "pca").shape
    (200, 2)
    """
    fitted, _, _ = _fit(data, algo, dims, seed, backend, verbose, params, embedding, color, drop_invalid)
    return fitted.coords()


def load(path, *, embedding=None, color=None, table=None, step=None, drop_invalid=False, format=None,
         labels=None, metadata=None):
    """Reads a file (CSV, TSV, .npy, Parquet, W&B ``.table.json``, TensorBoard ``vectors.tsv``)
    or a W&B run folder (``wandb/run-*``, ``offline-run-*``, ``latest-run`` or its ``files/``:
    the latest logged table unless ``table=`` names one and ``step=`` picks its step) with the
    CLI's loaders, and chooses its embedding and colour columns as the CLI does."""
    path = os.fspath(path)
    prepared = _native.load(path, embedding=[embedding] if isinstance(embedding, str) else embedding,
                            color=color, format=format, labels=labels, metadata=metadata,
                            drop_invalid=drop_invalid, table=table, step=step)
    return Data(prepared, os.path.basename(os.path.normpath(path)) or path)


def wandb_tables(path):
    """The tables logged in a W&B run folder: ``[(key, step, path)]``."""
    return _native.wandb_tables(os.fspath(path))


def quality(X, Y, labels=None, *, trustworthiness_k=None, accuracy_k=None, seed=0):
    """Trustworthiness of ``Y`` as an embedding of ``X`` and, with ``labels`` (one per row),
    5-fold k-NN accuracy in ``Y``: exactly what ``projector project --metrics`` prints (k = 15
    and 10 unless given; above 20,000 rows, on a sample drawn with ``seed``).

    Returns ``{"trustworthiness", "knn_accuracy", "sampled"}``.
    """
    default_t, default_a = _native.quality_defaults()
    high, low = matrix(X), matrix(Y)
    if high is None or low is None:
        raise TypeError("X and Y must be arrays of numbers (rows × dimensions)")
    codes = None
    if labels is not None:
        labels = np.asarray(labels)
        if labels.ndim != 1 or len(labels) != len(high):
            raise ValueError(f"labels: {labels.shape} for {len(high)} rows (one label per row)")
        _, codes = np.unique(labels.astype(str), return_inverse=True)
        codes = codes.astype(np.uint32)
    return _native.quality(high, low, codes,
                           default_t if trustworthiness_k is None else int(trustworthiness_k),
                           default_a if accuracy_k is None else int(accuracy_k), int(seed))


def describe(algo=None):
    """The engine's description of every parameter (name, type, range, default, doc), for
    ``algo`` or every group."""
    if algo is None:
        return dict(_params.DESCRIPTION)
    return _params.specs(_params.algo_id(algo))


def _in_notebook():
    """True inside a Jupyter kernel (where a widget can be displayed)."""
    ip = sys.modules.get("IPython")
    if ip is None:
        return False
    try:
        shell = ip.get_ipython()
    except Exception:
        return False
    return shell is not None and (type(shell).__name__ == "ZMQInteractiveShell" or "IPKernelApp" in getattr(shell, "config", {}))


def _layout(data, algo, dims, seed, backend, verbose, params, coords, color, embedding):
    """``(Data, coords, layout name, algo, engine params)`` for the page."""
    d = as_data(data, color=color, embedding=embedding)
    algo = _params.algo_id(algo)
    engine = _params.to_engine(algo, dict(params, dims=dims, seed=seed))
    if coords is not None:
        return d, matrix(coords), "given coordinates", algo, engine
    fitted, _, _ = _fit(d, algo, dims, seed, backend, verbose, params)
    return d, fitted.coords(), _params.algo_name(algo), algo, engine


def show(data, algo="umap", dims=None, seed=None, backend="auto", *, color=None, embedding=None,
         coords=None, height=600, max_size_mb=64, host="127.0.0.1", port=0, open_browser=True,
         block=None, verbose=1, **params):
    """Shows ``data`` in the projector's viewer: hover a point for its fields and image, click
    for its neighbours, lasso, search, colour by any column.

    In Jupyter (also on a remote kernel) the viewer is a widget whose data travels over the
    widget's comm channel (no port to forward); the layout (``algo``, ``params``, as
    :func:`project`, or ``coords``) is computed in the kernel first. Elsewhere it starts
    ``projector serve`` in this process on ``host:port`` (loopback; 0 picks a free port),
    opens the browser, and returns the server (``.url``, ``.stop()``); in a script that is not
    interactive it serves until Ctrl-C (``block=False`` returns at once). ``color``: a column
    name, or one value per row.
    """
    if _in_notebook():
        from ._widget import Widget

        d, c, layout, algo, engine = _layout(data, algo, dims, seed, backend, verbose, params, coords, color, embedding)
        page, payload, report = _native.widget_data(d._prepared, d.name, c, layout, algo, engine,
                                                    int(max_size_mb * 2**20))
        return Widget(page=page, data=payload, rows=len(d), height=int(height), omitted=report["omitted"])
    d = as_data(data, color=color, embedding=embedding)
    algo = _params.algo_id(algo)
    engine = _params.to_engine(algo, dict(params, dims=dims, seed=seed))
    server = _native.serve(d._prepared, d.name, algo, engine, backend, host, int(port),
                           None if coords is None else matrix(coords))
    print(f"projector: serving {d.name} ({len(d)} rows) at {server.url}", file=sys.stderr)
    if open_browser:
        webbrowser.open(server.url)
    if block is None:
        block = not (hasattr(sys, "ps1") or sys.flags.interactive)
    if block:
        print("Ctrl-C stops the server.", file=sys.stderr)
        try:
            server.wait()
        except KeyboardInterrupt:
            pass
    return server


def export_html(data, path, algo="umap", dims=None, seed=None, backend="auto", *, color=None,
                embedding=None, coords=None, max_size_mb=64, verbose=1, **params):
    """Writes the viewer and ``data`` as one self-contained HTML file (works offline), like
    ``projector export``: the layout, colour columns, and while ``max_size_mb`` lasts each
    row's fields, 10 nearest neighbours and thumbnail. Returns what it holds and left out."""
    path = os.fspath(path)
    if not path.lower().endswith((".html", ".htm")):
        raise ValueError(f"{path}: the export is an .html file")
    d, c, layout, algo, engine = _layout(data, algo, dims, seed, backend, verbose, params, coords, color, embedding)
    return _native.export_html(d._prepared, d.name, c, layout, algo, engine, path, int(max_size_mb * 2**20))
