//! The viewer in a real window, as a person sees it: under Xvfb, `projector view` opens on a
//! generated three-class file, draws, and a screenshot of the screen shows points in each class
//! colour. Needs xvfb-run, ImageMagick's `import` and a Vulkan driver (lavapipe is enough);
//! without them the test is skipped locally and fails in CI (CI=true), which installs them.

use std::process::Command;
use std::time::{Duration, Instant};

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn projector_view_under_xvfb_shows_the_points() {
    if !(have("xvfb-run") && have("import")) {
        assert!(
            std::env::var("CI").is_err(),
            "CI must install xvfb and imagemagick for the window test"
        );
        eprintln!("skipping: xvfb-run or import not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // Three clusters far apart, labelled alpha, beta, gamma (class colours 0, 1, 2).
    let mut csv = String::from("x,y,label\n");
    let mut s = 12345u64;
    let mut rnd = || {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((s >> 33) as f32 / (1u64 << 31) as f32) - 0.5
    };
    for i in 0..900 {
        let (cx, cy, name) = [
            (-4.0, 0.0, "alpha"),
            (4.0, 0.0, "beta"),
            (0.0, 5.0, "gamma"),
        ][i % 3];
        csv.push_str(&format!(
            "{},{},{name}\n",
            cx + rnd() * 3.0,
            cy + rnd() * 3.0
        ));
    }
    let data = dir.path().join("clusters.csv");
    std::fs::write(&data, csv).unwrap();
    let shot = dir.path().join("shot.png");
    let log = dir.path().join("viewer.log");
    let script = format!(
        r#"set -u
"{bin}" view "{data}" --backend gpu > "{log}" 2>&1 &
pid=$!
for i in $(seq 1 360); do
  if grep -q "first frames presented" "{log}"; then break; fi
  if ! kill -0 $pid 2>/dev/null; then echo "viewer exited early:"; cat "{log}"; exit 1; fi
  sleep 0.5
done
sleep 2
import -window root "{shot}"
kill $pid 2>/dev/null; wait $pid 2>/dev/null; exit 0"#,
        bin = env!("CARGO_BIN_EXE_projector"),
        data = data.display(),
        log = log.display(),
        shot = shot.display()
    );
    let start = Instant::now();
    let out = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1280x1024x24", "bash", "-c", &script])
        .output()
        .expect("xvfb-run");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "window run failed after {:?}:\n{text}",
        start.elapsed()
    );
    assert!(start.elapsed() < Duration::from_secs(600));
    let img = image::open(&shot)
        .unwrap_or_else(|e| panic!("screenshot {}: {e}\n{text}", shot.display()))
        .to_rgb8();
    for class in 0..3u32 {
        let [r, g, b] = projector_viewer::color::class_color(class);
        let hits = img
            .pixels()
            .filter(|p| {
                let d = (p[0] as i32 - r as i32).abs()
                    + (p[1] as i32 - g as i32).abs()
                    + (p[2] as i32 - b as i32).abs();
                d < 40
            })
            .count();
        assert!(
            hits > 800,
            "class {class} colour {:?}: only {hits} pixels in the screenshot",
            [r, g, b]
        );
    }
}
