//! Turns a `serde_yaml` failure into a located [`ReadError`] with the
//! right [`ReadProblem`]: a second document at its marker, a tag, a
//! duplicate or non-text key, an alias bomb, nesting or plain syntax. A
//! refusal of our own comes with its problem and message (module `strict`,
//! module `tags`); the parser's own failures carry no kind, and
//! [`parser_failure`] is the one place that reads one from the message.
//! [`location_in_message`] reads the place the crate appends to a message,
//! for `locate`, whose errors reach it as any `serde::de::Error`. It must
//! not parse; `parse` calls it with the error it met.

use super::line_breaks::lines;
use super::strict::ALIAS_BOMB;
use super::{Location, ReadError, ReadProblem, tags};

/// What a syntax error at a tab says.
const TAB: &str =
    "a tab character here: YAML indents with spaces, never tabs; replace it with spaces";

/// The located error for the parser's `error`. `refused` is the refusal
/// of our own the error stands for, if it does (its location is unset).
pub(super) fn classify(
    text: &str,
    error: &serde_yaml::Error,
    refused: Option<ReadError>,
) -> ReadError {
    let location = error.location().map_or(Location::START, |l| Location {
        line: l.line(),
        column: l.column(),
    });
    let cause = match refused {
        Some(refused) => Cause::Refused(refused),
        None => Cause::Parser(parser_failure(&error.to_string())),
    };
    if let Cause::Parser(ParserFailure {
        problem: ReadProblem::MultipleDocuments,
        ..
    }) = cause
    {
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
    if matches!(&cause, Cause::Refused(r) if r.problem == ReadProblem::Tag) || tag.starts_with('!')
    {
        return ReadError::new(
            ReadProblem::Tag,
            format!(
                "YAML tag `{tag}` is not allowed: tags can make a reader build objects or change values; write the plain value"
            ),
            location,
        );
    }
    let (problem, message) = match cause {
        Cause::Refused(refused) => (refused.problem, refused.message),
        Cause::Parser(failure) => {
            let at_tab = location
                .offset_in(text)
                .is_some_and(|offset| text[offset..].starts_with('\t'));
            let message = match failure.problem {
                ReadProblem::AliasBomb => ALIAS_BOMB.to_owned(),
                ReadProblem::TooDeep => "YAML is nested too deeply".to_owned(),
                // libyaml names the tab only in some contexts ("found
                // character that cannot start any token" in others): a
                // failure at a tab is the tab's, in any kind of file.
                ReadProblem::Syntax if at_tab => TAB.to_owned(),
                _ => failure.bare,
            };
            (failure.problem, message)
        }
    };
    ReadError::new(problem, message, location)
}

/// Why the parser failed: a refusal of our own, or its own failure.
enum Cause {
    Refused(ReadError),
    Parser(ParserFailure),
}

/// What the parser's own message says: the kind, and the message without
/// its path prefix and its first " at line L column C" (the location is
/// reported separately; any parser context after it stays).
#[derive(Debug, PartialEq, Eq)]
struct ParserFailure {
    problem: ReadProblem,
    bare: String,
}

/// The one place that reads the YAML crate's messages, for the failures it
/// gives no kind for. Each message matched here has a test that makes the
/// crate say it, so an upgrade that rewords one fails a test instead of
/// changing the kind a file is refused with.
fn parser_failure(message: &str) -> ParserFailure {
    let bare = match message.split_once(" at line ") {
        Some((head, tail)) => {
            let rest = tail
                .split_once(", ")
                .map_or(String::new(), |(_, context)| format!(", {context}"));
            format!("{head}{rest}")
        }
        None => message.to_owned(),
    };
    let bare = match bare.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') => rest.to_owned(),
        _ => bare,
    };
    let problem = if message.contains("more than one document") {
        ReadProblem::MultipleDocuments
    } else if bare.starts_with("repetition limit exceeded") {
        ReadProblem::AliasBomb
    } else if bare.starts_with("recursion limit exceeded") {
        ReadProblem::TooDeep
    } else {
        ReadProblem::Syntax
    };
    ParserFailure { problem, bare }
}

/// The place the YAML crate appends to its message (" at line L column C";
/// none at the very start of the file, which it leaves out). For errors
/// seen only as a `serde::de::Error`, which cannot be asked for it.
pub(super) fn location_in_message(message: &str) -> Location {
    message
        .rsplit_once(" at line ")
        .and_then(|(_, tail)| {
            let (line, column) = tail.split_once(" column ")?;
            Some(Location {
                line: line.parse().ok()?,
                column: column.trim().parse().ok()?,
            })
        })
        .unwrap_or(Location::START)
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

#[cfg(test)]
#[path = "classify_tests.rs"]
mod tests;
