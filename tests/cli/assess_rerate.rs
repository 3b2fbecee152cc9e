//! Re-rating some items of a file in a terminal: a plain `--resume` asks
//! only the unrated items, `--unrated` and `--only ID,…` ask just those
//! (a complete file needs no `--force` for them), and `--resume --force`
//! goes through every item from the first unrated one.

use expectrl::{Eof, Expect as _};

use crate::assess_pty::{exit_code, rate, spawn};

/// On a level screen already shown (its "Your level" read): picks the
/// level `down` places below the pre-selected one, skips the note.
fn rate_shown(s: &mut expectrl::session::OsSession, down: usize) {
    for _ in 0..down {
        s.send("\x1b[B").unwrap();
    }
    s.send("\r").unwrap();
    s.expect("Evidence").unwrap();
    s.send("\r").unwrap();
}
use crate::common::{fixture, root};

/// Sam's complete assessment against the built-in profile (38 items),
/// without the ratings of `unrated`; saved as `me.yaml` in `dir`.
fn sam_without(dir: &std::path::Path, unrated: &[&str]) -> String {
    let sam = std::fs::read_to_string(root().join("examples/sam-nearly-ready.yaml")).unwrap();
    let mut text = String::new();
    for line in sam.lines().filter(|line| {
        !unrated
            .iter()
            .any(|id| line.trim_start().starts_with(&format!("{id}:")))
    }) {
        text.push_str(line);
        text.push('\n');
    }
    assert!(text.contains("status: complete"));
    std::fs::write(dir.join("me.yaml"), &text).unwrap();
    text
}

/// Runs to the end and returns everything printed since the last
/// `expect`ed text.
fn rest(s: &mut expectrl::session::OsSession) -> String {
    let tail = s.expect(Eof).unwrap();
    String::from_utf8_lossy(tail.as_bytes()).into_owned()
}

/// The progress lines ("2 of 3 · Knowledge and skills · …") in `text`.
fn progress_lines(text: &str) -> Vec<String> {
    crate::assess_pty::screen_lines(text)
        .into_iter()
        .map(|line| line.trim().to_owned())
        .filter(|line| {
            line.split_once(" of ")
                .is_some_and(|(n, rest)| n.parse::<usize>().is_ok() && rest.contains(" · "))
        })
        .collect()
}

#[test]
fn unrated_on_a_complete_file_asks_only_its_three_unrated_items_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let before = sam_without(dir.path(), &["innovation", "devops", "prototyping"]);

    // A plain resume of a complete file says what to add, and asks nothing.
    let mut s = spawn(dir.path(), &["assess", "--resume", "me.yaml"]);
    let text = rest(&mut s);
    assert_eq!(exit_code(&s), 2, "{text}");
    assert!(text.contains("me.yaml is already complete"), "{text}");
    assert!(
        text.contains("--unrated    rate the 3 unrated items"),
        "{text}"
    );
    assert!(!text.contains("Press Enter"), "{text}");

    let mut s = spawn(dir.path(), &["assess", "--resume", "me.yaml", "--unrated"]);
    let opening = s.expect("Press Enter to see the first item").unwrap();
    let opening = String::from_utf8_lossy(opening.before()).into_owned();
    let flat = opening.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "35 of 38 items answered. Only the 3 unrated items are asked, \
             first Innovation (2 of 38 in the profile)."
        ),
        "{opening}"
    );
    s.send("\r").unwrap();
    let mut screens = String::new();
    for (position, title) in [
        ("1 of 3", "Innovation"),
        ("2 of 3", "DevOps"),
        ("3 of 3", "Prototyping"),
    ] {
        let shown = s.expect("Your level").unwrap();
        screens.push_str(&String::from_utf8_lossy(shown.before()));
        assert!(
            screens.contains(position) && screens.contains(title),
            "{screens}"
        );
        rate_shown(&mut s, 2);
    }
    let end = rest(&mut s);
    assert_eq!(exit_code(&s), 0, "{end}");
    screens.push_str(&end);
    assert_eq!(
        progress_lines(&screens)
            .iter()
            .map(|line| line.split(" · ").next().unwrap())
            .collect::<Vec<_>>(),
        ["1 of 3", "2 of 3", "3 of 3"],
        "only the three unrated items, no answered one: {screens}"
    );
    let saved = std::fs::read_to_string(dir.path().join("me.yaml")).unwrap();
    assert!(saved.contains("status: complete"), "{saved}");
    for id in ["innovation", "devops", "prototyping"] {
        assert!(saved.contains(&format!("  {id}:")), "{id} rated: {saved}");
    }
    // Every other rating is as it was, evidence included.
    assert!(
        saved.contains(
            "coaching-techniques:\n    level: proficient\n    evidence: mentors two juniors"
        ),
        "{saved}"
    );
    assert!(before.contains("teamwork: expert") && saved.contains("teamwork:\n    level: expert"));
}

#[test]
fn a_plain_resume_asks_the_unrated_items_and_passes_over_the_answered_ones() {
    let dir = tempfile::tempdir().unwrap();
    let profile = fixture("valid/tiny-role.yaml");
    // Listening, item 2 of 3, is answered; Testing and Systems design not.
    std::fs::write(
        dir.path().join("p.yaml"),
        "profile: tiny-role\nperson: Pat\nassessor: self\ndate: 2026-11-26\n\
         status: in-progress\nratings:\n  listening:\n    level: aware\n",
    )
    .unwrap();
    let mut s = spawn(
        dir.path(),
        &["assess", profile.to_str().unwrap(), "--resume", "p.yaml"],
    );
    s.expect("Press Enter to see the first item").unwrap();
    s.send("\r").unwrap();
    let first = s.expect("Your level").unwrap();
    let first = String::from_utf8_lossy(first.before()).into_owned();
    assert!(
        first.contains("1 of 2") && first.contains("Testing"),
        "{first}"
    );
    rate_shown(&mut s, 2);
    let second = s.expect("Your level").unwrap();
    let second = String::from_utf8_lossy(second.before()).into_owned();
    assert!(
        second.contains("2 of 2") && second.contains("Systems design"),
        "{second}"
    );
    rate_shown(&mut s, 2);
    let end = rest(&mut s);
    assert_eq!(exit_code(&s), 0, "{end}");
    let lines = progress_lines(&format!("{first}{second}{end}"));
    assert_eq!(
        lines.len(),
        2,
        "Listening, answered, is not shown: {lines:?}"
    );
    let saved = std::fs::read_to_string(dir.path().join("p.yaml")).unwrap();
    assert!(saved.contains("status: complete"), "{saved}");
    assert!(saved.contains("listening:\n    level: aware"), "{saved}");
}

#[test]
fn only_re_rates_named_items_and_the_printed_command_carries_them_on() {
    let dir = tempfile::tempdir().unwrap();
    sam_without(dir.path(), &[]);
    let mut s = spawn(
        dir.path(),
        &[
            "assess",
            "--resume",
            "me.yaml",
            "--only",
            "prototyping,devops",
        ],
    );
    s.expect("Press Enter to see the first item").unwrap();
    s.send("\r").unwrap();
    // Profile order, whatever the order given; the answer is pre-selected.
    s.expect("1 of 2").unwrap();
    s.expect("DevOps").unwrap();
    rate(&mut s, 1);
    s.expect("2 of 2").unwrap();
    s.expect("Prototyping").unwrap();
    s.expect("Your level").unwrap();
    s.send("\x1b").unwrap();
    let text = rest(&mut s);
    assert_eq!(exit_code(&s), 130, "{text}");
    let command: Vec<&str> = text
        .lines()
        .find_map(|line| line.trim().strip_prefix("Resume with: skillgap "))
        .unwrap_or_else(|| panic!("a resume command in {text}"))
        .split_whitespace()
        .collect();
    assert_eq!(
        command,
        [
            "assess",
            "--resume",
            "me.yaml",
            "--only",
            "prototyping,devops"
        ]
    );
    let saved = std::fs::read_to_string(dir.path().join("me.yaml")).unwrap();
    assert!(saved.contains("devops:\n    level: expert"), "{saved}");
    assert!(
        saved.contains("status: complete"),
        "the file keeps its status: {saved}"
    );

    // As printed: no --force needed, the same two items again.
    let mut s = spawn(dir.path(), &command);
    s.expect("Press Enter to see the first item").unwrap();
    s.send("\r").unwrap();
    s.expect("1 of 2").unwrap();
    s.expect("Your level").unwrap();
    s.send("\x1b").unwrap();
    let text = rest(&mut s);
    assert_eq!(exit_code(&s), 130, "{text}");
}

#[test]
fn an_unknown_only_id_is_refused_with_the_closest_before_anything_is_asked() {
    let dir = tempfile::tempdir().unwrap();
    let before = sam_without(dir.path(), &[]);
    let mut s = spawn(
        dir.path(),
        &[
            "assess",
            "--resume",
            "me.yaml",
            "--only",
            "devops,protoyping",
        ],
    );
    let text = rest(&mut s);
    assert_eq!(exit_code(&s), 2, "{text}");
    assert!(
        text.contains("has no item `protoyping` (did you mean `prototyping`?)"),
        "{text}"
    );
    assert!(!text.contains("Press Enter"), "{text}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("me.yaml")).unwrap(),
        before
    );
}

#[test]
fn force_on_a_complete_file_starts_at_its_first_unrated_item() {
    let dir = tempfile::tempdir().unwrap();
    sam_without(dir.path(), &["devops"]);
    let mut s = spawn(dir.path(), &["assess", "--resume", "me.yaml", "--force"]);
    let opening = s.expect("Press Enter to see the first item").unwrap();
    let opening = String::from_utf8_lossy(opening.before()).into_owned();
    let flat = opening.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("37 of 38 items answered. Next: DevOps (17 of 38 in the profile)."),
        "{opening}"
    );
    s.send("\r").unwrap();
    let screen = s.expect("Your level").unwrap();
    let screen = String::from_utf8_lossy(screen.before()).into_owned();
    assert!(
        screen.contains("17 of 38") && screen.contains("DevOps"),
        "{screen}"
    );
    // Every item is gone through: Back reaches the answered one before.
    s.expect("Back to the previous item").unwrap();
    for _ in 0..6 {
        s.send("\x1b[B").unwrap();
    }
    s.send("\r").unwrap();
    s.expect("16 of 38").unwrap();
    s.expect("Your level").unwrap();
    s.send("\x1b").unwrap();
    let text = rest(&mut s);
    assert_eq!(exit_code(&s), 130, "{text}");
}

#[test]
fn unrated_with_nothing_unrated_says_so_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let before = sam_without(dir.path(), &[]);
    let mut s = spawn(dir.path(), &["assess", "--resume", "me.yaml", "--unrated"]);
    let text = rest(&mut s);
    assert_eq!(exit_code(&s), 0, "{text}");
    assert!(
        text.contains("Nothing to ask: every item in me.yaml is rated"),
        "{text}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("me.yaml")).unwrap(),
        before
    );
}

#[test]
fn only_on_a_new_assessment_says_how_many_it_asks_and_asks_just_those() {
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
            "p.yaml",
            "--only",
            "systems-design",
        ],
    );
    s.expect("Tiny Role: 1 of its 3 items (--only), one screen each.")
        .unwrap();
    s.expect("Press Enter to see the first item").unwrap();
    s.send("\r").unwrap();
    let screen = s.expect("Your level").unwrap();
    let screen = String::from_utf8_lossy(screen.before()).into_owned();
    assert!(
        screen.contains("1 of 1") && screen.contains("Systems design"),
        "{screen}"
    );
    rate_shown(&mut s, 2);
    // Testing, required, was not asked: the file stays in progress.
    s.expect("Mark it complete anyway").unwrap();
    s.send("\r").unwrap();
    let end = rest(&mut s);
    assert_eq!(exit_code(&s), 0, "{end}");
    let saved = std::fs::read_to_string(dir.path().join("p.yaml")).unwrap();
    assert!(saved.contains("systems-design:\n    level: 2"), "{saved}");
    assert!(saved.contains("status: in-progress"), "{saved}");
    assert!(!saved.contains("testing"), "{saved}");
}
