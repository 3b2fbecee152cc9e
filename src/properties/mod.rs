//! Property tests (issue 17): what must hold for every input, not only the
//! examples. Bounded to a few seconds in all: a few hundred cases each,
//! over the fixture profile (see `fixtures`), whose five items cover both
//! scales, an item without a requirement and every kind of component.

use proptest::prelude::*;

use crate::assessment::Level;
use crate::fixtures::{assessment, profile};
use crate::gap::{GapStatus, measure};
use crate::plan::{ComponentKind, Cycle, plan, reach};
use crate::profile::model::Cap;
use crate::profile::{Depth, ItemScale, NoLevelTexts};

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

/// The items a component of the fixture profile develops, and its own
/// reach.
fn component<'p>(profile: &'p crate::profile::Profile, id: &str) -> (&'p [String], Option<Cap>) {
    let components = profile
        .training
        .iter()
        .chain(&profile.development_activities)
        .map(|c| (&c.id, &c.develops, c.reach));
    let qualifications = profile
        .qualifications
        .iter()
        .map(|q| (&q.id, &q.develops, q.reach));
    components
        .chain(qualifications)
        .find(|(c, ..)| *c == id)
        .map_or((&[], None), |(_, develops, reach)| {
            (develops.as_slice(), reach)
        })
}

/// A cap on a component's reach, or none: a depth (1 to 4) for
/// knowledge and skills, a level (1 to 4) for organisation skills.
fn caps() -> impl Strategy<Value = Option<Cap>> {
    prop::option::of(
        (prop::option::of(1u8..=4), prop::option::of(1u8..=4)).prop_map(|(depth, organisation)| {
            Cap {
                depth: depth.and_then(Depth::from_step),
                organisation,
            }
        }),
    )
}

/// The fixture profile with `caps` set: the profile's for training,
/// activities and qualifications, then each component's own (Course A,
/// Course B, Shadowing, Cert).
fn capped_profile(caps: &[Option<Cap>]) -> crate::profile::Profile {
    let mut profile = profile();
    profile.reach = Some(crate::profile::model::Reach {
        training: caps[0],
        development_activity: caps[1],
        qualification: caps[2],
    });
    profile.training[0].reach = caps[3];
    profile.training[1].reach = caps[4];
    profile.development_activities[0].reach = caps[5];
    profile.qualifications[0].reach = caps[6];
    profile
}

/// The scale an item of `profile` is rated on.
fn item_scale<'p>(
    gap: &crate::gap::ItemGap,
    profile: &'p crate::profile::Profile,
) -> ItemScale<'p> {
    if gap.section == crate::profile::Section::KnowledgeSkills {
        ItemScale::Depth
    } else {
        ItemScale::Organisation(&profile.organisation_scale)
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
        prop_assert_eq!(s.items, profile.rated_items().len());
        prop_assert_eq!(measured.items.len() + measured.no_requirement.len(), s.items);
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
        caps in prop::collection::vec(caps(), 7),
    ) {
        let profile = capped_profile(&caps);
        let reach_of = |kind, gap, id: &str| {
            reach::cap(kind, item_scale(gap, &profile), profile.reach.as_ref(), component(&profile, id).1)
        };
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
            prop_assert!(!action.moves.is_empty(), "{} moves nothing", action.id);
            for m in &action.moves {
                let gap = gaps.iter().find(|g| g.id == m.id);
                prop_assert!(gap.is_some(), "{} is no open gap", m.id);
                let gap = gap.unwrap();
                prop_assert_eq!(Some(m.from.step), gap.current.as_ref().map(|c| c.step).or(Some(0)));
                // Each move takes its item all the way, by the owner.
                prop_assert!(m.to.step > m.from.step);
                prop_assert_eq!(m.to.step, m.required.step);
                if action.kind == ComponentKind::Experience {
                    prop_assert_eq!(&action.id, &m.id);
                } else {
                    prop_assert!(
                        component(&profile, &action.id).0.contains(&m.id),
                        "{} does not develop {}", action.id, m.id
                    );
                }
                // Support takes the item part of the way, never all of it
                // (that component would own the gap), and develops it.
                for s in &action.support {
                    prop_assert!(component(&profile, &s.id).0.contains(&m.id));
                    prop_assert!(s.to.step > m.from.step && s.to.step < m.required.step);
                    prop_assert!(s.to.step <= reach_of(s.kind, gap, &s.id));
                }
                if action.kind != ComponentKind::Experience {
                    prop_assert!(m.to.step <= reach_of(action.kind, gap, &action.id));
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
        // Each superseded file names the one kept of its person and
        // assessor.
        let of_file: std::collections::BTreeMap<&str, &crate::assessment::Assessment> =
            written.iter().map(|(file, a)| (file.as_str(), a)).collect();
        for s in &report.superseded {
            let kept_of_key = &newest[&key(of_file[s.file.as_str()])].0;
            prop_assert_eq!(&s.by, kept_of_key, "{} superseded by {}", s.file, s.by);
        }
    }
}

mod plan_size;
mod scales;
