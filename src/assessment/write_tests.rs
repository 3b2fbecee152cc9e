//! Unit tests of `write`.

use super::*;
use crate::assessment::model::{Assessor, Level, Rating, Status};
use crate::profile::Depth;

fn sample() -> Assessment {
    let mut ratings = indexmap::IndexMap::new();
    ratings.insert(
        "devops".to_owned(),
        Rating {
            level: Level::Depth(Depth::Familiar),
            evidence: Some("no".to_owned()),
        },
    );
    ratings.insert(
        "systems-design".to_owned(),
        Rating {
            level: Level::Number(2),
            evidence: None,
        },
    );
    Assessment {
        profile: "senior-devops-engineer-management".to_owned(),
        profile_digest: None,
        profiles: Vec::new(),
        profile_digests: indexmap::IndexMap::new(),
        person: "Yes".to_owned(),
        assessor: Assessor::SelfAssessed,
        assessor_name: None,
        date: "2026-11-26".parse().unwrap(),
        status: Status::InProgress,
        ratings,
    }
}

#[test]
fn ambiguous_strings_are_quoted_and_the_date_is_bare() {
    insta::assert_snapshot!(to_yaml(&sample()).unwrap(), @r#"
    profile: senior-devops-engineer-management
    person: "Yes"
    assessor: self
    date: 2026-11-26
    status: in-progress
    ratings:
      devops:
        level: familiar
        evidence: "no"
      systems-design:
        level: 2
    "#);
}

#[test]
fn a_saved_assessment_is_its_yaml_and_reads_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    std::fs::write(&path, "old").unwrap();
    let mut target = Target::open(&path).unwrap();
    save_assessment(&mut target, &sample(), &crate::profile::Profile::default()).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text, to_yaml(&sample()).unwrap());
    let parsed = crate::assessment::load::parse(&path, text.as_bytes()).unwrap();
    assert_eq!(
        parsed.profile_id(),
        Some("senior-devops-engineer-management")
    );
}
