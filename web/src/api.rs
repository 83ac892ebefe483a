//! The page's data: metadata, the layout, colours, search, row fields, images and neighbours
//! (formats in `web/API.md`). Arrays travel as little-endian binary, never JSON lists of
//! points, so a million rows load in seconds.

use std::sync::Arc;

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, Query, State as Extract};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use projector_engine::pipeline::Algo;
use projector_engine::row::{self, RowImage};
use projector_engine::{ColumnData, ColumnKind, EmbeddingSpec, params};
use rayon::prelude::*;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::{Dataset, State, assets};

type Shared = Extract<Arc<State>>;

/// An answer that is not 200: status and a plain-text reason.
pub struct Refusal(pub(crate) StatusCode, pub(crate) String);

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        (self.0, self.1).into_response()
    }
}

fn not_found(what: String) -> Refusal {
    Refusal(StatusCode::NOT_FOUND, what)
}

fn binary(bytes: Vec<u8>) -> Response {
    ([(header::CONTENT_TYPE, "application/octet-stream")], bytes).into_response()
}

/// `GET /`: the page.
pub async fn index() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        assets::INDEX_HTML,
    )
        .into_response()
}

/// `GET /app.js`: the bundle.
pub async fn app_js() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        assets::APP_JS,
    )
        .into_response()
}

/// The metadata of `data` (`/api/meta`; also embedded by the HTML export).
pub fn meta_of(data: &Dataset) -> Value {
    let table = &data.prepared.table;
    let columns: Vec<Value> = table
        .columns()
        .iter()
        .map(|c| {
            let kind = if table.is_categorical(c) {
                "categorical"
            } else {
                match table.kind(c) {
                    ColumnKind::Vector(_) => "vector",
                    ColumnKind::Numeric => "numeric",
                    ColumnKind::Image => "image",
                    _ => "text",
                }
            };
            let mut v = json!({"name": c.name, "kind": kind});
            if let ColumnData::Vector { dim, .. } = &c.data {
                v["dims"] = json!(dim);
            }
            if kind == "categorical"
                && let Ok(Some(l)) = table.labels(&c.name, &data.prepared.embedding.rows)
            {
                v["classes"] = json!(l.classes.len());
            }
            v
        })
        .collect();
    let (kind, cols) = match &data.prepared.spec {
        EmbeddingSpec::Vector(c) => ("vector", vec![c.clone()]),
        EmbeddingSpec::Numeric(c) => ("numeric", c.clone()),
    };
    let of_kind = |want: fn(&ColumnData) -> bool| -> Vec<&str> {
        table
            .columns()
            .iter()
            .filter(|c| want(&c.data))
            .map(|c| c.name.as_str())
            .collect()
    };
    json!({
        "source": data.source,
        "rows": data.n(),
        "columns": columns,
        "embedding": {"kind": kind, "columns": cols, "dims": data.prepared.embedding.data.ncols()},
        "embeddable": {
            "vector": of_kind(|d| matches!(d, ColumnData::Vector { .. })),
            "numeric": of_kind(|d| matches!(d, ColumnData::Numeric(_))),
        },
        "color": data.prepared.color,
        "searchable": of_kind(|d| matches!(d, ColumnData::Text(_) | ColumnData::Numeric(_))),
        "has_images": row::has_images(table),
        "algos": Algo::ALL.iter().map(|a| json!({"id": a.id(), "name": a.name()})).collect::<Vec<_>>(),
        "algo": data.settings.algo.id(),
        "dims": data.settings.dims(),
        "params": params::describe_all(),
        "values": data.settings.values(),
    })
}

/// `GET /api/meta`.
pub async fn meta(Extract(state): Shared) -> Json<Value> {
    Json(meta_of(&state.data))
}

/// `GET /api/status`: how far the first layout is.
pub async fn status(Extract(state): Shared) -> Json<Value> {
    let l = state.read_layout();
    Json(json!({
        "state": l.state, "stage": l.stage, "done": l.done, "total": l.total,
        "error": l.error, "layout": l.name, "dims": l.dims, "version": l.version,
    }))
}

/// `GET /api/positions`: the layout as f32 LE, `n × dims`.
pub async fn positions(Extract(state): Shared) -> Result<Response, Refusal> {
    let l = state.read_layout();
    let Some(p) = l.positions.clone() else {
        return Err(Refusal(
            StatusCode::CONFLICT,
            format!("the layout is not ready ({})", l.stage),
        ));
    };
    let dims = l.dims;
    drop(l);
    let mut res = binary(f32_bytes(&p));
    if let Ok(v) = dims.to_string().parse() {
        res.headers_mut().insert("x-dims", v);
    }
    Ok(res)
}

pub(crate) fn f32_bytes(v: &[f32]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_le_bytes()).collect()
}

/// `?name=` of `/api/color`.
#[derive(Deserialize)]
pub struct ColorQuery {
    name: String,
}

/// The `/api/color` body for column `name`: header length, JSON header, padding, values.
pub fn color_body(data: &Dataset, name: &str) -> Result<Vec<u8>, Refusal> {
    let table = &data.prepared.table;
    let rows = &data.prepared.embedding.rows;
    let c = table
        .column(name)
        .ok_or_else(|| not_found(format!("no column '{name}'")))?;
    let (head, values): (Value, Vec<u8>) = if table.is_categorical(c) {
        let l = table
            .labels(name, rows)
            .ok()
            .flatten()
            .ok_or_else(|| not_found(format!("'{name}' has no classes")))?;
        (
            json!({"kind": "categorical", "classes": l.classes}),
            l.codes.iter().flat_map(|c| c.to_le_bytes()).collect(),
        )
    } else if let ColumnData::Numeric(v) = &c.data {
        let sel: Vec<f32> = rows.iter().map(|&r| v[r] as f32).collect();
        let finite = sel.iter().copied().filter(|x| x.is_finite());
        let (lo, hi) = finite.fold((f32::MAX, f32::MIN), |(a, b), x| (a.min(x), b.max(x)));
        // The engine's scale, so the page colours as the window and `render` do.
        let scale = projector_engine::color_scale::Scale::choose(&sel);
        (
            json!({"kind": "numeric", "min": lo, "max": hi, "scale": scale}),
            f32_bytes(&sel),
        )
    } else {
        return Err(Refusal(
            StatusCode::BAD_REQUEST,
            format!("'{name}' is neither categorical nor numeric"),
        ));
    };
    let head = head.to_string().into_bytes();
    let mut out = (head.len() as u32).to_le_bytes().to_vec();
    out.extend_from_slice(&head);
    while !out.len().is_multiple_of(4) {
        out.push(0);
    }
    out.extend(values);
    Ok(out)
}

/// `GET /api/color?name=COL`.
pub async fn color(
    Extract(state): Shared,
    Query(q): Query<ColorQuery>,
) -> Result<Response, Refusal> {
    Ok(binary(color_body(&state.data, &q.name)?))
}

/// `?q=` of `/api/search`.
#[derive(Deserialize)]
pub struct SearchQuery {
    q: String,
}

/// `GET /api/search?q=TEXT`: u32 indices of the rows whose text or categorical cells contain
/// TEXT, case-insensitively.
pub async fn search(Extract(state): Shared, Query(q): Query<SearchQuery>) -> Response {
    let needle = q.q.to_lowercase();
    let data = state.data.clone();
    let hits = tokio::task::spawn_blocking(move || {
        let table = &data.prepared.table;
        let cols: Vec<_> = table
            .columns()
            .iter()
            .filter(|c| matches!(c.data, ColumnData::Text(_)) || table.is_categorical(c))
            .collect();
        let rows = &data.prepared.embedding.rows;
        (0..rows.len())
            .into_par_iter()
            .filter(|&i| {
                !needle.is_empty()
                    && cols.iter().any(|c| match &c.data {
                        ColumnData::Text(v) => v[rows[i]].to_lowercase().contains(&needle),
                        ColumnData::Numeric(v) => v[rows[i]].to_string().contains(&needle),
                        _ => false,
                    })
            })
            .map(|i| i as u32)
            .collect::<Vec<u32>>()
    })
    .await
    .unwrap_or_default();
    binary(hits.iter().flat_map(|i| i.to_le_bytes()).collect())
}

fn table_row(data: &Dataset, index: usize) -> Result<usize, Refusal> {
    data.prepared
        .embedding
        .rows
        .get(index)
        .copied()
        .ok_or_else(|| not_found(format!("no row {index} (there are {})", data.n())))
}

/// The `/api/row/I` document.
pub fn row_doc(data: &Dataset, index: usize) -> Result<Value, Refusal> {
    let r = table_row(data, index)?;
    let table = &data.prepared.table;
    Ok(json!({
        "fields": row::fields(table, r, 24),
        "image": row::image(table, r).is_some(),
    }))
}

/// `GET /api/row/I`.
pub async fn row(Extract(state): Shared, Path(index): Path<usize>) -> Result<Json<Value>, Refusal> {
    Ok(Json(row_doc(&state.data, index)?))
}

/// The image of embedded row `index` as (MIME type, bytes): stored bytes as they are, files
/// read (the path comes from the table, never from the request), pixel columns as PNG.
pub fn image_bytes(data: &Dataset, index: usize) -> Result<(&'static str, Vec<u8>), Refusal> {
    let r = table_row(data, index)?;
    let none = || not_found(format!("row {index} has no image"));
    match row::image(&data.prepared.table, r).ok_or_else(none)? {
        RowImage::Encoded(b) => Ok((sniff(b), b.to_vec())),
        RowImage::File(p) => {
            let b = std::fs::read(p).map_err(|_| none())?;
            Ok((sniff(&b), b))
        }
        RowImage::Pixels {
            width,
            height,
            grey,
        } => {
            let img =
                image::GrayImage::from_raw(width as u32, height as u32, grey).ok_or_else(none)?;
            let mut out = std::io::Cursor::new(Vec::new());
            img.write_to(&mut out, image::ImageFormat::Png)
                .map_err(|e| Refusal(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
            Ok(("image/png", out.into_inner()))
        }
    }
}

fn sniff(b: &[u8]) -> &'static str {
    match b {
        [0x89, b'P', b'N', b'G', ..] => "image/png",
        [0xFF, 0xD8, ..] => "image/jpeg",
        [
            b'R',
            b'I',
            b'F',
            b'F',
            _,
            _,
            _,
            _,
            b'W',
            b'E',
            b'B',
            b'P',
            ..,
        ] => "image/webp",
        [b'G', b'I', b'F', ..] => "image/gif",
        _ => "application/octet-stream",
    }
}

/// `GET /api/image/I`.
pub async fn image(Extract(state): Shared, Path(index): Path<usize>) -> Result<Response, Refusal> {
    let data = state.data.clone();
    let (mime, bytes) = tokio::task::spawn_blocking(move || image_bytes(&data, index))
        .await
        .map_err(|e| Refusal(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))??;
    Ok((
        [
            (header::CONTENT_TYPE, mime),
            (header::CACHE_CONTROL, "private, max-age=3600"),
        ],
        Body::from(bytes),
    )
        .into_response())
}

/// `?k=` of `/api/neighbors`.
#[derive(Deserialize)]
pub struct NeighborsQuery {
    k: Option<usize>,
}

/// The `k` nearest rows of embedded row `index` in the original space, nearest first
/// (squared distances in f64, ties by index), as `[{"index", "distance"}]`.
pub fn neighbors_of(data: &Dataset, index: usize, k: usize) -> Result<Value, Refusal> {
    table_row(data, index)?;
    let x = data.prepared.embedding.data.view();
    let q = x.row(index);
    let mut d: Vec<(f64, usize)> = (0..x.nrows())
        .into_par_iter()
        .filter(|&j| j != index)
        .map(|j| {
            let s: f64 = q
                .iter()
                .zip(x.row(j).iter())
                .map(|(a, b)| {
                    let t = f64::from(*a) - f64::from(*b);
                    t * t
                })
                .sum();
            (s, j)
        })
        .collect();
    let k = k.min(d.len());
    if k == 0 {
        return Ok(json!([]));
    }
    let cmp = |a: &(f64, usize), b: &(f64, usize)| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1));
    d.select_nth_unstable_by(k - 1, cmp);
    d.truncate(k);
    d.sort_by(cmp);
    Ok(Value::Array(
        d.into_iter()
            .map(|(s, j)| json!({"index": j, "distance": s.sqrt()}))
            .collect(),
    ))
}

/// `GET /api/neighbors/I?k=10` (k at most 1000).
pub async fn neighbors(
    Extract(state): Shared,
    Path(index): Path<usize>,
    Query(q): Query<NeighborsQuery>,
) -> Result<Json<Value>, Refusal> {
    let k = q.k.unwrap_or(10);
    if k > 1000 {
        return Err(Refusal(
            StatusCode::BAD_REQUEST,
            format!("k = {k}: at most 1000 neighbours"),
        ));
    }
    let data = state.data.clone();
    let v = tokio::task::spawn_blocking(move || neighbors_of(&data, index, k))
        .await
        .map_err(|e| Refusal(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))??;
    Ok(Json(v))
}
