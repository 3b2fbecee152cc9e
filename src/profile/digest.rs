//! A profile's fingerprint, recorded in assessments to notice later changes.

use sha2::{Digest as _, Sha256};

use super::Profile;

/// `sha256:` and the hex digest of the profile's canonical JSON form (ids
/// filled in, fields in model order), so formatting and comments in the
/// YAML do not change it, but any change of content does.
#[must_use]
pub fn digest(profile: &Profile) -> String {
    let canonical = serde_json::to_vec(profile).unwrap_or_default();
    let hash = Sha256::digest(&canonical);
    let mut text = String::with_capacity(7 + 64);
    text.push_str("sha256:");
    for byte in hash {
        text.push_str(&format!("{byte:02x}"));
    }
    text
}
