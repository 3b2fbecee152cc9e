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
fn the_non_characters_yaml_forbids_are_escaped() {
    // Found by fuzzing (yaml_round_trip): a name holding U+FFFF was
    // written raw, and libyaml (serde_yaml) and PyYAML refuse the file:
    // YAML allows neither U+FFFE nor U+FFFF in a stream.
    for text in ["e\u{ffff}i", "\u{fffe}", "name \u{ffff}"] {
        let value = Value::String(text.to_owned());
        let written = emit(&value, &[]);
        assert!(written.is_ascii(), "{written}");
        assert_eq!(super::super::parse(&written).unwrap().0, value);
        assert_eq!(serde_yaml::from_str::<Value>(&written).unwrap(), value);
    }
    // The characters about them are allowed raw, and kept so.
    let written = emit(&Value::String("a\u{fffd}\u{10000}".to_owned()), &[]);
    assert!(written.contains('\u{fffd}'), "{written}");
}

#[test]
fn plain_keys_keep_dates_bare() {
    let value: Value = serde_yaml::from_str("date: '2026-11-26'\nnote: '2026-11-26'\n").unwrap();
    assert_eq!(
        emit(&value, &["date"]),
        "date: 2026-11-26\nnote: \"2026-11-26\"\n"
    );
}

#[test]
fn a_key_longer_than_yaml_allows_before_a_colon_is_written_explicitly() {
    // Found by fuzzing (yaml_round_trip): a rating of an item id of over
    // 1,024 characters was written `"…": …`, which libyaml and PyYAML
    // read as the map's value, not a key.
    let long = "x".repeat(1_100);
    let quoted_long = format!("{}\n", "y: ".repeat(400));
    let mut ratings = serde_yaml::Mapping::new();
    ratings.insert(Value::from(long.as_str()), Value::from("familiar"));
    ratings.insert(Value::from(quoted_long.as_str()), {
        let mut rating = serde_yaml::Mapping::new();
        rating.insert(Value::from("level"), Value::from(3));
        Value::Mapping(rating)
    });
    ratings.insert(Value::from("short"), Value::from(1));
    let mut item = serde_yaml::Mapping::new();
    item.insert(Value::from(long.as_str()), Value::from(1));
    let mut top = serde_yaml::Mapping::new();
    top.insert(Value::from("ratings"), Value::Mapping(ratings));
    top.insert(
        Value::from("list"),
        Value::Sequence(vec![Value::Mapping(item)]),
    );
    let value = Value::Mapping(top);
    round_trip(&value);
    let text = emit(&value, &[]);
    assert!(
        text.contains(&format!("  ? {long}\n  : familiar\n")),
        "{text}"
    );
    assert!(text.contains(&format!("  - ? {long}\n    : 1\n")), "{text}");
    // libyaml (serde_yaml) reads it back the same.
    assert_eq!(serde_yaml::from_str::<Value>(&text).unwrap(), value);
}
