//! `projector`: the command users run. See `projector --help` and the README.
//!
//! Exit codes: 0 success, 2 bad input or arguments (the message names file, row, column and
//! reason), 1 anything else (GPU failure, I/O while writing).

mod cli;
mod commands;
mod pipeline;
mod progress;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    if std::env::var_os("XDG_RUNTIME_DIR").is_none() {
        // Mesa's Vulkan drivers complain on stderr when this is unset (containers, CI, ssh).
        let dir = std::env::temp_dir().join(format!("projector-xdg-{}", std::process::id()));
        if std::fs::create_dir_all(&dir).is_ok() {
            // SAFETY: set before any other thread exists (first statement of main).
            unsafe { std::env::set_var("XDG_RUNTIME_DIR", &dir) };
        }
    }
    let cli = cli::Cli::parse();
    progress::install_stop_handler();
    let result = match &cli.command {
        None => commands::demo::run(),
        Some(cli::Command::Info(a)) => commands::info::run(a),
        Some(cli::Command::Project(a)) => commands::project::run(a),
        Some(cli::Command::Render(a)) => commands::render::run_render(a),
        Some(cli::Command::View(a)) => commands::render::run_view(a),
        Some(cli::Command::Bench(a)) => commands::bench::run(a),
        Some(cli::Command::Serve(a)) => commands::serve::run(a),
        Some(cli::Command::Export(a)) => commands::serve::run_export(a),
        Some(cli::Command::Params) => {
            // The engine's description of every parameter, for other front ends.
            println!("{:#}", projector_engine::params::describe_all());
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // The chain, each cause once (an engine error already says its OS error).
            let mut text = String::new();
            for cause in e.chain().map(ToString::to_string) {
                if !text.contains(&cause) {
                    if !text.is_empty() {
                        text.push_str(": ");
                    }
                    text.push_str(&cause);
                }
            }
            eprintln!("error: {text}");
            let input_error = e
                .chain()
                .filter_map(|c| c.downcast_ref::<projector_engine::Error>())
                .any(projector_engine::Error::is_input_error);
            ExitCode::from(if input_error { 2 } else { 1 })
        }
    }
}
