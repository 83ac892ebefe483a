//! `/api/density` through the router: contours and labelled clusters of the current layout
//! (GET) and of positions the page sends (POST), and the export carries them.

mod common;

use std::sync::Arc;

use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode, header};
use projector_engine::pipeline::{Algo, Settings};
use projector_web::{State, router};
use tower::ServiceExt;

const PORT: u16 = 8050;

async fn send(state: &Arc<State>, req: Request<Body>) -> (StatusCode, Vec<u8>) {
    let res = router(state.clone()).oneshot(req).await.unwrap();
    let status = res.status();
    (
        status,
        to_bytes(res.into_body(), 64 << 20).await.unwrap().to_vec(),
    )
}

fn get(state: &Arc<State>, path: &str) -> Request<Body> {
    let sep = if path.contains('?') { '&' } else { '?' };
    Request::get(format!("{path}{sep}token={}", state.token))
        .header(header::HOST, format!("localhost:{PORT}"))
        .body(Body::empty())
        .unwrap()
}

#[tokio::test]
async fn density_of_the_digits_umap_names_the_digit_clusters() {
    let s = Arc::new(State::new(
        common::digits(Settings::new(Algo::Umap)),
        "127.0.0.1".parse().unwrap(),
        PORT,
    ));
    s.start_initial();
    common::wait_ready(&s, &format!("localhost:{PORT}")).await;
    let (st, body) = send(&s, get(&s, "/api/density")).await;
    assert_eq!(st, StatusCode::OK, "{}", String::from_utf8_lossy(&body));
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(v["supported"], true);
    assert_eq!(v["color"], "target");
    let contours = v["contours"].as_array().unwrap();
    assert!(!contours.is_empty());
    assert!(contours[0]["lines"][0].as_array().unwrap().len() >= 8);
    let labels: std::collections::BTreeSet<String> = v["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["label"].as_str().map(str::to_string))
        .collect();
    let digits = (0..10).filter(|d| labels.contains(&d.to_string())).count();
    assert!(digits >= 9, "labels {labels:?}");

    // POST: the same for positions sent by the page (here the layout itself, shifted).
    let (_, pos) = send(&s, get(&s, "/api/positions")).await;
    let shifted: Vec<u8> = pos
        .chunks_exact(4)
        .flat_map(|b| (f32::from_le_bytes(b.try_into().unwrap()) + 100.0).to_le_bytes())
        .collect();
    let post = |body: Vec<u8>, dims: &str, q: &str| {
        Request::post(format!("/api/density?token={}{q}", s.token))
            .header(header::HOST, format!("localhost:{PORT}"))
            .header("x-dims", dims)
            .body(Body::from(body))
            .unwrap()
    };
    let (st, body) = send(&s, post(shifted.clone(), "2", "")).await;
    assert_eq!(st, StatusCode::OK);
    let w: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(
        w["clusters"].as_array().unwrap().len(),
        v["clusters"].as_array().unwrap().len()
    );
    let (a, b) = (
        &v["clusters"][0]["centre"][0],
        &w["clusters"][0]["centre"][0],
    );
    assert!((b.as_f64().unwrap() - a.as_f64().unwrap() - 100.0).abs() < 0.01);
    // A wrong length or an unknown column is refused; a 3-D layout is 2-D only.
    let (st, _) = send(&s, post(shifted[..40].to_vec(), "2", "")).await;
    assert_eq!(st, StatusCode::BAD_REQUEST);
    let (st, _) = send(&s, get(&s, "/api/density?color=nope")).await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    let three = vec![0u8; 1797 * 3 * 4];
    let (st, body) = send(&s, post(three, "3", "")).await;
    assert_eq!(st, StatusCode::OK);
    let t: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(t["supported"], false);
    assert!(t["message"].as_str().unwrap().contains("2-D only"));

    // The export's payload carries the density of its layout.
    let coords = ndarray::Array2::from_shape_vec(
        (1797, 2),
        pos.chunks_exact(4)
            .map(|b| f32::from_le_bytes(b.try_into().unwrap()))
            .collect(),
    )
    .unwrap();
    let (doc, _) = projector_web::export::payload(&s.data, &coords, "UMAP", 64 << 20).unwrap();
    let summary = |v: &serde_json::Value| -> Vec<(serde_json::Value, serde_json::Value)> {
        v["clusters"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c["label"].clone(), c["points"].clone()))
            .collect()
    };
    assert_eq!(summary(&doc["density"]), summary(&v));
}
