//! Import tests of section and row shapes: split sections, footers,
//! bullets, wrapped and tab rows, compact organisation rows, breadcrumb
//! titles, and ordinary text that must not trip the heuristics. They must
//! never run the binary.

use super::{assert_same_page, curated, fixture, imported, small_page, source_text, unplaced};
use crate::import::import;

#[test]
fn split_skill_sections_without_a_column_header_are_still_sections() {
    let text = std::fs::read_to_string(fixture("import/split-skill-sections.txt")).unwrap();
    let bare = text
        .replace(
            "Behavioural Skills\n\nTitle Details\n",
            "Behavioural Skills\n",
        )
        .replace(
            "Technical Skills\n\nTitle Details Depth\n",
            "Technical Skills\n",
        )
        .replace(
            "Other Knowledge and Skills\n\nTitle Depth Details\n",
            "Other Knowledge and Skills\n",
        );
    assert_eq!(
        bare.matches("\nTitle ").count(),
        text.matches("\nTitle ").count() - 3
    );
    assert_same_page(&imported(&bare), &curated(), "split-skill-sections");
}

#[test]
fn a_work_activity_named_like_a_skill_type_stays_an_activity() {
    let page = &small_page(
        "Work Activity Components\n\nTitle Details\n\nTechnical review\n\nReviews the design with the team.",
    );
    let got = import(page, None).unwrap();
    assert_eq!(got.profile.work_activities.len(), 1);
    assert_eq!(got.profile.work_activities[0].title, "Technical review");
    assert!(got.profile.knowledge_skills.is_empty());
}

#[test]
fn text_after_the_footer_is_listed_and_a_section_there_is_still_read() {
    let source = source_text();
    let lines = source.lines().count();
    let text = format!(
        "{source}\n\nRelated roles: Lead DevOps Engineer\n\nTraining Components\n\nTitle Details\n\nExtra Course\n\nA course added after the footer.\n"
    );
    let got = import(&text, None).unwrap();
    assert_eq!(
        unplaced(&got),
        [(lines + 2, "Related roles: Lead DevOps Engineer")]
    );
    let last = got.profile.training.last().unwrap();
    assert_eq!(
        (last.title.as_str(), last.details.as_str()),
        ("Extra Course", "A course added after the footer.")
    );
    assert!(import(&source, None).unwrap().unplaced.is_empty());
}

#[test]
fn bullets_in_other_markers_and_furniture_after_them() {
    let source = source_text();
    for marker in ["◦", "1.", "-"] {
        let text = source.replace('•', marker);
        assert_ne!(text, source);
        assert_eq!(
            imported(&text).responsibilities,
            curated().responsibilities,
            "{marker}"
        );
    }
    let text = source.replacen(
        "\n\nBackground Components",
        "\n\nShare this page\n\nPrint\n\nBackground Components",
        1,
    );
    let got = import(&text, None).unwrap();
    assert_eq!(got.profile.responsibilities, curated().responsibilities);
    let unplaced: Vec<&str> = got.unplaced.iter().map(|u| u.text.as_str()).collect();
    assert_eq!(unplaced, ["Share this page", "Print"]);
}

#[test]
fn a_table_row_wrapped_onto_two_lines_is_one_row() {
    let text = std::fs::read_to_string(fixture("import/markdown-tables.txt")).unwrap();
    let wrapped = text.replacen(
        "Identifies barriers to progress. Recommends",
        "Identifies barriers to progress.\nRecommends",
        1,
    );
    assert_ne!(wrapped, text);
    let got = import(&wrapped, Some("senior-devops-engineer-management")).unwrap();
    assert!(got.unplaced.is_empty(), "{:?}", got.unplaced);
    assert_same_page(&got.profile, &curated(), "wrapped row");
}

#[test]
fn tab_rows_with_an_empty_first_or_last_cell_or_a_lost_middle_cell() {
    let page = "Tiny Role\n\nA small role.\n\nKnowledge/Skills Components\n\nTitle\tDepth\tDetails\tType\nTesting\tFamiliar with\tWriting tests.\tTechnical Knowledge and Skills\nProgramming Languages\tA set of codes and syntax for programs.\tTechnical Knowledge and Skills\n\nTraining Components\n\nTitle\tDetails\nTest Design\tDesigning tests.\n\tMethods and techniques for mentoring.\n\nQualification Components\n\nTitle\tAwarding Body\nFEDIP Senior Practitioner\t\n";
    let got = import(page, None).unwrap();
    assert!(got.unplaced.is_empty(), "{:?}", got.unplaced);
    let skills = &got.profile.knowledge_skills;
    assert_eq!(skills.len(), 2);
    assert_eq!(
        (
            skills[1].title.as_str(),
            skills[1].depth,
            skills[1].details.as_str()
        ),
        (
            "Programming Languages",
            None,
            "A set of codes and syntax for programs."
        )
    );
    assert!(
        got.notes
            .iter()
            .any(|n| n.line == 9 && n.message.contains("fewer cells"))
    );
    let training: Vec<(&str, &str)> = got
        .profile
        .training
        .iter()
        .map(|t| (t.title.as_str(), t.details.as_str()))
        .collect();
    assert_eq!(
        training,
        [
            ("Test Design", "Designing tests."),
            ("", "Methods and techniques for mentoring.")
        ]
    );
    let q = &got.profile.qualifications;
    assert_eq!(
        (q.len(), q[0].title.as_str(), q[0].awarding_body.as_deref()),
        (1, "FEDIP Senior Practitioner", None)
    );
}

#[test]
fn compact_organisation_rows_that_do_not_repeat_the_framework_take_it_from_above() {
    let text = std::fs::read_to_string(fixture("import/compact-rows.txt")).unwrap();
    let place = "DDaT » Software Development Software Development –";
    let first = text.find(place).unwrap() + place.len();
    let page = format!(
        "{}{}",
        &text[..first],
        text[first..].replace(place, "Software Development –")
    );
    assert_eq!(page.matches(place).count(), 1);
    let got = import(&page, Some("senior-devops-engineer-management")).unwrap();
    assert_same_page(&got.profile, &curated(), "compact rows, framework once");
    let taken = got
        .notes
        .iter()
        .filter(|n| n.message.contains("taken from the row above"))
        .count();
    assert_eq!(taken, 9);
}

#[test]
fn a_title_that_looks_like_a_breadcrumb_is_kept_as_the_title_with_a_note() {
    let source = source_text();
    let text = source.replacen(
        "Senior DevOps Engineer – Management",
        "Senior DevOps Engineer > Management",
        1,
    );
    assert_ne!(text, source);
    let got = import(&text, None).unwrap();
    assert_eq!(got.profile.title, "Senior DevOps Engineer > Management");
    assert!(got.unplaced.is_empty(), "{:?}", got.unplaced);
    assert!(
        got.notes
            .iter()
            .any(|n| n.line == 1 && n.message.contains("looks like site navigation"))
    );
}

/// A two-section page around `body`, for the tests of single heuristics.

#[test]
fn ordinary_text_does_not_trip_the_layout_heuristics() {
    // "at this role level" inside a summary sentence is not the lead-in.
    let got = import(
        "Tiny Role\n\nEngineers at this role level are expected to work alone. They lead.\n\nAt this role level, you will:\n\n• lead the team\n\nWork Activity Components\n\nTitle Details\n\nTesting\n\nWrites tests.\n\nTraining Components\n\nTitle Details\n\nTest Design\n\nDesigning tests.\n",
        None,
    )
    .unwrap();
    assert_eq!(
        got.profile.summary,
        "Engineers at this role level are expected to work alone. They lead."
    );
    assert_eq!(got.profile.responsibilities, ["lead the team"]);

    // A long title in a plain section is not a compact row.
    let got = import(
        &small_page("PDA Components\n\nTitle Details\n\nAttend industry conferences and community meetups on DevOps\n\nKeeps up to date with DevOps practice by attending events."),
        None,
    )
    .unwrap();
    let pda = &got.profile.development_activities;
    assert_eq!(
        (pda.len(), pda[0].title.as_str()),
        (
            1,
            "Attend industry conferences and community meetups on DevOps"
        )
    );

    // A tab inside plain details does not make the section a table.
    let got = import(
        &small_page("Work Activity Components\n\nTitle Details\n\nBuild pipelines\n\nUses tools:\tJenkins and others.\n\nRun releases\n\nCoordinates releases:\tweekly.\n\nTesting\n\nWrites tests."),
        None,
    )
    .unwrap();
    assert_eq!(got.profile.work_activities.len(), 3);
    assert!(got.unplaced.is_empty(), "{:?}", got.unplaced);

    // A row that lost its closing pipe does not swallow the next row.
    let got = import(
        &small_page("Work Activity Components\n\nTitle | Details |\n---|---|\nBarriers | Identifies barriers\nTeam effectiveness | Schedules meetings. |"),
        None,
    )
    .unwrap();
    let titles: Vec<&str> = got
        .profile
        .work_activities
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(titles, ["Barriers", "Team effectiveness"]);
}

#[test]
fn a_qualification_named_acronym_dash_is_not_taken_for_an_awarding_body() {
    let got = import(
        "Engineer\n\nWork Activity Components\n\nTitle Details\n\nBarriers and impediments Identifies barriers to progress. Recommends remedial action.\n\nTeam effectiveness Schedules and facilitates meetings to identify blockers.\n\nQualification Components\n\nTitle Awarding Body\n\nAWS Certified DevOps Engineer\n\nPRINCE2 – Practitioner\n\nCisco CCNA – Routing and Switching\n",
        None,
    )
    .unwrap();
    let q: Vec<(&str, Option<&str>)> = got
        .profile
        .qualifications
        .iter()
        .map(|q| (q.title.as_str(), q.awarding_body.as_deref()))
        .collect();
    assert_eq!(
        q,
        [
            ("AWS Certified DevOps Engineer", None),
            ("PRINCE2 – Practitioner", None),
            ("Cisco CCNA – Routing and Switching", None),
        ]
    );
}

#[test]
fn a_short_row_whose_title_starts_with_a_type_word_keeps_its_title() {
    let got = import(
        &small_page("Knowledge/Skills Components\n\n| Title | Depth | Details | Type |\n|---|---|---|---|\n| Testing | Familiar with | Writing tests. | Technical Knowledge and Skills |\n| Technical debt management | Understands how debt builds up. | Technical |"),
        None,
    )
    .unwrap();
    let skill = &got.profile.knowledge_skills[1];
    assert_eq!(
        (skill.title.as_str(), skill.details.as_str()),
        (
            "Technical debt management",
            "Understands how debt builds up."
        )
    );
}

#[test]
fn trailing_tabs_and_spaces_on_every_line_change_nothing() {
    let text: String = source_text()
        .lines()
        .map(|line| line.to_owned() + " \t\n")
        .collect();
    assert_same_page(&imported(&text), &curated(), "trailing whitespace");
}
