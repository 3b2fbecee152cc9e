//! The preamble reader: the profile's title, summary and the "At this
//! role level, you will:" bullets, with site navigation skipped. It must
//! not read any section after the preamble.

use super::lines::{Line, bullet};
use super::notes::Notes;
use super::page::{LeadIn, split_responsibilities};

/// What the preamble gives the profile.
#[derive(Debug, Default)]
pub(super) struct Preamble {
    pub title: String,
    pub summary: String,
    /// The "At this role level, you will:" bullets.
    pub responsibilities: Vec<String>,
}

/// A line of site navigation: a breadcrumb trail, or one of the links a
/// page header carries.
pub(super) fn looks_like_navigation(text: &str) -> bool {
    [" » ", " > ", " › "].iter().any(|s| text.contains(s))
        || LINKS.contains(&text.trim().to_lowercase().as_str())
}

/// Links a page header carries, copied along with the page.
pub(super) const LINKS: [&str; 10] = [
    "home",
    "menu",
    "search",
    "skip to main content",
    "skip to content",
    "back",
    "database",
    "job profiles",
    "sign in",
    "log in",
];

/// Reads the preamble; navigation and stray lines go to `notes`.
pub(super) fn read_preamble(lines: &[&Line], notes: &mut Notes) -> Preamble {
    let mut out = Preamble::default();
    let content: Vec<&Line> = lines
        .iter()
        .copied()
        .filter(|l| !l.text.is_empty())
        .collect();
    let mut rest = content.as_slice();
    // Site navigation copied along with the page comes before the title:
    // listed as unplaced, not taken for the title.
    let mut breadcrumb = None;
    while let Some(first) = rest.first()
        && looks_like_navigation(&first.text)
    {
        notes.unplace(first.number, first.text.clone());
        breadcrumb = Some(*first);
        rest = &rest[1..];
    }
    // The page title, unless the copy starts straight with the summary.
    if let Some(first) = rest.first()
        && !first.text.ends_with('.')
        && split_responsibilities(&first.text).is_none()
        && first.text.split_whitespace().count() <= 12
    {
        out.title.clone_from(&first.text);
        rest = &rest[1..];
    }
    let mut summary = Vec::new();
    let mut in_bullets = false;
    let mut marked = false;
    for line in rest {
        let text = line.text.as_str();
        if let Some(LeadIn { before, after }) = split_responsibilities(text) {
            if !before.trim().is_empty() {
                summary.push(before.trim().to_owned());
            }
            in_bullets = true;
            marked = after.contains('•');
            out.responsibilities.extend(bullets(after));
            continue;
        }
        if in_bullets {
            // Once the list uses markers, an unmarked line after it is
            // not one of its items (page furniture such as "Print").
            if marked && bullet(text).is_none() && !text.contains('•') {
                notes.unplace(line.number, text);
                continue;
            }
            marked |= bullet(text).is_some() || text.contains('•');
            out.responsibilities.extend(bullets(text));
        } else {
            summary.push(text.to_owned());
        }
    }
    out.summary = summary.join(" ");
    // No title after the navigation: the last line taken for navigation
    // may have been the title ("Senior DevOps Engineer > Management").
    if out.title.is_empty()
        && let Some(line) = breadcrumb
        && !LINKS.contains(&line.text.to_lowercase().as_str())
    {
        out.title.clone_from(&line.text);
        notes.place(line.number);
        notes.note(
            line.number,
            format!(
                "the title is taken from `{}`, which looks like site navigation; check it",
                line.text
            ),
        );
    }
    if out.title.is_empty() {
        "<role title>".clone_into(&mut out.title);
        notes.note(
            content.first().map_or(1, |l| l.number),
            "the page has no title line: replace `<role title>` (and give --id)",
        );
    }
    out
}

/// The bullets in `text`: one per line, or several run together with `•`
/// between them.
fn bullets(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split('•').filter_map(|part| {
        let part = bullet(part.trim()).unwrap_or(part.trim());
        (!part.is_empty()).then(|| part.to_owned())
    })
}
