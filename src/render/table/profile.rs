//! `show` in the terminal: every section of a profile as wrapped text.

use std::collections::HashMap;

use crate::profile::{Depth, Field, Profile, SkillType};
use crate::render::terminal::Paint;
use crate::render::{Layout, ladder_place, or_lacking};
use crate::text::{one_line, sanitize};

const INDENT: &str = "  ";
const DEEP: &str = "    ";

/// Writes wrapped paragraphs for one profile section at a time.
struct Page {
    out: String,
    width: usize,
    paint: Paint,
}

impl Page {
    fn heading(&mut self, title: &str, count: Option<usize>) {
        let title = match count {
            Some(n) => format!("{title} ({n})"),
            None => title.to_owned(),
        };
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out
            .push_str(&self.paint.heading(&title.to_uppercase()));
        self.out.push('\n');
    }

    fn wrap(&mut self, text: &str, first: &str, rest: &str) {
        let text = sanitize(text);
        for (i, paragraph) in text.split("\n\n").enumerate() {
            if i > 0 {
                self.out.push('\n');
            }
            self.lines(&paragraph.replace('\n', " "), first, rest);
        }
    }

    /// A component's title and a dim note: on one line when they fit, else
    /// the note on its own line below.
    fn item(&mut self, title: &str, note: &str) {
        let title = self.paint.accent(&one_line(title));
        // Empty before it is painted: painted, even an empty note is
        // colour codes, and took a line of its own.
        let note = one_line(note);
        if note.is_empty() {
            self.lines(&title, INDENT, DEEP);
            return;
        }
        let note = self.paint.dim(&note);
        let both = format!("{INDENT}{title}  {note}");
        // Colour codes take no room.
        if crate::render::wrap::width(&both) <= self.width {
            self.out.push_str(&both);
            self.out.push('\n');
        } else {
            self.lines(&title, INDENT, DEEP);
            self.lines(&note, DEEP, DEEP);
        }
    }

    /// `text` line by line, each wrapped under `indent`; a line starting
    /// "- " is a bullet.
    fn text_lines(&mut self, text: &str, indent: &str) {
        for line in sanitize(text).lines().filter(|l| !l.trim().is_empty()) {
            match line.strip_prefix("- ") {
                Some(rest) => self.lines(rest, &format!("{indent}• "), &format!("{indent}  ")),
                None => self.lines(line, indent, indent),
            }
        }
    }

    /// Between words; a word longer than the line is broken (SPEC §6).
    fn lines(&mut self, text: &str, first: &str, rest: &str) {
        for line in crate::render::wrap::wrap(text, self.width.max(20), first, rest) {
            self.out.push_str(&line);
            self.out.push('\n');
        }
    }
}

fn marks(inferred: &[Field], truncated: &[Field]) -> String {
    let mut notes = Vec::new();
    if !inferred.is_empty() {
        let fields: Vec<_> = inferred.iter().map(|f| f.name()).collect();
        notes.push(format!("supplied, not in source: {}", fields.join(", ")));
    }
    if !truncated.is_empty() {
        let fields: Vec<_> = truncated.iter().map(|f| f.name()).collect();
        notes.push(format!("cut off in source: {}", fields.join(", ")));
    }
    if notes.is_empty() {
        String::new()
    } else {
        format!("[{}]", notes.join("; "))
    }
}

fn truncated_end(text: &str, truncated: &[Field], field: Field) -> String {
    if truncated.contains(&field) {
        format!("{text} […]")
    } else {
        text.to_owned()
    }
}

/// `develops` named by their titles (`titles`: the profile's rated titles).
fn develops_line(titles: &HashMap<&str, &str>, develops: &[String]) -> String {
    let names: Vec<String> = develops
        .iter()
        .map(|id| (*titles.get(id.as_str()).unwrap_or(&id.as_str())).to_owned())
        .collect();
    format!("Develops: {}", names.join(", "))
}

/// What the profile is: title, family › role, level and ladder place, id,
/// and the source with its licence and attribution, printed wherever the
/// text is (SPEC §3, §9).
fn header(page: &mut Page, profile: &Profile) {
    page.lines(&page.paint.heading(&one_line(&profile.title)), "", "");
    let role: Vec<&str> = profile
        .family
        .iter()
        .chain(profile.role.iter())
        .map(String::as_str)
        .collect();
    if !role.is_empty() {
        page.wrap(&role.join(" › "), "", "");
    }
    let place = profile.ladder.map(ladder_place);
    // A framework level is often its own title: said once.
    let level = profile.level.as_ref().filter(|l| **l != profile.title);
    match (level, place) {
        (Some(level), Some(place))
            if crate::render::wrap::width(&format!("{level} · {place}")) <= page.width =>
        {
            page.wrap(&format!("{level} · {place}"), "", "");
        }
        (level, place) => {
            if let Some(level) = level {
                page.wrap(level, "", "");
            }
            if let Some(place) = place {
                page.wrap(&capitalised(&place), "", "");
            }
        }
    }
    page.wrap(
        &format!(
            "id: {} · {}",
            profile.id,
            crate::text::plural(profile.rated_count(), "rated item")
        ),
        "",
        "",
    );
    if let Some(source) = &profile.source {
        let name = match &source.date {
            Some(date) => format!("Source: {}, {date}", source.name),
            None => format!("Source: {}", source.name),
        };
        page.wrap(&name, "", INDENT);
        if let Some(url) = &source.url {
            // A URL has no spaces: it is broken only when wider than the
            // page, and then nothing of it is lost.
            page.lines(&one_line(url), INDENT, INDENT);
        }
        if let Some(licence) = &source.licence {
            page.wrap(&format!("Licence: {licence}"), INDENT, DEEP);
        }
        if let Some(attribution) = &source.attribution {
            page.wrap(attribution, INDENT, INDENT);
        }
    }
    if profile.retired {
        page.wrap(
            "retired: the framework no longer has this level",
            "",
            INDENT,
        );
    }
}

/// `text` with its first letter upper case, as a line of its own.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The organisation skills: each with its framework, required level, DDaT
/// link when its id is not the DDaT skill's, description and what the
/// required level means, its lines kept ("You can:" and its bullets).
fn organisation_skills(page: &mut Page, profile: &Profile) {
    if profile.organisation_skills.is_empty() {
        return;
    }
    let scale = &profile.organisation_scale;
    page.heading(
        "Organisation skills",
        Some(profile.organisation_skills.len()),
    );
    // A level's number and name stay on one line ("4 – Expert", never "4"
    // at a line's end): no-break spaces within each.
    let levels: Vec<String> = (1..=scale.top())
        .map(|n| scale.level_label(n).replace(' ', "\u{a0}"))
        .collect();
    page.wrap(
        &format!("Rated on the {} scale: {}", scale.name(), levels.join(", ")),
        INDENT,
        INDENT,
    );
    if profile
        .organisation_skills
        .iter()
        .any(|s| !s.level_descriptions.is_empty())
    {
        page.wrap(
            "Each skill at the required level; what every level means is in \
             --format markdown (or json).",
            INDENT,
            INDENT,
        );
    }
    for s in &profile.organisation_skills {
        let place = match &s.category {
            Some(category) => format!("{} » {category}", s.framework),
            None => s.framework.clone(),
        };
        let note = format!(
            "{place} · {} {}",
            scale.level_label(s.level),
            marks(&s.inferred, &s.truncated)
        );
        page.item(&s.title, note.trim());
        if let Some(ddat) = s.ddat_skill.as_deref().filter(|d| *d != s.id) {
            page.wrap(&format!("DDaT skill: {ddat}"), DEEP, DEEP);
        }
        let description = or_lacking(&s.description, &s.source_lacks, Field::Description);
        page.wrap(
            &truncated_end(&description, &s.truncated, Field::Description),
            DEEP,
            DEEP,
        );
        let at_level = or_lacking(
            &s.level_description,
            &s.source_lacks,
            Field::LevelDescription,
        );
        let at_level = truncated_end(&at_level, &s.truncated, Field::LevelDescription);
        let label = scale.level_label(s.level);
        if at_level.trim().contains('\n') {
            // "You can:" and its bullets: kept as lines.
            page.wrap(&format!("At {label}:"), DEEP, DEEP);
            page.text_lines(&at_level, "      ");
        } else {
            page.wrap(&format!("At {label}: {at_level}"), DEEP, DEEP);
        }
    }
}

/// Every section of `profile`, wrapped to `layout.width`.
#[must_use]
#[expect(
    clippy::too_many_lines,
    reason = "one section after another, in page order"
)]
pub fn profile(profile: &Profile, layout: Layout) -> String {
    let mut page = Page {
        out: String::new(),
        width: layout.width,
        paint: layout.paint,
    };
    header(&mut page, profile);
    if let Some(text) = &profile.role_description {
        page.heading("About the role", None);
        page.wrap(text, INDENT, INDENT);
    }
    page.heading("Summary", None);
    page.wrap(
        &or_lacking(&profile.summary, &profile.source_lacks, Field::Summary),
        INDENT,
        INDENT,
    );
    if !profile.responsibilities.is_empty() {
        page.heading("At this role level, you will", None);
        for line in &profile.responsibilities {
            page.wrap(line, "  • ", DEEP);
        }
    }
    if !profile.background.is_empty() {
        page.heading("Background", Some(profile.background.len()));
        for b in &profile.background {
            page.item(&b.kind, &marks(&b.inferred, &b.truncated));
            page.wrap(
                &truncated_end(&b.text, &b.truncated, Field::Text),
                DEEP,
                DEEP,
            );
        }
    }
    if !profile.work_activities.is_empty() {
        page.heading("Work activities", Some(profile.work_activities.len()));
        for a in &profile.work_activities {
            let mut note = marks(&a.inferred, &a.truncated);
            if let Some(code) = &a.sfia_code {
                note = format!(
                    "SFIA {code}{} {note}",
                    a.sfia_level
                        .map(|l| format!(" level {l}"))
                        .unwrap_or_default()
                );
            }
            page.item(&a.title, note.trim());
            page.wrap(
                &truncated_end(&a.details, &a.truncated, Field::Details),
                DEEP,
                DEEP,
            );
        }
    }
    if !profile.knowledge_skills.is_empty() {
        page.heading("Knowledge and skills", Some(profile.knowledge_skills.len()));
        for kind in SkillType::ALL {
            let skills: Vec<_> = profile
                .knowledge_skills
                .iter()
                .filter(|s| s.kind == kind)
                .collect();
            if skills.is_empty() {
                continue;
            }
            page.out.push_str(&format!(
                "{INDENT}{}\n",
                layout
                    .paint
                    .heading(&format!("{} ({})", kind.label(), skills.len()))
            ));
            for s in skills {
                let required = s.depth.map_or("no required depth", Depth::label);
                let note = format!("{required} {}", marks(&s.inferred, &s.truncated));
                page.item(&format!("  {}", s.title), note.trim());
                page.wrap(
                    &truncated_end(&s.details, &s.truncated, Field::Details),
                    "      ",
                    "      ",
                );
            }
        }
    }
    organisation_skills(&mut page, profile);
    let titles = profile.rated_titles();
    for (title, list) in [
        ("Training", &profile.training),
        (
            "Professional development activities",
            &profile.development_activities,
        ),
    ] {
        if list.is_empty() {
            continue;
        }
        page.heading(title, Some(list.len()));
        for c in list {
            page.item(&c.title, &marks(&c.inferred, &c.truncated));
            page.wrap(
                &truncated_end(&c.details, &c.truncated, Field::Details),
                DEEP,
                DEEP,
            );
            page.wrap(&develops_line(&titles, &c.develops), DEEP, DEEP);
        }
    }
    if !profile.qualifications.is_empty() {
        page.heading("Qualifications", Some(profile.qualifications.len()));
        for q in &profile.qualifications {
            page.item(&q.title, &marks(&q.inferred, &q.truncated));
            let body = q.awarding_body.as_deref().unwrap_or("not given");
            page.wrap(&format!("Awarding body: {body}"), DEEP, DEEP);
            page.wrap(&develops_line(&titles, &q.develops), DEEP, DEEP);
        }
    }
    page.out
}
