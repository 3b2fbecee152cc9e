//! A profile's fingerprint, recorded in assessments to notice later changes
//! that change what a rating means (SPEC §4).

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use serde::Serialize;
use sha2::{Digest as _, Sha256};

use super::Profile;
use super::scale::OrgScaleSpec;

/// What a digest covers: the profile's rated items, each with its id, its
/// section and its required level, and the organisation scale they are
/// rated on. Text, titles, links and ladder places are not in it: editing
/// them does not make every assessment "changed".
#[derive(Serialize)]
struct Meaning<'a> {
    /// The rule's version, so that no digest of the rule before can equal
    /// one of this.
    digest: &'static str,
    organisation_scale: &'a OrgScaleSpec,
    items: Vec<(&'a str, &'static str, Option<u8>)>,
}

/// `sha256:` and the hex digest of what changes the meaning of a rating of
/// `profile` (ids filled in): item ids, scales and required levels.
#[must_use]
pub fn digest(profile: &Profile) -> String {
    let meaning = Meaning {
        digest: "meaning-1",
        organisation_scale: &profile.organisation_scale,
        items: profile
            .rated_items()
            .iter()
            .map(|item| (item.id, item.section.key(), item.required))
            .collect(),
    };
    hex(&serde_json::to_vec(&meaning).unwrap_or_default())
}

/// Digests of built-in profiles written before the digest covered only
/// meaning, for profiles whose text has changed since: each with the
/// digest of what a rating meant then. An assessment that recorded one is
/// not "changed" while the profile's meaning is still that. The FEDIP
/// profile's, before it named its ladder place and the DDaT skills it
/// rates (commit 5c09583).
pub const EARLIER: &[Earlier] = &[Earlier {
    id: "senior-devops-engineer-management",
    written: "sha256:69c0fc77cf7f0991b13b10bbffcb73d66fc6ae1998bfd53dd1a29ce06d4a915e",
    meaning: "sha256:870c4d7609bc0c2d389acced9967200f51cace0bfa39af3bd9fb3ceca5d3c10d",
}];

/// An earlier digest of a profile, and the meaning it stood for.
#[derive(Debug, Clone, Copy)]
pub struct Earlier {
    pub id: &'static str,
    /// The digest assessments recorded.
    pub written: &'static str,
    /// The profile's [`digest`] when that was written.
    pub meaning: &'static str,
}

/// Whether `recorded`, an assessment's digest, stands for `profile` as it
/// is now (`current` is its [`digest`]): that digest, the digest written
/// before the rule (of the whole profile as it is), or one of [`EARLIER`]
/// while the meaning is unchanged.
#[must_use]
pub fn recognises(profile: &Profile, current: &str, recorded: &str) -> bool {
    recorded == current
        || EARLIER
            .iter()
            .any(|e| e.id == profile.id && e.written == recorded && e.meaning == current)
        || legacy(profile, current) == recorded
}

/// The digest as written before SPEC §4's rule: of the whole profile's
/// canonical JSON. Worked out once per profile (by its current digest), as
/// a team of old files would otherwise serialise it for each file.
fn legacy(profile: &Profile, current: &str) -> String {
    static SEEN: OnceLock<Mutex<HashMap<(String, String), String>>> = OnceLock::new();
    let seen = SEEN.get_or_init(Mutex::default);
    let key = (profile.id.clone(), current.to_owned());
    if let Some(found) = seen.lock().ok().and_then(|map| map.get(&key).cloned()) {
        return found;
    }
    let digest = hex(&serde_json::to_vec(profile).unwrap_or_default());
    if let Ok(mut map) = seen.lock() {
        map.insert(key, digest.clone());
    }
    digest
}

fn hex(bytes: &[u8]) -> String {
    let hash = Sha256::digest(bytes);
    let mut text = String::with_capacity(7 + 64);
    text.push_str("sha256:");
    for byte in hash {
        text.push_str(&format!("{byte:02x}"));
    }
    text
}
