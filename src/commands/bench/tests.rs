use projector_engine::Compute;
use projector_engine::knn::{Method, Metric};

use super::cases::stats;
use super::data::synthetic;
use super::machine::rss;
use super::run::recall;

#[test]
fn median_of_even_and_odd_runs() {
    assert_eq!(stats(&[3.0, 1.0, 2.0])["median"], 2.0);
    assert_eq!(stats(&[4.0, 1.0, 2.0, 3.0])["median"], 2.5);
    assert_eq!(stats(&[4.0, 1.0])["min"], 1.0);
    assert_eq!(stats(&[4.0, 1.0])["max"], 4.0);
}

#[test]
fn synthetic_data_is_seeded_and_labelled() {
    let (a, la) = synthetic(200, 16, 5, 3);
    let (b, lb) = synthetic(200, 16, 5, 3);
    let (c, _) = synthetic(200, 16, 5, 4);
    assert_eq!(a, b);
    assert_eq!(la, lb);
    assert_ne!(a, c);
    assert!(la.iter().all(|&l| l < 5));
    let mut seen = la.clone();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), 5);
    assert!(a.iter().all(|v| v.is_finite()));
}

#[test]
fn recall_of_the_exact_graph_is_one_and_of_a_wrong_graph_low() {
    let (x, _) = synthetic(300, 8, 4, 1);
    let g = projector_engine::knn::knn(
        &Compute::Cpu,
        x.view(),
        10,
        Metric::Euclidean,
        Method::Exact,
        &projector_engine::NoProgress,
    )
    .unwrap();
    let (r, q) = recall(x.view(), &g, 10, 0, 500).unwrap();
    assert_eq!(q, 300);
    assert!((r - 1.0).abs() < 1e-12, "{r}");
    let mut wrong = g.clone();
    for (i, v) in wrong.indices.iter_mut().enumerate() {
        *v = ((i * 37 + 11) % 300) as u32;
    }
    let (r, _) = recall(x.view(), &wrong, 10, 0, 500).unwrap();
    assert!(r < 0.2, "{r}");
}

#[test]
fn peak_rss_is_read_from_proc() {
    let (peak, now) = rss();
    if cfg!(target_os = "linux") {
        assert!(peak.is_some_and(|p| p > 0) && now.is_some_and(|n| n > 0));
        assert!(peak >= now);
    }
}
