"""projector: embeddings projected with PCA, t-SNE and UMAP on the GPU (wgpu) or the CPU, on
every row, and shown in an interactive viewer in the notebook or the browser.

>>> import numpy as np, projector
>>> X = np.random.default_rng(0).normal(size=(300, 16)).astype(np.float32)
>>> Y = projector.UMAP(n_neighbors=10, random_state=0, verbose=0).fit_transform(X)
>>> Y.shape
(300, 2)
>>> sorted(projector.quality(X, Y))
['knn_accuracy', 'sampled', 'trustworthiness']

The engine is the one behind the ``projector`` command: the same parameters, defaults and
checks, and for the same seed the same coordinates.
"""

from ._native import __version__
from ._api import describe, export_html, load, project, quality, show, wandb_tables
from ._data import Data


def __getattr__(name):
    # The estimators import scikit-learn's base classes (a second's import): only when used.
    if name in ("PCA", "TSNE", "UMAP"):
        from . import _estimators

        return getattr(_estimators, name)
    raise AttributeError(f"module 'projector' has no attribute {name!r}")


__all__ = [
    "PCA",
    "TSNE",
    "UMAP",
    "Data",
    "describe",
    "export_html",
    "load",
    "project",
    "quality",
    "show",
    "wandb_tables",
    "__version__",
]
