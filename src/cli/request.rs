//! The parsed arguments turned into the plain `Request` the application
//! runs: defaults filled in, values mapped to the application's types. It
//! decides no behaviour of a command.

use std::path::PathBuf;

use super::values::{ColorArg, DiagnosticFormatArg, SchemaArg};
use super::{Cli, CommandArg, completion_script};
use crate::app::{
    Ask, AssessRequest, ColorMode, Command as Run, CompareRequest, DdatRequest, HistoryRequest,
    ImportRequest, Notes, PathRequest, ReportRequest, Request, RolesRequest, SchemaKind,
    TeamRequest,
};
use crate::render::diagnostics::DiagnosticFormat;

impl Cli {
    /// The plain request the application runs.
    #[must_use]
    #[expect(clippy::too_many_lines, reason = "one flat arm per command")]
    pub fn into_request(self) -> Request {
        let command = match self.command {
            CommandArg::Profiles {
                search,
                family,
                format,
            } => Run::Profiles {
                search,
                family,
                format: format.into(),
            },
            CommandArg::Show { profile, format } => Run::Show {
                profile,
                format: format.into(),
            },
            CommandArg::Assess {
                profile,
                role,
                out,
                force,
                resume,
                only,
                unrated,
                name,
                assessor,
                assessor_name,
                blind,
                no_evidence,
                answers,
                complete,
                format,
            } => Run::Assess(AssessRequest {
                more: profile.iter().skip(1).cloned().collect(),
                profile: profile.into_iter().next(),
                role,
                out,
                force,
                resume,
                name,
                assessor: assessor.into(),
                assessor_name,
                blind,
                notes: if no_evidence { Notes::Skip } else { Notes::Ask },
                ask: if unrated {
                    Ask::Unrated
                } else if only.is_empty() {
                    Ask::Default
                } else {
                    Ask::Only(only)
                },
                answers,
                complete,
                format: format.into(),
            }),
            CommandArg::Import {
                input,
                id,
                out,
                ddat,
                skills,
                out_dir,
                released,
                strict,
                force,
                quiet,
            } => match (ddat, out_dir) {
                (Some(roles), Some(out_dir)) => Run::ImportDdat(DdatRequest {
                    roles,
                    skills,
                    out_dir,
                    released,
                    force,
                    strict,
                    quiet,
                }),
                // clap requires an input without --ddat, and --out-dir with it.
                _ => Run::Import(ImportRequest {
                    input: input.unwrap_or_default(),
                    id,
                    out,
                    force,
                    quiet,
                }),
            },
            CommandArg::Compare {
                before,
                after,
                changed_only,
                format,
            } => Run::Compare(CompareRequest {
                before,
                after,
                changed_only,
                format: format.into(),
            }),
            CommandArg::Path {
                assessments,
                to,
                assessor,
                format,
            } => Run::Path(PathRequest {
                paths: assessments,
                assessor: assessor.into(),
                to,
                format: format.into(),
            }),
            CommandArg::Roles {
                assessments,
                assessor,
                family,
                role,
                top,
                format,
            } => Run::Roles(RolesRequest {
                paths: assessments,
                assessor: assessor.into(),
                family,
                role,
                top: top.map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
                format: format.into(),
            }),
            CommandArg::Team {
                paths,
                profile,
                format,
                fail_on_gap,
                min_readiness,
                next_level,
                by_role,
            } => Run::Team(TeamRequest {
                paths,
                profile,
                format: format.into(),
                fail_on_gap,
                min_readiness,
                next_level,
                by_role,
            }),
            CommandArg::History {
                paths,
                assessor,
                format,
            } => Run::History(HistoryRequest {
                paths,
                assessor: assessor.into(),
                format: format.into(),
            }),
            CommandArg::Report {
                assessment,
                profile,
                format,
                explain,
                fail_on_gap,
                min_readiness,
                max_actions,
                review_by,
                cycle,
            } => Run::Report(ReportRequest {
                assessment,
                profile,
                format: format.into(),
                explain,
                fail_on_gap,
                min_readiness,
                max_actions: usize::from(max_actions),
                review_by,
                cycle,
            }),
            CommandArg::Validate {
                paths,
                strict,
                notes,
                quiet,
                format,
            } => Run::Validate {
                quiet,
                notes,
                paths: if paths.is_empty() {
                    vec![PathBuf::from("profiles")]
                } else {
                    paths
                },
                strict,
                format: match format {
                    DiagnosticFormatArg::Human => DiagnosticFormat::Human,
                    DiagnosticFormatArg::Json => DiagnosticFormat::Json,
                    DiagnosticFormatArg::Github => DiagnosticFormat::Github,
                },
            },
            CommandArg::Schema { kind } => Run::Schema {
                kind: match kind {
                    SchemaArg::Profile => SchemaKind::Profile,
                    SchemaArg::Assessment => SchemaKind::Assessment,
                },
            },
            CommandArg::Completions { shell } => Run::Completions {
                script: completion_script(shell),
            },
        };
        let profiles = if self.profiles.is_empty() {
            std::env::var_os("SKILLGAP_PROFILES")
                .map(|list| {
                    std::env::split_paths(&list)
                        .map(PathBuf::into_os_string)
                        .collect()
                })
                .unwrap_or_default()
        } else {
            self.profiles
        };
        Request {
            profile_dirs: profiles
                .into_iter()
                .filter(|p| !p.is_empty())
                .map(PathBuf::from)
                .collect(),
            color: match self.color {
                ColorArg::Auto => ColorMode::Auto,
                ColorArg::Always => ColorMode::Always,
                ColorArg::Never => ColorMode::Never,
            },
            command,
        }
    }
}
