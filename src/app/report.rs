//! `skillgap report`: load an assessment and its profile, measure, render,
//! and apply the gates.

use std::borrow::Cow;
use std::path::Path;

use anyhow::{Context as _, bail};

use super::{emit, load_catalog};
use crate::assessment::load::Parsed;
use crate::assessment::{self, Assessment, ProfileChange};
use crate::diagnostic::Diagnostic;
use crate::document::Checked;
use crate::exit::ExitStatus;
use crate::gate::{Gates, Standing, judge};
use crate::input::{self, Kind, Source};
use crate::profile::{Catalog, Profile};
use crate::render::{Format, Layout, Options, render};
use crate::report::{Advice, GapReport, analyse_advised};
use crate::text::{one_line, plural};

/// What `report` was asked to do.
#[derive(Debug)]
pub struct ReportRequest {
    pub assessment: std::path::PathBuf,
    pub profile: Option<String>,
    pub format: Format,
    pub explain: bool,
    pub fail_on_gap: bool,
    pub min_readiness: Option<u8>,
    /// Actions in this cycle of the plan.
    pub max_actions: usize,
    /// When this cycle's actions are due.
    pub review_by: Option<crate::assessment::Date>,
    /// A cycle's length from the assessment (six months unless given).
    pub cycle: Option<crate::plan::Period>,
}

/// Errors of a file, as lines for a message.
pub(super) fn error_lines(errors: &[Diagnostic]) -> String {
    let mut lines: Vec<String> = errors.iter().take(20).map(ToString::to_string).collect();
    if errors.len() > 20 {
        lines.push(format!(
            "... and {} more (run `{} validate` on the file)",
            errors.len() - 20,
            super::program::program()
        ));
    }
    lines.join("\n")
}

/// Reads an assessment and checks it against its profile (or `profile`, a
/// PROFILE argument that overrides the one it names). Errors are fatal.
pub(super) fn load_assessment(
    path: &Path,
    profile: Option<&str>,
    catalog: &Catalog,
) -> anyhow::Result<(Assessment, Profile, Option<ProfileChange>)> {
    let (assessment, profile, change) =
        check_assessment(path, read_assessment(path)?, profile, catalog)?;
    Ok((assessment, profile.into_owned(), change))
}

/// Reads and parses an assessment file, not yet checked against a
/// profile (a file made for several profiles is read once for them all).
pub(super) fn read_assessment(path: &Path) -> anyhow::Result<Parsed> {
    let bytes = input::read(Source::File(path), Kind::Yaml)?;
    match assessment::load::parse(path, &bytes) {
        Ok(parsed) => Ok(parsed),
        Err(diagnostics) => bail!(
            "{} is not a valid assessment:\n{}",
            path.display(),
            error_lines(&diagnostics)
        ),
    }
}

/// Checks an assessment read from `path` against its profile (or
/// `profile`, as [`load_assessment`]); a loaded profile is borrowed, not
/// copied (one person's thousand files share it).
pub(super) fn check_assessment<'c>(
    path: &Path,
    mut parsed: Parsed,
    profile: Option<&str>,
    catalog: &'c Catalog,
) -> anyhow::Result<(Assessment, Cow<'c, Profile>, Option<ProfileChange>)> {
    let resolved = match profile {
        Some(spec) => {
            let resolved = catalog.resolve_ref(spec)?;
            // A file made for several profiles reads as one of its own.
            parsed = parsed.serving(&resolved.profile.id);
            Some(resolved)
        }
        None => parsed
            .profile_id()
            .and_then(|id| catalog.get(id))
            .map(Cow::Borrowed),
    };
    // Made against another profile: its linked skills count for this one.
    if profile.is_some()
        && let Some(source) = parsed.profile_id().and_then(|id| catalog.get(id))
    {
        parsed = parsed.made_against(&source.profile);
    }
    let ids: Vec<&str> = catalog.ids().collect();
    // The digest as the catalog worked it out once, not once per file.
    let target = resolved
        .as_deref()
        .map(|entry| (&entry.profile, entry.digest()));
    let (checked, change) = parsed.check_against_digest(path, target, &ids);
    match (checked.value.clone(), resolved) {
        (Some(assessment), Some(entry)) => {
            let profile = match entry {
                Cow::Borrowed(entry) => Cow::Borrowed(&entry.profile),
                Cow::Owned(entry) => Cow::Owned(entry.profile),
            };
            Ok((assessment, profile, change))
        }
        _ => bail!(invalid(path, &checked)),
    }
}

fn invalid(path: &Path, checked: &Checked<Assessment>) -> String {
    format!(
        "{} is not a valid assessment:\n{}",
        path.display(),
        error_lines(&checked.errors())
    )
}

/// The gates: exit 1 when a gap or low readiness breaches what was asked.
pub(super) fn gates(report: &GapReport, gates: Gates) -> ExitStatus {
    let s = &report.summary;
    let breaches = judge(Standing::from(s), gates);
    if breaches.gaps {
        say!(
            "gate: {} below the required level, {} not rated (--fail-on-gap)",
            plural(s.gaps, "item"),
            s.not_rated
        );
    }
    if let (true, Some(minimum)) = (breaches.readiness, gates.min_readiness) {
        say!(
            "gate: readiness {:.1}% is below {minimum}% (--min-readiness)",
            s.readiness_percent
        );
    }
    if breaches.any() {
        ExitStatus::Findings
    } else {
        ExitStatus::Success
    }
}

/// Runs `skillgap report`.
pub(super) fn run(
    request: &ReportRequest,
    dirs: &[std::path::PathBuf],
    layout: Layout,
) -> anyhow::Result<ExitStatus> {
    let catalog = load_catalog(dirs)?;
    let (assessment, profile, change) =
        load_assessment(&request.assessment, request.profile.as_deref(), &catalog)
            .context("cannot make the report")?;
    if let (None, [first, others @ ..]) = (&request.profile, assessment.profiles.as_slice())
        && !others.is_empty()
    {
        say!(
            "note: {} serves {} profiles; measured against `{}` (--profile ID for another: {})",
            one_line(&request.assessment.display().to_string()),
            assessment.profiles.len(),
            one_line(first),
            others
                .iter()
                .map(|id| one_line(id))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    // The command rates the file's own profile: not offered when the
    // report measures it against another.
    let own = request.profile.as_deref().is_none_or(|_| {
        assessment.profile == profile.id || assessment.profiles.contains(&profile.id)
    });
    if let Some(date) = request.review_by
        && date < assessment.date
    {
        bail!(
            "--review-by {date} is before the assessment ({}): give a later date",
            assessment.date
        );
    }
    if let Some(cycle) = request.cycle
        && cycle.after(assessment.date).is_none()
    {
        bail!(
            "--cycle {} after the assessment ({}) is past the calendar's last day, 9999-12-31: give a shorter cycle or --review-by",
            cycle,
            assessment.date
        );
    }
    let texts = crate::profile::BuiltinLevelTexts::default();
    let advice = Advice {
        max_actions: request.max_actions,
        review_by: request.review_by,
        cycle: request.cycle.unwrap_or(crate::plan::DEFAULT_CYCLE),
        texts: &texts,
    };
    let mut report = analyse_advised(&profile, &assessment, change, request.explain, &advice);
    if own {
        report = report.rated_by(|| {
            super::assess::rate_unrated_command(
                dirs,
                request.profile.as_deref(),
                &request.assessment,
            )
        });
    }
    emit(&render(
        &report,
        request.format,
        &Options {
            layout,
            explain: request.explain,
        },
    )?)?;
    Ok(gates(
        &report,
        Gates {
            fail_on_gap: request.fail_on_gap,
            min_readiness: request.min_readiness,
        },
    ))
}
