//! Where a profile came from ([`Origin`]) and one available profile
//! ([`Entry`]) with its digest, worked out once. This file holds only the
//! types: it must not load, index or resolve profiles.

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::profile::model::Profile;

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
    pub(in crate::profile) fn new(
        profile: Profile,
        origin: Origin,
        overrides_builtin: bool,
    ) -> Self {
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
        self.digest
            .get_or_init(|| crate::profile::digest(&self.profile))
    }
}
