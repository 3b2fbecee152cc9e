//! The parsed document as the rest of the crate sees it: an owned
//! [`Value`] and [`Mapping`], which wrap the YAML crate's own types so that
//! no other module names that crate (SPEC §8), and a borrowed [`Node`] to
//! look into them and match on. It offers only what the loaders need:
//! reading a field, taking a list or a mapping out of a document, and
//! moving text and entries out without a copy. It must not parse, check
//! or locate anything, and must not copy a document to look into it.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A parsed YAML document, or one node of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Value(pub(super) serde_yaml::Value);

/// An owned mapping of keys to values, taken out of a [`Value`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mapping(serde_yaml::Mapping);

/// A borrowed look at one node of a [`Value`].
#[derive(Debug, Clone, Copy)]
pub enum Node<'a> {
    Null,
    Bool(bool),
    Number(NumberNode<'a>),
    String(&'a str),
    Sequence(SequenceNode<'a>),
    Mapping(MappingNode<'a>),
    /// A tagged value (the reader refuses tags; JSON may hold one).
    Tagged,
}

/// A borrowed number.
#[derive(Debug, Clone, Copy)]
pub struct NumberNode<'a>(&'a serde_yaml::Number);

/// A borrowed list.
#[derive(Debug, Clone, Copy)]
pub struct SequenceNode<'a>(&'a [serde_yaml::Value]);

/// A borrowed mapping.
#[derive(Debug, Clone, Copy)]
pub struct MappingNode<'a>(&'a serde_yaml::Mapping);

impl Value {
    /// A look at this node, to match on.
    #[must_use]
    pub fn node(&self) -> Node<'_> {
        Node::of(&self.0)
    }

    /// The value of `key`, when this is a mapping that has it.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<Node<'_>> {
        self.0.get(key).map(Node::of)
    }

    /// Whether this is a mapping that has `key`.
    #[must_use]
    pub fn has_key(&self, key: &str) -> bool {
        self.0.as_mapping().is_some_and(|m| m.contains_key(key))
    }

    #[must_use]
    pub fn is_mapping(&self) -> bool {
        self.0.is_mapping()
    }

    #[must_use]
    pub fn is_null(&self) -> bool {
        self.0.is_null()
    }

    /// Removes `key` from this mapping, moving its last entry into the
    /// place (so removing many keys stays linear); `None` when this is no
    /// mapping or has no such key.
    pub fn swap_remove(&mut self, key: &str) -> Option<Self> {
        self.0.as_mapping_mut()?.swap_remove(key).map(Self)
    }

    /// Takes the list under `key` out of this mapping, leaving an empty
    /// list in its place. A null there (`key:` with nothing after it)
    /// becomes an empty list and gives none; any other value stays.
    pub fn take_sequence(&mut self, key: &str) -> Option<Vec<Self>> {
        match self.0.get_mut(key)? {
            serde_yaml::Value::Sequence(items) => {
                // The same layout: the list is reused, not copied.
                Some(std::mem::take(items).into_iter().map(Self).collect())
            }
            empty @ serde_yaml::Value::Null => {
                *empty = serde_yaml::Value::Sequence(Vec::new());
                None
            }
            _ => None,
        }
    }

    /// Takes the mapping under `key` out of this mapping, leaving an empty
    /// mapping in its place. A null there becomes an empty mapping and
    /// gives none; any other value stays.
    pub fn take_mapping(&mut self, key: &str) -> Option<Mapping> {
        match self.0.get_mut(key)? {
            serde_yaml::Value::Mapping(mapping) => Some(Mapping(std::mem::take(mapping))),
            empty @ serde_yaml::Value::Null => {
                *empty = serde_yaml::Value::Mapping(serde_yaml::Mapping::new());
                None
            }
            _ => None,
        }
    }

    /// This mapping, or the value itself when it is none.
    pub fn into_mapping(self) -> Result<Mapping, Self> {
        match self.0 {
            serde_yaml::Value::Mapping(mapping) => Ok(Mapping(mapping)),
            other => Err(Self(other)),
        }
    }

    /// This text, or the value itself when it is none.
    pub fn into_string(self) -> Result<String, Self> {
        match self.0 {
            serde_yaml::Value::String(text) => Ok(text),
            other => Err(Self(other)),
        }
    }
}

impl Mapping {
    /// How many entries it has.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl IntoIterator for Mapping {
    type Item = (Value, Value);
    type IntoIter = std::iter::Map<
        <serde_yaml::Mapping as IntoIterator>::IntoIter,
        fn((serde_yaml::Value, serde_yaml::Value)) -> (Value, Value),
    >;

    /// The entries in the file's order.
    fn into_iter(self) -> Self::IntoIter {
        self.0
            .into_iter()
            .map(|(key, value)| (Value(key), Value(value)))
    }
}

impl<'a> Node<'a> {
    fn of(value: &'a serde_yaml::Value) -> Self {
        match value {
            serde_yaml::Value::Null => Self::Null,
            serde_yaml::Value::Bool(b) => Self::Bool(*b),
            serde_yaml::Value::Number(n) => Self::Number(NumberNode(n)),
            serde_yaml::Value::String(text) => Self::String(text),
            serde_yaml::Value::Sequence(items) => Self::Sequence(SequenceNode(items)),
            serde_yaml::Value::Mapping(mapping) => Self::Mapping(MappingNode(mapping)),
            serde_yaml::Value::Tagged(_) => Self::Tagged,
        }
    }

    /// The text, when this is text.
    #[must_use]
    pub fn as_str(self) -> Option<&'a str> {
        match self {
            Self::String(text) => Some(text),
            _ => None,
        }
    }

    /// The list, when this is a list.
    #[must_use]
    pub fn as_sequence(self) -> Option<SequenceNode<'a>> {
        match self {
            Self::Sequence(items) => Some(items),
            _ => None,
        }
    }

    /// The mapping, when this is a mapping.
    #[must_use]
    pub fn as_mapping(self) -> Option<MappingNode<'a>> {
        match self {
            Self::Mapping(mapping) => Some(mapping),
            _ => None,
        }
    }
}

impl NumberNode<'_> {
    /// The number, when it is a whole number from 0 that fits 64 bits.
    #[must_use]
    pub fn as_u64(self) -> Option<u64> {
        self.0.as_u64()
    }
}

impl fmt::Display for NumberNode<'_> {
    /// The number as YAML writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.0, f)
    }
}

impl<'a> SequenceNode<'a> {
    #[must_use]
    pub fn len(self) -> usize {
        self.0.len()
    }

    #[must_use]
    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    /// The items in order.
    pub fn iter(self) -> impl Iterator<Item = Node<'a>> {
        self.0.iter().map(Node::of)
    }
}

impl<'a> MappingNode<'a> {
    #[must_use]
    pub fn contains_key(self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    /// The entries in the file's order, each key as text when it is text.
    pub fn iter(self) -> impl Iterator<Item = (Option<&'a str>, Node<'a>)> {
        self.0
            .iter()
            .map(|(key, value)| (key.as_str(), Node::of(value)))
    }

    /// The keys in the file's order, each as text when it is text.
    pub fn keys(self) -> impl Iterator<Item = Option<&'a str>> {
        self.0.keys().map(serde_yaml::Value::as_str)
    }
}

#[cfg(test)]
#[path = "value_tests.rs"]
mod tests;
