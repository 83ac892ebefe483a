//! Writing coordinates (placeholder, replaced by the loaders/output work).
