//! Saving with `assess --out` and `import --out`: a signal during a save,
//! what may be replaced, and two runs writing one file. Debug builds pause
//! inside a save when `SKILLGAP_TEST_PAUSE_IN_SAVE` names a file, so these
//! tests act at exactly the moment the temporary file exists.

use std::os::unix::fs::{FileTypeExt as _, PermissionsExt as _};
use std::os::unix::process::ExitStatusExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::common::{fixture, in_dir, root, skillgap};

fn example(name: &str) -> String {
    root().join("examples").join(name).display().to_string()
}

fn assess_args(answers: &str, out: &str, force: bool) -> Vec<String> {
    let mut args = [
        "assess",
        "--answers",
        answers,
        "--out",
        out,
        "--format",
        "json",
    ]
    .map(str::to_owned)
    .to_vec();
    if force {
        args.push("--force".to_owned());
    }
    args
}

fn import_args(out: &str, force: bool) -> Vec<String> {
    let page = fixture("import/source-page.txt").display().to_string();
    let mut args = ["import", &page, "--out", out].map(str::to_owned).to_vec();
    if force {
        args.push("--force".to_owned());
    }
    args
}

/// A run stopped inside its first save, the temporary file written.
struct Paused {
    child: Child,
    flag: PathBuf,
}

impl Paused {
    fn start(dir: &Path, args: &[String]) -> Self {
        Self::start_with(skillgap().args(args), dir)
    }

    /// Started as `nohup` starts it: with `signal` ignored.
    fn start_ignoring(dir: &Path, args: &[String], signal: &str) -> Self {
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg(format!("trap '' {signal}; exec \"$0\" \"$@\""))
            .arg(env!("CARGO_BIN_EXE_skillgap"))
            .args(args);
        Self::start_with(&mut command, dir)
    }

    fn start_with(command: &mut Command, dir: &Path) -> Self {
        let flag = dir.join("paused.flag");
        let mut child = command
            .current_dir(dir)
            .env("SKILLGAP_TEST_PAUSE_IN_SAVE", &flag)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        for _ in 0..6000 {
            if flag.exists() {
                assert_eq!(temporary_files(dir).len(), 1, "paused inside the save");
                return Self { child, flag };
            }
            if let Some(status) = child.try_wait().unwrap() {
                panic!("ended before saving: {status}");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("never reached the save");
    }

    fn signal(&self, name: &str) {
        let sent = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.child.id().to_string())
            .status()
            .unwrap();
        assert!(sent.success());
        // Let the signal land before the save goes on.
        std::thread::sleep(Duration::from_millis(200));
    }

    /// Lets the save go on and waits for the end.
    fn finish(self) -> (std::process::ExitStatus, String) {
        std::fs::remove_file(&self.flag).unwrap();
        let output = self.child.wait_with_output().unwrap();
        (
            output.status,
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }
}

fn temporary_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".skillgap-"))
        .collect()
}

const SIGNALS: [(&str, i32); 4] = [("INT", 2), ("QUIT", 3), ("TERM", 15), ("HUP", 1)];

#[test]
fn a_signal_during_an_answers_save_lets_it_finish_and_leaves_no_temporary_file() {
    for (name, number) in SIGNALS {
        let dir = tempfile::tempdir().unwrap();
        let paused = Paused::start(
            dir.path(),
            &assess_args(&example("alex-early.yaml"), "a.yaml", false),
        );
        paused.signal(name);
        let (status, stderr) = paused.finish();
        assert_eq!(
            status.signal(),
            Some(number),
            "SIG{name}: {status} {stderr}"
        );
        assert_eq!(
            temporary_files(dir.path()),
            Vec::<String>::new(),
            "SIG{name}"
        );
        let saved = std::fs::read_to_string(dir.path().join("a.yaml")).unwrap();
        assert!(
            // Answers from a file are saved once, at the end: that is the
            // save the signal lands in.
            saved.contains("person: Alex Morgan") && saved.contains("status: complete"),
            "SIG{name}: the answers are saved whole: {saved}"
        );
    }
}

#[test]
fn a_signal_the_run_was_started_to_ignore_stays_ignored_as_nohup_asks() {
    for (name, _) in SIGNALS {
        for args in [
            assess_args(&example("alex-early.yaml"), "a.yaml", false),
            import_args("a.yaml", false),
        ] {
            let dir = tempfile::tempdir().unwrap();
            let paused = Paused::start_ignoring(dir.path(), &args, name);
            paused.signal(name);
            let (status, stderr) = paused.finish();
            assert_eq!(
                status.signal(),
                None,
                "SIG{name} {}: {status} {stderr}",
                args[0]
            );
            // Ran to its end: assess with every answer given exits 0;
            // import of the source page exits 1 (places to check).
            let code = match args[0].as_str() {
                "assess" => 0,
                _ => 1,
            };
            assert_eq!(
                status.code(),
                Some(code),
                "SIG{name} {}: ran to its end: {status} {stderr}",
                args[0]
            );
            assert!(dir.path().join("a.yaml").exists(), "SIG{name} {}", args[0]);
        }
    }
}

#[test]
fn a_signal_during_an_import_save_lets_it_finish_and_leaves_no_temporary_file() {
    for (name, number) in SIGNALS {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("p.yaml"), "old: file\n").unwrap();
        let paused = Paused::start(dir.path(), &import_args("p.yaml", true));
        paused.signal(name);
        let (status, stderr) = paused.finish();
        assert_eq!(
            status.signal(),
            Some(number),
            "SIG{name}: {status} {stderr}"
        );
        assert_eq!(
            temporary_files(dir.path()),
            Vec::<String>::new(),
            "SIG{name}"
        );
        let saved = std::fs::read_to_string(dir.path().join("p.yaml")).unwrap();
        assert!(
            saved.starts_with("id: "),
            "SIG{name}: the new file whole: {saved}"
        );
    }
}

#[test]
fn signals_at_random_moments_of_an_answers_run_never_leave_a_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let answers = example("alex-early.yaml");
    for run in 0..24u64 {
        let out = format!("a{run}.yaml");
        let mut child = skillgap()
            .args(assess_args(&answers, &out, false))
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis((run * 37) % 450));
        let (name, _) = SIGNALS[usize::try_from(run).unwrap() % SIGNALS.len()];
        let _ = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(child.id().to_string())
            .status();
        child.wait().unwrap();
        assert_eq!(
            temporary_files(dir.path()),
            Vec::<String>::new(),
            "run {run}, SIG{name}"
        );
    }
}

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success());
}

fn is_fifo(path: &Path) -> bool {
    std::fs::symlink_metadata(path)
        .unwrap()
        .file_type()
        .is_fifo()
}

#[test]
fn out_and_force_never_replace_a_fifo_a_folder_or_a_dangling_link() {
    let dir = tempfile::tempdir().unwrap();
    mkfifo(&dir.path().join("pipe.yaml"));
    std::fs::create_dir(dir.path().join("folder.yaml")).unwrap();
    std::os::unix::fs::symlink("nowhere.yaml", dir.path().join("dangling.yaml")).unwrap();
    let answers = example("alex-early.yaml");
    for (out, what) in [
        ("pipe.yaml", "it is a FIFO (named pipe), not a regular file"),
        ("folder.yaml", "it is a folder, not a regular file"),
        (
            "dangling.yaml",
            "it is a symbolic link to nowhere.yaml, which does not exist",
        ),
    ] {
        for force in [false, true] {
            for args in [assess_args(&answers, out, force), import_args(out, force)] {
                let result = in_dir(dir.path(), &args);
                assert_eq!(result.code, 2, "{args:?}: {}", result.stderr);
                assert!(
                    result
                        .stderr
                        .contains(&format!("cannot save {out}: {what}")),
                    "{args:?}: {}",
                    result.stderr
                );
            }
        }
    }
    assert!(is_fifo(&dir.path().join("pipe.yaml")));
    assert!(dir.path().join("folder.yaml").is_dir());
    assert!(!dir.path().join("nowhere.yaml").exists());
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["dangling.yaml", "folder.yaml", "pipe.yaml"]);
}

#[test]
fn out_and_force_never_replace_a_device_or_copy_its_mode() {
    let dir = tempfile::tempdir().unwrap();
    let device = dir.path().join("null.yaml");
    // A character device like /dev/null (1, 3); only root may make one.
    let made = Command::new("mknod")
        .args(["-m", "666"])
        .arg(&device)
        .args(["c", "1", "3"])
        .stderr(Stdio::null())
        .status()
        .unwrap();
    if !made.success() {
        eprintln!("note: not root, so no device node to test with; the FIFO test covers the rest");
        return;
    }
    for args in [
        assess_args(&example("alex-early.yaml"), "null.yaml", true),
        import_args("null.yaml", true),
    ] {
        let result = in_dir(dir.path(), &args);
        assert_eq!(result.code, 2, "{}", result.stderr);
        assert!(
            result
                .stderr
                .contains("cannot save null.yaml: it is a character device, not a regular file"),
            "{}",
            result.stderr
        );
        let meta = std::fs::symlink_metadata(&device).unwrap();
        assert!(meta.file_type().is_char_device());
        assert_eq!(meta.permissions().mode() & 0o777, 0o666);
    }
}

#[test]
fn force_replaces_a_regular_file_keeping_its_mode_and_writes_through_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sam.yaml");
    std::fs::copy(root().join("examples/sam-nearly-ready.yaml"), &file).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
    std::os::unix::fs::symlink("sam.yaml", dir.path().join("link.yaml")).unwrap();
    let args = assess_args(&example("alex-early.yaml"), "link.yaml", true);
    let result = in_dir(dir.path(), &args);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let link = std::fs::symlink_metadata(dir.path().join("link.yaml")).unwrap();
    assert!(link.file_type().is_symlink(), "the link stays a link");
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("person: Alex Morgan")
    );
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

#[test]
fn two_runs_saving_to_one_new_file_never_lose_either_persons_answers() {
    let dir = tempfile::tempdir().unwrap();
    // The first run is inside its first save when the second starts and
    // finishes; the first then finds the file it did not expect.
    let first = Paused::start(
        dir.path(),
        &assess_args(&example("alex-early.yaml"), "same.yaml", false),
    );
    let second = in_dir(
        dir.path(),
        &assess_args(&example("sam-nearly-ready.yaml"), "same.yaml", false),
    );
    assert_eq!(second.code, 0, "{}", second.stderr);
    let (status, stderr) = first.finish();
    assert_eq!(status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "cannot save same.yaml: it changed on disk since this run last read or saved it"
        ) && stderr.contains("this run's content was saved to same-2.yaml instead"),
        "{stderr}"
    );
    assert!(
        stderr.contains("To see how they differ: skillgap compare same.yaml same-2.yaml")
            && stderr.contains("To go on with these answers: skillgap assess --resume same-2.yaml"),
        "{stderr}"
    );
    let kept = std::fs::read_to_string(dir.path().join("same.yaml")).unwrap();
    assert!(
        kept.contains("person: Sam") && kept.contains("status: complete"),
        "{kept}"
    );
    let other = std::fs::read_to_string(dir.path().join("same-2.yaml")).unwrap();
    assert!(other.contains("person: Alex Morgan"), "{other}");
    assert_eq!(temporary_files(dir.path()), Vec::<String>::new());
}

#[test]
fn two_runs_forcing_one_existing_file_never_lose_either_persons_answers() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("examples/jo-in-progress.yaml"),
        dir.path().join("same.yaml"),
    )
    .unwrap();
    let first = Paused::start(
        dir.path(),
        &assess_args(&example("alex-early.yaml"), "same.yaml", true),
    );
    let second = in_dir(
        dir.path(),
        &assess_args(&example("sam-nearly-ready.yaml"), "same.yaml", true),
    );
    assert_eq!(second.code, 0, "{}", second.stderr);
    let (status, stderr) = first.finish();
    assert_eq!(status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("changed on disk"), "{stderr}");
    assert!(
        std::fs::read_to_string(dir.path().join("same.yaml"))
            .unwrap()
            .contains("person: Sam")
    );
    assert!(
        std::fs::read_to_string(dir.path().join("same-2.yaml"))
            .unwrap()
            .contains("person: Alex Morgan")
    );
}

#[test]
fn an_interactive_session_whose_file_was_replaced_keeps_its_answers_beside_it() {
    use expectrl::process::unix::WaitStatus;
    use expectrl::{Eof, Expect as _, Session};

    let dir = tempfile::tempdir().unwrap();
    let profile = fixture("valid/tiny-role.yaml");
    let mut command = crate::common::binary();
    command
        .args(["assess", profile.to_str().unwrap(), "--name", "Pat"])
        .args(["--out", "b.yaml"])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env_remove("SKILLGAP_PROFILES");
    let mut s = Session::spawn(command).unwrap();
    s.set_expect_timeout(Some(Duration::from_secs(30)));
    s.expect("Press Enter to see the first item").unwrap();
    s.send("\r").unwrap();
    s.expect("Your level").unwrap();
    s.send("\r").unwrap();
    s.expect("Evidence").unwrap();
    s.send("\r").unwrap();
    s.expect("2 of 3").unwrap();
    // Someone else starts on the same file while Pat is at item 2.
    let answers = dir.path().join("answers.yaml");
    std::fs::write(&answers, "testing: expert\n").unwrap();
    let mut args = assess_args(answers.to_str().unwrap(), "b.yaml", false);
    args.insert(1, profile.display().to_string());
    args.extend(["--name".to_owned(), "Kim".to_owned()]);
    let refused = in_dir(dir.path(), &args);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    // The profile, given as a file, is named again: without it the
    // resume could not find it.
    assert!(
        refused.stderr.contains(&format!(
            "b.yaml already exists; continue it with `skillgap assess {} --resume b.yaml`",
            profile.display()
        )),
        "{}",
        refused.stderr
    );
    args.push("--force".to_owned());
    let forced = in_dir(dir.path(), &args);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    // Pat's next answer does not replace Kim's file.
    s.expect("Your level").unwrap();
    s.send("\r").unwrap();
    s.expect("Evidence").unwrap();
    s.send("\r").unwrap();
    let tail = s.expect(Eof).unwrap();
    let text = String::from_utf8_lossy(tail.as_bytes()).into_owned();
    assert!(
        text.contains("this run's content was saved to b-2.yaml instead"),
        "{text}"
    );
    match s.get_process().wait().unwrap() {
        WaitStatus::Exited(_, code) => assert_eq!(code, 2, "{text}"),
        other => panic!("ended with {other:?}"),
    }
    let kim = std::fs::read_to_string(dir.path().join("b.yaml")).unwrap();
    assert!(kim.contains("person: Kim"), "{kim}");
    let pat = std::fs::read_to_string(dir.path().join("b-2.yaml")).unwrap();
    assert!(
        pat.contains("person: Pat") && pat.contains("testing:") && pat.contains("listening:"),
        "both of Pat's answers: {pat}"
    );
}
