//! The server's answers, through the router itself (no socket): tokens, the Host check, what the
//! page's requests return, and that bad requests get a 4xx while the server keeps serving.

mod common;

use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode, header};
use projector_engine::pipeline::{Algo, Settings};
use projector_web::{State, router};
use tower::ServiceExt;

const PORT: u16 = 8050;

fn digits_state(algo: Algo) -> Arc<State> {
    let mut settings = Settings::new(algo);
    settings.umap.epochs = Some(30);
    Arc::new(State::new(
        common::digits(settings),
        "127.0.0.1".parse().unwrap(),
        PORT,
    ))
}

async fn get(
    state: &Arc<State>,
    uri: &str,
    host: &str,
    cookie: Option<&str>,
) -> (StatusCode, Vec<u8>, axum::http::HeaderMap) {
    let mut req = Request::get(uri).header(header::HOST, host);
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    let res = router(state.clone())
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = to_bytes(res.into_body(), 64 << 20).await.unwrap().to_vec();
    (status, body, headers)
}

fn ok_host() -> String {
    format!("localhost:{PORT}")
}

#[tokio::test]
async fn a_missing_or_wrong_token_or_a_foreign_host_is_refused() {
    let s = digits_state(Algo::Pca);
    for uri in ["/", "/api/meta", "/api/row/0", "/api/image/0", "/ws/run"] {
        let (st, _, _) = get(&s, uri, &ok_host(), None).await;
        assert_eq!(st, StatusCode::FORBIDDEN, "{uri} without a token");
        let (st, _, _) = get(&s, &format!("{uri}?token=wrong"), &ok_host(), None).await;
        assert_eq!(st, StatusCode::FORBIDDEN, "{uri} with a wrong token");
        let bad_cookie = format!("{}=nope", s.cookie_name());
        let (st, _, _) = get(&s, uri, &ok_host(), Some(&bad_cookie)).await;
        assert_eq!(st, StatusCode::FORBIDDEN, "{uri} with a wrong cookie");
    }
    // The right token with a Host another name resolves to (DNS rebinding): refused.
    for host in ["evil.example:8050", "localhost:9999", "10.0.0.5:8050", ""] {
        let (st, _, _) = get(&s, &format!("/api/meta?token={}", s.token), host, None).await;
        assert_eq!(st, StatusCode::FORBIDDEN, "Host {host:?}");
    }
    // The right token from another site's page (its Origin): refused.
    let req = Request::get(format!("/api/meta?token={}", s.token))
        .header(header::HOST, ok_host())
        .header(header::ORIGIN, "http://evil.example")
        .body(Body::empty())
        .unwrap();
    let res = router(s.clone()).oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let req = Request::get(format!("/api/meta?token={}", s.token))
        .header(header::HOST, ok_host())
        .header(header::ORIGIN, format!("http://{}", ok_host()))
        .body(Body::empty())
        .unwrap();
    let res = router(s.clone()).oneshot(req).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    // The right token: the page, and a cookie that then stands for it.
    let (st, body, headers) = get(&s, &format!("/?token={}", s.token), &ok_host(), None).await;
    assert_eq!(st, StatusCode::OK);
    assert!(String::from_utf8_lossy(&body).contains("<script"));
    let set = headers[header::SET_COOKIE].to_str().unwrap().to_string();
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Strict"),
        "{set}"
    );
    let cookie = set.split(';').next().unwrap().to_string();
    let (st, _, _) = get(&s, "/api/meta", "127.0.0.1:8050", Some(&cookie)).await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(s.token.len(), 64);
    // Bound to every interface, any Host name reaches it, and the token is still required.
    let open = Arc::new(State::new(
        common::digits(Settings::default()),
        "0.0.0.0".parse().unwrap(),
        PORT,
    ));
    let (st, _, _) = get(&open, "/api/meta", "gpu-box.example:8050", None).await;
    assert_eq!(st, StatusCode::FORBIDDEN, "no token off loopback");
    let (st, _, _) = get(&open, "/api/meta?token=wrong", "10.1.2.3:8050", None).await;
    assert_eq!(st, StatusCode::FORBIDDEN, "a wrong token off loopback");
    let (st, _, _) = get(
        &open,
        &format!("/api/meta?token={}", open.token),
        "10.1.2.3:8050",
        None,
    )
    .await;
    assert_eq!(st, StatusCode::OK);
    assert_ne!(s.token, digits_state(Algo::Pca).token, "tokens are random");
}

#[tokio::test]
async fn the_page_gets_meta_layout_colours_rows_images_and_neighbours() {
    let s = digits_state(Algo::Umap);
    s.start_initial();
    common::wait_ready(&s, &format!("localhost:{PORT}")).await;
    let t = format!("token={}", s.token);
    let (_, body, _) = get(&s, &format!("/api/meta?{t}"), &ok_host(), None).await;
    let meta: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(meta["rows"], 1797);
    assert_eq!(meta["color"], "target");
    assert_eq!(meta["algo"], "umap");
    assert_eq!(meta["has_images"], true);
    assert_eq!(meta["params"]["umap"][0]["name"], "neighbors");
    assert_eq!(meta["values"]["umap"]["epochs"], 30);

    let (st, pos, headers) = get(&s, &format!("/api/positions?{t}"), &ok_host(), None).await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(headers["x-dims"], "2");
    assert_eq!(pos.len(), 1797 * 2 * 4);
    let xs: Vec<f32> = pos
        .chunks_exact(4)
        .map(|b| f32::from_le_bytes(b.try_into().unwrap()))
        .collect();
    assert!(xs.iter().all(|v| v.is_finite()));

    let (_, c, _) = get(&s, &format!("/api/color?name=target&{t}"), &ok_host(), None).await;
    let len = u32::from_le_bytes(c[..4].try_into().unwrap()) as usize;
    let head: serde_json::Value = serde_json::from_slice(&c[4..4 + len]).unwrap();
    assert_eq!(head["kind"], "categorical");
    assert_eq!(head["classes"].as_array().unwrap().len(), 10);
    let start = (4 + len).div_ceil(4) * 4;
    assert_eq!(c.len() - start, 1797 * 4);
    let (st, _, _) = get(&s, &format!("/api/color?name=nope&{t}"), &ok_host(), None).await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    let (_, c, _) = get(
        &s,
        &format!("/api/color?name=pixel_3_3&{t}"),
        &ok_host(),
        None,
    )
    .await;
    let len = u32::from_le_bytes(c[..4].try_into().unwrap()) as usize;
    let head: serde_json::Value = serde_json::from_slice(&c[4..4 + len]).unwrap();
    assert_eq!(head["kind"], "numeric");

    let (_, row, _) = get(&s, &format!("/api/row/5?{t}"), &ok_host(), None).await;
    let row: serde_json::Value = serde_json::from_slice(&row).unwrap();
    assert_eq!(row["fields"][1][0], "target");
    assert_eq!(row["image"], true);
    let (st, png, headers) = get(&s, &format!("/api/image/5?{t}"), &ok_host(), None).await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "image/png");
    let img = image::load_from_memory(&png).unwrap();
    assert_eq!((img.width(), img.height()), (8, 8));

    let (_, nb, _) = get(&s, &format!("/api/neighbors/5?k=4&{t}"), &ok_host(), None).await;
    let nb: serde_json::Value = serde_json::from_slice(&nb).unwrap();
    let list = nb.as_array().unwrap();
    assert_eq!(list.len(), 4);
    let d: Vec<f64> = list
        .iter()
        .map(|v| v["distance"].as_f64().unwrap())
        .collect();
    assert!(d.windows(2).all(|w| w[0] <= w[1]), "{d:?}");
    assert!(list.iter().all(|v| v["index"] != 5));

    let (_, hits, _) = get(&s, &format!("/api/search?q=7&{t}"), &ok_host(), None).await;
    let hits: Vec<u32> = hits
        .chunks_exact(4)
        .map(|b| u32::from_le_bytes(b.try_into().unwrap()))
        .collect();
    assert!(hits.len() >= 179, "{} rows match 7", hits.len());
}

#[tokio::test]
async fn bad_requests_get_a_4xx_and_the_server_keeps_serving() {
    let s = digits_state(Algo::Pca);
    let t = format!("token={}", s.token);
    for (uri, want) in [
        ("/api/row/1797", StatusCode::NOT_FOUND),
        ("/api/row/-1", StatusCode::BAD_REQUEST),
        ("/api/row/abc", StatusCode::BAD_REQUEST),
        ("/api/row/99999999999999999999999", StatusCode::BAD_REQUEST),
        // Images go by row index only: a path is not an index.
        ("/api/image/..%2F..%2Fetc%2Fpasswd", StatusCode::BAD_REQUEST),
        ("/api/image/1797", StatusCode::NOT_FOUND),
        ("/api/neighbors/3?k=100000", StatusCode::BAD_REQUEST),
        ("/api/neighbors/3?k=x", StatusCode::BAD_REQUEST),
        ("/api/color", StatusCode::BAD_REQUEST),
        ("/api/nothing", StatusCode::NOT_FOUND),
        ("/ws/run", StatusCode::BAD_REQUEST),
    ] {
        let (st, _, _) = get(
            &s,
            &format!("{uri}{}{t}", if uri.contains('?') { '&' } else { '?' }),
            &ok_host(),
            None,
        )
        .await;
        assert_eq!(st, want, "{uri}");
    }
    let (st, _, _) = get(&s, &format!("/api/row/0?{t}"), &ok_host(), None).await;
    assert_eq!(st, StatusCode::OK);
}

/// Sends raw bytes to the server on a real socket; the status line of the answer.
async fn raw(addr: std::net::SocketAddr, request: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut sock = tokio::net::TcpStream::connect(addr).await.unwrap();
    let _ = sock.write_all(request).await;
    let mut buf = vec![0u8; 4096];
    let n = tokio::time::timeout(Duration::from_secs(10), sock.read(&mut buf))
        .await
        .map_or(0, |r| r.unwrap_or(0));
    String::from_utf8_lossy(&buf[..n])
        .lines()
        .next()
        .unwrap_or("")
        .to_string()
}

#[tokio::test]
async fn oversized_and_malformed_requests_on_a_socket_get_a_4xx() {
    let (s, addr) = common::serve_digits().await;
    let host = format!("127.0.0.1:{}", addr.port());
    let huge = format!(
        "GET /api/meta?token={} HTTP/1.1\r\nHost: {host}\r\nX-Pad: {}\r\n\r\n",
        s.token,
        "a".repeat(1 << 20)
    );
    let line = raw(addr, huge.as_bytes()).await;
    assert!(
        line.contains(" 431") || line.contains(" 400") || line.contains(" 413"),
        "{line:?}"
    );
    let line = raw(addr, b"NOT HTTP AT ALL\r\n\r\n").await;
    assert!(line.contains(" 400") || line.is_empty(), "{line:?}");
    let ok = format!(
        "GET /api/row/3?token={} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n",
        s.token
    );
    assert!(
        raw(addr, ok.as_bytes()).await.contains(" 200"),
        "still serving"
    );
}
