//! Compact rows: a page copied with title and details (and depth and
//! type) run together on one line, split back into the cells a plain page
//! has. It must not decide which section a row belongs to.

use super::{Cell, Reader};

/// Words that stay lower-case inside a Title Case title.
pub(super) const SMALL_WORDS: [&str; 12] = [
    "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the",
];

pub(super) fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

pub(super) fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Where the details start in "Title Details..." written on one line.
pub(super) enum TitleSplit {
    /// At a capitalised word followed by a lower-case one: the usual case.
    Clear(String, String),
    /// At an acronym ("Security Awareness IT security..."): the acronym
    /// could as well end the title, so a person should look.
    Acronym(String, String),
    /// No place to split: the title was lost.
    None(String),
}

/// Splits "Title Details..." written on one line: the details start at the
/// first capitalised word (within the first dozen) that is followed by a
/// lower-case word, where what comes before could be a title (it does not
/// end a sentence). An acronym right before a lower-case word starts the
/// details too, but that split is marked as a guess.
pub(super) fn split_title(text: &str) -> TitleSplit {
    let words: Vec<&str> = text.split(' ').collect();
    let lower = |w: &&str| w.chars().next().is_some_and(char::is_lowercase);
    for k in 1..words.len().min(12) {
        let word = words[k];
        if !starts_upper(word) {
            continue;
        }
        let title = words[..k].join(" ");
        if title.ends_with(['.', '!', '?', ':']) {
            continue;
        }
        let details = words[k..].join(" ");
        if is_acronym(word) {
            if words.get(k + 1).is_some_and(lower) {
                return TitleSplit::Acronym(title, details);
            }
            continue;
        }
        // "Awareness IT security": the acronym, not this word, starts
        // the details.
        if words.get(k + 1).is_some_and(|w| is_acronym(w)) && words.get(k + 2).is_some_and(lower) {
            continue;
        }
        let next = words[k + 1..]
            .iter()
            .find(|w| !SMALL_WORDS.contains(w) && !is_acronym(w));
        if next.is_some_and(lower) {
            return TitleSplit::Clear(title, details);
        }
    }
    TitleSplit::None(text.to_owned())
}

/// Whether a cell could be a whole compact row: long, or a sentence.
pub(super) fn looks_compact(text: &str) -> bool {
    text.split_whitespace().count() > 6 || text.ends_with(['.', '!', '?'])
}

/// Whether a section's plain cells are compact rows (title and details on
/// one line): nearly all of them are. A plain section is about half bare
/// titles; a compact one may have a row that lost its details.
pub(super) fn is_compact(cells: &[Cell], compact: Compact) -> bool {
    let content: Vec<&Cell> = cells.iter().filter(|c| !c.text.is_empty()).collect();
    let whole = content.iter().filter(|c| looks_compact(&c.text)).count();
    // And most of them carry a title to split off (or a depth phrase),
    // unlike the long titles and details of a plain section.
    let split = content
        .iter()
        .filter(|c| {
            (compact != Compact::Plain
                && DEPTH_PHRASES
                    .iter()
                    .any(|p| c.text.contains(p.trim_start())))
                || !matches!(split_title(&c.text), TitleSplit::None(_))
        })
        .count();
    !content.is_empty() && whole * 5 >= content.len() * 4 && split * 2 > content.len()
}

pub(super) const DEPTH_PHRASES: [&str; 4] = [
    " Aware of ",
    " Familiar with ",
    " Proficient in ",
    " Expert in ",
];
pub(super) const TYPE_SUFFIXES: [&str; 3] = [
    "Behavioural Skills",
    "Technical Knowledge and Skills",
    "Other Knowledge and Skills",
];

/// What a compact row holds besides its title and details.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Compact {
    /// Title and details only.
    Plain,
    /// Knowledge/skills in one table: depth and type too.
    Skills,
    /// A Behavioural or Technical section of its own: a depth, before or
    /// after the details, but no type.
    TypedSkills,
}

/// Expands compact rows into the cells a plain page would have had: title
/// and details, and for knowledge/skills the depth and type too.
pub(super) fn expand_compact(cells: Vec<Cell>, compact: Compact, reader: &mut Reader) -> Vec<Cell> {
    let mut out = Vec::new();
    for cell in cells.into_iter().filter(|c| !c.text.is_empty()) {
        let cell_of = |text: String| Cell {
            text,
            line: cell.line,
        };
        if !looks_compact(&cell.text) {
            // A bare title among compact rows: its details were lost.
            reader.note(
                cell.line,
                format!("`{}` stands alone among rows that carry their details: its details are lost in the page; supply them", cell.text),
            );
            out.push(cell_of(cell.text.clone()));
            out.push(cell_of(String::new()));
            if compact == Compact::Skills {
                out.push(cell_of(String::new()));
            }
            continue;
        }
        let mut text = cell.text.clone();
        let mut kind = None;
        let mut depth_after = None;
        if compact == Compact::Skills
            && let Some(suffix) = TYPE_SUFFIXES.iter().find(|s| text.ends_with(*s))
        {
            kind = Some((*suffix).to_owned());
            text = text[..text.len() - suffix.len()].trim_end().to_owned();
        }
        if compact == Compact::TypedSkills
            && let Some(phrase) = DEPTH_PHRASES
                .iter()
                .map(|p| p.trim_end())
                .find(|p| text.ends_with(p))
        {
            depth_after = Some(phrase.trim().to_owned());
            text = text[..text.len() - phrase.len()].trim_end().to_owned();
        }
        if compact != Compact::Plain && depth_after.is_none() {
            // A leading space lets a row that lost its title start with the depth.
            let spaced = format!(" {text}");
            if let Some((position, phrase)) = DEPTH_PHRASES
                .iter()
                .filter_map(|p| spaced.find(p).map(|i| (i, *p)))
                .min()
            {
                out.push(cell_of(spaced[..position].trim().to_owned()));
                out.push(cell_of(phrase.trim().to_owned()));
                out.push(cell_of(spaced[position + phrase.len()..].to_owned()));
                if compact == Compact::Skills {
                    out.push(cell_of(kind.unwrap_or_default()));
                }
                continue;
            }
        }
        let (title, details) = match split_title(&text) {
            TitleSplit::Clear(title, details) => (title, details),
            TitleSplit::Acronym(title, details) => {
                reader.note(
                    cell.line,
                    format!("the title of `{title}` was read as ending before an acronym that may belong to it; check where the title ends"),
                );
                (title, details)
            }
            TitleSplit::None(details) => (String::new(), details),
        };
        out.push(cell_of(title));
        out.push(cell_of(details));
        if let Some(depth) = depth_after {
            out.push(cell_of(depth));
        }
        if compact == Compact::Skills {
            out.push(cell_of(kind.unwrap_or_default()));
        }
    }
    out
}
