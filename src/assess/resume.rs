//! What a resume says before its first question: whose assessment it is
//! (person, assessor), against which profile, how many items are answered
//! of how many, and which item comes next, so nobody continues someone
//! else's file unawares. Pure text; the caller shows it.

use crate::assessment::{Assessment, Assessor};
use crate::profile::Profile;
use crate::render::terminal::one_line;

/// "Resuming Pat's self-assessment against Test Role (test-role): 2 of 5
/// items answered. Next: 3 of 5, Planning." `start` is the index of the
/// item shown first.
#[must_use]
pub fn context(profile: &Profile, assessment: &Assessment, start: usize) -> String {
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
    let next = items.get(start).map_or_else(
        || "Nothing is left to ask.".to_owned(),
        |item| {
            let answered = if assessment.ratings.contains_key(item.id) {
                " (answered)"
            } else {
                ""
            };
            format!(
                "Next: {} of {}, {}{answered}.",
                start + 1,
                items.len(),
                one_line(item.title)
            )
        },
    );
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
            context(&profile(), &partial, 2),
            "Resuming Pat's self-assessment against Test Role (test-role): \
             2 of 5 items answered. Next: 3 of 5, Planning."
        );
    }

    #[test]
    fn a_manager_assessment_names_the_manager() {
        let mut partial = assessment(&[("testing", Level::Depth(Depth::Aware))]);
        partial.assessor = Assessor::Manager;
        partial.assessor_name = Some("Jo Lee".into());
        assert_eq!(
            context(&profile(), &partial, 0),
            "Resuming Pat's assessment by their manager (Jo Lee) against Test Role (test-role): \
             1 of 5 items answered. Next: 1 of 5, Testing (answered)."
        );
    }
}
