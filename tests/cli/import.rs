//! `skillgap import` as a command: what it writes, where, with which exit
//! code and messages. How the page is read is tested in the library
//! (`src/import/tests`, `src/import/snapshot_tests.rs`).

use crate::common::{fixture, run, skillgap};

fn source_text() -> String {
    // A copy, byte for byte, of the published page's text (the source
    // profile beside the repository), so CI needs nothing outside it.
    std::fs::read_to_string(fixture("import/source-page.txt")).unwrap()
}

#[test]
fn the_command_writes_yaml_lists_every_place_to_check_and_exits_1() {
    let result = run(&["import", "tests/fixtures/import/source-page.txt"]);
    assert_eq!(result.code, 1, "{}", result.stderr);
    // Two behavioural titles, three technical, three training, one PDA,
    // two awarding bodies, two type lines, three cut-off texts.
    assert_eq!(
        result.stderr.matches("has no title in the page").count(),
        9,
        "{}",
        result.stderr
    );
    assert_eq!(result.stderr.matches("has no awarding body").count(), 2);
    assert_eq!(result.stderr.matches("has no type line").count(), 2);
    assert_eq!(result.stderr.matches("marked truncated").count(), 3);
    assert!(
        result
            .stderr
            .contains("source-page.txt:111: knowledge/skill 2 has no title"),
        "{}",
        result.stderr
    );
    // The output is a profile that validate reads, with warnings for the
    // places a person must fill in.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("imported.yaml");
    std::fs::write(&out, &result.stdout).unwrap();
    let validate = run(&["validate", out.to_str().unwrap()]);
    assert_eq!(validate.code, 0, "warnings only: {}", validate.stdout);
    assert!(validate.stdout.contains("[inferred-field]"));
}

#[test]
fn a_clean_page_imports_with_exit_0_and_stdin_works() {
    let page = "Tiny Role\n\nA small role.\n\nAt this role level, you will:\n\n• do things\n\nWork Activity Components\n\nTitle Details\n\nTesting\n\nWrites the tests.\n\nKnowledge/Skills Components\n\nTitle Depth Details Type\n\nAttention to Detail\n\nChecks the work.\n\nBehavioural Skills\n";
    let mut child = skillgap()
        .args(["import", "-", "--id", "tiny"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), page.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.starts_with("id: tiny\ntitle: Tiny Role\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  - title: Testing\n    details: Writes the tests.\n"),
        "{stdout}"
    );
}

#[test]
fn text_that_is_not_a_profile_page_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("note.txt");
    std::fs::write(&path, "Shopping list\n\nmilk\neggs\n").unwrap();
    let result = run(&["import", path.to_str().unwrap()]);
    assert_eq!(result.code, 2);
    assert!(
        result
            .stderr
            .contains("does not look like a job-profile page"),
        "{}",
        result.stderr
    );

    std::fs::write(
        &path,
        "Background Components

Work Activity Components

Title Details

At this role level, you will:
",
    )
    .unwrap();
    let result = run(&["import", path.to_str().unwrap()]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(result.stdout.is_empty());
    assert!(result.stderr.contains("no items"), "{}", result.stderr);
}

#[test]
fn out_writes_the_file_and_will_not_replace_one_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("role.yaml");
    let page = fixture("import/compact-rows.txt");
    let (page, out_path) = (page.to_str().unwrap(), out.to_str().unwrap());
    let plain = ["import", page, "--out", out_path];
    let forced = ["import", page, "--out", out_path, "--force"];
    let first = run(&plain);
    assert_eq!(first.code, 1, "{}", first.stderr);
    assert!(first.stdout.is_empty(), "the YAML goes to the file");
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.contains("title: Senior DevOps Engineer – Management"));

    std::fs::write(&out, "keep me\n").unwrap();
    let refused = run(&plain);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains("--force"), "{}", refused.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me\n");

    let replaced = run(&forced);
    assert_eq!(replaced.code, 1, "{}", replaced.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), written);
}

#[test]
fn a_huge_unplaced_line_is_clipped_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.txt");
    let huge = "x".repeat(100_000);
    std::fs::write(
        &page,
        format!("Tiny Role\n\nA small role.\n\nBackground Components\n\nDescription Background\n\n{huge}\n\nWork Activity Components\n\nTitle Details\n\nTesting\n\nWrites the tests.\n\nKnowledge/Skills Components\n\nTitle Depth Details Type\n\nAttention to Detail\n\nChecks the work.\n\nBehavioural Skills\n"),
    )
    .unwrap();
    let result = run(&["import", page.to_str().unwrap()]);
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert!(
        result.stderr.contains(":9: could not place this line: xxx"),
        "{}",
        result.stderr
    );
    assert!(result.stderr.contains("(99800 more characters)"));
    assert!(result.stderr.len() < 2_000, "{} bytes", result.stderr.len());
}

#[test]
fn a_page_that_lost_a_details_line_imports_with_exit_1_and_validates_with_warnings_only() {
    let text = source_text().replacen(
        "Team effectiveness\n\nSchedules and facilitates meetings to identify blockers to team effectiveness.\n",
        // One blank line more than between fields: one field lost.
        "Team effectiveness\n\n",
        1,
    );
    assert_ne!(text, source_text());
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.txt");
    let out = dir.path().join("role.yaml");
    std::fs::write(&page, &text).unwrap();
    let result = run(&[
        "import",
        page.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(result.code, 1, "{}", result.stderr);
    let validate = run(&["validate", out.to_str().unwrap()]);
    assert_eq!(validate.code, 0, "warnings only: {}", validate.stdout);
}

#[test]
fn the_summary_line_shows_escapes_in_the_imported_title_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.txt");
    let page = "Tiny \u{1b}]0;pwned\u{7}Role\u{202e}\u{1b}[2J\n\nA small role.\n\nAt this role level, you will:\n\n• do things\n\nWork Activity Components\n\nTitle Details\n\nTesting\n\nWrites the tests.\n\nKnowledge/Skills Components\n\nTitle Depth Details Type\n\nAttention to Detail\n\nChecks the work.\n\nBehavioural Skills\n";
    std::fs::write(&path, page).unwrap();
    let result = run(&["import", path.to_str().unwrap(), "--id", "tiny"]);
    assert!(
        result
            .stderr
            .contains("imported `Tiny \\u{1b}]0;pwned\\u{7}Role\\u{202e}\\u{1b}[2J`"),
        "{:?}",
        result.stderr
    );
    assert!(
        !result.stderr.contains(['\u{1b}', '\u{7}', '\u{202e}']),
        "{:?}",
        result.stderr
    );
}

#[test]
fn standard_input_too_large_or_not_text_is_named_as_such() {
    for (input, message) in [
        (
            "/dev/zero",
            "standard input is larger than the 1024 KiB limit",
        ),
        ("/dev/urandom", "standard input is"),
    ] {
        let output = crate::common::skillgap()
            .args(["import", "-"])
            .stdin(std::fs::File::open(input).unwrap())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{input}: {stderr}");
        assert!(stderr.contains(message), "{input}: {stderr}");
    }
}

#[test]
fn a_page_with_nothing_to_rate_is_exit_2_and_writes_nothing() {
    // This README names the page's headings but is no profile page.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("readme.yaml");
    let result = run(&["import", "README.md", "--out", out.to_str().unwrap()]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains("no knowledge/skills and no organisation skills"),
        "{}",
        result.stderr
    );
    assert!(!out.exists());
    let result = run(&["import", "README.md"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(result.stdout.is_empty(), "{}", result.stdout);

    // Work activities alone are not enough to rate anyone against.
    let page = dir.path().join("page.txt");
    std::fs::write(
        &page,
        "Tiny Role\n\nA small role.\n\nWork Activity Components\n\nTitle Details\n\nTesting\n\nWrites the tests.\n",
    )
    .unwrap();
    let result = run(&["import", page.to_str().unwrap()]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(result.stdout.is_empty(), "{}", result.stdout);
}
