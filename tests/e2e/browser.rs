//! The browser page in a real browser: `projector serve` on the digits demo and the exported
//! HTML, driven in Debian's headless Chromium by `web/page/test/browser.mjs` (puppeteer-core,
//! software WebGL). It checks the ten class colours, a hovered point's fields and image, a live
//! UMAP run ending with quality figures, a lasso's count, neighbours, search, the PNG and CSV
//! exports, and the exported file offline. Skipped without Chromium, Node.js or the page's
//! node_modules, except in CI (`CI=true`), which installs them and must run it.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Why the browser test cannot run here, if it cannot.
fn missing() -> Option<String> {
    let page = repo().join("web/page");
    if !Path::new("/usr/bin/chromium").exists() {
        return Some("no /usr/bin/chromium (apt-get install chromium)".into());
    }
    if Command::new("node").arg("--version").output().is_err() {
        return Some("no node".into());
    }
    if !page.join("node_modules/puppeteer-core").exists() {
        return Some("no web/page/node_modules (npm ci in web/page)".into());
    }
    None
}

/// Kills the server when the test ends, whatever happens.
struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_served_page_and_the_export_work_in_headless_chromium() {
    if let Some(why) = missing() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the browser test: {why}"
        );
        eprintln!("skipping the browser test: {why}");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let digits = repo().join("data/digits.csv");
    let html = dir.path().join("digits.html");
    let o = Command::new(env!("CARGO_BIN_EXE_projector"))
        .args([
            "export",
            digits.to_str().unwrap(),
            "--algo",
            "umap",
            "--backend",
            "cpu",
            "-o",
        ])
        .arg(&html)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let size = std::fs::metadata(&html).unwrap().len();
    eprintln!("export of digits: {:.2} MB", size as f64 / 1e6);

    let mut child = Command::new(env!("CARGO_BIN_EXE_projector"))
        .args([
            "serve",
            digits.to_str().unwrap(),
            "--algo",
            "pca",
            "--port",
            "0",
            "--backend",
            "cpu",
        ])
        // No layout cache between test runs: the page must see the first layout computed.
        .env("XDG_CACHE_HOME", dir.path().join("cache"))
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let server = Server(child);
    // Read stderr to the end on a thread (a closed pipe would end the server at its next line),
    // passing on the URL.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(at) = line.find("http://") {
                let _ = tx.send(line[at..].trim().to_string());
            }
        }
    });
    let start = Instant::now();
    let url = rx
        .recv_timeout(Duration::from_secs(120))
        .expect("serve printed its URL");
    eprintln!(
        "serving after {:.1} s: {url}",
        start.elapsed().as_secs_f64()
    );
    let o = Command::new("node")
        .current_dir(repo().join("web/page"))
        .args(["test/browser.mjs", &url, "--export"])
        .arg(&html)
        .output()
        .unwrap();
    drop(server);
    let out = String::from_utf8_lossy(&o.stdout);
    eprintln!("{out}{}", String::from_utf8_lossy(&o.stderr));
    assert!(o.status.success(), "the browser checks failed:\n{out}");
    assert!(!out.contains("FAIL"), "{out}");
}
