//! The page splitter: cuts the lines into the preamble and each section by
//! their headings, and knows the headings, footer and page furniture.
//! It must not read any section's content.

use super::super::lines::{Line, table_row};
use super::{Section, skill_type_of};

/// Where the lead-in to the responsibilities ("At this role level, you
/// will:", in any case, with or without the comma and colon) is in `text`:
/// the text before it and after it.
pub(super) fn split_responsibilities(text: &str) -> Option<(&str, &str)> {
    // ASCII lower-casing keeps every byte offset.
    let lower = text.to_ascii_lowercase();
    let start = lower.find("at this role level")?;
    let mut end = start + "at this role level".len();
    let rest = |end: usize| lower[end..].trim_start();
    let skip = |end: usize, word: &str| {
        let trimmed = rest(end);
        trimmed
            .starts_with(word)
            .then(|| lower.len() - trimmed.len() + word.len())
    };
    end = skip(end, ",").unwrap_or(end);
    // "you will" makes it the lead-in, not a sentence of the summary
    // ("Engineers at this role level are expected to...").
    end = skip(end, "you will")?;
    end = skip(end, ":").unwrap_or(end);
    Some((&text[..start], &text[end..]))
}

/// A heading as written, without Markdown marks (`## `, `**`), a final
/// colon or spaces around a slash, in lower case.
pub(super) fn heading_text(text: &str) -> String {
    let bare = text
        .trim_start_matches('#')
        .trim()
        .trim_matches('*')
        .trim()
        .trim_end_matches(':');
    bare.replace(" / ", "/").to_lowercase()
}

pub(super) fn section_of(text: &str) -> Option<Section> {
    let lower = heading_text(text);
    Some(match lower.as_str() {
        "background components" | "background" => Section::Background,
        "work activity components" | "work activities" => Section::WorkActivities,
        "knowledge/skills components" | "knowledge and skills components" | "knowledge/skills" => {
            Section::KnowledgeSkills(None)
        }
        "training components" => Section::Training,
        "pda components" | "professional development activities" => Section::Development,
        "qualification components" | "qualifications" => Section::Qualifications,
        "organisation skills" | "organization skills" => Section::Organisation,
        _ => return None,
    })
}

/// Lines that label columns or pages, not content.
pub(super) fn is_heading(text: &str) -> bool {
    let lower = heading_text(text);
    matches!(
        lower.as_str(),
        "description background"
            | "title details"
            | "title depth details type"
            | "title details depth"
            | "title depth details"
            | "title details type"
            | "title awarding body"
            | "framework » organisation"
            | "category » subcategory"
            | "skill name and description level"
            | "training activities"
    )
}

/// Where the page's own footer starts: nothing after it is profile text.
pub(super) fn is_footer(text: &str) -> bool {
    text.starts_with("This job role profile was created")
}

/// Page furniture that can appear anywhere in a copy: skipped, and not
/// counted as a lost field.
pub(super) fn is_furniture(text: &str) -> bool {
    text == "Give Feedback"
        || text.starts_with("The Occupational Architecture Project")
        || text.starts_with("If you would like to provide feedback")
}

/// A "Behavioural Skills" / "Technical Skills" line that heads its own
/// table (the next line names columns), rather than a type cell.
///
/// Inside one Knowledge/Skills table such a line is a row's type cell,
/// unless a column header follows it; anywhere else it is a heading.
pub(super) fn typed_skills_section(
    all: &[Line],
    index: usize,
    current: Option<Section>,
) -> Option<Section> {
    let kind = skill_type_of(&heading_text(&all[index].text))?;
    let words = all[index].text.split_whitespace().count();
    if words > 4 {
        return None;
    }
    let next = all[index + 1..].iter().find(|l| !l.text.is_empty())?;
    let heads_table = next.text.to_lowercase().starts_with("title")
        || table_row(&next.text)
            .is_some_and(|cells| cells.iter().any(|c| c.eq_ignore_ascii_case("title")));
    // Without a header after it, only the exact wording of such a heading
    // counts: a work activity may well be called "Technical review".
    let exact = matches!(
        heading_text(&all[index].text)
            .to_lowercase()
            .trim_end_matches(" components"),
        "behavioural skills"
            | "technical skills"
            | "other skills"
            | "technical knowledge and skills"
            | "other knowledge and skills"
    );
    let in_one_table = current == Some(Section::KnowledgeSkills(None));
    (heads_table || (exact && !in_one_table)).then_some(Section::KnowledgeSkills(Some(kind)))
}

/// Splits the page into its preamble and its sections.
/// A section, the line of its heading, and its lines.
pub(super) type SectionLines<'a> = (Section, usize, Vec<&'a Line>);

/// The page cut into its preamble, its sections, and the lines after the
/// page's footer that are neither furniture nor a section.
pub(super) type Split<'a> = (Vec<&'a Line>, Vec<SectionLines<'a>>, Vec<&'a Line>);

pub(super) fn split(all: &[Line]) -> Split<'_> {
    let mut preamble = Vec::new();
    let mut sections: Vec<SectionLines<'_>> = Vec::new();
    let mut after_footer = Vec::new();
    let mut in_footer = false;
    for (index, line) in all.iter().enumerate() {
        if is_footer(&line.text) {
            in_footer = true;
            continue;
        }
        if is_furniture(&line.text) {
            continue;
        }
        let current = sections.last().map(|(section, _, _)| *section);
        if let Some(section) =
            section_of(&line.text).or_else(|| typed_skills_section(all, index, current))
        {
            // A section after the footer: the copy went on past it.
            in_footer = false;
            sections.push((section, line.number, Vec::new()));
            continue;
        }
        if in_footer {
            if !line.text.is_empty() {
                after_footer.push(line);
            }
            continue;
        }
        match sections.last_mut() {
            Some((_, _, body)) => body.push(line),
            None => preamble.push(line),
        }
    }
    (preamble, sections, after_footer)
}
