//! Text columns of image file names become image columns.
//!
//! A CSV, TSV or Parquet text column whose every non-empty cell names a `.png`, `.jpg`, `.jpeg`,
//! `.webp` or `.gif` file is read as images: each path is resolved against the input file's
//! folder (absolute paths stay as they are), and a file that does not exist is kept as text
//! ([`ImageCell::Unresolved`]) rather than failing the load. Viewers then show the image of a
//! row from the table, never from a path a client sends.

use std::path::Path;

use crate::table::{ColumnData, ImageCell, Table};

const EXTENSIONS: [&str; 5] = ["png", "jpg", "jpeg", "webp", "gif"];

fn names_an_image(cell: &str) -> bool {
    Path::new(cell)
        .extension()
        .is_some_and(|e| EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// Turns the image-path text columns of `table`, read from `input`, into image columns.
pub(crate) fn resolve(table: &mut Table, input: &Path) {
    let base = input.parent().unwrap_or(Path::new("."));
    for c in table.columns_mut() {
        let ColumnData::Text(cells) = &c.data else {
            continue;
        };
        let mut any = false;
        let all = cells.iter().all(|s| {
            let s = s.trim();
            any |= !s.is_empty();
            s.is_empty() || names_an_image(s)
        });
        if !(all && any) {
            continue;
        }
        let images = cells
            .iter()
            .map(|s| {
                let p = base.join(s.trim());
                if !s.trim().is_empty() && p.is_file() {
                    ImageCell::Path(p)
                } else {
                    ImageCell::Unresolved(s.clone())
                }
            })
            .collect();
        c.data = ColumnData::Image(images);
    }
}

#[cfg(test)]
mod tests {
    use crate::load::{LoadOptions, load};
    use crate::row::{self, RowImage};
    use crate::table::{ColumnData, ImageCell};

    #[test]
    fn a_column_of_image_files_is_read_as_images_relative_to_the_input() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("img")).unwrap();
        std::fs::write(dir.path().join("img/a.png"), b"\x89PNG fake").unwrap();
        let csv = dir.path().join("t.csv");
        std::fs::write(
            &csv,
            "x,y,picture,note\n1,2,img/a.png,a.png is here\n3,4,img/missing.JPG,\n",
        )
        .unwrap();
        let t = load(&csv, &LoadOptions::default()).unwrap();
        let ColumnData::Image(cells) = &t.column("picture").unwrap().data else {
            panic!("not an image column");
        };
        assert_eq!(cells[0], ImageCell::Path(dir.path().join("img/a.png")));
        assert_eq!(cells[1], ImageCell::Unresolved("img/missing.JPG".into()));
        // A sentence that mentions a file name is still text.
        assert!(matches!(
            t.column("note").unwrap().data,
            ColumnData::Text(_)
        ));
        assert_eq!(
            row::image(&t, 0),
            Some(RowImage::File(&dir.path().join("img/a.png")))
        );
        assert!(row::image(&t, 1).is_none());
    }
}
