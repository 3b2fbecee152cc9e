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
mod tests {
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
        let error = super::super::from_value::<BTreeMap<String, bool>>(
            &super::super::parse("a: 3\n").unwrap(),
        )
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
}
