//! Unit tests of the title splitters: compact titles and
//! organisation-skill names. They must not read whole pages (the
//! snapshots do).

use super::title::{Cut, TitleSplit, split_named, split_title};

fn split(text: &str) -> (&'static str, String, String) {
    match split_title(text) {
        TitleSplit::Clear(cut) => ("clear", cut.title, cut.details),
        TitleSplit::Acronym(cut) => ("acronym", cut.title, cut.details),
        TitleSplit::None(d) => ("none", String::new(), d),
    }
}

#[test]
fn compact_titles_end_where_the_details_sentence_starts() {
    for (row, how, title) in [
        (
            "Configuration Management The discipline that gives control",
            "clear",
            "Configuration Management",
        ),
        (
            "Application Systems Technical or functional understanding",
            "clear",
            "Application Systems",
        ),
        (
            "Operational/Service Architecture Knowledge of the IT/IS infrastructure",
            "clear",
            "Operational/Service Architecture",
        ),
        (
            "Gaining Knowledge of IT Concepts and Techniques Undertaking study",
            "clear",
            "Gaining Knowledge of IT Concepts and Techniques",
        ),
        (
            "Security Awareness IT security for everyone",
            "acronym",
            "Security Awareness",
        ),
        (
            "Taking innovative approaches to problem solving.",
            "none",
            "",
        ),
    ] {
        let (got_how, got_title, details) = split(row);
        assert_eq!((got_how, got_title.as_str()), (how, title), "{row}");
        assert_eq!(
            format!("{got_title} {details}").trim(),
            row,
            "nothing lost: {row}"
        );
    }
}

#[test]
fn an_organisation_skill_name_comes_off_its_description_only_after_a_category() {
    assert_eq!(
        split_named(
            "Software Development – Prototyping You can apply technical knowledge to prototypes."
        ),
        Some(Cut {
            title: "Software Development – Prototyping".to_owned(),
            details: "You can apply technical knowledge to prototypes.".to_owned()
        })
    );
    assert_eq!(split_named("Software Development – Service support"), None);
    assert_eq!(
        split_named("You can maintain services – and You can fix the faults users report to you."),
        None
    );
}
