//! Import tests of tables and page edges: site navigation before the
//! title, other wordings of a lead-in, bold and bordered headers, tab
//! tables and a lost details line. They must never run the binary.

use super::{assert_same_page, curated, imported, source_text, unplaced, words};
use crate::import::import;
use crate::profile::{Field, Profile};

#[test]
fn site_navigation_before_the_title_is_listed_not_taken_for_the_title() {
    let text = format!(
        "Skip to main content\n\nHome\n\nHome » Database » Senior DevOps Engineer – Management\n\n{}",
        source_text()
    );
    let got = import(&text, Some("senior-devops-engineer-management")).unwrap();
    let unplaced: Vec<(usize, &str)> = got
        .unplaced
        .iter()
        .map(|u| (u.line, u.text.as_str()))
        .collect();
    assert_eq!(
        unplaced,
        [
            (1, "Skip to main content"),
            (3, "Home"),
            (5, "Home » Database » Senior DevOps Engineer – Management"),
        ]
    );
    assert_eq!(got.profile.title, curated().title);
    assert_same_page(&got.profile, &curated(), "navigation");
}

#[test]
fn the_responsibilities_lead_in_is_found_in_other_wordings() {
    for wording in [
        "At this role level you will:",
        "At this role level, you will",
        "at this role level you will",
    ] {
        let text = source_text().replace("At this role level, you will:", wording);
        assert_ne!(text, source_text());
        let got = imported(&text);
        assert_eq!(
            got.responsibilities,
            curated().responsibilities,
            "{wording}"
        );
        assert_eq!(words(&got.summary), words(&curated().summary), "{wording}");
    }
}

#[test]
fn bold_and_bordered_table_headers_are_read_and_extra_cells_listed() {
    let page = "Tiny Role\n\nA small role.\n\nWork Activity Components\n\n**Title** | **Details** |\n---|---|\nTesting | Writes the tests. | Escalates to the owner. |\n\nOrganisation Skills\n\n| Framework » Organisation | Category » Subcategory | Skill Name and Description | Level |\n| --- | --- | --- | --- |\n| DDaT » Software Development | Software Development – Service support | You can maintain and support services. | 3 – Practitioner | You can identify, locate and fix faults. |\n";
    let got = import(page, None).unwrap();
    let activities: Vec<(&str, &str)> = got
        .profile
        .work_activities
        .iter()
        .map(|a| (a.title.as_str(), a.details.as_str()))
        .collect();
    assert_eq!(activities, [("Testing", "Writes the tests.")]);
    assert_eq!(unplaced(&got), [(9, "Escalates to the owner.")]);
    let org = &got.profile.organisation_skills;
    assert_eq!(org.len(), 1);
    assert_eq!(
        (
            org[0].framework.as_str(),
            org[0].category.as_deref().unwrap_or_default(),
            org[0].title.as_str(),
            org[0].level,
            org[0].level_description.as_str()
        ),
        (
            "DDaT",
            "Software Development",
            "Service support",
            3,
            "You can identify, locate and fix faults."
        )
    );
}

/// Work activities and knowledge/skills as a browser copies an HTML
/// table: one row a line, cells separated by tabs, a lost cell empty.
fn tab_separated_page(profile: &Profile) -> String {
    let title = |title: &str, inferred: &[Field]| {
        if inferred.contains(&Field::Title) {
            String::new()
        } else {
            title.to_owned()
        }
    };
    let mut page = format!(
        "{}\n\n{}\n\nWork Activity Components\n\nTitle\tDetails\n",
        profile.title, profile.summary
    );
    for a in &profile.work_activities {
        page += &format!("{}\t{}\n", a.title, a.details);
    }
    page += "\nKnowledge/Skills Components\n\nTitle\tDepth\tDetails\tType\n";
    for k in &profile.knowledge_skills {
        page += &format!(
            "{}\t{}\t{}\t{}\n",
            title(&k.title, &k.inferred),
            k.depth.map_or("", |d| d.label()),
            k.details,
            k.kind.label()
        );
    }
    page
}

#[test]
fn a_table_copied_with_tabs_between_cells_is_read_cell_by_cell() {
    let want = curated();
    let got = import(&tab_separated_page(&want), None).unwrap();
    assert!(got.unplaced.is_empty(), "{:?}", got.unplaced);
    let activities = |p: &Profile| -> Vec<(String, String)> {
        p.work_activities
            .iter()
            .map(|a| (a.title.clone(), a.details.clone()))
            .collect()
    };
    assert_eq!(activities(&got.profile), activities(&want));
    let skills = |p: &Profile| -> Vec<(String, String)> {
        p.knowledge_skills
            .iter()
            .map(|k| {
                (
                    k.title.clone(),
                    format!("{:?} {:?} {}", k.depth, k.kind, k.details),
                )
            })
            .collect()
    };
    let mut expected = skills(&want);
    for (row, k) in expected.iter_mut().zip(&want.knowledge_skills) {
        if k.inferred.contains(&Field::Title) {
            row.0.clear();
        }
    }
    assert_eq!(skills(&got.profile), expected);
}

#[test]
fn column_headers_copied_with_tabs_over_plain_fields_are_still_headers() {
    let text = source_text()
        .replace("Title Details", "Title\tDetails")
        .replace("Title Depth Details Type", "Title\tDepth\tDetails\tType");
    assert_ne!(text, source_text());
    assert_same_page(&imported(&text), &curated(), "tab headers");
}

#[test]
fn a_lost_details_line_is_marked_and_noted() {
    let text = source_text().replacen(
        "Team effectiveness\n\nSchedules and facilitates meetings to identify blockers to team effectiveness.\n",
        // One blank line more than between fields: one field lost.
        "Team effectiveness\n\n",
        1,
    );
    assert_ne!(text, source_text());
    let got = import(&text, None).unwrap();
    let activity = &got.profile.work_activities[1];
    assert_eq!(
        (activity.title.as_str(), activity.details.as_str()),
        ("Team effectiveness", "")
    );
    assert_eq!(activity.inferred, [Field::Details]);
    assert_eq!(got.profile.work_activities[2].title, "Workshop design");
    assert!(
        got.notes
            .iter()
            .any(|n| n.message == "work activity 2: `details` is lost in the page: supply it"),
        "{:?}",
        got.notes
    );
}
