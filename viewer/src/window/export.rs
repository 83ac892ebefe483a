//! The CSV export: the row id, the layout's coordinates and the colour column of every point,
//! or of the selection; written atomically (a temporary file renamed over the target).

use projector_engine::Value;

use super::state::Viewer;
use crate::ViewerError;

impl Viewer {
    /// Writes the points `only` names (all when `None`) to `path`.
    pub(super) fn write_csv(
        &self,
        path: &std::path::Path,
        only: Option<&[usize]>,
    ) -> Result<(), ViewerError> {
        use std::io::Write;
        let io = |source: std::io::Error| ViewerError::Io {
            path: path.to_path_buf(),
            source,
        };
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => std::path::Path::new("."),
        };
        let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
        let mut f = std::io::BufWriter::new(tmp.as_file_mut());
        let axes = ["x", "y", "z"];
        let color = self.color_column.clone();
        write!(f, "id").map_err(io)?;
        for a in axes.iter().take(self.dims) {
            write!(f, ",{a}").map_err(io)?;
        }
        if let Some(c) = &color {
            write!(f, ",{}", csv_field(c)).map_err(io)?;
        }
        writeln!(f).map_err(io)?;
        let all: Vec<usize>;
        let points = match only {
            Some(p) => p,
            None => {
                all = (0..self.rows.len()).collect();
                &all
            }
        };
        for &i in points {
            let r = self.rows[i];
            write!(f, "{r}").map_err(io)?;
            for d in 0..self.dims {
                write!(f, ",{}", self.coords[[i, d]]).map_err(io)?;
            }
            if let Some(c) = &color {
                let v = match self.table.column(c).and_then(|col| col.data.get(r)) {
                    Some(Value::Number(x)) => x.to_string(),
                    Some(Value::Text(s)) => s,
                    _ => String::new(),
                };
                write!(f, ",{}", csv_field(&v)).map_err(io)?;
            }
            writeln!(f).map_err(io)?;
        }
        f.flush().map_err(io)?;
        drop(f);
        tmp.as_file().sync_all().map_err(io)?;
        tmp.persist(path).map_err(|e| io(e.error))?;
        Ok(())
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
