//! `team` and ladders: where a file made for several levels places its
//! person (`--by-role`), who is on two levels, and each person's readiness
//! for the next level (`--next-level`).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use crate::assessment::load::Parsed;
use crate::career::path::{Place, next_levels};
use crate::career::{Fit, Ratings, rank};
use crate::profile::{Catalog, Profile};
use crate::team::{Member, ProfileTeam};
use crate::text::one_line;

/// The level a file made for several profiles places its person at with
/// `--by-role`: the one `roles` ranks first among them (where `path` says
/// the person stands). None when no profile of it can be read.
pub(super) fn best_level(
    path: &Path,
    parsed: &Parsed,
    catalog: &Catalog,
    ids: &[&str],
) -> Option<String> {
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
pub(super) fn on_two_levels(team: &ProfileTeam) {
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
pub(super) fn next_level(team: &mut ProfileTeam, profile: &Profile, catalog: &Catalog) {
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
            let ladder = super::super::path::ladder_of(catalog, role);
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
