//! Running a request: the edge that reads the environment (beside `cli`'s
//! `SKILLGAP_PROFILES`), saves files (through `output`), and prints
//! (through `emit` and `console`). Domain modules hand back values;
//! renderers hand back strings; this module writes them and picks the exit
//! status.

#[macro_use]
mod console;
mod assess;
mod compare;
mod history;
mod import;
mod import_ddat;
mod names;
mod path;
mod profiles;
mod program;
mod report;
mod roles;
mod save_guard;
mod team;

pub use assess::{Ask, AssessRequest, Notes};
pub use compare::CompareRequest;
pub use history::HistoryRequest;
pub use import::ImportRequest;
pub use import_ddat::DdatRequest;
pub use path::PathRequest;
pub use report::ReportRequest;
pub use roles::RolesRequest;
pub use team::TeamRequest;

use std::io::{IsTerminal as _, Write as _};
use std::path::PathBuf;

use anyhow::Context as _;

use crate::diagnostic::Severity;
use crate::exit::ExitStatus;
use crate::profile::{Catalog, Profile};
use crate::render::diagnostics::{self, DiagnosticFormat};
use crate::render::terminal::Paint;
use crate::render::{Layout, Options, ProfileFormat, render};
use crate::text::{one_line, sanitize};
use crate::validate;

/// Everything a run needs, free of clap types.
#[derive(Debug)]
pub struct Request {
    pub profile_dirs: Vec<PathBuf>,
    pub color: ColorMode,
    pub command: Command,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorMode {
    Auto,
    Always,
    Never,
}

/// File kinds with a JSON Schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    Profile,
    Assessment,
}

/// The commands.
#[derive(Debug)]
pub enum Command {
    Profiles {
        /// Only profiles this word is found in.
        search: Option<String>,
        /// Only this role family.
        family: Option<String>,
        format: ProfileFormat,
    },
    Show {
        profile: String,
        format: crate::render::Format,
    },
    Assess(AssessRequest),
    Report(ReportRequest),
    Team(TeamRequest),
    Roles(RolesRequest),
    Path(PathRequest),
    Compare(CompareRequest),
    History(HistoryRequest),
    Import(ImportRequest),
    ImportDdat(DdatRequest),
    Validate {
        paths: Vec<PathBuf>,
        strict: bool,
        /// Print no findings: the exit status says it all.
        quiet: bool,
        /// List notes (what a source lacks) in the human and GitHub formats.
        notes: bool,
        format: DiagnosticFormat,
    },
    Schema {
        kind: SchemaKind,
    },
    /// Print a shell completion script, made by the command line.
    Completions {
        script: String,
    },
}

/// Runs `request` and returns how it ended. Errors are printed here.
#[must_use]
pub fn run(request: Request) -> ExitStatus {
    match dispatch(request) {
        Ok(status) => status,
        Err(error) => {
            // Messages quote paths and file text: neutralise them whole.
            say!("error: {}", sanitize(&format!("{error:#}")));
            ExitStatus::Failure
        }
    }
}

fn dispatch(request: Request) -> anyhow::Result<ExitStatus> {
    console::init(request.color);
    let stdout_paint = paint(request.color, std::io::stdout().is_terminal());
    let layout = Layout {
        width: output_width(),
        paint: stdout_paint,
    };
    match request.command {
        Command::Profiles {
            search,
            family,
            format,
        } => {
            let catalog = load_catalog(&request.profile_dirs)?;
            profiles::run(
                &catalog,
                &profiles::Filter {
                    search: search.as_deref(),
                    family: family.as_deref(),
                },
                format,
                layout,
            )
        }
        Command::Show { profile, format } => {
            let catalog = load_catalog(&request.profile_dirs)?;
            let entry = catalog.resolve(&profile)?;
            emit(&render(&entry.profile, format, &Options::plain(layout))?)?;
            Ok(ExitStatus::Success)
        }
        Command::Assess(assess) => assess::run(&assess, &request.profile_dirs, layout),
        Command::Import(import) => import::run(&import),
        Command::ImportDdat(import) => import_ddat::run(&import),
        Command::Compare(c) => compare::run(&c, &request.profile_dirs, layout),
        Command::Team(team) => team::run(&team, &request.profile_dirs, layout),
        Command::History(history) => history::run(&history, &request.profile_dirs, layout),
        Command::Path(path) => path::run(&path, &request.profile_dirs, layout),
        Command::Roles(roles) => roles::run(&roles, &request.profile_dirs, layout),
        Command::Report(report) => report::run(&report, &request.profile_dirs, layout),
        Command::Validate {
            paths,
            strict,
            quiet,
            notes,
            format,
        } => {
            let catalog = load_catalog(&request.profile_dirs)?;
            // JSON always has the notes; the other formats list them when
            // asked (and count them either way).
            let listed = if notes || format == DiagnosticFormat::Json {
                validate::Notes::List
            } else {
                validate::Notes::Count
            };
            let outcome = validate::validate(&paths, &catalog, listed);
            if !quiet {
                emit(&diagnostics::render(&outcome, format, stdout_paint, notes))?;
            }
            for problem in &outcome.unreadable {
                console::error(&one_line(&problem.to_string()));
            }
            Ok(if !outcome.unreadable.is_empty() {
                ExitStatus::Failure
            } else if outcome.files == 0 {
                console::error(&format!(
                    "no YAML files (*.yaml, *.yml) found in {}",
                    paths
                        .iter()
                        .map(|p| one_line(&p.display().to_string()))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
                ExitStatus::Failure
            } else if outcome.count(Severity::Error) > 0
                || (strict && outcome.count(Severity::Warning) > 0)
            {
                ExitStatus::Findings
            } else {
                ExitStatus::Success
            })
        }
        Command::Schema { kind } => {
            let schema = match kind {
                SchemaKind::Profile => schemars::generate::SchemaSettings::draft07()
                    .into_generator()
                    .into_root_schema_for::<Profile>(),
                SchemaKind::Assessment => schemars::generate::SchemaSettings::draft07()
                    .into_generator()
                    .into_root_schema_for::<crate::assessment::Assessment>(),
            };
            emit(&crate::render::json::to_json(&schema))?;
            Ok(ExitStatus::Success)
        }
        Command::Completions { script } => {
            emit(&script)?;
            Ok(ExitStatus::Success)
        }
    }
}

/// The profiles from `dirs` and the built-in ones. A file skipped in a
/// folder is a warning on stderr when it is met:
/// at load, or when the command first uses its id.
pub(crate) fn load_catalog(dirs: &[PathBuf]) -> anyhow::Result<Catalog> {
    let warn = move |skipped: &crate::profile::catalog::Skipped| {
        console::warning(&format!(
            "skipped {}: {}",
            one_line(&skipped.path.display().to_string()),
            one_line(&skipped.reason)
        ));
    };
    Catalog::load(dirs, Box::new(warn)).context("cannot load the --profiles folders")
}

pub(crate) fn paint(mode: ColorMode, is_terminal: bool) -> Paint {
    let enabled = match mode {
        ColorMode::Always => true,
        ColorMode::Never => false,
        ColorMode::Auto => is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    Paint { enabled }
}

/// The terminal's width when stdout is one, else 80 so piped output is the
/// same everywhere.
fn output_width() -> usize {
    if std::io::stdout().is_terminal() {
        terminal_size::terminal_size().map_or(80, |(w, _)| usize::from(w.0).clamp(40, 160))
    } else {
        80
    }
}

/// Writes data to stdout. A closed pipe (`| head`) only stops the output:
/// the command goes on to decide its exit status (a `validate` with
/// findings still exits 1), so it is not an error here.
pub(crate) fn emit(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
