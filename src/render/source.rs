//! What a rendering says about its profile's text and where it comes
//! from: the attribution line a licence asks for (SPEC §3, §9), the place
//! on the role's ladder, and "(not in the source)" for a text the source
//! lacks. Plain text; each format escapes it.

use crate::profile::model::LadderPlace;
use crate::profile::{Field, Source};
use crate::team::TeamReport;

/// The line a report ends with when its profile's text is under a
/// licence: the source, its date, and the attribution the licence asks for
/// (for DDaT, the Open Government Licence's statement; SPEC §3, §9). None
/// for a profile whose source claims no licence. Raw text: each format
/// escapes it.
pub fn attribution(source: Option<&Source>) -> Option<String> {
    let source = source?;
    let licence = source.licence.as_deref()?;
    let dated = match &source.date {
        Some(date) => format!("{}, {date}", source.name),
        None => source.name.clone(),
    };
    Some(match &source.attribution {
        Some(statement) => format!("Source: {dated}. {statement}"),
        None => format!("Source: {dated}, under the {licence}."),
    })
}

/// "rank 4 of the role's ladder, management track".
pub fn ladder_place(ladder: LadderPlace) -> String {
    format!(
        "rank {} of the role's ladder, {} track",
        ladder.rank,
        ladder.track.name()
    )
}

/// `text`, or "(not in the source)" when it is empty because the source
/// lacks it (`source_lacks` names `field`).
pub fn or_lacking(text: &str, lacks: &[Field], field: Field) -> String {
    if text.trim().is_empty() && lacks.contains(&field) {
        NOT_IN_SOURCE.to_owned()
    } else {
        text.to_owned()
    }
}

/// What an empty text the source lacks reads as.
pub const NOT_IN_SOURCE: &str = "(not in the source)";

/// The [`attribution`] lines of a team report's profiles, each once.
pub fn team_attributions(report: &TeamReport) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for team in &report.profiles {
        if let Some(line) = attribution(team.profile.source.as_ref())
            && !lines.contains(&line)
        {
            lines.push(line);
        }
    }
    lines
}

#[cfg(test)]
#[path = "source_tests.rs"]
mod tests;
