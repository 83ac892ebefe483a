//! Loaders (placeholder, replaced by the loaders work).
