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

/// The binary, started with every ending signal at its default action.
///
/// A test run started in the background, or under `nohup`, passes on
/// ignored SIGINT, SIGQUIT or SIGHUP, and skillgap keeps a signal it was
/// started to ignore ignored (as `nohup` asks); the signal tests would then
/// test how the tests were started. GNU `env --default-signal` resets them
/// and execs the binary, so the child's pid is skillgap's.
///
/// Its folder comes first on `PATH`, as for someone who installed it, so
/// the commands it prints name `skillgap` (see [`path_without_binary`]).
pub fn binary() -> Command {
    let mut command = Command::new("env");
    command
        .arg("--default-signal=HUP,INT,QUIT,TERM")
        .arg(env!("CARGO_BIN_EXE_skillgap"))
        .env("PATH", path_with_binary());
    command
}

/// The binary's folder.
fn binary_dir() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_skillgap"))
        .parent()
        .unwrap()
        .to_owned()
}

/// `PATH` with the binary's folder first.
pub fn path_with_binary() -> std::ffi::OsString {
    let rest = path_without_binary();
    std::env::join_paths(std::iter::once(binary_dir()).chain(std::env::split_paths(&rest))).unwrap()
}

/// `PATH` without the binary's folder: skillgap is not installed, as for
/// someone who followed the README's `cargo run` route.
pub fn path_without_binary() -> std::ffi::OsString {
    let dir = binary_dir();
    let var = std::env::var_os("PATH").unwrap_or_default();
    std::env::join_paths(std::env::split_paths(&var).filter(|d| *d != dir)).unwrap()
}

/// The binary, run from the repository root with a clean environment for
/// the variables that change its output.
pub fn skillgap() -> Command {
    let mut command = binary();
    command
        .current_dir(root())
        .env_remove("SKILLGAP_PROFILES")
        .env_remove("NO_COLOR")
        .env("COLUMNS", "80");
    command
}

/// Runs `skillgap` with `args` in `dir` (where default file names land).
pub fn in_dir<S: AsRef<std::ffi::OsStr>>(dir: &Path, args: &[S]) -> Run {
    skillgap()
        .args(args)
        .current_dir(dir)
        .output()
        .expect("binary runs")
        .into()
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

/// Asserts that every word of `texts` stands whole on a row of one of the
/// terminal tables in `output` (the lines between the double rule under a
/// header and the closing rule), and that no line of `output` is wider
/// than `width` display columns. For outputs where every such word fits
/// its column: a word split as "Operational/Servic" / "e" is missing.
pub fn assert_table_words_whole<'a>(
    output: &str,
    texts: impl IntoIterator<Item = &'a str>,
    width: usize,
) {
    use unicode_segmentation::UnicodeSegmentation as _;
    use unicode_width::UnicodeWidthStr as _;
    let mut on_rows = std::collections::HashSet::new();
    let mut inside = false;
    for line in output.lines() {
        let columns: usize = line.graphemes(true).map(str::width).sum();
        assert!(columns <= width, "{columns} columns: {line}\n{output}");
        if line.starts_with('═') {
            inside = true;
        } else if line.starts_with('─') {
            inside = false;
        } else if inside {
            on_rows.extend(line.split_whitespace());
        }
    }
    for text in texts {
        for word in text.split_whitespace() {
            assert!(
                on_rows.contains(word),
                "{word:?} (of {text:?}) is not whole on a table row:\n{output}"
            );
        }
    }
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

/// Which output streams go into a closed pipe.
#[derive(Debug, Clone, Copy)]
pub enum Closed {
    /// `skillgap … | head -1`
    Stdout,
    /// `skillgap … 2>&1 | head -1`
    StdoutAndStderr,
}

/// Runs `skillgap` with `args` writing into a pipe whose reader has gone,
/// as `| head -1` leaves it once head has its line (here from the first
/// byte, so the result does not depend on timing); returns the exit code.
pub fn exit_code_into_closed_pipe(args: &[&str], closed: Closed) -> i32 {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let mut command = skillgap();
    command.args(args).stdin(std::process::Stdio::null());
    match closed {
        Closed::Stdout => {
            command.stdout(writer).stderr(std::process::Stdio::null());
        }
        Closed::StdoutAndStderr => {
            command
                .stdout(writer.try_clone().expect("a second writer"))
                .stderr(writer);
        }
    }
    let status = finish_within(&mut command, HANG_LIMIT);
    status.code().unwrap_or(-1)
}

/// Long enough for any command on a slow machine; a run still going by
/// then is hanging.
pub const HANG_LIMIT: std::time::Duration = std::time::Duration::from_secs(60);

/// Runs `command` to its end, or kills it and fails the test when it is
/// still running after `limit`: a hang is a failure, never a stuck test
/// run.
pub fn finish_within(
    command: &mut Command,
    limit: std::time::Duration,
) -> std::process::ExitStatus {
    let mut child = command.spawn().expect("binary runs");
    finish_within_child(&mut child, limit, &format!("{command:?}"))
}

/// Waits for `child` to end, as [`finish_within`] does.
pub fn finish_within_child(
    child: &mut std::process::Child,
    limit: std::time::Duration,
    what: &str,
) -> std::process::ExitStatus {
    let start = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("still running after {limit:?}, killed: {what}");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// Runs `skillgap` with `args` and standard input from nowhere, failing
/// the test if it hangs (see [`finish_within`]).
pub fn run_or_hang(args: &[&std::ffi::OsStr]) -> Run {
    let dir = tempfile::tempdir().expect("a temp dir");
    let (out_path, err_path) = (dir.path().join("stdout"), dir.path().join("stderr"));
    let mut command = skillgap();
    command
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::fs::File::create(&out_path).expect("stdout file"))
        .stderr(std::fs::File::create(&err_path).expect("stderr file"));
    let status = finish_within(&mut command, HANG_LIMIT);
    Run {
        code: status.code().unwrap_or(-1),
        stdout: std::fs::read_to_string(out_path).unwrap_or_default(),
        stderr: std::fs::read_to_string(err_path).unwrap_or_default(),
    }
}

/// A run as one text for a snapshot: its exit code, then standard output
/// and standard error under their own headings, so a snapshot pins the
/// exact message a user sees and the code a script gets. Paths that change
/// from run to run are written as names: the temporary folder `dir` as
/// `[DIR]`, the binary as `[BIN]` and the repository root as `[ROOT]`.
pub fn transcript(run: &Run, dir: Option<&Path>) -> String {
    let text = format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        run.code, run.stdout, run.stderr
    );
    let mut stable: Vec<(String, &str)> = vec![
        (env!("CARGO_BIN_EXE_skillgap").to_owned(), "[BIN]"),
        (root().display().to_string(), "[ROOT]"),
    ];
    if let Some(dir) = dir {
        if let Ok(real) = dir.canonicalize() {
            stable.push((real.display().to_string(), "[DIR]"));
        }
        stable.push((dir.display().to_string(), "[DIR]"));
    }
    // The longest first, so a temporary folder inside another named one is
    // replaced whole.
    stable.sort_by_key(|(path, _)| std::cmp::Reverse(path.len()));
    stable
        .iter()
        .fold(text, |text, (path, name)| text.replace(path.as_str(), name))
}
