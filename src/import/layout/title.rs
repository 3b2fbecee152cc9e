//! Where a title ends when a row runs its fields together on one line:
//! "Title Details...", an organisation skill's "Category – Title
//! Details..." and a qualification's "Title BCS – The ...". It must not
//! decide whether a section is compact.

/// Words that stay lower-case inside a Title Case title.
const SMALL_WORDS: [&str; 12] = [
    "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the",
];

/// Whether a word is an acronym: two or more letters, all capitals.
pub(super) fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// Whether a word starts with a capital.
fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A line cut in two: its first field and what follows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Cut {
    /// The title (or an organisation skill's name, or a level label).
    pub title: String,
    pub details: String,
}

/// Where the details start in "Title Details..." written on one line.
#[derive(Debug)]
pub(super) enum TitleSplit {
    /// At a capitalised word followed by a lower-case one: the usual case.
    Clear(Cut),
    /// At an acronym ("Security Awareness IT security..."): the acronym
    /// could as well end the title, so a person should look.
    Acronym(Cut),
    /// No place to split: the title was lost; the whole text.
    None(String),
}

/// A qualification's line with the awarding body that may end it.
#[derive(Debug)]
pub(super) struct Awarded {
    pub title: String,
    pub body: Option<String>,
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
                return TitleSplit::Acronym(Cut { title, details });
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
            return TitleSplit::Clear(Cut { title, details });
        }
    }
    TitleSplit::None(text.to_owned())
}

/// The name of an organisation skill, "Category – Title", cut from the
/// start of `text` when the details follow it on the same line.
pub(super) fn split_named(text: &str) -> Option<Cut> {
    let (category, rest) = text.split_once(" – ").or_else(|| text.split_once(" - "))?;
    // A category is a short name, not the start of a sentence.
    let title_case = category
        .split_whitespace()
        .all(|w| starts_upper(w) || SMALL_WORDS.contains(&w));
    if !title_case || category.split_whitespace().count() > 5 || category.contains(['.', ',', ';'])
    {
        return None;
    }
    match split_title(rest) {
        TitleSplit::Clear(cut) | TitleSplit::Acronym(cut)
            if cut.details.split_whitespace().count() >= 5 =>
        {
            Some(Cut {
                title: format!("{category} – {}", cut.title),
                details: cut.details,
            })
        }
        _ => None,
    }
}

/// Where an awarding body written after a qualification's title starts:
/// at an acronym followed by a dash (`... (RITTech) BCS – The Chartered
/// Institute for IT`). `None` when the line shows no such place.
pub(super) fn split_awarding_body(text: &str) -> Awarded {
    let words: Vec<&str> = text.split(' ').collect();
    for k in 0..words.len().saturating_sub(2) {
        // "BCS – The Chartered Institute for IT": a body's name after the
        // dash, not a qualification's ("PRINCE2 – Practitioner").
        if is_acronym(words[k]) && matches!(words[k + 1], "–" | "-") && words[k + 2] == "The" {
            return Awarded {
                title: words[..k].join(" "),
                body: Some(words[k..].join(" ")),
            };
        }
    }
    Awarded {
        title: text.to_owned(),
        body: None,
    }
}
