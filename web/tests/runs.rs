//! Runs over the page's WebSocket, on a real socket: progress, live frames and quality; Stop;
//! a closed tab stopping its run; a second tab's run waiting in the queue.

use std::sync::Arc;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
mod common;

use projector_web::State;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn server() -> (Arc<State>, std::net::SocketAddr) {
    common::serve_digits().await
}

async fn connect(s: &State, addr: std::net::SocketAddr) -> Socket {
    let mut req = format!("ws://{addr}/ws/run").into_client_request().unwrap();
    req.headers_mut().insert(
        "cookie",
        format!("{}={}", s.cookie_name(), s.token).parse().unwrap(),
    );
    tokio_tungstenite::connect_async(req).await.unwrap().0
}

async fn send(ws: &mut Socket, v: serde_json::Value) {
    ws.send(Message::Text(v.to_string().into())).await.unwrap();
}

/// Messages until one of type `until` (text ones parsed), with the binary frames counted.
async fn read_until(ws: &mut Socket, until: &str) -> (Vec<serde_json::Value>, usize) {
    let mut texts = Vec::new();
    let mut frames = 0;
    loop {
        let m = tokio::time::timeout(Duration::from_secs(300), ws.next())
            .await
            .expect("a message within 300 s")
            .expect("the socket stays open")
            .unwrap();
        match m {
            Message::Binary(b) => {
                let dims = u32::from_le_bytes(b[..4].try_into().unwrap()) as usize;
                assert_eq!(b.len(), 8 + 1797 * dims * 4);
                frames += 1;
            }
            Message::Text(t) => {
                let v: serde_json::Value = serde_json::from_str(&t).unwrap();
                let done = v["type"] == until;
                texts.push(v);
                if done {
                    return (texts, frames);
                }
            }
            _ => {}
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_streams_frames_and_ends_with_quality() {
    let (s, addr) = server().await;
    let mut ws = connect(&s, addr).await;
    send(
        &mut ws,
        serde_json::json!({"type": "run", "algo": "tsne",
            "params": {"tsne": {"iterations": "300", "perplexity": "20"}, "layout": {"seed": "3"}}}),
    )
    .await;
    let (texts, frames) = read_until(&mut ws, "done").await;
    assert!(frames >= 2, "{frames} frames");
    let done = texts.last().unwrap();
    assert_eq!(done["completed"], true, "{done}");
    assert_eq!(done["iterations"], 300);
    assert!(
        done["quality"]["trustworthiness"].as_f64().unwrap() > 0.9,
        "{done}"
    );
    assert!(
        done["quality"]["knn_accuracy"].as_f64().unwrap() > 0.9,
        "{done}"
    );
    assert!(
        texts.iter().any(|t| t["type"] == "loss"),
        "t-SNE reports its KL divergence"
    );
    assert!(texts.iter().any(|t| t["type"] == "progress"));

    // Bad parameters are an error message, and the socket keeps working.
    send(
        &mut ws,
        serde_json::json!({"type": "run", "algo": "umap", "params": {"umap": {"min_dist": "-1"}}}),
    )
    .await;
    let (texts, _) = read_until(&mut ws, "error").await;
    assert!(
        texts.last().unwrap()["message"]
            .as_str()
            .unwrap()
            .contains("min-dist")
    );
    send(&mut ws, serde_json::json!({"type": "run", "algo": "lda"})).await;
    let (texts, _) = read_until(&mut ws, "error").await;
    assert!(
        texts.last().unwrap()["message"]
            .as_str()
            .unwrap()
            .contains("lda")
    );
    ws.send(Message::Text("{not json".into())).await.unwrap();
    read_until(&mut ws, "error").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stop_a_closed_tab_and_the_queue() {
    let (s, addr) = server().await;
    let long = serde_json::json!({"type": "run", "algo": "tsne",
        "params": {"tsne": {"iterations": "100000"}}});
    // Tab A runs; tab B queues behind it and is told so.
    let mut a = connect(&s, addr).await;
    send(&mut a, long.clone()).await;
    read_until(&mut a, "progress").await;
    let mut b = connect(&s, addr).await;
    send(&mut b, serde_json::json!({"type": "run", "algo": "pca"})).await;
    let (texts, _) = read_until(&mut b, "queued").await;
    assert!(texts.last().unwrap()["ahead"].as_u64().unwrap() >= 1);
    // Stop A: it ends, not completed; B then runs to the end.
    send(&mut a, serde_json::json!({"type": "stop"})).await;
    let (texts, _) = read_until(&mut a, "done").await;
    assert_eq!(texts.last().unwrap()["completed"], false);
    let (texts, frames) = read_until(&mut b, "done").await;
    assert_eq!(texts.last().unwrap()["completed"], true);
    assert!(frames >= 1);
    // A tab that closes mid-run frees the engine for the next.
    send(&mut a, long).await;
    read_until(&mut a, "progress").await;
    drop(a);
    let mut c = connect(&s, addr).await;
    send(&mut c, serde_json::json!({"type": "run", "algo": "pca"})).await;
    let (texts, _) = read_until(&mut c, "done").await;
    assert_eq!(texts.last().unwrap()["completed"], true);
}
