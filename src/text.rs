//! Plain text helpers every layer may use: making untrusted text safe to
//! print (control and escape characters shown as visible escapes, so a
//! file cannot move the cursor, change colours or hide text), folding it
//! onto one line, counting nouns, and spotting text cut off mid-sentence.
//! A leaf: it depends on no other module of the crate, and it never
//! prints or formats for a particular output.

use std::borrow::Cow;

/// Replaces control characters (other than newline and tab) and escape
/// sequences with visible `\u{..}` escapes.
#[must_use]
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' || is_bidi_control(c))
    {
        return Cow::Borrowed(text);
    }
    let mut safe = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c) {
            safe.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            safe.push(c);
        }
    }
    Cow::Owned(safe)
}

/// Sanitises and folds newlines and tabs to spaces: for one-line cells.
#[must_use]
pub fn one_line(text: &str) -> String {
    sanitize(text)
        .split(['\n', '\t'])
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` on one line, cut after `max` characters with a count of what
/// was left out, so one huge line cannot flood a terminal or a log.
#[must_use]
pub fn one_line_clipped(text: &str, max: usize) -> String {
    let line = one_line(text);
    let total = line.chars().count();
    if total <= max {
        return line;
    }
    let cut: String = line.chars().take(max).collect();
    format!("{cut}… ({} more characters)", total - max)
}

/// Characters that reorder or hide text without showing themselves:
/// bidirectional embeddings, overrides, isolates and marks, and invisible
/// ones (zero-width space, word joiner and its kin, the byte order mark,
/// interlinear annotation). The zero-width joiners some scripts and emoji
/// need are kept.
#[must_use]
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{061C}'
            | '\u{200B}'
            | '\u{2060}'..='\u{2064}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
    )
}

/// "1 item", "2 items": `count` and `noun`, with an `s` unless it is one.
#[must_use]
pub fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

const DANGLING_WORDS: [&str; 16] = [
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
    "which",
];

/// The last word of `text` when it is one a sentence rarely ends on, or
/// the mark when it ends on one that leads into more (a comma, an open
/// bracket, a dash).
pub fn dangling_word(text: &str) -> Option<&str> {
    let trimmed = text.trim_end();
    if let Some(mark) = trimmed
        .char_indices()
        .last()
        .filter(|(_, c)| matches!(c, ',' | ';' | '(' | '–' | '—'))
        .map(|(i, _)| &trimmed[i..])
    {
        return Some(mark);
    }
    if trimmed.ends_with(|c: char| !c.is_alphabetic()) {
        return None;
    }
    let word = trimmed.rsplit(char::is_whitespace).next()?;
    DANGLING_WORDS
        .contains(&word.to_lowercase().as_str())
        .then_some(word)
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
