//! Unit tests of `model`.

use super::*;

#[test]
fn dates_read_and_write_as_iso_days() {
    let date: Date = "2026-11-26".parse().unwrap();
    assert_eq!(date.to_string(), "2026-11-26");
    assert!(
        "2026-02-30"
            .parse::<Date>()
            .unwrap_err()
            .contains("real calendar")
    );
    assert!(
        "26/11/2026"
            .parse::<Date>()
            .unwrap_err()
            .contains("YYYY-MM-DD")
    );
}

#[test]
fn a_name_of_only_invisible_characters_is_blank() {
    for blank in [
        "",
        " \t ",
        "\u{a0}",
        "\u{3000}",
        "\u{200b}",
        "\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}",
        "\u{202e}",
        "\u{1}",
        "\u{ad}",
        "\u{301}",
        "\u{180e}",
        "\u{115f}",
        "\u{3164}",
        "\u{2800}",
    ] {
        assert!(is_blank_name(blank), "{blank:?}");
    }
    for name in ["Jo", "\u{200b}Jo", "山田", "e\u{301}", "👩\u{200d}💻", "ا"] {
        assert!(!is_blank_name(name), "{name:?}");
    }
}

#[test]
fn people_are_matched_whatever_the_case_and_spacing_of_their_names() {
    assert_eq!(
        person_key("  Alex \u{a0} MORGAN\t"),
        person_key("alex morgan")
    );
    assert_ne!(person_key("Alex Morgan"), person_key("AlexMorgan"));
    assert_eq!(person_key("Zo\u{eb}"), person_key("ZOE\u{308}"));
}
