//! `skillgap show`: every section, readably, in each format.

use crate::common::{fixture, run, skillgap};

#[test]
fn the_table_format_shows_every_section_within_80_columns() {
    let result = run(&["show", "senior-devops-engineer-management"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    for heading in [
        "SUMMARY",
        "AT THIS ROLE LEVEL, YOU WILL",
        "BACKGROUND (2)",
        "WORK ACTIVITIES (16)",
        "KNOWLEDGE AND SKILLS (28)",
        "ORGANISATION SKILLS (10)",
        // A level's number and name are held together by no-break spaces.
        "Rated on the DDaT scale: 1\u{a0}–\u{a0}Awareness, 2\u{a0}–\u{a0}Working, 3\u{a0}–\u{a0}Practitioner,\n  4\u{a0}–\u{a0}Expert",
        "TRAINING (9)",
        "PROFESSIONAL DEVELOPMENT ACTIVITIES (8)",
        "QUALIFICATIONS (3)",
    ] {
        assert!(result.stdout.contains(heading), "no {heading}");
    }
    assert!(result.stdout.contains("3 – Practitioner"));
    assert!(result.stdout.contains("Proficient in"));
    for line in result.stdout.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line}");
    }
    assert!(!result.stdout.contains('\u{1b}'), "no colour when piped");
}

#[test]
fn small_profile_renders_as_table() {
    let result = run(&["show", "tests/fixtures/valid/tiny-role.yaml"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    insta::assert_snapshot!("show_tiny_table", result.stdout);
}

#[test]
fn small_profile_renders_as_markdown() {
    let result = run(&[
        "show",
        "tests/fixtures/valid/tiny-role.yaml",
        "--format",
        "markdown",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    insta::assert_snapshot!("show_tiny_markdown", result.stdout);
}

#[test]
fn yaml_output_reads_back_as_the_same_profile() {
    let result = run(&[
        "show",
        "senior-devops-engineer-management",
        "--format",
        "yaml",
    ]);
    assert_eq!(result.code, 0);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.yaml");
    std::fs::write(&path, &result.stdout).unwrap();
    let again = run(&["show", path.to_str().unwrap(), "--format", "json"]);
    let original = run(&[
        "show",
        "senior-devops-engineer-management",
        "--format",
        "json",
    ]);
    assert_eq!(again.stdout, original.stdout);
}

#[test]
fn an_unknown_id_lists_the_ids_and_suggests_the_closest() {
    let result = run(&["show", "senior-devops-engineer-managment"]);
    assert_eq!(result.code, 2);
    insta::assert_snapshot!(result.stderr, @r"
    error: no profile with id `senior-devops-engineer-managment`; did you mean `senior-devops-engineer-management`?
    202 profiles are available: the profiles command lists them, and a word after it (profiles devops) searches them
    ");
}

#[test]
fn an_invalid_profile_file_is_exit_2_with_located_errors() {
    let result = run(&["show", "tests/fixtures/invalid/off-scale-level.yaml"]);
    assert_eq!(result.code, 2);
    assert!(
        result
            .stderr
            .contains("off-scale-level.yaml:17:12: error: level 5 is off the DDaT scale"),
        "{}",
        result.stderr
    );
}

#[test]
fn control_characters_in_profile_text_are_neutralised() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evil.yaml");
    let text = std::fs::read_to_string(crate::common::fixture("valid/tiny-role.yaml"))
        .unwrap()
        .replace(
            "A small role used by the tests.",
            "\"Clear \\e[2J screen \\a\"",
        );
    std::fs::write(&path, text).unwrap();
    // Markdown escapes the backslash and bracket, so they render as shown.
    for (format, shown) in [
        ("table", "Clear \\u{1b}[2J screen \\u{7}"),
        ("markdown", "Clear \\\\u{1b}\\[2J screen \\\\u{7}"),
    ] {
        let result = run(&["show", path.to_str().unwrap(), "--format", format]);
        assert_eq!(result.code, 0, "{}", result.stderr);
        assert!(!result.stdout.contains('\u{1b}'), "{format}");
        assert!(result.stdout.contains(shown), "{format}: {}", result.stdout);
    }
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = skillgap()
        .args([
            "show",
            "senior-devops-engineer-management",
            "--format",
            "markdown",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

/// Display width per grapheme cluster (SPEC §6): CJK counts two.
fn columns(text: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation as _;
    use unicode_width::UnicodeWidthStr as _;
    text.graphemes(true).map(str::width).sum()
}

#[test]
fn words_too_long_for_the_line_are_broken_and_nothing_is_lost() {
    let result = run(&["show", "tests/fixtures/hostile/unbreakable-words.yaml"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    for line in result.stdout.lines() {
        assert!(columns(line) <= 80, "{} columns: {line}", columns(line));
    }
    // The fixture's 5,000-character word and 3,000-character CJK run.
    let word: String = "abcdefghij".repeat(500);
    let cjk: String = (0..3000)
        .map(|i| char::from_u32(0x4E00 + (i * 7) % 2000).unwrap())
        .collect();
    let url = format!("https://example.org/{}", "p".repeat(400));
    let joined: String = result.stdout.lines().map(str::trim).collect();
    assert!(joined.contains(&url), "the source URL is whole");
    assert_eq!(
        joined.matches(&word).count(),
        2,
        "responsibility and details"
    );
    assert_eq!(joined.matches(&cjk).count(), 2, "summary and details");
}

/// The mirror of `report` given a profile: one finding that names the
/// mistake, not an `unknown field` error per assessment key.
#[test]
fn an_assessment_file_is_named_as_an_assessment_not_a_profile() {
    let result = run(&["show", "examples/alex-early.yaml"]);
    assert_eq!(result.code, 2);
    assert!(
        result
            .stderr
            .contains("examples/alex-early.yaml:1:1: error: this is an assessment, not a profile"),
        "{}",
        result.stderr
    );
    assert!(
        !result.stderr.contains("unknown field"),
        "{}",
        result.stderr
    );
    assert_eq!(
        result.stderr.matches("error:").count(),
        2,
        "{}",
        result.stderr
    );
}

#[test]
fn an_organisation_skill_may_have_no_category_as_the_ddat_data_has_none() {
    // The DDaT framework's files have no category column (SPEC §9): a
    // profile without one validates under --strict and shows the framework
    // alone, with no dangling "»".
    let dir = tempfile::tempdir().unwrap();
    let tiny = std::fs::read_to_string(fixture("valid/tiny-role.yaml")).unwrap();
    let without = tiny.replace("    category: Software Development\n", "");
    assert_ne!(without, tiny, "the fixture names a category to take out");
    let path = dir.path().join("no-category.yaml");
    std::fs::write(&path, &without).unwrap();
    let validate = run(&["validate", "--strict", path.to_str().unwrap()]);
    assert_eq!(validate.code, 0, "{}{}", validate.stdout, validate.stderr);
    let show = run(&["show", path.to_str().unwrap()]);
    assert_eq!(show.code, 0, "{}", show.stderr);
    assert!(show.stdout.contains("DDaT · "), "{}", show.stdout);
    assert!(!show.stdout.contains('»'), "{}", show.stdout);
    let markdown = run(&["show", path.to_str().unwrap(), "--format", "markdown"]);
    assert!(!markdown.stdout.contains('»'), "{}", markdown.stdout);
    // A profile that names one still shows it.
    let shown = run(&["show", fixture("valid/tiny-role.yaml").to_str().unwrap()]);
    assert!(
        shown.stdout.contains("DDaT » Software Development"),
        "{}",
        shown.stdout
    );
}
