//! Import tests of layout quirks: unplaced lines, Markdown furniture,
//! stray markup, lost depth and details lines, compact rows and column
//! order. They must never run the binary.

use super::{assert_same_page, curated, fixture, imported, small_page, source_text, unplaced};
use crate::import::import;

#[test]
fn lines_that_cannot_be_placed_are_listed_with_their_numbers() {
    let page = "Tiny Role\n\nA small role.\n\nBackground Components\n\nDescription Background\n\nKnows things.\n\nPrior Knowledge and Skills\n\nA paragraph with no type after it.\n\nWork Activity Components\n\nTitle Details\n\nTesting\n\nWrites the tests.\n";
    let got = import(page, None).unwrap();
    assert_eq!(unplaced(&got), [(13, "A paragraph with no type after it.")]);
    assert_eq!(got.profile.id, "tiny-role");
}

#[test]
fn markdown_headings_spaced_slashes_and_page_furniture_do_not_derail_it() {
    let text = source_text()
        .replace("Background Components", "## Background Components")
        .replace(
            "Knowledge/Skills Components",
            "**Knowledge / Skills Components**",
        )
        .replace("PDA Components", "Give Feedback\n\nPDA Components");
    assert_same_page(&imported(&text), &curated(), "headings");
}

#[test]
fn an_empty_table_row_is_skipped_not_a_crash() {
    let page = "Tiny Role\n\nA small role.\n\nKnowledge/Skills Components\n\n| Title | Depth | Details | Type |\n|---|---|---|---|\n| Testing | Familiar with | Writing tests. | Technical Knowledge and Skills |\n|\n\nWork Activity Components\n\nTitle | Details |\n---|---|\nTesting | Writes the tests. |\n";
    let got = import(page, None).unwrap();
    assert_eq!(got.profile.knowledge_skills.len(), 1);
    assert_eq!(got.profile.knowledge_skills[0].title, "Testing");
    assert_eq!(got.profile.work_activities.len(), 1);
}

#[test]
fn stray_markup_is_listed_and_does_not_shift_the_rows() {
    let text = source_text()
        .replace("Team effectiveness\n", "<br/>\n\nTeam effectiveness\n")
        .replace("Workshop design\n", "</div>\n\nWorkshop design\n");
    let got = import(&text, Some("senior-devops-engineer-management")).unwrap();
    let stray: Vec<&str> = got.unplaced.iter().map(|u| u.text.as_str()).collect();
    assert_eq!(stray, ["<br/>", "</div>"]);
    assert_same_page(&got.profile, &curated(), "stray markup");
}

#[test]
fn a_lost_depth_line_is_noted_and_does_not_shift_the_skills() {
    let text = source_text().replacen(
        "Application Systems\n\nFamiliar with\n\n",
        "Application Systems\n\n\n",
        1,
    );
    let got = import(&text, None).unwrap();
    assert_eq!(got.profile.knowledge_skills.len(), 28);
    let skill = &got.profile.knowledge_skills[8];
    assert_eq!(
        (skill.title.as_str(), skill.depth),
        ("Application Systems", None)
    );
    assert_eq!(
        got.profile.knowledge_skills[9].title,
        "Application Development Tools"
    );
    assert!(
        got.notes
            .iter()
            .any(|n| n.message.contains("lost its depth line"))
    );
}

#[test]
fn a_compact_title_split_at_an_acronym_is_noted_for_a_person() {
    let page = &small_page(
        "Work Activity Components\n\nTitle Details\n\nSecurity Awareness IT security habits for every member of staff.\n\nTesting Tools Software that runs the tests for a team.",
    );
    let got = import(page, None).unwrap();
    let titles: Vec<&str> = got
        .profile
        .work_activities
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(titles, ["Security Awareness", "Testing Tools"]);
    assert_eq!(
        got.profile.work_activities[0].details,
        "IT security habits for every member of staff."
    );
    let notes: Vec<(usize, &str)> = got
        .notes
        .iter()
        .map(|n| (n.line, n.message.as_str()))
        .collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].0, 9);
    assert!(notes[0].1.contains("Security Awareness"), "{notes:?}");
}

#[test]
fn compact_qualifications_take_their_awarding_body_from_the_line_or_the_next() {
    let text = std::fs::read_to_string(fixture("import/compact-rows.txt")).unwrap();
    let own_line = text.replace(
        "(RITTech) BCS – The Chartered",
        "(RITTech)\n\nBCS – The Chartered",
    );
    assert_ne!(own_line, text);
    for page in [text, own_line] {
        let got = imported(&page);
        let bodies: Vec<(&str, Option<&str>)> = got
            .qualifications
            .iter()
            .map(|q| (q.title.as_str(), q.awarding_body.as_deref()))
            .collect();
        assert_eq!(
            bodies,
            [
                (
                    "Registered IT Technician (RITTech)",
                    Some("BCS – The Chartered Institute for IT")
                ),
                ("FEDIP Senior Practitioner", None),
                ("EXIN DevOps Professional", None),
            ]
        );
    }
}

#[test]
fn an_sfia_level_outside_one_to_seven_is_kept_and_noted() {
    let page = &small_page(
        "Work Activity Components\n\nTitle Details\n\nProgramming (PROG Level 9)\n\nWrites the code.",
    );
    let got = import(page, None).unwrap();
    let activity = &got.profile.work_activities[0];
    assert_eq!(
        (
            activity.title.as_str(),
            activity.sfia_code.as_deref(),
            activity.sfia_level
        ),
        ("Programming", Some("PROG"), Some(9))
    );
    assert_eq!(got.notes.len(), 1, "{:?}", got.notes);
    assert_eq!(got.notes[0].line, 9);
    assert!(got.notes[0].message.contains("SFIA level 9"));
}

#[test]
fn a_compact_row_that_lost_its_details_is_noted_and_the_rest_still_read() {
    let text = std::fs::read_to_string(fixture("import/compact-rows.txt")).unwrap();
    let start = text.find("Team Leadership Undertaking").unwrap();
    let end = start + text[start..].find('\n').unwrap();
    let mut page = text.clone();
    page.replace_range(start + "Team Leadership".len()..end, "");
    let got = import(&page, None).unwrap();
    let want = curated();
    assert_eq!(
        got.profile.development_activities.len(),
        want.development_activities.len()
    );
    for (g, w) in got
        .profile
        .development_activities
        .iter()
        .zip(&want.development_activities)
    {
        assert_eq!(
            g.title,
            if w.inferred.is_empty() {
                &w.title[..]
            } else {
                ""
            }
        );
        if g.title == "Team Leadership" {
            assert_eq!(g.details, "");
        } else {
            assert_eq!(g.details, w.details);
        }
    }
    assert!(
        got.notes
            .iter()
            .any(|n| n.message.contains("`Team Leadership` stands alone")),
        "{:?}",
        got.notes
    );
}

/// `text` with the two columns of every table row between `from` and `to`
/// swapped, header included.
fn swap_columns(text: &str, from: &str, to: &str) -> String {
    let start = text.find(from).unwrap();
    let end = start + text[start..].find(to).unwrap();
    let swapped: Vec<String> = text[start..end]
        .lines()
        .map(|line| match line.split(" | ").collect::<Vec<_>>()[..] {
            [a, b] if b.ends_with('|') => format!("{} | {a} |", b.trim_end_matches('|').trim()),
            _ => line.to_owned(),
        })
        .collect();
    format!("{}{}\n{}", &text[..start], swapped.join("\n"), &text[end..])
}

#[test]
fn table_columns_are_read_in_the_order_the_header_gives() {
    let text = std::fs::read_to_string(fixture("import/markdown-tables.txt")).unwrap();
    let swapped = swap_columns(&text, "Work Activity Components", "Knowledge/Skills");
    let swapped = swap_columns(&swapped, "Qualification Components", "Organisation Skills");
    assert!(swapped.contains("Details | Title |") && swapped.contains("Awarding Body | Title |"));
    let want = imported(&text);
    let got = imported(&swapped);
    assert_eq!(got.work_activities, want.work_activities);
    assert_eq!(got.qualifications, want.qualifications);
}

#[test]
fn a_title_with_no_letter_or_digit_gives_a_named_id_and_a_note_never_an_empty_one() {
    // Symbols only: slugify makes nothing of them, and the id was empty,
    // an error in the file the import had just written.
    let page = format!("★ — ★\n{}", source_text().split_once('\n').unwrap().1);
    let got = import(&page, None).unwrap();
    assert_eq!(got.profile.id, super::super::FALLBACK_ID);
    assert!(
        got.notes
            .iter()
            .any(|n| n.line == 1 && n.message.contains("--id")),
        "{:?}",
        got.notes
    );
    // A title that makes an id keeps its own, with no such note.
    let got = import(&source_text(), None).unwrap();
    assert_eq!(got.profile.id, "senior-devops-engineer-management");
    assert!(!got.notes.iter().any(|n| n.message.contains("--id")));
}
