//! Density tests: the WGSL path and the CPU twin give the same grid, contours and clusters
//! behave on known layouts, and UMAP of the digits gets its classes as labels.

use super::*;
use crate::gpu::test_context;

/// `k` Gaussian-ish blobs of `n` points in all (deterministic), and each point's blob.
fn blobs(n: usize, k: usize) -> (Vec<f32>, Vec<u32>) {
    let mut s = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        (s >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut pos = Vec::with_capacity(2 * n);
    let mut cls = Vec::with_capacity(n);
    for i in 0..n {
        let c = i % k;
        let a = c as f64 * 2.4;
        let (cx, cy) = (a.cos() * 10.0 * (1.0 + c as f64 * 0.1), a.sin() * 10.0);
        let r = (-2.0 * next().max(1e-12).ln()).sqrt() * (0.6 + 0.1 * c as f64);
        let t = next() * std::f64::consts::TAU;
        pos.push((cx + r * t.cos()) as f32);
        pos.push((cy + r * t.sin()) as f32);
        cls.push(c as u32);
    }
    (pos, cls)
}

#[test]
fn wgsl_and_cpu_twin_give_the_same_grid() {
    let Some(g) = test_context() else { return };
    let (pos, _) = blobs(50_000, 7);
    let p = DensityParams::default();
    let geo = Geometry::new(&pos, p.grid, p.bandwidth_adjust).unwrap();
    // Binning: the same integer counts, cell for cell.
    let counts = gpu::estimate(&g, &pos, &geo, true).unwrap();
    let twin = cpu::bin(&pos, &geo);
    assert_eq!(counts.len(), twin.len());
    assert!(counts.iter().zip(&twin).all(|(a, &b)| *a == b as f32));
    assert_eq!(twin.iter().map(|&c| c as usize).sum::<usize>(), 50_000);
    // Blur: within 1e-5 of the peak (f32 sums in the same order; only FMA contraction differs).
    let gpu_grid = estimate(&Compute::Gpu(g.clone()), &pos, 2, &p).unwrap();
    let cpu_grid = estimate(&Compute::Cpu, &pos, 2, &p).unwrap();
    assert_eq!(gpu_grid.geometry, cpu_grid.geometry);
    let peak = cpu_grid.values.iter().fold(0.0f32, |m, &v| m.max(v));
    let worst = gpu_grid
        .values
        .iter()
        .zip(&cpu_grid.values)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0f32, f32::max);
    assert!(
        worst <= 1e-5 * peak,
        "max |gpu − cpu| = {worst}, peak {peak}"
    );
    // And so the same clusters.
    let a = analyze(&Compute::Gpu(g), &pos, 2, &LabelSource::None, &p).unwrap();
    let b = analyze(&Compute::Cpu, &pos, 2, &LabelSource::None, &p).unwrap();
    assert_eq!(a.clusters.len(), b.clusters.len());
    assert_eq!(a.point_cluster, b.point_cluster);
}

#[test]
fn density_integrates_to_one_and_bandwidth_is_scotts() {
    let (pos, _) = blobs(10_000, 1);
    let grid = estimate(
        &Compute::Cpu,
        &pos,
        2,
        &DensityParams::default().with_bandwidth_adjust(1.0),
    )
    .unwrap();
    let g = grid.geometry;
    let mass: f64 =
        grid.values.iter().map(|&v| f64::from(v)).sum::<f64>() * f64::from(g.cell * g.cell);
    assert!((mass - 1.0).abs() < 1e-3, "mass {mass}");
    let n = 10_000f64;
    let mean = pos.iter().step_by(2).map(|&v| f64::from(v)).sum::<f64>() / n;
    let sd = (pos
        .iter()
        .step_by(2)
        .map(|&v| (f64::from(v) - mean).powi(2))
        .sum::<f64>()
        / n)
        .sqrt();
    let scott = sd * n.powf(-1.0 / 6.0);
    assert!((f64::from(g.bandwidth[0]) - scott).abs() < 1e-4 * scott);
}

#[test]
fn blobs_get_one_labelled_cluster_each_and_closed_contours() {
    let (pos, cls) = blobs(20_000, 6);
    let classes = (0..6).map(|c| format!("blob {c}")).collect();
    let labels = LabelSource::Categories {
        codes: cls,
        classes,
    };
    let map = analyze(&Compute::Cpu, &pos, 2, &labels, &DensityParams::default()).unwrap();
    assert_eq!(map.clusters.len(), 6, "{:?}", map.clusters);
    let mut names: Vec<String> = map
        .clusters
        .iter()
        .filter_map(|c| c.label.clone())
        .collect();
    names.sort();
    assert_eq!(
        names,
        (0..6).map(|c| format!("blob {c}")).collect::<Vec<_>>()
    );
    assert!(map.clusters.iter().all(|c| c.share.unwrap() > 0.95));
    assert_eq!(map.contours.len(), 4);
    for c in &map.contours {
        assert!(!c.lines.is_empty());
        // The grid's margin keeps every line off its border: all are closed rings.
        assert!(c.lines.iter().all(|l| l.len() > 3 && l.first() == l.last()));
    }
    // Inner levels are denser.
    assert!(map.contours.windows(2).all(|w| w[0].level > w[1].level));
}

#[test]
fn text_clusters_are_named_by_their_distinctive_words() {
    let (pos, cls) = blobs(3_000, 3);
    let topics = [
        ["guitar chords", "guitar solo", "guitar strings"],
        ["soccer goal", "soccer match", "soccer penalty"],
        ["pasta recipe", "pasta sauce", "pasta tomato"],
    ];
    let texts: Vec<String> = cls
        .iter()
        .enumerate()
        .map(|(i, &c)| format!("the {} today", topics[c as usize][(i / 3) % 3]))
        .collect();
    let labels = LabelSource::Text(texts.iter().map(String::as_str).collect());
    let map = analyze(
        &Compute::Cpu,
        &pos,
        2,
        &labels,
        &DensityParams::default().with_words(2),
    )
    .unwrap();
    assert_eq!(map.clusters.len(), 3);
    let mut got: Vec<String> = map
        .clusters
        .iter()
        .filter_map(|c| c.label.clone())
        .collect();
    got.sort();
    assert_eq!(got, ["guitar · chords", "pasta · recipe", "soccer · goal"]);
}

#[test]
fn three_d_is_refused_and_bad_input_is_an_error() {
    let pos = vec![0.0f32; 30];
    let e = analyze(
        &Compute::Cpu,
        &pos,
        3,
        &LabelSource::None,
        &DensityParams::default(),
    )
    .unwrap_err();
    assert!(e.to_string().contains("2-D only"), "{e}");
    let nan = vec![f32::NAN; 20];
    assert!(estimate(&Compute::Cpu, &nan, 2, &DensityParams::default()).is_err());
    let pos = vec![1.0f32; 20];
    let labels = LabelSource::Categories {
        codes: vec![0; 3],
        classes: vec!["a".into()],
    };
    assert!(analyze(&Compute::Cpu, &pos, 2, &labels, &DensityParams::default()).is_err());
    assert!(
        estimate(
            &Compute::Cpu,
            &pos,
            2,
            &DensityParams::default().with_grid(3)
        )
        .is_err()
    );
    // One point repeated: a grid all the same, one cluster at it.
    let map = analyze(
        &Compute::Cpu,
        &pos,
        2,
        &LabelSource::None,
        &DensityParams::default(),
    )
    .unwrap();
    assert_eq!(map.clusters.len(), 1);
    assert!((map.clusters[0].centre[0] - 1.0).abs() < 0.1);
}

#[test]
fn placement_drops_or_moves_the_lower_priority_label() {
    let b = |x: f32, p: f32| LabelBox {
        anchor: [x, 10.0],
        size: [20.0, 8.0],
        priority: p,
    };
    let at = place_labels(&[b(0.0, 1.0), b(5.0, 3.0), b(100.0, 2.0)], 1.0, None);
    assert_eq!(at[1], Some([5.0, 10.0]));
    assert_eq!(at[2], Some([100.0, 10.0]));
    let moved = at[0].unwrap();
    assert_ne!(moved, [0.0, 10.0]);
    // Three labels on one spot with no room around: later ones move, then drop.
    let many: Vec<_> = (0..10).map(|i| b(0.0, i as f32)).collect();
    let at = place_labels(&many, 1.0, Some([-15.0, -20.0, 15.0, 40.0]));
    assert!(at.iter().filter(|a| a.is_none()).count() >= 3);
    assert_eq!(at[9], Some([0.0, 10.0]));
}

#[test]
fn umap_of_digits_labels_nine_of_ten_classes() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/digits.csv");
    let mut rd = csv::Reader::from_path(path).expect("data/digits.csv");
    let (mut x, mut y) = (Vec::new(), Vec::new());
    for rec in rd.records() {
        let rec = rec.expect("csv row");
        y.push(rec[0].parse::<f32>().expect("label") as u32);
        x.extend(rec.iter().skip(1).map(|v| v.parse::<f32>().expect("pixel")));
    }
    let n = y.len();
    let data = ndarray::Array2::from_shape_vec((n, 64), x).unwrap();
    let params = crate::umap::UmapParams::default();
    let layout = crate::umap::run(&Compute::Cpu, data.view(), &params, &crate::NoProgress).unwrap();
    let flat: Vec<f32> = layout.iter().copied().collect();
    let classes: Vec<String> = (0..10).map(|c| c.to_string()).collect();
    let labels = LabelSource::Categories {
        codes: y.clone(),
        classes,
    };
    let map = analyze(&Compute::Cpu, &flat, 2, &labels, &DensityParams::default()).unwrap();
    // For each digit, the cluster holding most of its points must be labelled with it.
    let mut hits = 0;
    for d in 0..10u32 {
        let mut count = vec![0usize; map.clusters.len()];
        for (i, &c) in map.point_cluster.iter().enumerate() {
            if y[i] == d && (c as usize) < count.len() {
                count[c as usize] += 1;
            }
        }
        let best = (0..count.len()).max_by_key(|&k| count[k]);
        if best.and_then(|k| map.clusters[k].label.as_deref()) == Some(&*d.to_string()) {
            hits += 1;
        }
    }
    let names: Vec<_> = map
        .clusters
        .iter()
        .map(|c| (c.label.clone(), c.points))
        .collect();
    assert!(hits >= 9, "{hits} of 10 digits named; clusters {names:?}");
}
