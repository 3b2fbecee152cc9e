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
mod tests {
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
        let message =
            serde_yaml::from_str::<std::collections::BTreeMap<String, u8>>("a: 1\nb:  x\n")
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
}
