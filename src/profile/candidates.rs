//! The candidates for one profile id, in the order they take precedence,
//! and choosing among them: the first valid one is the profile; broken ones
//! before it, and folder files after it (the id is taken), are skipped.
//! Also the first look at a folder file that indexes it by id. Part of the
//! catalog; nothing here prints.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::builtin::{BuiltIn, Summary};
use super::catalog::{Entry, Origin, Skipped};
use super::id_scan::scan_id;
use super::load::check_profile;
use super::model::Profile;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Checked;
use crate::input::{Kind, Source};

/// Where one candidate for an id comes from.
#[derive(Debug)]
pub(super) enum Candidate {
    /// A folder file whose id was read ahead; parsed when first needed.
    File(PathBuf),
    /// A file already parsed (its id could not be read ahead).
    Parsed(Box<Entry>),
    /// A built-in profile, read when first needed.
    BuiltIn(&'static BuiltIn),
}

/// Every candidate for one id, in the order they take precedence (folder
/// files in the order found, then the built-in profile), and the first
/// valid one once it is known.
#[derive(Debug)]
pub(super) struct Slot {
    pub(super) id: String,
    pub(super) candidates: Vec<Candidate>,
    pub(super) resolved: OnceLock<Option<Entry>>,
}

impl Slot {
    fn has_builtin(&self) -> bool {
        self.candidates
            .iter()
            .any(|c| matches!(c, Candidate::BuiltIn(_)))
    }

    /// The build-time summary of the slot's profile, when the slot is one
    /// built-in profile (no folder file has its id) not yet read, whose
    /// build made one.
    pub(super) fn summary(&self) -> Option<&'static Summary> {
        match (self.candidates.as_slice(), self.resolved.get()) {
            ([Candidate::BuiltIn(builtin)], None) => builtin.summary.as_ref(),
            _ => None,
        }
    }

    pub(super) fn files(&self) -> usize {
        self.candidates.iter().filter_map(Candidate::file).count()
    }

    /// The slot's profile, choosing it on first use, and what was skipped
    /// doing so (nothing after the first use).
    pub(super) fn entry(&self) -> (Option<&Entry>, Vec<Skipped>) {
        let mut skipped = Vec::new();
        let entry = self
            .resolved
            .get_or_init(|| self.resolve(&mut skipped))
            .as_ref();
        (entry, skipped)
    }

    /// `f` of the slot's profile, and what was skipped choosing it (only
    /// the first time). A profile parsed here is not kept unless choosing
    /// it skipped files, so a listing of thousands holds one per thread.
    pub(super) fn with_entry<T>(&self, f: impl FnOnce(&Entry) -> T) -> (Option<T>, Vec<Skipped>) {
        if let Some(resolved) = self.resolved.get() {
            return (resolved.as_ref().map(f), Vec::new());
        }
        let mut skipped = Vec::new();
        let entry = self.resolve(&mut skipped);
        let value = entry.as_ref().map(f);
        if !skipped.is_empty() {
            // Kept, so that the skipped files are reported once.
            let _ = self.resolved.set(entry);
        }
        (value, skipped)
    }

    /// The first valid candidate; the broken ones before it and the files
    /// after it (the id is taken) go to `skipped`.
    fn resolve(&self, skipped: &mut Vec<Skipped>) -> Option<Entry> {
        let overrides = self.has_builtin();
        let mut chosen: Option<Entry> = None;
        for candidate in &self.candidates {
            if let Some(winner) = &chosen {
                if let Some(path) = candidate.file() {
                    skipped.push(taken(path, &self.id, winner));
                }
                continue;
            }
            match self.open(candidate, overrides) {
                Ok(entry) => chosen = Some(entry),
                Err(skip) => skipped.push(skip),
            }
        }
        chosen
    }

    /// A candidate's profile, parsed if it is not yet, or why it is skipped.
    fn open(&self, candidate: &Candidate, overrides: bool) -> Result<Entry, Skipped> {
        match candidate {
            Candidate::Parsed(entry) => Ok(Entry::new(
                entry.profile.clone(),
                entry.origin.clone(),
                overrides && entry.origin != Origin::BuiltIn,
            )),
            Candidate::File(path) => {
                let bytes = read_bytes(path).map_err(|reason| Skipped {
                    path: path.clone(),
                    reason,
                })?;
                let checked = check_profile(path, &bytes);
                self.chosen(path, checked, Origin::File(path.clone()), overrides)
            }
            // Shipped profiles are validated in CI; a broken one is skipped
            // and reported rather than taking the tool down.
            Candidate::BuiltIn(builtin) => self.chosen(
                Path::new(builtin.name),
                builtin.check(),
                Origin::BuiltIn,
                false,
            ),
        }
    }

    /// A checked candidate: a valid profile of this slot's id, or why not.
    fn chosen(
        &self,
        path: &Path,
        checked: Checked<Profile>,
        origin: Origin,
        overrides: bool,
    ) -> Result<Entry, Skipped> {
        match checked.value {
            Some(profile) if profile.id == self.id => Ok(Entry::new(profile, origin, overrides)),
            Some(profile) => Err(Skipped {
                path: path.to_owned(),
                reason: format!("its id `{}` was read ahead as `{}`", profile.id, self.id),
            }),
            None => Err(invalid(path, &checked.diagnostics)),
        }
    }
}

impl Candidate {
    /// The folder file this candidate is, if it is one.
    fn file(&self) -> Option<&Path> {
        match self {
            Self::File(path) => Some(path),
            Self::Parsed(entry) => match &entry.origin {
                Origin::File(path) => Some(path),
                Origin::BuiltIn => None,
            },
            Self::BuiltIn(_) => None,
        }
    }
}

fn taken(path: &Path, id: &str, winner: &Entry) -> Skipped {
    Skipped {
        path: path.to_owned(),
        reason: format!(
            "profile id `{id}` is already loaded from {}",
            winner.origin.describe()
        ),
    }
}

pub(super) fn invalid(path: &Path, diagnostics: &[Diagnostic]) -> Skipped {
    let errors: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    let reason = match errors.first() {
        Some(first) => format!(
            "not a valid profile ({}; first at {}:{}: {})",
            crate::text::plural(errors.len(), "error"),
            first.line,
            first.column,
            first.message
        ),
        None => "not a valid profile".to_owned(),
    };
    Skipped {
        path: path.to_owned(),
        reason,
    }
}

/// What a first look at one folder file gives.
pub(super) enum Looked {
    Id(String),
    Skipped(Skipped),
}

pub(super) fn look(path: &Path) -> Looked {
    let bytes = match read_bytes(path) {
        Ok(bytes) => bytes,
        Err(reason) => {
            return Looked::Skipped(Skipped {
                path: path.to_owned(),
                reason,
            });
        }
    };
    // The scan reads only up to the `id` line; whatever is wrong past it
    // (bad UTF-8, a control character, an oversized file) is found when
    // the profile is parsed.
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(text).unwrap_or_else(|error| {
        std::str::from_utf8(&text[..error.valid_up_to()]).unwrap_or_default()
    });
    if let Some(id) = scan_id(text) {
        return Looked::Id(id.to_owned());
    }
    // Parsed for its id only: kept, thousands of such files (anchors,
    // NEL line breaks) would all stay in memory for a command that uses
    // one profile. It is parsed again if it is used.
    let checked = check_profile(path, &bytes);
    match checked.value {
        Some(profile) => Looked::Id(profile.id),
        None => Looked::Skipped(invalid(path, &checked.diagnostics)),
    }
}

/// A file's bytes (at most the cap, and one more), or why not.
pub(super) fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    crate::input::read(Source::File(path), Kind::Yaml).map_err(|error| error.problem.to_string())
}
