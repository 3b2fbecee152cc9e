//! The page splitter: cuts the lines into the preamble and each section by
//! their headings (from [`SECTIONS`](super::sections::SECTIONS)), and
//! knows the footer and page furniture. It must not read any section's
//! content.

use super::lines::{Line, table_row};
use super::sections::{Kind, Section, is_column_heading, section_of, skill_type_of};

/// Where the lead-in to the responsibilities ("At this role level, you
/// will:", in any case, with or without the comma and colon) is in `text`:
/// the text before it and after it.
pub(super) fn split_responsibilities(text: &str) -> Option<LeadIn<'_>> {
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
    Some(LeadIn {
        before: &text[..start],
        after: &text[end..],
    })
}

/// A line cut at the lead-in to the responsibilities.
#[derive(Debug)]
pub(super) struct LeadIn<'a> {
    /// The summary text before the lead-in.
    pub before: &'a str,
    /// The responsibilities after it.
    pub after: &'a str,
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

/// Lines that label columns or pages, not content.
pub(super) fn is_heading(text: &str) -> bool {
    is_column_heading(&heading_text(text))
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
    let in_one_table = current.is_some_and(|s| s.kind == Kind::KnowledgeSkills);
    (heads_table || (exact && !in_one_table)).then_some(Section {
        kind: Kind::TypedSkills,
        skill_type: Some(kind),
    })
}

/// A section of the page and its lines.
#[derive(Debug)]
pub(super) struct PageSection<'a> {
    pub section: Section,
    pub lines: Vec<&'a Line>,
}

/// The page cut into its preamble, its sections, and the lines after the
/// page's footer that are neither furniture nor a section.
#[derive(Debug, Default)]
pub(super) struct Page<'a> {
    pub preamble: Vec<&'a Line>,
    pub sections: Vec<PageSection<'a>>,
    pub after_footer: Vec<&'a Line>,
}

/// Splits the page into its preamble and its sections.
pub(super) fn split(all: &[Line]) -> Page<'_> {
    let mut page = Page::default();
    let mut in_footer = false;
    for (index, line) in all.iter().enumerate() {
        if is_footer(&line.text) {
            in_footer = true;
            continue;
        }
        if is_furniture(&line.text) {
            continue;
        }
        let current = page.sections.last().map(|s| s.section);
        if let Some(section) = section_of(&heading_text(&line.text))
            .or_else(|| typed_skills_section(all, index, current))
        {
            // A section after the footer: the copy went on past it.
            in_footer = false;
            page.sections.push(PageSection {
                section,
                lines: Vec::new(),
            });
            continue;
        }
        if in_footer {
            if !line.text.is_empty() {
                page.after_footer.push(line);
            }
            continue;
        }
        match page.sections.last_mut() {
            Some(section) => section.lines.push(line),
            None => page.preamble.push(line),
        }
    }
    page
}
