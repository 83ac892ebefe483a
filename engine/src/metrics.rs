//! Quality metrics of an embedding (placeholder, replaced by the metrics work).
