//! Unit tests of `pick`.

use super::*;
use crate::profile::Origin;

fn listed(id: &str, title: &str, family: Option<&str>) -> Listed {
    Listed {
        id: id.to_owned(),
        title: title.to_owned(),
        family: family.map(str::to_owned),
        role: None,
        level: None,
        rank: None,
        track: None,
        skills: String::new(),
        rated_items: 1,
        origin: Origin::BuiltIn,
        overrides_builtin: false,
    }
}

#[test]
fn the_default_comes_first_then_families_sit_together() {
    let listing = vec![
        listed("a-lone", "Lone", None),
        listed("data-senior", "Senior data engineer", Some("Data engineer")),
        listed("the-default", "Zed", Some("Zebra")),
        listed("arch", "Architect", Some("architecture")),
        listed("data-junior", "Junior data engineer", Some("Data engineer")),
    ];
    let ids: Vec<String> = ordered(listing, "the-default")
        .into_iter()
        .map(|l| l.id)
        .collect();
    assert_eq!(
        ids,
        [
            "the-default",
            "arch",
            "data-junior",
            "data-senior",
            "a-lone"
        ]
    );
}

#[test]
fn a_line_keeps_the_id_whole_and_fits_the_terminal() {
    let builtin = listed(
        "senior-devops-engineer-management",
        "Senior DevOps Engineer – Management",
        Some("DevOps engineer"),
    );
    assert_eq!(
        line(&builtin, 120),
        "DevOps engineer › Senior DevOps Engineer – Management — senior-devops-engineer-management"
    );
    // The family goes first, the title stays whole.
    let narrow = line(&builtin, 80);
    assert_eq!(
        narrow,
        "Senior DevOps Engineer – Management — senior-devops-engineer-management"
    );
    assert!(narrow.len() <= 80 && width(&narrow) + 2 <= 80);
    // Then the title is cut.
    let narrower = line(&builtin, 60);
    assert_eq!(
        narrower,
        "Senior DevOps Engin… — senior-devops-engineer-management"
    );
    assert!(narrower.len() <= 60 && width(&narrower) + 2 <= 60);
    assert_eq!(line(&builtin, 30), "senior-devops-engineer-management");
    assert_eq!(
        line(&listed("x", "Title\u{1b}[2J", None), 80),
        "Title\\u{1b}[2J — x"
    );
}
