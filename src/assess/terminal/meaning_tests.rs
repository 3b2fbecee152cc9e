//! Unit tests of `meaning`.
