//! Whole-profile checks, run after the file deserialised: ids (derived where
//! absent), uniqueness, `develops` links, scale ranges, marks, and the
//! warnings that need a person's eye. Pure: findings come back as paths into
//! the document; `profile::load` locates them.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::model::{Field, Profile};
use super::scale::{Depth, OrgScaleSpec};
use super::slug::{is_slug, slugify};
use crate::diagnostic::Rule;
use crate::document::Finding;
use crate::yaml::Segment;

/// Words a sentence almost never ends on: text ending on one was most likely
/// cut off when the page was copied.
const DANGLING_WORDS: [&str; 16] = [
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
    "which",
];

/// Ids and `develops` links of components dropped because they could not
/// be read; cross-reference checks treat them as present.
#[derive(Debug, Default)]
pub struct Known {
    ids: BTreeSet<String>,
    develops: BTreeSet<String>,
    /// The top-level fields did not deserialise: the profile's id, title,
    /// summary and scale are unknown, so checks on them are skipped.
    pub top_level_broken: bool,
}

impl Known {
    /// Records what can be read of a component that failed to deserialise.
    pub fn remember(&mut self, raw: &crate::yaml::Value) {
        let id = raw
            .get("id")
            .and_then(crate::yaml::Value::as_str)
            .map(str::to_owned)
            .or_else(|| {
                raw.get("title")
                    .and_then(crate::yaml::Value::as_str)
                    .map(slugify)
            });
        self.ids.extend(id);
        if let Some(list) = raw
            .get("develops")
            .and_then(crate::yaml::Value::as_sequence)
        {
            self.develops
                .extend(list.iter().filter_map(|v| v.as_str().map(str::to_owned)));
        }
    }
}

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
}

fn path(section: &str, index: usize, rest: &[&str]) -> Vec<Segment> {
    let mut segments = vec![Segment::Key(section.to_owned()), Segment::Index(index)];
    segments.extend(rest.iter().map(|key| Segment::Key((*key).to_owned())));
    segments
}

fn key(name: &str) -> Vec<Segment> {
    vec![Segment::Key(name.to_owned())]
}

/// Fills in derived ids and returns every finding about `profile`.
pub fn check(profile: &mut Profile, known: &Known) -> Vec<Finding> {
    let mut findings = Vec::new();
    if !known.top_level_broken {
        check_top_level(profile, &mut findings);
    }
    for (index, skill) in profile.knowledge_skills.iter().enumerate() {
        if skill.depth == Some(Depth::None) {
            findings.push(Finding::at_node(
                Rule::OffScale,
                "a required depth is `aware`, `familiar`, `proficient` or `expert`; leave `depth` out for no requirement",
                path("knowledge_skills", index, &["depth"]),
            ));
        }
    }

    let mut components = components(profile);
    for component in &mut components {
        check_component(component, &mut findings);
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
        flagged.extend(check_unique_ids(&group, &mut findings));
    }
    check_unique_titles(&components, &flagged, &mut findings);
    drop(components);
    check_develops(profile, known, &mut findings);
    findings
}

fn check_top_level(profile: &Profile, findings: &mut Vec<Finding>) {
    if !is_slug(&profile.id) {
        findings.push(Finding::at_node(
            Rule::InvalidId,
            format!(
                "profile id `{}` is not a slug (lower-case letters, digits and single dashes), e.g. `{}`",
                profile.id,
                slugify(&profile.id)
            ),
            key("id"),
        ));
    }
    for (name, text) in [("title", &profile.title), ("summary", &profile.summary)] {
        if text.trim().is_empty() {
            findings.push(Finding::at_node(
                Rule::EmptyText,
                format!("`{name}` is empty"),
                key(name),
            ));
        }
    }
    check_scale(&profile.organisation_scale, findings);
    let scale = &profile.organisation_scale;
    for (index, skill) in profile.organisation_skills.iter().enumerate() {
        if skill.level == 0 || skill.level > scale.top() {
            findings.push(Finding::at_node(
                Rule::OffScale,
                format!(
                    "level {} is off the {} scale (1 to {})",
                    skill.level,
                    scale.name(),
                    scale.top()
                ),
                path("organisation_skills", index, &["level"]),
            ));
        }
    }
}

fn check_scale(scale: &OrgScaleSpec, findings: &mut Vec<Finding>) {
    let OrgScaleSpec::Custom(custom) = scale else {
        return;
    };
    if custom.levels.is_empty() || custom.levels.len() > 9 {
        findings.push(Finding::at_node(
            Rule::OffScale,
            format!(
                "custom scale `{}` has {} levels; give it 1 to 9",
                custom.name,
                custom.levels.len()
            ),
            vec![
                Segment::Key("organisation_scale".into()),
                Segment::Key("levels".into()),
            ],
        ));
    }
    let mut seen = BTreeSet::new();
    for (index, level) in custom.levels.iter().enumerate() {
        if !seen.insert(level.name.to_lowercase()) {
            findings.push(Finding::at_node(
                Rule::DuplicateTitle,
                format!("scale level name `{}` is used twice", level.name),
                vec![
                    Segment::Key("organisation_scale".into()),
                    Segment::Key("levels".into()),
                    Segment::Index(index),
                    Segment::Key("name".into()),
                ],
            ));
        }
    }
}

fn components(profile: &mut Profile) -> Vec<Component<'_>> {
    const ACTIVITY: &[Field] = &[Field::Title, Field::Details];
    const SKILL: &[Field] = &[Field::Title, Field::Type, Field::Details];
    const ORG: &[Field] = &[Field::Title, Field::Description, Field::LevelDescription];
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
        if marked_inferred && is_placeholder(text) {
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
            && let Some(word) = dangling_word(text)
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

/// `inferred` and `truncated` may only name fields the component has
/// (and `truncated` only text that can be cut off).
fn check_marks(c: &Component<'_>, findings: &mut Vec<Finding>) {
    let (section, index) = (c.section, c.index);
    for (mark, fields) in [("inferred", c.inferred), ("truncated", c.truncated)] {
        for (position, field) in fields.iter().enumerate() {
            let allowed = if mark == "truncated" {
                c.markable.contains(field) && *field != Field::Title && *field != Field::Type
            } else {
                c.markable.contains(field)
            };
            if !allowed {
                findings.push(Finding::at_node(
                    Rule::BadMark,
                    format!(
                        "`{mark}` names `{}`, which this component cannot mark; it may name {}",
                        field.name(),
                        c.markable
                            .iter()
                            .filter(
                                |f| mark == "inferred" || !matches!(f, Field::Title | Field::Type)
                            )
                            .map(|f| format!("`{}`", f.name()))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    {
                        let mut p = path(section, index, &[mark]);
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

/// The last word of `text` when it is one a sentence rarely ends on.
fn dangling_word(text: &str) -> Option<&str> {
    let trimmed = text.trim_end();
    if trimmed.ends_with(|c: char| !c.is_alphabetic()) {
        return None;
    }
    let word = trimmed.rsplit(char::is_whitespace).next()?;
    DANGLING_WORDS
        .contains(&word.to_lowercase().as_str())
        .then_some(word)
}

/// How messages name a component: its title, section and 1-based position.
fn describe(component: &Component<'_>) -> String {
    format!(
        "`{}` ({} item {})",
        component.title,
        component.section,
        component.index + 1
    )
}

/// Reports ids used twice within `group`; returns the components flagged.
fn check_unique_ids(
    group: &[&Component<'_>],
    findings: &mut Vec<Finding>,
) -> BTreeSet<(&'static str, usize)> {
    let mut first: HashMap<&str, &Component> = HashMap::new();
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
    let mut first: HashMap<(&str, String), &Component> = HashMap::new();
    for component in components {
        let title = component.title.trim().to_lowercase();
        if title.is_empty() || already.contains(&(component.section, component.index)) {
            continue;
        }
        if let Some(earlier) = first.get(&(component.section, title.clone())) {
            findings.push(Finding::at_node(
                Rule::DuplicateTitle,
                format!(
                    "title `{}` is already used by {}",
                    component.title,
                    describe(earlier)
                ),
                path(component.section, component.index, &["title"]),
            ));
        } else {
            first.insert((component.section, title), component);
        }
    }
}

fn check_develops(profile: &Profile, known: &Known, findings: &mut Vec<Finding>) {
    let rated: BTreeMap<&str, bool> = profile
        .knowledge_skills
        .iter()
        .map(|s| (s.id.as_str(), s.required().is_some()))
        .chain(
            profile
                .organisation_skills
                .iter()
                .map(|s| (s.id.as_str(), true)),
        )
        .collect();
    let mut developed: BTreeSet<&str> = known.develops.iter().map(String::as_str).collect();
    let lists = profile
        .training
        .iter()
        .enumerate()
        .map(|(i, c)| ("training", i, &c.develops))
        .chain(
            profile
                .development_activities
                .iter()
                .enumerate()
                .map(|(i, c)| ("development_activities", i, &c.develops)),
        )
        .chain(
            profile
                .qualifications
                .iter()
                .enumerate()
                .map(|(i, c)| ("qualifications", i, &c.develops)),
        );
    for (section, index, develops) in lists {
        if develops.is_empty() {
            findings.push(Finding::at_node(
                Rule::DevelopsNothing,
                "develops no skill of this profile; list the skill ids it builds in `develops`",
                path(section, index, &["title"]),
            ));
        }
        for (position, id) in develops.iter().enumerate() {
            if develops[..position].contains(id) {
                let mut at = path(section, index, &["develops"]);
                at.push(Segment::Index(position));
                findings.push(Finding::at_node(
                    Rule::DuplicateDevelops,
                    format!("`develops` lists `{id}` twice"),
                    at,
                ));
                continue;
            }
            if rated.contains_key(id.as_str()) {
                developed.insert(id.as_str());
            } else if !known.ids.contains(id) {
                let suggestion = crate::suggest::closest(id, rated.keys().copied())
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                let mut at = path(section, index, &["develops"]);
                at.push(Segment::Index(position));
                findings.push(Finding::at_node(
                    Rule::UnknownDevelops,
                    format!("develops `{id}`, which is not a skill of this profile{suggestion}"),
                    at,
                ));
            }
        }
    }
    let required = profile
        .knowledge_skills
        .iter()
        .enumerate()
        .filter(|(_, s)| s.required().is_some())
        .map(|(i, s)| ("knowledge_skills", i, s.id.as_str()))
        .chain(
            profile
                .organisation_skills
                .iter()
                .enumerate()
                .map(|(i, s)| ("organisation_skills", i, s.id.as_str())),
        );
    for (section, index, id) in required {
        if !id.is_empty() && !developed.contains(id) {
            findings.push(Finding::at_node(
                Rule::NoDevelopmentRoute,
                format!(
                    "`{id}` has a required level but no training, PDA or qualification develops it"
                ),
                path(section, index, &["title"]),
            ));
        }
    }
}
