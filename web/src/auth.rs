//! Who may use the server: the session token and the `Host` check.
//!
//! The token is 32 random bytes in hex, printed in the URL. The first request carries it as
//! `?token=…`; the answer sets it as an `HttpOnly`, `SameSite=Strict` cookie named after the
//! port (cookies are per host, not per port), which the page's `fetch` and WebSocket requests
//! then send. Any request without the right token gets 403, on loopback too. The `Host` header
//! must name the address served with its port (`localhost`, `127.0.0.1` or `[::1]` for
//! loopback), so a page on another origin that rebinds its DNS name to 127.0.0.1 cannot read
//! the answers; an `Origin` header, when a browser sends one, must name that same host.
//! Comparisons take the same time whatever the first differing byte.

use std::sync::Arc;

use axum::extract::{Request, State as Extract};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rand::RngCore;

use crate::State;

/// A fresh session token: 32 random bytes from `rand`'s thread generator (a CSPRNG seeded
/// by the OS), hex.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Equal strings, compared in time that depends on the length only.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The token a request carries: `?token=` first, else the cookie.
fn token_of<'a>(req: &'a Request, cookie: &str) -> Option<&'a str> {
    let from_query = req.uri().query().and_then(|q| {
        q.split('&')
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| *k == "token")
            .map(|(_, v)| v)
    });
    from_query.or_else(|| {
        req.headers()
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|kv| kv.trim().split_once('='))
            .find(|(k, _)| *k == cookie)
            .map(|(_, v)| v)
    })
}

/// The middleware: refuses a request with a foreign `Host` or without the token (403, plain
/// text saying which), and sets the cookie when the token came in the query.
pub async fn check(Extract(state): Extract<Arc<State>>, req: Request, next: Next) -> Response {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if !state.hosts.is_empty() && !state.hosts.iter().any(|h| h.eq_ignore_ascii_case(host)) {
        return (
            StatusCode::FORBIDDEN,
            format!("Host '{host}' is not the address served (DNS rebinding?)"),
        )
            .into_response();
    }
    // A browser names the page that sent a request in `Origin`: another site's page is refused
    // even if it holds the token (defence in depth for the WebSocket).
    if let Some(origin) = req
        .headers()
        .get(header::ORIGIN)
        .and_then(|o| o.to_str().ok())
        && origin != "null"
        && !origin
            .split_once("://")
            .is_some_and(|(_, rest)| rest.trim_end_matches('/').eq_ignore_ascii_case(host))
    {
        return (
            StatusCode::FORBIDDEN,
            format!("a page from {origin} may not use this projector"),
        )
            .into_response();
    }
    let cookie = state.cookie_name();
    let given = token_of(&req, &cookie).map(str::to_string);
    let from_query = req
        .uri()
        .query()
        .is_some_and(|q| q.split('&').any(|kv| kv.starts_with("token=")));
    match given {
        Some(t) if same(&t, &state.token) => {
            let mut res = next.run(req).await;
            if from_query
                && let Ok(v) = HeaderValue::from_str(&format!(
                    "{cookie}={}; HttpOnly; SameSite=Strict; Path=/",
                    state.token
                ))
            {
                res.headers_mut().append(header::SET_COOKIE, v);
            }
            res
        }
        _ => (
            StatusCode::FORBIDDEN,
            "this projector needs the token from the URL it printed (…/?token=…)",
        )
            .into_response(),
    }
}
