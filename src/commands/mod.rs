//! One module per subcommand.

pub mod bench;
pub mod demo;
pub mod info;
pub mod project;
pub mod render;
pub mod serve;
