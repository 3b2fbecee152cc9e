//! Property tests (issue 17): what must hold for every input, not only the
//! examples. Bounded to a few seconds in all: a few hundred cases each,
//! over the fixture profile (see `fixtures`), whose five items cover both
//! scales, an item without a requirement and every kind of component.

// Counts of the plan's work are far below 2^52: a ratio of them as f64
// is exact enough.
#![allow(clippy::cast_precision_loss)]

use proptest::prelude::*;

use crate::assessment::Level;
use crate::fixtures::{assessment, profile};
use crate::gap::{GapStatus, measure};
use crate::plan::{ComponentKind, Cycle, plan, reach};
use crate::profile::{Depth, ItemScale, NoLevelTexts};
use crate::report::analyse;

/// A rating of each fixture item, or none: testing, listening, planning
/// (depth), design, support (DDaT, 0 to 4).
fn ratings() -> impl Strategy<Value = Vec<Option<Level>>> {
    let depth = prop::option::of(
        (0u8..=4).prop_map(|s| Level::Depth(Depth::from_step(s).unwrap_or(Depth::None))),
    );
    let number = prop::option::of((0u8..=4).prop_map(Level::Number));
    (depth.clone(), depth.clone(), depth, number.clone(), number)
        .prop_map(|(a, b, c, d, e)| vec![a, b, c, d, e])
}

const IDS: [&str; 5] = ["testing", "listening", "planning", "design", "support"];

fn assessment_of(levels: &[Option<Level>]) -> crate::assessment::Assessment {
    let rated: Vec<(&str, Level)> = IDS
        .iter()
        .zip(levels)
        .filter_map(|(id, level)| level.map(|l| (*id, l)))
        .collect();
    assessment(&rated)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn readiness_is_a_share_and_every_item_is_counted_once(levels in ratings()) {
        let profile = profile();
        let measured = measure(&profile, &assessment_of(&levels), false);
        let s = &measured.summary;
        prop_assert!((0.0..=100.0).contains(&s.readiness_percent));
        prop_assert_eq!(s.met + s.gaps + s.not_rated, s.with_requirement);
        prop_assert_eq!(s.with_requirement + measured.no_requirement.len(), s.items);
        prop_assert_eq!(s.rated + s.not_rated, s.with_requirement);
    }

    #[test]
    fn raising_a_rating_never_lowers_readiness(levels in ratings(), which in 0usize..5) {
        let profile = profile();
        let before = measure(&profile, &assessment_of(&levels), false).summary.readiness_percent;
        let mut raised = levels.clone();
        raised[which] = Some(match levels[which] {
            None => if which < 3 { Level::Depth(Depth::None) } else { Level::Number(0) },
            Some(Level::Depth(d)) => Level::Depth(Depth::from_step(d.step() + 1).unwrap_or(d)),
            Some(Level::Number(n)) => Level::Number((n + 1).min(4)),
        });
        let after = measure(&profile, &assessment_of(&raised), false).summary.readiness_percent;
        prop_assert!(after >= before, "{} then {}", before, after);
    }

    #[test]
    fn the_plan_addresses_only_open_gaps_within_reach_each_once_and_the_same_every_time(
        levels in ratings(),
        max_actions in 1usize..6,
    ) {
        let profile = profile();
        let a = assessment_of(&levels);
        let items = measure(&profile, &a, false).items;
        let cycle = Cycle {
            max_actions,
            review_by: a.date,
            explain: false,
            texts: &NoLevelTexts,
        };
        let first = plan(&profile, &items, &cycle);
        prop_assert_eq!(&first, &plan(&profile, &items, &cycle));
        let gaps: Vec<&crate::gap::ItemGap> =
            items.iter().filter(|i| i.status == GapStatus::Gap).collect();
        let all: Vec<&crate::plan::Action> = first.actions.iter().chain(&first.later).collect();
        prop_assert!(first.actions.len() <= max_actions);
        let mut moved: Vec<&str> = Vec::new();
        for action in &all {
            for m in &action.moves {
                let gap = gaps.iter().find(|g| g.id == m.id);
                prop_assert!(gap.is_some(), "{} is no open gap", m.id);
                let gap = gap.unwrap();
                prop_assert_eq!(Some(m.from.step), gap.current.as_ref().map(|c| c.step).or(Some(0)));
                prop_assert!(m.to.step <= m.required.step);
                if action.kind != ComponentKind::Experience {
                    let scale = if gap.section == crate::profile::Section::KnowledgeSkills {
                        ItemScale::Depth
                    } else {
                        ItemScale::Organisation(&profile.organisation_scale)
                    };
                    prop_assert!(m.to.step <= reach::cap(action.kind, scale, None, None));
                    if reach::one_step(action.kind) {
                        prop_assert!(m.to.step <= m.from.step + 1);
                    }
                }
                moved.push(&m.id);
            }
        }
        // Each open gap is in exactly one action, and taken all the way.
        moved.sort_unstable();
        let mut open: Vec<&str> = gaps.iter().map(|g| g.id.as_str()).collect();
        open.sort_unstable();
        prop_assert_eq!(moved, open);
    }

    #[test]
    fn a_team_is_the_same_whatever_the_order_of_its_files(
        levels in prop::collection::vec(ratings(), 1..6),
        seed in any::<u64>(),
    ) {
        let profile = profile();
        let members: Vec<crate::team::Member> = levels
            .iter()
            .enumerate()
            .map(|(n, l)| {
                let mut a = assessment_of(l);
                a.person = format!("Person {}", n % 3);
                a.date = format!("2026-0{}-01", 1 + n % 5).parse().unwrap();
                crate::team::Member::new(&profile.rated_items(), &a, format!("f{n}.yaml"))
            })
            .collect();
        let mut shuffled = members.clone();
        // A deterministic shuffle from the seed.
        let mut state = seed;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let j = usize::try_from(state >> 33).unwrap_or(0) % (i + 1);
            shuffled.swap(i, j);
        }
        let one = crate::team::team(vec![(&profile, members)], Vec::new(), &str::to_owned);
        let other = crate::team::team(vec![(&profile, shuffled)], Vec::new(), &str::to_owned);
        prop_assert_eq!(
            serde_json::to_string(&one).unwrap(),
            serde_json::to_string(&other).unwrap()
        );
    }

    #[test]
    fn a_slug_is_stable_a_slug_and_bounded_cuts_never_grow(title in ".{0,80}", max in 1usize..40) {
        let slug = crate::profile::slug::slugify(&title);
        prop_assert_eq!(&crate::profile::slug::slugify(&slug), &slug);
        if title.chars().any(|c| c.is_ascii_alphanumeric()) {
            prop_assert!(crate::profile::slug::is_slug(&slug), "{:?}", slug);
        }
        let cut = crate::profile::slug::bounded(&slug, max);
        prop_assert!(cut.len() <= max);
        prop_assert!(slug.starts_with(cut));
        prop_assert!(!cut.ends_with('-'));
    }
}

proptest! {
    #![proptest_config(config())]

    /// Of one person's assessments by one assessor (names matched as
    /// `team` matches them, case and spaces aside), `team` keeps the
    /// newest; on one date the complete one, then the later file. Every
    /// other is listed as superseded, by the one kept.
    #[test]
    fn the_newest_assessment_of_each_person_and_assessor_wins(
        files in prop::collection::vec(
            (0usize..3, 0usize..2, 0usize..3, 0i64..6, any::<bool>(), 0usize..3),
            1..12,
        ),
    ) {
        const SPELLINGS: [[&str; 3]; 3] = [
            ["Ana Costa", "ana costa", "ANA  COSTA"],
            ["Bo Li", "bo li", "Bo  Li"],
            ["Cy Obi", "cy obi", "CY OBI"],
        ];
        let profile = profile();
        let items = profile.rated_items();
        let start = jiff::civil::date(2026, 1, 1);
        let mut written = Vec::new();
        for (n, &(person, spelling, assessor, days, complete, other)) in files.iter().enumerate() {
            let mut a = assessment(&[]);
            a.person = SPELLINGS[person][spelling].to_owned();
            a.assessor = [
                crate::assessment::Assessor::SelfAssessed,
                crate::assessment::Assessor::Manager,
                crate::assessment::Assessor::Peer,
            ][assessor];
            if a.assessor != crate::assessment::Assessor::SelfAssessed {
                a.assessor_name = Some(SPELLINGS[other][spelling].to_owned());
            }
            a.date = crate::assessment::Date(start.checked_add(jiff::Span::new().days(days)).unwrap());
            if !complete {
                a.status = crate::assessment::Status::InProgress;
            }
            written.push((format!("f{n:02}.yaml"), a));
        }
        let members = written
            .iter()
            .map(|(file, a)| crate::team::Member::new(&items, a, file.clone()))
            .collect();
        let report = crate::team::team(vec![(&profile, members)], Vec::new(), &str::to_owned);
        let key = |a: &crate::assessment::Assessment| {
            (
                crate::assessment::model::person_key(&a.person),
                a.assessor,
                a.assessor_name.as_deref().map(crate::assessment::model::person_key),
            )
        };
        let rank = |(file, a): &(String, crate::assessment::Assessment)| {
            (a.date, a.status == crate::assessment::Status::Complete, file.clone())
        };
        let mut newest: std::collections::BTreeMap<_, &(String, crate::assessment::Assessment)> =
            std::collections::BTreeMap::new();
        for entry in &written {
            let slot = newest.entry(key(&entry.1)).or_insert(entry);
            if rank(entry) > rank(slot) {
                *slot = entry;
            }
        }
        let kept: std::collections::BTreeSet<&str> =
            report.profiles[0].members.iter().map(|m| m.file.as_str()).collect();
        let expected: std::collections::BTreeSet<&str> =
            newest.values().map(|(file, _)| file.as_str()).collect();
        prop_assert_eq!(&kept, &expected);
        prop_assert_eq!(report.superseded.len(), written.len() - kept.len());
        for s in &report.superseded {
            prop_assert!(kept.contains(s.by.as_str()), "{} superseded by {}, not kept", s.file, s.by);
        }
    }
}

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

#[test]
fn a_depth_and_a_step_convert_both_ways_and_every_level_reads_apart() {
    for depth in Depth::ALL {
        assert_eq!(Depth::from_step(depth.step()), Some(depth));
        // As a published profile words it, and as a file writes it.
        assert_eq!(Depth::from_label(depth.label()), Some(depth));
        let written = serde_json::to_string(&Level::Depth(depth)).unwrap();
        assert_eq!(
            serde_json::from_str::<Level>(&written).unwrap(),
            Level::Depth(depth)
        );
    }
    let custom = crate::profile::OrgScaleSpec::Custom(crate::profile::scale::CustomScale {
        name: "House".into(),
        levels: ["Starter", "Doer", "Leader"]
            .into_iter()
            .map(|name| crate::profile::scale::ScaleLevel {
                name: name.into(),
                meaning: format!("What a {name} does."),
            })
            .collect(),
    });
    let ddat = crate::profile::OrgScaleSpec::default();
    let sfia = crate::profile::OrgScaleSpec::Preset(crate::profile::scale::PresetScale::Sfia);
    for scale in [
        ItemScale::Depth,
        ItemScale::Organisation(&ddat),
        ItemScale::Organisation(&sfia),
        ItemScale::Organisation(&custom),
    ] {
        let labels: Vec<String> = (0..=scale.top()).map(|step| scale.label(step)).collect();
        let mut distinct = labels.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), labels.len(), "{labels:?}");
        // Every step is a level that is written and read back as itself.
        for step in 0..=scale.top() {
            let level = match scale {
                ItemScale::Depth => Level::Depth(Depth::from_step(step).unwrap()),
                ItemScale::Organisation(_) => Level::Number(step),
            };
            assert_eq!(level.step(), step);
            let written = serde_json::to_string(&level).unwrap();
            assert_eq!(serde_json::from_str::<Level>(&written).unwrap(), level);
        }
    }
    // A rating's level is its step: a number is itself.
    for n in 0..=9u8 {
        assert_eq!(Level::Number(n).step(), n);
    }
    // The report of nothing rated is whole too.
    let report = analyse(&profile(), &assessment(&[]), None, false);
    assert_eq!(report.summary.met, 0);
}
