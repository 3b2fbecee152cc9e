//! Unit tests of `text`.

use super::*;

#[test]
fn escape_sequences_become_visible() {
    assert_eq!(sanitize("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
    assert_eq!(sanitize("bell\u{7}"), "bell\\u{7}");
    assert_eq!(sanitize("keep\nlines"), "keep\nlines");
    assert_eq!(sanitize("\u{202E}evil"), "\\u{202e}evil");
}

#[test]
fn a_long_line_is_clipped_with_a_count() {
    assert_eq!(one_line_clipped("short", 10), "short");
    assert_eq!(
        one_line_clipped(&"é".repeat(15), 10),
        format!("{}… (5 more characters)", "é".repeat(10))
    );
}

#[test]
fn one_line_folds_newlines() {
    assert_eq!(one_line("a\nb\tc"), "a b c");
}

#[test]
fn text_that_stops_mid_sentence_is_caught_and_whole_text_is_not() {
    for (text, want) in [
        (
            "Gives regular feedback to team members and leads them to",
            Some("to"),
        ),
        ("working with delivery teams, ", Some(",")),
        ("including hardware devices (", Some("(")),
        ("Records findings –", Some("–")),
        ("Writes the tests.", None),
        ("presenting findings to colleagues and/or management", None),
        ("Uses tools (e.g. GROW model)", None),
    ] {
        assert_eq!(dangling_word(text), want, "{text}");
    }
}

#[test]
fn one_is_singular_and_every_other_count_plural() {
    assert_eq!(plural(1, "item"), "1 item");
    assert_eq!(plural(0, "item"), "0 items");
    assert_eq!(plural(2, "file"), "2 files");
}

#[test]
fn direction_marks_and_invisible_characters_are_shown_but_joiners_kept() {
    // Right-to-left and left-to-right marks, the Arabic letter mark, a
    // zero-width space, a word joiner, a byte order mark and an
    // interlinear annotation would reorder or hide text unseen.
    for c in [
        '\u{200E}', '\u{200F}', '\u{061C}', '\u{200B}', '\u{2060}', '\u{FEFF}', '\u{FFF9}',
    ] {
        let text = format!("Pat{c}Example");
        assert_eq!(
            sanitize(&text),
            format!("Pat\\u{{{:x}}}Example", u32::from(c)),
            "{:x}",
            u32::from(c)
        );
    }
    // The zero-width non-joiner and joiner shape scripts and emoji.
    assert_eq!(sanitize("می\u{200C}خواهم"), "می\u{200C}خواهم");
    assert_eq!(sanitize("👩\u{200D}💻"), "👩\u{200D}💻");
}
