//! Unit tests of `parse`.

use super::*;
use crate::yaml::decode;

fn problem(text: &str) -> (ReadProblem, Location) {
    let error = parse(text).unwrap_err();
    (error.problem, error.location)
}

#[test]
fn a_duplicate_key_is_reported_at_the_second_key() {
    let text = "a: 1\nb:\n  c: 1\n  d: 2\n  c: 3\n";
    assert_eq!(
        problem(text),
        (ReadProblem::DuplicateKey, Location { line: 5, column: 3 })
    );
}

#[test]
fn a_duplicate_top_level_key_is_reported_at_the_key() {
    let text = "a: 1\nb: 2\na: 3\n";
    assert_eq!(
        problem(text),
        (ReadProblem::DuplicateKey, Location { line: 3, column: 1 })
    );
}

#[test]
fn a_refusal_keeps_its_kind_and_words_whatever_the_keys_hold() {
    // The kind used to be read back from the parser's message, which
    // starts with the path: a space in a key made this plain syntax.
    let error = parse("my key:\n  c: 1\n  c: 2\n").unwrap_err();
    assert_eq!(
        (error.problem, error.message.as_str()),
        (ReadProblem::DuplicateKey, "duplicate key `c`")
    );
    let error = parse("a:\n  \"c at line 9\": 1\n  \"c at line 9\": 2\n").unwrap_err();
    assert_eq!(error.message, "duplicate key `c at line 9`");
    let error = parse("my key:\n  7: x\n").unwrap_err();
    assert_eq!(
        (error.problem, error.location),
        (ReadProblem::KeyNotText, Location { line: 2, column: 3 })
    );
}

#[test]
fn a_second_document_is_refused_at_its_marker() {
    let text = "---\na: 1\n---\nb: 2\n";
    assert_eq!(
        problem(text),
        (
            ReadProblem::MultipleDocuments,
            Location { line: 3, column: 1 }
        )
    );
}

#[test]
fn deep_flow_nesting_is_refused_before_parsing() {
    let text = "[{".repeat(50_000);
    assert_eq!(problem(&text).0, ReadProblem::TooDeep);
}

#[test]
fn brackets_inside_quotes_and_comments_do_not_count_as_nesting() {
    let text = format!(
        "a: \"{}\"\nb: '{}'\n# {}\n",
        "[".repeat(100),
        "{".repeat(100),
        "[".repeat(100)
    );
    assert!(parse(&text).is_ok());
}

#[test]
fn an_alias_bomb_is_refused() {
    let mut text = String::from("a: &a [x,x,x,x,x,x,x,x,x]\n");
    for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        text.push_str(&format!(
            "{name}: &{name} [{}]\n",
            vec![format!("*{prev}"); 9].join(",")
        ));
    }
    assert_eq!(problem(&text).0, ReadProblem::AliasBomb);
}

#[test]
fn many_uses_of_an_alias_to_a_long_text_are_refused_as_a_bomb() {
    // 300 copies of 10,000 bytes: 3 MB built from a 12 KB file.
    let text = format!(
        "a: &a \"{}\"\nb:\n{}",
        "x".repeat(10_000),
        "- *a\n".repeat(300)
    );
    assert_eq!(problem(&text).0, ReadProblem::AliasBomb);
    // The same through a key (a long key must be explicit).
    let text = format!(
        "a: &a\n  ? \"{}\"\n  : 1\nb:\n{}",
        "x".repeat(10_000),
        "- *a\n".repeat(300)
    );
    assert_eq!(problem(&text).0, ReadProblem::AliasBomb);
    // A few copies are fine.
    let text = format!("a: &a \"{}\"\nb: *a\nc: *a\n", "x".repeat(10_000));
    assert!(parse(&text).is_ok());
}

#[test]
fn modest_alias_use_is_fine() {
    let text = "a: &x [1, 2]\nb: *x\nc: *x\n";
    assert!(parse(text).is_ok());
}

#[test]
fn empty_and_comment_only_files_are_empty() {
    assert_eq!(decode(b"  \n").unwrap_err().problem, ReadProblem::Empty);
    assert_eq!(problem("# just a comment\n").0, ReadProblem::Empty);
}

#[test]
fn crlf_line_endings_parse() {
    let value = parse("a: 1\r\nb: two\r\n").unwrap();
    assert_eq!(value.0["b"].as_str(), Some("two"));
}

#[test]
fn keys_must_be_text() {
    assert_eq!(
        problem("a: 1\n7: x\n"),
        (ReadProblem::KeyNotText, Location { line: 2, column: 1 })
    );
    assert_eq!(problem("? [a]\n: x\n").0, ReadProblem::KeyNotText);
}

/// Nodes in a parsed value, keys included.
fn nodes(value: &serde_yaml::Value) -> usize {
    1 + match value {
        serde_yaml::Value::Sequence(items) => items.iter().map(nodes).sum(),
        serde_yaml::Value::Mapping(mapping) => {
            mapping.iter().map(|(k, v)| nodes(k) + nodes(v)).sum()
        }
        _ => 0,
    }
}

#[test]
fn the_node_count_of_the_pre_scan_is_never_below_what_the_parser_builds() {
    let builtin = include_str!("../../profiles/senior-devops-engineer-management.yaml");
    let samples = [
        builtin,
        "a: 1\n",
        "- \n- - \n-\n",
        "a:\nb:\n  - c:\n  - d: e\n",
        "? a\n: b\n? c\n",
        "- {a}\n- {a: }\n- [a: b]\n- []\n- [a: ]\n- {a: b, c}\n",
        "{a, b: [c, {d: e}], ? f}\n",
        "a: 'x'\nb: \"y\"\nc: |\n  z\nd: >-\n  w\n",
        "a: &x [1, 2]\nb: *x\n",
        "- {}\n- []\n- [[], {}]\n",
        "a: long text\n  continued on\n  more lines\n",
        "a:\n- x\n- y\nb: 1\nc:\n  - - z\n    - w\nd:\n- {}\n",
        "- a: 1\n  b: 2\n- c: 3\n  d:\n    - e: 4\n      f: 5\n    - g\n- h\n",
        "&x a: 1\nb: 2\n\"c\": 3\n'd': 4\n? e\n: 5\n",
        "a:\n  b:\n    c:\n  d:\n    e: 1\nf:\n  g: 2\n",
        "- - - a\n    - b\n  - c\n- d\n",
    ];
    for text in samples {
        let value = parse(text).unwrap();
        // Aliases repeat nodes the text holds once; none in the others.
        if text.contains('*') {
            continue;
        }
        assert!(
            prescan::tests::counted(text) >= nodes(&value.0),
            "{text}: counted {} < built {}",
            prescan::tests::counted(text),
            nodes(&value.0)
        );
    }
    // Close to the truth on a real profile, and far below the budget.
    let built = nodes(&parse(builtin).unwrap().0);
    assert!(prescan::tests::counted(builtin) * 4 < built * 5);
    assert!(prescan::tests::counted(builtin) < MAX_NODES / 20);
}

#[test]
fn a_line_or_paragraph_separator_hides_nothing_from_the_checks() {
    // libyaml ends a line at NEL, LS and PS: what follows one is a new
    // line to the parser, so the scans must see it so too.
    for separator in ['\u{85}', '\u{2028}', '\u{2029}'] {
        let many = format!(
            "id: x\nsummary:\n- text{separator}- [{}]\n",
            "[],".repeat(60_000)
        );
        let refused = parse(&many).err().map(|e| (e.problem, e.location.line));
        assert_eq!(refused, Some((ReadProblem::TooManyNodes, 4)));
        let deep = format!(
            "id: x\nsummary:\n- text{separator}- {}\n",
            "[".repeat(1_000)
        );
        let refused = parse(&deep).err().map(|e| (e.problem, e.message));
        assert!(
            refused
                .as_ref()
                .is_some_and(|(p, m)| *p == ReadProblem::TooDeep && m.contains("levels of [ or {")),
            "{refused:?}"
        );
        let tagged = format!("a: 1{separator}!!binary b: 2\n");
        assert_eq!(
            problem(&tagged),
            (ReadProblem::Tag, Location { line: 2, column: 1 })
        );
    }
}

#[test]
fn lone_carriage_returns_count_as_line_breaks_in_locations() {
    let text = "a: 1\rb: 2\r\nc: [x\r";
    assert_eq!(
        Location::of_offset(text, text.find('c').unwrap()),
        Location { line: 3, column: 1 }
    );
    let error = parse(text).unwrap_err();
    assert_eq!(error.problem, ReadProblem::Syntax);
    let second = "a: 1\r---\rb: 2\r";
    assert_eq!(
        problem(second),
        (
            ReadProblem::MultipleDocuments,
            Location { line: 2, column: 1 }
        )
    );
    assert_eq!(
        Location { line: 3, column: 5 }.offset_in(text),
        text.find('x')
    );
}
