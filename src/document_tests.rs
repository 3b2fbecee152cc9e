//! Unit tests of `document`.

use super::*;

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[expect(dead_code, reason = "read only through serde, to test its errors")]
struct Item {
    name: String,
    size: u8,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    level: Option<u8>,
}

fn findings_for(text: &str) -> Vec<(Rule, String)> {
    let value = yaml::parse(text).unwrap();
    let mut findings = Vec::new();
    let item: Option<Item> = deserialize_all(&value, &[], &mut findings);
    assert_eq!(item.is_some(), findings.is_empty());
    findings.into_iter().map(|f| (f.rule, f.message)).collect()
}

#[test]
fn every_broken_field_of_a_mapping_is_reported() {
    let found = findings_for("name: [a]\ncolour: red\nsize: big\ntags: 3\n");
    // In any order: they are sorted by place once located.
    let mut rules: Vec<Rule> = found.iter().map(|f| f.0).collect();
    rules.sort();
    assert_eq!(
        rules,
        [
            Rule::UnknownField,
            Rule::WrongType,
            Rule::WrongType,
            Rule::WrongType
        ],
        "{found:?}"
    );
    for field in ["name", "colour", "size", "tags"] {
        assert!(
            found.iter().any(|f| f.1.contains(&format!("`{field}`"))),
            "{field}: {found:?}"
        );
    }
}

#[test]
fn a_missing_field_is_reported_once_and_not_for_a_dropped_one() {
    assert_eq!(
        findings_for("size: 3\n"),
        [(Rule::MissingField, "missing field `name`".to_owned())]
    );
    let found = findings_for("name: x\nsize: huge\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.contains("whole number"), "{found:?}");
}

#[test]
fn a_merge_key_is_refused_in_plain_words() {
    assert_eq!(
        findings_for("name: x\nsize: 1\n<<: y\n"),
        [(
            Rule::UnknownField,
            "merge keys (`<<`) are not supported; write the fields out".to_owned()
        )]
    );
}

#[test]
fn a_level_off_the_byte_range_is_off_scale_and_text_is_the_wrong_type() {
    assert_eq!(
        findings_for("name: x\nsize: 1\nlevel: 300\n"),
        [(
            Rule::OffScale,
            "`level` must be a whole number on the organisation scale (invalid value: integer `300`)"
                .to_owned()
        )]
    );
    assert_eq!(
        findings_for("name: x\nsize: 1\nlevel: two\n"),
        [(
            Rule::WrongType,
            "`level` must be a whole number on the organisation scale (invalid type: string \"two\")"
                .to_owned()
        )]
    );
}
