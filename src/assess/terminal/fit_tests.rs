//! Unit tests of `fit`.

use super::*;

#[test]
fn a_text_that_fits_is_one_page_and_a_taller_one_is_split_at_blank_lines() {
    let text: Vec<String> = ["t", "", "a1", "a2", "a3", "", "b1", "b2", ""]
        .map(str::to_owned)
        .to_vec();
    assert_eq!(pages(&text, 12, 3), [&text[..]]);
    let split = pages(&text, 7, 3);
    assert_eq!(split, [&text[..6], &text[6..]]);
    assert!(split.iter().all(|page| page.len() < 7));
    // A part taller than a page is split inside.
    let split = pages(&text, 3, 1);
    assert!(split.iter().all(|page| page.len() <= 2), "{split:?}");
    assert_eq!(split.concat(), text);
}

fn lines(prefix: &str, count: usize) -> Vec<String> {
    (1..=count).map(|n| format!("{prefix}{n}")).collect()
}

fn parts(description: usize, rest: usize, choices: usize) -> Parts {
    Parts {
        head: vec!["1 of 3".to_owned(), "Title".to_owned()],
        description: lines("d", description),
        rest: lines("r", rest),
        choices,
    }
}

#[test]
fn a_screen_that_fits_is_shown_whole_with_a_blank_line_before_the_list() {
    let fitted = fit(parts(3, 1, 7), 24, "cut");
    assert_eq!(
        fitted.lines,
        ["1 of 3", "Title", "d1", "d2", "d3", "r1", ""]
    );
    assert_eq!(fitted.window, 7);
}

#[test]
fn the_blank_line_goes_before_any_text() {
    // 2 + 13 + 8 = 23 rows exactly: no room for the blank line.
    let fitted = fit(parts(7, 6, 7), 23, "cut");
    assert_eq!(fitted.lines.len(), 15);
    assert!(!fitted.lines.contains(&String::new()));
    assert_eq!(fitted.window, 7);
}

#[test]
fn the_description_is_cut_first_with_a_marker_and_the_rest_kept() {
    let fitted = fit(parts(10, 2, 7), 16, "cut");
    assert_eq!(
        fitted.lines,
        ["1 of 3", "Title", "d1", "d2", "d3", "cut", "r1", "r2"]
    );
    assert_eq!(fitted.lines.len() + 1 + fitted.window, 16);
}

#[test]
fn then_the_rest_is_cut_and_the_marker_ends_it() {
    let fitted = fit(parts(10, 4, 7), 13, "cut");
    assert_eq!(fitted.lines, ["1 of 3", "Title", "r1", "r2", "cut"]);
    assert_eq!(fitted.window, 7);
}

#[test]
fn in_a_few_rows_the_head_and_marker_stay_and_the_choices_scroll() {
    let fitted = fit(parts(10, 4, 7), 10, "cut");
    assert_eq!(fitted.lines, ["1 of 3", "Title", "cut"]);
    assert_eq!(fitted.window, 6);
    assert_eq!(fitted.lines.len() + 1 + fitted.window, 10);
}

#[test]
fn a_head_taller_than_the_terminal_keeps_its_first_lines() {
    let mut many = parts(1, 0, 7);
    many.head = lines("h", 9);
    let fitted = fit(many, 6, "cut");
    assert_eq!(fitted.lines, ["h1", "h2", "cut"]);
    assert_eq!(fitted.window, FEWEST_CHOICES);
}
