//! What the server tests share: the digits dataset, served on a real loopback socket.

use std::path::Path;
use std::sync::Arc;

use projector_engine::Compute;
use projector_engine::pipeline::{Settings, Source};
use projector_web::{Dataset, State};

/// The bundled digits as a dataset with `settings`, projected on the CPU.
pub fn digits(settings: Settings) -> Dataset {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/digits.csv");
    Dataset {
        prepared: Source::new(path).prepare().unwrap(),
        source: "digits.csv".into(),
        compute: Compute::Cpu,
        settings,
        coords: None,
        cache: None,
    }
}

/// The digits served on 127.0.0.1 at a free port (not every test binary uses it).
#[allow(dead_code)]
pub async fn serve_digits() -> (Arc<State>, std::net::SocketAddr) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let s = Arc::new(State::new(
        digits(Settings::default()),
        "127.0.0.1".parse().unwrap(),
        addr.port(),
    ));
    tokio::spawn(projector_web::serve(listener, s.clone()));
    (s, addr)
}

/// Polls `/api/status` through the router (with the session token and `Host: host`) until the
/// first layout is ready; fails when it failed or after 300 s.
#[allow(dead_code)]
pub async fn wait_ready(state: &Arc<State>, host: &str) {
    use axum::body::{Body, to_bytes};
    use axum::http::{Request, header};
    use tower::ServiceExt;
    let t = std::time::Instant::now();
    loop {
        let req = Request::get(format!("/api/status?token={}", state.token))
            .header(header::HOST, host)
            .body(Body::empty())
            .unwrap();
        let res = projector_web::router(state.clone())
            .oneshot(req)
            .await
            .unwrap();
        let body = to_bytes(res.into_body(), usize::MAX).await.unwrap();
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
        if v["state"] == "ready" {
            return;
        }
        assert_ne!(v["state"], "failed", "{v}");
        assert!(
            t.elapsed() < std::time::Duration::from_secs(300),
            "not ready: {v}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}
