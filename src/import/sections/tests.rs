//! Unit tests of the title splitters: SFIA tags, compact titles and
//! organisation-skill names.

use super::activities::sfia_tag;
use super::compact::{TitleSplit, split_title};
use super::organisation::split_named;

#[test]
fn sfia_tags_come_off_the_title_in_every_spelling() {
    for (raw, title, code, level) in [
        (
            "Programming (PROG)(Level 5)",
            "Programming",
            Some("PROG"),
            Some(5),
        ),
        (
            "Programming (PROG)(Level2)",
            "Programming",
            Some("PROG"),
            Some(2),
        ),
        (
            "Reviews and monitors PROG (Level 5)",
            "Reviews and monitors",
            Some("PROG"),
            Some(5),
        ),
        ("Testing (OFCL) (level 5)", "Testing", Some("OFCL"), Some(5)),
        (
            "Barriers and impediments (Level 2)",
            "Barriers and impediments",
            None,
            Some(2),
        ),
        ("Team dynamics", "Team dynamics", None, None),
        (
            "Programming (PROG Level 5)",
            "Programming",
            Some("PROG"),
            Some(5),
        ),
        (
            "Programming (PROG) (L4)",
            "Programming",
            Some("PROG"),
            Some(4),
        ),
        ("Testing (lvl 3)", "Testing", None, Some(3)),
        ("Workshop (prog level 4)", "Workshop", Some("PROG"), Some(4)),
        ("Beta (beta)", "Beta (beta)", None, None),
        // Not a tag: the text stays in the title.
        ("Testing (Level )", "Testing (Level )", None, None),
        ("Single sign-on (SSO)", "Single sign-on (SSO)", None, None),
        (
            "Build (Level 5) (Level 6)",
            "Build (Level 5)",
            None,
            Some(6),
        ),
    ] {
        let (t, c, l) = sfia_tag(raw);
        assert_eq!((t.as_str(), c.as_deref(), l), (title, code, level), "{raw}");
    }
}

fn split(text: &str) -> (&'static str, String, String) {
    match split_title(text) {
        TitleSplit::Clear(t, d) => ("clear", t, d),
        TitleSplit::Acronym(t, d) => ("acronym", t, d),
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
        Some((
            "Software Development – Prototyping".to_owned(),
            "You can apply technical knowledge to prototypes.".to_owned()
        ))
    );
    assert_eq!(split_named("Software Development – Service support"), None);
    assert_eq!(
        split_named("You can maintain services – and You can fix the faults users report to you."),
        None
    );
}
