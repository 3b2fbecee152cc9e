//! `skillgap import`: a job-profile page's text in, profile YAML out, with
//! every place needing a person listed on stderr.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use super::emit;
use super::save_guard::SaveGuard;
use crate::diagnostic::Severity;
use crate::exit::ExitStatus;
use crate::import::import;
use crate::input::{self, InputError, Kind, Source};
use crate::output::Target;
use crate::profile::load::check_profile_value;
use crate::text::{one_line, one_line_clipped, plural};

/// What `import` was asked to do.
#[derive(Debug)]
pub struct ImportRequest {
    /// The page text; `-` for standard input.
    pub input: PathBuf,
    pub id: Option<String>,
    pub out: Option<PathBuf>,
    pub force: bool,
    /// List nothing on stderr but what stops the import; the exit status
    /// still says whether a person must look.
    pub quiet: bool,
}

/// The page text: a file, or standard input for `-`.
fn read_input(path: &Path) -> Result<String, InputError> {
    let source = if path == Path::new("-") {
        Source::Stdin
    } else {
        Source::File(path)
    };
    input::read_text(source, Kind::PageText)
}

/// Runs `skillgap import`.
pub(super) fn run(request: &ImportRequest) -> anyhow::Result<ExitStatus> {
    let text = read_input(&request.input)?;
    let imported = import(&text, request.id.as_deref())
        .map_err(|e| anyhow::anyhow!("{}: {e}", request.input.display()))?;
    // A job-profile page is there to be rated against. Headings alone (a
    // README that names them, say), or only background and training, make
    // a profile that `validate` refuses (`nothing-to-rate`): not a profile
    // page (exit 2), and nothing is written.
    if imported.profile.knowledge_skills.is_empty()
        && imported.profile.organisation_skills.is_empty()
    {
        bail!(
            "{}: this does not look like a job-profile page: it has no knowledge/skills and no organisation skills, nothing to rate",
            request.input.display()
        );
    }
    let yaml = crate::yaml::to_string(&imported.profile, &[])
        .context("cannot write the profile as YAML")?;
    // Check the result as `validate` would: errors mean the import is
    // wrong; warnings mean a person has decisions to make.
    let name = request
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from("<stdout>"));
    let value = crate::yaml::parse(&yaml)
        .map_err(|e| anyhow::anyhow!("import produced unreadable YAML: {e}"))?;
    let checked = check_profile_value(&name, &yaml, value);
    match &request.out {
        Some(out) => {
            let mut target = Target::open(out)?;
            if target.exists() && !request.force {
                bail!("{} exists; add --force to replace it", out.display());
            }
            SaveGuard::install(|| {}).save(|| target.save(yaml.as_bytes()))?;
        }
        None => emit(&yaml)?,
    }
    let errors = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = checked.diagnostics.len() - errors;
    let attention =
        errors > 0 || warnings > 0 || !imported.unplaced.is_empty() || !imported.notes.is_empty();
    let status = if attention {
        ExitStatus::Findings
    } else {
        ExitStatus::Success
    };
    if request.quiet {
        return Ok(status);
    }
    let input = one_line(&request.input.display().to_string());
    for note in &imported.notes {
        say!(
            "{input}:{}: {}",
            note.line,
            one_line_clipped(&note.message, 400)
        );
    }
    for unplaced in &imported.unplaced {
        say!(
            "{input}:{}: could not place this line: {}",
            unplaced.line,
            one_line_clipped(&unplaced.text, 200)
        );
    }
    say!(
        "imported `{}`: {} knowledge/skills, {} organisation skills; {} to check, {}",
        one_line_clipped(&imported.profile.title, 200),
        imported.profile.knowledge_skills.len(),
        imported.profile.organisation_skills.len(),
        plural(imported.notes.len(), "place"),
        plural(imported.unplaced.len(), "unplaced line"),
    );
    // Whatever validate would say about the output is a person's job too
    // (exit 1); exit 2 is kept for input that is not a profile page.
    for d in checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
    {
        say!("{d}");
    }
    if warnings > 0 {
        say!(
            "{} on the output (for example `develops` links to add: the page has none); run `{} validate` on it",
            plural(warnings, "validate warning"),
            super::program::program()
        );
    }
    Ok(status)
}
