//! # projector-web
//!
//! The projector in a browser: the HTTP server behind `projector serve` and the one-file HTML
//! export behind `projector export`, both around the same page (`web/page/`, bundled into
//! `web/assets/` and embedded in this crate, so building needs no npm).
//!
//! How it works:
//! - [`Dataset`] is what is shown: a table prepared by the engine's pipeline
//!   ([`projector_engine::pipeline::Prepared`]: the embedding matrix, its rows, the colour
//!   column) and the settings of its first layout. [`serve`] binds a listener, prints nothing
//!   (the caller does) and serves [`router`]; the first layout is computed on a worker thread
//!   ([`State::start_initial`]) while the page polls `/api/status` and shows its progress.
//! - Every request passes [`auth`]: a random session token (from the printed URL, then a
//!   cookie), and a `Host` header naming the address served (against DNS rebinding, as Jupyter
//!   checks it). Off loopback too: a shared GPU machine has other users, and any web page can
//!   reach localhost.
//! - [`api`] answers the page with binary arrays (f32 positions, u32 class codes), row fields,
//!   images by row index only, and nearest neighbours in the original space.
//! - [`runs`] runs a reducer per tab over a WebSocket: the engine's [`Run`] stepped a few
//!   iterations at a time, positions pushed as binary frames, one run holding the engine at a
//!   time while the others wait in a queue their pages show.
//! - [`export`] writes the page and its data as one self-contained HTML file.
//!
//! The contract between page and server is `web/API.md`.
//!
//! [`Run`]: projector_engine::pipeline::Run

pub mod api;
pub mod auth;
pub mod density;
pub mod export;
pub mod runs;
mod state;

pub use state::{Dataset, State};

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::routing::get;

/// The page shell (`web/page/index.html`) and the bundle `npm run build` makes of the page's
/// sources (`web/assets/app.js`).
pub mod assets {
    /// `web/page/index.html`.
    pub const INDEX_HTML: &str = include_str!("../page/index.html");
    /// `web/assets/app.js`.
    pub const APP_JS: &str = include_str!("../assets/app.js");
}

/// Errors of the web front end.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// The address could not be bound or served.
    #[error("cannot serve on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// The engine failed.
    #[error(transparent)]
    Engine(#[from] projector_engine::Error),
    /// Writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// The routes of the page and its API, every one behind [`auth::check`].
pub fn router(state: Arc<State>) -> Router {
    Router::new()
        .route("/", get(api::index))
        .route("/app.js", get(api::app_js))
        .route("/api/meta", get(api::meta))
        .route("/api/status", get(api::status))
        .route("/api/positions", get(api::positions))
        .route("/api/color", get(api::color))
        .route("/api/search", get(api::search))
        .route("/api/row/{index}", get(api::row))
        .route("/api/image/{index}", get(api::image))
        .route("/api/neighbors/{index}", get(api::neighbors))
        .route(
            "/api/density",
            get(density::get)
                .post(density::post)
                .layer(axum::extract::DefaultBodyLimit::max(1 << 30)),
        )
        .route("/ws/run", get(runs::ws))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::check,
        ))
        .with_state(state)
}

/// Serves [`router`] on `listener` until the process ends.
pub async fn serve(listener: tokio::net::TcpListener, state: Arc<State>) -> std::io::Result<()> {
    axum::serve(listener, router(state)).await
}
