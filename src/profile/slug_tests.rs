//! Unit tests of `slug`.

use super::*;

#[test]
fn slugs_follow_the_title() {
    assert_eq!(
        slugify("Own Organisation’s Learning and Development Procedures"),
        "own-organisations-learning-and-development-procedures"
    );
    assert_eq!(
        slugify("Operational/Service Architecture"),
        "operational-service-architecture"
    );
    assert_eq!(
        slugify("Development process optimisation (management)"),
        "development-process-optimisation-management"
    );
    assert_eq!(slugify("  --  "), "");
    assert_eq!(slugify("Café Crème – Übung"), "cafe-creme-ubung");
}

#[test]
fn a_bounded_slug_fits_its_bytes_and_ends_on_a_word() {
    assert_eq!(bounded("pat-example", 64), "pat-example");
    assert_eq!(bounded("pat-example", 11), "pat-example");
    // Cut at the last word that fits…
    assert_eq!(bounded("pat-example-the-third", 16), "pat-example-the");
    // …unless that would throw away more than half.
    assert_eq!(
        bounded("pat-wolfeschlegelsteinhausen", 16),
        "pat-wolfeschlege"
    );
    assert_eq!(bounded("pat-example", 4), "pat");
    let long = "a".repeat(400);
    assert_eq!(bounded(&long, 60).len(), 60);
}

#[test]
fn long_names_in_any_script_give_bounded_slugs() {
    for name in ["Pat ".repeat(100), "名".repeat(400), "é".repeat(400)] {
        let slug = slugify(&name);
        let cut = bounded(&slug, 60);
        assert!(!cut.is_empty() && cut.len() <= 60, "{cut}");
        assert!(is_slug(cut), "{cut}");
    }
}

#[test]
fn slug_check_accepts_only_slugs() {
    assert!(is_slug("systems-design"));
    assert!(is_slug("rittech2"));
    assert!(!is_slug("Systems-Design"));
    assert!(!is_slug("a--b"));
    assert!(!is_slug("-a"));
    assert!(!is_slug(""));
}
