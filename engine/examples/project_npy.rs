//! Projects the rows of a `.npy` matrix to 2-D with UMAP and writes them out, in a dozen lines.
//!
//! `cargo run --release -p projector-engine --example project_npy -- data.npy out.csv`
//! (`out` may end in `.csv`, `.npy` or `.parquet`). The backend follows `PROJECTOR_BACKEND`
//! (`auto`, `gpu`, `cpu`); `auto` takes a hardware GPU when there is one.
use projector_engine::{Compute, Input, NoProgress, load, output, umap};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out] = &args[..] else {
        return Err("usage: project_npy IN.npy OUT.csv".into());
    };
    let table = load::load(input.as_ref(), &Default::default())?;
    let compute = Compute::select(Compute::choice_from_env()?)?;
    let params = umap::UmapParams::default().with_seed(7);
    let y = umap::run(&compute, Input::from_table(&table)?, &params, &NoProgress)?;
    output::write_coordinates(out.as_ref(), y.view(), &[])?;
    println!("{} points -> {out} on {}", y.nrows(), compute.describe());
    Ok(())
}
