//! `skillgap team`: read many assessments in parallel, skip and report the
//! broken ones, keep the newest per person, and render the team report.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::bail;
use rayon::prelude::*;

use super::{emit, load_catalog};
use crate::assessment;
use crate::assessment::load::Parsed;
use crate::discover::discover;
use crate::exit::ExitStatus;
use crate::gate::Gates;
use crate::input::{self, Kind, Source};
use crate::profile::{Catalog, Profile, digest};
use crate::render::{Format, Layout, Options, render};
use crate::team::{Member, Skipped, TeamReport, by_role, team};
use crate::text::{one_line, plural};
use gates::gates;
use ladder::{best_level, next_level, on_two_levels};

/// What `team` was asked to do.
#[derive(Debug)]
pub struct TeamRequest {
    pub paths: Vec<PathBuf>,
    pub profile: Option<String>,
    pub format: Format,
    pub fail_on_gap: bool,
    pub min_readiness: Option<u8>,
    /// Each person's readiness for the next level of their role.
    pub next_level: bool,
    /// Everyone on one role's ladder in one matrix.
    pub by_role: bool,
}

/// Why a file among the inputs was not counted (`team`, `history`).
pub(super) enum NotUsed {
    /// A profile among the assessments: not an error, just not ours.
    Profile,
    /// Unreadable or no valid assessment: reported, and the run fails.
    Skipped(Skipped),
}

/// The first error among `diagnostics`, as `line:column: message`.
pub(super) fn first_error(diagnostics: &[crate::diagnostic::Diagnostic]) -> String {
    diagnostics
        .iter()
        .find(|d| d.severity == crate::diagnostic::Severity::Error)
        .map_or_else(
            || "not a valid assessment".to_owned(),
            |d| format!("{}:{}: {}", d.line, d.column, d.message),
        )
}

/// A file among the inputs, read and parsed as an assessment; a profile
/// is told apart, anything else unusable is skipped with its reason.
pub(super) fn read_parsed(path: &Path) -> Result<Parsed, NotUsed> {
    let skip = |reason: String| {
        NotUsed::Skipped(Skipped {
            file: path.display().to_string(),
            reason,
        })
    };
    let bytes = input::read(Source::File(path), Kind::Yaml)
        .map_err(|error| skip(error.problem.to_string()))?;
    assessment::load::parse(path, &bytes).map_err(|d| {
        if d.iter()
            .any(|d| d.rule == crate::diagnostic::Rule::UnknownKind)
        {
            NotUsed::Profile
        } else {
            skip(first_error(&d))
        }
    })
}

/// Reads one assessment and measures it; or says why it was not used.
fn load(
    path: &Path,
    catalog: &Catalog,
    forced: Option<(&Profile, &str)>,
    ids: &[&str],
    format: Format,
    by_role: bool,
) -> Result<(String, Member), NotUsed> {
    let skip = |reason: String| {
        NotUsed::Skipped(Skipped {
            file: path.display().to_string(),
            reason,
        })
    };
    let mut parsed = read_parsed(path)?;
    if let Some((profile, _)) = forced {
        // A file made for several profiles reads as one of its own.
        parsed = parsed.serving(&profile.id);
    } else if let [_, others @ ..] = parsed.profile_ids().as_slice()
        && !others.is_empty()
        && by_role
        && let Some(level) = best_level(path, &parsed, catalog, ids)
    {
        // By role, the person stands where `path` puts them.
        say!(
            "note: {} serves {} profiles; by role, measured against `{}`, the level its ratings fit best",
            one_line(&path.display().to_string()),
            others.len() + 1,
            one_line(&level)
        );
        parsed = parsed.serving(&level);
    } else if let [first, others @ ..] = parsed.profile_ids().as_slice()
        && !others.is_empty()
    {
        // As `report` says: else the person's group is a profile they
        // may never have aimed at (the lowest level of a ladder, say).
        say!(
            "note: {} serves {} profiles; measured against `{}` (--profile ID for another)",
            one_line(&path.display().to_string()),
            others.len() + 1,
            one_line(first)
        );
    }
    let target = forced.or_else(|| {
        parsed
            .profile_id()
            .and_then(|id| catalog.get(id))
            .map(|entry| (&entry.profile, entry.digest()))
    });
    let profile = target.map(|(profile, _)| profile);
    // Measured against another profile (--profile): the skills its own
    // profile links to the framework count.
    if forced.is_some()
        && let Some(source) = parsed.profile_id().and_then(|id| catalog.get(id))
        && profile.is_some_and(|p| p.id != source.profile.id)
    {
        parsed = parsed.made_against(&source.profile);
    }
    let (checked, _) = parsed.check_against_digest(path, target, ids);
    match (checked.value, profile) {
        (Some(assessment), Some(profile)) => {
            let items = profile.rated_items();
            let mut member = Member::new(&items, &assessment, path.display().to_string());
            // Only the CSV shows evidence: other formats do not pay for it.
            if format == Format::Csv {
                member.keep_evidence(&items, &assessment);
            }
            if assessment.profile != profile.id {
                member.assessed_against = Some(assessment.profile);
            }
            Ok((profile.id.clone(), member))
        }
        _ => Err(skip(first_error(&checked.diagnostics))),
    }
}

/// The team report of `groups` (members by their profile): with
/// `--by-role`, the profiles on one role's ladder as one; with
/// `--next-level`, each member's readiness for the next level.
fn measure(
    groups: Vec<(&Profile, Vec<Member>)>,
    skipped: Vec<Skipped>,
    request: &TeamRequest,
    catalog: &Catalog,
) -> TeamReport {
    let mut regrouped = if request.by_role {
        by_role::regroup(groups)
    } else {
        by_role::Regrouped {
            roles: Vec::new(),
            alone: groups,
            refused: Vec::new(),
        }
    };
    for (role, why) in &regrouped.refused {
        say!(
            "note: the levels of {} cannot share one matrix ({why}); each is reported on its own",
            one_line(role)
        );
    }
    // The roles first, then the profiles on no ladder, each with the
    // profile its members' cells are laid out on.
    let members: Vec<Vec<Member>> = regrouped
        .roles
        .iter_mut()
        .map(|group| std::mem::take(&mut group.members))
        .collect();
    let mut groups: Vec<(&Profile, Vec<Member>)> = regrouped
        .roles
        .iter()
        .map(|group| &group.profile)
        .zip(members)
        .collect();
    groups.extend(regrouped.alone);
    let profiles: Vec<&Profile> = groups.iter().map(|(profile, _)| *profile).collect();
    let mut report = team(groups, skipped, &canonical);
    for (group, team) in regrouped.roles.iter().zip(&mut report.profiles) {
        group.mark(team);
        on_two_levels(team);
    }
    if request.next_level {
        for (team, profile) in report.profiles.iter_mut().zip(&profiles) {
            next_level(team, profile, catalog);
        }
    }
    report
}

/// Runs `skillgap team`.
pub(super) fn run(
    request: &TeamRequest,
    dirs: &[PathBuf],
    layout: Layout,
) -> anyhow::Result<ExitStatus> {
    let catalog = load_catalog(dirs)?;
    let forced = match &request.profile {
        Some(spec) => Some(catalog.resolve(spec)?.profile),
        None => None,
    };
    let (found, mut skipped) = assessment_files(&request.paths)?;
    // Files met but not readable (FIFOs, devices) still count as found.
    let unreadable = skipped.len();
    // Digests once per profile, not once per file; a catalog profile's
    // only when an assessment names it.
    let forced_digest = forced.as_ref().map(digest);
    let forced_target = forced.as_ref().zip(forced_digest.as_deref());
    let ids: Vec<&str> = catalog.ids().collect();
    let results: Vec<Result<(String, Member), NotUsed>> = found
        .files
        .par_iter()
        .map(|path| {
            load(
                path,
                &catalog,
                forced_target,
                &ids,
                request.format,
                request.by_role,
            )
        })
        .collect();
    let mut groups: BTreeMap<String, Vec<Member>> = BTreeMap::new();
    let mut profiles_seen = 0;
    for result in results {
        match result {
            Ok((id, member)) => groups.entry(id).or_default().push(member),
            Err(NotUsed::Profile) => profiles_seen += 1,
            Err(NotUsed::Skipped(skip)) => skipped.push(skip),
        }
    }
    if profiles_seen > 0 {
        say!(
            "note: {} among the inputs left out (not assessments)",
            plural(profiles_seen, "profile file")
        );
    }
    if groups.is_empty() {
        say_skipped(&skipped);
        let files = found.files.len() + unreadable;
        if files == 1 {
            bail!("the file could not be used as an assessment");
        }
        bail!("none of the {files} files could be used as an assessment");
    }
    if let Some(profile) = &forced {
        note_other_profiles(profile, groups.values().flatten());
    }
    let profile_of = |id: &str| -> &Profile {
        forced
            .as_ref()
            .filter(|p| p.id == id)
            .or_else(|| catalog.get(id).map(|e| &e.profile))
            .expect("every counted member's profile was found")
    };
    let groups: Vec<(&Profile, Vec<Member>)> = groups
        .into_iter()
        .map(|(id, members)| (profile_of(&id), members))
        .collect();
    let report = measure(groups, skipped, request, &catalog);
    emit(&render(&report, request.format, &Options::plain(layout))?)?;
    // After the report, not before: a report of many people is longer than
    // a screen, and would scroll away which files were left out and why.
    say_skipped(&report.skipped);
    // The gates are judged (and said) even when files were skipped; the
    // skipped files then decide the exit status.
    let gate = gates(
        &report,
        Gates {
            fail_on_gap: request.fail_on_gap,
            min_readiness: request.min_readiness,
        },
    );
    if !report.skipped.is_empty() {
        say!(
            "{} skipped; the report covers the rest",
            plural(report.skipped.len(), "file")
        );
        return Ok(ExitStatus::Failure);
    }
    Ok(gate)
}

/// The assessment files under `paths` (as `discover` finds them), and a
/// skipped entry for each bad one met inside a folder (a dangling link, a
/// FIFO). A path the user named must exist.
///
/// # Errors
/// A named path cannot be read, or no YAML file is found at all.
pub(super) fn assessment_files(
    paths: &[PathBuf],
) -> anyhow::Result<(crate::discover::Discovered, Vec<Skipped>)> {
    let mut found = discover(paths);
    let mut skipped = Vec::new();
    for error in std::mem::take(&mut found.errors) {
        if paths.contains(&error.path) {
            bail!("cannot read {}: {}", error.path.display(), error.reason);
        }
        skipped.push(Skipped {
            file: error.path.display().to_string(),
            reason: error.reason,
        });
    }
    if found.files.is_empty() && skipped.is_empty() {
        bail!("no assessment files (*.yaml, *.yml) found in the paths given");
    }
    Ok((found, skipped))
}

/// Each file left out, and why.
pub(super) fn say_skipped(skipped: &[Skipped]) {
    for skip in skipped {
        say!(
            "skipped {}: {}",
            one_line(&skip.file),
            one_line(&skip.reason)
        );
    }
}

/// The file's canonical path, to break a tie between two assessments the
/// same way however their paths were spelled; the path as given when it
/// has none.
pub(super) fn canonical(file: &str) -> String {
    std::fs::canonicalize(file).map_or_else(|_| file.to_owned(), |p| p.display().to_string())
}

/// Says when `--profile` measures assessments made against another
/// profile: their ratings of items it lacks are set aside, and readiness
/// may fall to nothing without anyone's skills having changed.
fn note_other_profiles<'m>(profile: &Profile, members: impl Iterator<Item = &'m Member>) {
    let mut others: BTreeMap<&str, usize> = BTreeMap::new();
    let mut total = 0;
    for member in members {
        total += 1;
        if let Some(other) = &member.assessed_against {
            *others.entry(other.as_str()).or_default() += 1;
        }
    }
    if others.is_empty() {
        return;
    }
    let count: usize = others.values().sum();
    let list = others
        .iter()
        .map(|(id, n)| format!("`{}` ({n})", one_line(id)))
        .collect::<Vec<_>>()
        .join(", ");
    say!(
        "note: {count} of {total} assessments were made against another profile ({list}) and are measured against `{}` (--profile); their ratings of items it lacks are set aside",
        one_line(&profile.id)
    );
}

mod gates;
mod ladder;
