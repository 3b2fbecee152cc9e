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
