//! Turns a `serde_yaml` failure into a located [`ReadError`] with the
//! right [`ReadProblem`]: a second document at its marker, a tag, a
//! duplicate or non-text key, an alias bomb, nesting or plain syntax, with
//! serde_yaml's path and location prefix dropped from the message. It must
//! not parse; `parse` calls it with the error it met.

use super::line_breaks::lines;
use super::strict::{ALIAS_BOMB, DUPLICATE_KEY, KEY_NOT_TEXT};
use super::{Location, ReadError, ReadProblem, tags};

/// What a syntax error at a tab says.
const TAB: &str =
    "a tab character here: YAML indents with spaces, never tabs; replace it with spaces";

pub(super) fn classify(text: &str, error: &serde_yaml::Error) -> ReadError {
    let message = error.to_string();
    let location = error.location().map_or(Location::START, |l| Location {
        line: l.line(),
        column: l.column(),
    });
    // Drop serde_yaml's path prefix and the first " at line L column C": the
    // location is reported separately. Any parser context after it stays.
    let bare = match message.split_once(" at line ") {
        Some((head, tail)) => {
            let rest = tail
                .split_once(", ")
                .map_or(String::new(), |(_, context)| format!(", {context}"));
            format!("{head}{rest}")
        }
        None => message.clone(),
    };
    let bare = match bare.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') => rest.to_owned(),
        _ => bare,
    };
    if message.contains("more than one document") {
        return ReadError::new(
            ReadProblem::MultipleDocuments,
            "file holds more than one YAML document; keep one per file",
            second_document(text),
        );
    }
    let tag = location
        .offset_in(text)
        .map_or("", |offset| tags::tag_at(text, offset));
    // serde_yaml fails on some tags before our check sees them (`!!int x`,
    // `!!null` on text, an undefined `!e!` handle): a failure at a tag is
    // the tag's.
    if message.contains(tags::TAG) || tag.starts_with('!') {
        return ReadError::new(
            ReadProblem::Tag,
            format!(
                "YAML tag `{tag}` is not allowed: tags can make a reader build objects or change values; write the plain value"
            ),
            location,
        );
    }
    let problem = if bare.starts_with(DUPLICATE_KEY) {
        ReadProblem::DuplicateKey
    } else if bare.starts_with(KEY_NOT_TEXT) {
        ReadProblem::KeyNotText
    } else if bare.starts_with(ALIAS_BOMB) || bare.starts_with("repetition limit exceeded") {
        ReadProblem::AliasBomb
    } else if bare.starts_with("recursion limit exceeded") {
        ReadProblem::TooDeep
    } else {
        ReadProblem::Syntax
    };
    let at_tab = location
        .offset_in(text)
        .is_some_and(|offset| text[offset..].starts_with('\t'));
    let bare = match problem {
        ReadProblem::AliasBomb => ALIAS_BOMB.to_owned(),
        ReadProblem::TooDeep => "YAML is nested too deeply".to_owned(),
        // libyaml names the tab only in some contexts ("found character
        // that cannot start any token" in others): a failure at a tab is
        // the tab's, in any kind of file.
        ReadProblem::Syntax if at_tab => TAB.to_owned(),
        _ => bare,
    };
    ReadError::new(problem, bare, location)
}

/// Where the second document starts: the second `---` line, or the line
/// after a `...` end marker.
fn second_document(text: &str) -> Location {
    let mut seen_content = false;
    for (index, line) in lines(text).enumerate() {
        let is_start = line == "---" || line.starts_with("--- ");
        if (is_start && seen_content) || line == "..." {
            let line_number = if line == "..." { index + 2 } else { index + 1 };
            return Location {
                line: line_number,
                column: 1,
            };
        }
        let trimmed = line.trim_start();
        if !trimmed.is_empty() && !trimmed.starts_with('#') {
            seen_content = true;
        }
    }
    Location::START
}
