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
#[path = "resume_tests.rs"]
mod tests;
