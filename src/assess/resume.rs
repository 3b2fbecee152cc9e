//! What a resume says before its first question: whose assessment it is
//! (person, assessor), against which profile, how many items are answered
//! of how many, which item comes next, and whether only some items are
//! asked, so nobody continues someone else's file unawares. Pure text; the
//! caller shows it.

use crate::assess::flow::{Asked, Selection};
use crate::assessment::{Assessment, Assessor};
use crate::profile::Profile;
use crate::text::{one_line, plural};

/// "Resuming Pat's self-assessment against Test Role (test-role): 2 of 5
/// items answered. Only the 3 unrated items are asked, first Planning (3 of
/// 5 in the profile)." The next item is the first of those `asked`.
#[must_use]
pub fn context(profile: &Profile, assessment: &Assessment, asked: &Asked) -> String {
    let items = profile.rated_items();
    let answered = items
        .iter()
        .filter(|item| assessment.ratings.contains_key(item.id))
        .count();
    let person = one_line(&assessment.person);
    let by = assessment
        .assessor_name
        .as_deref()
        .map(|name| format!(" ({})", one_line(name)))
        .unwrap_or_default();
    let whose = match assessment.assessor {
        Assessor::SelfAssessed => format!("{person}'s self-assessment{by}"),
        Assessor::Manager => format!("{person}'s assessment by their manager{by}"),
        Assessor::Peer => format!("{person}'s assessment by a peer{by}"),
    };
    // The screens count among the items asked ("1 of 3"); the profile's
    // own numbering is said as such, so the two never seem to disagree.
    let (count, are) = (asked.len(), if asked.len() == 1 { "is" } else { "are" });
    let first = asked
        .first()
        .and_then(|start| items.get(start).map(|item| (start, item)));
    let next = match first {
        None => "Nothing is left to ask.".to_owned(),
        Some((start, item)) => {
            let answered = if assessment.ratings.contains_key(item.id) {
                ", answered"
            } else {
                ""
            };
            let title = one_line(item.title);
            let place = format!("{} of {} in the profile{answered}", start + 1, items.len());
            match asked.selection() {
                Selection::All => format!("Next: {title} ({place})."),
                Selection::Unrated => format!(
                    "Only the {} {are} asked, first {title} ({place}).",
                    plural(count, "unrated item")
                ),
                Selection::Only => format!(
                    "Only the {} given with --only {are} asked, first {title} ({place}).",
                    plural(count, "item")
                ),
            }
        }
    };
    format!(
        "Resuming {whose} against {} ({}): {answered} of {} items answered. {next}",
        one_line(&profile.title),
        one_line(&profile.id),
        items.len(),
    )
}

#[cfg(test)]
mod tests {
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
}
