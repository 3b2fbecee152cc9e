//! Unit tests of `career`, on the built-in library, with the figures
//! worked out by hand from the framework's required levels.

use super::*;
use crate::assessment::{Assessment, Level};
use crate::fixtures::assessment;
use crate::profile::{Catalog, Profile};

fn profile(catalog: &Catalog, id: &str) -> Profile {
    catalog.get(id).unwrap().profile.clone()
}

/// An assessment against `profile` that rates every organisation skill it
/// requires at exactly the required level.
fn exactly(profile: &Profile) -> Assessment {
    let ratings: Vec<(&str, Level)> = profile
        .organisation_skills
        .iter()
        .map(|s| (s.id.as_str(), Level::Number(s.level)))
        .collect();
    Assessment {
        profile: profile.id.clone(),
        ..assessment(&ratings)
    }
}

fn fits_of(catalog: &Catalog, ratings: &Ratings) -> Vec<Fit> {
    let mut fits: Vec<Fit> = catalog
        .map_entries(|entry| Fit::of(&entry.profile, ratings))
        .into_iter()
        .flatten()
        .collect();
    rank(&mut fits);
    fits
}

#[test]
fn meeting_senior_devops_exactly_puts_it_first_above_the_lower_levels_at_100_percent() {
    let catalog = Catalog::builtin();
    let senior = profile(&catalog, "ddat-senior-devops-engineer");
    let file = exactly(&senior);
    let ratings = Ratings::merge(&[Source {
        name: "pat.yaml",
        assessment: &file,
        profile: &senior,
    }])
    .unwrap();
    let fits = fits_of(&catalog, &ratings);
    let ranked: Vec<(&str, String)> = fits
        .iter()
        .filter(|f| f.standing == Standing::Ranked)
        .map(|f| (f.id.as_str(), format!("{:.1}", f.readiness_percent)))
        .collect();
    // By hand: Senior DevOps engineer requires 10 skills (A0 W2 P7 E1, 29
    // steps); DevOps engineer the same 10 (A1 W5 P4, 23); Junior 9 (A4 W5,
    // 14); Apprentice 6 (A6, 6). Each lower level asks no skill higher than
    // Senior does, so all are met.
    assert_eq!(
        ranked[0],
        ("ddat-senior-devops-engineer", "100.0".to_owned()),
        "{ranked:?}"
    );
    let at_100: Vec<&str> = ranked
        .iter()
        .take_while(|(_, percent)| percent == "100.0")
        .map(|(id, _)| *id)
        .collect();
    let position = |id: &str| at_100.iter().position(|x| *x == id);
    for lower in [
        "ddat-devops-engineer",
        "ddat-junior-devops-engineer",
        "ddat-apprentice-devops-engineer",
    ] {
        assert!(
            position(lower) > position("ddat-senior-devops-engineer"),
            "{lower}: {at_100:?}"
        );
    }
    assert!(position("ddat-devops-engineer") < position("ddat-junior-devops-engineer"));
    assert!(position("ddat-junior-devops-engineer") < position("ddat-apprentice-devops-engineer"));
    let senior_fit = &fits[0];
    assert_eq!(
        (senior_fit.required, senior_fit.covered, senior_fit.met),
        (10, 10, 10)
    );
    assert_eq!(senior_fit.organisation.required_steps, 29);
    // Lead DevOps engineer (A0 W2 P5 E3) asks Expert in three skills;
    // Senior already asks it in Service support, so Modern development
    // standards and Systems integration are one step short: 8 of 10, 80 %.
    let lead = fits
        .iter()
        .find(|f| f.id == "ddat-lead-devops-engineer")
        .unwrap();
    assert_eq!((lead.met, lead.required), (8, 10));
    assert_eq!(format!("{:.1}", lead.readiness_percent), "80.0");
    assert_eq!((lead.organisation.gaps, lead.organisation.steps), (2, 2));
    assert_eq!(lead.depth, fit::ScaleTally::default());
}

#[test]
fn a_profile_the_ratings_do_not_touch_is_not_rated_never_zero_percent_ready() {
    let catalog = Catalog::builtin();
    let senior = profile(&catalog, "ddat-senior-devops-engineer");
    let file = exactly(&senior);
    let ratings = Ratings::merge(&[Source {
        name: "pat.yaml",
        assessment: &file,
        profile: &senior,
    }])
    .unwrap();
    let researcher = profile(&catalog, "ddat-user-researcher");
    let fit = Fit::of(&researcher, &ratings).unwrap();
    // User researcher needs none of DevOps' ten skills.
    assert_eq!(fit.covered, 0);
    assert_eq!(fit.standing, Standing::NotRated);
    assert_eq!(fit.to_rate.len(), fit.required);
}

#[test]
fn the_newest_rating_of_a_skill_wins_and_the_same_date_with_two_levels_is_refused() {
    let catalog = Catalog::builtin();
    let senior = profile(&catalog, "ddat-senior-devops-engineer");
    let older = Assessment {
        date: "2026-01-01".parse().unwrap(),
        ..exactly(&senior)
    };
    let mut newer = exactly(&senior);
    newer.ratings.get_mut("systems-design").unwrap().level = Level::Number(1);
    let ratings = Ratings::merge(&[
        Source {
            name: "new.yaml",
            assessment: &newer,
            profile: &senior,
        },
        Source {
            name: "old.yaml",
            assessment: &older,
            profile: &senior,
        },
    ])
    .unwrap();
    let held = ratings
        .get(&ratings::Key::Shared("systems-design".into()))
        .unwrap();
    assert_eq!(held.level, Level::Number(1));

    let same_day = exactly(&senior);
    let error = Ratings::merge(&[
        Source {
            name: "a.yaml",
            assessment: &newer,
            profile: &senior,
        },
        Source {
            name: "b.yaml",
            assessment: &same_day,
            profile: &senior,
        },
    ])
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "`systems-design` is rated 1 in a.yaml and 3 in b.yaml, both on 2026-11-26; which one stands cannot be known"
    );

    let other = Assessment {
        person: "Sam".into(),
        ..exactly(&senior)
    };
    let error = Ratings::merge(&[
        Source {
            name: "pat.yaml",
            assessment: &newer,
            profile: &senior,
        },
        Source {
            name: "sam.yaml",
            assessment: &other,
            profile: &senior,
        },
    ])
    .unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("pat.yaml is about Pat and sam.yaml about Sam"),
        "{error}"
    );
}

#[test]
fn a_fedip_items_own_skills_count_for_its_profile_only_its_linked_skills_for_all() {
    let catalog = Catalog::builtin();
    let fedip = profile(&catalog, "senior-devops-engineer-management");
    // Every FEDIP item rated at its requirement (or Familiar where none).
    let mut ratings: Vec<(&str, Level)> = fedip
        .knowledge_skills
        .iter()
        .map(|s| {
            (
                s.id.as_str(),
                Level::Depth(s.depth.unwrap_or(crate::profile::Depth::Familiar)),
            )
        })
        .collect();
    ratings.extend(
        fedip
            .organisation_skills
            .iter()
            .map(|s| (s.id.as_str(), Level::Number(s.level))),
    );
    let file = Assessment {
        profile: fedip.id.clone(),
        ..assessment(&ratings)
    };
    let merged = Ratings::merge(&[Source {
        name: "sam.yaml",
        assessment: &file,
        profile: &fedip,
    }])
    .unwrap();
    let own = Fit::of(&fedip, &merged).unwrap();
    assert_eq!((own.met, own.required), (30, 30));
    // Its DDaT twin needs the same ten skills at Practitioner (P10):
    // "Modern standards approach" counts as "Modern development
    // standards" through its link.
    let twin = profile(&catalog, "ddat-senior-devops-engineer-management");
    let fit = Fit::of(&twin, &merged).unwrap();
    assert_eq!((fit.covered, fit.met, fit.required), (10, 10, 10));
    assert_eq!(fit.depth.required, 0);
}
