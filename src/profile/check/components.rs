//! Checks on each component: its id (derived when absent), its texts and
//! marks, and that ids and titles are unique.

use std::collections::hash_map::Entry;
use std::collections::{BTreeSet, HashMap};

use super::path;
use crate::diagnostic::Rule;
use crate::document::Finding;
use crate::profile::model::{Field, Profile};
use crate::profile::slug::{is_slug, slugify};
use crate::yaml::Segment;

/// One component, seen uniformly for the checks.
struct Component<'a> {
    section: &'static str,
    index: usize,
    id: &'a mut String,
    title: &'a str,
    /// Fields that hold text, with their text.
    texts: Vec<(Field, &'a str)>,
    /// Fields a mark may name.
    markable: &'static [Field],
    inferred: &'a [Field],
    truncated: &'a [Field],
    /// Fields the source leaves empty (`source_lacks`).
    lacks: &'a [Field],
}

/// Derives missing ids, checks every component, and checks that ids and
/// titles are unique where they must be.
pub(super) fn check_all(profile: &mut Profile, findings: &mut Vec<Finding>) {
    let mut components = components(profile);
    for component in &mut components {
        check_component(component, findings);
    }
    let mut flagged = BTreeSet::new();
    // Rated items share one namespace (assessments and `develops` name
    // them); development components share another.
    for sections in [
        &["knowledge_skills", "organisation_skills"][..],
        &["work_activities"],
        &["training", "development_activities", "qualifications"],
    ] {
        let group: Vec<&Component> = components
            .iter()
            .filter(|c| sections.contains(&c.section))
            .collect();
        flagged.extend(check_unique_ids(&group, findings));
    }
    check_unique_titles(&components, &flagged, findings);
}

fn components(profile: &mut Profile) -> Vec<Component<'_>> {
    const ACTIVITY: &[Field] = &[Field::Title, Field::Details];
    const SKILL: &[Field] = &[Field::Title, Field::Type, Field::Details];
    const ORG: &[Field] = &[
        Field::Title,
        Field::Description,
        Field::LevelDescription,
        Field::LevelDescriptions,
    ];
    const QUALIFICATION: &[Field] = &[Field::Title, Field::AwardingBody];
    let mut all = Vec::new();
    for (index, c) in profile.work_activities.iter_mut().enumerate() {
        all.push(Component {
            section: "work_activities",
            index,
            id: &mut c.id,
            title: &c.title,
            texts: vec![(Field::Title, &c.title), (Field::Details, &c.details)],
            markable: ACTIVITY,
            inferred: &c.inferred,
            truncated: &c.truncated,
            lacks: &[],
        });
    }
    for (index, c) in profile.knowledge_skills.iter_mut().enumerate() {
        all.push(Component {
            section: "knowledge_skills",
            index,
            id: &mut c.id,
            title: &c.title,
            texts: vec![(Field::Title, &c.title), (Field::Details, &c.details)],
            markable: SKILL,
            inferred: &c.inferred,
            truncated: &c.truncated,
            lacks: &[],
        });
    }
    for (index, c) in profile.organisation_skills.iter_mut().enumerate() {
        all.push(Component {
            section: "organisation_skills",
            index,
            id: &mut c.id,
            title: &c.title,
            texts: vec![
                (Field::Title, &c.title),
                (Field::Description, &c.description),
                (Field::LevelDescription, &c.level_description),
            ],
            markable: ORG,
            inferred: &c.inferred,
            truncated: &c.truncated,
            lacks: &c.source_lacks,
        });
    }
    for (section, list) in [
        ("training", &mut profile.training),
        (
            "development_activities",
            &mut profile.development_activities,
        ),
    ] {
        for (index, c) in list.iter_mut().enumerate() {
            all.push(Component {
                section,
                index,
                id: &mut c.id,
                title: &c.title,
                texts: vec![(Field::Title, &c.title), (Field::Details, &c.details)],
                markable: ACTIVITY,
                inferred: &c.inferred,
                truncated: &c.truncated,
                lacks: &[],
            });
        }
    }
    for (index, c) in profile.qualifications.iter_mut().enumerate() {
        let mut texts = vec![(Field::Title, c.title.as_str())];
        if let Some(body) = &c.awarding_body {
            texts.push((Field::AwardingBody, body.as_str()));
        } else if c.inferred.contains(&Field::AwardingBody) {
            texts.push((Field::AwardingBody, ""));
        }
        all.push(Component {
            section: "qualifications",
            index,
            id: &mut c.id,
            title: &c.title,
            texts,
            markable: QUALIFICATION,
            inferred: &c.inferred,
            truncated: &c.truncated,
            lacks: &[],
        });
    }
    all
}

fn check_component(c: &mut Component<'_>, findings: &mut Vec<Finding>) {
    let (section, index) = (c.section, c.index);
    let title_pending = c.title.trim().is_empty() && c.inferred.contains(&Field::Title);
    if c.id.is_empty() {
        *c.id = if title_pending {
            // A lost title still waiting for a name: a stable placeholder id.
            format!(
                "{}-{}",
                section.trim_end_matches('s').replace('_', "-"),
                index + 1
            )
        } else {
            slugify(c.title)
        };
        if c.id.is_empty() && !c.title.trim().is_empty() {
            findings.push(Finding::at_node(
                Rule::InvalidId,
                format!(
                    "no id can be derived from title `{}`; add an `id:`",
                    c.title
                ),
                path(section, index, &["title"]),
            ));
        }
    } else if !is_slug(c.id) {
        findings.push(Finding::at_node(
            Rule::InvalidId,
            format!(
                "id `{}` is not a slug (lower-case letters, digits and single dashes), e.g. `{}`",
                c.id,
                slugify(c.id)
            ),
            path(section, index, &["id"]),
        ));
    }
    for &(field, text) in &c.texts {
        let marked_inferred = c.inferred.contains(&field);
        if c.lacks.contains(&field) {
            check_lacking(c, field, text, findings);
        } else if marked_inferred && is_placeholder(text) {
            findings.push(Finding::at_node(
                Rule::InferredField,
                format!(
                    "`{}` was lost from the source and still needs a value from a person",
                    field.name()
                ),
                path(section, index, &[field.name()]),
            ));
        } else if text.trim().is_empty() {
            findings.push(Finding::at_node(
                Rule::EmptyText,
                format!("`{}` is empty", field.name()),
                path(section, index, &[field.name()]),
            ));
        } else if c.truncated.contains(&field) && ends_sentence(text) {
            findings.push(Finding::at_node(
                Rule::TruncatedText,
                format!(
                    "`{}` is marked truncated but ends a sentence; remove it from `truncated`",
                    field.name()
                ),
                path(section, index, &[field.name()]),
            ));
        } else if field != Field::Title
            && !c.truncated.contains(&field)
            && let Some(word) = crate::text::dangling_word(text)
        {
            findings.push(Finding::at_node(
                Rule::TruncatedText,
                format!(
                    "`{}` ends on \"{word}\" and looks cut off; if the source has it so, add `truncated: [{}]`",
                    field.name(),
                    field.name()
                ),
                path(section, index, &[field.name()]),
            ));
        }
    }
    check_marks(c, findings);
}

/// A mark a component may put on its fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Inferred,
    Truncated,
    SourceLacks,
}

impl Mark {
    /// Its key in a component.
    fn key(self) -> &'static str {
        match self {
            Self::Inferred => "inferred",
            Self::Truncated => "truncated",
            Self::SourceLacks => "source_lacks",
        }
    }

    /// Whether it may name `field`, among the fields a component can mark:
    /// `truncated` only text that can be cut off.
    fn may_name(self, field: Field) -> bool {
        match self {
            Self::Inferred => field != Field::LevelDescriptions,
            Self::Truncated => {
                !matches!(field, Field::Title | Field::Type | Field::LevelDescriptions)
            }
            Self::SourceLacks => !matches!(field, Field::Title | Field::Type),
        }
    }
}

/// A field marked `source_lacks`: empty, as the source has it, is fine
/// (`validate` notes it, through [`super::lacks`]); one with text is not.
fn check_lacking(c: &Component<'_>, field: Field, text: &str, findings: &mut Vec<Finding>) {
    let at = path(c.section, c.index, &[field.name()]);
    if !text.trim().is_empty() {
        findings.push(Finding::at_node(
            Rule::BadMark,
            format!(
                "`{}` has text but is marked `source_lacks`; remove it from `source_lacks`",
                field.name()
            ),
            at,
        ));
    }
}

/// `inferred` and `truncated` may only name fields the component has
/// (and `truncated` only text that can be cut off).
fn check_marks(c: &Component<'_>, findings: &mut Vec<Finding>) {
    let (section, index) = (c.section, c.index);
    for (mark, fields) in [
        (Mark::Inferred, c.inferred),
        (Mark::Truncated, c.truncated),
        (Mark::SourceLacks, c.lacks),
    ] {
        for (position, field) in fields.iter().enumerate() {
            if !(c.markable.contains(field) && mark.may_name(*field)) {
                findings.push(Finding::at_node(
                    Rule::BadMark,
                    format!(
                        "`{}` names `{}`, which this component cannot mark; it may name {}",
                        mark.key(),
                        field.name(),
                        c.markable
                            .iter()
                            .filter(|f| mark.may_name(**f))
                            .map(|f| format!("`{}`", f.name()))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    {
                        let mut p = path(section, index, &[mark.key()]);
                        p.push(Segment::Index(position));
                        p
                    },
                ));
            }
        }
    }
}

fn is_placeholder(text: &str) -> bool {
    let trimmed = text.trim();
    trimmed.is_empty()
        || trimmed.contains("TODO")
        || trimmed.contains("???")
        || (trimmed.starts_with('<') && trimmed.ends_with('>'))
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['.', '!', '?'])
}

/// How messages name a component: its title, section and 1-based position.
/// An earlier component, for a finding about another: the start of its
/// title (thousands of duplicates of one item each quoting its long title
/// made 2.4 GB of messages from 500 KB), its section and its place.
fn describe(component: &Component<'_>) -> String {
    let title = crate::document::excerpt(component.title);
    format!(
        "`{title}` ({} item {})",
        component.section,
        component.index + 1
    )
}

/// Reports ids used twice within `group`; returns the components flagged.
fn check_unique_ids(
    group: &[&Component<'_>],
    findings: &mut Vec<Finding>,
) -> BTreeSet<(&'static str, usize)> {
    let mut first: HashMap<&str, &Component> = HashMap::with_capacity(group.len());
    let mut flagged = BTreeSet::new();
    for &component in group {
        if component.id.is_empty() {
            continue;
        }
        if let Some(earlier) = first.get(component.id.as_str()) {
            findings.push(Finding::at_node(
                Rule::DuplicateId,
                format!(
                    "id `{}` is already used by {}; ids must be unique (set `id:` on one of them)",
                    component.id,
                    describe(earlier)
                ),
                path(component.section, component.index, &["title"]),
            ));
            flagged.insert((component.section, component.index));
        } else {
            first.insert(component.id.as_str(), component);
        }
    }
    flagged
}

fn check_unique_titles(
    components: &[Component<'_>],
    already: &BTreeSet<(&'static str, usize)>,
    findings: &mut Vec<Finding>,
) {
    let mut first: HashMap<(&str, String), &Component> = HashMap::with_capacity(components.len());
    for component in components {
        let title = component.title.trim().to_lowercase();
        if title.is_empty() || already.contains(&(component.section, component.index)) {
            continue;
        }
        match first.entry((component.section, title)) {
            Entry::Occupied(earlier) => findings.push(Finding::at_node(
                Rule::DuplicateTitle,
                format!(
                    "title `{}` is already used by {}",
                    component.title,
                    describe(earlier.get())
                ),
                path(component.section, component.index, &["title"]),
            )),
            Entry::Vacant(place) => {
                place.insert(component);
            }
        }
    }
}
