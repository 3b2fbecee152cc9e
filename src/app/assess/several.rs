//! Several profiles in one sitting (SPEC §9): the profiles named, or every
//! level of `--role`, joined into one profile to ask (each skill once); and
//! resuming a file made so.

use std::path::Path;

use anyhow::{anyhow, bail};

use super::AssessRequest;
use crate::app::report::{error_lines, load_assessment};
use crate::assessment::several::{Joined, union};
use crate::assessment::{self, Assessment, ProfileChange};
use crate::input::{self, Kind, Source};
use crate::profile::{Catalog, Profile};

/// The profiles of this sitting: every one named, or every level of
/// `--role` (lowest first); empty when one profile (or none) is named.
pub(super) fn chosen(request: &AssessRequest, catalog: &Catalog) -> anyhow::Result<Vec<Profile>> {
    if let Some(role) = &request.role {
        return role_profiles(role, catalog);
    }
    if request.more.is_empty() {
        return Ok(Vec::new());
    }
    let mut profiles: Vec<Profile> = Vec::new();
    for spec in request.profile.iter().chain(&request.more) {
        let profile = catalog.resolve(spec)?.profile;
        if !profiles.iter().any(|p| p.id == profile.id) {
            profiles.push(profile);
        }
    }
    Ok(profiles)
}

/// Every profile of `role` (its name or slug, any case), lowest level
/// first; an unknown role names the closest.
fn role_profiles(role: &str, catalog: &Catalog) -> anyhow::Result<Vec<Profile>> {
    let mut listing = catalog.listing();
    let names: std::collections::BTreeSet<String> =
        listing.iter().filter_map(|l| l.role.clone()).collect();
    let found = crate::app::names::find(role, &names, "role")?.to_owned();
    listing.retain(|l| l.role.as_deref() == Some(found.as_str()));
    listing.sort_by_key(|l| (l.rank, l.track, l.id.clone()));
    listing
        .iter()
        .map(|l| Ok(catalog.resolve(&l.id)?.profile))
        .collect()
}

/// The skills of `profiles`, each once, as one profile to ask.
pub(super) fn joined(profiles: &[Profile]) -> anyhow::Result<Joined> {
    union(profiles).map_err(|refused| anyhow!("{refused}; assess them one at a time"))
}

/// Reads `file` to resume it: a file of several profiles (and no profile
/// named) against them all, joined; any other as `report` reads it.
pub(super) fn load_resumed(
    file: &Path,
    request: &AssessRequest,
    catalog: &Catalog,
) -> anyhow::Result<(Assessment, Joined, Option<ProfileChange>)> {
    let bytes = input::read(Source::File(file), Kind::Yaml)?;
    let ids = assessment::load::parse(file, &bytes)
        .map(|parsed| parsed.profile_ids())
        .unwrap_or_default();
    if ids.len() < 2 || request.profile.is_some() {
        let (assessment, profile, change) =
            load_assessment(file, request.profile.as_deref(), catalog)?;
        let joined = Joined {
            profile,
            required_by: indexmap::IndexMap::new(),
        };
        return Ok((assessment, joined, change));
    }
    let profiles = ids
        .iter()
        .map(|id| Ok(catalog.resolve(id)?.profile))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let joined = joined(&profiles)?;
    let parsed = assessment::load::parse(file, &bytes)
        .map_err(|d| {
            anyhow!(
                "{} is not a valid assessment:\n{}",
                file.display(),
                error_lines(&d)
            )
        })?
        .without_digest();
    let (checked, _) = parsed.check_against(file, Some(&joined.profile), &[]);
    match checked.value.clone() {
        Some(mut assessment) => {
            refresh_digests(&mut assessment, &profiles);
            Ok((assessment, joined, None))
        }
        None => bail!(
            "{} is not a valid assessment:\n{}",
            file.display(),
            error_lines(&checked.errors())
        ),
    }
}

/// A file of several profiles, resumed: says which profiles changed since
/// it was started (their new items are asked with the rest), and records
/// the digests of the profiles as they are now, which the ratings the
/// file will hold are made against.
fn refresh_digests(assessment: &mut Assessment, profiles: &[Profile]) {
    let (_, current) = crate::assessment::several::recorded(profiles);
    let changed: Vec<&str> = profiles
        .iter()
        .filter(|profile| {
            let now = current.get(&profile.id).map_or("", String::as_str);
            assessment
                .profile_digests
                .get(&profile.id)
                .is_some_and(|was| !crate::profile::digest::recognises(profile, now, was))
        })
        .map(|profile| profile.id.as_str())
        .collect();
    if !changed.is_empty() {
        say!(
            "note: {} changed since this assessment was started: {}; any new items are asked with the rest",
            if changed.len() == 1 {
                "a profile"
            } else {
                "profiles"
            },
            changed
                .iter()
                .map(|id| format!("`{}`", crate::text::one_line(id)))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    assessment.profile_digests = current;
}

/// The report against each of `ids` of the file saved at `out`, read back
/// as `report --profile` reads it; none for a file of one profile.
pub(super) fn each_report(
    out: &Path,
    ids: &[String],
    catalog: &Catalog,
    advice: &crate::report::Advice<'_>,
) -> anyhow::Result<Vec<crate::report::GapReport>> {
    ids.iter()
        .map(|id| {
            let (assessment, profile, change) = load_assessment(out, Some(id), catalog)?;
            Ok(crate::report::analyse_advised(
                &profile,
                &assessment,
                change,
                false,
                advice,
            ))
        })
        .collect()
}
