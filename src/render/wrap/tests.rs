//! Unit tests of `wrap`.

use super::*;

#[test]
fn width_counts_columns_per_grapheme_cluster() {
    assert_eq!(width("abc"), 3);
    assert_eq!(width("山田"), 4);
    assert_eq!(width("e\u{301}"), 1);
    assert_eq!(width("👨\u{200d}👩\u{200d}👧"), 2);
    assert_eq!(width("\u{1b}[1mbold\u{1b}[0m"), 4);
}

#[test]
fn a_letter_before_a_combining_mark_stays_one_cluster() {
    // Plain ASCII takes a short path; a letter followed by a combining
    // accent must still be measured and cut as one cluster.
    assert_eq!(width("cafe\u{301} au lait"), 12);
    assert_eq!(clip("cafe\u{301}!", 4), "cafe\u{301}");
    assert_eq!(clip("cafe\u{301}!", 3), "caf");
    assert_eq!(width("plain text, 20 cols"), 19);
}

#[test]
fn clipping_keeps_whole_clusters_within_the_columns() {
    assert_eq!(clip("abc", 2), "ab");
    assert_eq!(clip("山田太郎", 5), "山田");
    assert_eq!(clip("e\u{301}x", 1), "e\u{301}");
    assert_eq!(clip("👨\u{200d}👩\u{200d}👧!", 2), "👨\u{200d}👩\u{200d}👧");
}

#[test]
fn words_wrap_between_spaces_with_indents() {
    assert_eq!(
        wrap("one two three four", 10, "- ", "  "),
        ["- one two", "  three", "  four"]
    );
}

#[test]
fn a_word_longer_than_its_column_is_broken_with_nothing_lost() {
    let word = "x".repeat(25);
    let lines = wrap(&format!("a {word} b"), 10, "", "");
    assert!(lines.iter().all(|l| width(l) <= 10), "{lines:?}");
    assert_eq!(lines.concat().replace(' ', ""), format!("a{word}b"));
}

#[test]
fn wide_and_joined_characters_are_never_split() {
    let text = "山".repeat(9) + &"👨\u{200d}👩\u{200d}👧".repeat(5);
    let lines = wrap(&text, 7, "", "");
    assert!(lines.iter().all(|l| width(l) <= 7), "{lines:?}");
    assert_eq!(lines.concat(), text);
    assert!(lines.iter().all(|l| !l.starts_with('\u{200d}')));
}

#[test]
fn a_short_word_before_a_broken_long_one_never_runs_past_the_width() {
    let text = format!("T {}", "漢字仮名交じり文".repeat(30));
    for columns in [40, 80, 120, 160] {
        let lines = wrap(&text, columns, "  1. ", "     ");
        assert!(lines.iter().all(|l| width(l) <= columns), "{lines:?}");
        let joined: String = lines.concat().replace(' ', "");
        assert_eq!(joined, format!("1.{}", text.replace(' ', "")));
    }
}

#[test]
fn a_line_after_a_newline_has_the_room_of_the_later_indent() {
    let lines = wrap("aaaa\nbbbbbbbbbb", 10, "", "  ");
    assert!(lines.iter().all(|l| width(l) <= 10), "{lines:?}");
    assert_eq!(lines.concat().replace(' ', ""), "aaaabbbbbbbbbb");
}

#[test]
fn a_tab_takes_the_room_of_a_space() {
    let lines = wrap("a\tb\tc\td\te\tf", 7, "", "");
    assert_eq!(lines, ["a b c d", "e f"]);
}

#[test]
fn colour_codes_take_no_room() {
    let text = "\u{1b}[1mTitle\u{1b}[0m and more";
    assert_eq!(wrap(text, 15, "", ""), [text]);
}

#[test]
fn colour_codes_after_a_trailing_space_end_the_line_and_never_make_one() {
    // Found by fuzzing (render): a heading whose title ended in a space
    // wrapped its closing colour code onto a line of its own, a blank line
    // the table without colour does not have.
    let text = "\u{1b}[1mab abcdefgh \u{1b}[0m";
    assert_eq!(wrap(text, 8, "", ""), ["\u{1b}[1mab", "abcdefgh\u{1b}[0m"]);
}

#[test]
fn newlines_start_new_lines() {
    assert_eq!(wrap("a\n\nb", 10, "> ", "  "), ["> a", "", "  b"]);
}

/// `text` without its colour codes (SGR: `ESC [ … m`).
fn strip_colour(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('\u{1b}') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        rest = &rest[rest.find('m').map_or(rest.len(), |end| end + 1)..];
    }
    out.push_str(rest);
    out
}

#[test]
fn a_painted_title_ending_in_a_space_wraps_as_the_plain_one() {
    // Found by fuzzing (render): the closing code after a painted title's
    // trailing space was a piece of its own, the last line for optimal
    // fit, so the real last line counted as a short middle one and the
    // lines were chosen differently from the text without colour.
    let text = "aa  aaaaaaaaaa a   ";
    assert_eq!(wrap(text, 14, ">", "  "), [">aa", "  aaaaaaaaaa a"]);
    let painted = format!("\u{1b}[1m{text}\u{1b}[0m");
    assert_eq!(
        wrap(&painted, 14, ">", "  "),
        [">\u{1b}[1maa", "  aaaaaaaaaa a\u{1b}[0m"]
    );
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config {
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    })]

    /// Colour adds codes and nothing else: painted text, in one run or
    /// word by word, wraps to the lines of the plain text.
    #[test]
    fn colour_never_changes_where_lines_break(
        words in proptest::collection::vec(("[a-z]{1,12}", " {1,3}", proptest::bool::ANY), 1..24),
        columns in 4usize..40,
        first in "[>• ]{0,3}",
    ) {
        let mut text = String::new();
        let mut painted = String::from("\u{1b}[1m");
        for (word, spaces, paint) in &words {
            text.push_str(word);
            text.push_str(spaces);
            if *paint {
                painted.push_str(&format!("\u{1b}[33m{word}\u{1b}[0m{spaces}"));
            } else {
                painted.push_str(word);
                painted.push_str(spaces);
            }
        }
        painted.push_str("\u{1b}[0m");
        let plain = wrap(&text, columns, &first, "  ");
        let coloured: Vec<String> = wrap(&painted, columns, &first, "  ")
            .iter()
            .map(|line| strip_colour(line).trim_end().to_owned())
            .collect();
        proptest::prop_assert_eq!(coloured, plain);
    }
}
