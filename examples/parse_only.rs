//! The benchmark's baseline: read every `*.yaml` file under a folder and
//! deserialise it with the same YAML crate and the same parallelism
//! (rayon) that skillgap uses, and nothing else.
//!
//! ```sh
//! cargo run --release --example parse_only -- /tmp/corpus/assessments
//! ```

use rayon::prelude::*;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).ok_or("usage: parse_only DIR")?;
    let mut files: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    let parsed: usize = files
        .par_iter()
        .map(|path| {
            let Ok(text) = std::fs::read_to_string(path) else {
                return 0;
            };
            usize::from(serde_yaml::from_str::<serde_yaml::Value>(&text).is_ok())
        })
        .sum();
    println!("{parsed} of {} files parsed", files.len());
    Ok(())
}
