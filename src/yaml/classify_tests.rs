//! Unit tests of `classify`.

use super::*;

/// What the YAML crate itself says about `text`, read as a plain value.
fn crate_message(text: &str) -> String {
    serde_yaml::from_str::<serde_yaml::Value>(text)
        .unwrap_err()
        .to_string()
}

fn failure(problem: ReadProblem, bare: &str) -> ParserFailure {
    ParserFailure {
        problem,
        bare: bare.to_owned(),
    }
}

#[test]
fn the_place_the_crate_appends_to_a_message_is_read() {
    // An error raised while visiting a node, as `locate` raises one.
    let message = serde_yaml::from_str::<std::collections::BTreeMap<String, u8>>("a: 1\nb:  x\n")
        .unwrap_err()
        .to_string();
    assert_eq!(
        location_in_message(&message),
        Location { line: 2, column: 5 }
    );
    assert_eq!(location_in_message("no place"), Location::START);
}

#[test]
fn the_crate_s_message_for_a_second_document_is_read_as_one() {
    let message = crate_message("a: 1\n---\nb: 2\n");
    assert_eq!(
        parser_failure(&message).problem,
        ReadProblem::MultipleDocuments
    );
}

#[test]
fn the_crate_s_message_for_too_many_alias_uses_is_read_as_an_alias_bomb() {
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
    let message = crate_message(&text);
    assert_eq!(
        parser_failure(&message),
        failure(ReadProblem::AliasBomb, "repetition limit exceeded")
    );
}

#[test]
fn the_crate_s_message_for_deep_nesting_is_read_as_too_deep() {
    let message = crate_message(&"[".repeat(200));
    assert_eq!(
        parser_failure(&message),
        failure(ReadProblem::TooDeep, "recursion limit exceeded")
    );
}

#[test]
fn a_syntax_message_loses_its_location_and_keeps_its_context() {
    let message = crate_message("a: [x\n");
    assert_eq!(
        parser_failure(&message),
        failure(
            ReadProblem::Syntax,
            "did not find expected ',' or ']', while parsing a flow sequence at line 1 column 4"
        )
    );
}

#[test]
fn a_message_about_a_node_loses_the_node_s_path() {
    let message = serde_yaml::from_str::<std::collections::BTreeMap<String, u8>>("a: x\n")
        .unwrap_err()
        .to_string();
    assert_eq!(
        parser_failure(&message),
        failure(
            ReadProblem::Syntax,
            "invalid type: string \"x\", expected u8"
        )
    );
}
