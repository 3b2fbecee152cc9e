//! Unit tests of `widths`.

use super::*;

fn column(cells: &[&[usize]], whole: bool) -> Column {
    Column {
        cells: cells.iter().map(|words| vec![words.to_vec()]).collect(),
        whole,
    }
}

#[test]
fn everything_fits_at_its_text_width() {
    let columns = [column(&[&[4], &[5, 3]], false), column(&[&[2]], true)];
    assert_eq!(plan(&columns, 20), Some(vec![9, 2]));
}

#[test]
fn a_word_stays_whole_when_its_column_can_hold_it() {
    // "Operational/Service Architecture" beside a column of codes.
    let columns = [
        column(&[&[4], &[19, 12]], false),
        column(&[&[3], &[3]], true),
    ];
    let widths = plan(&columns, 24).unwrap();
    assert!(widths[0] >= 19, "{widths:?}");
    assert!(!breaks_words(&columns, &widths));
}

#[test]
fn room_goes_where_it_saves_lines() {
    // Two levels ("3 Practitioner") beside short titles, and one long
    // title: keeping both levels on one line saves the most lines; the
    // title takes two lines at 17 as at 22, so the rest stays unused.
    let columns = [
        column(&[&[5, 5, 5, 5, 5, 5], &[4], &[4]], false),
        column(&[&[1], &[1, 12], &[1, 12]], false),
        column(&[&[1], &[1, 12], &[1, 12]], false),
    ];
    assert_eq!(plan(&columns, 50), Some(vec![17, 14, 14]));
}

#[test]
fn words_break_only_when_no_layout_keeps_them() {
    let columns = [column(&[&[30]], false), column(&[&[2]], true)];
    let widths = plan(&columns, 20).unwrap();
    assert!(widths[0] >= 15, "one cut, not two: {widths:?}");
    assert!(breaks_words(&columns, &widths));
    assert_eq!(plan(&columns, 2), None);
}

#[test]
fn lines_are_counted_as_comfy_table_fills_them() {
    assert_eq!(lines_at(&vec![vec![3, 3, 3]], 7), (2, 0));
    assert_eq!(lines_at(&vec![vec![3, 10]], 4), (4, BROKEN_WORD + 2 * CUT));
    assert_eq!(lines_at(&vec![vec![2], vec![2]], 9), (2, 0));
}
