//! `skillgap assess`: set up an assessment (new, resumed, or answered from
//! a file), run the flow, and finish with the gap report.
//!
//! This file holds the request and the run itself: it picks a plan, picks
//! the prompter, runs the flow and says how it ended. Planning lives in
//! `plan`, the profile list shown when none is named in `pick`, default
//! file names and the overwrite check in `out`, printed commands and
//! quoting in `hints`, the closing lines in `done`. It must not grow any of
//! those back.

mod done;
mod hints;

pub(in crate::app) use hints::{rate_unrated_command, shell_word};
mod out;
mod pick;
mod plan;
mod several;

use std::io::IsTerminal as _;
use std::path::PathBuf;

use anyhow::bail;

use super::save_guard::SaveGuard;
use super::{emit, load_catalog};
use crate::assess::flow::{self, Outcome, Prompter, WithoutEvidence};
use crate::assess::terminal::TerminalPrompter;
use crate::assessment::write::save_assessment;
use crate::assessment::{Assessor, Status};
use crate::exit::ExitStatus;
use crate::profile::BuiltinLevelTexts;
use crate::render::{Format, Layout, Options, render};
use crate::report::{Advice, analyse_advised};
use crate::text::plural;
use done::{Done, closing_lines, say_nothing_to_ask};
pub(super) use hints::shell_quote;
use hints::{Resume, resume_command, shown, with_conflict_hints};
use out::check_out;
use plan::{plan_new, plan_resume};

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

/// Which items `assess` asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    /// A new assessment: every item. A resume: the unrated items; with
    /// `--force`, every item from the first unrated one.
    Default,
    /// `--unrated`: only the items without a rating.
    Unrated,
    /// `--only`: only the items with these ids.
    Only(Vec<String>),
}

/// What `assess` was asked to do.
#[derive(Debug)]
pub struct AssessRequest {
    pub profile: Option<String>,
    /// Further profiles assessed in the same sitting (SPEC §9).
    pub more: Vec<String>,
    /// `--role`: every level of one role, in the same sitting.
    pub role: Option<String>,
    pub out: Option<PathBuf>,
    pub force: bool,
    pub resume: Option<PathBuf>,
    pub name: Option<String>,
    pub assessor: Assessor,
    pub assessor_name: Option<String>,
    pub blind: bool,
    /// Whether to ask for an evidence note after each level.
    pub notes: Notes,
    /// Which items to ask.
    pub ask: Ask,
    pub answers: Option<PathBuf>,
    /// With `answers`: complete even with required items unrated.
    pub complete: bool,
    pub format: Format,
}

/// Runs `skillgap assess`.
pub(super) fn run(
    request: &AssessRequest,
    dirs: &[PathBuf],
    layout: Layout,
) -> anyhow::Result<ExitStatus> {
    match run_inner(request, dirs, layout) {
        Err(error) if error.downcast_ref::<Stopped>().is_some() => {
            say!("Stopped before starting; nothing was saved.");
            Ok(ExitStatus::Interrupted)
        }
        other => other,
    }
}

fn run_inner(
    request: &AssessRequest,
    dirs: &[PathBuf],
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
    let catalog = load_catalog(dirs)?;
    if let Some(out) = &request.out {
        check_out(
            out,
            request.force,
            &resume_command(request, dirs, out, Resume::ThisRun(false)),
        )?;
    }
    // At a prompt the Ctrl-C key is no signal (the prompter turns ISIG
    // off) but a key the prompt answers as "stop"; a SIGINT sent with
    // `kill`, or the key between prompts, ends the run through the guard.
    let terminal = interactive.then(|| TerminalPrompter::new(super::console::paint().enabled));
    let guard = SaveGuard::install(crate::assess::terminal::restore);
    let mut plan = match &request.resume {
        Some(file) => plan_resume(request, file, &catalog, terminal.as_ref())?,
        None => plan_new(request, dirs, &catalog, terminal.as_ref())?,
    };
    let out = plan.out.path().to_owned();
    if plan.asked.is_empty() {
        say_nothing_to_ask(&out);
        return Ok(ExitStatus::Success);
    }
    say_where_it_starts(terminal.as_ref(), request, &plan, &out)?;
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
    // The level texts of a skill the profile links to a DDaT skill are
    // read from one built-in profile, when its screen is first shown.
    let texts = BuiltinLevelTexts::default();
    let ask = flow::Ask {
        asked: &plan.asked,
        blind: request.blind,
        texts: &texts,
        required_by: Some(&plan.required_by).filter(|by| !by.is_empty()),
    };
    let outcome = flow::run_asked(
        &plan.profile,
        plan.assessment,
        &ask,
        prompter.as_mut(),
        &mut |a| {
            saves += 1;
            guard.save(|| save_assessment(&mut plan.out, a, &plan.profile))
        },
    )
    .map_err(|error| {
        with_conflict_hints(
            error,
            request,
            dirs,
            &out,
            Resume::ThisRun(complete_on_disk),
        )
    })?;
    // Put the terminal back before printing the end.
    drop(prompter);
    match outcome {
        Outcome::Completed(done) => {
            finish(request, dirs, layout, &catalog, &plan.profile, &done, &out)
        }
        Outcome::Interrupted(_) if saves == 0 && request.resume.is_none() => {
            say!("Stopped before the first answer; nothing was saved.");
            Ok(ExitStatus::Interrupted)
        }
        Outcome::Interrupted(partial) => {
            super::console::wrapped(&format!(
                "Stopped. {} saved in {}.",
                plural(partial.ratings.len(), "answer"),
                shown(&out),
            ));
            // The command on one line, never broken by us: it is copied.
            say!(
                "Resume with: {}",
                resume_command(request, dirs, &out, Resume::ThisRun(complete_on_disk))
            );
            Ok(ExitStatus::Interrupted)
        }
    }
}

/// The end of a finished run: the report (of several profiles, the
/// first's, as `report` prints it), then the closing lines (each one's
/// headline).
fn finish(
    request: &AssessRequest,
    dirs: &[PathBuf],
    layout: Layout,
    catalog: &crate::profile::Catalog,
    profile: &crate::profile::Profile,
    done: &crate::assessment::Assessment,
    out: &std::path::Path,
) -> anyhow::Result<ExitStatus> {
    // The framework's level texts say what will show each action done.
    let texts = crate::profile::BuiltinLevelTexts::default();
    let advice = Advice::standard(&texts);
    // A run of one profile named on the command line names it again.
    let named = request
        .profile
        .as_deref()
        .filter(|_| request.more.is_empty());
    let rate = || hints::rate_unrated_command(dirs, named, out);
    let report = analyse_advised(profile, done, None, false, &advice).rated_by(rate);
    let each: Vec<_> = several::each_report(out, &done.profiles, catalog, &advice)?
        .into_iter()
        .map(|each| each.rated_by(rate))
        .collect();
    let options = Options::plain(layout);
    emit(&render(
        each.first().unwrap_or(&report),
        request.format,
        &options,
    )?)?;
    // After the report, so the headline and the way on are the
    // last lines on screen, however long the report.
    let closing = Done {
        request,
        dirs,
        profile,
        assessment: done,
        report: &report,
        out,
        each: &each,
    };
    let interactive = request.answers.is_none();
    for line in closing_lines(&closing, stderr_width(), interactive) {
        say!("{line}");
    }
    Ok(ExitStatus::Success)
}

/// Before the first item: whose file a resume continues and where the
/// answers go; in a terminal, waits for Enter.
fn say_where_it_starts(
    terminal: Option<&TerminalPrompter>,
    request: &AssessRequest,
    plan: &plan::Plan,
    out: &std::path::Path,
) -> Result<(), Stopped> {
    let Some(terminal) = terminal else {
        say!("Saving answers to {}", shown(out));
        return Ok(());
    };
    if request.resume.is_some() {
        terminal.say_wrapped(&crate::assess::resume::context(
            &plan.profile,
            &plan.assessment,
            &plan.asked,
        ));
    }
    terminal.say_wrapped(&format!("Answers are saved to {} as you go.", shown(out)));
    terminal
        .line("Press Enter to see the first item (Esc to stop). ", "")
        .map_err(|_| Stopped)?;
    Ok(())
}

/// Columns of the terminal on stderr, where the closing lines go. A log
/// or a pipe gets whole lines, to read and search as they are.
fn stderr_width() -> usize {
    super::console::columns().unwrap_or(usize::MAX)
}
