//! Reading the page: the preamble (title, summary, "At this role level,
//! you will:" bullets), then each section's rows of cells, then the rows
//! into components.

use super::lines::{Line, bullet, is_separator, lines, table_row};
use super::{Imported, NotAProfile};
use crate::profile::check::components::dangling_word;
use crate::profile::slug::slugify;
use crate::profile::{
    Background, Depth, DevelopmentComponent, Field, KnowledgeSkill, OrganisationSkill, Profile,
    Qualification, SkillType, WorkActivity,
};

/// A place in the output a person should look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub line: usize,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Background,
    WorkActivities,
    /// Knowledge/skills; with a type when the page splits them into
    /// "Behavioural Skills" and "Technical Skills" sections.
    KnowledgeSkills(Option<SkillType>),
    Training,
    Development,
    Qualifications,
    Organisation,
}

/// Where the lead-in to the responsibilities ("At this role level, you
/// will:", in any case, with or without the comma and colon) is in `text`:
/// the text before it and after it.
fn split_responsibilities(text: &str) -> Option<(&str, &str)> {
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
fn heading_text(text: &str) -> String {
    let bare = text
        .trim_start_matches('#')
        .trim()
        .trim_matches('*')
        .trim()
        .trim_end_matches(':');
    bare.replace(" / ", "/").to_lowercase()
}

fn section_of(text: &str) -> Option<Section> {
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
fn is_heading(text: &str) -> bool {
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
fn is_footer(text: &str) -> bool {
    text.starts_with("This job role profile was created")
}

/// Page furniture that can appear anywhere in a copy: skipped, and not
/// counted as a lost field.
fn is_furniture(text: &str) -> bool {
    text == "Give Feedback"
        || text.starts_with("The Occupational Architecture Project")
        || text.starts_with("If you would like to provide feedback")
}

/// A cell: its text (empty where the page lost a field) and line number.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Cell {
    text: String,
    line: usize,
}

/// A section's content: rows from a Markdown table, or a stream of cells
/// from plain text (an empty cell where two blank lines mark a lost field).
#[derive(Debug, Default)]
struct Body {
    rows: Vec<Vec<Cell>>,
    cells: Vec<Cell>,
    header: Vec<String>,
    /// Lines that are neither rows nor headings (markup left by a copy,
    /// text between table rows): reported, never read as fields.
    stray: Vec<(usize, String)>,
}

fn depth_of(text: &str) -> Option<Depth> {
    Depth::from_label(text)
}

fn skill_type_of(text: &str) -> Option<SkillType> {
    let lower = text.to_lowercase();
    if lower.starts_with("behavioural") {
        Some(SkillType::Behavioural)
    } else if lower.starts_with("technical") {
        Some(SkillType::Technical)
    } else if lower.starts_with("other") {
        Some(SkillType::Other)
    } else {
        None
    }
}

/// Markup a browser copy can leave behind (`<br/>`, `</div>`).
fn looks_like_markup(text: &str) -> bool {
    text.starts_with('<') && text.ends_with('>')
}

/// A short label without sentence punctuation: a background type.
fn looks_like_label(text: &str) -> bool {
    !text.is_empty()
        && text.split_whitespace().count() <= 6
        && !text.ends_with(['.', '!', '?', ','])
}

struct Reader {
    notes: Vec<Note>,
    unplaced: Vec<(usize, String)>,
}

impl Reader {
    fn note(&mut self, line: usize, message: impl Into<String>) {
        self.notes.push(Note {
            line,
            message: message.into(),
        });
    }

    /// Marks `text` inferred (and says so) when the page lost it, and
    /// truncated when it stops mid-sentence.
    fn check_text(
        &mut self,
        text: &str,
        line: usize,
        field: Field,
        what: &str,
        marks: (&mut Vec<Field>, &mut Vec<Field>),
    ) {
        let (inferred, truncated) = marks;
        if text.trim().is_empty() {
            inferred.push(field);
            self.note(
                line,
                format!("{what}: `{}` is lost in the page: supply it", field.name()),
            );
        } else if let Some(word) = dangling_word(text) {
            truncated.push(field);
            self.note(
                line,
                format!("{what}: `{}` ends on \"{word}\", cut off in the page; kept and marked truncated", field.name()),
            );
        }
    }
}

/// Splits the page into its preamble and its sections.
/// A "Behavioural Skills" / "Technical Skills" line that heads its own
/// table (the next line names columns), rather than a type cell.
///
/// Inside one Knowledge/Skills table such a line is a row's type cell,
/// unless a column header follows it; anywhere else it is a heading.
fn typed_skills_section(all: &[Line], index: usize, current: Option<Section>) -> Option<Section> {
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
type SectionLines<'a> = (Section, usize, Vec<&'a Line>);

/// The page cut into its preamble, its sections, and the lines after the
/// page's footer that are neither furniture nor a section.
type Split<'a> = (Vec<&'a Line>, Vec<SectionLines<'a>>, Vec<&'a Line>);

fn split(all: &[Line]) -> Split<'_> {
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

/// Whether a header cell names a column of a profile table.
fn is_column_name(cell: &str) -> bool {
    matches!(
        cell.to_lowercase().as_str(),
        "title" | "description" | "details" | "skill name and description"
    )
}

/// A Markdown table's lines with a row that wrapped onto more lines (a
/// line break inside a cell) joined back into one line, numbered by its
/// first line. Rows close with `|` when the table's first row does.
fn join_wrapped_rows(lines: &[&Line]) -> Vec<Line> {
    let first = lines
        .iter()
        .find(|l| l.cells.is_none() && l.text.contains('|'));
    let closed = first.is_some_and(|l| l.text.ends_with('|'));
    let filled = |text: &str| {
        table_row(text).map_or(0, |cells| cells.iter().filter(|c| !c.is_empty()).count())
    };
    let width = first.map_or(0, |l| filled(&l.text));
    let mut out: Vec<Line> = Vec::new();
    let mut open = false;
    for line in lines {
        // A blank line ends a row left open: it was not wrapped after all.
        if line.text.is_empty() {
            open = false;
        }
        // A line that holds a whole row of its own starts a new row; one
        // with fewer cells continues the open row.
        if open && width >= 2 && filled(&line.text) >= width {
            open = false;
        }
        if open {
            let row = out.last_mut().expect("an open row was pushed");
            row.text.push(' ');
            row.text.push_str(&line.text);
            open = !line.text.ends_with('|');
            continue;
        }
        open =
            closed && line.cells.is_none() && line.text.contains('|') && !line.text.ends_with('|');
        out.push((*line).clone());
    }
    out
}

/// How a section's rows are written when it is a table.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Table {
    Markdown,
    Tabs,
}

/// Whether a section is a table: tab-separated rows under a
/// tab-separated header, or nearly all lines tab rows (a tab inside a
/// plain field does not make a table); else Markdown rows.
fn table_kind(lines: &[&Line]) -> Option<Table> {
    let tab_header = lines.iter().any(|l| {
        l.cells
            .as_ref()
            .is_some_and(|cells| cells.iter().any(|c| is_column_name(c)))
    });
    let tab_rows = lines
        .iter()
        .filter(|l| l.cells.as_ref().is_some_and(|c| c.len() >= 2))
        .count();
    let content = lines
        .iter()
        .filter(|l| !l.text.is_empty() && !is_heading(&l.text))
        .count();
    // Or nearly every line is a tab row (compact rows copied with a tab
    // between title and details).
    // Under a tab header, any other line with a tab (even only a
    // trailing one, for a lost last cell) makes it a table; a header
    // copied with tabs over plain fields does not.
    let tabbed = lines.iter().filter(|l| l.raw.contains('\t')).count();
    if (tab_header && tabbed >= 2) || (tab_rows >= 2 && tab_rows * 5 >= content * 4) {
        return Some(Table::Tabs);
    }
    lines
        .iter()
        .filter(|l| l.cells.is_none() && table_row(&l.text).is_some_and(|c| c.len() >= 2))
        .nth(1)
        .map(|_| Table::Markdown)
}

/// The column names of a header line written with spaces ("Title Depth
/// Details Type"), for a table whose rows are tab-separated.
fn spaced_header(text: &str) -> Vec<String> {
    let lower = text
        .to_lowercase()
        .replace("awarding body", "awarding\u{0}body")
        .replace(
            "skill name and description",
            "skill\u{0}name\u{0}and\u{0}description",
        );
    lower
        .split_whitespace()
        .map(|w| w.replace('\u{0}', " "))
        .collect()
}

/// Reads a section's lines into table rows or plain cells.
fn body(lines: &[&Line]) -> Body {
    let mut body = Body::default();
    if let Some(table) = table_kind(lines) {
        let tab_table = table == Table::Tabs;
        let joined = if tab_table {
            lines.iter().map(|l| (*l).clone()).collect()
        } else {
            join_wrapped_rows(lines)
        };
        // Whether rows start with a border `|` (then the first split cell
        // is not a cell): as the header row does.
        let mut bordered = false;
        let mut seen_row = false;
        for line in &joined {
            // In a tab table every line of text is a row (its cells
            // around the text empty where a tab stands before or after).
            let cells = if tab_table {
                (!line.text.is_empty() && !is_heading(&line.text)).then(|| line.tab_cells())
            } else {
                table_row(&line.text)
            };
            let Some(mut cells) = cells else {
                if is_heading(&line.text) {
                    if body.header.is_empty() && tab_table {
                        body.header = spaced_header(&line.text);
                    }
                } else if !line.text.is_empty() {
                    body.stray.push((line.number, line.text.clone()));
                }
                continue;
            };
            // The first row of the table (its header, or its first row
            // when it has none) says whether rows carry a border.
            if !seen_row {
                seen_row = true;
                bordered = !tab_table
                    && cells.first().is_some_and(String::is_empty)
                    && cells.iter().skip(1).any(|c| !c.is_empty());
            }
            if bordered && cells.first().is_some_and(String::is_empty) {
                cells.remove(0);
            }
            if is_separator(&cells) || cells.iter().all(String::is_empty) {
                continue;
            }
            let lowered: Vec<String> = cells.iter().map(|c| c.to_lowercase()).collect();
            if body.header.is_empty() && lowered.iter().any(|c| is_column_name(c)) {
                body.header = lowered;
                continue;
            }
            body.rows.push(
                cells
                    .into_iter()
                    .map(|text| Cell {
                        text,
                        line: line.number,
                    })
                    .collect(),
            );
        }
        return body;
    }
    let mut blanks = 0usize;
    let mut started = false;
    for line in lines {
        if line.text.is_empty() {
            blanks += 1;
            continue;
        }
        // A column header copied with tabs over plain fields.
        if is_heading(&line.text.replace('\t', " ")) {
            blanks = 0;
            started = true;
            continue;
        }
        if looks_like_markup(&line.text) {
            // As if the line (and the blank line that sets it apart) were
            // not there.
            body.stray.push((line.number, line.text.clone()));
            blanks = blanks.saturating_sub(1);
            continue;
        }
        if started || !body.cells.is_empty() {
            // One blank line separates fields; each further one stands for
            // a field the page lost.
            for _ in 1..blanks {
                body.cells.push(Cell {
                    text: String::new(),
                    line: line.number,
                });
            }
        }
        started = true;
        blanks = 0;
        body.cells.push(Cell {
            text: line.text.clone(),
            line: line.number,
        });
    }
    // Empty cells between the last field and the next section belong to
    // the last row.
    for _ in 1..blanks {
        let line = body.cells.last().map_or(0, |c| c.line);
        body.cells.push(Cell {
            text: String::new(),
            line,
        });
    }
    body
}

/// Words that stay lower-case inside a Title Case title.
const SMALL_WORDS: [&str; 12] = [
    "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the",
];

fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Where the details start in "Title Details..." written on one line.
enum TitleSplit {
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
fn split_title(text: &str) -> TitleSplit {
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
fn looks_compact(text: &str) -> bool {
    text.split_whitespace().count() > 6 || text.ends_with(['.', '!', '?'])
}

/// Whether a section's plain cells are compact rows (title and details on
/// one line): nearly all of them are. A plain section is about half bare
/// titles; a compact one may have a row that lost its details.
fn is_compact(cells: &[Cell], compact: Compact) -> bool {
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

const DEPTH_PHRASES: [&str; 4] = [
    " Aware of ",
    " Familiar with ",
    " Proficient in ",
    " Expert in ",
];
const TYPE_SUFFIXES: [&str; 3] = [
    "Behavioural Skills",
    "Technical Knowledge and Skills",
    "Other Knowledge and Skills",
];

/// What a compact row holds besides its title and details.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Compact {
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
fn expand_compact(cells: Vec<Cell>, compact: Compact, reader: &mut Reader) -> Vec<Cell> {
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

/// The plain cell stream, cut into rows of `width`. A last row made only
/// of empty cells is dropped; a last row with too few cells is reported
/// as unplaced rather than guessed at.
fn fixed_rows(cells: &[Cell], width: usize, reader: &mut Reader) -> Vec<Vec<Cell>> {
    let mut rows: Vec<Vec<Cell>> = cells.chunks(width).map(<[Cell]>::to_vec).collect();
    if rows
        .last()
        .is_some_and(|row| row.iter().all(|c| c.text.is_empty()))
    {
        rows.pop();
    }
    if rows.last().is_some_and(|row| row.len() < width) {
        for cell in rows.pop().unwrap_or_default() {
            if !cell.text.is_empty() {
                reader.unplaced.push((cell.line, cell.text));
            }
        }
    }
    rows
}
/// Puts a table's cells in the order `columns` names them, when its header
/// names them all in another order ("Details | Title |"). A cell beyond
/// those columns is listed as unplaced, not dropped.
fn in_column_order(body: &mut Body, columns: &[&str], reader: &mut Reader) {
    let positions = columns
        .iter()
        .map(|name| body.header.iter().position(|h| h == name))
        .collect::<Option<Vec<usize>>>()
        .unwrap_or_else(|| (0..columns.len()).collect());
    for row in &mut body.rows {
        let line = row.first().map_or(0, |c| c.line);
        for (i, cell) in row.iter().enumerate() {
            if !positions.contains(&i) && !cell.text.is_empty() {
                reader.unplaced.push((cell.line, cell.text.clone()));
            }
        }
        *row = positions
            .iter()
            .map(|p| {
                row.get(*p).cloned().unwrap_or(Cell {
                    text: String::new(),
                    line,
                })
            })
            .collect();
    }
}

/// A section's lines as table rows in a known column order, or as the
/// cells of a plain page (compact rows expanded); sets `compact_page`
/// when the section came as compact rows.
fn section_body(
    section: Section,
    lines: &[&Line],
    compact_page: &mut bool,
    reader: &mut Reader,
) -> Body {
    let mut body = body(lines);
    reader.unplaced.append(&mut body.stray);
    match section {
        Section::WorkActivities | Section::Training | Section::Development => {
            in_column_order(&mut body, &["title", "details"], reader);
        }
        Section::Qualifications => {
            in_column_order(&mut body, &["title", "awarding body"], reader);
        }
        _ => {}
    }
    let compact = match section {
        Section::WorkActivities | Section::Training | Section::Development => Some(Compact::Plain),
        Section::KnowledgeSkills(None) => Some(Compact::Skills),
        Section::KnowledgeSkills(Some(_)) => Some(Compact::TypedSkills),
        _ => None,
    };
    if let Some(compact) = compact
        && body.rows.is_empty()
        && is_compact(&body.cells, compact)
    {
        body.cells = expand_compact(std::mem::take(&mut body.cells), compact, reader);
        *compact_page = true;
    }
    body
}

/// Imports the text of a job-profile page.
///
/// # Errors
/// [`NotAProfile`] when the text has none of a profile's sections.
pub fn import(input: &str, id: Option<&str>) -> Result<Imported, NotAProfile> {
    let all = lines(input);
    let (preamble, sections, after_footer) = split(&all);
    if sections.len() < 2
        && !all
            .iter()
            .any(|l| split_responsibilities(&l.text).is_some())
    {
        return Err(NotAProfile(
            "this does not look like a job-profile page: none of its sections (Background Components, Knowledge/Skills Components, Organisation Skills, ...) was found".to_owned(),
        ));
    }
    let mut reader = Reader {
        notes: Vec::new(),
        unplaced: Vec::new(),
    };
    let mut profile = Profile::default();
    reader.unplaced.extend(
        after_footer
            .into_iter()
            .map(|line| (line.number, line.text.clone())),
    );
    read_preamble(&preamble, &mut profile, &mut reader);
    // Whether the page was copied as compact rows: then its qualifications
    // are a line each too.
    let mut compact_page = false;
    for (section, line, lines) in sections {
        let body = section_body(section, &lines, &mut compact_page, &mut reader);
        match section {
            Section::Background => profile.background.extend(background(body, &mut reader)),
            Section::WorkActivities => profile
                .work_activities
                .extend(activities(body, &mut reader)),
            Section::KnowledgeSkills(kind) => {
                let offset = profile.knowledge_skills.len();
                profile
                    .knowledge_skills
                    .extend(skills(body, kind, offset, &mut reader));
            }
            Section::Training => {
                profile
                    .training
                    .extend(development(body, "training component", &mut reader));
            }
            Section::Development => profile.development_activities.extend(development(
                body,
                "PDA component",
                &mut reader,
            )),
            Section::Qualifications => {
                profile
                    .qualifications
                    .extend(qualifications(body, compact_page, &mut reader));
            }
            Section::Organisation => {
                profile
                    .organisation_skills
                    .extend(organisation(body, line, &mut reader));
            }
        }
    }
    let items = profile.background.len()
        + profile.work_activities.len()
        + profile.knowledge_skills.len()
        + profile.organisation_skills.len()
        + profile.training.len()
        + profile.development_activities.len()
        + profile.qualifications.len();
    if items == 0 {
        return Err(NotAProfile(
            "it has a job-profile page's headings but no items under any of them".to_owned(),
        ));
    }
    profile.id = id.map_or_else(|| slugify(&profile.title), str::to_owned);
    reader.unplaced.sort_by_key(|(line, _)| *line);
    Ok(Imported {
        profile,
        notes: reader.notes,
        unplaced: reader.unplaced,
    })
}

/// A line of site navigation: a breadcrumb trail, or one of the links a
/// page header carries.
fn looks_like_navigation(text: &str) -> bool {
    [" » ", " > ", " › "].iter().any(|s| text.contains(s))
        || LINKS.contains(&text.trim().to_lowercase().as_str())
}

/// Links a page header carries, copied along with the page.
const LINKS: [&str; 10] = [
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

fn read_preamble(preamble: &[&Line], profile: &mut Profile, reader: &mut Reader) {
    let content: Vec<&Line> = preamble
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
        reader.unplaced.push((first.number, first.text.clone()));
        breadcrumb = Some(*first);
        rest = &rest[1..];
    }
    // The page title, unless the copy starts straight with the summary.
    if let Some(first) = rest.first()
        && !first.text.ends_with('.')
        && split_responsibilities(&first.text).is_none()
        && first.text.split_whitespace().count() <= 12
    {
        profile.title.clone_from(&first.text);
        rest = &rest[1..];
    }
    let mut summary = Vec::new();
    let mut in_bullets = false;
    let mut marked = false;
    for line in rest {
        let text = line.text.as_str();
        if let Some((before, after)) = split_responsibilities(text) {
            if !before.trim().is_empty() {
                summary.push(before.trim().to_owned());
            }
            in_bullets = true;
            marked = after.contains('•');
            push_bullets(after, &mut profile.responsibilities);
            continue;
        }
        if in_bullets {
            // Once the list uses markers, an unmarked line after it is
            // not one of its items (page furniture such as "Print").
            if marked && bullet(text).is_none() && !text.contains('•') {
                reader.unplaced.push((line.number, text.to_owned()));
                continue;
            }
            marked |= bullet(text).is_some() || text.contains('•');
            push_bullets(text, &mut profile.responsibilities);
        } else {
            summary.push(text.to_owned());
        }
    }
    profile.summary = summary.join(" ");
    // No title after the navigation: the last line taken for navigation
    // may have been the title ("Senior DevOps Engineer > Management").
    if profile.title.is_empty()
        && let Some(line) = breadcrumb
        && !LINKS.contains(&line.text.to_lowercase().as_str())
    {
        profile.title.clone_from(&line.text);
        reader.unplaced.retain(|(number, _)| *number != line.number);
        reader.note(
            line.number,
            format!(
                "the title is taken from `{}`, which looks like site navigation; check it",
                line.text
            ),
        );
    }
    if profile.title.is_empty() {
        "<role title>".clone_into(&mut profile.title);
        reader.note(
            content.first().map_or(1, |l| l.number),
            "the page has no title line: replace `<role title>` (and give --id)",
        );
    }
}

/// Adds the bullets in `text`: one per line, or several run together
/// with `•` between them.
fn push_bullets(text: &str, out: &mut Vec<String>) {
    for part in text.split('•') {
        let part = bullet(part.trim()).unwrap_or(part.trim());
        if !part.is_empty() {
            out.push(part.to_owned());
        }
    }
}

fn background(body: Body, reader: &mut Reader) -> Vec<Background> {
    let mut out = Vec::new();
    if !body.rows.is_empty() {
        for row in body.rows {
            let text = cell_text(&row, 0);
            let kind = cell_text(&row, 1);
            out.push(Background {
                kind,
                text,
                inferred: Vec::new(),
                truncated: Vec::new(),
            });
        }
        return out;
    }
    let mut paragraphs: Vec<Cell> = Vec::new();
    for cell in body.cells {
        if cell.text.is_empty() {
            continue;
        }
        if looks_like_label(&cell.text) && !paragraphs.is_empty() {
            out.push(Background {
                kind: cell.text,
                text: paragraphs
                    .iter()
                    .map(|c| c.text.as_str())
                    .collect::<Vec<_>>()
                    .join("\n\n"),
                inferred: Vec::new(),
                truncated: Vec::new(),
            });
            paragraphs.clear();
        } else {
            paragraphs.push(cell);
        }
    }
    for cell in paragraphs {
        reader.unplaced.push((cell.line, cell.text));
    }
    out
}

/// Splits "Title (PROG)(Level 5)" and its variants into the title, the
/// SFIA code and the level.
fn sfia_tag(title: &str) -> (String, Option<String>, Option<u8>) {
    let is_code = |w: &str| w.len() == 4 && w.chars().all(|c| c.is_ascii_uppercase());
    // "Level 5", "level5", "Lvl 5", "L5": the number of a level.
    let level_of = |text: &str| -> Option<u8> {
        let lower = text.to_lowercase();
        let rest = ["level", "lvl", "l"]
            .iter()
            .find_map(|p| lower.strip_prefix(p))?
            .trim();
        (!rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()))
            .then(|| rest.parse().ok())
            .flatten()
    };
    let mut clean = title.trim_end().to_owned();
    let mut level = None;
    let mut code = None;
    // Trailing groups, last first: "(PROG)(Level 5)", "(OFCL) (level 5)",
    // "(PROG Level 5)", "(L5)". A group that is neither stops the search.
    while clean.ends_with(')')
        && let Some(start) = clean.rfind('(')
    {
        let inner = clean[start + 1..clean.len() - 1].trim().to_owned();
        let (head, tail) = inner.split_once(' ').unwrap_or((&inner, ""));
        let (found_code, found_level) = if let Some(l) = level_of(&inner) {
            (None, Some(l))
        } else if is_code(&inner) {
            (Some(inner.clone()), None)
        } else if head.len() == 4
            && head.chars().all(|c| c.is_ascii_alphabetic())
            && level_of(tail).is_some()
        {
            // With a level after it, a code may be written in lower case.
            (Some(head.to_ascii_uppercase()), level_of(tail))
        } else {
            break;
        };
        if (found_code.is_some() && code.is_some()) || (found_level.is_some() && level.is_some()) {
            break;
        }
        code = code.or(found_code);
        level = level.or(found_level);
        clean.truncate(start);
        clean.truncate(clean.trim_end().len());
    }
    // A bare code before the level: "Reviews and monitors PROG (Level 5)".
    if level.is_some()
        && code.is_none()
        && let Some((head, last)) = clean.rsplit_once(' ')
        && is_code(last)
    {
        code = Some(last.to_owned());
        clean = head.trim_end().to_owned();
    }
    (clean, code, level)
}

/// A title/details (or title/awarding body) section's rows: its table
/// rows, or its plain cells in pairs.
fn two_column_rows(body: Body, reader: &mut Reader) -> Vec<Vec<Cell>> {
    if body.rows.is_empty() {
        fixed_rows(&body.cells, 2, reader)
    } else {
        body.rows
    }
}

/// The text of a row's `index`th cell; empty when the row is short.
fn cell_text(row: &[Cell], index: usize) -> String {
    row.get(index).map_or(String::new(), |c| c.text.clone())
}

fn activities(body: Body, reader: &mut Reader) -> Vec<WorkActivity> {
    let rows = two_column_rows(body, reader);
    rows.into_iter()
        .enumerate()
        .map(|(index, row)| {
            let line = row.first().map_or(0, |c| c.line);
            let (title, sfia_code, sfia_level) =
                sfia_tag(row.first().map_or("", |c| c.text.as_str()));
            let details = cell_text(&row, 1);
            let mut activity = WorkActivity {
                id: String::new(),
                title,
                details,
                sfia_code,
                sfia_level,
                inferred: Vec::new(),
                truncated: Vec::new(),
            };
            let what = format!("work activity {}", index + 1);
            if let Some(level) = activity.sfia_level.filter(|l| !(1..=7).contains(l)) {
                reader.note(
                    line,
                    format!("{what}: SFIA level {level} is outside SFIA's levels 1 to 7; check `sfia_level`"),
                );
            }
            lost_title(
                &mut activity.title,
                &mut activity.inferred,
                line,
                &what,
                reader,
            );
            reader.check_text(
                &activity.details,
                line,
                Field::Details,
                &what,
                (&mut activity.inferred, &mut activity.truncated),
            );
            activity
        })
        .collect()
}

/// Says so when a row's title reads like a sentence: the fields of the
/// section have most likely shifted (a stray or lost line above).
fn check_alignment(title: &str, line: usize, what: &str, reader: &mut Reader) {
    if title.split_whitespace().count() > 12 || title.ends_with(['.', '!', '?']) {
        reader.note(
            line,
            format!("{what}: the title reads like a sentence; the fields may have shifted here, check this section"),
        );
    }
}

fn lost_title(
    title: &mut String,
    inferred: &mut Vec<Field>,
    line: usize,
    what: &str,
    reader: &mut Reader,
) {
    if title.trim().is_empty() {
        title.clear();
        inferred.push(Field::Title);
        reader.note(
            line,
            format!("{what} has no title in the page: supply the name it is known by"),
        );
    }
}

/// Knowledge/skills rows: title, depth (only when set), details, type.
type SkillRow = (Cell, Option<Cell>, Cell, Option<Cell>);

/// Knowledge/skills rows, and cells left over that make no whole row.
/// A table row with fewer cells than its header has columns: which cell
/// was lost is unknown, so each is placed by what it says (a depth, a
/// type, long details, else the title) and the row is reported.
fn short_skill_row(row: &[Cell], short_rows: &mut Vec<usize>) -> SkillRow {
    let line = row.first().map_or(0, |c| c.line);
    short_rows.push(line);
    let empty = || Cell {
        text: String::new(),
        line,
    };
    let mut depth = None;
    let mut kind = None;
    let mut rest = Vec::new();
    for cell in row.iter().filter(|c| !c.text.is_empty()) {
        if depth.is_none() && depth_of(&cell.text).is_some() {
            depth = Some(cell.clone());
        } else if kind.is_none()
            && skill_type_of(&cell.text).is_some()
            && (TYPE_SUFFIXES.contains(&cell.text.as_str()) || !cell.text.contains(' '))
        {
            kind = Some(cell.clone());
        } else {
            rest.push(cell.clone());
        }
    }
    let (title, details) = match rest.len() {
        0 => (empty(), empty()),
        1 if looks_compact(&rest[0].text) => (empty(), rest.remove(0)),
        1 => (rest.remove(0), empty()),
        _ => {
            let title = rest.remove(0);
            let text = rest
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            (title, Cell { text, line })
        }
    };
    (title, depth, details, Some(kind.unwrap_or_else(empty)))
}

fn skill_rows(
    body: Body,
    typed: bool,
    leftover: &mut Vec<(usize, String)>,
    lost_depth: &mut Vec<usize>,
    short_rows: &mut Vec<usize>,
) -> Vec<SkillRow> {
    if !body.rows.is_empty() {
        let column = |name: &str| body.header.iter().position(|h| h == name);
        let (title, depth, details, kind) = (
            column("title").unwrap_or(0),
            column("depth"),
            column("details").unwrap_or(1),
            column("type"),
        );
        let width = body.header.len().max(2);
        return body
            .rows
            .into_iter()
            .map(|row| {
                for cell in row.iter().skip(width).filter(|c| !c.text.is_empty()) {
                    leftover.push((cell.line, cell.text.clone()));
                }
                if row.len() < width {
                    return short_skill_row(&row, short_rows);
                }
                let get = |i: usize| {
                    row.get(i).cloned().unwrap_or(Cell {
                        text: String::new(),
                        line: row[0].line,
                    })
                };
                (
                    get(title),
                    depth.map(get).filter(|c| !c.text.is_empty()),
                    get(details),
                    kind.map(get),
                )
            })
            .collect();
    }
    let cells = body.cells;
    let mut rows = Vec::new();
    let mut i = 0;
    while i < cells.len() {
        let title = cells[i].clone();
        i += 1;
        let depth = cells
            .get(i)
            .filter(|c| depth_of(&c.text).is_some())
            .cloned();
        if depth.is_some() {
            i += 1;
        } else if !typed
            && cells.get(i).is_some_and(|c| c.text.is_empty())
            && cells
                .get(i + 1)
                .is_some_and(|c| c.text.split_whitespace().count() > 3)
            && cells.get(i + 2).is_some_and(|c| {
                skill_type_of(&c.text).is_some_and(|k| k != SkillType::Behavioural)
            })
        {
            // An empty cell between the title and long details, in a row
            // whose type has depths: the depth line was lost.
            lost_depth.push(cells[i].line);
            i += 1;
        }
        let Some(details) = cells.get(i).cloned() else {
            // A title (and depth) with nothing after it: not a whole row.
            for cell in [Some(title), depth].into_iter().flatten() {
                if !cell.text.is_empty() {
                    leftover.push((cell.line, cell.text));
                }
            }
            break;
        };
        i += 1;
        // Some pages put the depth after the details.
        let depth = depth.or_else(|| {
            let after = cells
                .get(i)
                .filter(|c| depth_of(&c.text).is_some())
                .cloned();
            if after.is_some() {
                i += 1;
            }
            after
        });
        // An empty cell here is a lost type line, unless the section itself
        // gives the type (then it is the next row's lost title).
        let kind = cells
            .get(i)
            .filter(|c| (c.text.is_empty() && !typed) || skill_type_of(&c.text).is_some())
            .cloned();
        if kind.is_some() {
            i += 1;
        }
        rows.push((title, depth, details, kind));
    }
    rows
}

fn skills(
    body: Body,
    section_kind: Option<SkillType>,
    offset: usize,
    reader: &mut Reader,
) -> Vec<KnowledgeSkill> {
    let mut lost_depth = Vec::new();
    let mut short_rows = Vec::new();
    let rows = skill_rows(
        body,
        section_kind.is_some(),
        &mut reader.unplaced,
        &mut lost_depth,
        &mut short_rows,
    );
    for line in short_rows {
        reader.note(
            line,
            "a knowledge/skill row has fewer cells than the table has columns: its cells were placed by what they say; check its title, depth, details and type",
        );
    }
    for line in lost_depth {
        reader.note(
            line,
            "a knowledge/skill lost its depth line in the page: it has no required depth now; set `depth` if it should",
        );
    }
    let kinds: Vec<Option<SkillType>> = rows
        .iter()
        .map(|(_, _, _, kind)| {
            kind.as_ref()
                .and_then(|c| skill_type_of(&c.text))
                .or(section_kind)
        })
        .collect();
    rows.into_iter()
        .enumerate()
        .map(|(index, (title, depth, details, _))| {
            let what = format!("knowledge/skill {}", offset + index + 1);
            check_alignment(&title.text, details.line, &what, reader);
            let mut inferred = Vec::new();
            let mut title_text = title.text.clone();
            lost_title(&mut title_text, &mut inferred, details.line, &what, reader);
            let kind = kinds[index].unwrap_or_else(|| {
                // The type line is lost: its neighbours, in a table grouped
                // by type, say what it is.
                let before = kinds[..index].iter().rev().find_map(|k| *k);
                let after = kinds[index + 1..].iter().find_map(|k| *k);
                let guess = before.or(after).unwrap_or(SkillType::Other);
                inferred.push(Field::Type);
                reader.note(
                    details.line,
                    format!("{what} has no type line in the page: set to `{}` from the items around it; check it", match guess {
                        SkillType::Behavioural => "behavioural",
                        SkillType::Technical => "technical",
                        SkillType::Other => "other",
                    }),
                );
                guess
            });
            let mut truncated = Vec::new();
            reader.check_text(
                &details.text,
                details.line,
                Field::Details,
                &what,
                (&mut inferred, &mut truncated),
            );
            KnowledgeSkill {
                id: String::new(),
                title: title_text,
                depth: depth.and_then(|d| depth_of(&d.text)),
                kind,
                details: details.text,
                inferred,
                truncated,
            }
        })
        .collect()
}

fn development(body: Body, what: &str, reader: &mut Reader) -> Vec<DevelopmentComponent> {
    let rows = two_column_rows(body, reader);
    rows.into_iter()
        .enumerate()
        .map(|(index, row)| {
            let line = row.first().map_or(0, |c| c.line);
            let label = format!("{what} {}", index + 1);
            let mut component = DevelopmentComponent {
                id: String::new(),
                title: cell_text(&row, 0),
                details: cell_text(&row, 1),
                develops: Vec::new(),
                inferred: Vec::new(),
                truncated: Vec::new(),
            };
            lost_title(
                &mut component.title,
                &mut component.inferred,
                line,
                &label,
                reader,
            );
            reader.check_text(
                &component.details,
                line,
                Field::Details,
                &label,
                (&mut component.inferred, &mut component.truncated),
            );
            component
        })
        .collect()
}

/// Where an awarding body written after a qualification's title starts:
/// at an acronym followed by a dash (`... (RITTech) BCS – The Chartered
/// Institute for IT`). `None` when the line shows no such place.
fn split_awarding_body(text: &str) -> (String, Option<String>) {
    let words: Vec<&str> = text.split(' ').collect();
    for k in 0..words.len().saturating_sub(2) {
        // "BCS – The Chartered Institute for IT": a body's name after the
        // dash, not a qualification's ("PRINCE2 – Practitioner").
        if is_acronym(words[k]) && matches!(words[k + 1], "–" | "-") && words[k + 2] == "The" {
            return (words[..k].join(" "), Some(words[k..].join(" ")));
        }
    }
    (text.to_owned(), None)
}

/// Qualifications on a page copied as compact rows: a line each, with the
/// awarding body at its end or on a line of its own after it.
fn compact_qualification_rows(cells: Vec<Cell>) -> Vec<Vec<Cell>> {
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for cell in cells.into_iter().filter(|c| !c.text.is_empty()) {
        let line = cell.line;
        let (title, body) = split_awarding_body(&cell.text);
        if title.is_empty()
            && let Some(last) = rows.last_mut()
            && last.len() == 1
        {
            last.push(Cell {
                text: body.unwrap_or_default(),
                line,
            });
            continue;
        }
        let mut row = vec![Cell { text: title, line }];
        row.extend(body.map(|text| Cell { text, line }));
        rows.push(row);
    }
    rows
}

fn qualifications(body: Body, compact: bool, reader: &mut Reader) -> Vec<Qualification> {
    let rows = if !body.rows.is_empty() {
        body.rows
    } else if compact {
        compact_qualification_rows(body.cells)
    } else {
        fixed_rows(&body.cells, 2, reader)
    };
    rows.into_iter()
        .enumerate()
        .map(|(index, row)| {
            let line = row.first().map_or(0, |c| c.line);
            let label = format!("qualification {}", index + 1);
            let mut q = Qualification {
                id: String::new(),
                title: cell_text(&row, 0),
                awarding_body: row.get(1).map(|c| c.text.clone()).filter(|t| !t.is_empty()),
                develops: Vec::new(),
                inferred: Vec::new(),
                truncated: Vec::new(),
            };
            lost_title(&mut q.title, &mut q.inferred, line, &label, reader);
            if q.awarding_body.is_none() {
                q.inferred.push(Field::AwardingBody);
                reader.note(
                    line,
                    format!(
                        "{label} (`{}`) has no awarding body in the page: supply it{}",
                        q.title,
                        if compact {
                            " (if the title ends with it, move it to `awarding_body`)"
                        } else {
                            ""
                        }
                    ),
                );
            }
            q
        })
        .collect()
}

/// The name of an organisation skill, "Category – Title", cut from the
/// start of `text` when the details follow it on the same line.
fn split_named(text: &str) -> Option<(String, String)> {
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
        TitleSplit::Clear(title, details) | TitleSplit::Acronym(title, details)
            if details.split_whitespace().count() >= 5 =>
        {
            Some((format!("{category} – {title}"), details))
        }
        _ => None,
    }
}

/// Organisation skills copied as compact rows ("DDaT » Software
/// Development Software Development – Prototyping You can apply...",
/// "3 – Practitioner You can approach...") cut into the five cells a
/// plain page has. Cells that are already one field pass through.
fn expand_organisation(cells: Vec<Cell>, reader: &mut Reader) -> Vec<Cell> {
    let mut out: Vec<Cell> = Vec::new();
    // The framework of the row above, for a compact row that starts with
    // its name: "Software Development – Prototyping You can...".
    let mut framework_above = String::new();
    for cell in cells {
        let line = cell.line;
        let mut push = |text: String| out.push(Cell { text, line });
        let mut text = cell.text;
        if let Some((framework, after)) = text.split_once('»') {
            // The category, then the name that repeats it.
            let dash = after.find(" – ").or_else(|| after.find(" - "));
            let Some(dash) = dash else {
                push(text);
                continue;
            };
            let words: Vec<&str> = after[..dash].split_whitespace().collect();
            let half = words.len() / 2;
            if !words.len().is_multiple_of(2) || words[..half] != words[half..] {
                push(text);
                continue;
            }
            let category = words[..half].join(" ");
            framework.trim().clone_into(&mut framework_above);
            push(format!("{} » {category}", framework.trim()));
            text = format!("{category}{}", &after[dash..]);
            match split_named(&text) {
                Some((name, details)) => {
                    push(name);
                    push(details);
                }
                None => push(text),
            }
            continue;
        }
        let level = text
            .split_once(" – ")
            .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        let split = if level {
            match split_title(&text) {
                TitleSplit::Clear(level, details) | TitleSplit::Acronym(level, details)
                    if details.split_whitespace().count() >= 5 =>
                {
                    Some((level, details))
                }
                _ => None,
            }
        } else {
            split_named(&text)
        };
        let starts_row = out.last().is_none_or(|c| !c.text.contains('»'));
        if !level
            && starts_row
            && !framework_above.is_empty()
            && let Some((name, _)) = &split
            && let Some((category, _)) = name.split_once(" – ")
        {
            // The place is not repeated on this row: the row above's
            // framework with this row's category.
            reader.note(
                line,
                format!("organisation skill `{name}` has no framework line: `{framework_above}` is taken from the row above; check it"),
            );
            out.push(Cell {
                text: format!("{framework_above} » {category}"),
                line,
            });
        }
        match split {
            Some((first, second)) => {
                out.push(Cell { text: first, line });
                out.push(Cell { text: second, line });
            }
            None => out.push(Cell { text, line }),
        }
    }
    out
}

fn organisation(body: Body, section_line: usize, reader: &mut Reader) -> Vec<OrganisationSkill> {
    let rows = if body.rows.is_empty() {
        fixed_rows(&expand_organisation(body.cells, reader), 5, reader)
    } else {
        body.rows
    };
    let mut out = Vec::new();
    for (index, row) in rows.into_iter().enumerate() {
        for cell in row.iter().skip(5).filter(|c| !c.text.is_empty()) {
            reader.unplaced.push((cell.line, cell.text.clone()));
        }
        let text = |i: usize| cell_text(&row, i);
        let line = row.first().map_or(section_line, |c| c.line);
        let label = format!("organisation skill {}", index + 1);
        let place = text(0);
        let (framework, category) = place
            .split_once('»')
            .map_or((place.clone(), String::new()), |(f, c)| {
                (f.trim().to_owned(), c.trim().to_owned())
            });
        let name = text(1);
        // "Software Development – Systems design": the category repeats.
        let title = name
            .strip_prefix(&format!("{category} – "))
            .or_else(|| name.strip_prefix(&format!("{category} - ")))
            .unwrap_or(&name)
            .to_owned();
        let level_text = text(3);
        let level: u8 = level_text
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .unwrap_or(0);
        if level == 0 {
            reader.note(
                line,
                if level_text.is_empty() {
                    format!("{label}: its level is lost in the page; set `level`")
                } else {
                    format!("{label}: no level number in `{level_text}`; set `level`")
                },
            );
        }
        let mut skill = OrganisationSkill {
            id: String::new(),
            framework,
            category,
            title,
            description: text(2),
            level,
            level_description: text(4),
            inferred: Vec::new(),
            truncated: Vec::new(),
        };
        lost_title(&mut skill.title, &mut skill.inferred, line, &label, reader);
        reader.check_text(
            &skill.description,
            line,
            Field::Description,
            &label,
            (&mut skill.inferred, &mut skill.truncated),
        );
        reader.check_text(
            &skill.level_description,
            line,
            Field::LevelDescription,
            &label,
            (&mut skill.inferred, &mut skill.truncated),
        );
        out.push(skill);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{TitleSplit, sfia_tag, split_named, split_title};

    #[test]
    fn sfia_tags_come_off_the_title_in_every_spelling() {
        for (raw, title, code, level) in [
            (
                "Programming (PROG)(Level 5)",
                "Programming",
                Some("PROG"),
                Some(5),
            ),
            (
                "Programming (PROG)(Level2)",
                "Programming",
                Some("PROG"),
                Some(2),
            ),
            (
                "Reviews and monitors PROG (Level 5)",
                "Reviews and monitors",
                Some("PROG"),
                Some(5),
            ),
            ("Testing (OFCL) (level 5)", "Testing", Some("OFCL"), Some(5)),
            (
                "Barriers and impediments (Level 2)",
                "Barriers and impediments",
                None,
                Some(2),
            ),
            ("Team dynamics", "Team dynamics", None, None),
            (
                "Programming (PROG Level 5)",
                "Programming",
                Some("PROG"),
                Some(5),
            ),
            (
                "Programming (PROG) (L4)",
                "Programming",
                Some("PROG"),
                Some(4),
            ),
            ("Testing (lvl 3)", "Testing", None, Some(3)),
            ("Workshop (prog level 4)", "Workshop", Some("PROG"), Some(4)),
            ("Beta (beta)", "Beta (beta)", None, None),
            // Not a tag: the text stays in the title.
            ("Testing (Level )", "Testing (Level )", None, None),
            ("Single sign-on (SSO)", "Single sign-on (SSO)", None, None),
            (
                "Build (Level 5) (Level 6)",
                "Build (Level 5)",
                None,
                Some(6),
            ),
        ] {
            let (t, c, l) = sfia_tag(raw);
            assert_eq!((t.as_str(), c.as_deref(), l), (title, code, level), "{raw}");
        }
    }

    fn split(text: &str) -> (&'static str, String, String) {
        match split_title(text) {
            TitleSplit::Clear(t, d) => ("clear", t, d),
            TitleSplit::Acronym(t, d) => ("acronym", t, d),
            TitleSplit::None(d) => ("none", String::new(), d),
        }
    }

    #[test]
    fn compact_titles_end_where_the_details_sentence_starts() {
        for (row, how, title) in [
            (
                "Configuration Management The discipline that gives control",
                "clear",
                "Configuration Management",
            ),
            (
                "Application Systems Technical or functional understanding",
                "clear",
                "Application Systems",
            ),
            (
                "Operational/Service Architecture Knowledge of the IT/IS infrastructure",
                "clear",
                "Operational/Service Architecture",
            ),
            (
                "Gaining Knowledge of IT Concepts and Techniques Undertaking study",
                "clear",
                "Gaining Knowledge of IT Concepts and Techniques",
            ),
            (
                "Security Awareness IT security for everyone",
                "acronym",
                "Security Awareness",
            ),
            (
                "Taking innovative approaches to problem solving.",
                "none",
                "",
            ),
        ] {
            let (got_how, got_title, details) = split(row);
            assert_eq!((got_how, got_title.as_str()), (how, title), "{row}");
            assert_eq!(
                format!("{got_title} {details}").trim(),
                row,
                "nothing lost: {row}"
            );
        }
    }

    #[test]
    fn an_organisation_skill_name_comes_off_its_description_only_after_a_category() {
        assert_eq!(
            split_named(
                "Software Development – Prototyping You can apply technical knowledge to prototypes."
            ),
            Some((
                "Software Development – Prototyping".to_owned(),
                "You can apply technical knowledge to prototypes.".to_owned()
            ))
        );
        assert_eq!(split_named("Software Development – Service support"), None);
        assert_eq!(
            split_named(
                "You can maintain services – and You can fix the faults users report to you."
            ),
            None
        );
    }
}
