//! The framework's rows made into one profile per role level in use (SPEC
//! §9): the second stage of `import --ddat`, after `read` and `ladder`.
//! Pure: it takes rows and gives profiles and findings, and writes nothing.
//!
//! A text the framework marks `MISSING`, leaves empty or calls "currently
//! not defined" stays empty in the profile and is named in the skill's
//! `source_lacks`, so `validate` notes it and the reader sees the gap.

use std::collections::{BTreeMap, HashMap};

use super::ladder::{self, Descent, Ladder};
use super::{Blemish, BlemishKind, File, RoleRow, SkillLevel, SkillRow};
use crate::profile::model::LadderPlace;
use crate::profile::slug::{bounded, slugify};
use crate::profile::{Field, OrganisationSkill, Profile, Source};

/// The framework's name, as each profile's source gives it.
pub const SOURCE_NAME: &str = "Government Digital and Data Profession Capability Framework";
/// Where the two files are published.
pub const SOURCE_URL: &str = "https://ddat-capability-framework.service.gov.uk/download";
/// The licence of the framework's content.
pub const LICENCE: &str = "Open Government Licence v3.0";
/// The statement the licence asks for, printed with the framework's text.
pub const ATTRIBUTION: &str =
    "Contains public sector information licensed under the Open Government Licence v3.0.";
/// The prefix of every generated profile's id.
pub const ID_PREFIX: &str = "ddat-";

/// The longest slug in a file or folder name: a file name takes at most
/// 255 bytes, with room for `ddat-`, a suffix and `.yaml`.
const MAX_SLUG: usize = 200;

/// A name as a finding shows it: a 100 KiB level name is not said whole.
fn clipped(name: &str) -> String {
    crate::text::one_line_clipped(name, 80)
}

/// The line that opens the summary's bullets in a level description.
const BULLETS_HEAD: &str = "At this role level, you will:";

/// One generated profile and the folder it goes in (the slug of its role
/// family).
#[derive(Debug, Clone, PartialEq)]
pub struct Generated {
    pub folder: String,
    pub profile: Profile,
}

/// What the importer tells a person, at a line of one of the files.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub file: File,
    pub line: u64,
    pub message: String,
    /// A blemish of the data (counts for `--strict`), or only news (a
    /// level kept as retired, a ladder that goes down).
    pub blemish: bool,
}

/// The library made from the files, and what was found on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Library {
    /// In role family, role and ladder order.
    pub profiles: Vec<Generated>,
    pub findings: Vec<Finding>,
    pub ladders: Vec<Ladder>,
}

/// The level texts of one skill, from the skills file.
struct SkillTexts<'a> {
    description: &'a str,
    levels: &'a [String; 4],
}

/// Makes the library: one profile per role level in use, with the ladder
/// places of `ladder` and what every level means from `skills` (when the
/// skills file was given).
#[must_use]
pub fn generate(
    rows: &[RoleRow],
    blemishes: &[Blemish],
    skills: Option<&[SkillRow]>,
    released: Option<&str>,
) -> Library {
    let (ladders, descents) = ladder::ladders(rows);
    let mut findings = blemish_findings(rows, blemishes);
    findings.extend(descent_findings(rows, &descents));
    let texts: HashMap<&str, SkillTexts<'_>> = skills
        .unwrap_or_default()
        .iter()
        .map(|row| {
            (
                row.name.trim(),
                SkillTexts {
                    description: &row.description,
                    levels: &row.levels,
                },
            )
        })
        .collect();
    // A skill no role level has: its texts go nowhere, and that is said.
    let used: std::collections::HashSet<&str> = rows.iter().map(|r| r.skill.as_str()).collect();
    for row in skills.unwrap_or_default() {
        if !used.contains(row.name.as_str()) {
            findings.push(Finding {
                file: File::Skills,
                line: row.line,
                message: format!(
                    "the skill `{}` is in no role level of the role file; its texts are not used",
                    clipped(&row.name)
                ),
                blemish: false,
            });
        }
    }
    // Each level's rows, in file order.
    let mut levels: BTreeMap<(&str, &str), Vec<&RoleRow>> = BTreeMap::new();
    for row in rows
        .iter()
        .filter(|r| r.skill_level != SkillLevel::NotInUse)
    {
        levels
            .entry((row.role.as_str(), row.level.as_str()))
            .or_default()
            .push(row);
    }
    let mut taken: HashMap<String, u64> = HashMap::new();
    // The next suffix to try for each id that collided: each taken id is
    // passed over once, so many levels of one name stay linear.
    let mut next_suffix: HashMap<String, u64> = HashMap::new();
    let mut profiles = Vec::new();
    for ladder in &ladders {
        for rung in &ladder.rungs {
            let Some(level_rows) = levels.get(&(ladder.role.as_str(), rung.level.as_str())) else {
                continue;
            };
            let first = level_rows[0];
            let slug = slugify(&rung.level);
            let cut = bounded(&slug, MAX_SLUG);
            if cut.len() < slug.len() {
                findings.push(Finding {
                    file: File::Roles,
                    line: first.line,
                    message: format!(
                        "role level `{}` is too long for a file name; its id is cut to `{ID_PREFIX}{cut}`",
                        clipped(&rung.level)
                    ),
                    blemish: true,
                });
            }
            let mut id = format!("{ID_PREFIX}{cut}");
            if let Some(&earlier) = taken.get(&id) {
                // Never a silent overwrite: the later level gets a suffix.
                let base = id.clone();
                let n = next_suffix.entry(base.clone()).or_insert(2);
                while taken.contains_key(&id) {
                    id = format!("{base}-{n}");
                    *n += 1;
                }
                findings.push(Finding {
                    file: File::Roles,
                    line: first.line,
                    message: format!(
                        "role level `{}` makes the id `{base}` of the level at line {earlier}; it is `{id}`",
                        clipped(&rung.level)
                    ),
                    blemish: true,
                });
            }
            taken.insert(id.clone(), first.line);
            let place = LadderPlace {
                rank: u8::try_from(rung.rank).unwrap_or(u8::MAX),
                track: rung.track,
            };
            profiles.push(Generated {
                folder: bounded(&slugify(&first.family), MAX_SLUG).to_owned(),
                profile: profile(id, level_rows, place, &texts, released),
            });
        }
    }
    findings.sort();
    Library {
        profiles,
        findings,
        ladders,
    }
}

fn profile(
    id: String,
    rows: &[&RoleRow],
    place: LadderPlace,
    texts: &HashMap<&str, SkillTexts<'_>>,
    released: Option<&str>,
) -> Profile {
    let first = rows[0];
    let (summary, responsibilities) = split_level_description(&first.level_description);
    Profile {
        id,
        title: first.level.clone(),
        family: Some(first.family.clone()),
        role: Some(first.role.clone()),
        role_description: Some(first.role_description.trim().to_owned())
            .filter(|text| !text.is_empty()),
        level: Some(first.level.clone()),
        ladder: Some(place),
        source: Some(Source {
            name: SOURCE_NAME.to_owned(),
            url: Some(SOURCE_URL.to_owned()),
            licence: Some(LICENCE.to_owned()),
            attribution: Some(ATTRIBUTION.to_owned()),
            date: released.map(str::to_owned),
        }),
        source_lacks: if summary.is_empty() {
            vec![Field::Summary]
        } else {
            Vec::new()
        },
        summary,
        responsibilities,
        organisation_skills: rows.iter().map(|row| skill(row, texts)).collect(),
        ..Profile::default()
    }
}

/// One row as an organisation skill on the DDaT scale.
fn skill(row: &RoleRow, texts: &HashMap<&str, SkillTexts<'_>>) -> OrganisationSkill {
    let mut lacks = Vec::new();
    let own = texts.get(row.skill.as_str());
    let description = [
        row.skill_description.as_str(),
        own.map_or("", |t| t.description),
    ]
    .into_iter()
    .find_map(published)
    .unwrap_or_default();
    if description.is_empty() {
        lacks.push(Field::Description);
    }
    let level_description = published(&row.skill_level_description).unwrap_or_default();
    if level_description.is_empty() {
        lacks.push(Field::LevelDescription);
    }
    let level_descriptions: Vec<String> = own
        .map(|t| {
            t.levels
                .iter()
                .map(|text| published(text).unwrap_or_default())
                .collect()
        })
        .unwrap_or_default();
    if level_descriptions.iter().any(String::is_empty) {
        lacks.push(Field::LevelDescriptions);
    }
    // Text the framework cuts off mid-sentence is kept as published, and
    // marked, as `validate` asks.
    let truncated = [
        (Field::Description, &description),
        (Field::LevelDescription, &level_description),
    ]
    .into_iter()
    .filter(|(_, text)| crate::text::dangling_word(text).is_some())
    .map(|(field, _)| field)
    .collect();
    OrganisationSkill {
        id: slugify(&row.skill),
        truncated,
        framework: "DDaT".to_owned(),
        title: row.skill.clone(),
        description,
        level: row.skill_level.step().unwrap_or(1),
        level_description,
        level_descriptions,
        source_lacks: lacks,
        ..OrganisationSkill::default()
    }
}

/// The text as published, or `None` where the framework has none: empty,
/// `MISSING`, or "currently not defined".
fn published(text: &str) -> Option<String> {
    let trimmed = text.trim();
    let lacking = trimmed.is_empty()
        || trimmed == "MISSING"
        || trimmed.to_lowercase().contains("not defined");
    (!lacking).then(|| trimmed.to_owned())
}

/// The level's summary and its "At this role level, you will:" bullets.
/// Lines after the bullets that are not bullets ("There are 2 different
/// roles at this level …") end the summary, so no text is dropped.
fn split_level_description(text: &str) -> (String, Vec<String>) {
    let text = text.trim();
    let Some((before, after)) = text.split_once(BULLETS_HEAD) else {
        return (text.to_owned(), Vec::new());
    };
    let mut summary = vec![before.trim().to_owned()];
    let mut bullets = Vec::new();
    for line in after.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match line.strip_prefix("- ").or_else(|| line.strip_prefix('-')) {
            Some(bullet) => bullets.push(bullet.trim().to_owned()),
            None => summary.push(line.to_owned()),
        }
    }
    summary.retain(|part| !part.is_empty());
    (summary.join("\n\n"), bullets)
}

/// The reader's blemishes as findings; a role not in use once per role.
fn blemish_findings(rows: &[RoleRow], blemishes: &[Blemish]) -> Vec<Finding> {
    let by_line: HashMap<u64, &RoleRow> = rows.iter().map(|r| (r.line, r)).collect();
    let mut not_in_use: BTreeMap<&str, (u64, usize)> = BTreeMap::new();
    let mut findings = Vec::new();
    for blemish in blemishes {
        let row = (blemish.file == File::Roles)
            .then(|| by_line.get(&blemish.line))
            .flatten();
        let about = row.map_or_else(String::new, |r| {
            format!(" (`{}`, skill `{}`)", r.level, r.skill)
        });
        let message = match &blemish.kind {
            BlemishKind::NotInUse => {
                if let Some(row) = row {
                    let entry = not_in_use.entry(row.role.as_str()).or_insert((row.line, 0));
                    entry.1 += 1;
                }
                continue;
            }
            BlemishKind::MissingDescription => {
                format!("the skill description is `MISSING`{about}; kept empty")
            }
            BlemishKind::BlankDescription => {
                format!("the skill description is empty{about}; kept empty")
            }
            BlemishKind::RepeatedRow { first } => {
                format!("the row repeats line {first} exactly; merged into it")
            }
            BlemishKind::LineSeparator { column } => {
                format!("`{column}` holds U+2028 line separators; made line breaks")
            }
            BlemishKind::StraySpace { column } => {
                format!("`{column}` has spaces around it; trimmed")
            }
            BlemishKind::LevelNotDefined { level } => {
                format!("the {level} level is \"currently not defined\"; kept empty")
            }
            BlemishKind::LevelEmpty { level } => {
                format!("the {level} level is empty; kept empty")
            }
        };
        findings.push(Finding {
            file: blemish.file,
            line: blemish.line,
            message,
            blemish: true,
        });
    }
    for (role, (line, count)) in not_in_use {
        findings.push(Finding {
            file: File::Roles,
            line,
            message: format!(
                "the role `{role}` is NOT IN USE in the framework ({count} rows): no profile is made for it"
            ),
            blemish: true,
        });
    }
    findings
}

/// A ladder whose required levels go down from one rank to the next: said,
/// never hidden (Data scientist's Lead → Principal → Head is one).
fn descent_findings(rows: &[RoleRow], descents: &[Descent]) -> Vec<Finding> {
    // Where each role's level is first met: found once, not per descent.
    let mut first: HashMap<(&str, &str), u64> = HashMap::new();
    for row in rows {
        first
            .entry((row.role.as_str(), row.level.as_str()))
            .or_insert(row.line);
    }
    descents
        .iter()
        .map(|d| Finding {
            file: File::Roles,
            line: first
                .get(&(d.role.as_str(), d.to.as_str()))
                .copied()
                .unwrap_or(0),
            message: format!(
                "on the `{}` ladder, `{}` requires less than `{}` below it (sum of required levels {} after {})",
                d.role, d.to, d.from, d.to_sum, d.from_sum
            ),
            blemish: false,
        })
        .collect()
}
