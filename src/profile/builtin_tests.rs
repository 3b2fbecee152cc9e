//! Unit tests of `builtin`.

use std::path::Path;

use super::*;
use crate::diagnostic::Diagnostic;

/// What the YAML path gives, to compare the JSON path with.
fn from_yaml(builtin: &BuiltIn) -> (Option<Profile>, Vec<Diagnostic>) {
    let checked = check_profile(Path::new(builtin.name), builtin.text.as_bytes());
    (checked.value, checked.diagnostics)
}

#[test]
fn every_builtin_profile_reads_from_its_json_exactly_as_from_its_yaml() {
    assert!(!FILES.is_empty());
    for builtin in FILES {
        let checked = builtin
            .check_json()
            .unwrap_or_else(|| panic!("{}: the build made no JSON", builtin.name));
        assert_eq!(
            (checked.value, checked.diagnostics),
            from_yaml(builtin),
            "{}",
            builtin.name
        );
    }
}

/// Every profile fixture the build would turn into JSON (read as
/// `build.rs` reads it), valid or not: the same profile and the same
/// findings, at the same places in the YAML, from either path.
#[test]
fn a_profile_read_from_json_has_the_findings_of_its_yaml_at_the_same_places() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut compared = 0;
    let mut with_errors = 0;
    for folder in ["valid", "invalid", "yaml", "hostile/profiles"] {
        for entry in std::fs::read_dir(fixtures.join(folder)).unwrap() {
            let path = entry.unwrap().path();
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(value) = crate::yaml::decode(text.as_bytes()).and_then(crate::yaml::parse)
            else {
                continue;
            };
            let json = serde_json::to_string(&value).unwrap();
            if serde_json::from_str::<Value>(&json).unwrap() != value {
                continue;
            }
            let builtin = BuiltIn {
                name: Box::leak(path.display().to_string().into_boxed_str()),
                text: Box::leak(text.into_boxed_str()),
                json: Some(Box::leak(json.into_boxed_str())),
                summary: None,
            };
            let checked = builtin.check_json().unwrap();
            let expected = from_yaml(&builtin);
            with_errors += usize::from(expected.0.is_none());
            assert_eq!(
                (checked.value, checked.diagnostics),
                expected,
                "{}",
                builtin.name
            );
            compared += 1;
        }
    }
    assert!(
        compared >= 20 && with_errors >= 15,
        "{compared}, {with_errors}"
    );
}

#[test]
fn json_that_does_not_read_falls_back_to_the_yaml() {
    let builtin = BuiltIn {
        json: Some("{ not json"),
        ..FILES[0]
    };
    assert!(builtin.check_json().is_none());
    let checked = builtin.check();
    assert_eq!((checked.value, checked.diagnostics), from_yaml(&FILES[0]));
}

#[test]
fn every_builtin_summary_is_what_the_parsed_profile_gives() {
    for builtin in FILES {
        let summary = builtin
            .summary
            .unwrap_or_else(|| panic!("{}: the build made no summary", builtin.name));
        let profile = from_yaml(builtin)
            .0
            .unwrap_or_else(|| panic!("{}: not a valid profile", builtin.name));
        assert_eq!(
            (
                summary.id,
                summary.title,
                summary.level,
                summary.rated_items
            ),
            (
                profile.id.as_str(),
                profile.title.as_str(),
                profile.level.as_deref(),
                profile.rated_count()
            ),
            "{}",
            builtin.name
        );
    }
}
