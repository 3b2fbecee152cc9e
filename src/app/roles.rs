//! `skillgap roles ASSESSMENT…`: every loaded profile ranked by how well
//! one person's ratings fit it (SPEC §9).

use std::borrow::Cow;
use std::path::PathBuf;

use anyhow::bail;

use super::emit;
use super::report::{check_assessment, read_assessment};
use crate::assessment::{Assessment, Assessor};
use crate::career::{Fit, Ratings, RolesReport, Source, Standing, rank};
use crate::exit::ExitStatus;
use crate::profile::{Catalog, Profile};
use crate::render::{Format, Layout, Options, render};
use crate::text::{one_line, plural};

/// What `roles` was asked to do.
#[derive(Debug)]
pub struct RolesRequest {
    /// One person's assessment files.
    pub paths: Vec<PathBuf>,
    /// Whose ratings count: self assessments unless it says otherwise.
    pub assessor: Assessor,
    /// Only this role family (name or slug).
    pub family: Option<String>,
    /// Only this role (name or slug).
    pub role: Option<String>,
    /// At most this many ranked profiles.
    pub top: Option<usize>,
    pub format: Format,
}

/// Runs `skillgap roles`.
pub(super) fn run(
    request: &RolesRequest,
    dirs: &[PathBuf],
    layout: Layout,
) -> anyhow::Result<ExitStatus> {
    let catalog = &super::load_catalog(dirs)?;
    let (loaded, ratings) = person(&request.paths, request.assessor, catalog)?;
    let mut fits: Vec<Fit> = Vec::new();
    let mut asks_nothing = 0;
    for fit in
        catalog.map_entries(|entry| (entry.profile.id.clone(), Fit::of(&entry.profile, &ratings)))
    {
        match fit {
            (_, Some(fit)) => fits.push(fit),
            (_, None) => asks_nothing += 1,
        }
    }
    filter(&mut fits, request)?;
    rank(&mut fits);
    // `--top N`: the first N ranked and the N closest of those rated too
    // little, in every format; the profiles nothing touches are counted.
    let mut left_out = 0;
    if let Some(top) = request.top {
        let before = fits.len();
        let (mut ranked, mut poor) = (0, 0);
        fits.retain(|fit| {
            let seen = match fit.standing {
                Standing::Ranked => &mut ranked,
                Standing::PoorlyCovered => &mut poor,
                Standing::NotRated => return false,
            };
            *seen += 1;
            *seen <= top
        });
        left_out = before - fits.len();
    }
    if asks_nothing > 0 {
        say!(
            "{} no level of any item and {} left out",
            plural(asks_nothing, "profile requires"),
            if asks_nothing == 1 { "is" } else { "are" }
        );
    }
    let report = RolesReport::new(
        &ratings,
        request.assessor,
        file_names(&loaded),
        fits,
        |fit| rate_command(fit, &ratings.person),
    )
    .leaving_out(left_out);
    emit(&render(&report, request.format, &Options::plain(layout))?)?;
    Ok(ExitStatus::Success)
}

/// The names of the files read, each once (a file of several profiles is
/// read once for each).
pub(super) fn file_names(loaded: &[Loaded]) -> Vec<String> {
    let mut files: Vec<String> = Vec::new();
    for (name, ..) in loaded {
        if !files.contains(name) {
            files.push(name.clone());
        }
    }
    files
}

/// One file of a person's: its name, the assessment, and its profile.
pub(super) type Loaded<'c> = (String, Assessment, Cow<'c, Profile>);

/// One person's files (the assessor's only, the others said on stderr),
/// each checked against its own profile, and their ratings merged.
pub(super) fn person<'c>(
    paths: &[PathBuf],
    assessor: Assessor,
    catalog: &'c Catalog,
) -> anyhow::Result<(Vec<Loaded<'c>>, Ratings)> {
    let mut loaded: Vec<Loaded> = Vec::new();
    for path in paths {
        let parsed = read_assessment(path)?;
        let (assessment, profile, _) = check_assessment(path, parsed.clone(), None, catalog)?;
        let name = one_line(&path.display().to_string());
        if assessment.assessor != assessor {
            say!(
                "skipped {name}: a {} assessment (this reads {} assessments; --assessor {} reads this one)",
                assessment.assessor.label(),
                assessor.label(),
                assessment.assessor.label()
            );
            continue;
        }
        // A file made for several profiles: its ratings read against each
        // (its first profile last, the one it is read against alone).
        for id in assessment.profiles.iter().skip(1) {
            let (also, profile, _) = check_assessment(path, parsed.clone(), Some(id), catalog)?;
            loaded.push((name.clone(), also, profile));
        }
        loaded.push((name, assessment, profile));
    }
    if loaded.is_empty() {
        bail!(
            "no {} assessment among the files; --assessor says whose ratings to read",
            assessor.label()
        );
    }
    let sources: Vec<Source<'_>> = loaded
        .iter()
        .map(|(name, assessment, profile)| Source {
            name,
            assessment,
            profile,
        })
        .collect();
    let ratings = Ratings::merge(&sources)?;
    Ok((loaded, ratings))
}

/// Keeps the profiles of the family and role asked for; an unknown one is
/// an error naming the closest.
fn filter(fits: &mut Vec<Fit>, request: &RolesRequest) -> anyhow::Result<()> {
    for (wanted, what, of) in [
        (
            &request.family,
            "role family",
            (|fit: &Fit| fit.family.clone()) as fn(&Fit) -> Option<String>,
        ),
        (&request.role, "role", |fit: &Fit| fit.role.clone()),
    ] {
        let Some(wanted) = wanted else { continue };
        let names: std::collections::BTreeSet<String> = fits.iter().filter_map(of).collect();
        let found = super::names::find(wanted, &names, what)?.to_owned();
        fits.retain(|fit| of(fit).is_some_and(|name| name == found));
    }
    Ok(())
}

/// The command that rates only what `fit` still lacks, into a new file of
/// the person's (read with the others by `roles`).
fn rate_command(fit: &Fit, person: &str) -> Option<String> {
    if fit.standing != Standing::PoorlyCovered || fit.to_rate.is_empty() {
        return None;
    }
    Some(format!(
        "{} assess {} --only {} --name {}",
        super::program::program(),
        super::assess::shell_word(&fit.id),
        super::assess::shell_word(&fit.to_rate.join(",")),
        super::assess::shell_word(person)
    ))
}
