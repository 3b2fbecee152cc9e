//! Unit tests of running the flow over some items only ([`Asked`]): a
//! resume, `--unrated`, `--only`, `--resume --force`.

use super::tests::{Scripted, empty};
use super::*;
use crate::fixtures::{assessment, profile};
use crate::profile::Depth;

/// Records each screen's item, place among the asked items, current
/// answer and whether Back is offered, then answers from the script.
struct Watching {
    script: Scripted,
    screens: Vec<(String, usize, usize, Option<u8>, bool)>,
}

impl Watching {
    fn new(choices: &[Choice]) -> Self {
        Self {
            script: Scripted::new(choices),
            screens: Vec::new(),
        }
    }

    fn ids(&self) -> Vec<&str> {
        self.screens.iter().map(|s| s.0.as_str()).collect()
    }
}

impl Prompter for Watching {
    fn choose(&mut self, screen: &Screen<'_>) -> Result<Choice, Interrupt> {
        self.screens.push((
            screen.item.id.to_owned(),
            screen.position,
            screen.total,
            screen.current,
            screen.can_go_back,
        ));
        self.script.choose(screen)
    }

    fn evidence(&mut self, screen: &Screen<'_>) -> Result<Option<String>, Interrupt> {
        self.script.evidence(screen)
    }
}

/// Items: testing, listening, planning (depth), design, support (DDaT);
/// this file rates testing, planning and support.
fn three_of_five() -> Assessment {
    let mut file = assessment(&[
        ("testing", Level::Depth(Depth::Aware)),
        ("planning", Level::Depth(Depth::Expert)),
        ("support", Level::Number(2)),
    ]);
    file.status = Status::InProgress;
    file
}

fn run_over(file: Assessment, asked: &Asked, prompter: &mut dyn Prompter) -> Outcome {
    let ask = Ask {
        asked,
        blind: false,
        texts: &NoLevelTexts,
        required_by: None,
    };
    run_asked(&profile(), file, &ask, prompter, &mut |_| Ok(())).unwrap()
}

#[test]
fn unrated_asks_only_the_items_without_a_rating_numbered_among_them() {
    let file = three_of_five();
    let asked = Asked::unrated(&profile(), &file);
    let mut watching = Watching::new(&[Choice::Level(1), Choice::Level(2)]);
    let Outcome::Completed(done) = run_over(file, &asked, &mut watching) else {
        panic!("not completed")
    };
    assert_eq!(
        watching.screens,
        [
            ("listening".to_owned(), 1, 2, None, false),
            ("design".to_owned(), 2, 2, None, true),
        ]
    );
    assert_eq!(done.status, Status::Complete);
    assert_eq!(done.ratings.len(), 5);
    assert_eq!(
        done.ratings["planning"].level,
        Level::Depth(Depth::Expert),
        "answered items are kept as they were"
    );
}

#[test]
fn back_goes_to_the_asked_item_before_never_to_one_not_asked() {
    let asked = Asked::only(&profile(), &["support".into(), "testing".into()]).unwrap();
    let mut watching = Watching::new(&[
        Choice::Level(2),
        Choice::Back,
        Choice::Level(3),
        Choice::Level(4),
    ]);
    let Outcome::Completed(done) = run_over(three_of_five(), &asked, &mut watching) else {
        panic!("not completed")
    };
    assert_eq!(watching.ids(), ["testing", "support", "testing", "support"]);
    // Back shows the answer just given; the first asked item offers no Back.
    assert_eq!(watching.screens[2].3, Some(2));
    assert!(!watching.screens[0].4 && watching.screens[1].4);
    assert_eq!(
        done.ratings["testing"].level,
        Level::Depth(Depth::Proficient)
    );
    assert_eq!(done.ratings["support"].level, Level::Number(4));
    assert!(!done.ratings.contains_key("listening"));
}

#[test]
fn only_re_rates_answered_items_and_a_skip_keeps_their_rating() {
    let asked = Asked::only(&profile(), &["planning".into()]).unwrap();
    let mut watching = Watching::new(&[Choice::Skip]);
    let mut file = three_of_five();
    file.ratings.insert(
        "listening".into(),
        Rating {
            level: Level::Depth(Depth::Aware),
            evidence: None,
        },
    );
    file.ratings.insert(
        "design".into(),
        Rating {
            level: Level::Number(1),
            evidence: None,
        },
    );
    let Outcome::Completed(done) = run_over(file, &asked, &mut watching) else {
        panic!("not completed")
    };
    assert_eq!(
        watching.screens,
        [("planning".to_owned(), 1, 1, Some(4), false)]
    );
    assert_eq!(done.ratings["planning"].level, Level::Depth(Depth::Expert));
}

#[test]
fn only_takes_each_item_once_in_profile_order_and_ignores_blank_ids() {
    let asked = Asked::only(
        &profile(),
        &[
            "support".into(),
            " testing ".into(),
            String::new(),
            "support".into(),
        ],
    )
    .unwrap();
    assert_eq!(asked.items(), [0, 4]);
    assert_eq!(asked.selection(), Selection::Only);
}

#[test]
fn only_names_every_unknown_id_with_the_closest_one_the_profile_has() {
    let error = Asked::only(
        &profile(),
        &["desing".into(), "testing".into(), "zzzzzzzz".into()],
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "--only: profile `test-role` has no item `desing` (did you mean `design`?), \
         `zzzzzzzz`; nothing was asked"
    );
}

#[test]
fn thousands_of_unknown_ids_are_named_once_each_and_ten_at_most() {
    let mut ids: Vec<String> = (0..10_000).map(|n| format!("x{n}")).collect();
    ids.extend(["x1".into(), "y".repeat(5000)]);
    let message = Asked::only(&profile(), &ids).unwrap_err().to_string();
    assert!(
        message.contains("`x9`, and 9991 more; nothing was asked"),
        "{message}"
    );
    assert!(message.len() < 400, "{message}");
}

#[test]
fn going_through_every_item_again_starts_at_the_first_unrated_and_can_go_back() {
    let file = three_of_five();
    let asked = Asked::all_from_first_unrated(&profile(), &file);
    let mut watching = Watching::new(&[Choice::Back, Choice::Skip, Choice::Skip]);
    let _ = run_over(file, &asked, &mut watching);
    assert_eq!(
        watching.ids(),
        ["listening", "testing", "listening", "planning"]
    );
    assert_eq!(watching.screens[0].1..=watching.screens[0].2, 2..=5);

    let mut full = three_of_five();
    for id in ["listening", "design"] {
        full.ratings.insert(
            id.into(),
            Rating {
                level: Level::Number(1),
                evidence: None,
            },
        );
    }
    assert_eq!(
        Asked::all_from_first_unrated(&profile(), &full).first(),
        Some(0)
    );
}

#[test]
fn nothing_unrated_asks_nothing_and_the_flow_just_ends() {
    let mut full = empty();
    for id in ["testing", "listening", "planning"] {
        full.ratings.insert(
            id.into(),
            Rating {
                level: Level::Depth(Depth::Aware),
                evidence: None,
            },
        );
    }
    for id in ["design", "support"] {
        full.ratings.insert(
            id.into(),
            Rating {
                level: Level::Number(1),
                evidence: None,
            },
        );
    }
    let asked = Asked::unrated(&profile(), &full);
    assert!(asked.is_empty());
    let mut watching = Watching::new(&[]);
    let Outcome::Completed(done) = run_over(full, &asked, &mut watching) else {
        panic!("not completed")
    };
    assert!(watching.screens.is_empty());
    assert_eq!(done.status, Status::Complete);
}
