//! Test harness: run the real binary, read fixtures, tame paths for snapshots.

#![allow(dead_code)] // each test module uses a different part

use std::path::{Path, PathBuf};
use std::process::Output;

use std::process::Command;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture path under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// The binary, run from the repository root with a clean environment for
/// the variables that change its output.
pub fn skillgap() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_skillgap"));
    command
        .current_dir(root())
        .env_remove("SKILLGAP_PROFILES")
        .env_remove("NO_COLOR")
        .env("COLUMNS", "80");
    command
}

/// Result of a run, as text.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Self {
        Self {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

/// Runs `skillgap` with `args` and captures everything.
pub fn run(args: &[&str]) -> Run {
    skillgap().args(args).output().expect("binary runs").into()
}

/// Runs with `args` given as paths.
pub fn run_paths(args: &[&str], paths: &[&Path]) -> Run {
    let mut command = skillgap();
    command.args(args);
    for path in paths {
        command.arg(path);
    }
    command.output().expect("binary runs").into()
}

/// Parses a YAML file through the library's own loader into JSON, for
/// schema checks.
pub fn yaml_file_as_json(path: &Path) -> serde_json::Value {
    let bytes = std::fs::read(path).unwrap();
    let text = skillgap::yaml::decode(&bytes).unwrap();
    let value = skillgap::yaml::parse(text).unwrap();
    serde_json::to_value(value).unwrap()
}

/// Runs `skillgap` with `args` and one environment variable set.
pub fn run_with_env(args: &[&str], key: &str, value: impl AsRef<std::ffi::OsStr>) -> Run {
    skillgap()
        .args(args)
        .env(key, value)
        .output()
        .expect("binary runs")
        .into()
}
