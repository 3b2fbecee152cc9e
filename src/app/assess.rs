//! `skillgap assess`: set up an assessment (new, resumed, or answered from
//! a file), run the flow, and finish with the gap report.

#![allow(clippy::print_stderr)] // the edge: messages to stderr are its job

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use super::report::{error_lines, load_assessment, render};
use super::save_guard::SaveGuard;
use super::{ColorMode, emit, load_catalog, paint};
use crate::assess::answers::Answers;
use crate::assess::flow::{self, Outcome, Prompter, WithoutEvidence};
use crate::assess::terminal::TerminalPrompter;
use crate::assessment::model::is_blank_name;
use crate::assessment::write::Target;
use crate::assessment::{self, Assessment, Assessor, Date, Status};
use crate::exit::ExitStatus;
use crate::gap::analyse;
use crate::profile::slug::{bounded, slugify};
use crate::profile::{Catalog, Depth, Profile, builtin, digest};
use crate::render::terminal::sanitize;
use crate::render::{Format, Layout};

/// The person stopped before the first item: nothing to save.
#[derive(Debug, thiserror::Error)]
#[error("stopped before starting; nothing was saved")]
struct Stopped;

/// Whether `assess` asks for an evidence note after each level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notes {
    Ask,
    /// `--no-evidence`: one choice per item.
    Skip,
}

/// What `assess` was asked to do.
#[derive(Debug)]
pub struct AssessRequest {
    pub profile: Option<String>,
    pub out: Option<PathBuf>,
    pub force: bool,
    pub resume: Option<PathBuf>,
    pub name: Option<String>,
    pub assessor: Assessor,
    pub assessor_name: Option<String>,
    pub blind: bool,
    /// Whether to ask for an evidence note after each level.
    pub notes: Notes,
    pub answers: Option<PathBuf>,
    /// With `answers`: complete even with required items unrated.
    pub complete: bool,
    pub format: Format,
}

fn intro(profile: &Profile) -> String {
    let depth: Vec<String> = Depth::ALL
        .iter()
        .map(|d| format!("  {:<14} {}", d.label(), d.meaning()))
        .collect();
    let scale = &profile.organisation_scale;
    let org: Vec<String> = (1..=scale.top())
        .filter_map(|n| {
            scale
                .level(n)
                .map(|(name, meaning)| format!("  {n} {name:<12} {meaning}"))
        })
        .collect();
    crate::render::terminal::sanitize(&format!(
        "{title}: {count} items, one screen each.\n\n\
         Knowledge and skills are rated by depth:\n{depth}\n\n\
         Organisation skills are rated on the {scale_name} scale (0 = not yet):\n{org}\n\n\
         Each answer is saved at once. Esc or Ctrl-C stops; --resume carries on later.\n",
        title = profile.title,
        count = profile.rated_count(),
        depth = depth.join("\n"),
        scale_name = scale.name(),
        org = org.join("\n"),
    ))
    .into_owned()
}

/// Most bytes the person's slug takes in a default file name.
const PERSON_SLUG_BYTES: usize = 64;
/// Most bytes the assessor's name takes in a default file name.
const ASSESSOR_SLUG_BYTES: usize = 32;
/// Most bytes the profile id takes in a default file name; the file itself
/// keeps the whole id.
const ID_BYTES: usize = 100;

/// `<profile-id>-<person>[-<assessor>[-<assessor-name>]]-<date>.yaml`, the
/// assessor part only for assessors other than the person. Every part is
/// bounded, so the name stays within 230 of the 255 bytes a file name may
/// take (room for a suffix), whatever the id and the names given.
fn default_out(
    profile: &Profile,
    person: &str,
    assessor: Assessor,
    assessor_name: Option<&str>,
    date: Date,
) -> PathBuf {
    let slug = slugify(person);
    let slug = match bounded(&slug, PERSON_SLUG_BYTES) {
        "" => "person",
        bounded => bounded,
    };
    let mut name = format!("{}-{slug}", bounded(&profile.id, ID_BYTES));
    if assessor != Assessor::SelfAssessed {
        name.push('-');
        name.push_str(assessor.label());
        let other = slugify(assessor_name.unwrap_or_default());
        let other = bounded(&other, ASSESSOR_SLUG_BYTES);
        if !other.is_empty() {
            name.push('-');
            name.push_str(other);
        }
    }
    PathBuf::from(format!("{name}-{date}.yaml"))
}

/// Refuses to overwrite an existing assessment without --force, and
/// anything but a regular file at all.
fn check_out(path: &Path, force: bool) -> anyhow::Result<Target> {
    let target = Target::open(path)?;
    if force || !target.exists() {
        return Ok(target);
    }
    let complete = crate::discover::read_regular(path).is_ok_and(|bytes| {
        String::from_utf8_lossy(&bytes)
            .lines()
            .any(|l| l.trim() == "status: complete")
    });
    if complete {
        bail!(
            "{} already holds a complete assessment; choose another --out, or add --force to replace it",
            path.display()
        );
    }
    bail!(
        "{} already exists; continue it with `{} assess --resume {}`, or add --force to start again",
        path.display(),
        super::program::program(),
        shell_quote(path)
    )
}

fn resolve_profile(catalog: &Catalog, spec: Option<&str>) -> anyhow::Result<Profile> {
    Ok(catalog
        .resolve(spec.unwrap_or(builtin::DEFAULT_ID))?
        .profile)
}

/// Sets up the run: the profile, the assessment so far, where to save it,
/// and the first item to show.
struct Plan {
    profile: Profile,
    assessment: Assessment,
    out: Target,
    start: usize,
    answers: Option<Answers>,
}

fn plan_resume(
    request: &AssessRequest,
    file: &Path,
    catalog: &Catalog,
    prompter: Option<&TerminalPrompter>,
) -> anyhow::Result<Plan> {
    // Looked at before reading, so a change made after is noticed; the
    // reading says first what is wrong with a path that is no file.
    let out = Target::open(file);
    let (mut assessment, profile, change) =
        load_assessment(file, request.profile.as_deref(), catalog).context("cannot resume")?;
    let out = out?;
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
                    .map(|id| crate::render::terminal::one_line(id))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        match prompter {
            Some(prompter) => {
                for line in &lines {
                    prompter.say(line);
                }
                prompter
                    .line(
                        "Press Enter to go on (Esc to stop and keep the file as it is). ",
                        "",
                    )
                    .map_err(|_| Stopped)?;
            }
            None => lines.iter().for_each(|line| eprintln!("note: {line}")),
        }
        let removed: std::collections::HashSet<&String> = change.removed.iter().collect();
        assessment.ratings.retain(|id, _| !removed.contains(id));
    }
    if assessment.status == Status::Complete && !request.force {
        bail!(
            "{} is already complete; add --force to go through it again",
            file.display()
        );
    }
    let complete = assessment.status == Status::Complete;
    assessment.profile.clone_from(&profile.id);
    assessment.profile_digest = Some(digest(&profile));
    let start = if complete {
        0
    } else {
        flow::first_unrated(&profile, &assessment).min(profile.rated_count().saturating_sub(1))
    };
    Ok(Plan {
        profile,
        assessment,
        out,
        start,
        answers: None,
    })
}

fn read_answers(
    path: &Path,
    profile: &Profile,
    template: &Assessment,
) -> anyhow::Result<(Answers, Option<String>)> {
    let bytes = super::read_file(path)?;
    let text = crate::yaml::decode(&bytes)
        .map_err(|e| anyhow::anyhow!("{}:{}: {}", path.display(), e.location, e.message))?;
    let value = crate::yaml::parse(text)
        .map_err(|e| anyhow::anyhow!("{}:{}: {}", path.display(), e.location, e.message))?;
    let items = profile.rated_items();
    let parsed = assessment::load::parse_answers(text, value, template, |id| {
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

fn plan_new(
    request: &AssessRequest,
    catalog: &Catalog,
    prompter: Option<&TerminalPrompter>,
) -> anyhow::Result<Plan> {
    let profile = resolve_profile(catalog, request.profile.as_deref())?;
    let date = Date::today();
    let mut assessment = Assessment {
        profile: profile.id.clone(),
        profile_digest: Some(digest(&profile)),
        person: request.name.clone().unwrap_or_default(),
        assessor: request.assessor,
        assessor_name: request.assessor_name.clone(),
        date,
        status: Status::InProgress,
        ratings: indexmap::IndexMap::new(),
    };
    let mut answers = None;
    if let Some(path) = &request.answers {
        let (loaded, person) = read_answers(path, &profile, &assessment)?;
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
        prompter.say(&intro(&profile));
        while is_blank_name(&assessment.person) {
            let name = prompter.line("Your name: ", "").map_err(|_| Stopped)?;
            name.trim().clone_into(&mut assessment.person);
        }
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
    let out = check_out(&out, request.force)?;
    Ok(Plan {
        profile,
        assessment,
        out,
        start: 0,
        answers,
    })
}

/// Runs `skillgap assess`.
pub(super) fn run(
    request: &AssessRequest,
    dirs: &[PathBuf],
    color: ColorMode,
    layout: Layout,
) -> anyhow::Result<ExitStatus> {
    match run_inner(request, dirs, color, layout) {
        Err(error) if error.downcast_ref::<Stopped>().is_some() => {
            eprintln!("Stopped before starting; nothing was saved.");
            Ok(ExitStatus::Interrupted)
        }
        other => other,
    }
}

/// The exact command that continues `out`, with the profile arguments
/// this run was given. `complete`: the file on disk still says
/// `complete` (a re-rating under `--force` stopped before it ended), so
/// resuming it needs `--force` too: without it, the command printed would
/// only answer that the file is already complete.
fn resume_command(request: &AssessRequest, dirs: &[PathBuf], out: &Path, complete: bool) -> String {
    let mut command = String::from(super::program::program());
    for dir in dirs {
        command.push_str(&format!(" --profiles {}", shell_quote(dir)));
    }
    command.push_str(" assess");
    if let Some(profile) = &request.profile {
        command.push_str(&format!(" {}", shell_quote(Path::new(profile))));
    }
    command.push_str(&format!(" --resume {}", shell_quote(out)));
    if complete {
        command.push_str(" --force");
    }
    command
}

/// The closing lines of a finished run: how many items were rated, where
/// the file is, and what is still unrated.
fn say_done(
    request: &AssessRequest,
    dirs: &[PathBuf],
    profile: &Profile,
    done: &Assessment,
    out: &Path,
) {
    let total = profile.rated_count();
    eprintln!(
        "Done: {} of {total} items rated{}. Saved to {}.",
        done.ratings.len(),
        match total - done.ratings.len() {
            0 => String::new(),
            skipped => format!(", {skipped} skipped"),
        },
        shown(out)
    );
    match flow::unrated_required(profile, done) {
        0 => {}
        unrated if done.status == Status::Complete => {
            eprintln!("Marked complete; {} unrated.", required_items(unrated));
        }
        unrated => eprintln!(
            "{} unrated, so the file stays in progress. Rate {} with: {}",
            required_items(unrated),
            if unrated == 1 { "it" } else { "them" },
            resume_command(request, dirs, out, false)
        ),
    }
}

fn run_inner(
    request: &AssessRequest,
    dirs: &[PathBuf],
    color: ColorMode,
    layout: Layout,
) -> anyhow::Result<ExitStatus> {
    let interactive = request.answers.is_none();
    if interactive && !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        bail!(
            "assess asks questions in a terminal, and there is none here (stdin or stderr is not a terminal); \
             nothing was written.\n  To rate from a file: {program} assess --answers FILE --name NAME\n  \
             To read an existing assessment: {program} report FILE",
            program = super::program::program()
        );
    }
    let catalog = load_catalog(dirs, color)?;
    if let Some(out) = &request.out {
        check_out(out, request.force)?;
    }
    let terminal = interactive.then(|| {
        // Ctrl-C must reach the prompts as an interrupt, not end the
        // process before the cursor is restored and the message printed.
        let _ = ctrlc::set_handler(|| {});
        TerminalPrompter::new(paint(color, std::io::stderr().is_terminal()).enabled)
    });
    // After ctrlc's handler, which it chains to: a SIGINT sent with
    // `kill` (the Ctrl-C key is no signal at a prompt) ends the run.
    let guard = SaveGuard::install(crate::assess::terminal::restore);
    let mut plan = match &request.resume {
        Some(file) => plan_resume(request, file, &catalog, terminal.as_ref())?,
        None => plan_new(request, &catalog, terminal.as_ref())?,
    };
    let out = plan.out.path().to_owned();
    if let Some(terminal) = &terminal {
        if request.resume.is_some() {
            terminal.say(&crate::assess::resume::context(
                &plan.profile,
                &plan.assessment,
                plan.start,
            ));
        }
        terminal.say(&format!("Answers are saved to {} as you go.", shown(&out)));
        terminal
            .line("Press Enter to see the first item (Esc to stop). ", "")
            .map_err(|_| Stopped)?;
    } else {
        eprintln!("Saving answers to {}", shown(&out));
    }
    let mut prompter: Box<dyn Prompter> = match (plan.answers.take(), terminal) {
        (Some(answers), _) => Box::new(answers),
        (None, Some(terminal)) if request.notes == Notes::Skip => {
            Box::new(WithoutEvidence(terminal))
        }
        (None, Some(terminal)) => Box::new(terminal),
        (None, None) => bail!("no way to ask: neither a terminal nor --answers"),
    };
    let mut saves = 0usize;
    // Until the last answer, every save keeps the status the file had.
    let complete_on_disk = plan.assessment.status == Status::Complete;
    let outcome = flow::run(
        &plan.profile,
        plan.assessment,
        plan.start,
        request.blind,
        prompter.as_mut(),
        &mut |a| {
            saves += 1;
            guard.save(|| plan.out.save_assessment(a))
        },
    )
    .map_err(|error| with_conflict_hints(error, request, dirs, &out, complete_on_disk))?;
    // Put the terminal back before printing the end.
    drop(prompter);
    match outcome {
        Outcome::Completed(done) => {
            say_done(request, dirs, &plan.profile, &done, &out);
            let report = analyse(&plan.profile, &done, None, false);
            emit(&render(&report, request.format, layout, false))?;
            Ok(ExitStatus::Success)
        }
        Outcome::Interrupted(_) if saves == 0 && request.resume.is_none() => {
            eprintln!("Stopped before the first answer; nothing was saved.");
            Ok(ExitStatus::Interrupted)
        }
        Outcome::Interrupted(partial) => {
            eprintln!(
                "Stopped. {} answer{} saved in {}.\nResume with: {}",
                partial.ratings.len(),
                if partial.ratings.len() == 1 { "" } else { "s" },
                shown(&out),
                resume_command(request, dirs, &out, complete_on_disk)
            );
            Ok(ExitStatus::Interrupted)
        }
    }
}

/// "1 required item is", "29 required items are".
fn required_items(count: usize) -> String {
    if count == 1 {
        "1 required item is".to_owned()
    } else {
        format!("{count} required items are")
    }
}

/// When the file changed under this run and its answers went elsewhere,
/// says how to see the two side by side and how to carry on.
fn with_conflict_hints(
    error: flow::FlowError,
    request: &AssessRequest,
    dirs: &[PathBuf],
    out: &Path,
    complete: bool,
) -> anyhow::Error {
    let flow::FlowError::Save(save) = &error;
    match save.reason.kept() {
        Some(kept) => anyhow::anyhow!(
            "{error}\n  To see how they differ: {} compare {} {}\n  To go on with these answers: {}",
            super::program::program(),
            shell_quote(out),
            shell_quote(kept),
            resume_command(request, dirs, kept, complete)
        ),
        None => error.into(),
    }
}

/// A path as the user gave it, its control characters made visible: a
/// file name can hold escapes too.
fn shown(path: &Path) -> String {
    sanitize(&path.display().to_string()).into_owned()
}

/// A path as a shell argument: quoted when it holds anything special, its
/// control characters made visible.
pub(super) fn shell_quote(path: &Path) -> String {
    let text = shown(path);
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
    {
        text
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}
