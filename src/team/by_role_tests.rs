//! Unit tests of `team --by-role` on the built-in library: the FEDIP
//! profile and a DDaT level of the same role share one matrix, matched by
//! the DDaT skill each FEDIP organisation skill names.

use super::*;
use crate::assessment::Level;
use crate::fixtures::assessment;
use crate::profile::Catalog;
use crate::team::team;

fn member_of(profile: &Profile, person: &str, ratings: &[(&str, Level)]) -> Member {
    let mut assessment = assessment(ratings);
    person.clone_into(&mut assessment.person);
    assessment.profile.clone_from(&profile.id);
    Member::new(
        &profile.rated_items(),
        &assessment,
        format!("{person}.yaml"),
    )
}

#[test]
fn a_fedip_rating_lands_on_the_ddat_skill_it_names() {
    let catalog = Catalog::builtin();
    let fedip = catalog
        .get("senior-devops-engineer-management")
        .unwrap()
        .profile
        .clone();
    let junior = catalog
        .get("ddat-junior-devops-engineer")
        .unwrap()
        .profile
        .clone();
    // The FEDIP item "Modern standards approach" is the DDaT skill
    // "Modern development standards": the FEDIP level asks 3, the Junior 2.
    let lee = member_of(
        &fedip,
        "Lee",
        &[("modern-standards-approach", Level::Number(3))],
    );
    let kim = member_of(
        &junior,
        "Kim",
        &[("modern-development-standards", Level::Number(2))],
    );
    let mut regrouped = regroup(vec![(&fedip, vec![lee]), (&junior, vec![kim])]);
    assert!(regrouped.alone.is_empty() && regrouped.refused.is_empty());
    assert_eq!(regrouped.roles.len(), 1);
    let group = &mut regrouped.roles[0];
    // Ladder order: the Junior (rank 2) before the FEDIP level (rank 4).
    let levels: Vec<&str> = group.levels.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(
        levels,
        [
            "ddat-junior-devops-engineer",
            "senior-devops-engineer-management"
        ]
    );
    let members = std::mem::take(&mut group.members);
    let mut report = team(vec![(&group.profile, members)], Vec::new(), &str::to_owned);
    let role_team = &mut report.profiles[0];
    group.mark(role_team);
    let standards = role_team
        .items
        .iter()
        .find(|i| i.id == "modern-development-standards")
        .expect("one row for the shared skill");
    // Both meet what their own level asks: two people, no single point.
    assert_eq!((standards.met_by, standards.rated_by), (2, 2));
    assert_eq!(standards.single_point_of_failure, None);
    assert_eq!(standards.required_span(), Some((2, 3)));
    assert!(
        !role_team
            .items
            .iter()
            .any(|i| i.id == "modern-standards-approach"),
        "the FEDIP item is not a row of its own"
    );
    // A FEDIP knowledge skill is not asked of the Junior.
    let kim_at = role_team
        .members
        .iter()
        .position(|m| m.person == "Kim")
        .unwrap();
    let knowledge = role_team
        .items
        .iter()
        .find(|i| i.category != crate::profile::Category::Organisation)
        .unwrap();
    assert!(!knowledge.asked(&role_team.members[kim_at]));
    let lee_at = 1 - kim_at;
    assert!(knowledge.asked(&role_team.members[lee_at]));
}

#[test]
fn a_profile_on_no_ladder_keeps_its_own_section() {
    let profile = crate::fixtures::profile();
    assert!(profile.ladder.is_none());
    let member = member_of(&profile, "Sam", &[]);
    let regrouped = regroup(vec![(&profile, vec![member])]);
    assert!(regrouped.roles.is_empty());
    assert_eq!(regrouped.alone.len(), 1);
}

#[test]
fn one_role_spelled_in_another_case_is_one_ladder() {
    let catalog = Catalog::builtin();
    let junior = catalog
        .get("ddat-junior-devops-engineer")
        .unwrap()
        .profile
        .clone();
    let mut own = catalog.get("ddat-devops-engineer").unwrap().profile.clone();
    own.id = "our-devops-engineer".into();
    own.role = Some("development operations (DEVOPS)  engineer".into());
    let regrouped = regroup(vec![
        (&junior, vec![member_of(&junior, "Kim", &[])]),
        (&own, vec![member_of(&own, "Mo", &[])]),
    ]);
    assert_eq!(regrouped.roles.len(), 1, "{:?}", regrouped.alone.len());
    assert_eq!(
        regrouped.roles[0].role,
        "Development operations (DevOps) engineer"
    );
    assert_eq!(regrouped.roles[0].members.len(), 2);
}
