//! Finding where nodes start in a file, for findings made after parsing (a
//! duplicate id, a `develops` naming an unknown skill). serde_yaml keeps no
//! positions in a `Value`, but it attaches the current node's position to
//! any error raised while visiting it. [`Places::find`] walks the document
//! once, only down the paths asked for: on each scalar it wants, it raises
//! an error, reads the position off it and carries on with the next
//! sibling. A list or mapping cannot fail without ending the walk, so its
//! position is its first entry's (a block mapping starts at its first key),
//! moved back to the `-`, `[`, `{` or `?` that opens it; an empty `[]` or
//! `{}` under a key is found just after the key. One pass for all of a
//! file's findings, however many.

use std::cell::Cell;
use std::collections::HashMap;
use std::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::{Location, Segment, Target};
use lines::Lines;

mod lines;

/// What a deliberate failure says; it is told apart by the walk's
/// `raised` flag, never by this text.
const FOUND: &str = "\u{0}skillgap-located";

/// Finds where the node at `path` starts in `text` (a document that
/// [`parse`](super::parse) accepted). Parses again: for many nodes, use
/// [`Places::find`] once.
#[must_use]
pub fn locate(text: &str, path: &[Segment], target: Target) -> Option<Location> {
    Places::find(text, [(path, target)]).get(path, target)
}

/// The positions of the nodes on some paths of one document (and of every
/// node on the way to them), found in one pass.
#[derive(Debug, Default)]
pub struct Places {
    nodes: Vec<Node>,
}

/// One node of the tree of wanted paths.
#[derive(Debug, Default)]
struct Node {
    children: HashMap<Segment, usize>,
    value: Option<Location>,
    key: Option<Location>,
}

impl Places {
    /// Walks `text` once and records where each of `wanted` (and each node
    /// on the way) starts. Paths not in the document are simply not found.
    #[must_use]
    pub fn find<'p>(text: &str, wanted: impl IntoIterator<Item = (&'p [Segment], Target)>) -> Self {
        let mut places = Self {
            nodes: vec![Node::default()],
        };
        let mut any = false;
        for (path, _) in wanted {
            any = true;
            let mut at = 0;
            for segment in path {
                let next = places.nodes.len();
                at = *places.nodes[at]
                    .children
                    .entry(segment.clone())
                    .or_insert(next);
                if at == next {
                    places.nodes.push(Node::default());
                }
            }
        }
        if !any {
            // Nothing to locate (the usual clean file): no second parse.
            return places;
        }
        let lines = Lines::new(text);
        let raised = Cell::new(false);
        let deserializer = serde_yaml::Deserializer::from_str(text);
        let walk = Walk {
            places: &mut places,
            node: Some(0),
            lines: &lines,
            raised: &raised,
        };
        let root = match caught(walk.deserialize(deserializer), &raised) {
            Ok(Ok(found)) => found,
            Ok(Err(found)) => Some(found),
            // A document `parse` accepted does not fail; keep what was found.
            Err(_) => None,
        };
        places.nodes[0].value = root;
        places
    }

    /// Where the node at `path` starts (`Target::Value`) or where the key
    /// naming its last segment starts (`Target::Key`).
    #[must_use]
    pub fn get(&self, path: &[Segment], target: Target) -> Option<Location> {
        let mut at = 0;
        for segment in path {
            at = *self.nodes[at].children.get(segment)?;
        }
        let node = &self.nodes[at];
        match target {
            Target::Value => node.value,
            Target::Key => node.key,
        }
    }
}

/// Turns our own "found" error (the walk set `raised` when it failed on
/// purpose) into the position it carries; any other error is passed on.
fn caught<T, E: de::Error>(
    result: Result<T, E>,
    raised: &Cell<bool>,
) -> Result<Result<T, Location>, E> {
    match result {
        Ok(value) => Ok(Ok(value)),
        Err(error) => {
            if !raised.take() {
                return Err(error);
            }
            let text = error.to_string();
            Ok(Err(super::classify::location_in_message(&text)))
        }
    }
}

/// Walks one node; `node` is its place in the tree of wanted paths, if any.
/// A scalar fails with [`FOUND`], setting `raised` (the caller reads its
/// position); a collection returns its position.
struct Walk<'a, 't> {
    places: &'a mut Places,
    node: Option<usize>,
    lines: &'a Lines<'t>,
    raised: &'a Cell<bool>,
}

impl Walk<'_, '_> {
    fn child(&self, segment: &Segment) -> Option<usize> {
        let node = self.node?;
        self.places.nodes[node].children.get(segment).copied()
    }

    fn here<T, E: de::Error>(&self) -> Result<T, E> {
        self.raised.set(true);
        Err(E::custom(FOUND))
    }
}

impl<'de> DeserializeSeed<'de> for Walk<'_, '_> {
    type Value = Option<Location>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_, '_> {
    type Value = Option<Location>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        self.here()
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        self.here()
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        self.here()
    }

    fn visit_i128<E: de::Error>(self, _: i128) -> Result<Self::Value, E> {
        self.here()
    }

    fn visit_u128<E: de::Error>(self, _: u128) -> Result<Self::Value, E> {
        self.here()
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        self.here()
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        self.here()
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.here()
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.here()
    }

    fn visit_some<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut first = None;
        let mut index = 0;
        loop {
            let child = self.child(&Segment::Index(index));
            if child.is_none() && index > 0 {
                if seq.next_element::<IgnoredAny>()?.is_none() {
                    break;
                }
                index += 1;
                continue;
            }
            let walk = Walk {
                places: &mut *self.places,
                node: child,
                lines: self.lines,
                raised: self.raised,
            };
            let found = match caught(seq.next_element_seed(walk), self.raised)? {
                Ok(None) => break,
                Ok(Some(found)) => found,
                Err(found) => Some(found),
            };
            if let Some(child) = child {
                self.places.nodes[child].value = found;
            }
            if index == 0 {
                first = found;
            }
            index += 1;
        }
        Ok(first.map(|first| self.lines.opener_before(first, b"-[")))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut first = None;
        let mut entries = 0;
        loop {
            let mut child = None;
            let probe = KeyProbe {
                places: &*self.places,
                node: self.node,
                fail: entries == 0,
                child: &mut child,
                raised: self.raised,
            };
            let key = match caught(map.next_key_seed(probe), self.raised)? {
                Ok(None) => break,
                Ok(Some(())) => None,
                Err(found) => Some(found),
            };
            if entries == 0 {
                first = key;
            }
            entries += 1;
            let Some(child) = child else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            self.places.nodes[child].key = key;
            let walk = Walk {
                places: &mut *self.places,
                node: Some(child),
                lines: self.lines,
                raised: self.raised,
            };
            let found = match caught(map.next_value_seed(walk), self.raised)? {
                Ok(found) => found.or_else(|| key.and_then(|k| self.lines.empty_after_key(k))),
                Err(found) => Some(found),
            };
            self.places.nodes[child].value = found;
        }
        Ok(first.map(|first| self.lines.opener_before(first, b"{?")))
    }
}

/// Reads a key, tells which wanted child it names, and fails on it (so its
/// position is read) when it names one or when `fail` asks for it.
struct KeyProbe<'a, 'c> {
    places: &'a Places,
    node: Option<usize>,
    fail: bool,
    child: &'c mut Option<usize>,
    raised: &'a Cell<bool>,
}

impl<'de> DeserializeSeed<'de> for KeyProbe<'_, '_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl KeyProbe<'_, '_> {
    fn key<E: de::Error>(self, key: &str) -> Result<(), E> {
        *self.child = self.node.and_then(|node| {
            self.places.nodes[node]
                .children
                .get(&Segment::Key(key.to_owned()))
                .copied()
        });
        if self.fail || self.child.is_some() {
            self.raised.set(true);
            Err(E::custom(FOUND))
        } else {
            Ok(())
        }
    }
}

impl Visitor<'_> for KeyProbe<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a mapping key")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.key(v)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<(), E> {
        self.key(&v.to_string())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        self.key(&v.to_string())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        self.key(&v.to_string())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        self.key(&v.to_string())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.key("")
    }
}

#[cfg(test)]
mod tests;
