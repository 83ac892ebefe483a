"""Estimators with scikit-learn's conventions: ``PCA``, ``TSNE``, ``UMAP``.

They take the peers' argument names (umap-learn's ``n_neighbors``, ``n_epochs``…,
scikit-learn's and openTSNE's ``perplexity``, ``max_iter``/``n_iter``…; the table is
``_params.PEER_NAMES``) and the engine's own names for the rest, so replacing the import of
``umap.UMAP`` or ``sklearn.manifold.TSNE`` is enough. Their signatures are generated from the
engine's description: every argument defaults to ``None``, the engine's default, and
``random_state=None`` draws a fresh seed, as in scikit-learn (the seed used is ``seed_``).
"""

import inspect
import secrets

from . import _params
from ._api import _fit
from ._data import prepare

try:  # scikit-learn's base gives clone(), pipelines, tags and the usual repr.
    from sklearn.base import BaseEstimator as _Base
    from sklearn.base import TransformerMixin as _Mixin
except ImportError:  # pragma: no cover - the same conventions by hand.

    class _Base:
        @classmethod
        def _get_param_names(cls):
            return [p for p in inspect.signature(cls).parameters]

        def get_params(self, deep=True):
            return {name: getattr(self, name) for name in self._get_param_names()}

        def set_params(self, **params):
            valid = self._get_param_names()
            for name, value in params.items():
                if name not in valid:
                    raise ValueError(f"invalid parameter {name!r} for {type(self).__name__} (valid: {', '.join(valid)})")
                setattr(self, name, value)
            return self

        def __repr__(self):
            changed = ", ".join(f"{k}={v!r}" for k, v in self.get_params().items() if v is not None and k not in ("backend", "verbose"))
            return f"{type(self).__name__}({changed})"

    class _Mixin:
        pass


#: Arguments every estimator has after the reducer's own.
_TAIL = ("random_state", "backend", "verbose")


def _parameter_names(algo):
    """``n_components``, the peers' names, the engine's names no peer name covers, then
    random_state, backend, verbose; ``dims``/``seed`` are n_components / random_state."""
    peers = _params.PEER_NAMES[algo]
    covered = set(peers.values()) | {"dims", "seed"}
    names = ["n_components"]
    names += list(peers)
    names += list(_params.FIXED[algo])
    names += [n for n in _params.engine_names(algo) if n not in covered]
    names += list(_params.IGNORED)
    return names + list(_TAIL)


def _doc(algo, names):
    specs = {s["name"]: s for s in _params.specs(algo)}
    peers = _params.PEER_NAMES[algo]
    lines = []
    for name in names:
        engine = {"n_components": "dims", "random_state": "seed"}.get(name, peers.get(name, name))
        spec = specs.get(engine)
        if spec is not None:
            alias = f" (the engine's {engine})" if engine != name else ""
            lines.append(f"{name}{alias}: {spec['doc']}; default {spec['default']}" + (f" ({spec['auto']})" if spec.get("auto") else ""))
        elif name in _params.FIXED[algo]:
            lines.append(f"{name}: only {_params.FIXED[algo][name]!r}")
        elif name in _params.IGNORED:
            lines.append(f"{name}: accepted and ignored ({_params.IGNORED[name]})")
    lines.append("random_state: the seed; None draws a fresh one (kept in seed_)")
    lines.append("backend: 'auto' (a GPU when there is one, else the CPU), 'gpu' or 'cpu'")
    lines.append("verbose: 0 hides the progress bar")
    return "\n".join("    " + l for l in lines)


class _Reducer(_Mixin, _Base):
    _algo = None

    def __init__(self, **params):
        names = type(self)._get_param_names()
        for name in params:
            if name not in names:
                raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument {name!r}")
        for name in names:
            default = {"backend": "auto", "verbose": 1}.get(name)
            setattr(self, name, params.get(name, default))

    def _engine_params(self):
        params = {}
        for name in type(self)._get_param_names():
            if name in _TAIL or name == "n_components":
                continue
            params[name] = getattr(self, name)
        return params

    def fit(self, X, y=None):
        """Fits the reducer to ``X`` (any input :func:`projector.project` takes); returns self."""
        seed = self.random_state
        if seed is None:
            seed = secrets.randbits(63)
        elif not isinstance(seed, int):  # a numpy Generator / RandomState, as sklearn allows
            seed = int(seed.integers(2**63) if hasattr(seed, "integers") else seed.randint(2**31))
        fitted, data, dims = _fit(X, self._algo, self.n_components, seed, self.backend, self.verbose, self._engine_params())
        self.seed_ = seed
        self.embedding_ = fitted.coords()
        self.n_features_in_ = dims
        self.embedding_columns_ = data.embedding if data is not None else None
        self._fitted = fitted
        if hasattr(fitted, "loss") and fitted.loss is not None:
            self.kl_divergence_ = fitted.loss
        return self

    def fit_transform(self, X, y=None, **fit_params):
        """Fits and returns the layout (float32, rows × n_components)."""
        return self.fit(X).embedding_

    @property
    def provenance_(self):
        """Where ``embedding_`` came from (reducer, every parameter, seed, version, backend, input)."""
        import json

        return json.loads(self._fitted.provenance())


class _Transforming(_Reducer):
    def transform(self, X):
        """Places new rows into the fitted map (the training data's embedding columns)."""
        fitted = getattr(self, "_fitted", None)
        if fitted is None:
            raise ValueError(f"this {type(self).__name__} is not fitted yet: call fit first")
        m, d = prepare(X, embedding=self.embedding_columns_)
        if d is not None:
            m = d.X
        return fitted.transform(m)


def _make(name, algo, base, summary):
    names = _parameter_names(algo)
    params = [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY if i else inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                default={"backend": "auto", "verbose": 1}.get(n))
              for i, n in enumerate(names)]
    sig = inspect.Signature([inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)] + params)

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"{name}() takes n_components as its only positional argument")
        if args:
            kwargs["n_components"] = args[0]
        base.__init__(self, **kwargs)

    __init__.__signature__ = sig
    cls = type(name, (base,), {"_algo": algo, "__init__": __init__, "__module__": "projector",
                               "__doc__": f"{summary}\n\nParameters (None: the engine's default):\n{_doc(algo, names)}\n"})
    return cls


PCA = _make("PCA", "pca", _Transforming, "Principal component analysis to 2 or 3 dimensions, on the GPU or the CPU.")
TSNE = _make("TSNE", "tsne", _Reducer, "t-SNE (FFT-accelerated interpolation, exact below a size threshold), on the GPU or the CPU.")
UMAP = _make("UMAP", "umap", _Transforming, "UMAP (fuzzy graph, spectral start, SGD with negative sampling), on the GPU or the CPU.")
