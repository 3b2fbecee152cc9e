//! Findings about a file: what, where, how bad, and which rule.
//!
//! Produced by loaders and the validator, rendered by `render::diagnostics`.
//! Nothing here prints.

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use crate::yaml::Location;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
    /// Information for a reader (what the source lacks); never a failure,
    /// not even with `--strict`.
    Note,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Note => "note",
        })
    }
}

/// Every rule `validate` knows, with a stable id for suppression and docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    FileEmpty,
    FileTooLarge,
    NotUtf8,
    ControlCharacter,
    TooDeep,
    TooManyNodes,
    YamlTag,
    YamlSyntax,
    MultipleDocuments,
    DuplicateKey,
    AliasBomb,
    UnknownField,
    MissingField,
    WrongType,
    OffScale,
    InvalidId,
    DuplicateId,
    DuplicateTitle,
    EmptyText,
    NothingToRate,
    UnknownDevelops,
    BadMark,
    UnknownKind,
    UnknownProfile,
    UnknownItem,
    NoDevelopmentRoute,
    InferredField,
    TruncatedText,
    DevelopsNothing,
    DuplicateDevelops,
    RemovedItem,
    ProfileChanged,
    SourceLacks,
}

impl Rule {
    /// The rule's id as printed in brackets after a finding.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::FileEmpty => "file-empty",
            Self::FileTooLarge => "file-too-large",
            Self::NotUtf8 => "not-utf8",
            Self::ControlCharacter => "control-character",
            Self::TooDeep => "too-deep",
            Self::TooManyNodes => "too-many-nodes",
            Self::YamlTag => "yaml-tag",
            Self::YamlSyntax => "yaml-syntax",
            Self::MultipleDocuments => "multiple-documents",
            Self::DuplicateKey => "duplicate-key",
            Self::AliasBomb => "alias-bomb",
            Self::UnknownField => "unknown-field",
            Self::MissingField => "missing-field",
            Self::WrongType => "wrong-type",
            Self::OffScale => "off-scale",
            Self::InvalidId => "invalid-id",
            Self::DuplicateId => "duplicate-id",
            Self::DuplicateTitle => "duplicate-title",
            Self::EmptyText => "empty-text",
            Self::NothingToRate => "nothing-to-rate",
            Self::UnknownDevelops => "unknown-develops",
            Self::BadMark => "bad-mark",
            Self::UnknownKind => "unknown-kind",
            Self::UnknownProfile => "unknown-profile",
            Self::UnknownItem => "unknown-item",
            Self::NoDevelopmentRoute => "no-development-route",
            Self::InferredField => "inferred-field",
            Self::TruncatedText => "truncated-text",
            Self::DevelopsNothing => "develops-nothing",
            Self::DuplicateDevelops => "duplicate-develops",
            Self::RemovedItem => "removed-item",
            Self::ProfileChanged => "profile-changed",
            Self::SourceLacks => "source-lacks",
        }
    }

    /// Rules whose findings are warnings; every other rule is an error.
    #[must_use]
    pub fn severity(self) -> Severity {
        match self {
            Self::NoDevelopmentRoute
            | Self::InferredField
            | Self::TruncatedText
            | Self::DevelopsNothing
            | Self::DuplicateDevelops
            | Self::RemovedItem
            | Self::ProfileChanged => Severity::Warning,
            Self::SourceLacks => Severity::Note,
            _ => Severity::Error,
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// One finding, located in a file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    pub rule: Rule,
    pub message: String,
}

impl Diagnostic {
    #[must_use]
    pub fn new(
        path: impl Into<PathBuf>,
        location: Location,
        rule: Rule,
        message: impl Into<String>,
    ) -> Self {
        Self {
            path: path.into(),
            line: location.line,
            column: location.column,
            severity: rule.severity(),
            rule,
            // Messages quote file text: keep it from steering a terminal.
            message: crate::text::one_line(&message.into()),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {} [{}]",
            crate::text::one_line(&self.path.display().to_string()),
            self.line,
            self.column,
            self.severity,
            self.message,
            self.rule
        )
    }
}
