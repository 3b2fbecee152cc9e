//! The plan's work over profiles of every size and shape, counted (never
//! timed): n·log n, not n².

// Counts of the plan's work are far below 2^52: a ratio of them as f64
// is exact enough.
#![allow(clippy::cast_precision_loss)]

use proptest::prelude::*;

use super::config;
use crate::assessment::Level;
use crate::fixtures::{assessment, profile};
use crate::gap::measure;
use crate::plan::{Cycle, plan};
use crate::profile::{Depth, ItemScale, NoLevelTexts};

/// A profile of `skills` knowledge/skills and `organisation` organisation
/// skills, and one component per entry of `develops`, each developing the
/// items its numbers name (modulo the item count; 0 is an id no item has).
fn sized_profile(
    skills: usize,
    organisation: usize,
    develops: &[Vec<usize>],
) -> crate::profile::Profile {
    use crate::profile::model::{
        DevelopmentComponent, KnowledgeSkill, OrganisationSkill, Qualification, QualificationKind,
        SkillType,
    };
    let ids: Vec<String> = (0..skills)
        .map(|i| format!("k{i}"))
        .chain((0..organisation).map(|i| format!("o{i}")))
        .collect();
    let mut p = profile();
    p.knowledge_skills = (0..skills)
        .map(|i| KnowledgeSkill {
            id: ids[i].clone(),
            title: format!("Skill {i}"),
            depth: Depth::from_step(1 + u8::try_from(i % 4).unwrap_or(0)),
            kind: SkillType::Technical,
            details: "d".into(),
            inferred: Vec::new(),
            truncated: Vec::new(),
        })
        .collect();
    p.organisation_skills = (0..organisation)
        .map(|i| OrganisationSkill {
            id: ids[skills + i].clone(),
            framework: "SFIA".into(),
            title: format!("Organisation skill {i}"),
            description: "d".into(),
            level: 1 + u8::try_from(i % 4).unwrap_or(0),
            level_description: "l".into(),
            ..OrganisationSkill::default()
        })
        .collect();
    let links = |numbers: &Vec<usize>| -> Vec<String> {
        numbers
            .iter()
            .map(|&n| match n % (ids.len() + 1) {
                0 => "no-such-item".to_owned(),
                n => ids[n - 1].clone(),
            })
            .collect()
    };
    let component = |i: usize, numbers: &Vec<usize>| DevelopmentComponent {
        id: format!("c{i}"),
        title: format!("Component {i}"),
        details: "d".into(),
        develops: links(numbers),
        reach: None,
        inferred: Vec::new(),
        truncated: Vec::new(),
    };
    p.training.clear();
    p.development_activities.clear();
    p.qualifications.clear();
    for (i, numbers) in develops.iter().enumerate() {
        match i % 4 {
            0 => p.training.push(component(i, numbers)),
            1 => p.development_activities.push(component(i, numbers)),
            kind => p.qualifications.push(Qualification {
                id: format!("c{i}"),
                title: format!("Qualification {i}"),
                awarding_body: None,
                kind: if kind == 2 {
                    QualificationKind::Qualification
                } else {
                    QualificationKind::Registration
                },
                develops: links(numbers),
                reach: None,
                inferred: Vec::new(),
                truncated: Vec::new(),
            }),
        }
    }
    p
}

/// The plan's work for `profile` rated at `levels` (cycled over its items),
/// and the size of its input: items, components and the links between.
fn plan_work(profile: &crate::profile::Profile, levels: &[u8]) -> (u64, usize) {
    let rated: Vec<(String, Level)> = profile
        .rated_items()
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let step = *levels.get(i % levels.len().max(1))?;
            let level = match item.scale {
                ItemScale::Depth => Level::Depth(Depth::from_step(step % 5)?),
                ItemScale::Organisation(_) => Level::Number(step % 5),
            };
            Some((item.id.to_owned(), level))
        })
        .collect();
    let borrowed: Vec<(&str, Level)> = rated.iter().map(|(id, l)| (id.as_str(), *l)).collect();
    let a = assessment(&borrowed);
    let items = measure(profile, &a, false).items;
    let cycle = Cycle {
        max_actions: 5,
        review_by: a.date,
        explain: true,
        texts: &NoLevelTexts,
    };
    crate::plan::ops::take();
    let _ = plan(profile, &items, &cycle);
    let work = crate::plan::ops::take();
    let links: usize = profile
        .training
        .iter()
        .chain(&profile.development_activities)
        .map(|c| c.develops.len())
        .chain(profile.qualifications.iter().map(|q| q.develops.len()))
        .sum();
    let size = items.len()
        + profile.training.len()
        + profile.development_activities.len()
        + profile.qualifications.len()
        + links;
    (work, size)
}

/// n·log₂ n, for the bound on the plan's work.
fn n_log_n(n: usize) -> f64 {
    let n = n.max(2) as f64;
    n * n.log2()
}

/// How many times n·log₂ n the plan may visit: its passes over gaps,
/// components and links, with room for the sorts (measured: at most 1.4
/// over these shapes).
const PLAN_WORK_PER_N_LOG_N: f64 = 3.0;

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..config() })]

    #[test]
    fn the_plan_s_work_grows_as_n_log_n_whatever_the_profile_s_shape(
        skills in 0usize..300,
        organisation in 0usize..100,
        develops in prop::collection::vec(prop::collection::vec(any::<usize>(), 0..6), 0..300),
        levels in prop::collection::vec(0u8..5, 1..8),
    ) {
        let profile = sized_profile(skills.max(1), organisation, &develops);
        let (work, size) = plan_work(&profile, &levels);
        let ratio = work as f64 / n_log_n(size);
        prop_assert!(
            ratio <= PLAN_WORK_PER_N_LOG_N,
            "{} visits for {} items, components and links: {:.1} × n·log₂ n",
            work, size, ratio
        );
    }
}

/// Doubling the profile's size, nothing else changed, at most a little
/// more than doubles the plan's work: n·log n, not n².
#[test]
fn doubling_a_profile_about_doubles_the_plan_s_work() {
    let shape = |n: usize| {
        // Each component develops three items, spread over the profile.
        let develops: Vec<Vec<usize>> = (0..n).map(|i| vec![i + 1, 2 * i + 1, 7 * i + 3]).collect();
        sized_profile(n, n / 4, &develops)
    };
    let mut last: Option<(u64, usize)> = None;
    for n in [64, 128, 256, 512, 1024] {
        let (work, size) = plan_work(&shape(n), &[0, 1, 2]);
        if let Some((before, before_size)) = last {
            let grew = work as f64 / before as f64;
            let allowed = n_log_n(size) / n_log_n(before_size) * 1.25;
            assert!(
                grew <= allowed,
                "n = {n}: {before} then {work} visits, {grew:.2}× for {:.2}× the size",
                size as f64 / before_size as f64
            );
        }
        last = Some((work, size));
    }
}
