//! A path into a document: [`Segment`]s of keys and list indexes, and the
//! [`Target`] (key or value) a location should point at. Typed errors carry
//! one; `locate` and [`Places`](super::Places) turn it into a line and
//! column. It must not walk text itself.

/// One step of a path into a document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// Which part of a node [`locate()`](super::locate()) should point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// The value at the path.
    Value,
    /// The key that names the last segment of the path.
    Key,
}
