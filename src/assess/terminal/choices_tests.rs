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

#[test]
fn the_rows_under_the_list_are_those_of_the_item_under_the_cursor() {
    use super::super::meaning::{panel, tests::levels};
    let long = "You can:\n- design systems characterised by medium levels of risk, impact, and business or technical complexity\n- select appropriate design standards";
    let levels = levels([
        Some("You can:\n- assist a team"),
        Some("You can:\n- translate designs"),
        Some(long),
        None,
    ]);
    let items: Vec<String> = levels.iter().map(|level| level.label.clone()).collect();
    let below: Vec<Vec<String>> = (0..items.len())
        .map(|at| panel(levels.get(at), 4, 38))
        .collect();
    let list = Choices {
        below: &below,
        ..choices(&[], &items, 5)
    };
    let theme = dialoguer::theme::SimpleTheme;
    let on = |selected| list.lines(&theme, 0, selected);
    // The prompt and five items, then the four rows of the level's meaning.
    let one = on(1);
    assert_eq!(one.len(), 1 + 5 + 4, "{one:#?}");
    assert!(one[6].starts_with("1 – Awareness ("), "{one:#?}");
    assert_eq!(one[8], "  - assist a team");
    // The cursor moves: the rows follow it, the list's height does not.
    let three = on(3);
    assert_eq!(three.len(), one.len());
    assert!(three[6].starts_with("3 – Practitioner"), "{three:#?}");
    assert!(three[8].starts_with("  - design systems"), "{three:#?}");
    // Cut to the rows, every row within the width, saying there is more.
    assert!(three[9].contains("? shows it in full"), "{three:#?}");
    assert!(three.iter().skip(6).all(|row| display_width(row) <= 38));
    let four = on(4);
    assert!(
        four[7].contains("does not describe this level"),
        "{four:#?}"
    );
}
