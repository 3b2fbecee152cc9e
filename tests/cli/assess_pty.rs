//! End-to-end: the real binary in a pseudo-terminal, driven with keys.
//! Few and robust: generous timeouts, waiting for text rather than time.

use std::process::Command;
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::{Eof, Expect, Session};

use crate::common::{fixture, root, run};

const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";
const CTRL_C: &str = "\x03";

pub(crate) fn spawn(dir: &std::path::Path, args: &[&str]) -> expectrl::session::OsSession {
    let mut command = crate::common::binary();
    command
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env_remove("SKILLGAP_PROFILES");
    let mut session = Session::spawn(command).expect("spawn in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(30)));
    session
}

pub(crate) fn exit_code(session: &expectrl::session::OsSession) -> i32 {
    match session.get_process().wait().expect("wait") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("ended with {other:?}"),
    }
}

/// Starts `assess` with `args` as "Pat Example" and passes the opening
/// screen: the first item comes next.
fn start_as_pat(dir: &std::path::Path, args: &[&str]) -> expectrl::session::OsSession {
    let mut s = spawn(dir, args);
    s.expect("Your name: ").unwrap();
    s.send_line("Pat Example").unwrap();
    s.expect("Press Enter to see the first item").unwrap();
    s.send(ENTER).unwrap();
    s
}

/// Picks the level `down` places below the pre-selected one, then skips
/// the evidence note.
pub(crate) fn rate(session: &mut expectrl::session::OsSession, down: usize) {
    // "Your level" or, for a manager or peer, "Their level".
    session.expect(" level (↑/↓").unwrap();
    for _ in 0..down {
        session.send(DOWN).unwrap();
    }
    session.send(ENTER).unwrap();
    session.expect("Evidence").unwrap();
    session.send(ENTER).unwrap();
}

#[test]
fn a_full_assessment_in_a_terminal_saves_the_file_and_prints_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let profile = fixture("valid/tiny-role.yaml");
    let mut s = start_as_pat(
        dir.path(),
        &["assess", profile.to_str().unwrap(), "--out", "a.yaml"],
    );
    s.expect("1 of 3").unwrap();
    // Testing: "Familiar with", two below the pre-selected "Not yet".
    rate(&mut s, 2);
    s.expect("2 of 3").unwrap();
    // Listening (no required depth): "Aware of".
    rate(&mut s, 1);
    s.expect("3 of 3").unwrap();
    // Systems design: 2 – Working.
    rate(&mut s, 2);
    s.expect("Gap report: Pat Example").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 0);
    let saved = std::fs::read_to_string(dir.path().join("a.yaml")).unwrap();
    assert!(saved.contains("status: complete"), "{saved}");
    assert!(saved.contains("testing:\n    level: familiar"), "{saved}");
    assert!(saved.contains("systems-design:\n    level: 2"), "{saved}");
    let validate = run(&[
        "validate",
        dir.path().join("a.yaml").to_str().unwrap(),
        profile.to_str().unwrap(),
    ]);
    assert_eq!(validate.code, 0, "{}", validate.stdout);
}

#[test]
fn after_the_last_item_the_headline_the_file_and_what_next_are_the_last_lines() {
    // The report is longer than a screen: what the person needs after it
    // (the numbers, the file, the commands) must not scroll away.
    let dir = tempfile::tempdir().unwrap();
    let mut s = start_as_pat(
        dir.path(),
        &[
            "assess",
            "senior-devops-engineer-management",
            "--out",
            "a.yaml",
            "--no-evidence",
        ],
    );
    let mut answered = 0;
    loop {
        s.expect("Your level").unwrap();
        s.send(ENTER).unwrap();
        answered += 1;
        if answered == 38 {
            break;
        }
    }
    let report = s.expect("Gap report: Pat Example").unwrap();
    assert!(
        !String::from_utf8_lossy(report.before()).contains("Done:"),
        "the closing lines come after the report"
    );
    let tail = s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 0);
    let text = String::from_utf8_lossy(tail.as_bytes()).replace('\r', "");
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let done = lines
        .iter()
        .rposition(|l| l.starts_with("Done: 38 of 38 items rated"))
        .unwrap_or_else(|| panic!("no closing lines:\n{text}"));
    let closing = &lines[done..];
    assert!(
        closing.len() <= 12,
        "fits on a screen with room: {closing:#?}"
    );
    assert!(text.find("Development plan").unwrap() < text.rfind("Done:").unwrap());
    let flat = closing.join(" ");
    let flat = flat.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Saved to a.yaml."), "{flat}");
    assert!(
        flat.contains("Readiness 0.0%: 0 of 30 required levels met"),
        "{flat}"
    );
    assert!(flat.contains("30 gaps · 0 not rated."), "{flat}");
    assert!(
        flat.contains("See the full report again: skillgap report a.yaml"),
        "{flat}"
    );
    assert!(
        flat.contains("Share it as Markdown: skillgap report a.yaml --format markdown > a.md"),
        "{flat}"
    );
    // Nothing was skipped: nothing to resume.
    assert!(!flat.contains("--resume"), "{flat}");
    // The printed report command works as printed.
    let again = crate::common::in_dir(dir.path(), &["report", "a.yaml"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(again.stdout.contains("Gap report: Pat Example"));
}

#[test]
fn ctrl_c_keeps_the_answers_restores_the_cursor_and_resume_finishes() {
    let dir = tempfile::tempdir().unwrap();
    let profile = fixture("valid/tiny-role.yaml");
    let mut s = spawn(
        dir.path(),
        &[
            "assess",
            profile.to_str().unwrap(),
            "--name",
            "Pat",
            "--out",
            "b.yaml",
        ],
    );
    s.expect("Press Enter to see the first item").unwrap();
    s.send(ENTER).unwrap();
    s.expect("1 of 3").unwrap();
    rate(&mut s, 3);
    s.expect("2 of 3").unwrap();
    s.expect("Your level").unwrap();
    s.send(CTRL_C).unwrap();
    let tail = s.expect(Eof).unwrap();
    let text = String::from_utf8_lossy(tail.as_bytes()).into_owned();
    assert_eq!(exit_code(&s), 130);
    assert!(text.contains("1 answer saved in b.yaml"), "{text}");
    // The printed command resumes as it stands: run exactly that.
    let command = text
        .lines()
        .find_map(|line| line.trim().strip_prefix("Resume with: skillgap "))
        .expect("a resume command")
        .trim()
        .to_owned();
    assert!(command.ends_with("--resume b.yaml"), "{command}");
    // The cursor is shown again after the last time it was hidden.
    let last_hide = text.rfind("\x1b[?25l");
    let last_show = text.rfind("\x1b[?25h").expect("cursor shown");
    assert!(last_hide.is_none_or(|hide| hide < last_show), "{text:?}");
    let saved = std::fs::read_to_string(dir.path().join("b.yaml")).unwrap();
    assert!(saved.contains("status: in-progress"), "{saved}");
    assert!(saved.contains("testing:\n    level: proficient"), "{saved}");
    assert!(!saved.contains("listening"), "{saved}");

    let args: Vec<&str> = command.split_whitespace().collect();
    let mut s = spawn(dir.path(), &args);
    s.expect("Press Enter to see the first item").unwrap();
    s.send(ENTER).unwrap();
    // Only the two unrated items are asked, numbered among themselves.
    s.expect("1 of 2").unwrap();
    rate(&mut s, 2);
    s.expect("2 of 2").unwrap();
    rate(&mut s, 3);
    s.expect("Gap report: Pat").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 0);
    let saved = std::fs::read_to_string(dir.path().join("b.yaml")).unwrap();
    assert!(saved.contains("status: complete"), "{saved}");
    assert!(
        saved.contains("testing:\n    level: proficient"),
        "kept: {saved}"
    );
    assert!(saved.contains("listening:\n    level: familiar"), "{saved}");
}

#[test]
fn without_a_terminal_assess_exits_2_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_skillgap"))
        .args(["assess", "--name", "Pat"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("--answers") && stderr.contains("skillgap report"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    let _ = root();
}

#[test]
fn esc_at_the_evidence_note_stops_too_with_the_level_kept() {
    let dir = tempfile::tempdir().unwrap();
    let profile = fixture("valid/tiny-role.yaml");
    let mut s = spawn(
        dir.path(),
        &[
            "assess",
            profile.to_str().unwrap(),
            "--name",
            "Pat",
            "--out",
            "c.yaml",
            "--blind",
        ],
    );
    s.expect("Press Enter to see the first item").unwrap();
    s.send(ENTER).unwrap();
    s.expect("1 of 3").unwrap();
    let screen = s.expect("Your level").unwrap();
    let shown = String::from_utf8_lossy(screen.before()).into_owned();
    assert!(
        !shown.contains("Required:"),
        "blind mode shows no requirement: {shown}"
    );
    s.send(DOWN).unwrap();
    s.send(ENTER).unwrap();
    s.expect("Evidence").unwrap();
    s.send("\x1b").unwrap();
    s.expect("Stopped. 1 answer saved in c.yaml").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 130);
}

#[test]
fn esc_before_the_first_item_exits_130_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), &["assess", "senior-devops-engineer-management"]);
    s.expect("Your name: ").unwrap();
    s.send("\x1b").unwrap();
    s.expect("Stopped before starting; nothing was saved.")
        .unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 130);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn resuming_against_another_profile_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("examples/jo-in-progress.yaml"),
        dir.path().join("jo.yaml"),
    )
    .unwrap();
    let before = std::fs::read_to_string(dir.path().join("jo.yaml")).unwrap();
    let profile = fixture("valid/tiny-role.yaml");
    let mut s = spawn(
        dir.path(),
        &["assess", profile.to_str().unwrap(), "--resume", "jo.yaml"],
    );
    s.expect("is an assessment against `senior-devops-engineer-management`, not `tiny-role`")
        .unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 2);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("jo.yaml")).unwrap(),
        before
    );
}

#[test]
fn resuming_a_changed_profile_lists_dropped_ratings_with_escapes_made_visible() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("hostile/stale-digest-escape-in-rating-id.yaml"),
        dir.path().join("stale.yaml"),
    )
    .unwrap();
    let mut s = spawn(dir.path(), &["assess", "--resume", "stale.yaml"]);
    let listed = s.expect("Press Enter").unwrap();
    let listed = String::from_utf8_lossy(listed.before()).into_owned();
    // The list ends its paragraph, wrapped to the width; our own cursor
    // codes follow it, on the prompt's line.
    let listed = listed.split("\x1b[?25h").next().unwrap_or_default();
    let listed = listed.split_whitespace().collect::<Vec<_>>().join(" ");
    let listed = listed
        .split_once("will be dropped: ")
        .unwrap_or_else(|| panic!("{listed:?}"))
        .1;
    assert!(
        listed.contains("gone\\u{1b}]0;pwned\\u{7}\\u{1b}[2J"),
        "{listed:?}"
    );
    assert!(!listed.contains(['\u{1b}', '\u{7}']), "{listed:?}");
    s.send("\x1b").unwrap();
    s.expect(Eof).unwrap();
}

/// `text` without the terminal's control sequences, as lines.
pub(crate) fn screen_lines(text: &str) -> Vec<String> {
    let mut plain = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.next_if_eq(&'[').is_some() {
                while chars.next().is_some_and(|c| !('@'..='~').contains(&c)) {}
            }
        } else if c != '\r' {
            plain.push(c);
        }
    }
    plain.lines().map(str::to_owned).collect()
}

#[test]
fn a_long_title_is_wrapped_on_the_assessment_screen_with_nothing_lost() {
    let dir = tempfile::tempdir().unwrap();
    let profile = fixture("hostile/unbreakable-words.yaml");
    let mut s = spawn_sized(
        dir.path(),
        &[
            "assess",
            profile.to_str().unwrap(),
            "--name",
            "Pat",
            "--out",
            "a.yaml",
        ],
        80,
        24,
    );
    // The profile's long title is wrapped on the opening screen, whole.
    let opening = s.expect("Press Enter to see the first item").unwrap();
    let opening = screen_lines(&String::from_utf8_lossy(opening.before()));
    assert!(
        opening
            .iter()
            .any(|line| line.ends_with("abcdefghij: 2 items, one")),
        "{opening:#?}"
    );
    s.send(ENTER).unwrap();
    rate(&mut s, 1);
    s.expect("2 of 2").unwrap();
    let screen = s.expect("Your level").unwrap();
    let lines = screen_lines(&String::from_utf8_lossy(screen.before()));
    // The screen is at most 100 columns wide, whatever the terminal.
    let widest = lines
        .iter()
        .map(|l| skillgap::render::wrap::width(l))
        .max()
        .unwrap_or(0);
    assert!(widest <= 100, "{widest} columns: {lines:#?}");
    let title = crate::common::yaml_file_as_json(&profile)["knowledge_skills"][1]["title"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(lines.concat().contains(&title), "{lines:#?}");
    s.send(CTRL_C).unwrap();
    s.expect(Eof).unwrap();
}

#[test]
fn the_screens_say_what_is_not_counted_which_level_meets_and_what_the_source_cut_off() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = start_as_pat(
        dir.path(),
        &[
            "assess",
            "senior-devops-engineer-management",
            "--out",
            "a.yaml",
        ],
    );
    // Item 1 (Conceptual thinking) has no required level.
    s.expect("1 of 38").unwrap();
    s.expect("No required level: rated for the conversation, not counted")
        .unwrap();
    for _ in 1..9 {
        rate(&mut s, 0);
    }
    // Item 9 (Application systems) requires Familiar: that choice is marked.
    s.expect("9 of 38").unwrap();
    // Shown among the choices, after the prompt: this item is answered here.
    s.expect("✓ meets the requirement").unwrap();
    s.send(ENTER).unwrap();
    s.expect("Evidence").unwrap();
    s.send(ENTER).unwrap();
    for _ in 10..30 {
        rate(&mut s, 0);
    }
    // Item 30's description and item 38's level description were cut off
    // on the source page: marked as `show` marks them.
    s.expect("30 of 38").unwrap();
    s.expect("[…]").unwrap();
    for _ in 30..38 {
        rate(&mut s, 0);
    }
    // Only its level description was cut off (it ends "best tools and").
    s.expect("38 of 38").unwrap();
    s.expect("[…]").unwrap();
    s.send("\x1b").unwrap();
    s.expect(Eof).unwrap();
}

/// Stops a run at the next level screen with Esc and returns the resume
/// command it printed, without the program name.
fn esc_and_resume_command(s: &mut expectrl::session::OsSession) -> Vec<String> {
    s.expect("Your level").unwrap();
    s.send("\x1b").unwrap();
    let tail = s.expect(Eof).unwrap();
    let text = String::from_utf8_lossy(tail.as_bytes()).into_owned();
    assert_eq!(exit_code(s), 130, "{text}");
    text.lines()
        .find_map(|line| line.trim().strip_prefix("Resume with: skillgap "))
        .unwrap_or_else(|| panic!("a resume command in {text}"))
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

#[test]
fn stopping_a_re_rating_of_a_complete_file_prints_a_command_that_resumes_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("me.yaml");
    std::fs::copy(root().join("examples/sam-nearly-ready.yaml"), &file).unwrap();
    let before = std::fs::read_to_string(&file).unwrap();
    assert!(before.contains("status: complete"));

    // Esc before any answer: the file is untouched, still complete.
    let mut s = spawn(dir.path(), &["assess", "--resume", "me.yaml", "--force"]);
    s.expect("Press Enter to see the first item").unwrap();
    s.send(ENTER).unwrap();
    let command = esc_and_resume_command(&mut s);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);

    // The printed command, run as printed, goes on instead of answering
    // that the file is already complete; one answer, then Esc again.
    let args: Vec<&str> = command.iter().map(String::as_str).collect();
    let mut s = spawn(dir.path(), &args);
    s.expect("Press Enter to see the first item").unwrap();
    s.send(ENTER).unwrap();
    s.expect("1 of 38").unwrap();
    rate(&mut s, 0);
    let again = esc_and_resume_command(&mut s);
    assert_eq!(again, command);

    let args: Vec<&str> = again.iter().map(String::as_str).collect();
    let mut s = spawn(dir.path(), &args);
    s.expect("Press Enter to see the first item").unwrap();
    s.send("\x1b").unwrap();
    let tail = s.expect(Eof).unwrap();
    let text = String::from_utf8_lossy(tail.as_bytes()).into_owned();
    assert!(!text.contains("already complete"), "{text}");
    assert_eq!(exit_code(&s), 130, "{text}");
}

#[test]
fn a_resume_first_says_whose_assessment_against_which_profile_how_far_and_what_is_next() {
    let dir = tempfile::tempdir().unwrap();
    let profile = fixture("valid/tiny-role.yaml");
    std::fs::write(
        dir.path().join("alex.yaml"),
        "profile: tiny-role\nperson: Alex Morgan\nassessor: manager\nassessor_name: Jo Lee\n\
         date: 2026-11-26\nstatus: in-progress\nratings:\n  testing:\n    level: familiar\n",
    )
    .unwrap();
    let mut s = spawn(
        dir.path(),
        &["assess", profile.to_str().unwrap(), "--resume", "alex.yaml"],
    );
    let before = s.expect("Press Enter to see the first item").unwrap();
    let text = String::from_utf8_lossy(before.before()).into_owned();
    let context = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        context.contains(
            "Resuming Alex Morgan's assessment by their manager (Jo Lee) against Tiny Role (tiny-role): \
             1 of 3 items answered. Only the 2 unrated items are asked, \
             first Listening (2 of 3 in the profile)."
        ),
        "{text}"
    );
    s.send(ENTER).unwrap();
    s.expect("1 of 2 · Knowledge and skills").unwrap();
    s.send("\x1b").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 130);
}

/// Skips the item on screen: "Skip this item for now" comes right after
/// its five levels (not yet and four more, on both scales of tiny-role).
fn skip(session: &mut expectrl::session::OsSession) {
    session.expect("Your level").unwrap();
    for _ in 0..5 {
        session.send(DOWN).unwrap();
    }
    session.send(ENTER).unwrap();
}

/// Skips all three items of tiny-role, then answers the question at the
/// end with `down` (0: leave in progress; 1: mark complete); returns
/// stderr and stdout after it.
fn skip_everything(dir: &std::path::Path, down: usize) -> String {
    let profile = fixture("valid/tiny-role.yaml");
    let mut s = spawn(
        dir,
        &[
            "assess",
            profile.to_str().unwrap(),
            "--name",
            "Pat",
            "--out",
            "p.yaml",
            "--force",
        ],
    );
    s.expect("Press Enter to see the first item").unwrap();
    s.send(ENTER).unwrap();
    for position in ["1 of 3", "2 of 3", "3 of 3"] {
        s.expect(position).unwrap();
        skip(&mut s);
    }
    s.expect("2 required items are unrated").unwrap();
    s.expect("Mark it complete anyway").unwrap();
    for _ in 0..down {
        s.send(DOWN).unwrap();
    }
    s.send(ENTER).unwrap();
    let tail = s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 0);
    String::from_utf8_lossy(tail.as_bytes()).into_owned()
}

#[test]
fn skipping_every_item_is_complete_only_when_the_person_says_so_at_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let text = skip_everything(dir.path(), 0);
    let saved = std::fs::read_to_string(dir.path().join("p.yaml")).unwrap();
    assert!(saved.contains("status: in-progress"), "{saved}");
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("2 required items are unrated, so the file stays in progress."),
        "{text}"
    );
    assert!(
        flat.contains("Rate the skipped items: skillgap assess"),
        "{text}"
    );
    assert!(!flat.contains("No gaps to close"), "{text}");
    assert!(flat.contains("2 required items are not rated"), "{text}");

    let text = skip_everything(dir.path(), 1);
    let saved = std::fs::read_to_string(dir.path().join("p.yaml")).unwrap();
    assert!(saved.contains("status: complete"), "{saved}");
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Marked complete; 2 required items are unrated."),
        "{text}"
    );
    // The file on disk is complete now: the printed command asks just the
    // unrated items, which needs no --force.
    assert!(flat.contains("--resume p.yaml --unrated"), "{text}");
    assert!(!flat.contains("No gaps to close"), "{text}");
}

#[test]
fn the_chosen_level_is_confirmed_on_a_line_of_its_own() {
    // dialoguer's confirmation put the prompt and the whole choice on one
    // line, which the terminal broke mid-word; ours names just the level.
    let dir = tempfile::tempdir().unwrap();
    let profile = fixture("valid/tiny-role.yaml");
    let mut s = start_as_pat(
        dir.path(),
        &["assess", profile.to_str().unwrap(), "--out", "a.yaml"],
    );
    s.expect("Your level").unwrap();
    s.send(DOWN).unwrap();
    s.send(DOWN).unwrap();
    s.send(ENTER).unwrap();
    let shown = s.expect("Evidence").unwrap();
    let text = String::from_utf8_lossy(shown.before()).into_owned();
    assert!(text.contains("✔ Your level: Familiar with"), "{text}");
    assert!(!text.contains("Esc to stop) ·"), "{text}");
    s.send("\x1b").unwrap();
    s.expect(Eof).unwrap();
}

/// Runs `assess` on the tiny profile as Alex Morgan with `extra`, rates
/// the first item and stops: what the run printed.
fn rate_one_as_alex(dir: &std::path::Path, extra: &[&str]) -> String {
    let profile = fixture("valid/tiny-role.yaml");
    let mut args = vec!["assess", profile.to_str().unwrap(), "--name", "Alex Morgan"];
    args.extend_from_slice(extra);
    let mut s = spawn(dir, &args);
    if extra.contains(&"manager") {
        // The manager leaves their own name out: not in the file name.
        s.expect("Your own name (Enter to leave it out): ").unwrap();
        s.send_line("").unwrap();
    }
    let seen = s.expect("Press Enter to see the first item").unwrap();
    let text = String::from_utf8_lossy(seen.before()).into_owned();
    s.send(ENTER).unwrap();
    rate(&mut s, 2);
    s.expect("2 of 3").unwrap();
    s.expect(" level (↑/↓").unwrap();
    s.send("\x1b").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 130);
    text
}

/// What a second start of `assess` as Alex Morgan with `extra` says, the
/// day's file being there already.
fn start_again_as_alex(dir: &std::path::Path, extra: &[&str]) -> String {
    let profile = fixture("valid/tiny-role.yaml");
    let mut args = vec!["assess", profile.to_str().unwrap(), "--name", "Alex Morgan"];
    args.extend_from_slice(extra);
    let mut s = spawn(dir, &args);
    if extra.contains(&"manager") {
        s.expect("Your own name (Enter to leave it out): ").unwrap();
        s.send_line("").unwrap();
    }
    let seen = s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 2);
    String::from_utf8_lossy(seen.as_bytes()).into_owned()
}

#[test]
fn a_manager_and_the_person_assessing_on_the_same_day_keep_separate_files() {
    let dir = tempfile::tempdir().unwrap();
    let manager = rate_one_as_alex(dir.path(), &["--assessor", "manager"]);
    let own = rate_one_as_alex(dir.path(), &[]);
    // The person's run starts a file of its own: nothing to resume.
    assert!(!own.contains("already exists"), "{own}");
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    let (own_file, manager_file) = (&names[0], &names[1]);
    assert!(
        own_file.starts_with("tiny-role-alex-morgan-20"),
        "{names:?}"
    );
    assert!(
        manager_file.starts_with("tiny-role-alex-morgan-manager-20"),
        "{names:?}"
    );
    assert!(manager.contains(manager_file.as_str()), "{manager}");
    assert!(own.contains(own_file.as_str()), "{own}");
    let saved = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();
    assert!(saved(manager_file).contains("assessor: manager"));
    assert!(saved(own_file).contains("assessor: self"));
    // Starting again, each is offered only their own file to resume.
    let again = start_again_as_alex(dir.path(), &["--assessor", "manager"]);
    assert!(
        again.contains(&format!("{manager_file} already exists")),
        "{again}"
    );
    let again = start_again_as_alex(dir.path(), &[]);
    assert!(
        again.contains(&format!("{own_file} already exists")),
        "{again}"
    );
    assert!(!again.contains("manager"), "{again}");
}

/// `assess --no-evidence` of the tiny profile, past its opening screen.
fn start_without_evidence(dir: &std::path::Path) -> expectrl::session::OsSession {
    let profile = fixture("valid/tiny-role.yaml");
    start_as_pat(
        dir,
        &[
            "assess",
            profile.to_str().unwrap(),
            "--out",
            "a.yaml",
            "--no-evidence",
        ],
    )
}

#[test]
fn no_evidence_rates_each_item_with_one_choice_and_asks_for_no_note() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = start_without_evidence(dir.path());
    let mut text = String::new();
    for next in ["2 of 3", "3 of 3", "Gap report: Pat Example"] {
        s.expect("Your level").unwrap();
        s.send(DOWN).unwrap();
        s.send(ENTER).unwrap();
        let seen = s.expect(next).unwrap();
        text.push_str(&String::from_utf8_lossy(seen.before()));
    }
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 0);
    assert!(!text.contains("Evidence"), "{text}");
    let saved = std::fs::read_to_string(dir.path().join("a.yaml")).unwrap();
    assert!(saved.contains("status: complete"), "{saved}");
    assert!(saved.contains("testing:\n    level: aware"), "{saved}");
    assert!(!saved.contains("evidence"), "{saved}");
}

#[test]
fn no_evidence_still_lets_a_note_be_written_first_from_the_level_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = start_without_evidence(dir.path());
    s.expect("Add a note, then choose the level").unwrap();
    // Five levels, then Skip, then the note (no Back on the first item).
    for _ in 0..6 {
        s.send(DOWN).unwrap();
    }
    s.send(ENTER).unwrap();
    s.expect("Note (Enter when done): ").unwrap();
    s.send_line("paired on the pipeline").unwrap();
    s.expect("Note: paired on the pipeline").unwrap();
    s.expect("Change the note, then choose the level").unwrap();
    s.send(DOWN).unwrap();
    s.send(DOWN).unwrap();
    s.send(ENTER).unwrap();
    let seen = s.expect("2 of 3").unwrap();
    assert!(!String::from_utf8_lossy(seen.before()).contains("Evidence"));
    s.expect("Your level").unwrap();
    s.send("\x1b").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 130);
    let saved = std::fs::read_to_string(dir.path().join("a.yaml")).unwrap();
    assert!(
        saved.contains("testing:\n    level: familiar\n    evidence: paired on the pipeline"),
        "{saved}"
    );
}

#[test]
fn a_manager_is_asked_whose_assessment_and_their_own_name_and_the_levels_speak_of_the_person() {
    let dir = tempfile::tempdir().unwrap();
    let profile = fixture("valid/tiny-role.yaml");
    let mut s = spawn(
        dir.path(),
        &["assess", profile.to_str().unwrap(), "--assessor", "manager"],
    );
    // The opening screen explains the scales about the person assessed.
    let opening = s.expect("Name of the person you are assessing: ").unwrap();
    let opening = String::from_utf8_lossy(opening.before()).into_owned();
    assert!(opening.contains("They know what it is"), "{opening}");
    assert!(!opening.contains("You know"), "{opening}");
    // An empty name is asked again, saying why.
    s.send_line("").unwrap();
    s.expect("A name is needed: it goes in the file and its name.")
        .unwrap();
    s.expect("Name of the person you are assessing: ").unwrap();
    s.send_line("Alex Morgan").unwrap();
    s.expect("Your own name (Enter to leave it out): ").unwrap();
    s.send_line("Jo Lee").unwrap();
    s.expect("Press Enter to see the first item").unwrap();
    s.send(ENTER).unwrap();
    let screen = s.expect("Aware of").unwrap();
    let screen = String::from_utf8_lossy(screen.before()).into_owned();
    assert!(
        screen.contains("Their level (↑/↓, Enter; Esc to stop)"),
        "{screen}"
    );
    assert!(!screen.contains("Your level"), "{screen}");
    assert!(screen.contains("They have not met this yet"), "{screen}");
    s.send(DOWN).unwrap();
    s.send(ENTER).unwrap();
    s.expect("✔ Their level: Aware of").unwrap();
    s.expect("Evidence").unwrap();
    s.send(ENTER).unwrap();
    s.expect("2 of 3").unwrap();
    s.expect("Their level").unwrap();
    s.send("\x1b").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 130);
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(
        names[0].starts_with("tiny-role-alex-morgan-manager-jo-lee-20"),
        "{names:?}"
    );
    let saved = std::fs::read_to_string(dir.path().join(&names[0])).unwrap();
    assert!(saved.contains("person: Alex Morgan"), "{saved}");
    assert!(saved.contains("assessor: manager"), "{saved}");
    assert!(saved.contains("assessor_name: Jo Lee"), "{saved}");
}

#[test]
fn a_peer_given_both_names_is_asked_neither_and_a_self_assessment_no_assessor_name() {
    let dir = tempfile::tempdir().unwrap();
    let profile = fixture("valid/tiny-role.yaml");
    let mut s = spawn(
        dir.path(),
        &[
            "assess",
            profile.to_str().unwrap(),
            "--assessor",
            "peer",
            "--name",
            "Alex Morgan",
            "--assessor-name",
            "Sam Lee",
        ],
    );
    let seen = s.expect("Press Enter to see the first item").unwrap();
    let seen = String::from_utf8_lossy(seen.before()).into_owned();
    assert!(!seen.contains("Name of the person"), "{seen}");
    assert!(!seen.contains("Your own name"), "{seen}");
    s.send("\x1b").unwrap();
    s.expect(Eof).unwrap();

    let mut s = spawn(dir.path(), &["assess", profile.to_str().unwrap()]);
    s.expect("Your name: ").unwrap();
    s.send_line("Pat").unwrap();
    let seen = s.expect("Press Enter to see the first item").unwrap();
    let seen = String::from_utf8_lossy(seen.before()).into_owned();
    assert!(!seen.contains("Your own name"), "{seen}");
    s.send(ENTER).unwrap();
    let screen = s.expect("Aware of").unwrap();
    let screen = String::from_utf8_lossy(screen.before()).into_owned();
    assert!(screen.contains("Your level"), "{screen}");
    assert!(screen.contains("You have not met this yet"), "{screen}");
    s.send("\x1b").unwrap();
    s.expect(Eof).unwrap();
}

/// `spawn` in a terminal of `cols` × `rows`, set before the program starts
/// so its very first screen has that size: the pty library sets 80 × 24
/// after starting the child, so the child waits for a line, sent once the
/// size is ours.
fn spawn_sized(
    dir: &std::path::Path,
    args: &[&str],
    cols: u16,
    rows: u16,
) -> expectrl::session::OsSession {
    let inner = crate::common::binary();
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg("stty -echo && read -r _ && stty echo && exec \"$@\"")
        .arg("sh")
        .arg(inner.get_program())
        .args(inner.get_args())
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env_remove("SKILLGAP_PROFILES");
    for (key, value) in inner.get_envs() {
        match value {
            Some(value) => command.env(key, value),
            None => command.env_remove(key),
        };
    }
    let mut session = Session::spawn(command).expect("spawn in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(30)));
    session
        .get_process_mut()
        .set_window_size(cols, rows)
        .unwrap();
    session.send_line("").unwrap();
    session
}

/// What a terminal of `cols` × `rows` shows, fed everything the program
/// wrote; `feed` adds what was read up to and including `needle`.
struct Terminal {
    parser: vt100::Parser,
    cols: u16,
}

impl Terminal {
    fn new(cols: u16, rows: u16) -> Self {
        let size = |n: u16| std::num::NonZeroU16::new(n).unwrap();
        Self {
            parser: vt100::Parser::new(size(rows), size(cols), 0),
            cols,
        }
    }

    fn feed(&mut self, session: &mut expectrl::session::OsSession, needle: &str) {
        let seen = session.expect(needle).unwrap();
        self.parser.process(seen.as_bytes());
    }

    /// The rows on screen, trailing spaces cut.
    fn rows(&self) -> Vec<String> {
        self.parser
            .screen()
            .rows(0, self.cols)
            .map(|row| row.trim_end().to_owned())
            .collect()
    }

    /// The rows the terminal itself broke, a line being too long for it:
    /// where a word may have been cut in two.
    fn broken_rows(&self) -> Vec<String> {
        let screen = self.parser.screen();
        let rows = self.rows();
        (0..rows.len())
            .filter(|&row| screen.row_wrapped(u16::try_from(row).unwrap()))
            .map(|row| rows[row].clone())
            .collect()
    }

    /// The screen's words, one space between them.
    fn words(&self) -> String {
        self.rows()
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[test]
fn at_60_by_24_the_opening_screen_breaks_no_word_and_shows_what_does_not_fit_a_page_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn_sized(
        dir.path(),
        &[
            "assess",
            "senior-devops-engineer-management",
            "--out",
            "a.yaml",
        ],
        60,
        24,
    );
    let mut screen = Terminal::new(60, 24);
    screen.feed(&mut s, "Press Enter for more (Esc to stop). ");
    let rows = screen.rows();
    assert!(
        rows[0].starts_with("Senior DevOps Engineer – Management: 38 items"),
        "{rows:#?}"
    );
    assert_eq!(screen.broken_rows(), Vec::<String>::new(), "{rows:#?}");
    let words = screen.words();
    for depth in skillgap::profile::Depth::ALL {
        assert!(words.contains(depth.meaning()), "{depth:?}: {rows:#?}");
    }
    s.send(ENTER).unwrap();
    screen.feed(&mut s, "Your name: ");
    let rows = screen.rows();
    assert!(
        rows[0].starts_with("Organisation skills are rated on the DDaT scale"),
        "{rows:#?}"
    );
    assert_eq!(screen.broken_rows(), Vec::<String>::new(), "{rows:#?}");
    let words = screen.words();
    let ddat = skillgap::profile::OrgScaleSpec::default();
    for n in 1..=4 {
        let (_, meaning) = ddat.level(n).unwrap();
        assert!(words.contains(meaning), "{meaning}: {rows:#?}");
    }
    assert!(
        words.contains(
            "Each answer is saved at once. Esc or Ctrl-C stops; --resume carries on later."
        ),
        "{rows:#?}"
    );
    s.send("\x1b").unwrap();
    s.expect(Eof).unwrap();
}

/// A copy of the example file with every item rated but the last (User
/// focus), in progress, named `name` in `dir`.
fn all_but_the_last(dir: &std::path::Path, name: &str) {
    let example = std::fs::read_to_string(root().join("examples/sam-nearly-ready.yaml")).unwrap();
    let mut text = String::new();
    for line in example
        .replace("status: complete", "status: in-progress")
        .lines()
        .filter(|line| !line.trim_start().starts_with("user-focus:"))
    {
        text.push_str(line);
        text.push('\n');
    }
    std::fs::write(dir.join(name), text).unwrap();
}

#[test]
fn at_60_by_24_the_last_item_shows_its_progress_line_title_and_every_choice_and_the_end_fits() {
    let dir = tempfile::tempdir().unwrap();
    let file = "sam-rivera-nearly-ready-for-the-senior-devops-role.yaml";
    all_but_the_last(dir.path(), file);
    // --force: every item, from the first unrated, so this is 38 of 38
    // with Back below it (a plain resume asks only the unrated one).
    let mut s = spawn_sized(dir.path(), &["assess", "--resume", file, "--force"], 60, 24);
    let mut screen = Terminal::new(60, 24);
    screen.feed(&mut s, "Press Enter to see the first item");
    s.send(ENTER).unwrap();
    // The FEDIP profile's own texts fill the screen: they come first, and
    // the meaning under the list waits for `?` (said on the opening page).
    screen.feed(&mut s, "Back to the previous item");
    let rows = screen.rows();
    assert!(
        rows[0].starts_with("38 of 38 · Organisation skills"),
        "{rows:#?}"
    );
    assert_eq!(rows[1], "User focus", "{rows:#?}");
    assert!(
        rows.iter()
            .any(|row| row.starts_with("Your level (↑/↓, Enter; Esc to stop)")),
        "{rows:#?}"
    );
    let back = rows
        .iter()
        .position(|row| row == "  Back to the previous item")
        .unwrap_or_else(|| panic!("{rows:#?}"));
    assert!(back < rows.len(), "{rows:#?}");
    assert_eq!(screen.broken_rows(), Vec::<String>::new(), "{rows:#?}");
    // Rated; then the closing lines are wrapped to the width too.
    s.send(ENTER).unwrap();
    s.expect("Evidence").unwrap();
    s.send(ENTER).unwrap();
    let end = s.expect(Eof).unwrap();
    let text = String::from_utf8_lossy(end.as_bytes()).into_owned();
    let lines = screen_lines(&text);
    let done = lines
        .iter()
        .position(|line| line.starts_with("Done: 38 of 38 items rated."))
        .unwrap_or_else(|| panic!("{lines:#?}"));
    let closing = lines[done..]
        .iter()
        .take_while(|line| !line.starts_with("Gap report"))
        .collect::<Vec<_>>();
    assert!(closing.len() > 1, "{closing:#?}");
    // Commands are kept whole on lines of their own, to be copied; every
    // other line fits.
    for line in closing.iter().filter(|l| !l.starts_with("    skillgap ")) {
        assert!(skillgap::render::wrap::width(line) < 60, "{closing:#?}");
    }
    let flat = closing
        .iter()
        .flat_map(|l| l.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(flat.contains(&format!("Saved to {file}.")), "{closing:#?}");
}

#[test]
fn at_80_by_10_the_last_item_keeps_its_head_marks_the_cut_and_scrolls_the_choices_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    all_but_the_last(dir.path(), "sam.yaml");
    let mut s = spawn_sized(
        dir.path(),
        &["assess", "--resume", "sam.yaml", "--force"],
        80,
        10,
    );
    let mut screen = Terminal::new(80, 10);
    screen.feed(&mut s, "Press Enter to see the first item");
    s.send(ENTER).unwrap();
    screen.feed(&mut s, "Skip this item for now");
    let expected_head = |rows: &[String]| {
        assert!(
            rows[0].starts_with("38 of 38 · Organisation skills"),
            "{rows:#?}"
        );
        assert_eq!(rows[1], "User focus", "{rows:#?}");
        assert_eq!(
            rows[2], "  … (cut to fit; enlarge the terminal to read it all)",
            "{rows:#?}"
        );
    };
    let rows = screen.rows();
    expected_head(&rows);
    assert_eq!(
        rows[3], "Your level (↑/↓, Enter; Esc to stop) [1–6 of 7]:",
        "{rows:#?}"
    );
    assert!(rows[4].starts_with("> 0 – Not yet"), "{rows:#?}");
    assert_eq!(rows[9], "  Skip this item for now", "{rows:#?}");
    // Down to the last choice: the list scrolls by one, and every line is
    // drawn once, nothing left over from before.
    for _ in 0..6 {
        s.send(DOWN).unwrap();
    }
    screen.feed(&mut s, "[2–7 of 7]");
    screen.feed(&mut s, "Back to the previous item");
    let rows = screen.rows();
    expected_head(&rows);
    assert_eq!(
        rows[3], "Your level (↑/↓, Enter; Esc to stop) [2–7 of 7]:",
        "{rows:#?}"
    );
    assert!(rows[4].starts_with("  1 – Awareness"), "{rows:#?}");
    assert_eq!(rows[8], "  Skip this item for now", "{rows:#?}");
    assert_eq!(rows[9], "> Back to the previous item", "{rows:#?}");
    assert_eq!(screen.broken_rows(), Vec::<String>::new(), "{rows:#?}");
    s.send("\x1b").unwrap();
    s.expect(Eof).unwrap();
}

/// Starts `assess PROFILE --only systems-design` as Pat at 80 × 24 and
/// shows the item: its screen is fed to the returned terminal.
fn systems_design_of(
    dir: &std::path::Path,
    profile: &str,
    rows: u16,
) -> (expectrl::session::OsSession, Terminal) {
    let args = [
        "assess",
        profile,
        "--only",
        "systems-design",
        "--name",
        "Pat",
        "--out",
        "a.yaml",
    ];
    let mut s = spawn_sized(dir, &args, 80, rows);
    let mut screen = Terminal::new(80, rows);
    screen.feed(&mut s, "Press Enter to see the first item");
    s.send(ENTER).unwrap();
    screen.feed(&mut s, "? shows what each level means for this skill.");
    (s, screen)
}

#[test]
fn the_meaning_of_the_level_under_the_cursor_is_shown_and_the_key_shows_all_four() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, mut screen) =
        systems_design_of(dir.path(), "ddat-senior-devops-engineer-management", 24);
    // Down to 1 – Awareness: its text for this skill, under the list.
    s.send(DOWN).unwrap();
    screen.feed(&mut s, "larger systems");
    let words = screen.words();
    assert!(
        words.contains("What 1 – Awareness means for this skill (? shows every level): You can: - assist as part of a team in the design of components of larger systems"),
        "{:#?}",
        screen.rows()
    );
    // Down to 3 – Practitioner: the text follows the cursor, within the
    // screen, each row within the width.
    s.send(DOWN).unwrap();
    s.send(DOWN).unwrap();
    screen.feed(&mut s, "What 3 – Practitioner means for this skill");
    screen.feed(&mut s, "technology");
    let rows = screen.rows();
    let words = screen.words();
    assert!(words.contains("medium levels of risk"), "{rows:#?}");
    assert!(!words.contains("larger systems"), "{rows:#?}");
    assert!(
        rows[0].starts_with("1 of 1 · Organisation skills"),
        "{rows:#?}"
    );
    assert_eq!(screen.broken_rows(), Vec::<String>::new(), "{rows:#?}");
    // The key: every level's text in full, a page at a time.
    s.send("?").unwrap();
    let mut seen = String::new();
    loop {
        let found = s
            .expect(expectrl::Regex(
                "Press Enter (for more|to go back to the levels)",
            ))
            .unwrap();
        let text = String::from_utf8_lossy(found.before()).into_owned();
        seen.push_str(&screen_lines(&text).join("\n"));
        let last = found
            .matches()
            .next()
            .is_some_and(|m| m.ends_with(b"levels"));
        s.send(ENTER).unwrap();
        if last {
            break;
        }
    }
    for text in [
        "What each level means for Systems design:",
        "1 – Awareness",
        "2 – Working",
        "3 – Practitioner",
        "4 – Expert",
        "assist as part of a team",
        "translate logical designs into physical designs",
        "medium levels of risk",
        "- review the systems designs of others to ensure the selection of appropriate",
    ] {
        assert!(seen.contains(text), "{text}: {seen}");
    }
    // Back on the item, the cursor where it was.
    screen.feed(&mut s, "What 3 – Practitioner means for this skill");
    s.send("\x1b").unwrap();
    s.expect(Eof).unwrap();
}

#[test]
fn the_fedip_profile_s_systems_design_shows_the_ddat_texts_through_its_link() {
    let dir = tempfile::tempdir().unwrap();
    // The FEDIP profile's own texts are long: they come first, and the
    // meaning has the rows a taller terminal leaves free.
    let (mut s, mut screen) =
        systems_design_of(dir.path(), "senior-devops-engineer-management", 36);
    s.send(DOWN).unwrap();
    screen.feed(&mut s, "larger systems");
    let words = screen.words();
    assert!(
        words.contains("What 1 – Awareness means for this skill (? shows every level): You can: - assist as part of a team in the design of components of larger systems"),
        "{:#?}",
        screen.rows()
    );
    s.send("\x1b").unwrap();
    s.expect(Eof).unwrap();
}

#[test]
fn at_40_columns_the_opening_pages_and_prompts_break_no_word() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "assess",
        "senior-devops-engineer-management",
        "--name",
        "Pat",
        "--out",
        "p.yaml",
    ];
    let mut s = spawn_sized(dir.path(), &args, 40, 24);
    let mut screen = Terminal::new(40, 24);
    for _ in 0..2 {
        screen.feed(&mut s, "Press Enter for more (Esc to stop). ");
        assert_eq!(
            screen.broken_rows(),
            Vec::<String>::new(),
            "{:#?}",
            screen.rows()
        );
        s.send(ENTER).unwrap();
    }
    // The prompt is wider than the terminal: wrapped between its words.
    screen.feed(&mut s, "to stop). ");
    let rows = screen.rows();
    assert_eq!(screen.broken_rows(), Vec::<String>::new(), "{rows:#?}");
    assert!(
        rows.iter()
            .any(|row| row == "Press Enter to see the first item (Esc"),
        "{rows:#?}"
    );
    s.send("\x1b").unwrap();
    s.expect(Eof).unwrap();
}

/// A `profs` folder in `dir` with two profiles of the tiny role, in two
/// families: `data-engineer-senior` and `test-lead`.
fn two_family_profiles(dir: &std::path::Path) {
    let tiny = std::fs::read_to_string(fixture("valid/tiny-role.yaml")).unwrap();
    std::fs::create_dir(dir.join("profs")).unwrap();
    for (file, id, title, family) in [
        (
            "a.yaml",
            "data-engineer-senior",
            "Senior data engineer",
            "Data engineer",
        ),
        (
            "b.yaml",
            "test-lead",
            "Test lead",
            "Quality assurance testing",
        ),
    ] {
        let text = tiny.replace("id: tiny-role", &format!("id: {id}")).replace(
            "title: Tiny Role",
            &format!("title: {title}\nfamily: {family}"),
        );
        std::fs::write(dir.join("profs").join(file), text).unwrap();
    }
}

#[test]
fn with_several_profiles_and_none_named_a_search_picks_one() {
    let dir = tempfile::tempdir().unwrap();
    two_family_profiles(dir.path());
    let mut s = spawn(
        dir.path(),
        &["assess", "--profiles", "profs", "--name", "Pat"],
    );
    s.expect("Profile (type to search").unwrap();
    // The default first and chosen, then the built-in framework by family
    // and role in ladder order.
    let list = s
        .expect("Architecture › Business architect — ddat-business-architect")
        .unwrap();
    let list = String::from_utf8_lossy(list.before()).into_owned();
    let default = list
        .find("— senior-devops-engineer-management")
        .expect("the default is listed");
    let trainee = list
        .find("Trainee business architect — ddat-trainee-business-architect")
        .expect("the framework's first rung is listed");
    assert!(default < trainee, "{list}");
    // Typing narrows the list; Enter takes the best match, a folder's
    // profile here.
    s.send("test-lead").unwrap();
    s.expect("test-lead").unwrap();
    s.send(ENTER).unwrap();
    s.expect("Profile: Test lead (test-lead)").unwrap();
    s.expect("Test lead: 3 items, one screen each.").unwrap();
    s.expect("Answers are saved to test-lead-pat-").unwrap();
    s.expect("Press Enter to see the first item").unwrap();
    s.send("\x1b").unwrap();
    s.expect("Stopped before starting; nothing was saved.")
        .unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 130);
}

#[test]
fn enter_at_the_profile_picker_keeps_the_default_and_esc_stops() {
    let dir = tempfile::tempdir().unwrap();
    two_family_profiles(dir.path());
    let mut s = spawn(
        dir.path(),
        &["assess", "--profiles", "profs", "--name", "Pat"],
    );
    s.expect("— ddat-associate-business-architect").unwrap();
    s.send(ENTER).unwrap();
    s.expect("Senior DevOps Engineer – Management: 38 items, one screen each.")
        .unwrap();
    s.expect("Answers are saved to senior-devops-engineer-management-pat-")
        .unwrap();
    s.send("\x1b").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 130);

    let mut s = spawn(dir.path(), &["assess", "--profiles", "profs"]);
    s.expect("— ddat-associate-business-architect").unwrap();
    s.send("\x1b").unwrap();
    s.expect("Stopped before starting; nothing was saved.")
        .unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 130);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_named_profile_or_answers_file_opens_no_picker() {
    let dir = tempfile::tempdir().unwrap();
    two_family_profiles(dir.path());
    let mut s = spawn(
        dir.path(),
        &[
            "assess",
            "test-lead",
            "--profiles",
            "profs",
            "--name",
            "Pat",
        ],
    );
    let opening = s.expect("Test lead: 3 items").unwrap();
    let opening = String::from_utf8_lossy(opening.before()).into_owned();
    assert!(!opening.contains("Profile ("), "{opening}");
    s.send("\x1b").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 130);

    // With --answers the profile is the default, as before, terminal or not.
    std::fs::write(dir.path().join("ratings.yaml"), "devops: familiar\n").unwrap();
    let mut s = spawn(
        dir.path(),
        &[
            "assess",
            "--profiles",
            "profs",
            "--answers",
            "ratings.yaml",
            "--name",
            "Kim",
            "--out",
            "kim.yaml",
        ],
    );
    let all = s.expect(Eof).unwrap();
    let all = String::from_utf8_lossy(all.as_bytes()).into_owned();
    assert_eq!(exit_code(&s), 0, "{all}");
    assert!(!all.contains("Profile ("), "{all}");
    let saved = std::fs::read_to_string(dir.path().join("kim.yaml")).unwrap();
    assert!(
        saved.contains("profile: senior-devops-engineer-management"),
        "{saved}"
    );
}

/// Runs `command`, a line `assess` printed, as a shell would when it is
/// pasted, in `dir` with the binary on `PATH`.
fn paste(dir: &std::path::Path, command: &str) -> std::process::Output {
    Command::new("sh")
        .arg("-c")
        .arg(command)
        .current_dir(dir)
        .env("PATH", crate::common::path_with_binary())
        .env_remove("SKILLGAP_PROFILES")
        .output()
        .expect("sh runs")
}

#[test]
fn the_printed_commands_work_pasted_for_a_file_named_like_an_option_or_markdown() {
    // `-a.md`: a bare `report -a.md` is an unknown option, and
    // `> -a.md` would empty the assessment before the report reads it.
    let dir = tempfile::tempdir().unwrap();
    let profile = fixture("valid/tiny-role.yaml");
    let profile = profile.to_str().unwrap();
    let mut s = start_as_pat(dir.path(), &["assess", profile, "--out=-a.md"]);
    s.expect("1 of 3").unwrap();
    rate(&mut s, 2);
    let printed = esc_and_resume_command(&mut s).join(" ");
    assert!(printed.contains("--resume ./-a.md"), "{printed}");
    let resumed = paste(dir.path(), &format!("skillgap {printed} </dev/null"));
    let stderr = String::from_utf8_lossy(&resumed.stderr);
    // Past the arguments, to the terminal check.
    assert!(stderr.contains("there is none here"), "{stderr}");

    let mut s = spawn(dir.path(), &["assess", "--resume", "./-a.md", profile]);
    s.expect("Press Enter to see the first item").unwrap();
    s.send(ENTER).unwrap();
    rate(&mut s, 1);
    rate(&mut s, 2);
    let tail = s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 0);
    let text = String::from_utf8_lossy(tail.as_bytes()).replace('\r', "");
    let before = std::fs::read_to_string(dir.path().join("-a.md")).unwrap();
    let share = text
        .lines()
        .map(str::trim)
        .find(|line| line.contains("--format markdown"))
        .unwrap_or_else(|| panic!("a share command in {text}"));
    assert!(share.ends_with("> ./-a-report.md"), "{share}");
    for command in text
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("skillgap "))
    {
        let run = paste(dir.path(), command);
        assert!(run.status.success(), "{command}: {run:?}");
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("-a.md")).unwrap(),
        before
    );
    let shared = std::fs::read_to_string(dir.path().join("-a-report.md")).unwrap();
    assert!(shared.contains("Pat Example"), "{shared}");
}

#[test]
fn the_command_to_continue_an_existing_file_names_the_profile_file_too() {
    // A profile given as a file is found only when named again: the
    // command printed must name it, or it answers "no profile with id".
    let dir = tempfile::tempdir().unwrap();
    let profile = fixture("valid/tiny-role.yaml");
    let profile = profile.to_str().unwrap();
    std::fs::write(dir.path().join("ans.yaml"), "testing: aware\n").unwrap();
    let args = [
        "assess",
        profile,
        "--answers",
        "ans.yaml",
        "--name",
        "Pat",
        "--out",
        "p.yaml",
    ];
    let first = crate::common::in_dir(dir.path(), &args);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let again = crate::common::in_dir(dir.path(), &args);
    assert_eq!(again.code, 2, "{}", again.stderr);
    let flat = again
        .stderr
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let command = flat
        .split_once("continue it with `skillgap ")
        .and_then(|(_, rest)| rest.split_once('`'))
        .unwrap_or_else(|| panic!("a command in {flat}"))
        .0;
    assert!(command.contains(profile), "{command}");
    let args: Vec<&str> = command.split_whitespace().collect();
    let mut s = spawn(dir.path(), &args);
    s.expect("Press Enter to see the first item").unwrap();
    s.send("\x1b").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 130);
}

#[test]
fn nothing_to_ask_at_60_columns_breaks_no_word() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("examples/sam-nearly-ready.yaml"),
        dir.path().join("me.yaml"),
    )
    .unwrap();
    let mut s = spawn_sized(
        dir.path(),
        &["assess", "--resume", "me.yaml", "--unrated"],
        60,
        24,
    );
    let mut screen = Terminal::new(60, 24);
    screen.feed(&mut s, "instead of --unrated.");
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 0);
    let rows = screen.rows();
    assert_eq!(screen.broken_rows(), Vec::<String>::new(), "{rows:#?}");
    assert!(
        screen
            .words()
            .contains("Nothing to ask: every item in me.yaml is rated, and nothing was changed."),
        "{rows:#?}"
    );
}

#[test]
fn several_profiles_ask_each_skill_once_and_ctrl_c_then_resume_finishes_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(
        dir.path(),
        &[
            "assess",
            "ddat-senior-devops-engineer",
            "ddat-lead-devops-engineer",
            "--name",
            "Pat",
            "--out",
            "m.yaml",
        ],
    );
    s.expect("Press Enter to see the first item").unwrap();
    s.send(ENTER).unwrap();
    // Both levels need the same ten DDaT skills: ten screens, not twenty,
    // each saying what every level requires.
    s.expect("1 of 10").unwrap();
    s.expect("Required: Senior: Working · Lead: Working")
        .unwrap();
    rate(&mut s, 2);
    s.expect("2 of 10").unwrap();
    s.expect("Your level").unwrap();
    s.send(CTRL_C).unwrap();
    let tail = s.expect(Eof).unwrap();
    let text = String::from_utf8_lossy(tail.as_bytes()).into_owned();
    assert_eq!(exit_code(&s), 130);
    let command = text
        .lines()
        .find_map(|line| line.trim().strip_prefix("Resume with: skillgap "))
        .expect("a resume command")
        .trim()
        .to_owned();
    assert!(command.ends_with("assess --resume m.yaml"), "{command}");
    let saved = std::fs::read_to_string(dir.path().join("m.yaml")).unwrap();
    assert!(
        saved.starts_with(
            "profiles:\n  - ddat-senior-devops-engineer\n  - ddat-lead-devops-engineer\n"
        ),
        "{saved}"
    );
    assert!(
        saved.contains("availability-and-capacity-management:\n    level: 2"),
        "{saved}"
    );

    // As if the Senior level had changed since: resuming says so, and the
    // file then records the digest the ratings are made against.
    let senior_was = saved
        .lines()
        .find_map(|line| line.strip_prefix("  ddat-senior-devops-engineer: "))
        .expect("a digest per profile")
        .to_owned();
    let fake = format!("sha256:{}", "1".repeat(64));
    std::fs::write(dir.path().join("m.yaml"), saved.replace(&senior_was, &fake)).unwrap();

    let args: Vec<&str> = command.split_whitespace().collect();
    let mut s = spawn(dir.path(), &args);
    s.expect("changed since this assessment was started: `ddat-senior-devops-engineer`")
        .unwrap();
    s.expect("Press Enter to see the first item").unwrap();
    s.send(ENTER).unwrap();
    for at in 1..=9 {
        s.expect(format!("{at} of 9").as_str()).unwrap();
        rate(&mut s, 3);
    }
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 0);
    let saved = std::fs::read_to_string(dir.path().join("m.yaml")).unwrap();
    assert!(saved.contains("status: complete"), "{saved}");
    assert_eq!(saved.matches("    level: ").count(), 10, "{saved}");
    assert!(saved.contains("profile_digests:"), "{saved}");
    assert!(
        saved.contains(&format!("  ddat-senior-devops-engineer: {senior_was}\n")),
        "{saved}"
    );
    let file = dir.path().join("m.yaml");
    for id in ["ddat-senior-devops-engineer", "ddat-lead-devops-engineer"] {
        let report = run(&["report", file.to_str().unwrap(), "--profile", id]);
        assert_eq!(report.code, 0, "{}", report.stderr);
        assert!(report.stdout.contains("· all rated"), "{}", report.stdout);
        assert!(!report.stdout.contains("has changed"), "{}", report.stdout);
    }
}
