//! Finding YAML tags, which skillgap refuses (SPEC §6): a tag asks a reader
//! to build a typed object (`!!python/object/new:…`), or silently changes
//! a value (`!!binary`, `!!float`), and our files have no use for either.
//!
//! serde_yaml shows a visitor only local tags (`!name`, as an enum); it
//! resolves `!!name`, `!<verbatim>` and `!handle!name` to global tags and
//! drops them. So a text that may hold one is copied with each such tag
//! rewritten as a local tag of the same length (`!!binary` → `!xbinary`),
//! and the copy is walked once: the parser reports the first tag, with its
//! own position, whatever the scan took for a tag in text.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};

pub(super) const TAG: &str = "YAML tags are not allowed";

/// `text` with every global tag rewritten as a local one and every `%TAG`
/// directive made a comment, or `None` when it has neither: bytes that are
/// no tag may change too, as only the tags of the copy matter.
pub(super) fn with_local_tags(text: &str) -> Option<String> {
    // Every tag, and every `%TAG` directive, holds a `!`; most files have
    // none, and one memchr pass says so.
    if !text.contains('!') {
        return None;
    }
    let bytes = text.as_bytes();
    let mut copy: Option<Vec<u8>> = None;
    let mut directive = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if i == 0 || matches!(bytes[i - 1], b'\n' | b'\r') {
            directive = b == b'%';
            if bytes[i..].starts_with(b"%TAG") {
                // A `%TAG !` directive makes even `!str` a global tag
                // (`tag:yaml.org,2002:str`), which serde_yaml drops: the
                // copy has no directives, so every tag in it stays local.
                copy.get_or_insert_with(|| bytes.to_vec())[i] = b'#';
            }
        }
        let starts_token = i == 0
            || matches!(
                bytes[i - 1],
                b' ' | b'\t' | b'\n' | b'\r' | b'[' | b'{' | b','
            );
        if b != b'!' || !starts_token || directive {
            i += 1;
            continue;
        }
        let end = token_end(bytes, i);
        let token = &bytes[i + 1..end];
        if token.iter().any(|&c| matches!(c, b'!' | b'<' | b'>')) {
            // Letters and digits only: a tag any parser reads as local. The
            // token ends at ASCII, so it holds whole characters.
            let copy = copy.get_or_insert_with(|| bytes.to_vec());
            for c in &mut copy[i + 1..end] {
                if !c.is_ascii_alphanumeric() {
                    *c = b'x';
                }
            }
        }
        // Each byte is looked at once: the scan resumes after the token.
        i = end.max(i + 1);
    }
    // Whole characters were replaced by ASCII letters: still UTF-8.
    copy.and_then(|copy| String::from_utf8(copy).ok())
}

/// Where the tag starting at `start` ends: a verbatim tag (`!<…>`) at its
/// `>`, any other at a blank, a line break or a flow indicator.
fn token_end(bytes: &[u8], start: usize) -> usize {
    let verbatim = bytes.get(start + 1) == Some(&b'<');
    bytes[start + 1..]
        .iter()
        .position(|&c| {
            matches!(c, b' ' | b'\t' | b'\n' | b'\r')
                || (!verbatim && matches!(c, b',' | b'[' | b']' | b'{' | b'}'))
        })
        .map_or(bytes.len(), |n| {
            let end = start + 1 + n;
            match bytes[start + 1..end].iter().position(|&c| c == b'>') {
                Some(close) if verbatim => start + 2 + close,
                _ => end,
            }
        })
}

/// Walks a document and fails at its first (local) tag, setting `found`:
/// the parser's own failures leave it unset.
#[derive(Clone, Copy)]
pub(super) struct NoTags<'a> {
    pub(super) found: &'a Cell<bool>,
}

impl<'de> DeserializeSeed<'de> for NoTags<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for NoTags<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_i128<E: de::Error>(self, _: i128) -> Result<(), E> {
        Ok(())
    }

    fn visit_u128<E: de::Error>(self, _: u128) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_some<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(self)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key_seed(self)?.is_some() {
            map.next_value_seed(self)?;
        }
        Ok(())
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, _data: A) -> Result<(), A::Error> {
        self.found.set(true);
        Err(de::Error::custom(TAG))
    }
}

/// The tag written at byte `offset` of `text` (after an anchor there).
pub(super) fn tag_at(text: &str, offset: usize) -> &str {
    let rest = text.get(offset..).unwrap_or_default();
    let rest = match rest.strip_prefix('&') {
        Some(anchored) => anchored
            .trim_start_matches(|c: char| !c.is_whitespace())
            .trim_start(),
        None => rest,
    };
    let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let end = if rest.starts_with("!<") {
        // A verbatim tag runs to its `>`.
        rest[..word_end]
            .find('>')
            .map_or(word_end, |close| close + 1)
    } else {
        rest[..word_end].find([',', ']', '}']).unwrap_or(word_end)
    };
    let tag = &rest[..end];
    // At most a line's worth: the message quotes it.
    match tag.char_indices().nth(60) {
        Some((cut, _)) => &tag[..cut],
        None => tag,
    }
}

#[cfg(test)]
mod tests {
    use super::with_local_tags;

    #[test]
    fn global_tags_become_local_tags_of_the_same_length() {
        let text = "a: !!binary x\nb: [!<tag:yaml.org,2002:str> y, !e!z w]\n%TAG !e! tag:e.org:\n";
        let copy = with_local_tags(text).unwrap();
        assert_eq!(copy.len(), text.len());
        assert_eq!(
            copy,
            "a: !xbinary x\nb: [!xtagxyamlxorgx2002xstrx y, !exz w]\n#TAG !e! tag:e.org:\n"
        );
        assert_eq!(
            with_local_tags("a: !local x\nb: say !!hi\n").as_deref(),
            Some("a: !local x\nb: say !xhi\n")
        );
        assert_eq!(with_local_tags("a: b!!c\n"), None);
    }

    #[test]
    fn a_line_of_tag_starts_is_scanned_once() {
        // Quadratic if each `!` looked ahead to the line end.
        let text = format!("a: [{}]\n", "!<,".repeat(300_000));
        assert!(with_local_tags(&text).is_some());
    }
}
