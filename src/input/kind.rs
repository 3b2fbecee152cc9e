//! The kinds of input and the size cap of each (SPEC §6). It uses nothing
//! at all, not even the rest of `input`: `yaml` checks the YAML cap, and
//! the build script reads `yaml` with this file beside it. It must never
//! read anything.

const MIB: u64 = 1024 * 1024;

/// What a piece of input is, which sets the most bytes read of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A profile, assessment or answers file.
    Yaml,
    /// A job-profile page's text, for `import`.
    PageText,
    /// A framework's CSV file.
    FrameworkCsv,
}

impl Kind {
    /// The most bytes read of this kind of input: 1 MiB for YAML and page
    /// text, 16 MiB for a framework CSV.
    #[must_use]
    pub const fn cap(self) -> u64 {
        match self {
            Self::Yaml | Self::PageText => MIB,
            Self::FrameworkCsv => 16 * MIB,
        }
    }
}
