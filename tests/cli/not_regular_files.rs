//! A path that is not a regular file (here a FIFO with no writer) is
//! refused at once with its name: never opened to be read, never waited
//! on. Each run has a time limit, so a regression fails instead of
//! hanging the test run.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::common::{Run, run_or_hang};

/// A temp folder holding a FIFO named `pipe.yaml`.
fn with_fifo() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.yaml");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(status.success());
    (dir, fifo)
}

fn run_with(args: &[&str], fifo: &Path) -> Run {
    let args: Vec<&OsStr> = args
        .iter()
        .map(|a| {
            if *a == "FIFO" {
                fifo.as_os_str()
            } else {
                OsStr::new(a)
            }
        })
        .collect();
    run_or_hang(&args)
}

fn assert_refused(args: &[&str]) {
    let (_dir, fifo) = with_fifo();
    let result = run_with(args, &fifo);
    assert_eq!(result.code, 2, "{args:?}: {}", result.stderr);
    assert!(
        result.stderr.contains(&fifo.display().to_string())
            && result.stderr.contains("not a regular file"),
        "{args:?}: {}",
        result.stderr
    );
}

#[test]
fn report_refuses_a_fifo_by_name() {
    assert_refused(&["report", "FIFO"]);
}

#[test]
fn compare_refuses_a_fifo_on_either_side() {
    assert_refused(&["compare", "FIFO", "examples/jo-in-progress.yaml"]);
    assert_refused(&["compare", "examples/jo-in-progress.yaml", "FIFO"]);
}

#[test]
fn import_refuses_a_fifo_by_name() {
    assert_refused(&["import", "FIFO"]);
}

#[test]
fn assess_refuses_a_fifo_as_answers() {
    assert_refused(&["assess", "--answers", "FIFO", "--name", "Pat"]);
}

#[test]
fn assess_refuses_a_fifo_as_out_without_reading_it() {
    let answers = crate::common::root().join("examples/sam-nearly-ready.yaml");
    let answers = answers.to_str().unwrap();
    assert_refused(&["assess", "--answers", answers, "--out", "FIFO"]);
    assert_refused(&["assess", "--answers", answers, "--out", "FIFO", "--force"]);
}

#[test]
fn a_fifo_as_profile_show_validate_or_team_input_is_refused_too() {
    assert_refused(&["show", "FIFO"]);
    assert_refused(&["validate", "FIFO"]);
    assert_refused(&["team", "FIFO"]);
    assert_refused(&[
        "report",
        "examples/sam-nearly-ready.yaml",
        "--profile",
        "FIFO",
    ]);
}

#[test]
fn a_link_to_a_fifo_is_refused_like_the_fifo() {
    let (dir, fifo) = with_fifo();
    let link = dir.path().join("link.yaml");
    std::os::unix::fs::symlink(&fifo, &link).unwrap();
    let result = run_with(&["report", "FIFO"], &link);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result.stderr.contains("link.yaml: not a regular file"),
        "{}",
        result.stderr
    );
}

#[test]
fn import_dash_still_reads_a_pipe_on_standard_input() {
    let page = std::fs::read(crate::common::fixture("import/source-page.txt")).unwrap();
    let mut child = crate::common::skillgap()
        .args(["import", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        use std::io::Write as _;
        stdin.write_all(&page).unwrap();
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    // Exit 1: the source page imports, with places to check.
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let yaml = String::from_utf8_lossy(&output.stdout);
    assert!(yaml.contains("knowledge_skills:"), "{yaml}");
}

#[test]
fn team_over_a_folder_holding_only_fifos_names_each_one_skipped() {
    let (dir, fifo) = with_fifo();
    let folder = dir.path().display().to_string();
    let result = run_or_hang(&[OsStr::new("team"), OsStr::new(&folder)]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains(&format!("skipped {}: not a regular file", fifo.display()))
            && result
                .stderr
                .contains("error: the file could not be used as an assessment"),
        "{}",
        result.stderr
    );
}
