//! Planning an `assess` run: a new assessment (the profile, the person's
//! name, answers from a file, where to save) or a resumed one (the file so
//! far, checked against the profile as it is now), and the item to start at.
//!
//! It decides what the run starts from; it does not run the flow, save
//! answers or print how a run ended.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use super::hints::Resume;
use super::out::{check_out, default_out};
use super::pick::pick_profile;
use super::{Ask, AssessRequest, Stopped};
use crate::app::report::error_lines;
use crate::assess::answers::Answers;
use crate::assess::flow::Asked;
use crate::assess::terminal::TerminalPrompter;
use crate::assessment::model::is_blank_name;
use crate::assessment::several::Joined;
use crate::assessment::{self, Assessment, Date, Status};
use crate::input::{self, Kind, Source};
use crate::output::Target;
use crate::profile::{Catalog, Depth, Profile, Voice, builtin, digest};
use crate::render::wrap::{width as display_width, wrap};
use crate::text::one_line;

/// The opening screen: the profile, how many items (`asked`: how many
/// `--only` asks, if it does), what each level of the scales its items are
/// rated on means (in `voice`), and how to stop. Wrapped between words to `width` columns,
/// each level's meaning beside its name (under it when the terminal is too
/// narrow for both).
fn intro(profile: &Profile, voice: Voice, width: usize, asked: Option<usize>) -> String {
    let columns = width.saturating_sub(1);
    let paragraph = |text: &str| wrap(&one_line(text), columns, "", "");
    let level = |name: String, meaning: &str| {
        let lead = format!("  {name} ");
        let hang = " ".repeat(display_width(&lead));
        if columns.saturating_sub(hang.len()) >= 20 {
            wrap(&one_line(meaning), columns, &lead, &hang)
        } else {
            let mut lines = wrap(name.trim_end(), columns, "  ", "  ");
            lines.extend(wrap(&one_line(meaning), columns, "    ", "    "));
            lines
        }
    };
    let scale = &profile.organisation_scale;
    let count = match asked {
        Some(asked) => format!("{asked} of its {} items (--only)", profile.rated_count()),
        None => format!("{} items", profile.rated_count()),
    };
    let mut lines = paragraph(&format!("{}: {count}, one screen each.", profile.title));
    lines.push(String::new());
    // Only the scales this profile rates on: a framework profile has no
    // knowledge/skills, so no depth scale to explain.
    if !profile.knowledge_skills.is_empty() {
        lines.extend(paragraph("Knowledge and skills are rated by depth:"));
        for depth in Depth::ALL {
            lines.extend(level(
                format!("{:<14}", depth.label()),
                depth.meaning_in(voice),
            ));
        }
        lines.push(String::new());
    }
    if !profile.organisation_skills.is_empty() {
        lines.extend(paragraph(&format!(
            "Organisation skills are rated on the {} scale (0 = not yet):",
            scale.name()
        )));
        for n in 1..=scale.top() {
            if let Some((name, meaning)) = scale.level_in(n, voice) {
                lines.extend(level(format!("{n} {:<12}", one_line(name)), meaning));
            }
        }
        // The meaning under the list may not fit a small terminal: the key
        // is said once here too.
        if profile
            .organisation_skills
            .iter()
            .any(|skill| !skill.level_descriptions.is_empty() || skill.ddat_skill.is_some())
        {
            lines.extend(paragraph(
                "? shows what each level means for a skill, as the framework says it.",
            ));
        }
        lines.push(String::new());
    }
    lines.extend(paragraph(
        "Each answer is saved at once. Esc or Ctrl-C stops; --resume carries on later.",
    ));
    lines.push(String::new());
    lines.join("\n")
}

/// The profile named, or in a terminal with several profiles loaded the
/// one picked from a list, or the built-in default.
fn resolve_profile(
    catalog: &Catalog,
    spec: Option<&str>,
    prompter: Option<&TerminalPrompter>,
) -> anyhow::Result<Profile> {
    let picked;
    let spec = match (spec, prompter) {
        (Some(spec), _) => spec,
        (None, Some(prompter)) => {
            picked = pick_profile(catalog, prompter)?;
            &picked
        }
        (None, None) => builtin::DEFAULT_ID,
    };
    Ok(catalog.resolve(spec)?.profile)
}

/// Sets up the run: the profile, the assessment so far, where to save it,
/// and the items to ask.
pub(super) struct Plan {
    pub(super) profile: Profile,
    pub(super) assessment: Assessment,
    pub(super) out: Target,
    pub(super) asked: Asked,
    pub(super) answers: Option<Answers>,
    /// Of several profiles in one sitting: the level each requires, by
    /// item id.
    pub(super) required_by: indexmap::IndexMap<String, String>,
}

/// The items of `--only`, checked against the profile before anything is
/// asked; `None` when the run does not name any.
fn only(request: &AssessRequest, profile: &Profile) -> anyhow::Result<Option<Asked>> {
    let Ask::Only(ids) = &request.ask else {
        return Ok(None);
    };
    match Asked::only(profile, ids) {
        Ok(asked) if asked.is_empty() => bail!("--only needs at least one item id"),
        Ok(asked) => Ok(Some(asked)),
        Err(unknown) => bail!(
            "{unknown}\n  To list the item ids: {} show {} --format yaml",
            crate::app::program::program(),
            super::shell_quote(Path::new(&profile.id)),
        ),
    }
}

pub(super) fn plan_resume(
    request: &AssessRequest,
    file: &Path,
    catalog: &Catalog,
    prompter: Option<&TerminalPrompter>,
) -> anyhow::Result<Plan> {
    // Looked at before reading, so a change made after is noticed; the
    // reading says first what is wrong with a path that is no file.
    let out = Target::open(file);
    let (mut assessment, joined, change) =
        super::several::load_resumed(file, request, catalog).context("cannot resume")?;
    let Joined {
        profile,
        required_by,
    } = joined;
    let out = out?;
    let only = only(request, &profile)?;
    if let Some(change) = change {
        if let Some(other) = &change.assessed_against {
            bail!(
                "{} is an assessment against `{other}`, not `{}`; resume it without naming a profile, or start a new one",
                file.display(),
                profile.id
            );
        }
        let mut lines = vec![format!(
            "Profile `{}` has changed since this assessment was started.",
            profile.id
        )];
        if change.removed.is_empty() {
            lines.push("No rated item was removed; any new items will be asked.".to_owned());
        } else {
            lines.push(format!(
                "These ratings are for items no longer in it and will be dropped: {}",
                change
                    .removed
                    .iter()
                    .map(|id| crate::text::one_line(id))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        match prompter {
            Some(prompter) => {
                for line in &lines {
                    prompter.say_wrapped(line);
                }
                prompter
                    .line(
                        "Press Enter to go on (Esc to stop and keep the file as it is). ",
                        "",
                    )
                    .map_err(|_| Stopped)?;
            }
            None => lines.iter().for_each(|line| say!("note: {line}")),
        }
        let removed: std::collections::HashSet<&String> = change.removed.iter().collect();
        assessment.ratings.retain(|id, _| !removed.contains(id));
    }
    let complete = assessment.status == Status::Complete;
    // Naming the items to ask (--only, --unrated) is enough to re-rate a
    // complete file; only going through all of it again needs --force.
    if complete && !request.force && request.ask == Ask::Default {
        let unrated = Asked::unrated(&profile, &assessment).len();
        let unrated = match unrated {
            0 => String::new(),
            1 => "\n  --unrated    rate the 1 unrated item".to_owned(),
            n => format!("\n  --unrated    rate the {n} unrated items"),
        };
        bail!(
            "{} is already complete; to go on with it, add one of:{unrated}\n  \
             --only ID,…  rate these items again\n  \
             --force      go through every item again",
            file.display()
        );
    }
    assessment.profile.clone_from(&profile.id);
    assessment.profile_digest = Some(digest(&profile));
    let asked = match (only, &request.ask) {
        (Some(only), _) => only,
        (None, Ask::Unrated) => Asked::unrated(&profile, &assessment),
        (None, _) if request.force => Asked::all_from_first_unrated(&profile, &assessment),
        (None, _) => {
            let unrated = Asked::unrated(&profile, &assessment);
            if unrated.is_empty() {
                // In progress with every item rated (stopped at the very
                // end): the last item, so finishing marks it complete.
                Asked::all_from(&profile, profile.rated_count().saturating_sub(1))
            } else {
                unrated
            }
        }
    };
    Ok(Plan {
        profile,
        assessment,
        out,
        asked,
        answers: None,
        required_by,
    })
}

/// An answers file, read, decoded and parsed once.
struct AnswersFile {
    text: String,
    value: crate::yaml::Value,
}

impl AnswersFile {
    fn read(path: &Path) -> anyhow::Result<Self> {
        let bytes = input::read(Source::File(path), Kind::Yaml)?;
        let located = |e: crate::yaml::ReadError| {
            anyhow::anyhow!("{}:{}: {}", path.display(), e.location, e.message)
        };
        let text = crate::yaml::decode(&bytes).map_err(located)?;
        let value = crate::yaml::parse(text).map_err(located)?;
        Ok(Self {
            text: text.to_owned(),
            value,
        })
    }

    /// The profile the file names when it is in the assessment's own form
    /// (it has `profile` and `ratings`); none for a bare map of item to
    /// level.
    fn profile_named(&self) -> Option<String> {
        self.value.get("ratings")?;
        self.value.get("profile")?.as_str().map(str::to_owned)
    }
}

fn read_answers(
    path: &Path,
    file: AnswersFile,
    profile: &Profile,
    template: &Assessment,
) -> anyhow::Result<(Answers, Option<String>)> {
    let items = profile.rated_items();
    let parsed = assessment::load::parse_answers(&file.text, file.value, template, |id| {
        items.iter().any(|item| item.id == id)
    });
    let (checked, _) = parsed.check_against(path, Some(profile), &[]);
    match checked.value {
        Some(answers) => {
            let person = (answers.person != template.person).then(|| answers.person.clone());
            Ok((Answers::new(answers.ratings), person))
        }
        None => bail!(
            "{} is not a usable answers file:\n{}",
            path.display(),
            error_lines(&checked.errors())
        ),
    }
}

/// Asks for the names not given on the command line: the person's (which
/// an assessment cannot do without), then, when a manager or peer rates
/// someone else and `ask_assessor` is set, the assessor's own (which may
/// be left out).
fn ask_names(
    prompter: &TerminalPrompter,
    assessment: &mut Assessment,
    ask_assessor: bool,
) -> Result<(), Stopped> {
    let prompt = match assessment.assessor.voice() {
        Voice::You => "Your name: ",
        Voice::They => "Name of the person you are assessing: ",
    };
    while is_blank_name(&assessment.person) {
        let name = prompter.line(prompt, "").map_err(|_| Stopped)?;
        assessment.person = crate::assessment::model::tidy_name(&name);
        if is_blank_name(&assessment.person) {
            prompter.say_wrapped(NAME_NEEDED);
        }
    }
    if ask_assessor && assessment.assessor.voice() == Voice::They {
        let name = prompter
            .line("Your own name (Enter to leave it out): ", "")
            .map_err(|_| Stopped)?;
        let name = crate::assessment::model::tidy_name(&name);
        assessment.assessor_name = (!is_blank_name(&name)).then_some(name);
    }
    Ok(())
}

/// Why an empty answer to the name prompt is asked again.
const NAME_NEEDED: &str = "A name is needed: it goes in the file and its name.";

/// The loaded profile whose id an answers file names. Only an id: a file
/// given to be read as answers never makes another file be read as a
/// profile.
fn answers_profile(catalog: &Catalog, answers: &Path, id: &str) -> anyhow::Result<Profile> {
    if let Some(entry) = catalog.get(id) {
        return Ok(entry.profile.clone());
    }
    let ids: Vec<&str> = catalog.ids().collect();
    let suggestion = crate::suggest::closest(id, ids.iter().copied())
        .map(|s| format!(" (did you mean `{s}`?)"))
        .unwrap_or_default();
    bail!(
        "{} is an assessment against `{}`, which is not loaded{suggestion}; \
         name the profile (an id or a YAML file) before --answers, or load its folder with --profiles",
        answers.display(),
        one_line(id)
    )
}

pub(super) fn plan_new(
    request: &AssessRequest,
    dirs: &[PathBuf],
    catalog: &Catalog,
    prompter: Option<&TerminalPrompter>,
) -> anyhow::Result<Plan> {
    // Without a PROFILE, the answers file may name one: it is read first,
    // and only once.
    let mut file = match (&request.profile, &request.answers) {
        (None, Some(path)) => Some(AnswersFile::read(path)?),
        _ => None,
    };
    let named_in_answers = match (&file, &request.answers) {
        (Some(file), Some(path)) => file
            .profile_named()
            .map(|id| answers_profile(catalog, path, &id))
            .transpose()?,
        _ => None,
    };
    let several = super::several::chosen(request, catalog)?;
    let Joined {
        profile,
        required_by,
    } = match named_in_answers {
        _ if !several.is_empty() => super::several::joined(&several)?,
        named => Joined {
            profile: match named {
                Some(profile) => profile,
                None => resolve_profile(catalog, request.profile.as_deref(), prompter)?,
            },
            required_by: indexmap::IndexMap::new(),
        },
    };
    let only = only(request, &profile)?;
    let date = Date::today();
    let (profiles, profile_digests) = assessment::several::recorded(&several);
    let mut assessment = Assessment {
        profile: profile.id.clone(),
        profile_digest: several.is_empty().then(|| digest(&profile)),
        profiles,
        profile_digests,
        person: request.name.clone().unwrap_or_default(),
        assessor: request.assessor,
        assessor_name: request.assessor_name.clone(),
        date,
        status: Status::InProgress,
        ratings: indexmap::IndexMap::new(),
    };
    let mut answers = None;
    if let Some(path) = &request.answers {
        let file = match file.take() {
            Some(file) => file,
            None => AnswersFile::read(path)?,
        };
        let (loaded, person) = read_answers(path, file, &profile, &assessment)?;
        if assessment.person.is_empty() {
            assessment.person = person.unwrap_or_default();
        }
        if is_blank_name(&assessment.person) {
            bail!(
                "whose answers are these? give --name NAME (or a `person` in {})",
                path.display()
            );
        }
        answers = Some(loaded.complete_anyway(request.complete));
    }
    if let Some(prompter) = prompter {
        // Room below for the name prompts, where the answers go and
        // "Press Enter to see the first item".
        prompter
            .page(
                &intro(
                    &profile,
                    assessment.assessor.voice(),
                    prompter.width(),
                    only.as_ref().map(Asked::len),
                ),
                6,
            )
            .map_err(|_| Stopped)?;
        ask_names(prompter, &mut assessment, request.assessor_name.is_none())?;
    }
    let out = request.out.clone().unwrap_or_else(|| {
        default_out(
            &profile,
            &assessment.person,
            assessment.assessor,
            assessment.assessor_name.as_deref(),
            date,
        )
    });
    let resume = super::hints::resume_command(request, dirs, &out, Resume::ThisRun(false));
    let out = check_out(&out, request.force, &resume)?;
    let asked = only.unwrap_or_else(|| Asked::all_from(&profile, 0));
    Ok(Plan {
        profile,
        assessment,
        out,
        asked,
        answers,
        required_by,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_opening_screen_explains_only_the_scales_the_profile_rates_on() {
        let catalog = Catalog::builtin();
        let screen = |id: &str| {
            let profile = &catalog.get(id).unwrap().profile;
            intro(profile, Voice::You, 80, None)
        };
        let framework = screen("ddat-lead-devops-engineer");
        assert!(!framework.contains("rated by depth"), "{framework}");
        assert!(
            framework.contains("Organisation skills are rated on the DDaT scale"),
            "{framework}"
        );
        let fedip = screen(builtin::DEFAULT_ID);
        assert!(fedip.contains("Knowledge and skills are rated by depth:"));
        assert!(fedip.contains("Organisation skills are rated on the DDaT scale"));
        // Both have the framework's level texts (the FEDIP one through its
        // links): the key to them is said before the first item.
        for text in [&framework, &fedip] {
            assert!(
                text.contains("? shows what each level means for a skill"),
                "{text}"
            );
        }
    }
}
