//! What a typed-deserialisation failure is: [`TypedProblem`], read once
//! from serde's message by [`TypedProblem::of_message`], the one place
//! outside the parser's own failures (module `classify`) that reads a
//! message. serde's errors carry no kind (its `de::Error` constructors all
//! end in a message), so the kind is read here, and each message matched
//! has a test that makes serde say it: an upgrade that rewords one fails a
//! test instead of changing the rule a file is refused with. It must not
//! word findings; callers do, from the kind.

/// What went wrong turning a value into typed data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypedProblem {
    /// A required field is absent; its name.
    MissingField(String),
    /// A field the type does not have; its name.
    UnknownField(String),
    /// Text that names none of an enum's variants.
    UnknownVariant,
    /// A value that fits none of an untagged enum's shapes.
    NoVariantMatched,
    /// Any other failure: what was found and what was expected.
    Mismatch(Mismatch),
}

/// A value of the wrong type or out of range, as serde states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// What serde says it found (`invalid type: string "x"`), or its whole
    /// message when it names no expectation.
    pub found: String,
    /// Whether the value found is text.
    pub found_text: bool,
    /// What serde expected, when it says.
    pub expected: Option<Expected>,
}

/// What serde expected, in the kinds skillgap's formats use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// A struct: a mapping of fields.
    Mapping,
    /// A list.
    List,
    /// A whole number from 0 to 255 (`u8`).
    Byte,
    /// Text.
    Text,
    /// Anything else, in serde's words.
    Other(String),
}

impl Expected {
    fn of(expected: &str) -> Self {
        if expected.starts_with("struct ") {
            return Self::Mapping;
        }
        match expected {
            "a sequence" => Self::List,
            "u8" => Self::Byte,
            "a string" => Self::Text,
            other => Self::Other(other.to_owned()),
        }
    }

    /// The expectation in YAML words.
    #[must_use]
    pub fn plain(&self) -> &str {
        match self {
            Self::Mapping => "a mapping of fields",
            Self::List => "a list",
            Self::Byte => "a whole number from 0 to 255",
            Self::Text => "text",
            Self::Other(other) => other,
        }
    }
}

impl TypedProblem {
    /// The kind serde's `message` (without its path) states. The one place
    /// that reads serde's typed-deserialisation messages.
    #[must_use]
    pub fn of_message(message: &str) -> Self {
        let name = |rest: &str| rest.split('`').next().unwrap_or_default().to_owned();
        if let Some(rest) = message.strip_prefix("missing field `") {
            Self::MissingField(name(rest))
        } else if let Some(rest) = message.strip_prefix("unknown field `") {
            Self::UnknownField(name(rest))
        } else if message.starts_with("unknown variant") {
            Self::UnknownVariant
        } else if message.starts_with("data did not match any variant") {
            Self::NoVariantMatched
        } else {
            let (found, expected) = match message.split_once(", expected ") {
                Some((found, expected)) => (found, Some(Expected::of(expected))),
                None => (message, None),
            };
            Self::Mismatch(Mismatch {
                found: found.to_owned(),
                found_text: message.starts_with("invalid type: string"),
                expected,
            })
        }
    }
}

#[cfg(test)]
#[path = "typed_problem_tests.rs"]
mod tests;
