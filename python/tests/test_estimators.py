"""scikit-learn's estimator conventions, the peers' argument names, and transform."""

import json

import numpy as np
import pytest

import projector


@pytest.fixture(scope="module")
def X(digits_matrix):
    return digits_matrix[:300].astype(np.float32)


def params_of(est):
    return json.loads(est._fitted.params())


def test_clone_get_set_params_and_repr():
    sklearn = pytest.importorskip("sklearn")
    from sklearn.base import clone

    u = projector.UMAP(n_neighbors=7, min_dist=0.3, random_state=1)
    p = u.get_params()
    assert p["n_neighbors"] == 7 and p["min_dist"] == 0.3 and p["n_epochs"] is None
    c = clone(u)
    assert c is not u and c.get_params() == p
    assert u.set_params(n_epochs=20) is u and u.n_epochs == 20
    with pytest.raises(ValueError):
        u.set_params(perplexity=3)
    assert "n_neighbors=7" in repr(u)
    assert sklearn.__version__


def test_signatures_come_from_the_engine_description():
    import inspect

    for est, algo in ((projector.UMAP, "umap"), (projector.TSNE, "tsne"), (projector.PCA, "pca")):
        names = set(inspect.signature(est).parameters)
        covered = {"dims", "seed"} | set(projector._params.PEER_NAMES[algo].values())
        for spec in projector.describe(algo):
            assert spec["name"] in names or spec["name"] in covered, (est, spec["name"])
        assert {"n_components", "random_state", "backend", "verbose"} <= names
        assert all(p.default in (None, "auto", 1) for p in inspect.signature(est).parameters.values())


def test_peer_names_map_onto_the_engines(X):
    u = projector.UMAP(n_neighbors=6, n_epochs=30, negative_sample_rate=3, learning_rate=0.5,
                       metric="cosine", random_state=0, verbose=0).fit(X)
    p = params_of(u)["umap"]
    assert (p["neighbors"], p["epochs"], p["negative_samples"], p["umap_learning_rate"], p["metric"]) == (6, 30, 3, 0.5, "cosine")
    t = projector.TSNE(perplexity=12, max_iter=260, early_exaggeration=8, learning_rate="auto",
                       init="pca", n_jobs=4, random_state=0, verbose=0).fit(X)
    p = params_of(t)["tsne"]
    assert (p["perplexity"], p["iterations"], p["early_exaggeration"]) == (12, 260, 8)
    assert t.embedding_.shape == (300, 2) and t.kl_divergence_ > 0
    # openTSNE's n_iter is the same parameter; giving both is an error.
    assert params_of(projector.TSNE(n_iter=255, random_state=0, verbose=0).fit(X))["tsne"]["iterations"] == 255
    with pytest.raises(TypeError, match="both set"):
        projector.TSNE(n_iter=255, max_iter=300, verbose=0).fit(X)


def test_what_the_engine_cannot_do_is_refused_not_ignored(X):
    with pytest.raises(ValueError, match="init"):
        projector.TSNE(init="random", verbose=0).fit(X)
    with pytest.raises(TypeError, match="unexpected keyword"):
        projector.UMAP(perplexity=5)
    with pytest.raises(ValueError, match="neighbors"):
        projector.UMAP(n_neighbors=1, verbose=0).fit(X)
    with pytest.raises(ValueError, match="metric"):
        projector.UMAP(metric="minkowski", verbose=0).fit(X)
    with pytest.raises(TypeError, match="UMAP has no parameter 'perplexity'"):
        projector.project(X, "umap", perplexity=5)


def test_random_state_none_draws_a_fresh_seed_and_an_int_repeats(X):
    a = projector.UMAP(n_epochs=20, verbose=0).fit(X)
    b = projector.UMAP(n_epochs=20, verbose=0).fit(X)
    assert a.seed_ != b.seed_
    assert not np.array_equal(a.embedding_, b.embedding_)
    c = projector.UMAP(n_epochs=20, random_state=a.seed_, verbose=0).fit(X)
    np.testing.assert_array_equal(a.embedding_, c.embedding_)
    assert a.provenance_["seed"] == a.seed_


def test_in_a_pipeline(X):
    pytest.importorskip("sklearn")
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    pipe = make_pipeline(StandardScaler(), projector.UMAP(n_epochs=30, random_state=0, verbose=0))
    Y = pipe.fit_transform(X)
    assert Y.shape == (300, 2) and np.isfinite(Y).all()
    assert pipe.transform(X[:10]).shape == (10, 2)
    pipe.set_params(umap__n_neighbors=5)
    assert pipe.named_steps["umap"].n_neighbors == 5


def test_umap_transform_matches_cli_transform(tmp_path, cli, digits_matrix):
    train, new = digits_matrix[:1200], digits_matrix[1200:1500]
    np.save(tmp_path / "train.npy", train)
    np.save(tmp_path / "new.npy", new)
    for est, algo in ((projector.UMAP(n_epochs=80, random_state=4, backend="cpu", verbose=0), "umap"),
                      (projector.PCA(random_state=4, backend="cpu", verbose=0), "pca")):
        out = tmp_path / f"placed-{algo}.npy"
        fit_out = tmp_path / f"fit-{algo}.npy"
        flags = ["--epochs", "80"] if algo == "umap" else []
        cli.run("project", "--fit", tmp_path / "train.npy", "--transform", tmp_path / "new.npy", "--algo", algo,
                "--seed", "4", "--backend", "cpu", *flags, "-o", out, "--fit-output", fit_out)
        placed = est.fit(train).transform(new)
        np.testing.assert_array_equal(est.embedding_, np.load(fit_out))
        np.testing.assert_array_equal(placed, np.load(out))


def test_tsne_has_no_transform_and_unfitted_transform_is_an_error(X):
    assert not hasattr(projector.TSNE(), "transform")
    with pytest.raises(ValueError, match="not fitted"):
        projector.UMAP().transform(X)


def test_fit_takes_a_dataframe_and_transform_uses_its_columns(digits_frame):
    u = projector.UMAP(n_epochs=30, random_state=0, verbose=0).fit(digits_frame.iloc[:500])
    assert u.embedding_columns_[0] == "pixel_0_0" and u.n_features_in_ == 64
    placed = u.transform(digits_frame.iloc[500:520])
    assert placed.shape == (20, 2)
