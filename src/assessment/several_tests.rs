//! Unit tests of `several`.

use super::{Refused, union};
use crate::profile::{Catalog, Profile};

fn builtin(ids: &[&str]) -> Vec<Profile> {
    let catalog = Catalog::builtin();
    ids.iter()
        .map(|id| catalog.get(id).unwrap().profile.clone())
        .collect()
}

#[test]
fn two_levels_of_one_role_are_asked_each_skill_once_at_the_higher_level() {
    let profiles = builtin(&["ddat-senior-devops-engineer", "ddat-lead-devops-engineer"]);
    let joined = union(&profiles).unwrap();
    let ids: Vec<&str> = joined
        .profile
        .organisation_skills
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(ids.len(), 10, "{ids:?}");
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), 10, "each skill once: {ids:?}");
    for skill in &joined.profile.organisation_skills {
        let highest = profiles
            .iter()
            .flat_map(|p| &p.organisation_skills)
            .filter(|s| s.ddat_id() == Some(skill.id.as_str()))
            .map(|s| s.level)
            .max()
            .unwrap();
        assert_eq!(skill.level, highest, "{}", skill.id);
    }
    // Each profile named by what sets it apart from the others.
    let said = &joined.required_by["systems-design"];
    assert!(
        said.starts_with("Senior: ") && said.contains(" · Lead: "),
        "{said}"
    );
}

#[test]
fn an_unlinked_item_id_in_two_profiles_is_refused_never_shared_by_its_name() {
    let mut other = crate::fixtures::profile();
    other.id = "other-role".into();
    let profiles = vec![crate::fixtures::profile(), other];
    match union(&profiles) {
        Err(Refused::SameId { id, first, second }) => {
            assert_eq!(
                (id.as_str(), first.as_str(), second.as_str()),
                ("testing", "test-role", "other-role")
            );
        }
        other => panic!("{other:?}"),
    }
}

/// The labels of the built-in profiles `ids`, in order.
fn labels_of(ids: &[&str]) -> Vec<String> {
    let catalog = crate::profile::Catalog::builtin();
    let profiles: Vec<crate::profile::Profile> = ids
        .iter()
        .map(|id| catalog.get(id).unwrap().profile.clone())
        .collect();
    let labels = super::labels(&profiles);
    ids.iter().map(|id| labels[*id].clone()).collect()
}

#[test]
fn a_label_drops_the_roles_name_and_never_a_track_word() {
    assert_eq!(
        labels_of(&[
            "ddat-junior-devops-engineer",
            "ddat-devops-engineer",
            "ddat-senior-devops-engineer",
            "ddat-lead-devops-engineer-management",
        ]),
        ["Junior", "DevOps engineer", "Senior", "Lead management"]
    );
    assert_eq!(
        labels_of(&[
            "ddat-senior-devops-engineer-management",
            "ddat-lead-devops-engineer-management",
        ]),
        ["Senior management", "Lead management"]
    );
}

#[test]
fn one_shared_word_is_not_a_roles_name_and_alike_labels_fall_back_to_whole_names_then_ids() {
    // "data" is all "Head of data science" shares with the others: the
    // whole names say more than "Trainee scientist" and "scientist".
    assert_eq!(
        labels_of(&[
            "ddat-trainee-data-scientist",
            "ddat-data-scientist",
            "ddat-head-of-data-science",
        ]),
        [
            "Trainee data scientist",
            "Data scientist",
            "Head of data science"
        ]
    );
    // The FEDIP profile's level ("Senior – management") shares no name
    // with the DDaT levels: every name is said whole.
    assert_eq!(
        labels_of(&[
            "ddat-senior-devops-engineer-management",
            "ddat-lead-devops-engineer-management",
            "senior-devops-engineer-management",
        ]),
        [
            "Senior DevOps engineer - management",
            "Lead DevOps engineer - management",
            "Senior – management"
        ]
    );
    // Two levels named alike, case and dashes aside: their ids.
    let mut first = crate::fixtures::profile();
    first.level = Some("Senior - Tester".into());
    let mut second = first.clone();
    second.id = "other-tester".into();
    second.level = Some("senior tester".into());
    let labels = super::labels(&[first, second]);
    assert_eq!(labels["test-role"], "test-role");
    assert_eq!(labels["other-tester"], "other-tester");
}

#[test]
fn a_level_without_organisation_skills_does_not_let_two_scales_join() {
    let mut plain = crate::fixtures::profile();
    plain.organisation_skills.clear();
    let catalog = crate::profile::Catalog::builtin();
    let ddat = catalog.get("ddat-devops-engineer").unwrap().profile.clone();
    let mut other = ddat.clone();
    other.id = "other-scale".into();
    other.organisation_scale =
        crate::profile::scale::OrgScaleSpec::Preset(crate::profile::scale::PresetScale::Sfia);
    match union(&[plain, ddat, other]) {
        Err(Refused::Scales(first, second)) => {
            assert_eq!(
                (first.as_str(), second.as_str()),
                ("ddat-devops-engineer", "other-scale")
            );
        }
        other => panic!("{other:?}"),
    }
}
