//! The command line, as clap types only: the commands and their options
//! here, the values they take in `values`, and in `request` the turn of
//! the parsed arguments into the plain `Request` the application runs
//! ([`Cli::into_request`]). Nothing past this module sees clap, and this
//! module runs nothing.

mod request;
mod values;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use values::{
    AssessorArg, ColorArg, DiagnosticFormatArg, PageFormat, ReportFormat, SchemaArg, ShowFormat,
    assessor_name, percent, person_name, released_date,
};

const EXAMPLES: &str = "\
Examples:
  skillgap assess                          pick a profile (the default first) and rate yourself
  skillgap profiles devops                 find your role among the built-in framework
  skillgap roles my-assessment.yaml        every role your ratings fit
  skillgap path my-assessment.yaml         what the next level asks of you
  skillgap show senior-devops-engineer-management
  skillgap report examples/alex-early.yaml gap report and development plan
  skillgap history examples/history        progress over time, person by person
  skillgap validate profiles/ --strict     check profile YAML, for CI
  skillgap schema profile > profile.schema.json";

/// Measure the gap between a person and a role profile.
#[derive(Debug, Parser)]
#[command(name = "skillgap", version, about, after_help = EXAMPLES)]
pub struct Cli {
    /// Also load profiles from this folder (repeatable; searched recursively).
    /// A profile here overrides a built-in one with the same id. Without it,
    /// the folders in `SKILLGAP_PROFILES` (`:`-separated, empty entries ignored).
    // The flag names one folder, whatever its name holds (`team:2026`);
    // only the environment variable is a list, split as PATH is. Read as
    // OsString, which may be empty, not PathBuf, which may not.
    #[arg(
        long = "profiles",
        value_name = "DIR",
        global = true,
        value_hint = clap::ValueHint::DirPath
    )]
    profiles: Vec<std::ffi::OsString>,

    /// When to colour output: auto honours NO_COLOR and whether output is a terminal.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorArg::Auto, global = true)]
    color: ColorArg,

    #[command(subcommand)]
    command: CommandArg,
}

#[derive(Debug, Subcommand)]
enum CommandArg {
    /// List the profiles available: built-in and from --profiles folders, by family and role in ladder order.
    #[command(
        after_help = "Examples:\n  skillgap profiles                         every profile, the default first\n  skillgap profiles devops                  titles, ids, roles or skills with \"devops\"\n  skillgap profiles --family data           one role family (name or slug, any case)\n  skillgap profiles --profiles ./our-profiles\n  skillgap profiles --format json           with family, role, rank, track and digest"
    )]
    Profiles {
        /// Only profiles whose title, id, role or a rated skill contains this word (any case).
        search: Option<String>,
        /// Only this role family (its name or slug, any case), e.g. "Data" or user-centred-design.
        #[arg(long, value_name = "FAMILY")]
        family: Option<String>,
        /// Output format.
        #[arg(short, long, value_enum, default_value_t = ShowFormat::Table)]
        format: ShowFormat,
    },
    /// Print one profile, every section, readably.
    #[command(
        after_help = "Examples:\n  skillgap show senior-devops-engineer-management\n  skillgap show ./profiles/my-role.yaml --format markdown > role.md"
    )]
    Show {
        /// Profile id, or path to a profile YAML file.
        profile: String,
        /// Output format.
        #[arg(short, long, value_enum, default_value_t = PageFormat::Table)]
        format: PageFormat,
    },
    /// Interactive self-assessment: rate yourself on every item, then see the gap report.
    #[command(
        after_help = "Examples:\n  skillgap assess                                  the built-in profile\n  skillgap assess my-role.yaml --name 'Alex Morgan'\n  skillgap assess --resume senior-devops-engineer-management-alex-morgan-2026-11-26.yaml\n  skillgap assess --resume alex.yaml --unrated     rate only the items skipped so far\n  skillgap assess --resume alex.yaml --only devops,systems-design   rate these two again\n  skillgap assess --blind                          do not show the required levels\n  skillgap assess --no-evidence                    no note prompt after each level\n  skillgap assess --answers ratings.yaml --name Alex   no prompts (scripts, tests)\n\nEvery answer is saved at once (with --answers, once at the end). Esc or Ctrl-C stops (exit 130) and prints the command to resume."
    )]
    Assess {
        /// Profile ids or YAML files; default: the built-in Senior DevOps Engineer – Management. Several: each skill they need is asked once, and the file serves them all.
        profile: Vec<String>,
        /// Assess every level of one role (its name or slug, any case), each skill once.
        #[arg(long, value_name = "ROLE", conflicts_with_all = ["profile", "resume"])]
        role: Option<String>,
        /// Where to save (default: <profile-id>-<name>[-<assessor>[-<assessor-name>]]-<date>.yaml here).
        #[arg(short, long, value_name = "FILE", conflicts_with = "resume")]
        out: Option<PathBuf>,
        /// Replace an existing assessment file (only ever a regular file). With --resume: go through every item again, from the first unrated one (a complete file needs this, or --only, or --unrated).
        #[arg(long)]
        force: bool,
        /// Continue an assessment: ask only its unrated items, in profile order, from the first.
        #[arg(long, value_name = "FILE", conflicts_with_all = ["answers", "name"])]
        resume: Option<PathBuf>,
        /// Ask only these items (ids, comma-separated; `show PROFILE --format yaml` lists them). With --resume, every other rating is kept, and a complete file needs no --force.
        #[arg(
            long,
            value_name = "ID,…",
            value_delimiter = ',',
            conflicts_with = "unrated"
        )]
        only: Vec<String>,
        /// With --resume: ask only the items without a rating, even in a complete file.
        // Stated again: clap does not enforce `requires` when the required
        // argument conflicts with one given (--answers, --name).
        #[arg(long, requires = "resume", conflicts_with_all = ["answers", "name"])]
        unrated: bool,
        /// The person assessed (asked for when not given).
        #[arg(long, value_name = "NAME", value_parser = person_name)]
        name: Option<String>,
        /// Who gives the ratings.
        #[arg(long, value_enum, default_value_t = AssessorArg::SelfAssessed)]
        assessor: AssessorArg,
        /// The assessor's name, when not the person.
        #[arg(long, value_name = "NAME", value_parser = assessor_name)]
        assessor_name: Option<String>,
        /// Hide the required levels while rating, to avoid anchoring.
        #[arg(long)]
        blind: bool,
        /// Do not ask for an evidence note after each level: one choice per item; the level screen offers "Add a note" first instead (notes a resumed file has are kept).
        #[arg(long)]
        no_evidence: bool,
        /// Take the answers from a file (an assessment, or a map of item id to level) instead of asking.
        #[arg(long, value_name = "FILE")]
        answers: Option<PathBuf>,
        /// With --answers: mark the file complete even when required items are unrated (otherwise it stays in progress).
        #[arg(long, requires = "answers")]
        complete: bool,
        /// Format of the gap report printed at the end.
        #[arg(short, long, value_enum, default_value_t = ReportFormat::Table)]
        format: ReportFormat,
    },
    /// Gap report and development plan for one assessment.
    #[command(
        after_help = "Examples:\n  skillgap report examples/alex-early.yaml\n  skillgap report alex.yaml --format csv > alex.csv\n  skillgap report alex.yaml --min-readiness 80 --fail-on-gap   exit 1 when not ready\n  skillgap report alex.yaml --max-actions 3 --review-by 2027-03-31   a shorter plan, due sooner\n  skillgap report alex.yaml --cycle 3m    a cycle of three months from the assessment\n\nExit status: 0 report printed, 1 a gate was breached (the report is still printed), 2 bad input."
    )]
    Report {
        /// Assessment file (YAML), as `assess` writes it.
        assessment: PathBuf,
        /// Measure against this profile (id or YAML file) instead of the one the assessment names.
        #[arg(long, value_name = "PROFILE")]
        profile: Option<String>,
        /// Output format.
        #[arg(short, long, value_enum, default_value_t = ReportFormat::Table)]
        format: ReportFormat,
        /// Show how each status, gap and plan step was worked out.
        #[arg(long)]
        explain: bool,
        /// Exit 1 when any item with a required level is below it or not rated.
        #[arg(long)]
        fail_on_gap: bool,
        /// Exit 1 when readiness is below N percent.
        #[arg(long, value_name = "N", value_parser = percent)]
        min_readiness: Option<u8>,
        /// At most N actions in this cycle of the plan (the rest are listed as later).
        #[arg(long, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..))]
        max_actions: u16,
        /// The date this cycle's actions are due (YYYY-MM-DD, not before the assessment).
        #[arg(long, value_name = "DATE", conflicts_with = "cycle")]
        review_by: Option<crate::assessment::Date>,
        /// The length of a cycle from the assessment's date: a number and d, w, m or y [default: 6m].
        #[arg(long, value_name = "PERIOD")]
        cycle: Option<crate::plan::Period>,
    },
    /// Team gap report over many assessment files: who covers what, single points of failure, training needs.
    #[command(
        after_help = "Examples:\n  skillgap team examples/team\n  skillgap team 'assessments/**/*.yaml' --format csv > team.csv\n  skillgap team assessments/ --min-readiness 60   exit 1 if anyone is below 60%\n  skillgap team assessments/ --next-level        who is ready for their role's next level\n  skillgap team assessments/ --by-role           one matrix per role, whatever each person's level\n\nExit status: 0 report printed, 1 a gate was breached, 2 a file was skipped or no file found (the report still covers the rest)."
    )]
    Team {
        /// Assessment files, folders (searched for *.yaml, *.yml) or globs.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Measure every assessment against this profile (id or YAML file).
        #[arg(long, value_name = "PROFILE")]
        profile: Option<String>,
        /// Output format.
        #[arg(short, long, value_enum, default_value_t = ReportFormat::Table)]
        format: ReportFormat,
        /// Exit 1 when anyone has a gap or an unrated requirement.
        #[arg(long)]
        fail_on_gap: bool,
        /// Exit 1 when anyone's readiness is below N percent.
        #[arg(long, value_name = "N", value_parser = percent)]
        min_readiness: Option<u8>,
        /// Show each person's readiness for the next level of their role, on each track: who is ready to step up.
        #[arg(long)]
        next_level: bool,
        /// Everyone on one role's ladder in one matrix, matched by shared skills; each person measured against their own level.
        #[arg(long, conflicts_with = "profile")]
        by_role: bool,
    },
    /// Each person's readiness and ratings over time: every dated assessment, what moved since the one before, and a trend.
    #[command(
        after_help = "Examples:\n  skillgap history examples/history\n  skillgap history 'assessments/**/*.yaml'          everyone, one section each\n  skillgap history assessments/ --assessor manager   the manager's assessments\n  skillgap history assessments/ --format csv > history.csv\n\nEach assessment is measured against the profile it was made against; the newest one's profile is followed, and an item moved when both assessments rate it at different levels (after a change of profile, a promotion, only the skills both profiles share). On one date, the complete assessment counts, else the later file.\nExit status: 0 history printed, 2 a file was skipped or no file found (the history still covers the rest)."
    )]
    History {
        /// Assessment files, folders (searched for *.yaml, *.yml) or globs.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Whose ratings to follow.
        #[arg(long, value_enum, default_value_t = AssessorArg::SelfAssessed)]
        assessor: AssessorArg,
        /// Output format.
        #[arg(short, long, value_enum, default_value_t = ReportFormat::Table)]
        format: ReportFormat,
    },
    /// Every profile ranked by how well one person's ratings fit it: the roles they fit, and those just out of reach.
    #[command(
        after_help = "Examples:\n  skillgap roles examples/sam-nearly-ready.yaml\n  skillgap roles alex-2026-05.yaml alex-2026-11.yaml   the newest rating of each skill counts\n  skillgap roles sam.yaml --family software-development --top 5\n  skillgap roles sam.yaml --format json\n\nA rating counts for every profile that needs the same framework skill (a DDaT skill id); knowledge and skills of one profile count for it alone. Profiles the ratings cover for under half of their required items are listed apart, with the command that rates the rest.\nExit status: 0 list printed, 2 bad input (unreadable, files of two people, one skill rated two ways on one date, an unknown family or role)."
    )]
    Roles {
        /// One person's assessment files.
        #[arg(required = true)]
        assessments: Vec<PathBuf>,
        /// Whose ratings to read.
        #[arg(long, value_enum, default_value_t = AssessorArg::SelfAssessed)]
        assessor: AssessorArg,
        /// Only this role family (its name or slug, any case).
        #[arg(long, value_name = "FAMILY")]
        family: Option<String>,
        /// Only this role (its name or slug, any case), e.g. "Development operations (DevOps) engineer".
        #[arg(long, value_name = "ROLE")]
        role: Option<String>,
        /// At most N ranked profiles and N of those rated too little (1 or more); the rest are counted.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        top: Option<u32>,
        /// Output format.
        #[arg(short, long, value_enum, default_value_t = ReportFormat::Table)]
        format: ReportFormat,
    },
    /// Where one person stands on their role's ladder, and what the next level on each track asks of them.
    #[command(
        after_help = "Examples:\n  skillgap path examples/sam-nearly-ready.yaml\n  skillgap path sam.yaml --to ddat-infrastructure-engineer   a move across roles\n  skillgap path sam.yaml --format markdown > next-step.md\n\nThe current level is the profile of the newest file. For each next level: the skills that are new or required higher, the person's rating, and what the required level means for that skill.\nExit status: 0 path printed, 2 bad input (unreadable, files of two people, an unknown --to, a profile on no ladder without --to)."
    )]
    Path {
        /// One person's assessment files.
        #[arg(required = true)]
        assessments: Vec<PathBuf>,
        /// Measure against this profile (id or YAML file) instead of the next levels.
        #[arg(long, value_name = "PROFILE")]
        to: Option<String>,
        /// Whose ratings to read.
        #[arg(long, value_enum, default_value_t = AssessorArg::SelfAssessed)]
        assessor: AssessorArg,
        /// Output format.
        #[arg(short, long, value_enum, default_value_t = PageFormat::Table)]
        format: PageFormat,
    },
    /// Two assessments of one person side by side: progress over time, or agreement between two assessors (self and manager).
    #[command(
        after_help = "Examples:\n  skillgap compare examples/team/alex-morgan-2026-05.yaml examples/team/alex-morgan-2026-11.yaml\n  skillgap compare lee-self.yaml lee-manager.yaml   items 2+ steps apart are listed first, to discuss\n  skillgap compare lee-self.yaml lee-manager.yaml --changed-only\n\nOne assessor at two dates: improved, regressed or unchanged. Two assessors: \"<second> higher\", \"<second> lower\" or \"agree\", never progress.\n\nExit status: 0 comparison printed, 2 bad input (unreadable, or the two against different profiles)."
    )]
    Compare {
        /// The earlier (or self) assessment.
        before: PathBuf,
        /// The later (or manager's) assessment.
        after: PathBuf,
        /// List only the items rated differently; the rest are counted (JSON, YAML and CSV keep every item).
        #[arg(long)]
        changed_only: bool,
        /// Output format.
        #[arg(short, long, value_enum, default_value_t = ReportFormat::Table)]
        format: ReportFormat,
    },
    /// Turn the text of a FEDIP / DDaT job-profile page into profile YAML, or the DDaT framework's CSV files into a library of profiles.
    #[command(
        after_help = "Examples:\n  skillgap import page.txt > profiles/my-role.yaml\n  pbpaste | skillgap import - --id my-role --out profiles/my-role.yaml\n  skillgap import --ddat data/ddat/role-content.csv --skills data/ddat/skill-descriptions.csv \\\n      --released 2024-10-22 --out-dir profiles/ddat\n\nFields the page lost (a title, details, a type, an awarding body) are left empty and marked for a person, and listed on stderr with their line.\nWith --ddat: one profile per role level in use, in a folder per role family; the folder is replaced at once, and a file in it without the importer's header is never touched.\nExit status: 0 clean (with --ddat: the library was written), 1 needs a person's attention (with --ddat: blemishes in the data and --strict), 2 not a profile page or cannot be read or written."
    )]
    Import {
        /// The page text, or - for standard input.
        #[arg(required_unless_present = "ddat", conflicts_with = "ddat")]
        input: Option<PathBuf>,
        /// Id for the profile (default: derived from its title, or `imported-profile` for a title with no letter or digit).
        #[arg(long, conflicts_with = "ddat")]
        id: Option<String>,
        /// Write the YAML here instead of standard output.
        #[arg(short, long, value_name = "FILE", conflicts_with = "ddat")]
        out: Option<PathBuf>,
        /// The framework's role file (role-content.csv): write one profile per role level to --out-dir.
        #[arg(long, value_name = "ROLES.csv", requires = "out_dir")]
        ddat: Option<PathBuf>,
        /// With --ddat: the framework's skills file (skill-descriptions.csv), for what every level of a skill means.
        #[arg(long, value_name = "SKILLS.csv", requires = "ddat")]
        skills: Option<PathBuf>,
        /// With --ddat: the folder to write the library to (replaced as a whole).
        #[arg(long, value_name = "DIR", requires = "ddat")]
        out_dir: Option<PathBuf>,
        /// With --ddat: the date of the framework release, recorded in each profile's source.
        #[arg(long, value_name = "YYYY-MM-DD", requires = "ddat", value_parser = released_date)]
        released: Option<String>,
        /// With --ddat: exit 1 when the data has blemishes.
        #[arg(long, requires = "ddat")]
        strict: bool,
        /// Replace --out if it exists (only ever a regular file); with --ddat, replace files in --out-dir that lack the importer's header.
        #[arg(long)]
        force: bool,
        /// Print nothing on stderr but errors; the exit status still says whether a person must look.
        #[arg(short, long)]
        quiet: bool,
    },
    /// Check profile files and report every problem with `file:line:column`; for CI.
    #[command(
        after_help = "Examples:\n  skillgap validate                     checks profiles/\n  skillgap validate profiles/ team/*.yaml --strict\n  skillgap validate --format github     annotations in GitHub Actions\n  skillgap validate profiles/ddat --notes   lists what the framework's data lacks\n\nExit status: 0 clean, 1 errors (or warnings with --strict), 2 unreadable input. Notes never fail."
    )]
    Validate {
        /// Files, folders (searched for *.yaml, *.yml) or globs; default: profiles/
        paths: Vec<PathBuf>,
        /// Count warnings as errors.
        #[arg(long)]
        strict: bool,
        /// List the notes too: what a profile's source lacks (a description
        /// the framework marks missing), which is never a failure.
        #[arg(long)]
        notes: bool,
        /// Print no findings; the exit status alone says whether there were any.
        #[arg(short, long)]
        quiet: bool,
        /// Output format.
        #[arg(short, long, value_enum, default_value_t = DiagnosticFormatArg::Human)]
        format: DiagnosticFormatArg,
    },
    /// Print the JSON Schema (draft-07) of a file kind, for editors.
    #[command(after_help = "Example:\n  skillgap schema profile > profile.schema.json")]
    Schema {
        /// Which file kind.
        #[arg(value_enum)]
        kind: SchemaArg,
    },
    /// Print a shell completion script.
    #[command(
        after_help = "Example:\n  skillgap completions bash > ~/.local/share/bash-completion/completions/skillgap"
    )]
    Completions {
        /// Shell to generate for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

impl Cli {
    /// Parses the process's arguments (exiting with clap's message and
    /// status 2 on a bad one), with the help of [`Cli::command`].
    #[must_use]
    pub fn parse_args() -> Self {
        use clap::FromArgMatches as _;
        let matches = Self::command().get_matches();
        Self::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    }

    /// The clap command, for parsing and completions. The global options
    /// reach every subcommand, but `schema` and `completions` read no
    /// profile and print no colour: there they are accepted and hidden
    /// from the help, which lists only what does something.
    #[must_use]
    pub fn command() -> clap::Command {
        let command = <Self as clap::CommandFactory>::command();
        // What clap would copy into each subcommand when it builds, copied
        // here first, hidden; clap copies only what a subcommand lacks.
        let hidden_globals: Vec<clap::Arg> = command
            .get_arguments()
            .filter(|arg| arg.is_global_set())
            .map(|arg| arg.clone().hide(true))
            .collect();
        let hide_globals = |sub: clap::Command| sub.args(hidden_globals.clone());
        command
            .mut_subcommand("schema", hide_globals)
            .mut_subcommand("completions", hide_globals)
    }
}

/// The completion script for `shell`, written by clap from the same command
/// the parser uses, so the app never needs clap to print it.
fn completion_script(shell: clap_complete::Shell) -> String {
    let mut script = Vec::new();
    clap_complete::generate(
        shell,
        &mut with_profile_ids(Cli::command()),
        "skillgap",
        &mut script,
    );
    String::from_utf8_lossy(&script).into_owned()
}

/// `command` with the built-in profiles' ids as the values a PROFILE
/// argument completes to. Only the script is made from it: the parser
/// still takes any id or path.
fn with_profile_ids(command: clap::Command) -> clap::Command {
    let ids: Vec<&'static str> = crate::profile::builtin::FILES
        .iter()
        .filter_map(|file| file.summary.map(|summary| summary.id))
        .collect();
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    names.into_iter().fold(command, |command, name| {
        command.mut_subcommand(name, |sub| {
            let profile_args: Vec<String> = sub
                .get_arguments()
                .filter(|arg| arg.get_id() == "profile" || arg.get_id() == "profiles_to_assess")
                .map(|arg| arg.get_id().to_string())
                .collect();
            profile_args.into_iter().fold(sub, |sub, id| {
                sub.mut_arg(id, |arg| {
                    arg.value_parser(clap::builder::PossibleValuesParser::new(ids.clone()))
                })
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::Cli;

    /// clap's own checks of the command (conflicting names, bad defaults,
    /// a global copied wrongly into a subcommand) run only when asked.
    #[test]
    fn the_command_passes_clap_s_own_checks() {
        Cli::command().debug_assert();
    }
}
