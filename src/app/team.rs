//! `skillgap team`: read many assessments in parallel, skip and report the
//! broken ones, keep the newest per person, and render the team report.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use anyhow::bail;
use rayon::prelude::*;

use super::{emit, load_catalog};
use crate::assessment;
use crate::assessment::load::Parsed;
use crate::career::path::{Place, next_levels};
use crate::career::{Fit, Ratings, rank};
use crate::discover::discover;
use crate::exit::ExitStatus;
use crate::gate::{Breaches, Gates, Standing, judge};
use crate::input::{self, Kind, Source};
use crate::profile::{Catalog, Profile, digest};
use crate::render::{Format, Layout, Options, render};
use crate::team::{Member, ProfileTeam, Skipped, TeamReport, by_role, team};
use crate::text::{one_line, plural};

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

/// Why a file among the inputs was not counted.
enum NotUsed {
    /// A profile among the assessments: not an error, just not ours.
    Profile,
    /// Unreadable or no valid assessment: reported, and the run fails.
    Skipped(Skipped),
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
    let bytes = input::read(Source::File(path), Kind::Yaml)
        .map_err(|error| skip(error.problem.to_string()))?;
    let first = |diagnostics: &[crate::diagnostic::Diagnostic]| {
        diagnostics
            .iter()
            .find(|d| d.severity == crate::diagnostic::Severity::Error)
            .map_or_else(
                || "not a valid assessment".to_owned(),
                |d| format!("{}:{}: {}", d.line, d.column, d.message),
            )
    };
    let mut parsed = assessment::load::parse(path, &bytes).map_err(|d| {
        if d.iter()
            .any(|d| d.rule == crate::diagnostic::Rule::UnknownKind)
        {
            NotUsed::Profile
        } else {
            skip(first(&d))
        }
    })?;
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
        _ => Err(skip(first(&checked.diagnostics))),
    }
}

/// The level a file made for several profiles places its person at with
/// `--by-role`: the one `roles` ranks first among them (where `path` says
/// the person stands). None when no profile of it can be read.
fn best_level(path: &Path, parsed: &Parsed, catalog: &Catalog, ids: &[&str]) -> Option<String> {
    let mut served: Vec<(crate::assessment::Assessment, &Profile)> = Vec::new();
    for id in parsed.profile_ids() {
        let Some(entry) = catalog.get(&id) else {
            continue;
        };
        let (checked, _) = parsed.clone().serving(&id).check_against_digest(
            path,
            Some((&entry.profile, entry.digest())),
            ids,
        );
        if let Some(assessment) = checked.value {
            served.push((assessment, &entry.profile));
        }
    }
    let name = path.display().to_string();
    let sources: Vec<crate::career::Source<'_>> = served
        .iter()
        .map(|(assessment, profile)| crate::career::Source {
            name: &name,
            assessment,
            profile,
        })
        .collect();
    let ratings = Ratings::merge(&sources).ok()?;
    let mut fits: Vec<Fit> = served
        .iter()
        .filter_map(|(_, profile)| Fit::of(profile, &ratings))
        .collect();
    rank(&mut fits);
    fits.into_iter().next().map(|fit| fit.id)
}

/// By role: says who has assessments on two levels (a self assessment
/// against one, a manager's against another), since coverage counts a
/// person as meeting an item when any of their assessments does.
fn on_two_levels(team: &ProfileTeam) {
    /// A person's name as first spelled, and each (level, assessor).
    type Seen<'t> = (&'t str, Vec<(&'t str, &'t str)>);
    let mut levels: BTreeMap<String, Seen<'_>> = BTreeMap::new();
    for member in &team.members {
        levels
            .entry(crate::assessment::model::person_key(&member.person))
            .or_insert_with(|| (member.person.as_str(), Vec::new()))
            .1
            .push((
                team.level_label(member).unwrap_or("?"),
                member.assessor.label(),
            ));
    }
    for (person, seen) in levels.into_values() {
        let distinct: std::collections::BTreeSet<&str> =
            seen.iter().map(|(level, _)| *level).collect();
        if distinct.len() > 1 {
            let each: Vec<String> = seen
                .iter()
                .map(|(level, assessor)| format!("{level} ({assessor})"))
                .collect();
            say!(
                "note: {} is on {} levels here: {}; each assessment is measured against its own, and an item counts as met when any of them meets it",
                one_line(person),
                distinct.len(),
                one_line(&each.join(", "))
            );
        }
    }
}

/// Sets each member's readiness for the next levels of their role
/// (`--next-level`), from the ratings the report measured against
/// `profile` (the team's: with `--by-role`, the role's levels' skills;
/// each member's own level then says where they stand).
fn next_level(team: &mut ProfileTeam, profile: &Profile, catalog: &Catalog) {
    let own_of = |member: &Member| -> &Profile {
        member
            .level
            .as_deref()
            .and_then(|id| catalog.get(id))
            .map_or(profile, |entry| &entry.profile)
    };
    if team.role.is_none() && (profile.role.is_none() || profile.ladder.is_none()) {
        team.on_a_ladder = Some(false);
        return;
    }
    team.on_a_ladder = Some(true);
    // The next levels of each level present, found once.
    let mut next_of: HashMap<String, Vec<Profile>> = HashMap::new();
    for member in &mut team.members {
        let own = own_of(member);
        let (Some(role), Some(place)) = (&own.role, own.ladder) else {
            continue;
        };
        let next = next_of.entry(own.id.clone()).or_insert_with(|| {
            let ladder = super::path::ladder_of(catalog, role);
            next_levels(&ladder, place.rank, place.track)
                .into_iter()
                .filter_map(|(id, _)| catalog.get(id).map(|entry| entry.profile.clone()))
                .collect()
        });
        let steps: Vec<Option<u8>> = member.cells.iter().map(|cell| cell.current).collect();
        let ratings = Ratings::of_steps(profile, &member.person, member.date, &steps);
        member.next_level = Some(next.iter().map(|p| Place::of(p, &ratings)).collect());
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

/// Exit 1 when anyone has a gap (or an unrated requirement) with
/// `--fail-on-gap`, or anyone's readiness is below `--min-readiness`. Each
/// gate breached says how many assessments breached it, and whose.
fn gates(report: &TeamReport, gates: Gates) -> ExitStatus {
    let judged: Vec<(&Member, Breaches)> = report
        .profiles
        .iter()
        .flat_map(|p| &p.members)
        .map(|m| (m, judge(Standing::from(m), gates)))
        .collect();
    let breaching = |which: fn(&Breaches) -> bool| -> Vec<&Member> {
        judged
            .iter()
            .filter(|(_, b)| which(b))
            .map(|(m, _)| *m)
            .collect()
    };
    let with_gaps = breaching(|b| b.gaps);
    if !with_gaps.is_empty() {
        say!(
            "gate: {} with gaps or unrated requirements (--fail-on-gap): {}",
            assessments(with_gaps.len()),
            who(&with_gaps, |m| {
                let mut parts = Vec::new();
                if m.gaps > 0 {
                    parts.push(plural(m.gaps, "gap"));
                }
                if m.not_rated > 0 {
                    parts.push(format!("{} unrated", m.not_rated));
                }
                parts.join(", ")
            })
        );
    }
    let below = breaching(|b| b.readiness);
    if let (false, Some(minimum)) = (below.is_empty(), gates.min_readiness) {
        say!(
            "gate: {} below {minimum}% readiness (--min-readiness): {}",
            assessments(below.len()),
            who(&below, |m| format!("{:.1}%", m.readiness_percent))
        );
    }
    if with_gaps.is_empty() && below.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::Findings
    }
}

/// Whose assessments a gate names before "and N more": enough to act on,
/// few enough for one line of a CI log.
const GATE_NAMES_SHOWN: usize = 10;

/// "Alex Morgan: 16.7%; Lee Wong (manager): 55.0%; and 3 more".
fn who(members: &[&Member], detail: impl Fn(&Member) -> String) -> String {
    let mut shown: Vec<String> = members
        .iter()
        .take(GATE_NAMES_SHOWN)
        .map(|m| format!("{}: {}", one_line(&m.label()), detail(m)))
        .collect();
    if members.len() > GATE_NAMES_SHOWN {
        shown.push(format!("and {} more", members.len() - GATE_NAMES_SHOWN));
    }
    shown.join("; ")
}

/// "1 assessment", "7 assessments".
fn assessments(n: usize) -> String {
    plural(n, "assessment")
}
