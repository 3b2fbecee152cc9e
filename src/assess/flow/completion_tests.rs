//! Unit tests of `flow`: the end of a run (unrated requirements, saying
//! the file is complete) and evidence notes.

use super::tests::{Scripted, empty, run_script};
use super::*;
use crate::fixtures::{assessment, profile};
use crate::profile::Depth;

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
