//! Hostile YAML in any file kind: tags, line endings, nesting, size in
//! nodes, and files with thousands of findings.

use crate::common::{fixture, run_paths};

/// Writes `text` to a fresh file named `name` and validates it with `args`.
fn validate_text(name: &str, text: &str, args: &[&str]) -> crate::common::Run {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    let mut all = vec!["validate"];
    all.extend_from_slice(args);
    run_paths(&all, &[&path])
}

#[test]
fn a_yaml_tag_is_refused_with_its_location_not_silently_dropped() {
    let result = run_paths(&["validate"], &[&fixture("yaml/global-tags.yaml")]);
    assert_eq!(result.code, 1, "{}{}", result.stdout, result.stderr);
    assert!(
        result.stdout.contains(
            "global-tags.yaml:3:10: error: YAML tag `!!python/object/new:os.system` is not allowed"
        ),
        "{}",
        result.stdout
    );
    assert!(result.stdout.contains("[yaml-tag]"), "{}", result.stdout);
}

#[test]
fn every_kind_of_yaml_tag_is_refused_where_it_is_written() {
    let head = "id: tagged\ntitle: Tagged\n";
    for (line, column, tag) in [
        ("summary: !!binary aGVsbG8=", 10, "!!binary"),
        (
            "summary: !!python/name:os.system",
            10,
            "!!python/name:os.system",
        ),
        ("summary: !!float 3", 10, "!!float"),
        (
            "summary: !<tag:yaml.org,2002:str> text",
            10,
            "!<tag:yaml.org,2002:str>",
        ),
        ("summary: !custom text", 10, "!custom"),
        ("summary: [a, !!str b]", 14, "!!str"),
        ("summary: &anchor !!str text", 10, "!!str"),
        ("!!str summary: text", 1, "!!str"),
        (
            "summary:\n  - !!python/object/new:os.system [ls]",
            5,
            "!!python/object/new:os.system",
        ),
    ] {
        let result = validate_text("tagged.yaml", &format!("{head}{line}\n"), &[]);
        let expected = format!(":3:{column}: error: YAML tag `{tag}` is not allowed");
        let expected = if line.contains('\n') {
            expected.replacen(":3:", ":4:", 1)
        } else {
            expected
        };
        assert_eq!(result.code, 1, "{line}: {}", result.stdout);
        assert!(
            result.stdout.contains(&expected),
            "{line}: {}",
            result.stdout
        );
    }
}

#[test]
fn a_tag_directive_cannot_make_a_tag_pass_unseen() {
    for (directive, tag) in [
        ("%TAG ! tag:yaml.org,2002:", "!binary"),
        ("%TAG ! tag:yaml.org,2002:", "!str"),
        ("%TAG ! tag:yaml.org,2002:python/", "!name:os.system"),
        ("%TAG !! tag:example.com,2000:", "!!x"),
    ] {
        let text =
            format!("{directive}\n---\nid: tagged\ntitle: Tagged\nsummary: {tag} aGVsbG8=\n");
        let result = validate_text("tagged.yaml", &text, &[]);
        let expected = format!(":5:10: error: YAML tag `{tag}` is not allowed");
        assert_eq!(result.code, 1, "{directive} {tag}: {}", result.stdout);
        assert!(
            result.stdout.contains(&expected),
            "{directive} {tag}: {}",
            result.stdout
        );
    }
}

#[test]
fn a_tag_the_parser_cannot_apply_is_still_called_a_tag() {
    for (value, tag) in [
        ("!!int abc", "!!int"),
        ("!!bool maybe", "!!bool"),
        ("!!float text", "!!float"),
        ("!!null", "!!null"),
        ("!e!x text", "!e!x"),
    ] {
        let text = format!("id: tagged\ntitle: Tagged\nsummary: {value}\n");
        let result = validate_text("tagged.yaml", &text, &[]);
        let expected = format!(":3:10: error: YAML tag `{tag}` is not allowed");
        assert_eq!(result.code, 1, "{value}: {}", result.stdout);
        assert!(
            result.stdout.contains(&expected) && result.stdout.contains("[yaml-tag]"),
            "{value}: {}",
            result.stdout
        );
    }
}

#[test]
fn an_exclamation_mark_in_text_is_not_a_tag() {
    let text = "id: loud\ntitle: Loud\nsummary: say !!hi and \"!!quoted\"\nknowledge_skills:\n  - title: Shouting!\n    type: other\n    details: 'Use ! sparingly: !!x'\n";
    let result = validate_text("loud.yaml", text, &[]);
    assert!(!result.stdout.contains("[yaml-tag]"), "{}", result.stdout);
}

#[test]
fn a_file_with_old_mac_line_endings_validates_like_its_crlf_twin() {
    let file = fixture("yaml/cr-only-line-endings.yaml");
    assert!(std::fs::metadata(&file).unwrap().len() > 256);
    let result = run_paths(&["validate", "--strict"], &[&file]);
    assert_eq!(result.code, 0, "{}{}", result.stdout, result.stderr);
    assert_eq!(result.stdout, "0 errors, 0 warnings in 1 file\n");
}

#[test]
fn findings_in_a_file_with_old_mac_line_endings_name_the_right_line() {
    let text = "id: cr-role\rtitle: CR Role\rsummary: Lines end in CR only.\rknowledge_skills:\r  - title: Testing\r    depth: fluent\r    type: technical\r    details: Writing tests.\r";
    let result = validate_text("cr.yaml", text, &[]);
    assert_eq!(result.code, 1, "{}", result.stdout);
    assert!(
        result.stdout.contains("cr.yaml:6:12: error:"),
        "{}",
        result.stdout
    );
    assert!(result.stdout.contains("[off-scale]"), "{}", result.stdout);
}

#[test]
fn deep_block_indentation_is_called_indentation_not_brackets() {
    let result = run_paths(
        &["validate"],
        &[&fixture("yaml/deep-block-indentation.yaml")],
    );
    assert_eq!(result.code, 1, "{}", result.stdout);
    assert!(
        result.stdout.contains("YAML is indented too deeply"),
        "{}",
        result.stdout
    );
    assert!(!result.stdout.contains("[ or {"), "{}", result.stdout);
    assert!(result.stdout.contains("[too-deep]"), "{}", result.stdout);
}

/// A profile of `n` knowledge/skills, each with an off-scale depth.
fn off_scale_profile(n: usize) -> String {
    let mut text = String::from(
        "id: many-findings\ntitle: Many Findings\nsummary: Every depth is off the scale.\nknowledge_skills:\n",
    );
    for i in 0..n {
        text.push_str(&format!(
            "  - id: skill-{i}\n    title: Skill {i}\n    depth: fluent\n    type: technical\n    details: Something to know.\n"
        ));
    }
    text
}

#[test]
fn every_finding_is_counted_and_located_however_many_there_are() {
    let n = 2_000;
    let text = off_scale_profile(n);
    let json = validate_text("many.yaml", &text, &["--format", "json"]);
    assert_eq!(json.code, 1);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(report["errors"], n);
    let diagnostics = report["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), n);
    // Each at its own `depth:` value: line 7, then every 5 lines, column 12.
    for (i, d) in diagnostics.iter().enumerate() {
        assert_eq!(d["rule"], "off-scale");
        assert_eq!(
            (d["line"].as_u64(), d["column"].as_u64()),
            (Some(7 + 5 * i as u64), Some(12)),
            "{d}"
        );
    }
    let github = validate_text("many.yaml", &text, &["--format", "github"]);
    assert_eq!(
        github
            .stdout
            .lines()
            .filter(|l| l.starts_with("::error "))
            .count(),
        n
    );
    // People read the first few and an exact count of the rest.
    let human = validate_text("many.yaml", &text, &[]);
    assert!(
        human.stdout.contains(&format!(
            "many.yaml: error: ... and {} more like this [off-scale]",
            n - 3
        )),
        "{}",
        human.stdout
    );
    assert_eq!(human.stdout.lines().count(), 5, "{}", human.stdout);
    assert!(
        human
            .stdout
            .ends_with(&format!("{n} errors, 0 warnings in 1 file\n")),
        "{}",
        human.stdout
    );
}

#[test]
fn a_file_with_more_nodes_than_the_budget_is_refused_with_its_location() {
    // 1 MB of `[],` inside one list: about 350,000 nodes.
    let text = format!("id: x\nnotes: [{}]\n", "[],".repeat(340_000));
    let result = validate_text("empty-lists.yaml", &text, &[]);
    assert_eq!(result.code, 1, "{}", result.stdout);
    assert!(
        result.stdout.contains("empty-lists.yaml:2:") && result.stdout.contains("[too-many-nodes]"),
        "{}",
        result.stdout
    );
    assert!(
        result.stdout.contains("more than 100000"),
        "{}",
        result.stdout
    );
}

#[test]
fn a_megabyte_profile_of_real_text_stays_within_the_node_budget() {
    let mut text = String::from(
        "id: big-role\ntitle: Big Role\nsummary: A role with a great many skills.\nknowledge_skills:\n",
    );
    let mut i = 0;
    while text.len() < 1_000_000 {
        text.push_str(&format!(
            "  - id: skill-{i}\n    title: Application Development Tools {i}\n    depth: proficient\n    type: technical\n    details: >-\n      Software tools which automate or assist part of the development\n      process, from editing and building to testing and release.\n"
        ));
        i += 1;
    }
    let result = validate_text("big.yaml", &text, &[]);
    assert_eq!(result.code, 0, "{}", result.stdout);
}

#[test]
fn duplicates_of_an_item_with_a_long_title_do_not_repeat_that_title_in_every_finding() {
    // One item with a 20,000-character title, then 500 items reusing its
    // id: quoting the title in each finding made 10 MB of JSON from 40 KB.
    let n = 500;
    let mut text = format!(
        "id: dups\ntitle: Dups\nsummary: Many items reuse one id.\nknowledge_skills:\n  - id: dup\n    title: {}\n    type: technical\n    details: d\n",
        "T".repeat(20_000)
    );
    for i in 0..n {
        text.push_str(&format!(
            "  - id: dup\n    title: Other {i}\n    type: technical\n    details: d\n"
        ));
    }
    let json = validate_text("dups.yaml", &text, &["--format", "json"]);
    assert_eq!(json.code, 1);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(report["errors"], n);
    // Under 1,000 bytes a finding, where each quoted 20,000 before.
    assert!(
        json.stdout.len() < n * 1_000,
        "{} bytes of JSON for {n} findings",
        json.stdout.len()
    );
    let first = report["diagnostics"][0]["message"].as_str().unwrap();
    assert!(
        first.starts_with("id `dup` is already used by `TTTT")
            && first.contains("…` (knowledge_skills item 1)"),
        "{first}"
    );
}

#[test]
fn unknown_ratings_do_not_repeat_a_long_profile_id_in_every_finding() {
    // A profile id of 20,000 characters and 500 ratings of unknown items:
    // quoting the id in each finding made 10 MB of JSON from 40 KB.
    let n = 500;
    let dir = tempfile::tempdir().unwrap();
    let id = "a".repeat(20_000);
    let profiles = dir.path().join("profiles");
    std::fs::create_dir(&profiles).unwrap();
    std::fs::write(
        profiles.join("long.yaml"),
        format!("id: {id}\ntitle: Long\nsummary: A long id.\nknowledge_skills:\n  - id: k\n    title: K\n    depth: aware\n    type: technical\n    details: d\n"),
    )
    .unwrap();
    let mut text = format!(
        "profile: {id}\nperson: Tester\nassessor: self\ndate: 2026-11-02\nstatus: complete\nratings:\n"
    );
    for i in 0..n {
        text.push_str(&format!("  unknown-{i}: none\n"));
    }
    let assessment = dir.path().join("a.yaml");
    std::fs::write(&assessment, &text).unwrap();
    let json = run_paths(
        &["validate", "--format", "json", "--profiles"],
        &[&profiles, &assessment],
    );
    assert_eq!(json.code, 1, "{}", json.stderr);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(report["errors"], n);
    // Under 1,000 bytes a finding, where each quoted 20,000 before.
    assert!(
        json.stdout.len() < n * 1_000,
        "{} bytes of JSON for {n} findings",
        json.stdout.len()
    );
    let first = report["diagnostics"][0]["message"].as_str().unwrap();
    assert!(
        first.starts_with("profile `aaaa") && first.contains("…` has no item `unknown-0`"),
        "{first}"
    );
}

/// libyaml names a tab only in some places ("found character that cannot
/// start any token" in others); every kind of file says "tab" at the tab.
#[test]
fn a_tab_in_a_profile_or_an_assessment_is_called_a_tab_where_it_is() {
    for (name, at) in [
        (
            "yaml/tab-indented-profile.yaml",
            "tab-indented-profile.yaml:6:1",
        ),
        (
            "yaml/tab-indented-assessment.yaml",
            "tab-indented-assessment.yaml:8:1",
        ),
    ] {
        let result = run_paths(&["validate"], &[&fixture(name)]);
        assert_eq!(result.code, 1, "{}{}", result.stdout, result.stderr);
        assert!(
            result.stdout.contains(&format!(
                "{at}: error: a tab character here: YAML indents with spaces"
            )),
            "{}",
            result.stdout
        );
    }
    let shown = run_paths(&["show"], &[&fixture("yaml/tab-indented-profile.yaml")]);
    assert_eq!(shown.code, 2);
    assert!(
        shown.stderr.contains("a tab character here"),
        "{}",
        shown.stderr
    );
}
