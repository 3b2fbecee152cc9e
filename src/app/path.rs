//! `skillgap path ASSESSMENT… [--to PROFILE]`: where one person stands on
//! their role's ladder and what the next level on each track asks (SPEC
//! §9), or what any other profile asks.

use std::path::PathBuf;

use anyhow::bail;

use super::emit;
use super::roles::person;
use crate::assessment::Assessor;
use crate::career::path::{Next, Place, next_levels, steps};
use crate::career::{Fit, PathReport, Ratings, rank};
use crate::exit::ExitStatus;
use crate::profile::model::Track;
use crate::profile::{Catalog, Profile};
use crate::render::{Layout, Options, render};
use crate::text::one_line;

/// What `path` was asked to do.
#[derive(Debug)]
pub struct PathRequest {
    pub paths: Vec<PathBuf>,
    pub assessor: Assessor,
    /// Measure against this profile instead of the next levels.
    pub to: Option<String>,
    pub format: crate::render::Format,
}

/// Runs `skillgap path`.
pub(super) fn run(
    request: &PathRequest,
    dirs: &[PathBuf],
    layout: Layout,
) -> anyhow::Result<ExitStatus> {
    let catalog = &super::load_catalog(dirs)?;
    let (loaded, ratings) = person(&request.paths, request.assessor, catalog)?;
    // Where the person is: the profile of their newest file; of a file
    // made for several (every level of a role, say), the best fit, as
    // `roles` ranks them: the most demanding the person is readiest for.
    let newest = loaded
        .iter()
        .map(|(_, assessment, _)| assessment.date)
        .max();
    let mut fits: Vec<(Fit, &Profile)> = loaded
        .iter()
        .filter(|(_, assessment, _)| Some(assessment.date) == newest)
        .filter_map(|(_, _, profile)| Some((Fit::of(profile, &ratings)?, profile.as_ref())))
        .collect();
    let Some(now) = best(&mut fits).or_else(|| loaded.first().map(|(_, _, p)| p.as_ref())) else {
        bail!("no assessment to read");
    };
    let mut targets: Vec<(Profile, &'static str)> = Vec::new();
    let mut ready_for = None;
    let mut whole_ladder: Vec<Place> = Vec::new();
    if let Some(spec) = &request.to {
        targets.push((catalog.resolve(spec)?.profile, "to"));
    } else {
        let (Some(role), Some(place)) = (&now.role, now.ladder) else {
            bail!(
                "`{}` is on no role's ladder; --to PROFILE says what to measure against",
                one_line(&now.id)
            );
        };
        let ladder = ladder_of(catalog, role);
        for (id, track) in next_levels(&ladder, place.rank, place.track) {
            if let Some(entry) = catalog.get(id) {
                targets.push((entry.profile.clone(), track));
            }
        }
        ready_for = highest_ready(catalog, &ladder, place.rank, &ratings);
        whole_ladder = ladder
            .iter()
            .filter_map(|(id, ..)| catalog.get(id))
            .map(|entry| Place::of(&entry.profile, &ratings))
            .collect();
        whole_ladder.sort_by_key(|p| (p.rank, p.track, p.id.clone()));
    }
    let next: Vec<Next> = targets
        .iter()
        .map(|(target, track)| Next {
            place: Place::of(target, &ratings),
            track,
            steps: steps(now, target, &ratings),
        })
        .collect();
    let attribution = targets
        .iter()
        .find_map(|(target, _)| target.source.as_ref()?.attribution.clone())
        .filter(|_| {
            next.iter()
                .any(|n| n.steps.iter().any(|s| s.means.is_some()))
        });
    let report = PathReport {
        person: ratings.person.clone(),
        assessor: request.assessor,
        files: super::roles::file_names(&loaded),
        newest: ratings.newest,
        now: Place::of(now, &ratings),
        ready_for,
        next,
        ladder: whole_ladder,
        attribution,
    };
    emit(&render(&report, request.format, &Options::plain(layout))?)?;
    Ok(ExitStatus::Success)
}

/// The profile `roles` would rank first among `fits`.
fn best<'a>(fits: &mut [(Fit, &'a Profile)]) -> Option<&'a Profile> {
    let mut ranked: Vec<Fit> = fits.iter().map(|(fit, _)| fit.clone()).collect();
    rank(&mut ranked);
    let first = ranked.first()?;
    fits.iter()
        .find(|(fit, _)| fit.id == first.id)
        .map(|(_, p)| *p)
}

/// Every level of `role` among the loaded profiles: id, rank and track,
/// from the listing (no profile parsed).
pub(super) fn ladder_of(catalog: &Catalog, role: &str) -> Vec<(String, u8, Track)> {
    catalog
        .listing()
        .into_iter()
        .filter(|listed| listed.role.as_deref() == Some(role))
        .filter_map(|listed| Some((listed.id, listed.rank?, listed.track.unwrap_or_default())))
        .collect()
}

/// The highest level of the ladder above `rank` the person is fully ready
/// for (every required item met), if any.
fn highest_ready(
    catalog: &Catalog,
    ladder: &[(String, u8, Track)],
    rank: u8,
    ratings: &Ratings,
) -> Option<Place> {
    ladder
        .iter()
        .filter(|(_, r, _)| *r > rank)
        .filter_map(|(id, ..)| catalog.get(id))
        .map(|entry| Place::of(&entry.profile, ratings))
        .filter(|place| place.required > 0 && place.met == place.required)
        .max_by(|a, b| a.rank.cmp(&b.rank).then(b.id.cmp(&a.id)))
}
