//! The viewer in a real window: under Xvfb, the viewer opens, draws, and a screenshot of the
//! screen shows the points in their class colours (viewer/tests/xvfb_check.sh does the work).
//! Needs xvfb-run, ImageMagick's `import` and a Vulkan driver (lavapipe is enough); without
//! them the test is skipped locally and fails in CI (CI=true), which installs them.

use std::process::Command;

#[test]
fn viewer_window_under_xvfb_shows_the_points() {
    let have = |tool: &str| {
        Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !(have("xvfb-run") && have("import")) {
        assert!(
            std::env::var("CI").is_err(),
            "CI must install xvfb and imagemagick for the window test"
        );
        eprintln!("skipping: xvfb-run or import not installed");
        return;
    }
    let root = env!("CARGO_MANIFEST_DIR");
    let shot = std::path::Path::new(root).join("target/xvfb_viewer.png");
    let out = Command::new("bash")
        .arg(format!("{root}/viewer/tests/xvfb_check.sh"))
        .arg(&shot)
        .current_dir(root)
        .output()
        .expect("run xvfb_check.sh");
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "the window check failed:\n{log}");
    assert!(shot.is_file(), "no screenshot: {log}");
}
