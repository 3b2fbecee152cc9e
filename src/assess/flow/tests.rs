//! Unit tests of `flow`.

use std::collections::VecDeque;

use super::*;
use crate::fixtures::{assessment, profile};
use crate::profile::Depth;

/// Answers from a script; runs out as an interrupt.
pub(super) struct Scripted {
    choices: VecDeque<Choice>,
    notes: VecDeque<Option<String>>,
    seen: Vec<(usize, Option<u8>, Option<String>)>,
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

fn run_script(script: &mut Scripted, start: usize, blind: bool) -> (Outcome, usize) {
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

/// Skips every item; says `yes` (or stops) when asked to complete anyway.
struct SkipAll {
    yes: Result<bool, Interrupt>,
    asked: Vec<usize>,
}

impl Prompter for SkipAll {
    fn choose(&mut self, _: &Screen<'_>) -> Result<Choice, Interrupt> {
        Ok(Choice::Skip)
    }

    fn evidence(&mut self, _: &Screen<'_>) -> Result<Option<String>, Interrupt> {
        Ok(None)
    }

    fn complete_anyway(&mut self, unrated: usize) -> Result<bool, Interrupt> {
        self.asked.push(unrated);
        self.yes
    }
}

fn skip_all(yes: Result<bool, Interrupt>) -> (Outcome, Vec<Status>, Vec<usize>) {
    let mut prompter = SkipAll {
        yes,
        asked: Vec::new(),
    };
    let mut saved = Vec::new();
    let outcome = run(&profile(), empty(), 0, false, &mut prompter, &mut |a| {
        saved.push(a.status);
        Ok(())
    })
    .unwrap();
    (outcome, saved, prompter.asked)
}

#[test]
fn skipping_every_item_asks_at_the_end_and_stays_in_progress_unless_told() {
    // Four of the five items have a required level.
    let (outcome, saved, asked) = skip_all(Ok(false));
    assert_eq!(asked, [4], "asked once, with the unrated count");
    assert_eq!(saved, [Status::InProgress]);
    assert!(matches!(outcome, Outcome::Completed(a) if a.status == Status::InProgress));

    let (outcome, saved, _) = skip_all(Ok(true));
    assert_eq!(saved, [Status::Complete]);
    assert!(matches!(outcome, Outcome::Completed(a) if a.status == Status::Complete));

    let (outcome, saved, _) = skip_all(Err(Interrupt));
    assert!(saved.is_empty(), "stopping there changes nothing on disk");
    assert!(matches!(outcome, Outcome::Interrupted(_)));
}

#[test]
fn a_prompter_that_does_not_say_keeps_unrated_requirements_in_progress() {
    // Listening has no required level: leaving it unrated still completes.
    let mut script = Scripted::new(&[
        Choice::Level(2),
        Choice::Skip,
        Choice::Level(1),
        Choice::Level(3),
        Choice::Level(2),
    ]);
    let (outcome, _) = run_script(&mut script, 0, false);
    assert!(matches!(outcome, Outcome::Completed(a) if a.status == Status::Complete));

    let mut script = Scripted::new(&[
        Choice::Level(2),
        Choice::Level(1),
        Choice::Skip,
        Choice::Level(3),
        Choice::Level(2),
    ]);
    let (outcome, _) = run_script(&mut script, 0, false);
    let Outcome::Completed(done) = outcome else {
        panic!("every item was presented")
    };
    assert_eq!(done.status, Status::InProgress);
    assert_eq!(unrated_required(&profile(), &done), 1);
}

#[test]
fn answers_leave_unrated_requirements_in_progress_unless_complete_is_given() {
    let ratings = assessment(&[("testing", Level::Depth(Depth::Aware))]).ratings;
    for (complete, status) in [(false, Status::InProgress), (true, Status::Complete)] {
        let mut answers =
            crate::assess::answers::Answers::new(ratings.clone()).complete_anyway(complete);
        let outcome = run(&profile(), empty(), 0, false, &mut answers, &mut |_| Ok(())).unwrap();
        assert!(matches!(outcome, Outcome::Completed(a) if a.status == status));
    }
}

#[test]
fn without_evidence_never_asks_for_a_note_and_keeps_the_one_there() {
    let mut before = assessment(&[("testing", Level::Depth(Depth::Aware))]);
    before.status = Status::InProgress;
    before.ratings["testing"].evidence = Some("ran the load tests".to_owned());
    let mut script = Scripted::new(&[Choice::Level(3), Choice::Level(1)]);
    script.notes = [
        Some("asked once".to_owned()),
        Some("asked twice".to_owned()),
    ]
    .into();
    let mut prompter = WithoutEvidence(script);
    let outcome = run(&profile(), before, 0, false, &mut prompter, &mut |_| Ok(())).unwrap();
    let script = prompter.0;
    let Outcome::Interrupted(partial) = outcome else {
        panic!("expected interrupt")
    };
    // Re-rated: the new level, the note it had.
    assert_eq!(
        partial.ratings["testing"].level,
        Level::Depth(Depth::Proficient)
    );
    assert_eq!(
        partial.ratings["testing"].evidence.as_deref(),
        Some("ran the load tests")
    );
    assert_eq!(partial.ratings["listening"].evidence, None);
    assert_eq!(script.notes.len(), 2, "no note was asked for");
}

/// Records what the level screens offered and the notes asked for.
struct NoteFirst {
    script: Scripted,
    offered: Vec<(bool, Option<String>)>,
    asked: usize,
}

impl Prompter for NoteFirst {
    fn choose(&mut self, screen: &Screen<'_>) -> Result<Choice, Interrupt> {
        self.offered
            .push((screen.can_note, screen.evidence.clone()));
        self.script.choose(screen)
    }

    fn evidence(&mut self, _: &Screen<'_>) -> Result<Option<String>, Interrupt> {
        panic!("the note after the level is never asked for")
    }

    fn note(&mut self, _: &Screen<'_>) -> Result<Option<String>, Interrupt> {
        self.asked += 1;
        Ok(Some("paired on the pipeline".to_owned()))
    }
}

#[test]
fn without_evidence_a_note_is_written_first_on_the_level_screen_when_wanted() {
    let script = Scripted::new(&[Choice::Note, Choice::Level(2), Choice::Level(1)]);
    let mut prompter = WithoutEvidence(NoteFirst {
        script,
        offered: Vec::new(),
        asked: 0,
    });
    let outcome = run(
        &profile(),
        empty(),
        0,
        false,
        &mut prompter,
        &mut |_| Ok(()),
    )
    .unwrap();
    let Outcome::Interrupted(partial) = outcome else {
        panic!("expected interrupt")
    };
    let inner = prompter.0;
    assert_eq!(inner.asked, 1);
    // The same screen again, now showing the note; the next item has none.
    assert_eq!(
        inner.offered[..3],
        [
            (true, None),
            (true, Some("paired on the pipeline".to_owned())),
            (true, None),
        ]
    );
    assert_eq!(
        partial.ratings["testing"].evidence.as_deref(),
        Some("paired on the pipeline")
    );
    assert_eq!(partial.ratings["listening"].evidence, None);
}

/// Keeps what each level of every screen means for the skill.
struct Meanings {
    seen: Vec<(String, Vec<Option<AtSkill>>)>,
}

impl Prompter for Meanings {
    fn choose(&mut self, screen: &Screen<'_>) -> Result<Choice, Interrupt> {
        let at_skill = screen.levels.iter().map(|l| l.at_skill.clone()).collect();
        self.seen.push((screen.item.id.to_owned(), at_skill));
        Ok(Choice::Skip)
    }

    fn evidence(&mut self, _: &Screen<'_>) -> Result<Option<String>, Interrupt> {
        Ok(None)
    }
}

fn builtin(name: &str) -> Profile {
    crate::profile::builtin::FILES
        .iter()
        .find(|file| file.name == name || file.name.ends_with(&format!("/{name}")))
        .and_then(|file| file.check().value)
        .unwrap()
}

fn meanings_of(profile: &Profile, id: &str, texts: &dyn LevelTexts) -> Vec<Option<AtSkill>> {
    let asked = Asked::only(profile, &[id.to_owned()]).unwrap();
    let ask = Ask {
        asked: &asked,
        blind: false,
        texts,
        required_by: None,
    };
    let mut prompter = Meanings { seen: Vec::new() };
    run_asked(profile, empty(), &ask, &mut prompter, &mut |_| Ok(())).unwrap();
    let (seen_id, at_skill) = prompter.seen.pop().unwrap();
    assert_eq!(seen_id, id);
    at_skill
}

#[test]
fn the_fedip_profile_s_systems_design_shows_the_ddat_texts_through_its_link() {
    let fedip = builtin("senior-devops-engineer-management.yaml");
    let skill = fedip
        .organisation_skills
        .iter()
        .find(|s| s.id == "systems-design")
        .unwrap();
    // No texts of its own: only the link to the DDaT skill.
    assert!(skill.level_descriptions.is_empty());
    assert_eq!(skill.ddat_id(), Some("systems-design"));
    let texts = crate::profile::BuiltinLevelTexts::default();
    let at_skill = meanings_of(&fedip, "systems-design", &texts);
    assert_eq!(at_skill[0], None, "not yet has no text of its own");
    let ddat = builtin("ddat-senior-devops-engineer-management.yaml");
    let design = ddat
        .organisation_skills
        .iter()
        .find(|s| s.id == "systems-design")
        .unwrap();
    for (level, text) in at_skill[1..].iter().zip(&design.level_descriptions) {
        assert_eq!(level, &Some(AtSkill::Described(text.clone())));
    }
    // Without the lookup, nothing is invented.
    let without = meanings_of(&fedip, "systems-design", &NoLevelTexts);
    assert!(without.iter().all(Option::is_none));
}

#[test]
fn a_generated_profile_s_level_without_a_text_is_not_described_never_blank() {
    let head = builtin("ddat-head-of-frontend-development.yaml");
    let at_skill = meanings_of(&head, "user-focus-frontend-developer", &NoLevelTexts);
    assert!(matches!(&at_skill[3], Some(AtSkill::Described(text)) if text.contains("champion")));
    assert_eq!(at_skill[4], Some(AtSkill::NotDescribed));
}
