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
use super::model::Profile;
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
/// `title`, `family` and `level`, and how many items a person is rated on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub id: &'static str,
    pub title: &'static str,
    pub family: Option<&'static str>,
    pub level: Option<&'static str>,
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

/// Every built-in profile, sorted by file name.
pub const FILES: &[BuiltIn] = include!(concat!(env!("OUT_DIR"), "/builtin_profiles.rs"));

/// Id of the profile `assess` uses when none is named.
pub const DEFAULT_ID: &str = "senior-devops-engineer-management";

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::diagnostic::Diagnostic;

    /// What the YAML path gives, to compare the JSON path with.
    fn from_yaml(builtin: &BuiltIn) -> (Option<Profile>, Vec<Diagnostic>) {
        let checked = check_profile(Path::new(builtin.name), builtin.text.as_bytes());
        (checked.value, checked.diagnostics)
    }

    #[test]
    fn every_builtin_profile_reads_from_its_json_exactly_as_from_its_yaml() {
        assert!(!FILES.is_empty());
        for builtin in FILES {
            let checked = builtin
                .check_json()
                .unwrap_or_else(|| panic!("{}: the build made no JSON", builtin.name));
            assert_eq!(
                (checked.value, checked.diagnostics),
                from_yaml(builtin),
                "{}",
                builtin.name
            );
        }
    }

    /// Every profile fixture the build would turn into JSON (read as
    /// `build.rs` reads it), valid or not: the same profile and the same
    /// findings, at the same places in the YAML, from either path.
    #[test]
    fn a_profile_read_from_json_has_the_findings_of_its_yaml_at_the_same_places() {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut compared = 0;
        let mut with_errors = 0;
        for folder in ["valid", "invalid", "yaml", "hostile/profiles"] {
            for entry in std::fs::read_dir(fixtures.join(folder)).unwrap() {
                let path = entry.unwrap().path();
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                let Ok(value) = crate::yaml::decode(text.as_bytes()).and_then(crate::yaml::parse)
                else {
                    continue;
                };
                let json = serde_json::to_string(&value).unwrap();
                if serde_json::from_str::<Value>(&json).unwrap() != value {
                    continue;
                }
                let builtin = BuiltIn {
                    name: Box::leak(path.display().to_string().into_boxed_str()),
                    text: Box::leak(text.into_boxed_str()),
                    json: Some(Box::leak(json.into_boxed_str())),
                    summary: None,
                };
                let checked = builtin.check_json().unwrap();
                let expected = from_yaml(&builtin);
                with_errors += usize::from(expected.0.is_none());
                assert_eq!(
                    (checked.value, checked.diagnostics),
                    expected,
                    "{}",
                    builtin.name
                );
                compared += 1;
            }
        }
        assert!(
            compared >= 20 && with_errors >= 15,
            "{compared}, {with_errors}"
        );
    }

    #[test]
    fn json_that_does_not_read_falls_back_to_the_yaml() {
        let builtin = BuiltIn {
            json: Some("{ not json"),
            ..FILES[0]
        };
        assert!(builtin.check_json().is_none());
        let checked = builtin.check();
        assert_eq!((checked.value, checked.diagnostics), from_yaml(&FILES[0]));
    }

    #[test]
    fn every_builtin_summary_is_what_the_parsed_profile_gives() {
        for builtin in FILES {
            let summary = builtin
                .summary
                .unwrap_or_else(|| panic!("{}: the build made no summary", builtin.name));
            let profile = from_yaml(builtin)
                .0
                .unwrap_or_else(|| panic!("{}: not a valid profile", builtin.name));
            assert_eq!(
                (
                    summary.id,
                    summary.title,
                    summary.level,
                    summary.rated_items
                ),
                (
                    profile.id.as_str(),
                    profile.title.as_str(),
                    profile.level.as_deref(),
                    profile.rated_count()
                ),
                "{}",
                builtin.name
            );
        }
    }
}
