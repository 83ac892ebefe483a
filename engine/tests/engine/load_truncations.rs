//! Bad input never panics: every fixture cut at many lengths, and with bytes flipped, loads or
//! fails with an input error naming the file.

use std::path::{Path, PathBuf};

use projector_engine::load::{LoadOptions, load};

fn fixture(rel: &str) -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures")).join(rel)
}

fn check(name: &str, bytes: &[u8], dir: &Path) {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    for drop_invalid in [false, true] {
        let opts = LoadOptions {
            drop_invalid,
            ..Default::default()
        };
        if let Err(e) = load(&path, &opts) {
            assert!(e.is_input_error(), "{e:?}");
            assert!(e.to_string().contains(name), "{e}");
        }
    }
}

#[test]
fn cut_and_corrupted_fixtures_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("csv/embeddings.csv", "t.csv"),
        ("csv/embeddings.tsv", "t.tsv"),
        ("npy/f64_fortran.npy", "t.npy"),
        ("npy/i64_big.npy", "u.npy"),
        (
            "wandb/media/table/images_handmade.table.json",
            "t.table.json",
        ),
        (
            "wandb/media/table/embeddings_2_8269adad2bc541286857.table.json",
            "u.table.json",
        ),
        ("tf/vectors.tsv", "vectors.tsv"),
        ("parquet/kinds.parquet", "t.parquet"),
    ];
    for (src, name) in files {
        let bytes = std::fs::read(fixture(src)).unwrap();
        let step = (bytes.len() / 80).max(1);
        for cut in (0..bytes.len()).step_by(step) {
            check(name, &bytes[..cut], dir.path());
        }
        // Flip single bytes to a quote, a delimiter, a bracket, a high byte.
        let mut state = 0x2545f491u32;
        for k in 0..80 {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let mut b = bytes.clone();
            let at = state as usize % b.len();
            b[at] = [b'"', b',', b'\t', b'[', b']', 0xff, b'\n', b'9'][k % 8];
            check(name, &b, dir.path());
        }
    }
}
