//! Unit tests of `meaning`.

use super::*;
use crate::render::wrap::width as display_width;

/// The DDaT levels 0–4, each but "not yet" with a text of `lines` points.
pub(crate) fn levels(texts: [Option<&str>; 4]) -> Vec<LevelOption> {
    let labels = [
        "0 – Not yet",
        "1 – Awareness",
        "2 – Working",
        "3 – Practitioner",
        "4 – Expert",
    ];
    labels
        .iter()
        .enumerate()
        .map(|(step, label)| LevelOption {
            step: u8::try_from(step).unwrap(),
            label: (*label).to_owned(),
            meaning: String::new(),
            meets_requirement: step == 3,
            at_skill: step.checked_sub(1).map(|at| match texts[at] {
                Some(text) => AtSkill::Described(text.to_owned()),
                None => AtSkill::NotDescribed,
            }),
        })
        .collect()
}

const LONG: &str = "You can:\n- design systems characterised by medium levels of risk, impact, and business or technical complexity\n- select appropriate design standards, methods and tools\n- review the systems designs of others";

#[test]
fn a_level_s_text_keeps_its_points_each_wrapped_under_itself() {
    let lines = text_lines(LONG, 40, "  ");
    assert_eq!(lines[0], "  You can:");
    assert!(lines[1].starts_with("  - design systems"), "{lines:#?}");
    assert!(
        lines[2].starts_with("    "),
        "a point's next line hangs: {lines:#?}"
    );
    assert!(
        lines.iter().all(|line| display_width(line) <= 40),
        "{lines:#?}"
    );
}

#[test]
fn the_panel_is_cut_to_its_rows_and_says_the_key_shows_it_all() {
    let levels = levels([Some("You can:\n- assist"), None, Some(LONG), Some("")]);
    let panel = panel(levels.get(3), 4, 40);
    assert_eq!(panel.len(), 4, "{panel:#?}");
    assert!(panel[0].starts_with("3 – Practitioner"), "{panel:#?}");
    assert_eq!(panel[1], "  You can:");
    assert!(panel[3].contains("? shows it in full"), "{panel:#?}");
    assert!(
        panel.iter().all(|line| display_width(line) <= 40),
        "{panel:#?}"
    );
    // With room, the whole text and blank rows after it: one height.
    let roomy = panel_of(&levels, 1, 8);
    assert_eq!(roomy.len(), 8);
    assert_eq!(roomy[1..3], ["  You can:", "  - assist"]);
    assert!(roomy[3..].iter().all(String::is_empty), "{roomy:#?}");
}

fn panel_of(levels: &[LevelOption], at: usize, rows: usize) -> Vec<String> {
    panel(levels.get(at), rows, 80)
}

#[test]
fn a_level_the_framework_does_not_describe_says_so_never_a_blank() {
    // Level 2 lacks a text; level 4 has an empty one.
    let levels = levels([Some("You can:\n- assist"), None, Some(LONG), Some("")]);
    let two = panel_of(&levels, 2, 3);
    assert_eq!(two[1], format!("  {NOT_DESCRIBED}"));
    let four = levels.get(4).and_then(|level| level.at_skill.clone());
    assert_eq!(four, Some(AtSkill::Described(String::new())));
    // `level_options` in the flow makes "" NotDescribed; here the panel
    // still never draws a blank text as the level's meaning.
    let full = full("Systems design", &levels, 80);
    let words = full.join("\n");
    assert!(
        words.contains("2 – Working\n  The framework does not describe"),
        "{words}"
    );
}

#[test]
fn not_yet_and_the_other_choices_point_to_the_key() {
    let levels = levels([Some("You can:\n- assist"), None, Some(LONG), Some("x")]);
    for panel in [panel_of(&levels, 0, 3), panel(None, 3, 80)] {
        assert_eq!(panel[0], "? shows what each level means for this skill.");
        assert_eq!(panel.len(), 3);
    }
}

#[test]
fn every_level_in_full_is_paged_at_level_boundaries_filled_from_the_first() {
    let levels = levels([
        Some("You can:\n- assist"),
        None,
        Some(LONG),
        Some("You can:\n- lead"),
    ]);
    let lines = full("Systems design", &levels, 40);
    assert_eq!(
        lines[..2].join(" "),
        "What each level means for Systems design:"
    );
    let pages = pages(&lines, 8);
    assert!(pages.len() > 1, "{pages:#?}");
    assert!(pages.iter().all(|page| page.len() <= 8 && !page.is_empty()));
    assert!(
        pages[0].iter().any(|line| line == "1 – Awareness"),
        "{pages:#?}"
    );
    // No page starts with a blank, and no line is lost or repeated.
    assert!(pages.iter().all(|page| !page[0].is_empty()), "{pages:#?}");
    let shown: usize = pages.iter().map(|page| page.len()).sum();
    let blanks_dropped = lines.iter().filter(|line| line.is_empty()).count();
    assert!(shown + blanks_dropped >= lines.len(), "{pages:#?}");
    assert!(pages.concat().iter().any(|line| line == "4 – Expert"));
}
