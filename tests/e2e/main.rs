//! End-to-end tests of the `projector` binary, linked into one test binary (see
//! `engine/tests/engine/main.rs` for why): the CLI through `CARGO_BIN_EXE_projector`, and the
//! viewer in a real window under Xvfb.

mod bench;
mod browser;
mod cli;
mod provenance;
mod scale;
mod viewer_window;
mod wandb_run;
