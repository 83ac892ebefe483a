//! `GET /api/density` and `POST /api/density`: density contours and cluster labels of a layout
//! (format in `web/API.md`), from the engine's one function,
//! [`projector_engine::density::analyze`] — what the window and `projector render
//! --contours --cluster-labels` draw. GET answers for the current layout (`/api/positions`);
//! POST for positions the page sends (a run of its own tab). The export carries the same JSON
//! for its layout ([`density_json`]).

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State as Extract};
use axum::http::{HeaderMap, StatusCode};
use projector_engine::density::{self, DensityParams, LabelSource};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::api::Refusal;
use crate::{Dataset, State, WebError};

/// `?color=` of `/api/density`: the column naming the clusters (default: the colour column).
#[derive(Deserialize)]
pub struct DensityQuery {
    color: Option<String>,
}

/// The density JSON of `positions` (`n × dims`, row-major, one row per embedded row of
/// `data`), clusters named from column `color` (the dataset's colour column when `None`;
/// an empty name: no labels). A 3-D layout answers `{"supported": false, "message": …}`.
pub fn density_json(
    data: &Dataset,
    positions: &[f32],
    dims: usize,
    color: Option<&str>,
) -> Result<Value, WebError> {
    if !density::supports(dims) {
        return Ok(json!({
            "dims": dims,
            "supported": false,
            "message": "density contours and cluster labels are 2-D only",
        }));
    }
    let name = match color {
        Some("") => None,
        Some(c) => Some(c),
        None => data.prepared.color.as_deref(),
    };
    let source =
        LabelSource::from_table(&data.prepared.table, name, &data.prepared.embedding.rows)?;
    let map = density::analyze(
        &data.compute,
        positions,
        dims,
        &source,
        &DensityParams::default(),
    )?;
    let contours: Vec<Value> = map
        .contours
        .iter()
        .map(|c| {
            let lines: Vec<Vec<f32>> = c
                .lines
                .iter()
                .map(|l| l.iter().flatten().copied().collect())
                .collect();
            json!({"level": c.level, "mass": c.mass, "lines": lines})
        })
        .collect();
    Ok(json!({
        "dims": dims,
        "supported": true,
        "color": name,
        "bandwidth": map.grid.geometry.bandwidth,
        "contours": contours,
        "clusters": map.clusters,
    }))
}

fn refusal(e: WebError) -> Refusal {
    match e {
        WebError::Engine(e) if e.is_input_error() => {
            Refusal(StatusCode::BAD_REQUEST, e.to_string())
        }
        e => Refusal(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

fn check_color(data: &Dataset, color: Option<&str>) -> Result<(), Refusal> {
    match color {
        Some(c) if !c.is_empty() && data.prepared.table.column(c).is_none() => {
            Err(Refusal(StatusCode::NOT_FOUND, format!("no column '{c}'")))
        }
        _ => Ok(()),
    }
}

async fn answer(
    state: Arc<State>,
    positions: Arc<Vec<f32>>,
    dims: usize,
    color: Option<String>,
) -> Result<Json<Value>, Refusal> {
    check_color(&state.data, color.as_deref())?;
    let data = state.data.clone();
    tokio::task::spawn_blocking(move || density_json(&data, &positions, dims, color.as_deref()))
        .await
        .map_err(|e| Refusal(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
        .map(Json)
        .map_err(refusal)
}

/// `GET /api/density?color=COL`: contours and labels of the current layout; 409 while not
/// ready.
pub async fn get(
    Extract(state): Extract<Arc<State>>,
    Query(q): Query<DensityQuery>,
) -> Result<Json<Value>, Refusal> {
    let (positions, dims) = {
        let l = state.read_layout();
        match l.positions.clone() {
            Some(p) => (p, l.dims),
            None => {
                return Err(Refusal(
                    StatusCode::CONFLICT,
                    format!("the layout is not ready ({})", l.stage),
                ));
            }
        }
    };
    answer(state, positions, dims, q.color).await
}

/// `POST /api/density?color=COL`: the same for the positions in the body (f32 LE, `n × dims`,
/// header `X-Dims`, default 2).
pub async fn post(
    Extract(state): Extract<Arc<State>>,
    Query(q): Query<DensityQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Value>, Refusal> {
    let bad = |m: String| Refusal(StatusCode::BAD_REQUEST, m);
    let dims: usize = match headers.get("x-dims") {
        Some(v) => v
            .to_str()
            .ok()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| bad("X-Dims must be 2 or 3".into()))?,
        None => 2,
    };
    let n = state.data.n();
    if !(dims == 2 || dims == 3) || body.len() != n * dims * 4 {
        return Err(bad(format!(
            "the body must hold {n} × {dims} f32 values ({} bytes), not {} bytes",
            n * dims * 4,
            body.len()
        )));
    }
    let positions: Vec<f32> = body
        .chunks_exact(4)
        .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect();
    answer(state, Arc::new(positions), dims, q.color).await
}
