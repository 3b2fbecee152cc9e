//! Shared test fixtures: a small profile with every kind of item and an
//! assessment builder. Test code only; several modules' tests build on
//! them, so they belong to none of those modules.

use crate::assessment::{Assessment, Assessor, Level, Rating, Status};
use crate::profile::Profile;

/// Five rated items: three skills (one without a requirement), two
/// organisation skills at DDaT level 3; three development components.
pub(crate) const PROFILE: &str = "
id: test-role
title: Test Role
summary: For tests.
knowledge_skills:
  - {title: Testing, depth: proficient, type: technical, details: d}
  - {title: Listening, type: behavioural, details: d}
  - {title: Planning, depth: aware, type: other, details: d}
organisation_skills:
  - {framework: DDaT, category: C, title: Design, description: d, level: 3, level_description: l}
  - {framework: DDaT, category: C, title: Support, description: d, level: 3, level_description: l}
training:
  - {title: Course A, details: d, develops: [testing]}
  - {title: Course B, details: d, develops: [design, support]}
development_activities:
  - {title: Shadowing, details: d, develops: [testing, design]}
qualifications:
  - {title: Cert, develops: [planning]}
";

pub(crate) fn profile() -> Profile {
    let checked =
        crate::profile::load::check_profile(std::path::Path::new("t"), PROFILE.as_bytes());
    checked
        .value
        .unwrap_or_else(|| panic!("{:?}", checked.diagnostics))
}

pub(crate) fn assessment(ratings: &[(&str, Level)]) -> Assessment {
    Assessment {
        profile: "test-role".into(),
        profile_digest: None,
        profiles: Vec::new(),
        profile_digests: indexmap::IndexMap::new(),
        person: "Pat".into(),
        assessor: Assessor::SelfAssessed,
        assessor_name: None,
        date: "2026-11-26".parse().unwrap(),
        status: Status::Complete,
        ratings: ratings
            .iter()
            .map(|(id, level)| {
                (
                    (*id).to_owned(),
                    Rating {
                        level: *level,
                        evidence: None,
                    },
                )
            })
            .collect(),
    }
}
