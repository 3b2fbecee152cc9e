//! Library-level tests of the import: the source page, and the same page
//! in every layout the site produces, read into the curated profile; and
//! each page shape the reader must survive, checked on the returned
//! profile, notes and unplaced lines. Helpers shared by the child files
//! live here. They must never run the binary (`tests/cli/import.rs` drives
//! the command).

mod layouts;
mod rows;
mod tables;

use std::path::PathBuf;

use super::{Imported, import};
use crate::profile::{Catalog, Field, Profile};

/// A file under `tests/fixtures/`.
pub(super) fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub(super) fn source_text() -> String {
    // A copy, byte for byte, of the published page's text (the source
    // profile beside the repository), so CI needs nothing outside it.
    std::fs::read_to_string(fixture("import/source-page.txt")).unwrap()
}

pub(super) fn curated() -> Profile {
    Catalog::builtin()
        .get("senior-devops-engineer-management")
        .unwrap()
        .profile
        .clone()
}

pub(super) fn imported(text: &str) -> Profile {
    import(text, Some("senior-devops-engineer-management"))
        .unwrap()
        .profile
}

/// The unplaced lines, each as its number and text.
pub(super) fn unplaced(got: &Imported) -> Vec<(usize, &str)> {
    got.unplaced
        .iter()
        .map(|u| (u.line, u.text.as_str()))
        .collect()
}

pub(super) fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[expect(clippy::too_many_lines, reason = "one block per section of the page")]
/// Compares every text field the page carries. Fields the page lost
/// (marked `inferred` in the curated profile) must come out empty and
/// marked; `develops`, ids, family, level and source are not on the page.
pub(super) fn assert_same_page(got: &Profile, want: &Profile, layout: &str) {
    // Where the page gives each type its own section, no type line is lost.
    // Those pages also leave out Background and Organisation Skills.
    let types_by_section = layout.contains("split");
    if types_by_section {
        assert!(got.background.is_empty(), "{layout}: no background");
        assert!(
            got.organisation_skills.is_empty(),
            "{layout}: no organisation skills"
        );
    }
    let title_of = |title: &str, inferred: &[Field]| {
        if inferred.contains(&Field::Title) {
            String::new()
        } else {
            title.to_owned()
        }
    };
    assert_eq!(
        words(&got.summary),
        words(&want.summary),
        "{layout}: summary"
    );
    assert_eq!(
        got.responsibilities, want.responsibilities,
        "{layout}: responsibilities"
    );
    if !types_by_section {
        assert_eq!(
            got.background.len(),
            want.background.len(),
            "{layout}: background"
        );
        for (g, w) in got.background.iter().zip(&want.background) {
            assert_eq!(
                (words(&g.text), &g.kind),
                (words(&w.text), &w.kind),
                "{layout}"
            );
        }
    }
    assert_eq!(
        got.work_activities.len(),
        want.work_activities.len(),
        "{layout}: activities"
    );
    for (g, w) in got.work_activities.iter().zip(&want.work_activities) {
        assert_eq!(
            (&g.title, &g.details, &g.truncated),
            (&w.title, &w.details, &w.truncated),
            "{layout}"
        );
    }
    assert_eq!(
        got.knowledge_skills.len(),
        want.knowledge_skills.len(),
        "{layout}: skills"
    );
    for (g, w) in got.knowledge_skills.iter().zip(&want.knowledge_skills) {
        assert_eq!(
            g.title,
            title_of(&w.title, &w.inferred),
            "{layout}: {}",
            w.title
        );
        assert_eq!(
            (g.depth, g.kind, &g.details),
            (w.depth, w.kind, &w.details),
            "{layout}: {}",
            w.title
        );
        let mut expected = w.inferred.clone();
        if types_by_section {
            expected.retain(|f| *f != Field::Type);
        }
        assert_eq!(g.inferred, expected, "{layout}: marks of {}", w.title);
    }
    if !types_by_section {
        assert_eq!(
            got.organisation_skills.len(),
            want.organisation_skills.len(),
            "{layout}"
        );
        for (g, w) in got
            .organisation_skills
            .iter()
            .zip(&want.organisation_skills)
        {
            assert_eq!(
                (
                    &g.framework,
                    &g.category,
                    &g.title,
                    &g.description,
                    g.level,
                    &g.level_description,
                    &g.truncated
                ),
                (
                    &w.framework,
                    &w.category,
                    &w.title,
                    &w.description,
                    w.level,
                    &w.level_description,
                    &w.truncated
                ),
                "{layout}"
            );
        }
    }
    for (got_list, want_list, name) in [
        (&got.training, &want.training, "training"),
        (
            &got.development_activities,
            &want.development_activities,
            "PDA",
        ),
    ] {
        assert_eq!(got_list.len(), want_list.len(), "{layout}: {name}");
        for (g, w) in got_list.iter().zip(want_list) {
            assert_eq!(g.title, title_of(&w.title, &w.inferred), "{layout}: {name}");
            assert_eq!(
                (&g.details, &g.inferred),
                (&w.details, &w.inferred),
                "{layout}: {name}"
            );
        }
    }
    assert_eq!(
        got.qualifications.len(),
        want.qualifications.len(),
        "{layout}"
    );
    for (g, w) in got.qualifications.iter().zip(&want.qualifications) {
        let body = if w.inferred.contains(&Field::AwardingBody) {
            None
        } else {
            w.awarding_body.clone()
        };
        assert_eq!(
            (&g.title, &g.awarding_body, &g.inferred),
            (&w.title, &body, &w.inferred),
            "{layout}"
        );
    }
}

pub(super) fn small_page(body: &str) -> String {
    format!(
        "Tiny Role\n\nA small role.\n\n{body}\n\nTraining Components\n\nTitle Details\n\nTest Design\n\nDesigning tests.\n"
    )
}

#[test]
fn the_source_page_imports_to_the_curated_profile() {
    let got = imported(&source_text());
    let want = curated();
    assert_eq!(got.title, want.title);
    assert_same_page(&got, &want, "plain text");
}

#[test]
fn every_layout_of_the_page_imports_to_the_same_profile() {
    let want = curated();
    for layout in [
        "markdown-tables",
        "compact-rows",
        "split-skill-sections",
        "compact-split-sections",
    ] {
        let text = std::fs::read_to_string(fixture(&format!("import/{layout}.txt"))).unwrap();
        assert_same_page(&imported(&text), &want, layout);
    }
}

#[test]
fn sfia_tags_become_separate_fields() {
    let text = std::fs::read_to_string(fixture("import/markdown-tables.txt")).unwrap();
    let got = imported(&text);
    let tags: Vec<(Option<&str>, Option<u8>)> = got.work_activities[..5]
        .iter()
        .map(|a| (a.sfia_code.as_deref(), a.sfia_level))
        .collect();
    assert_eq!(
        tags,
        [
            (Some("PROG"), Some(5)),
            (Some("PROG"), Some(2)),
            (Some("OFCL"), Some(5)),
            (None, Some(2)),
            (None, None)
        ]
    );
    assert_eq!(got.work_activities[0].title, "Barriers and impediments");
}
