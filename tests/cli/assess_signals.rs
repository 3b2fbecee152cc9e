//! A signal that ends `assess` at a prompt (`kill`, a closed terminal)
//! gives the terminal back as it was: line editing, echo and signal keys
//! on, the cursor shown. Run under `sh -c`, whose shell does not restore
//! the terminal itself; `stty -a` reads the modes before and after.

use std::process::Command;
use std::time::Duration;

use expectrl::{Eof, Expect, Session};

use super::assess_pty::{exit_code, spawn};
use crate::common::fixture;

/// `stty -a; skillgap ARGS; stty -a` under `sh -c`, in a pseudo-terminal.
fn spawn_under_sh(dir: &std::path::Path, args: &[&str]) -> expectrl::session::OsSession {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg("stty -a; \"$0\" \"$@\"; stty -a")
        // skillgap with its ending signals at their default action, however
        // the tests were started (see `common::binary`).
        .arg("env")
        .arg("--default-signal=HUP,INT,QUIT,TERM")
        .arg(env!("CARGO_BIN_EXE_skillgap"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env_remove("SKILLGAP_PROFILES");
    let mut session = Session::spawn(command).expect("spawn in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(30)));
    session
}

/// The one child process of `pid` (skillgap, under sh).
fn only_child(pid: u32) -> u32 {
    let path = format!("/proc/{pid}/task/{pid}/children");
    for _ in 0..200 {
        let text = std::fs::read_to_string(&path).expect("/proc lists children");
        if let Some(child) = text.split_whitespace().next() {
            return child.parse().unwrap();
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("no child of {pid}");
}

/// The words of one `stty -a` output: `isig`, `-icanon`, …
fn modes(stty: &str) -> Vec<&str> {
    stty.split_whitespace().collect()
}

fn kill_at_a_prompt_restores_the_terminal(signal: &str) {
    let dir = tempfile::tempdir().unwrap();
    let profile = fixture("valid/tiny-role.yaml");
    let mut s = spawn_under_sh(
        dir.path(),
        &[
            "assess",
            profile.to_str().unwrap(),
            "--name",
            "Pat",
            "--out",
            "a.yaml",
        ],
    );
    let start = s.expect("-extproc").unwrap();
    let at_start = format!("{}-extproc", String::from_utf8_lossy(start.before()));
    let at_start = &at_start[at_start.find("speed ").expect("stty -a output")..];
    s.expect("Press Enter to see the first item").unwrap();
    s.send("\r").unwrap();
    let prompt = s.expect("Your level").unwrap();
    let prompt = String::from_utf8_lossy(prompt.before()).into_owned();
    let sh = u32::try_from(s.get_process().pid().as_raw()).unwrap();
    let skillgap = only_child(sh);
    let status = Command::new("kill")
        .args([&format!("-{signal}"), &skillgap.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let rest = s.expect(Eof).unwrap();
    let text = String::from_utf8_lossy(rest.as_bytes()).into_owned();
    let (after, stty) = text.split_at(text.find("speed ").expect("stty -a output"));
    let before = format!("{prompt}Your level{after}");
    for mode in ["isig", "icanon"] {
        assert!(modes(at_start).contains(&mode), "{at_start}");
    }
    assert_eq!(
        modes(stty),
        modes(at_start),
        "{signal}: the modes did not come back"
    );
    // The cursor is shown after the last time the prompt hid it.
    let last_show = before.rfind("\x1b[?25h");
    let last_hide = before
        .rfind("\x1b[?25l")
        .expect("the prompt hid the cursor");
    assert!(
        last_show.is_some_and(|show| show > last_hide),
        "{signal}: cursor left hidden: {before:?}"
    );
}

#[test]
fn sigterm_at_a_prompt_restores_the_terminal_modes_and_cursor() {
    kill_at_a_prompt_restores_the_terminal("TERM");
}

#[test]
fn sighup_at_a_prompt_restores_the_terminal_modes_and_cursor() {
    kill_at_a_prompt_restores_the_terminal("HUP");
}

#[test]
fn sigquit_at_a_prompt_restores_the_terminal_modes_and_cursor() {
    kill_at_a_prompt_restores_the_terminal("QUIT");
}

#[test]
fn sigint_from_kill_at_a_prompt_restores_the_terminal_modes_and_cursor() {
    kill_at_a_prompt_restores_the_terminal("INT");
}

#[test]
fn a_fifo_to_resume_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let status = Command::new("mkfifo")
        .arg(dir.path().join("pipe.yaml"))
        .status()
        .unwrap();
    assert!(status.success());
    let mut s = spawn(dir.path(), &["assess", "--resume", "pipe.yaml"]);
    s.expect("pipe.yaml: not a regular file").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 2);
}

/// A pipe already full, so that a run writing its report there waits.
fn full_pipe() -> (std::io::PipeReader, std::io::PipeWriter) {
    use rustix::fs::{OFlags, fcntl_setfl};
    use std::io::Write as _;
    let (reader, mut writer) = std::io::pipe().unwrap();
    fcntl_setfl(&writer, OFlags::NONBLOCK).unwrap();
    let chunk = [b'x'; 4096];
    loop {
        match writer.write(&chunk) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
            Err(e) => panic!("{e}"),
        }
    }
    fcntl_setfl(&writer, OFlags::empty()).unwrap();
    (reader, writer)
}

#[test]
fn a_signal_with_stderr_in_a_file_writes_no_cursor_escape_there() {
    use std::os::unix::process::ExitStatusExt as _;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ratings.yaml"), "devops: familiar\n").unwrap();
    let stderr = dir.path().join("stderr.txt");
    let (_reader, writer) = full_pipe();
    let mut child = crate::common::skillgap()
        .args(["assess", "--answers", "ratings.yaml", "--name", "Pat"])
        .args(["--out", "a.yaml"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::null())
        .stdout(writer)
        .stderr(std::fs::File::create(&stderr).unwrap())
        .spawn()
        .unwrap();
    // Once a save is on disk the signal guard is in place; the signal then
    // lands during a later save or while the report waits on the full
    // pipe, and neither may write the escape into the file.
    let saved = dir.path().join("a.yaml");
    for _ in 0..3000 {
        if std::fs::read_to_string(&saved).is_ok_and(|t| t.contains("status:")) {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let ended = crate::common::finish_within_child(&mut child, crate::common::HANG_LIMIT, "assess");
    assert_eq!(ended.signal(), Some(15), "{ended:?}");
    let text = std::fs::read(&stderr).unwrap();
    assert!(
        !text.windows(2).any(|w| w == b"\x1b["),
        "{}",
        String::from_utf8_lossy(&text)
    );
}
