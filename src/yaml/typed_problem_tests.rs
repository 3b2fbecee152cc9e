//! Unit tests of `typed_problem`.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::*;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[expect(dead_code, reason = "read only through serde, to test its errors")]
struct Item {
    name: String,
    #[serde(default)]
    size: u8,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    inner: Option<Inner>,
    #[serde(default)]
    depth: Option<Depth>,
    #[serde(default)]
    either: Option<Either>,
}

#[derive(Debug, Deserialize)]
#[expect(dead_code, reason = "read only through serde, to test its errors")]
struct Inner {
    a: u8,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Depth {
    Aware,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
#[expect(dead_code, reason = "read only through serde, to test its errors")]
enum Either {
    Number(u8),
    Pair { a: u8, b: u8 },
}

/// What serde itself says about `text` read as an [`Item`], through the
/// same path as [`from_value`](super::super::from_value).
fn problem(text: &str) -> TypedProblem {
    let value = super::super::parse(text).unwrap();
    super::super::from_value::<Item>(&value)
        .unwrap_err()
        .problem
}

fn mismatch(found: &str, found_text: bool, expected: Expected) -> TypedProblem {
    TypedProblem::Mismatch(Mismatch {
        found: found.to_owned(),
        found_text,
        expected: Some(expected),
    })
}

#[test]
fn serde_s_message_for_a_missing_field_names_it() {
    assert_eq!(
        problem("size: 3\n"),
        TypedProblem::MissingField("name".to_owned())
    );
}

#[test]
fn serde_s_message_for_an_unknown_field_names_it() {
    assert_eq!(
        problem("name: x\n<<: y\n"),
        TypedProblem::UnknownField("<<".to_owned())
    );
}

#[test]
fn serde_s_message_for_an_unknown_variant_is_read_as_one() {
    assert_eq!(
        problem("name: x\ndepth: deep\n"),
        TypedProblem::UnknownVariant
    );
}

#[test]
fn serde_s_message_for_no_matching_untagged_variant_is_read_as_one() {
    assert_eq!(
        problem("name: x\neither: [1]\n"),
        TypedProblem::NoVariantMatched
    );
}

#[test]
fn serde_s_message_for_text_where_a_byte_is_wanted_says_text_and_byte() {
    assert_eq!(
        problem("name: x\nsize: big\n"),
        mismatch("invalid type: string \"big\"", true, Expected::Byte)
    );
}

#[test]
fn serde_s_message_for_a_number_off_the_byte_range_is_not_text() {
    assert_eq!(
        problem("name: x\nsize: 300\n"),
        mismatch("invalid value: integer `300`", false, Expected::Byte)
    );
}

#[test]
fn serde_s_expectations_of_a_list_text_and_a_mapping_are_read() {
    assert_eq!(
        problem("name: x\ntags: 3\n"),
        mismatch("invalid type: integer `3`", false, Expected::List)
    );
    assert_eq!(
        problem("name: [a]\n"),
        mismatch("invalid type: sequence", false, Expected::Text)
    );
    assert_eq!(
        problem("name: x\ninner: 3\n"),
        mismatch("invalid type: integer `3`", false, Expected::Mapping)
    );
}

#[test]
fn other_expectations_keep_serde_s_words() {
    let error =
        super::super::from_value::<BTreeMap<String, bool>>(&super::super::parse("a: 3\n").unwrap())
            .unwrap_err();
    assert_eq!(
        error.problem,
        mismatch(
            "invalid type: integer `3`",
            false,
            Expected::Other("a boolean".to_owned())
        )
    );
}

#[test]
fn a_message_naming_no_expectation_is_kept_whole() {
    assert_eq!(
        TypedProblem::of_message("something else"),
        TypedProblem::Mismatch(Mismatch {
            found: "something else".to_owned(),
            found_text: false,
            expected: None,
        })
    );
}
