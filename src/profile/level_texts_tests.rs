//! Unit tests of `level_texts`.

use super::*;

#[test]
fn a_ddat_skill_s_four_level_texts_come_from_a_built_in_profile() {
    let texts = BuiltinLevelTexts::default();
    let design = texts
        .level_texts("systems-design")
        .expect("a built-in has it");
    assert_eq!(design.len(), 4);
    assert!(
        design.iter().all(|text| text.starts_with("You can")),
        "{design:?}"
    );
    assert!(design[2].contains("medium levels of risk"), "{}", design[2]);
    // Asked again, the same texts, read once.
    let again = texts.level_texts("systems-design").unwrap();
    assert!(Rc::ptr_eq(&design, &again));
}

#[test]
fn a_level_the_framework_does_not_describe_is_an_empty_text() {
    let texts = BuiltinLevelTexts::default();
    let design = texts
        .level_texts("user-focus-frontend-developer")
        .expect("a built-in has it");
    assert_eq!(design.len(), 4);
    assert_eq!(design[3], "");
    assert!(!design[0].is_empty());
}

#[test]
fn an_unknown_skill_has_no_texts() {
    assert_eq!(
        BuiltinLevelTexts::default().level_texts("no-such-skill"),
        None
    );
    assert_eq!(NoLevelTexts.level_texts("systems-design"), None);
}

#[test]
fn the_summary_lists_only_skills_with_level_texts() {
    let fedip = FILES
        .iter()
        .find(|file| file.name == "senior-devops-engineer-management.yaml")
        .and_then(|file| file.summary)
        .unwrap();
    // It links its skills to DDaT ones, but has no texts of its own.
    assert_eq!(fedip.level_texts, "");
    let ddat = FILES
        .iter()
        .filter_map(|file| file.summary)
        .find(|summary| summary.id == "ddat-senior-devops-engineer-management")
        .unwrap();
    assert!(ddat.level_texts.lines().any(|id| id == "systems-design"));
}
