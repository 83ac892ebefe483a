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

/// Whether Xvfb, `import` and xdotool are installed: without them the window tests are skipped
/// (said on stderr) locally, and fail in CI, which installs them.
fn window_tools() -> bool {
    if have("Xvfb") && have("import") && have("xdotool") {
        return true;
    }
    assert!(
        std::env::var("CI").is_err(),
        "CI must install xvfb, imagemagick and xdotool for the window tests"
    );
    eprintln!("skipping: Xvfb, import or xdotool not installed");
    false
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

/// A display of our own: Xvfb on a free display number (`-displayfd`), ended on drop.
struct Display {
    xvfb: std::process::Child,
    name: String,
}

impl Display {
    fn start() -> Display {
        use std::io::Read;
        let mut xvfb = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x1024x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("Xvfb");
        let mut out = xvfb.stdout.take().expect("Xvfb stdout");
        let mut num = String::new();
        let mut byte = [0u8; 1];
        while out.read(&mut byte).is_ok_and(|k| k == 1) && byte[0] != b'\n' {
            num.push(byte[0] as char);
        }
        assert!(!num.trim().is_empty(), "Xvfb printed no display number");
        Display {
            xvfb,
            name: format!(":{}", num.trim()),
        }
    }

    /// Runs an X client (xdotool, import) on this display.
    fn run(&self, program: &str, args: &[&str]) {
        let out = Command::new(program)
            .args(args)
            .env("DISPLAY", &self.name)
            .output()
            .unwrap_or_else(|e| panic!("{program}: {e}"));
        assert!(
            out.status.success(),
            "{program} {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn screenshot(&self, path: &std::path::Path) -> image::RgbImage {
        self.run("import", &["-window", "root", &path.display().to_string()]);
        image::open(path)
            .unwrap_or_else(|e| panic!("screenshot {}: {e}", path.display()))
            .to_rgb8()
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.xvfb.kill();
        let _ = self.xvfb.wait();
    }
}

/// Pixels of `img` inside `[x0, x1) × [y0, y1)` for which `f` holds: their count and bounding
/// box (x0, y0, x1, y1).
fn find(
    img: &image::RgbImage,
    (x0, y0, x1, y1): (u32, u32, u32, u32),
    f: impl Fn(u32, u32, &image::Rgb<u8>) -> bool,
) -> (usize, [u32; 4]) {
    let mut count = 0;
    let mut bbox = [u32::MAX, u32::MAX, 0, 0];
    for y in y0..y1.min(img.height()) {
        for x in x0..x1.min(img.width()) {
            if f(x, y, img.get_pixel(x, y)) {
                count += 1;
                bbox = [
                    bbox[0].min(x),
                    bbox[1].min(y),
                    bbox[2].max(x),
                    bbox[3].max(y),
                ];
            }
        }
    }
    (count, bbox)
}

/// Digits-like rows: 8×8 `pixel_R_C` columns and a `target` class. Classes a and b are a faint
/// checkerboard and its inverse, c is blank; the last row, class `probe`, is the checkerboard at
/// full strength, so PCA puts it alone beyond class a and its tooltip image is a black-and-white
/// checkerboard.
fn pixel_table() -> String {
    let mut csv = String::from("target");
    for r in 0..8 {
        for c in 0..8 {
            csv.push_str(&format!(",pixel_{r}_{c}"));
        }
    }
    csv.push('\n');
    let mut s = 99u64;
    let mut noise = || {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (s >> 61) as f32 * 0.25
    };
    for i in 0..301 {
        let class = if i == 300 {
            "probe"
        } else {
            ["a", "b", "c"][i % 3]
        };
        csv.push_str(class);
        for r in 0..8 {
            for c in 0..8 {
                let on = (r + c) % 2 == 0;
                let v = match class {
                    "a" => 4.0 * f32::from(on) + noise(),
                    "b" => 4.0 * f32::from(!on) + noise(),
                    "c" => noise(),
                    _ => 16.0 * f32::from(on),
                };
                csv.push_str(&format!(",{v}"));
            }
        }
        csv.push('\n');
    }
    csv
}

/// Resting the pointer on a point shows its tooltip and image with no further event, and a
/// click lists its neighbours in the panel with no further event: the window honours egui's
/// repaint requests (a tooltip comes after a delay; the panel is laid out before the plot that
/// takes the click).
#[test]
fn resting_on_a_point_shows_its_tooltip_and_a_click_its_neighbours() {
    if !window_tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let display = Display::start();
    let (mut viewer, before, (px, py)) = open_pixel_table(&display, dir.path());
    // One move, then nothing: the tooltip must come by itself after egui's delay.
    display.run("xdotool", &["mousemove", &px.to_string(), &py.to_string()]);
    std::thread::sleep(Duration::from_millis(2500));
    let hover = display.screenshot(&dir.path().join("hover.png"));
    // The tooltip's image: the probe's 8×8 checkerboard, black cells drawn 96 px wide in all.
    let near = (
        px.saturating_sub(150),
        py.saturating_sub(400),
        px + 400,
        py + 400,
    );
    let (black, img_box) = find(&hover, near, |_, _, p| p.0.iter().all(|&c| c < 25));
    let (w, h) = (
        img_box[2].saturating_sub(img_box[0]),
        img_box[3].saturating_sub(img_box[1]),
    );
    assert!(
        black > 2000 && (80..=110).contains(&w) && (80..=110).contains(&h),
        "no checkerboard image next to the pointer at ({px}, {py}): {black} black pixels in \
         {img_box:?} ({})",
        dir.path().display()
    );
    // The tooltip's frame and text: pixels changed around the image, beyond it.
    let (changed, tip_box) = find(&hover, near, |x, y, p| {
        let q = before.get_pixel(x, y);
        (0..3)
            .map(|c| (p[c] as i32 - q[c] as i32).abs())
            .sum::<i32>()
            > 60
    });
    assert!(
        changed > 4000 && tip_box[3] - tip_box[1] > h + 20,
        "no tooltip text around the image: {changed} changed pixels in {tip_box:?}"
    );
    // Click without moving, then nothing: the panel lists the neighbours by itself.
    display.run("xdotool", &["click", "1"]);
    std::thread::sleep(Duration::from_millis(2500));
    let clicked = display.screenshot(&dir.path().join("clicked.png"));
    let panel = (985, 0, 1280, 800);
    let (changed, panel_box) = find(&clicked, panel, |x, y, p| {
        let q = hover.get_pixel(x, y);
        (0..3)
            .map(|c| (p[c] as i32 - q[c] as i32).abs())
            .sum::<i32>()
            > 60
    });
    assert!(
        changed > 1500 && panel_box[3] - panel_box[1] > 100,
        "no neighbour list in the panel after the click: {changed} changed pixels in {panel_box:?}"
    );
    let _ = viewer.kill();
    let _ = viewer.wait();
}

/// `projector view` of [`pixel_table`] on `display`, once its first frames are up: the viewer
/// process, a screenshot, and the screen position of the probe point (the one point of class
/// 3's colour in the plot; the panel is on the right).
fn open_pixel_table(
    display: &Display,
    dir: &std::path::Path,
) -> (std::process::Child, image::RgbImage, (u32, u32)) {
    let data = dir.join("pixels.csv");
    std::fs::write(&data, pixel_table()).unwrap();
    let log = dir.join("viewer.log");
    let err_log = dir.join("viewer.err");
    let mut viewer = Command::new(env!("CARGO_BIN_EXE_projector"))
        .args(["view", &data.display().to_string(), "--backend", "gpu"])
        .env("DISPLAY", &display.name)
        .env_remove("WAYLAND_DISPLAY")
        .stdout(std::fs::File::create(&log).unwrap())
        .stderr(std::fs::File::create(&err_log).unwrap())
        .spawn()
        .expect("projector view");
    let start = Instant::now();
    loop {
        let text = std::fs::read_to_string(&err_log).unwrap_or_default();
        if text.contains("first frames presented") {
            break;
        }
        if let Ok(Some(status)) = viewer.try_wait() {
            panic!("viewer exited early ({status}):\n{text}");
        }
        assert!(
            start.elapsed() < Duration::from_secs(300),
            "no frame:\n{text}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    std::thread::sleep(Duration::from_millis(1500));
    let before = display.screenshot(&dir.join("before.png"));
    let at = probe_position(&before);
    (viewer, before, at)
}

/// The screen position of the probe point of [`pixel_table`] in a screenshot: the one dot of
/// class 3's colour in the plot (the panel is on the right).
fn probe_position(img: &image::RgbImage) -> (u32, u32) {
    let [r, g, b] = projector_viewer::color::class_color(3);
    let (hits, bbox) = find(img, (0, 0, 960, 800), |_, _, p| {
        (p[0] as i32 - r as i32).abs()
            + (p[1] as i32 - g as i32).abs()
            + (p[2] as i32 - b as i32).abs()
            < 30
    });
    assert!(
        (1..200).contains(&hits) && bbox[2] - bbox[0] < 12 && bbox[3] - bbox[1] < 12,
        "the probe point: {hits} pixels of its colour in {bbox:?}"
    );
    ((bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2)
}

/// Zoomed in, points are drawn as their images: the probe point dragged to the middle of the
/// plot, the wheel turned over it until its thumbnail would be over 24 px, the pointer moved
/// away (no tooltip), and the probe's black-and-white checkerboard is on screen where the point
/// is, where only its dot was before.
#[test]
fn zoomed_in_points_are_drawn_as_their_images() {
    if !window_tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let display = Display::start();
    let (mut viewer, _, (px, py)) = open_pixel_table(&display, dir.path());
    // A drag pans: the probe to the middle of the plot.
    display.run("xdotool", &["mousemove", &px.to_string(), &py.to_string()]);
    display.run("xdotool", &["mousedown", "1"]);
    for k in 1..=10i64 {
        let x = px as i64 + (500 - px as i64) * k / 10;
        let y = py as i64 + (400 - py as i64) * k / 10;
        display.run("xdotool", &["mousemove", &x.to_string(), &y.to_string()]);
        std::thread::sleep(Duration::from_millis(30));
    }
    display.run("xdotool", &["mouseup", "1"]);
    std::thread::sleep(Duration::from_millis(800));
    // Where it is now, within a pixel: the wheel zooms about the pointer, so an offset grows
    // with the zoom.
    let panned = display.screenshot(&dir.path().join("panned.png"));
    let (px, py) = probe_position(&panned);
    let near = (px - 150, py - 150, px + 150, py + 150);
    let black = |_: u32, _: u32, p: &image::Rgb<u8>| p.0.iter().all(|&c| c < 25);
    display.run("xdotool", &["mousemove", "1200", "1000"]);
    std::thread::sleep(Duration::from_millis(800));
    let (dark, _) = find(
        &display.screenshot(&dir.path().join("dot.png")),
        near,
        black,
    );
    assert!(
        dark < 20,
        "black pixels near the probe before zooming: {dark}"
    );
    display.run("xdotool", &["mousemove", &px.to_string(), &py.to_string()]);
    std::thread::sleep(Duration::from_millis(300));
    // About 17% a notch: after 20 the thumbnail is about 24 px, after 23 some 40 px.
    display.run(
        "xdotool",
        &["click", "--repeat", "23", "--delay", "30", "4"],
    );
    // egui smooths the scroll over the next frames, zooming about the pointer: let it settle,
    // then move away from the plot, so no tooltip covers the point.
    std::thread::sleep(Duration::from_millis(2500));
    display.run("xdotool", &["mousemove", "1200", "1000"]);
    std::thread::sleep(Duration::from_millis(2000));
    let zoomed = display.screenshot(&dir.path().join("zoomed.png"));
    let (dark, bbox) = find(&zoomed, near, black);
    let (w, h) = (
        bbox[2].saturating_sub(bbox[0]),
        bbox[3].saturating_sub(bbox[1]),
    );
    assert!(
        dark > 150 && w >= 24 && h >= 24,
        "no checkerboard thumbnail at the probe ({px}, {py}): {dark} black pixels in {bbox:?}"
    );
    // Its white cells too: a picture, not a black square.
    let (white, _) = find(&zoomed, (bbox[0], bbox[1], bbox[2], bbox[3]), |_, _, p| {
        p.0.iter().all(|&c| c > 230)
    });
    assert!(
        white > dark / 4,
        "{white} white pixels among {dark} black ones"
    );
    let _ = viewer.kill();
    let _ = viewer.wait();
}
