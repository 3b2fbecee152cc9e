//! Tests of reading an assessment and checking it against a profile: what
//! users rely on `validate`, `report` and `team` to say about one file.

use std::path::Path;

use super::parse;
use crate::assessment::{Assessment, Level};
use crate::diagnostic::{Diagnostic, Rule, Severity};
use crate::document::Checked;
use crate::fixtures::profile;
use crate::profile::{Depth, Profile};

fn text(profile: &str, person: &str, ratings: &str) -> String {
    format!(
        "profile: {profile}\nperson: {person}\nassessor: self\ndate: 2026-11-26\nstatus: complete\nratings:\n{ratings}"
    )
}

/// Reads `text` and checks it against `against` (`None`: no profile of
/// the id it names, `known` the ids there are).
fn checked(text: &str, against: Option<&Profile>, known: &[&str]) -> Checked<Assessment> {
    let parsed = parse(Path::new("a.yaml"), text.as_bytes()).unwrap();
    parsed.check_against(Path::new("a.yaml"), against, known).0
}

/// Each finding as `line:column rule: message`.
fn said(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| format!("{}:{} {}: {}", d.line, d.column, d.rule.id(), d.message))
        .collect()
}

#[test]
fn a_valid_assessment_comes_back_whole_with_no_findings() {
    let text = text(
        "test-role",
        "Pat",
        "  testing: proficient\n  design:\n    level: 2\n    evidence: led it\n",
    );
    let checked = checked(&text, Some(&profile()), &[]);
    assert_eq!(said(&checked.diagnostics), Vec::<String>::new());
    let assessment = checked.value.unwrap();
    assert_eq!(assessment.person, "Pat");
    assert_eq!(
        assessment.ratings["testing"].level,
        Level::Depth(Depth::Proficient)
    );
    assert_eq!(assessment.ratings["design"].level, Level::Number(2));
    assert_eq!(
        assessment.ratings["design"].evidence.as_deref(),
        Some("led it")
    );
}

#[test]
fn an_assessment_naming_an_unknown_profile_is_told_the_closest_id() {
    let text = text("test-rol", "Pat", "  testing: aware\n");
    let checked = checked(&text, None, &["other-role", "test-role"]);
    assert_eq!(
        said(&checked.diagnostics),
        [
            "1:10 unknown-profile: no profile with id `test-rol`; did you mean `test-role`? (give its folder with --profiles)"
        ]
    );
    assert!(checked.value.is_none());
}

#[test]
fn ratings_of_unknown_items_are_errors_at_their_keys_with_a_suggestion() {
    let text = text(
        "test-role",
        "Pat",
        "  testing: aware\n  testin: expert\n  zzzzzzzz: aware\n",
    );
    let checked = checked(&text, Some(&profile()), &[]);
    assert_eq!(
        said(&checked.diagnostics),
        [
            "8:3 unknown-item: profile `test-role` has no item `testin`; did you mean `testing`?",
            "9:3 unknown-item: profile `test-role` has no item `zzzzzzzz`",
        ]
    );
    assert!(checked.value.is_none(), "an error keeps the assessment out");
}

#[test]
fn a_level_off_its_items_scale_is_an_error_at_the_level() {
    let text = text(
        "test-role",
        "Pat",
        "  listening: 3\n  design:\n    level: 9\n  support: expert\n",
    );
    let checked = checked(&text, Some(&profile()), &[]);
    let said = said(&checked.diagnostics);
    assert_eq!(said.len(), 3, "{said:#?}");
    assert!(
        said[0].starts_with("7:14 off-scale: `listening`: 3 is a number"),
        "{}",
        said[0]
    );
    assert!(
        said[1].starts_with("9:12 off-scale: `design`: level 9 is off the"),
        "{}",
        said[1]
    );
    assert!(
        said[2].starts_with("10:12 off-scale: `support`: `expert` is a depth"),
        "{}",
        said[2]
    );
}

#[test]
fn measured_against_another_profile_the_items_it_lacks_are_set_aside() {
    let text = text("test-role", "Pat", "  testing: aware\n  design: 2\n");
    let mut other = profile();
    other.id = "other-role".to_owned();
    other
        .knowledge_skills
        .retain(|skill| skill.title != "Testing");
    let parsed = parse(Path::new("a.yaml"), text.as_bytes()).unwrap();
    let (checked, change) = parsed.check_against(Path::new("a.yaml"), Some(&other), &[]);
    assert_eq!(
        said(&checked.diagnostics),
        ["7:3 removed-item: profile `other-role` has no item `testing`; its rating is set aside"]
    );
    assert_eq!(checked.diagnostics[0].severity, Severity::Warning);
    let change = change.unwrap();
    assert_eq!(change.assessed_against.as_deref(), Some("test-role"));
    assert_eq!(change.removed, ["testing"]);
    assert!(checked.value.is_some(), "warnings only: still usable");
}

#[test]
fn a_blank_person_is_an_error_at_the_name() {
    let text = text("test-role", "'  '", "  testing: aware\n");
    let checked = checked(&text, Some(&profile()), &[]);
    assert_eq!(
        said(&checked.diagnostics),
        ["2:9 empty-text: `person` is blank; give the name of the person assessed"]
    );
}

#[test]
fn a_profile_or_unreadable_text_is_refused_before_any_check() {
    let profile = parse(Path::new("p.yaml"), crate::fixtures::PROFILE.as_bytes()).unwrap_err();
    assert_eq!(profile.len(), 1);
    assert_eq!(profile[0].rule, Rule::UnknownKind);
    // "profile: test-role\n" is 19 bytes, "person: P" 9 more.
    let mut bytes = text("test-role", "Pat", "  testing: aware\n").into_bytes();
    bytes[28] = 0xFF;
    let broken = parse(Path::new("a.yaml"), &bytes).unwrap_err();
    assert_eq!(
        said(&broken),
        ["2:10 not-utf8: file is not valid UTF-8: invalid byte at offset 28"]
    );
}

const SEVERAL: &str =
    "person: Pat\nassessor: self\ndate: 2026-11-26\nstatus: complete\nratings:\n  testing: aware\n";

#[test]
fn a_profile_named_twice_in_profiles_is_an_error_at_the_second() {
    let text = format!("profiles:\n  - test-role\n  - test-role\n{SEVERAL}");
    let checked = checked(&text, Some(&profile()), &[]);
    assert_eq!(
        said(&checked.diagnostics),
        ["3:5 duplicate-id: `profiles` names `test-role` twice; name each profile once"]
    );
}

#[test]
fn a_digest_of_a_profile_not_in_profiles_is_an_error_at_the_digest() {
    let text =
        format!("profiles:\n  - test-role\nprofile_digests:\n  other-role: sha256:00\n{SEVERAL}");
    let checked = checked(&text, Some(&profile()), &[]);
    let said = said(&checked.diagnostics);
    assert_eq!(said.len(), 1, "{said:#?}");
    assert!(
        said[0].starts_with("4:15 unknown-field: `profile_digests` has a digest for `other-role`"),
        "{}",
        said[0]
    );
}

#[test]
fn an_empty_profiles_list_is_told_to_name_one() {
    let text = format!("profiles: []\n{SEVERAL}");
    let parsed = parse(Path::new("a.yaml"), text.as_bytes()).unwrap();
    let said = said(
        &parsed
            .check_against(Path::new("a.yaml"), None, &[])
            .0
            .diagnostics,
    );
    assert!(said[0].contains("non-empty `profiles`"), "{said:#?}");
}
