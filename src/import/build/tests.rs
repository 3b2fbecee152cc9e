//! Unit tests of the builders' text splitting: SFIA tags off a work
//! activity's title. They must not read whole pages (the snapshots do).

use super::activity::sfia_tag;

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
        let tagged = sfia_tag(raw);
        assert_eq!(
            (tagged.title.as_str(), tagged.code.as_deref(), tagged.level),
            (title, code, level),
            "{raw}"
        );
    }
}
