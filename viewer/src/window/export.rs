//! The CSV export: the row id, the layout's coordinates and the colour column of every point.

use projector_engine::Value;

use super::state::Viewer;
use crate::ViewerError;

impl Viewer {
    pub(super) fn write_csv(&self, path: &std::path::Path) -> Result<(), ViewerError> {
        use std::io::Write;
        let io = |source: std::io::Error| ViewerError::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut f = std::io::BufWriter::new(std::fs::File::create(path).map_err(io)?);
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
        for (i, &r) in self.rows.iter().enumerate() {
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
        f.flush().map_err(io)
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
