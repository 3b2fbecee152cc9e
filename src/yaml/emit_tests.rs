//! Unit tests of `emit`.

use super::*;

fn round_trip(value: &Value) {
    let text = emit(value, &[]);
    let back = super::super::parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(&back.0, value, "{text}");
}

#[test]
fn yaml_1_1_lookalikes_are_quoted() {
    for word in [
        "no",
        "Yes",
        "ON",
        "off",
        "y",
        "2024-01-01",
        "12:30",
        "1e3",
        "~",
        "null",
        "-x",
        ".inf",
    ] {
        assert!(!plain_safe(word), "{word}");
    }
    for text in [
        "Alex Example",
        "maintains the team's build tooling",
        "Proficient in",
    ] {
        assert!(plain_safe(text), "{text}");
    }
}

#[test]
fn emitted_yaml_reads_back_the_same() {
    let value: Value = serde_yaml::from_str(
        r#"
        a: no
        b: "2024-01-01"
        c: [1, "x: y", {d: "two\nlines"}]
        e: {}
        f: []
        g: "trailing \nspace"
        "key with: colon": "="
        h:
          - k: v
            l: [a, b]
          - plain
        "#,
    )
    .unwrap();
    round_trip(&value);
    let text = emit(&value, &[]);
    assert!(text.contains("a: \"no\"\n"), "{text}");
    assert!(text.contains("b: \"2024-01-01\"\n"), "{text}");
}

#[test]
fn control_and_line_breaking_characters_are_escaped() {
    let text = "a\u{9b}b\u{85}c\u{feff}d\u{202e}e\u{1b}f\u{2028}g\"h\\i";
    let value = Value::String(text.to_owned());
    let written = emit(&value, &[]);
    assert!(written.is_ascii(), "{written}");
    assert_eq!(super::super::parse(&written).unwrap().0, value);
}

#[test]
fn plain_keys_keep_dates_bare() {
    let value: Value = serde_yaml::from_str("date: '2026-11-26'\nnote: '2026-11-26'\n").unwrap();
    assert_eq!(
        emit(&value, &["date"]),
        "date: 2026-11-26\nnote: \"2026-11-26\"\n"
    );
}
