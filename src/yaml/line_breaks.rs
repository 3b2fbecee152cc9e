//! Line breaks as the parser sees them: LF, CRLF, a lone CR, and (as for
//! libyaml) NEL, LS and PS. Owns the one definition of a break every other
//! part of the module counts lines by, so locations, scans and the parser
//! agree. It must not know about YAML structure.

/// The length in bytes of the line break starting at byte `i` of `bytes`,
/// or 0: LF, CRLF, a lone CR, and (as for libyaml, whose positions every
/// finding carries) NEL, LS and PS.
pub(crate) fn break_length(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i..).unwrap_or_default() {
        // CRLF, or NEL (U+0085).
        [b'\r', b'\n', ..] | [0xC2, 0x85, ..] => 2,
        [b'\n' | b'\r', ..] => 1,
        [0xE2, 0x80, 0xA8 | 0xA9, ..] => 3,
        _ => 0,
    }
}

/// The byte offset where each line after the first starts, in order: the
/// one walk over the breaks of `bytes` that line tables and locations
/// share.
pub(crate) fn line_starts(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            match break_length(bytes, i) {
                0 => i += 1,
                n => {
                    i += n;
                    return Some(i);
                }
            }
        }
        None
    })
}

/// `text` with each NEL, LS and PS written as a CR LF of the same length
/// (LS and PS after a space), for the scans that see only CR and LF as line
/// breaks: libyaml breaks lines at them too, so text after one could
/// otherwise hide deep nesting, many nodes or a tag from the scans.
pub(super) fn with_plain_breaks(text: &str) -> std::borrow::Cow<'_, str> {
    // One memchr pass per character: a set of chars decodes every one.
    if !['\u{85}', '\u{2028}', '\u{2029}']
        .into_iter()
        .any(|c| text.contains(c))
    {
        return text.into();
    }
    text.replace('\u{85}', "\r\n")
        .replace(['\u{2028}', '\u{2029}'], " \r\n")
        .into()
}

/// The lines of `text`, each ended by LF, CRLF or a lone CR.
pub(super) fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        let Some(end) = current.find(['\n', '\r']) else {
            rest = None;
            return Some(current);
        };
        let skip = if current[end..].starts_with("\r\n") {
            2
        } else {
            1
        };
        rest = Some(&current[end + skip..]).filter(|r| !r.is_empty());
        Some(&current[..end])
    })
}
