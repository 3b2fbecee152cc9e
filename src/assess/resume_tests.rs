//! Unit tests of `resume`.

use super::*;
use crate::assessment::Level;
use crate::fixtures::{assessment, profile};
use crate::profile::Depth;

#[test]
fn a_resume_says_whose_file_against_which_profile_how_far_and_what_is_next() {
    let partial = assessment(&[
        ("testing", Level::Depth(Depth::Aware)),
        ("listening", Level::Depth(Depth::Aware)),
    ]);
    assert_eq!(
        context(&profile(), &partial, &Asked::unrated(&profile(), &partial)),
        "Resuming Pat's self-assessment against Test Role (test-role): \
         2 of 5 items answered. \
         Only the 3 unrated items are asked, first Planning (3 of 5 in the profile)."
    );
}

#[test]
fn going_through_every_item_again_says_nothing_of_a_selection() {
    let partial = assessment(&[("testing", Level::Depth(Depth::Aware))]);
    assert_eq!(
        context(
            &profile(),
            &partial,
            &Asked::all_from_first_unrated(&profile(), &partial)
        ),
        "Resuming Pat's self-assessment against Test Role (test-role): \
         1 of 5 items answered. Next: Listening (2 of 5 in the profile)."
    );
}

#[test]
fn only_some_items_says_which_comes_first_numbered_in_the_profile() {
    let partial = assessment(&[("testing", Level::Depth(Depth::Aware))]);
    let only = Asked::only(&profile(), &["support".into(), "testing".into()]).unwrap();
    assert_eq!(
        context(&profile(), &partial, &only),
        "Resuming Pat's self-assessment against Test Role (test-role): \
         1 of 5 items answered. Only the 2 items given with --only are asked, \
         first Testing (1 of 5 in the profile, answered)."
    );
}

#[test]
fn a_manager_assessment_names_the_manager() {
    let mut partial = assessment(&[("testing", Level::Depth(Depth::Aware))]);
    partial.assessor = Assessor::Manager;
    partial.assessor_name = Some("Jo Lee".into());
    assert_eq!(
        context(&profile(), &partial, &Asked::all_from(&profile(), 0)),
        "Resuming Pat's assessment by their manager (Jo Lee) against Test Role (test-role): \
         1 of 5 items answered. Next: Testing (1 of 5 in the profile, answered)."
    );
}
