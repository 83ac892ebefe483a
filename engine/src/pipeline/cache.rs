//! Layouts already computed, kept on disk so that showing the same input with the same
//! parameters and seed again (`projector serve`, `export`) does not recompute them.
//!
//! The key is the BLAKE3 of what decides a layout — the reducer, every parameter, the seed, the
//! backend and adapter, and the embedding matrix's hash — taken from its [`Provenance`], not the
//! file name: an edited file gets a new key, a renamed one keeps its layouts. Each entry is an
//! `.npy` of the coordinates in the cache folder (`$XDG_CACHE_HOME/projector/layouts`, else
//! `~/.cache/projector/layouts`), written atomically; an unreadable entry counts as a miss.

use std::path::{Path, PathBuf};

use ndarray::Array2;

use super::Provenance;
use crate::error::Result;
use crate::load::{self, LoadOptions};

/// A folder of computed layouts.
#[derive(Debug, Clone)]
pub struct LayoutCache {
    dir: PathBuf,
}

impl LayoutCache {
    /// The cache in `dir`.
    pub fn new(dir: impl Into<PathBuf>) -> LayoutCache {
        LayoutCache { dir: dir.into() }
    }

    /// The user's cache folder, when one can be named (`XDG_CACHE_HOME` or `HOME`).
    pub fn user() -> Option<LayoutCache> {
        let base = std::env::var_os("XDG_CACHE_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache")))?;
        Some(LayoutCache::new(base.join("projector").join("layouts")))
    }

    /// The key of a layout with this provenance.
    pub fn key(p: &Provenance) -> String {
        let what = serde_json::json!({
            "projector": p.projector, "reducer": p.reducer, "params": p.params, "seed": p.seed,
            "backend": p.backend, "adapter": p.adapter, "matrix": p.input.matrix_blake3,
            "rows": p.input.rows, "dims": p.input.dims,
        });
        blake3::hash(what.to_string().as_bytes())
            .to_hex()
            .to_string()
    }

    fn path(&self, p: &Provenance) -> PathBuf {
        self.dir.join(format!("{}.npy", Self::key(p)))
    }

    /// The layout stored for `p`, if any (with the rows `p` names).
    pub fn get(&self, p: &Provenance) -> Option<Array2<f32>> {
        let path = self.path(p);
        if !path.exists() {
            return None;
        }
        let table = load::load(&path, &LoadOptions::default()).ok()?;
        let spec = table.default_embedding(None).ok()?;
        let e = table.embedding(&spec, false).ok()?;
        (e.data.nrows() == p.input.rows && e.data.iter().all(|v| v.is_finite())).then_some(e.data)
    }

    /// Stores `coords` as the layout of `p`.
    pub fn put(&self, p: &Provenance, coords: &Array2<f32>) -> Result<()> {
        std::fs::create_dir_all(&self.dir).map_err(|e| crate::Error::io(&self.dir, e))?;
        crate::output::write_coordinates(&self.path(p), coords.view(), &[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Compute;
    use crate::pipeline::{InputInfo, Settings};

    #[test]
    fn a_layout_comes_back_for_the_same_provenance_only() {
        let dir = tempfile::tempdir().unwrap();
        let cache = LayoutCache::new(dir.path().join("c"));
        let m = ndarray::array![[1.0f32, 2.0], [3.0, 4.0], [5.0, 6.5]];
        let p = Provenance::new(
            &Settings::default(),
            &Compute::Cpu,
            InputInfo::of(Some(Path::new("a.csv")), &[], m.view()),
        );
        assert!(cache.get(&p).is_none());
        let coords = ndarray::array![[0.5f32, 1.0], [2.0, 3.0], [4.0, 5.0]];
        cache.put(&p, &coords).unwrap();
        assert_eq!(cache.get(&p), Some(coords));
        // Another file name, same numbers: the same layout.
        let mut renamed = p.clone();
        renamed.input.file = Some("b.csv".into());
        assert!(cache.get(&renamed).is_some());
        // Another seed or matrix: none.
        let mut s = Settings::default();
        s.layout.seed = 1;
        let other = Provenance::new(&s, &Compute::Cpu, p.input.clone());
        assert!(cache.get(&other).is_none());
        let mut edited = p.clone();
        edited.input.matrix_blake3 = "0".repeat(64);
        assert!(cache.get(&edited).is_none());
    }
}
