//! Profiles compiled into the binary from the repository's `profiles/`.
//!
//! `build.rs` parses each file once, at build time, and keeps its document
//! as JSON beside the YAML text, with a summary of what `profiles` lists:
//! start-up reads JSON (far faster than parsing the YAML) and a listing of
//! built-in profiles parses none of them (SPEC §7). A file the build could
//! not turn into JSON has neither and is read from its YAML, as any
//! profile file is.

use std::path::Path;

use super::load::{check_profile, check_profile_value};
use super::model::{Profile, Track};
use crate::document::Checked;
use crate::yaml::Value;

/// One built-in profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltIn {
    /// File name under `profiles/`.
    pub name: &'static str,
    /// The YAML text: the source of truth, and what findings point into.
    pub text: &'static str,
    /// The document as JSON (a [`Value`] serialised), when the
    /// build could parse it and the JSON reads back to the same value.
    pub json: Option<&'static str>,
    /// The listed fields, when the build found them of the shape a valid
    /// profile has.
    pub summary: Option<Summary>,
}

/// The fields `profiles` lists, read at build time: top-level `id`,
/// `title`, `family`, `role`, `level` and ladder place, the titles of the
/// rated items (for a search), and how many items a person is rated on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub id: &'static str,
    pub title: &'static str,
    pub family: Option<&'static str>,
    pub role: Option<&'static str>,
    pub level: Option<&'static str>,
    pub rank: Option<u8>,
    pub track: Option<Track>,
    /// The rated items' titles, each ended by a line break.
    pub skills: &'static str,
    /// Earlier ids of the profile, each ended by a line break.
    pub aliases: &'static str,
    /// The DDaT ids of the organisation skills that say what each of
    /// their levels means (`level_descriptions`), each ended by a line
    /// break: where a profile that only links to the skill finds them.
    pub level_texts: &'static str,
    /// Knowledge/skills plus organisation skills, as
    /// [`Profile::rated_count`](super::Profile::rated_count) counts them.
    pub rated_items: usize,
}

impl BuiltIn {
    /// Reads and checks the profile: from its JSON when the build made
    /// one, through the same [`check_profile_value`] as the YAML path, so
    /// the profile and every finding (located in the YAML text) are those
    /// [`check_profile`] gives; from its YAML otherwise.
    #[must_use]
    pub fn check(&self) -> Checked<Profile> {
        self.check_json()
            .unwrap_or_else(|| check_profile(Path::new(self.name), self.text.as_bytes()))
    }

    /// The JSON path, when the build made JSON.
    fn check_json(&self) -> Option<Checked<Profile>> {
        let value = serde_json::from_str::<Value>(self.json?).ok()?;
        // The build made JSON only of text that `yaml::decode` accepts,
        // which then gives the text after a byte-order mark: the scan for
        // forbidden characters is not run again at every start.
        let text = self.text.strip_prefix('\u{feff}').unwrap_or(self.text);
        Some(check_profile_value(Path::new(self.name), text, value))
    }
}

/// The texts of every [`Summary`], one after another (see [`listed`]).
const LISTED: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin_listed.txt"));

/// `LISTED[start..end]`, at compile time. The summaries take their texts
/// from one shared string so that reading them all, as the catalog's index
/// and a listing do, touches a few pages of the binary: literals of their
/// own would each lie beside its profile's text, a page fault apiece.
const fn listed(start: usize, end: usize) -> &'static str {
    let (_, tail) = LISTED.as_bytes().split_at(start);
    let (text, _) = tail.split_at(end - start);
    match std::str::from_utf8(text) {
        Ok(text) => text,
        Err(_) => panic!("a summary text is cut inside a character"),
    }
}

/// Every built-in profile, sorted by file name. A `static`, not a `const`:
/// a const's data may be copied into each part of the program that names
/// it (as a const, the release binary was 25.6 MB; as a static, 13.1 MB).
#[expect(
    clippy::unreadable_literal,
    reason = "the generated table's offsets into `LISTED` pass 99 999"
)]
pub static FILES: &[BuiltIn] = include!(concat!(env!("OUT_DIR"), "/builtin_profiles.rs"));

/// Id of the profile `assess` uses when none is named.
pub const DEFAULT_ID: &str = "senior-devops-engineer-management";

#[cfg(test)]
#[path = "builtin_tests.rs"]
mod tests;
