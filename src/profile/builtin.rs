//! Profiles compiled into the binary from the repository's `profiles/`.

/// File name and YAML text of every built-in profile, sorted by file name.
pub const FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_profiles.rs"));

/// Id of the profile `assess` uses when none is named.
pub const DEFAULT_ID: &str = "senior-devops-engineer-management";
