//! `projector export`: the page and its data in one self-contained HTML file.
//!
//! The served page's shell with the bundle inlined in place of `<script src="/app.js">`, and the
//! data in a `<script type="application/json" id="projector-data">` (format in `web/API.md`):
//! the metadata, the layout and the colour columns as base64 binary, then, while the size
//! budget lasts, each row's fields, its 10 nearest neighbours in the original space (from the
//! engine's k-NN graph) and its thumbnail. What the budget leaves out is listed in the file
//! (the page says so) and in the [`Report`].

use std::path::Path;

use base64::Engine;
use ndarray::Array2;
use projector_engine::knn::{self, Method, Metric};
use projector_engine::{ColumnData, NoProgress};
use serde_json::{Map, Value, json};

use crate::api::{color_body, f32_bytes, image_bytes, meta_of, row_doc};
use crate::{Dataset, WebError, assets};

/// Neighbours embedded per row.
pub const NEIGHBORS: usize = 10;
/// The default size budget of an export.
pub const DEFAULT_MAX_BYTES: usize = 64 << 20;

/// What an export holds and what it left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Size of the file.
    pub bytes: usize,
    /// Rows.
    pub rows: usize,
    /// Colour columns embedded.
    pub colors: usize,
    /// Rows whose fields are embedded.
    pub fields: usize,
    /// Rows whose neighbours are embedded.
    pub neighbors: usize,
    /// Rows whose image is embedded.
    pub images: usize,
    /// What the budget left out, in words.
    pub omitted: Vec<String>,
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The HTML of `data` shown with `coords` (its layout, made by `layout`), within `max_bytes`.
pub fn html(
    data: &Dataset,
    coords: &Array2<f32>,
    layout: &str,
    max_bytes: usize,
) -> Result<(String, Report), WebError> {
    let (doc, mut report) = payload(data, coords, layout, max_bytes)?;
    let html = page(&doc);
    report.bytes = html.len();
    Ok((html, report))
}

/// The page shell with the bundle inlined and `doc` (a [`payload`]) as its data.
pub fn page(doc: &Value) -> String {
    // `</` cannot close the script element inside JSON text.
    let json = doc.to_string().replace("</", "<\\/");
    page_shell().replacen(DATA_SLOT, &data_tag(&json), 1)
}

/// Where [`page_shell`] takes its data: replace it with the data's `<script>` element.
pub const DATA_SLOT: &str = "<!--projector-data-->";

/// The page shell with the bundle inlined and [`DATA_SLOT`] where the data goes (the notebook
/// widget fills it in the browser with the payload it receives over its comm channel).
pub fn page_shell() -> String {
    let script = format!(
        "<script>{}</script>",
        assets::APP_JS.replace("</script", "<\\/script")
    );
    assets::INDEX_HTML.replacen(
        "<script src=\"/app.js\"></script>",
        &format!("{DATA_SLOT}\n{script}"),
        1,
    )
}

fn data_tag(json: &str) -> String {
    format!("<script type=\"application/json\" id=\"projector-data\">{json}</script>")
}

/// The data of an exported page (format in `web/API.md`): metadata, layout and colour columns,
/// then fields, 10-NN and thumbnails while `max_bytes` lasts. [`Report::bytes`] counts the
/// payload's JSON text.
pub fn payload(
    data: &Dataset,
    coords: &Array2<f32>,
    layout: &str,
    max_bytes: usize,
) -> Result<(Value, Report), WebError> {
    let n = data.n();
    let mut meta = meta_of(data);
    meta["static"] = json!(true);
    meta["layout"] = json!(layout);
    meta["dims"] = json!(coords.ncols());
    let positions = b64(&f32_bytes(&coords.iter().copied().collect::<Vec<_>>()));
    let shell = assets::INDEX_HTML.len() + assets::APP_JS.len() + 4096;
    let mut used = shell + positions.len() + meta.to_string().len();
    let mut omitted = Vec::new();

    // Colours: the default column first, then the others while they take under half the budget.
    let mut colors = Map::new();
    let table = &data.prepared.table;
    let mut names: Vec<&str> = data.prepared.color.iter().map(String::as_str).collect();
    names.extend(
        table
            .columns()
            .iter()
            .filter(|c| {
                (table.is_categorical(c) || matches!(c.data, ColumnData::Numeric(_)))
                    && Some(&c.name) != data.prepared.color.as_ref()
            })
            .map(|c| c.name.as_str()),
    );
    let mut left_colors = 0;
    for (i, name) in names.iter().enumerate() {
        let Ok(body) = color_body(data, name) else {
            continue;
        };
        let text = b64(&body);
        if i > 0 && used + text.len() > max_bytes / 2 {
            left_colors += 1;
            continue;
        }
        used += text.len() + name.len() + 8;
        colors.insert(name.to_string(), Value::String(text));
    }
    if left_colors > 0 {
        omitted.push(format!("{left_colors} colour columns"));
    }

    // Neighbours in the original space, from the engine's k-NN graph, if they fit.
    let mut neighbors = Map::new();
    let per_row = NEIGHBORS * 40 + 16;
    if n > 1 && used + n * per_row < max_bytes {
        let g = knn::knn(
            &data.compute,
            &data.prepared.embedding,
            NEIGHBORS.min(n - 1),
            Metric::Euclidean,
            Method::Auto,
            &NoProgress,
        )?;
        for i in 0..n {
            let list: Vec<Value> = (0..g.k)
                .map(|j| {
                    json!({"index": g.indices[i * g.k + j], "distance": g.distances[i * g.k + j]})
                })
                .collect();
            let v = Value::Array(list);
            used += v.to_string().len() + 12;
            neighbors.insert(i.to_string(), v);
        }
    } else {
        omitted.push("nearest neighbours (the page finds them in the layout instead)".into());
    }

    // Fields, then thumbnails, row by row while the budget lasts.
    let mut rows = Map::new();
    for i in 0..n {
        let Ok(doc) = row_doc(data, i) else { break };
        let len = doc.to_string().len() + 12;
        if used + len > max_bytes {
            omitted.push(format!("the fields of {} rows", n - i));
            break;
        }
        used += len;
        rows.insert(i.to_string(), doc);
    }
    let mut images = Map::new();
    if projector_engine::row::has_images(table) {
        for i in 0..rows.len() {
            let Ok((mime, bytes)) = image_bytes(data, i) else {
                continue;
            };
            let url = format!("data:{mime};base64,{}", b64(&bytes));
            if used + url.len() > max_bytes {
                omitted.push(format!("the images of {} rows", rows.len() - i));
                break;
            }
            used += url.len() + 12;
            images.insert(i.to_string(), Value::String(url));
        }
    }
    let doc = json!({
        "meta": meta,
        "positions": positions,
        "dims": coords.ncols(),
        "colors": colors,
        "rows": rows,
        "images": images,
        "neighbors": neighbors,
        "density": crate::density::density_json(data, &coords.iter().copied().collect::<Vec<_>>(), coords.ncols(), None)?,
        "omitted": omitted.join("; "),
    });
    let report = Report {
        bytes: doc.to_string().len(),
        rows: n,
        colors: colors_len(&doc),
        fields: doc["rows"].as_object().map_or(0, Map::len),
        neighbors: doc["neighbors"].as_object().map_or(0, Map::len),
        images: doc["images"].as_object().map_or(0, Map::len),
        omitted,
    };
    Ok((doc, report))
}

fn colors_len(doc: &Value) -> usize {
    doc["colors"].as_object().map_or(0, Map::len)
}

/// Writes `html` to `path` atomically (a temporary file in its folder, renamed over it).
pub fn write(path: &Path, html: &str) -> Result<(), WebError> {
    use std::io::Write;
    let io = |source| WebError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
    tmp.write_all(html.as_bytes()).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}
