"""Parameters: the engine's description, and the one table that maps the peers' argument names
(umap-learn, scikit-learn, openTSNE) onto the engine's.

Names, types, ranges and defaults are the engine's (``_native.describe()``, the description the
CLI's flags and the viewer's panel are built from); nothing here repeats a default.
"""

import json
import math
import numbers

from . import _native

#: Every parameter of every group: ``{group: [{name, type, default, doc, ...}, ...]}``.
DESCRIPTION = json.loads(_native.describe())

#: The groups each reducer reads, in order (as the engine's ``Settings::groups``).
GROUPS = {
    "pca": ("layout",),
    "tsne": ("layout", "preprocess", "tsne"),
    "umap": ("layout", "preprocess", "umap"),
}

#: The peers' argument names → the engine's, per reducer. ``n_components`` and
#: ``random_state`` are the estimators' own (dims and seed).
PEER_NAMES = {
    "pca": {},
    "tsne": {
        # scikit-learn (max_iter, formerly n_iter) and openTSNE (n_iter).
        "perplexity": "perplexity",
        "max_iter": "iterations",
        "n_iter": "iterations",
        "learning_rate": "learning_rate",
        "early_exaggeration": "early_exaggeration",
        "early_exaggeration_iter": "exaggeration_iterations",
    },
    "umap": {
        # umap-learn.
        "n_neighbors": "neighbors",
        "n_epochs": "epochs",
        "negative_sample_rate": "negative_samples",
        "min_dist": "min_dist",
        "spread": "spread",
        "metric": "metric",
        "learning_rate": "umap_learning_rate",
    },
}

#: Peer arguments the engine has no knob for, with the one value it does; any other value is
#: refused (a peer's ``init="random"`` would otherwise be silently ignored).
FIXED = {
    "pca": {},
    "tsne": {"init": "pca"},
    "umap": {"init": "spectral"},
}

#: Peer arguments accepted and ignored, with why.
IGNORED = {"n_jobs": "the engine uses every core"}


def specs(algo):
    """The descriptions of the parameters ``algo`` reads, in the engine's order."""
    return [spec for group in GROUPS[algo] for spec in DESCRIPTION[group]]


def engine_names(algo):
    """The engine's parameter names for ``algo``."""
    return [spec["name"] for spec in specs(algo)]


def as_text(name, value):
    """A Python value as the engine's text for parameter ``name`` (checked by the engine)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, numbers.Real):
        v = float(value)
        if not math.isfinite(v):
            raise ValueError(f"{name}: {value!r} is not a finite number")
        return repr(v)
    if isinstance(value, str):
        return value
    raise ValueError(f"{name}: {value!r} is not a number or a string")


def to_engine(algo, params):
    """``[(engine name, text)]`` from keyword arguments in the engine's or the peers' names;
    ``None`` means the engine's default. Unknown names raise ``TypeError`` listing the known."""
    algo = algo_id(algo)
    known = set(engine_names(algo))
    peers = PEER_NAMES[algo]
    out = {}
    given_as = {}
    for name, value in params.items():
        if value is None:
            continue
        if name in FIXED[algo]:
            if value != FIXED[algo][name]:
                raise ValueError(
                    f"{name}={value!r}: projector's {algo_name(algo)} starts from "
                    f"{FIXED[algo][name]!r} (the only {name} it has)"
                )
            continue
        if name in IGNORED:
            continue
        engine = peers.get(name, name if name in known else None)
        if engine is None:
            raise TypeError(
                f"{algo_name(algo)} has no parameter {name!r} (its parameters: "
                f"{', '.join(sorted(known | set(peers)))})"
            )
        if engine in given_as:
            raise TypeError(f"{name!r} and {given_as[engine]!r} both set {engine!r}")
        given_as[engine] = name
        out[engine] = as_text(name, value)
    return list(out.items())


def algo_id(algo):
    """``pca``, ``tsne`` or ``umap`` from any spelling the engine takes (``t-SNE``, ``UMAP``…)."""
    a = str(algo).lower().replace("-", "").replace("_", "")
    if a not in GROUPS:
        raise ValueError(f"unknown reducer {algo!r} (pca, tsne or umap)")
    return a


def algo_name(algo):
    return {"pca": "PCA", "tsne": "t-SNE", "umap": "UMAP"}[algo_id(algo)]
