//! Unit tests of `flow`.

use std::collections::VecDeque;

use super::*;
use crate::fixtures::{assessment, profile};
use crate::profile::Depth;

/// Answers from a script; runs out as an interrupt.
pub(super) struct Scripted {
    choices: VecDeque<Choice>,
    pub(super) notes: VecDeque<Option<String>>,
    pub(super) seen: Vec<(usize, Option<u8>, Option<String>)>,
}

impl Scripted {
    pub(super) fn new(choices: &[Choice]) -> Self {
        Self {
            choices: choices.iter().copied().collect(),
            notes: VecDeque::new(),
            seen: Vec::new(),
        }
    }
}

impl Prompter for Scripted {
    fn choose(&mut self, screen: &Screen<'_>) -> Result<Choice, Interrupt> {
        self.seen
            .push((screen.position, screen.current, screen.required.clone()));
        self.choices.pop_front().ok_or(Interrupt)
    }

    fn evidence(&mut self, _: &Screen<'_>) -> Result<Option<String>, Interrupt> {
        Ok(self.notes.pop_front().flatten())
    }
}

pub(super) fn empty() -> Assessment {
    let mut a = assessment(&[]);
    a.status = Status::InProgress;
    a
}

pub(super) fn run_script(script: &mut Scripted, start: usize, blind: bool) -> (Outcome, usize) {
    let mut saves = 0;
    let outcome = run(&profile(), empty(), start, blind, script, &mut |_| {
        saves += 1;
        Ok(())
    })
    .unwrap();
    (outcome, saves)
}

#[test]
fn a_full_run_rates_every_item_in_order_and_completes() {
    // Items: testing, listening, planning (depth), design, support (DDaT).
    let mut script = Scripted::new(&[
        Choice::Level(2),
        Choice::Level(4),
        Choice::Level(1),
        Choice::Level(3),
        Choice::Level(2),
    ]);
    script.notes = [Some("wrote the test suite".to_owned()), None].into();
    let (outcome, saves) = run_script(&mut script, 0, false);
    let Outcome::Completed(done) = outcome else {
        panic!("not completed")
    };
    assert_eq!(done.status, Status::Complete);
    assert_eq!(saves, 6, "after each answer, then once as complete");
    assert_eq!(done.ratings["testing"].level, Level::Depth(Depth::Familiar));
    assert_eq!(
        done.ratings["testing"].evidence.as_deref(),
        Some("wrote the test suite")
    );
    assert_eq!(done.ratings["design"].level, Level::Number(3));
    let order: Vec<&str> = done.ratings.keys().map(String::as_str).collect();
    assert_eq!(
        order,
        ["testing", "listening", "planning", "design", "support"]
    );
    assert_eq!(script.seen[0].2.as_deref(), Some("Proficient in"));
    assert_eq!(script.seen[1].2, None, "no requirement: none shown");
}

#[test]
fn back_returns_to_the_previous_item_with_its_answer_preselected() {
    let mut script = Scripted::new(&[
        Choice::Level(2),
        Choice::Back,
        Choice::Level(3),
        Choice::Skip,
    ]);
    let (outcome, _) = run_script(&mut script, 0, false);
    let Outcome::Interrupted(partial) = outcome else {
        panic!("expected interrupt")
    };
    assert_eq!(script.seen[1].0, 2);
    assert_eq!(
        script.seen[2],
        (1, Some(2), Some("Proficient in".to_owned()))
    );
    assert_eq!(
        partial.ratings["testing"].level,
        Level::Depth(Depth::Proficient)
    );
    assert_eq!(partial.status, Status::InProgress);
}

#[test]
fn skipped_items_stay_unrated_and_resume_starts_at_the_first_of_them() {
    let mut script = Scripted::new(&[Choice::Level(1), Choice::Skip, Choice::Level(1)]);
    let (outcome, saves) = run_script(&mut script, 0, false);
    let Outcome::Interrupted(partial) = outcome else {
        panic!("expected interrupt")
    };
    assert_eq!(saves, 2);
    assert!(!partial.ratings.contains_key("listening"));
    assert_eq!(first_unrated(&profile(), &partial), 1);

    let mut rest = Scripted::new(&[
        Choice::Level(3),
        Choice::Skip,
        Choice::Level(3),
        Choice::Level(3),
    ]);
    let outcome = run(&profile(), partial, 1, false, &mut rest, &mut |_| Ok(())).unwrap();
    let Outcome::Completed(done) = outcome else {
        panic!("not completed")
    };
    assert_eq!(done.ratings.len(), 5);
    assert_eq!(rest.seen[0].0, 2, "resumed at the first unrated item");
}

#[test]
fn every_save_keeps_the_ratings_in_profile_order_with_unknown_ids_last() {
    // A resumed file in no order, with ids the profile lacks.
    let mut resumed = assessment(&[
        ("support", Level::Number(1)),
        ("gone", Level::Number(1)),
        ("planning", Level::Depth(Depth::Aware)),
        ("also-gone", Level::Number(1)),
    ]);
    resumed.status = Status::InProgress;
    let mut script = Scripted::new(&[
        Choice::Skip,
        Choice::Level(1),
        Choice::Level(2),
        Choice::Back,
        Choice::Level(3),
        Choice::Level(2),
        Choice::Back,
        Choice::Back,
        Choice::Back,
        Choice::Back,
        Choice::Level(2),
    ]);
    let mut saved: Vec<Vec<String>> = Vec::new();
    run(&profile(), resumed, 0, false, &mut script, &mut |a| {
        saved.push(a.ratings.keys().cloned().collect());
        Ok(())
    })
    .unwrap();
    let expected = [
        &["listening", "planning", "support", "gone", "also-gone"][..],
        &["listening", "planning", "support", "gone", "also-gone"],
        &["listening", "planning", "support", "gone", "also-gone"],
        &[
            "listening",
            "planning",
            "design",
            "support",
            "gone",
            "also-gone",
        ],
        &[
            "testing",
            "listening",
            "planning",
            "design",
            "support",
            "gone",
            "also-gone",
        ],
    ];
    assert_eq!(saved, expected);
}

#[test]
fn answers_from_a_file_are_saved_once_at_the_end_not_after_each() {
    let ratings = assessment(&[
        ("testing", Level::Depth(Depth::Aware)),
        ("planning", Level::Depth(Depth::Aware)),
        ("design", Level::Number(2)),
        ("support", Level::Number(3)),
    ])
    .ratings;
    let mut answers = crate::assess::answers::Answers::new(ratings);
    let mut saved: Vec<(Status, usize)> = Vec::new();
    let outcome = run(&profile(), empty(), 0, false, &mut answers, &mut |a| {
        saved.push((a.status, a.ratings.len()));
        Ok(())
    })
    .unwrap();
    assert!(matches!(outcome, Outcome::Completed(_)));
    // Rewriting the whole file after each of n answers is n² bytes.
    assert_eq!(saved, [(Status::Complete, 4)]);
}

#[test]
fn an_interrupt_at_the_first_screen_saves_nothing_new() {
    let mut script = Scripted::new(&[]);
    let (outcome, saves) = run_script(&mut script, 0, false);
    assert!(matches!(outcome, Outcome::Interrupted(a) if a.ratings.is_empty()));
    assert_eq!(saves, 0);
}

#[test]
fn blind_mode_hides_the_required_level() {
    let mut script = Scripted::new(&[Choice::Level(1)]);
    let _ = run_script(&mut script, 0, true);
    assert_eq!(script.seen[0].2, None);
}

#[test]
fn a_failed_save_stops_the_flow_with_the_reason() {
    let mut script = Scripted::new(&[Choice::Level(1)]);
    let error = run(&profile(), empty(), 0, false, &mut script, &mut |_| {
        Err(WriteError {
            path: "x.yaml".into(),
            reason: crate::output::Reason::Io("disk full".into()),
        })
    })
    .unwrap_err();
    assert_eq!(error.to_string(), "cannot save x.yaml: disk full");
}

/// Records what each screen says of the requirement.
struct Looker {
    seen: Vec<(Option<String>, Option<&'static str>, Vec<u8>)>,
}

impl Prompter for Looker {
    fn choose(&mut self, screen: &Screen<'_>) -> Result<Choice, Interrupt> {
        let marked = screen
            .levels
            .iter()
            .filter(|level| level.meets_requirement)
            .map(|level| level.step)
            .collect();
        self.seen
            .push((screen.required.clone(), screen.note, marked));
        Ok(Choice::Skip)
    }

    fn evidence(&mut self, _: &Screen<'_>) -> Result<Option<String>, Interrupt> {
        Ok(None)
    }
}

#[test]
fn an_item_without_a_requirement_says_it_is_not_counted_and_the_required_level_is_marked() {
    for blind in [false, true] {
        let mut looker = Looker { seen: Vec::new() };
        run(&profile(), empty(), 0, blind, &mut looker, &mut |_| Ok(())).unwrap();
        let items = profile();
        let items = items.rated_items();
        assert_eq!(looker.seen.len(), items.len());
        for ((required, note, marked), item) in looker.seen.iter().zip(&items) {
            match (blind, item.required) {
                (true, _) => {
                    assert_eq!((required, note), (&None, &None), "{}", item.id);
                    assert!(marked.is_empty(), "{}", item.id);
                }
                (false, None) => {
                    assert_eq!(*note, Some(NOT_COUNTED), "{}", item.id);
                    assert!(marked.is_empty(), "{}", item.id);
                }
                (false, Some(step)) => {
                    assert_eq!(*note, None, "{}", item.id);
                    assert_eq!(marked, &[step], "{}", item.id);
                }
            }
        }
        // The test profile has items of both kinds.
        assert!(items.iter().any(|item| item.required.is_none()));
        assert!(items.iter().any(|item| item.required.is_some()));
    }
}
