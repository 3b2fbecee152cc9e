//! Unit tests of `choices`.

use super::*;

fn choices<'a>(prompts: &'a [String], items: &'a [String], window: usize) -> Choices<'a> {
    Choices {
        prompts,
        items,
        default: 0,
        window,
        width: 40,
        below: &[],
        key: None,
    }
}

#[test]
fn the_window_follows_the_cursor_and_moves_as_little_as_it_can() {
    let items: Vec<String> = (1..=8).map(|n| n.to_string()).collect();
    let list = choices(&[], &items, 3);
    assert_eq!(list.top(0, 2), 0);
    assert_eq!(list.top(0, 3), 1);
    assert_eq!(list.top(4, 3), 3);
    assert_eq!(list.top(0, 7), 5);
    assert_eq!(list.top(5, 0), 0);
}

#[test]
fn the_prompt_is_the_longest_version_that_fits_and_says_what_is_shown() {
    let prompts = [
        "Your level (↑/↓, Enter; Esc to stop)".to_owned(),
        "Your level (Esc stops)".to_owned(),
    ];
    let items: Vec<String> = (1..=8).map(|n| n.to_string()).collect();
    let all = choices(&prompts, &items, 8);
    assert_eq!(all.prompt(0, 8), "Your level (↑/↓, Enter; Esc to stop)");
    let some = choices(&prompts, &items, 3);
    assert_eq!(some.prompt(2, 3), "Your level (Esc stops) [3–5 of 8]");
}

#[test]
fn an_item_wider_than_the_list_is_cut_with_an_ellipsis() {
    let items = ["a".repeat(50)];
    let list = choices(&[], &items, 1);
    let shown = list.item(&items[0]);
    assert_eq!(display_width(&shown), 38);
    assert!(shown.ends_with('…'));
}
