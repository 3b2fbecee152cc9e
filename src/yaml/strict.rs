//! Building a [`Value`] from the parser with the checks serde_yaml's own
//! `Value` does not make: a duplicate key is refused at the key itself, keys
//! must be text, local tags are refused (the others are found by module
//! `tags`), and every value is counted against the node budget, and the
//! text of every value and key against a byte budget, so aliases cannot
//! expand a small file into a huge one: a few thousand uses of an alias to
//! one long text would otherwise copy it gigabytes over. Each refusal is
//! kept with its [`ReadProblem`], so the kind is carried to the caller, not
//! read back from the parser's message.

use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};

use serde_yaml::Value;

use super::{Location, ReadError, ReadProblem};

pub(super) const DUPLICATE_KEY: &str = "duplicate key";
pub(super) const ALIAS_BOMB: &str = "aliases expand to far more data than the file holds";
pub(super) const KEY_NOT_TEXT: &str = "mapping keys must be text";

/// Mappings of at most this many keys are searched for a repeated key one
/// by one and keep their spare capacity.
const SMALL_MAPPING: usize = 8;

/// What one file may still build: values, and bytes of text in values
/// and keys; and what the builder refused, if it did.
pub(super) struct Budget {
    pub(super) nodes: usize,
    pub(super) bytes: usize,
    /// The refusal the parser's error stands for, with its problem and
    /// message; the parser gives the location.
    pub(super) refused: Option<ReadError>,
}

impl Budget {
    pub(super) fn new(nodes: usize, bytes: usize) -> Self {
        Self {
            nodes,
            bytes,
            refused: None,
        }
    }

    /// Spends `bytes` of text, refusing past the budget.
    fn spend_bytes<E: de::Error>(&mut self, bytes: usize) -> Result<(), E> {
        match self.bytes.checked_sub(bytes) {
            Some(left) => {
                self.bytes = left;
                Ok(())
            }
            None => Err(self.refuse(ReadProblem::AliasBomb, ALIAS_BOMB.to_owned())),
        }
    }

    /// The error that stops the parser, with `problem` kept for the caller.
    fn refuse<E: de::Error>(&mut self, problem: ReadProblem, message: String) -> E {
        let error = E::custom(&message);
        self.refused = Some(ReadError::new(problem, message, Location::START));
        error
    }
}

/// A value builder with a shared budget.
pub(super) struct StrictValue<'a> {
    pub(super) budget: &'a mut Budget,
}

impl StrictValue<'_> {
    fn spend<E: de::Error>(&mut self) -> Result<(), E> {
        match self.budget.nodes.checked_sub(1) {
            Some(left) => {
                self.budget.nodes = left;
                Ok(())
            }
            None => Err(self
                .budget
                .refuse(ReadProblem::AliasBomb, ALIAS_BOMB.to_owned())),
        }
    }
}

impl<'de> DeserializeSeed<'de> for StrictValue<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrictValue<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(mut self, v: bool) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: de::Error>(mut self, v: i64) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E: de::Error>(mut self, v: u64) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(mut self, v: f64) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Number(v.into()))
    }

    // Integers past 64 bits are kept as (inexact) floats; every field that
    // takes a number rejects them with its own message.
    #[expect(
        clippy::cast_precision_loss,
        reason = "past 64 bits a number is kept as an inexact float, and refused"
    )]
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Value, E> {
        self.visit_f64(v as f64)
    }

    #[expect(
        clippy::cast_precision_loss,
        reason = "past 64 bits a number is kept as an inexact float, and refused"
    )]
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value, E> {
        self.visit_f64(v as f64)
    }

    fn visit_str<E: de::Error>(mut self, v: &str) -> Result<Value, E> {
        self.spend()?;
        self.budget.spend_bytes(v.len())?;
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E: de::Error>(mut self, v: String) -> Result<Value, E> {
        self.spend()?;
        self.budget.spend_bytes(v.len())?;
        Ok(Value::String(v))
    }

    fn visit_unit<E: de::Error>(mut self) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        self.visit_unit()
    }

    fn visit_some<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Value, A::Error> {
        self.spend()?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(StrictValue {
            budget: &mut *self.budget,
        })? {
            items.push(item);
        }
        // Growth leaves room for up to twice the items: give it back, as a
        // file may hold many thousands of small lists.
        items.shrink_to_fit();
        Ok(Value::Sequence(items))
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Value, A::Error> {
        self.spend()?;
        let mut mapping = serde_yaml::Mapping::new();
        while let Some(key) = map.next_key_seed(TextKey {
            mapping: &mapping,
            budget: &mut *self.budget,
        })? {
            let value = map.next_value_seed(StrictValue {
                budget: &mut *self.budget,
            })?;
            mapping.insert(Value::String(key), value);
        }
        // As for lists; a small mapping keeps its few spare places, which
        // cost less than moving it (a rating is a mapping of one key).
        if mapping.len() > SMALL_MAPPING {
            mapping.shrink_to_fit();
        }
        Ok(Value::Mapping(mapping))
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, _data: A) -> Result<Value, A::Error> {
        Err(self
            .budget
            .refuse(ReadProblem::Tag, super::tags::TAG.to_owned()))
    }
}

/// A mapping key: text that must not repeat within its mapping. The checks
/// run inside the visitor, so an error carries the key's own location.
struct TextKey<'a> {
    /// The keys so far: a repeat is found by a lookup, with no copy.
    mapping: &'a serde_yaml::Mapping,
    budget: &'a mut Budget,
}

impl TextKey<'_> {
    fn not_text<E: de::Error>(self, what: &str) -> E {
        self.budget.refuse(
            ReadProblem::KeyNotText,
            format!("{KEY_NOT_TEXT}; this key is {what} (quote it if you mean text)"),
        )
    }
}

impl<'de> DeserializeSeed<'de> for TextKey<'_> {
    type Value = String;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TextKey<'_> {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a text mapping key")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        // Most mappings hold a few keys: comparing them is cheaper than
        // hashing the new one.
        let repeated = if self.mapping.len() <= SMALL_MAPPING {
            self.mapping.keys().any(|key| key.as_str() == Some(v))
        } else {
            self.mapping.contains_key(v)
        };
        if repeated {
            Err(self
                .budget
                .refuse(ReadProblem::DuplicateKey, format!("{DUPLICATE_KEY} `{v}`")))
        } else {
            self.budget.spend_bytes(v.len())?;
            Ok(v.to_owned())
        }
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
        Err(self.not_text(&format!("the boolean `{v}`")))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        Err(self.not_text(&format!("the number `{v}`")))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        Err(self.not_text(&format!("the number `{v}`")))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
        Err(self.not_text(&format!("the number `{v}`")))
    }

    fn visit_unit<E: de::Error>(self) -> Result<String, E> {
        Err(self.not_text("empty (null)"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _seq: A) -> Result<String, A::Error> {
        Err(self.not_text("a list"))
    }

    fn visit_map<A: MapAccess<'de>>(self, _map: A) -> Result<String, A::Error> {
        Err(self.not_text("a mapping"))
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, _data: A) -> Result<String, A::Error> {
        Err(self
            .budget
            .refuse(ReadProblem::Tag, super::tags::TAG.to_owned()))
    }
}
