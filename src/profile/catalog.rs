//! The profiles a command can use: built-in ones and those in `--profiles`
//! folders, and turning a PROFILE argument (path or id) into one of them.
//!
//! Loading indexes the profiles by id without parsing them: a built-in
//! profile by the id read at build time (`builtin`), each folder file's id
//! by a line scan (`id_scan`), in parallel, and only a file whose id the
//! scan cannot be sure of is parsed whole. A profile is parsed when a
//! command asks for its id, once (a built-in one from its JSON); a listing
//! takes a built-in profile that no folder file overrides from its
//! build-time summary and parses the others, in parallel, and so does
//! [`Catalog::map_entries`] with every profile. Files that are skipped (unreadable, not valid, an id already
//! taken) are reported through the callback given to [`Catalog::load`] as
//! they are found: at load for what the index itself shows (unreadable
//! files, files parsed whole, ids given by more than one file), otherwise
//! when the profile is first used. This module never prints.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rayon::prelude::*;

use super::builtin::{self, BuiltIn, Summary};
use super::candidates::{Candidate, Looked, Slot, invalid, look, read_bytes};
use super::id_scan::scan_id;
use super::load::check_profile;
use super::model::Profile;
use crate::diagnostic::Diagnostic;
use crate::discover::{discover, is_yaml};

/// Where a profile was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    File(PathBuf),
}

impl Origin {
    /// "built-in" or the file's path.
    #[must_use]
    pub fn describe(&self) -> String {
        match self {
            Self::BuiltIn => "built-in".to_owned(),
            Self::File(path) => path.display().to_string(),
        }
    }
}

/// One available profile.
#[derive(Debug, Clone)]
pub struct Entry {
    pub profile: Profile,
    pub origin: Origin,
    /// A folder profile that hides the built-in profile of the same id.
    pub overrides_builtin: bool,
    digest: OnceLock<String>,
}

impl Entry {
    pub(super) fn new(profile: Profile, origin: Origin, overrides_builtin: bool) -> Self {
        Self {
            profile,
            origin,
            overrides_builtin,
            digest: OnceLock::new(),
        }
    }

    /// The profile's digest, worked out once.
    #[must_use]
    pub fn digest(&self) -> &str {
        self.digest.get_or_init(|| super::digest(&self.profile))
    }
}

/// What `profiles` lists of one profile: all of a row but the digest,
/// which needs the parsed profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub id: String,
    pub title: String,
    pub level: Option<String>,
    /// Knowledge/skills plus organisation skills.
    pub rated_items: usize,
    pub origin: Origin,
    /// A folder profile that hides the built-in profile of the same id.
    pub overrides_builtin: bool,
}

impl Listed {
    /// The listing of a parsed profile.
    #[must_use]
    pub fn of(entry: &Entry) -> Self {
        Self {
            id: entry.profile.id.clone(),
            title: entry.profile.title.clone(),
            level: entry.profile.level.clone(),
            rated_items: entry.profile.rated_count(),
            origin: entry.origin.clone(),
            overrides_builtin: entry.overrides_builtin,
        }
    }

    /// The listing of a built-in profile from its build-time summary.
    fn built_in(summary: &Summary) -> Self {
        Self {
            id: summary.id.to_owned(),
            title: summary.title.to_owned(),
            level: summary.level.map(str::to_owned),
            rated_items: summary.rated_items,
            origin: Origin::BuiltIn,
            overrides_builtin: false,
        }
    }
}

/// Why a PROFILE argument gave no profile.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    #[error("no profile with id `{id}`{suggestion}\navailable: {available}")]
    UnknownId {
        id: String,
        suggestion: String,
        available: String,
    },
    #[error("cannot read {}: {reason}", path.display())]
    Unreadable { path: PathBuf, reason: String },
    #[error("{} is not a valid profile:\n{}", path.display(), render_errors(.errors))]
    Invalid {
        path: PathBuf,
        errors: Vec<Diagnostic>,
    },
}

fn render_errors(errors: &[Diagnostic]) -> String {
    let mut lines: Vec<String> = errors.iter().take(10).map(ToString::to_string).collect();
    if errors.len() > 10 {
        lines.push(format!(
            "... and {} more (the validate command lists them all)",
            errors.len() - 10
        ));
    }
    lines.join("\n")
}

/// A file in a profile folder that was not used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: String,
}

/// Told of every skipped file, as it is found.
pub type OnSkip = Box<dyn Fn(&Skipped) + Send + Sync>;

/// All available profiles by id, and where to report files that are
/// skipped: not valid profiles, unreadable, or an id already taken.
pub struct Catalog {
    /// Sorted by id.
    slots: Vec<Slot>,
    on_skip: OnSkip,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("slots", &self.slots)
            .finish_non_exhaustive()
    }
}

impl Catalog {
    /// Only the built-in profiles (a broken one is left out silently).
    #[must_use]
    pub fn builtin() -> Self {
        Self::index(BTreeMap::new(), builtin::FILES, Box::new(|_| {}))
    }

    /// Built-in profiles, overridden by those found in `folders` (each
    /// searched recursively, in the order given: the first folder to define
    /// an id wins). A folder that does not exist is an error; a bad file
    /// inside one is skipped and given to `on_skip`.
    ///
    /// # Errors
    /// A folder that does not exist or cannot be read.
    pub fn load(folders: &[PathBuf], on_skip: OnSkip) -> Result<Self, ResolveError> {
        let mut files = Vec::new();
        let mut skipped = Vec::new();
        for folder in folders {
            let found = discover(std::slice::from_ref(folder));
            for error in found.errors {
                if error.path == *folder {
                    return Err(ResolveError::Unreadable {
                        path: error.path,
                        reason: error.reason,
                    });
                }
                skipped.push(Skipped {
                    path: error.path,
                    reason: error.reason,
                });
            }
            files.extend(found.files);
        }
        if folders.len() > 1 {
            // A file met twice (a folder given twice, or inside another one
            // given) is one file, not a rival for its own id.
            let mut seen = std::collections::HashSet::new();
            files.retain(|path| {
                seen.insert(std::fs::canonicalize(path).unwrap_or_else(|_| path.clone()))
            });
        }
        // Rayon starts its threads on first use, even for no work: a run
        // with no folder files (the usual `show`) does without them.
        let looked: Vec<Looked> = if files.len() > 1 {
            files.par_iter().map(|path| look(path)).collect()
        } else {
            files.iter().map(|path| look(path)).collect()
        };
        let mut by_id: BTreeMap<String, Vec<Candidate>> = BTreeMap::new();
        for (path, looked) in files.into_iter().zip(looked) {
            match looked {
                Looked::Id(id) => by_id.entry(id).or_default().push(Candidate::File(path)),
                Looked::Skipped(skip) => skipped.push(skip),
            }
        }
        for skip in &skipped {
            on_skip(skip);
        }
        let catalog = Self::index(by_id, builtin::FILES, on_skip);
        // An id given by several files: which one wins, and the others are
        // reported, now, as every command did when it parsed them all.
        for slot in catalog.slots.iter().filter(|slot| slot.files() > 1) {
            catalog.entry_of(slot);
        }
        Ok(catalog)
    }

    /// Adds the `builtins` after the folder files of each id.
    fn index(
        mut by_id: BTreeMap<String, Vec<Candidate>>,
        builtins: &'static [BuiltIn],
        on_skip: OnSkip,
    ) -> Self {
        for builtin in builtins {
            let candidate = Candidate::BuiltIn(builtin);
            let id = builtin
                .summary
                .map(|s| s.id)
                .or_else(|| scan_id(builtin.text));
            if let Some(id) = id {
                by_id.entry(id.to_owned()).or_default().push(candidate);
                continue;
            }
            let checked = builtin.check();
            match checked.value {
                Some(profile) => {
                    let entry = Entry::new(profile, Origin::BuiltIn, false);
                    let id = entry.profile.id.clone();
                    by_id
                        .entry(id)
                        .or_default()
                        .push(Candidate::Parsed(Box::new(entry)));
                }
                None => on_skip(&invalid(Path::new(builtin.name), &checked.diagnostics)),
            }
        }
        let slots = by_id
            .into_iter()
            .map(|(id, candidates)| Slot {
                id,
                candidates,
                resolved: OnceLock::new(),
            })
            .collect();
        Self { slots, on_skip }
    }

    /// The slot's profile, parsing it on first use and reporting what was
    /// skipped on the way.
    fn entry_of<'a>(&self, slot: &'a Slot) -> Option<&'a Entry> {
        let (entry, skipped) = slot.entry();
        for skip in &skipped {
            (self.on_skip)(skip);
        }
        entry
    }

    /// `f` of every available profile, sorted by id; parses those not
    /// parsed yet, in parallel, without keeping them, and reports the
    /// skipped files in order.
    pub fn map_entries<T: Send>(&self, f: impl Fn(&Entry) -> T + Sync) -> Vec<T> {
        self.gather(true, |slot| slot.with_entry(&f))
    }

    /// What `profiles` lists of every available profile, sorted by id. A
    /// built-in profile that no folder file overrides is listed from the
    /// summary made at build time, unparsed; the others are parsed as
    /// [`Catalog::map_entries`] does, in parallel when there are any.
    #[must_use]
    pub fn listing(&self) -> Vec<Listed> {
        let parses = self.slots.iter().any(|slot| slot.summary().is_none());
        self.gather(parses, |slot| match slot.summary() {
            Some(summary) => (Some(Listed::built_in(summary)), Vec::new()),
            None => slot.with_entry(Listed::of),
        })
    }

    /// `each` of every slot, in parallel or not, reporting the skipped
    /// files in slot order.
    fn gather<T: Send>(
        &self,
        parallel: bool,
        each: impl Fn(&Slot) -> (Option<T>, Vec<Skipped>) + Sync,
    ) -> Vec<T> {
        let results: Vec<(Option<T>, Vec<Skipped>)> = if parallel {
            self.slots.par_iter().map(&each).collect()
        } else {
            // Rayon's threads are not started for no parsing.
            self.slots.iter().map(&each).collect()
        };
        let mut values = Vec::with_capacity(results.len());
        for (value, skipped) in results {
            for skip in &skipped {
                (self.on_skip)(skip);
            }
            values.extend(value);
        }
        values
    }

    /// The ids of the available profiles, sorted, without parsing them (an
    /// id whose every file turned out broken is left out once that is known).
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.slots
            .iter()
            .filter(|slot| !matches!(slot.resolved.get(), Some(None)))
            .map(|slot| slot.id.as_str())
    }

    /// The profile with `id`.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Entry> {
        let index = self
            .slots
            .binary_search_by(|slot| slot.id.as_str().cmp(id))
            .ok()?;
        self.entry_of(&self.slots[index])
    }

    /// Resolves a PROFILE argument: a path to a YAML file, or an id. An
    /// argument with no `/` and no `.yaml`/`.yml` ending that names a
    /// loaded profile is that id, whatever the current folder holds.
    ///
    /// # Errors
    /// An unknown id (with the available ids and the closest one), or a file
    /// that cannot be read or is not a valid profile.
    pub fn resolve(&self, spec: &str) -> Result<Entry, ResolveError> {
        let path = Path::new(spec);
        let looks_like_path =
            is_yaml(path) || spec.contains('/') || spec.contains(std::path::MAIN_SEPARATOR);
        if !looks_like_path && let Some(entry) = self.get(spec) {
            return Ok(entry.clone());
        }
        if looks_like_path || path.exists() {
            if !path.is_file() && path.exists() {
                return Err(ResolveError::Unreadable {
                    path: path.to_owned(),
                    reason: "not a regular file".to_owned(),
                });
            }
            let bytes = read(path)?;
            let checked = check_profile(path, &bytes);
            return match checked.value {
                Some(profile) => Ok(Entry::new(profile, Origin::File(path.to_owned()), false)),
                None => Err(ResolveError::Invalid {
                    path: path.to_owned(),
                    errors: checked.errors(),
                }),
            };
        }
        let ids: Vec<&str> = self.ids().collect();
        let suggestion = crate::suggest::closest(spec, ids.iter().copied())
            .map(|s| format!("; did you mean `{s}`?"))
            .unwrap_or_default();
        Err(ResolveError::UnknownId {
            id: spec.to_owned(),
            suggestion,
            available: ids.join(", "),
        })
    }
}

fn read(path: &Path) -> Result<Vec<u8>, ResolveError> {
    read_bytes(path).map_err(|reason| ResolveError::Unreadable {
        path: path.to_owned(),
        reason,
    })
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    fn fixture(name: &str) -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        std::fs::read_to_string(path).unwrap()
    }

    /// Loads `folder`, keeping what is skipped, in order.
    fn load(folder: &Path) -> (Catalog, Arc<Mutex<Vec<Skipped>>>) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&seen);
        let catalog = Catalog::load(
            &[folder.to_owned()],
            Box::new(move |skip: &Skipped| sink.lock().unwrap().push(skip.clone())),
        )
        .unwrap();
        (catalog, seen)
    }

    /// A valid profile (`tiny.yaml`) and a broken one (`broken.yaml`) in `dir`.
    fn write_tiny_and_broken(dir: &Path) {
        std::fs::write(dir.join("tiny.yaml"), fixture("valid/tiny-role.yaml")).unwrap();
        std::fs::write(
            dir.join("broken.yaml"),
            fixture("invalid/off-scale-level.yaml"),
        )
        .unwrap();
    }

    fn names(seen: &Mutex<Vec<Skipped>>) -> Vec<String> {
        seen.lock()
            .unwrap()
            .iter()
            .map(|s| s.path.file_name().unwrap().to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn a_profile_file_is_parsed_once_and_only_when_its_id_is_used() {
        let dir = tempfile::tempdir().unwrap();
        write_tiny_and_broken(dir.path());
        let (catalog, seen) = load(dir.path());
        assert!(names(&seen).is_empty(), "nothing parsed at load");
        assert_eq!(
            catalog.ids().collect::<Vec<_>>(),
            [
                "off-scale-level",
                "senior-devops-engineer-management",
                "tiny-role"
            ]
        );
        assert!(catalog.get("tiny-role").is_some());
        assert!(catalog.get("off-scale-level").is_none());
        assert!(catalog.get("off-scale-level").is_none());
        assert_eq!(names(&seen), ["broken.yaml"], "reported once");
        assert!(
            !catalog.ids().any(|id| id == "off-scale-level"),
            "an id known to be broken is not offered"
        );
        assert_eq!(catalog.map_entries(|e| e.profile.id.clone()).len(), 2);
        assert_eq!(names(&seen), ["broken.yaml"]);
    }

    #[test]
    fn a_file_whose_id_cannot_be_read_ahead_is_not_kept_in_memory() {
        let dir = tempfile::tempdir().unwrap();
        let text = fixture("valid/tiny-role.yaml").replace("id: tiny-role", "id: &a tiny-role");
        assert!(crate::profile::id_scan::scan_id(&text).is_none());
        std::fs::write(dir.path().join("anchored.yaml"), text).unwrap();
        let (catalog, _) = load(dir.path());
        let slot = catalog
            .slots
            .iter()
            .find(|slot| slot.id == "tiny-role")
            .unwrap();
        assert!(
            matches!(slot.candidates.as_slice(), [Candidate::File(_)]),
            "only its path and id are kept: {:?}",
            slot.candidates
        );
        assert!(catalog.get("tiny-role").is_some());
    }

    #[test]
    fn a_listing_parses_every_profile_and_reports_each_skipped_file_once() {
        let dir = tempfile::tempdir().unwrap();
        write_tiny_and_broken(dir.path());
        let (catalog, seen) = load(dir.path());
        let ids = catalog.map_entries(|e| e.profile.id.clone());
        assert_eq!(ids, ["senior-devops-engineer-management", "tiny-role"]);
        assert_eq!(names(&seen), ["broken.yaml"]);
        assert!(catalog.get("off-scale-level").is_none());
        assert!(catalog.get("tiny-role").is_some());
        assert_eq!(catalog.map_entries(|_| ()).len(), 2);
        assert_eq!(names(&seen), ["broken.yaml"]);
    }

    #[test]
    fn an_id_given_by_several_files_is_settled_at_load_first_valid_file_first() {
        let dir = tempfile::tempdir().unwrap();
        let tiny = fixture("valid/tiny-role.yaml");
        let broken =
            fixture("invalid/off-scale-level.yaml").replace("id: off-scale-level", "id: tiny-role");
        std::fs::write(dir.path().join("a-broken.yaml"), broken).unwrap();
        std::fs::write(dir.path().join("b-tiny.yaml"), &tiny).unwrap();
        std::fs::write(dir.path().join("c-tiny.yaml"), &tiny).unwrap();
        let (catalog, seen) = load(dir.path());
        assert_eq!(names(&seen), ["a-broken.yaml", "c-tiny.yaml"]);
        let reasons: Vec<String> = seen
            .lock()
            .unwrap()
            .iter()
            .map(|s| s.reason.clone())
            .collect();
        assert!(reasons[0].starts_with("not a valid profile"), "{reasons:?}");
        assert!(
            reasons[1].starts_with("profile id `tiny-role` is already loaded from")
                && reasons[1].ends_with("b-tiny.yaml"),
            "{reasons:?}"
        );
        let entry = catalog.get("tiny-role").unwrap();
        assert_eq!(entry.origin, Origin::File(dir.path().join("b-tiny.yaml")));
        assert_eq!(names(&seen).len(), 2);
    }

    /// The rows of a listing, from summaries or parsed, as a listing of
    /// parsed profiles gives them.
    fn parsed_listing(catalog: &Catalog) -> Vec<Listed> {
        catalog.map_entries(Listed::of)
    }

    #[test]
    fn a_listing_of_builtin_profiles_is_what_parsing_them_gives() {
        let catalog = Catalog::builtin();
        assert!(catalog.slots.iter().all(|slot| slot.summary().is_some()));
        assert_eq!(catalog.listing(), parsed_listing(&catalog));
    }

    #[test]
    fn a_listing_takes_a_builtin_from_its_summary_without_parsing_it() {
        // A summary that its text belies: only a listing that does not
        // parse the text shows it.
        let builtins = Box::leak(Box::new([BuiltIn {
            name: "fake.yaml",
            text: "id: fake\ntitle: [unclosed\n",
            json: None,
            summary: Some(Summary {
                id: "fake",
                title: "Fake",
                level: None,
                rated_items: 7,
            }),
        }]));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&seen);
        let catalog = Catalog::index(
            BTreeMap::new(),
            builtins,
            Box::new(move |skip: &Skipped| sink.lock().unwrap().push(skip.clone())),
        );
        let listed = catalog.listing();
        assert_eq!(listed.len(), 1);
        assert_eq!(
            (listed[0].title.as_str(), listed[0].rated_items),
            ("Fake", 7)
        );
        assert!(seen.lock().unwrap().is_empty(), "nothing parsed");
        // Once the profile is read and found broken, it is listed no more.
        assert!(catalog.get("fake").is_none());
        assert!(catalog.listing().is_empty());
        assert_eq!(names(&seen), ["fake.yaml"]);
    }

    #[test]
    fn a_listing_parses_folder_profiles_and_lists_overridden_builtins_as_parsing_does() {
        let dir = tempfile::tempdir().unwrap();
        let shadow = fixture("valid/tiny-role.yaml")
            .replace("id: tiny-role", &format!("id: {}", builtin::DEFAULT_ID));
        std::fs::write(dir.path().join("shadow.yaml"), shadow).unwrap();
        write_tiny_and_broken(dir.path());
        let (catalog, seen) = load(dir.path());
        let listed = catalog.listing();
        assert_eq!(names(&seen), ["broken.yaml"]);
        assert_eq!(listed, parsed_listing(&catalog));
        assert_eq!(listed.len(), 2);
        assert!(listed[0].overrides_builtin);
        assert_eq!(listed[0].title, "Tiny Role");
        assert_eq!(names(&seen), ["broken.yaml"]);
    }

    #[test]
    fn a_folder_profile_overrides_the_builtin_of_its_id() {
        let dir = tempfile::tempdir().unwrap();
        let shadow = fixture("valid/tiny-role.yaml")
            .replace("id: tiny-role", &format!("id: {}", builtin::DEFAULT_ID));
        std::fs::write(dir.path().join("shadow.yaml"), shadow).unwrap();
        let (catalog, _) = load(dir.path());
        let entry = catalog.get(builtin::DEFAULT_ID).unwrap();
        assert!(entry.overrides_builtin);
        assert_eq!(entry.profile.title, "Tiny Role");
        assert!(
            !Catalog::builtin()
                .get(builtin::DEFAULT_ID)
                .unwrap()
                .overrides_builtin
        );
    }
}
