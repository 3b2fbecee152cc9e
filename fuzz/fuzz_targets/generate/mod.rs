//! Profiles and assessments made from fuzz input (`arbitrary`): the
//! structure is always well formed, the text is whatever the fuzzer
//! writes. Shared by the structure-aware targets.

use arbitrary::Arbitrary;
use indexmap::IndexMap;
use skillgap::assessment::model::{Assessment, Assessor, Date, Level, Rating, Status};
use skillgap::profile::model::{
    Background, DevelopmentComponent, KnowledgeSkill, LadderPlace, OrganisationSkill, Profile,
    Qualification, QualificationKind, SkillType, Source, Track, WorkActivity,
};
use skillgap::profile::scale::{CustomScale, Depth, OrgScaleSpec, PresetScale, ScaleLevel};

/// The id every generated profile has.
pub const PROFILE_ID: &str = "fuzz-role";

/// Upper bounds on how many of each part, so that one run stays quick.
const MAX_SKILLS: usize = 12;
const MAX_ORGANISATION: usize = 8;
const MAX_COMPONENTS: usize = 10;
const MAX_RATINGS: usize = 40;

#[derive(Arbitrary, Debug)]
pub struct GenProfile {
    title: String,
    summary: String,
    family: Option<String>,
    role: Option<String>,
    level: Option<String>,
    role_description: Option<String>,
    responsibilities: Vec<String>,
    /// Where the profile comes from: a name, and a URL, licence,
    /// attribution and date, each file text printed in every format (the
    /// URL never as a link).
    source: Option<GenSource>,
    /// A place on the role's ladder: a rank and whether on the management
    /// track.
    ladder: Option<(u8, bool)>,
    /// DDaT, SFIA, or a scale of the profile's own: its name and levels
    /// are file text, shown in every format.
    scale: GenScale,
    background: Vec<(String, String)>,
    work_activities: Vec<(String, String)>,
    skills: Vec<GenSkill>,
    organisation: Vec<GenOrganisation>,
    components: Vec<GenComponent>,
}

#[derive(Arbitrary, Debug)]
struct GenSource {
    name: String,
    url: Option<String>,
    licence: Option<String>,
    attribution: Option<String>,
    date: Option<String>,
}

#[derive(Arbitrary, Debug)]
enum GenScale {
    Ddat,
    Sfia,
    Custom {
        name: String,
        levels: Vec<(String, String)>,
    },
}

#[derive(Arbitrary, Debug)]
struct GenSkill {
    title: String,
    details: String,
    depth: Option<u8>,
    kind: u8,
}

#[derive(Arbitrary, Debug)]
struct GenOrganisation {
    framework: String,
    category: Option<String>,
    title: String,
    description: String,
    level: u8,
    level_description: String,
    level_descriptions: Vec<String>,
}

#[derive(Arbitrary, Debug)]
struct GenComponent {
    kind: u8,
    title: String,
    details: String,
    awarding_body: Option<String>,
    develops: Vec<u8>,
}

#[derive(Arbitrary, Debug)]
pub struct GenAssessment {
    person: String,
    assessor: u8,
    assessor_name: Option<String>,
    days: u16,
    complete: bool,
    ratings: Vec<GenRating>,
}

#[derive(Arbitrary, Debug)]
struct GenRating {
    item: u8,
    level: u8,
    evidence: Option<String>,
}

impl GenProfile {
    /// The profile, with ids of our own (`skill-0`, `org-0`, `training-0`)
    /// so that every id is valid and unique whatever the titles.
    pub fn profile(&self) -> Profile {
        let mut knowledge_skills: Vec<KnowledgeSkill> = self
            .skills
            .iter()
            .take(MAX_SKILLS)
            .enumerate()
            .map(|(i, s)| KnowledgeSkill {
                id: format!("skill-{i}"),
                title: text(&s.title),
                // No requirement, or one of the four depths ("none" is no
                // requirement, and the loader refuses it written).
                depth: s.depth.and_then(|d| Depth::from_step(1 + d % 4)),
                kind: [
                    SkillType::Behavioural,
                    SkillType::Technical,
                    SkillType::Other,
                ][usize::from(s.kind % 3)],
                details: text(&s.details),
                inferred: Vec::new(),
                truncated: Vec::new(),
            })
            .collect();
        if knowledge_skills.is_empty() && self.organisation.is_empty() {
            // A profile with nothing to rate is refused.
            knowledge_skills.push(KnowledgeSkill {
                id: "skill-0".to_owned(),
                title: text(&self.title),
                depth: Some(Depth::Familiar),
                kind: SkillType::Technical,
                details: text(&self.summary),
                inferred: Vec::new(),
                truncated: Vec::new(),
            });
        }
        let scale = match &self.scale {
            GenScale::Ddat => OrgScaleSpec::default(),
            GenScale::Sfia => OrgScaleSpec::Preset(PresetScale::Sfia),
            GenScale::Custom { name, levels } => OrgScaleSpec::Custom(CustomScale {
                name: text(name),
                levels: levels
                    .iter()
                    .take(9)
                    .map(|(name, meaning)| ScaleLevel {
                        name: text(name),
                        meaning: text(meaning),
                    })
                    .collect(),
            }),
        };
        let top = scale.top().max(1);
        let organisation_skills: Vec<OrganisationSkill> = self
            .organisation
            .iter()
            .take(MAX_ORGANISATION)
            .enumerate()
            .map(|(i, o)| OrganisationSkill {
                id: format!("org-{i}"),
                framework: text(&o.framework),
                category: o.category.clone(),
                title: text(&o.title),
                description: text(&o.description),
                level: 1 + o.level % top,
                level_description: text(&o.level_description),
                level_descriptions: o
                    .level_descriptions
                    .iter()
                    .take(usize::from(top))
                    .map(|t| text(t))
                    .collect(),
                ..OrganisationSkill::default()
            })
            .collect();
        let rated: Vec<String> = knowledge_skills
            .iter()
            .map(|s| s.id.clone())
            .chain(organisation_skills.iter().map(|o| o.id.clone()))
            .collect();
        let mut profile = Profile {
            id: PROFILE_ID.to_owned(),
            title: text(&self.title),
            family: self.family.clone(),
            role: self.role.clone(),
            level: self.level.clone(),
            role_description: self.role_description.clone(),
            summary: text(&self.summary),
            responsibilities: self.responsibilities.iter().take(8).cloned().collect(),
            source: self.source.as_ref().map(|s| Source {
                name: text(&s.name),
                url: s.url.clone(),
                licence: s.licence.clone(),
                attribution: s.attribution.clone(),
                date: s.date.clone(),
            }),
            ladder: self.ladder.map(|(rank, management)| LadderPlace {
                rank: 1 + rank % 9,
                track: if management {
                    Track::Management
                } else {
                    Track::Technical
                },
            }),
            organisation_scale: scale,
            background: self
                .background
                .iter()
                .take(4)
                .map(|(kind, body)| Background {
                    kind: text(kind),
                    text: text(body),
                    inferred: Vec::new(),
                    truncated: Vec::new(),
                })
                .collect(),
            work_activities: self
                .work_activities
                .iter()
                .take(6)
                .enumerate()
                .map(|(i, (title, details))| WorkActivity {
                    id: format!("work-{i}"),
                    title: text(title),
                    details: text(details),
                    sfia_code: None,
                    sfia_level: None,
                    inferred: Vec::new(),
                    truncated: Vec::new(),
                })
                .collect(),
            knowledge_skills,
            organisation_skills,
            ..Profile::default()
        };
        for (i, c) in self.components.iter().take(MAX_COMPONENTS).enumerate() {
            let develops: Vec<String> = c
                .develops
                .iter()
                .take(6)
                .filter(|_| !rated.is_empty())
                .map(|n| rated[usize::from(*n) % rated.len()].clone())
                .collect();
            let component = |prefix: &str, develops| DevelopmentComponent {
                id: format!("{prefix}-{i}"),
                title: text(&c.title),
                details: text(&c.details),
                develops,
                reach: None,
                inferred: Vec::new(),
                truncated: Vec::new(),
            };
            match c.kind % 4 {
                0 => profile.training.push(component("training", develops)),
                1 => profile
                    .development_activities
                    .push(component("activity", develops)),
                kind => profile.qualifications.push(Qualification {
                    id: format!("qualification-{i}"),
                    title: text(&c.title),
                    awarding_body: c.awarding_body.clone(),
                    kind: if kind == 3 {
                        QualificationKind::Registration
                    } else {
                        QualificationKind::Qualification
                    },
                    develops,
                    reach: None,
                    inferred: Vec::new(),
                    truncated: Vec::new(),
                }),
            }
        }
        profile
    }
}

/// The level above `profile` on its ladder: another id, one rank up, and
/// every requirement a step higher where the scale has one, so that a
/// career path from one to the other has steps to show.
pub fn next_level(profile: &Profile) -> Profile {
    let mut next = profile.clone();
    next.id = format!("{PROFILE_ID}-next");
    next.ladder = Some(LadderPlace {
        rank: profile
            .ladder
            .map_or(2, |place| place.rank.saturating_add(1)),
        track: profile.ladder.map(|place| place.track).unwrap_or_default(),
    });
    for skill in &mut next.knowledge_skills {
        skill.depth = skill
            .depth
            .map(|d| Depth::from_step(d.step() + 1).unwrap_or(d));
    }
    let top = next.organisation_scale.top();
    for skill in &mut next.organisation_skills {
        skill.level = (skill.level + 1).min(top.max(1));
    }
    next
}

impl GenAssessment {
    /// The assessment of `profile`: each rating on its item's scale (a
    /// depth, or a number from 0 to the organisation scale's top: an
    /// off-scale number is refused on loading, and the input would be lost
    /// to the renderers).
    pub fn assessment(&self, profile: &Profile) -> Assessment {
        let skills = profile.knowledge_skills.len();
        let items = skills + profile.organisation_skills.len();
        let mut ratings = IndexMap::new();
        for r in self.ratings.iter().take(MAX_RATINGS) {
            if items == 0 {
                break;
            }
            let index = usize::from(r.item) % items;
            let (id, level) = if index < skills {
                (
                    profile.knowledge_skills[index].id.clone(),
                    Level::Depth(Depth::from_step(r.level % 5).unwrap_or(Depth::None)),
                )
            } else {
                (
                    profile.organisation_skills[index - skills].id.clone(),
                    Level::Number(r.level % (profile.organisation_scale.top() + 1)),
                )
            };
            ratings.insert(
                id,
                Rating {
                    level,
                    evidence: r.evidence.clone(),
                },
            );
        }
        Assessment {
            profile: profile.id.clone(),
            profile_digest: None,
            profiles: Vec::new(),
            profile_digests: IndexMap::new(),
            person: text(&self.person),
            assessor: [Assessor::SelfAssessed, Assessor::Manager, Assessor::Peer]
                [usize::from(self.assessor % 3)],
            assessor_name: self.assessor_name.clone(),
            date: date(self.days),
            status: if self.complete {
                Status::Complete
            } else {
                Status::InProgress
            },
            ratings,
        }
    }
}

/// `text`, made non-blank: an empty required text is refused by the
/// loader, and the fuzzer would spend most runs on that one finding.
fn text(text: &str) -> String {
    if text.trim().is_empty() {
        format!("x{text}")
    } else {
        text.to_owned()
    }
}

/// A day from 2000-01-01 on, `days` later.
pub fn date(days: u16) -> Date {
    let start = jiff::civil::date(2000, 1, 1);
    Date(
        start
            .checked_add(jiff::Span::new().days(i64::from(days)))
            .unwrap_or(start),
    )
}
