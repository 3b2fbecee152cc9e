//! `skillgap import --ddat`: the framework's two CSV files in, one profile
//! per role level out, in a folder per role family, the whole folder
//! replaced at once (SPEC §9). Every finding is said with its CSV line.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use super::save_guard::SaveGuard;
use crate::exit::ExitStatus;
use crate::import::ddat::carry::{self, carry_forward};
use crate::import::ddat::generate::{Generated, Library, generate};
use crate::import::ddat::{File, read_roles, read_skills};
use crate::input::{self, Kind, Source};
use crate::output::folder;
use crate::profile::load::check_profile;
use crate::text::{one_line, plural};

/// The most role levels in use a role file may hold.
const MOST_LEVELS: usize = 2_000;

/// What `import --ddat` was asked to do.
#[derive(Debug)]
pub struct DdatRequest {
    /// The role file (`role-content.csv`).
    pub roles: PathBuf,
    /// The skills file (`skill-descriptions.csv`), for what every level
    /// means.
    pub skills: Option<PathBuf>,
    pub out_dir: PathBuf,
    /// The release date of the files, recorded as each profile's source
    /// date.
    pub released: Option<String>,
    /// Replace hand-written files at the paths it writes.
    pub force: bool,
    /// Exit 1 when the data has blemishes.
    pub strict: bool,
    /// Say only the summary.
    pub quiet: bool,
}

/// Runs `skillgap import --ddat`.
pub(super) fn run(request: &DdatRequest) -> anyhow::Result<ExitStatus> {
    let read = |path: &Path| -> anyhow::Result<Vec<u8>> {
        let bytes = input::read(Source::File(path), Kind::FrameworkCsv)?;
        if bytes.len() as u64 > Kind::FrameworkCsv.cap() {
            return Err(input::InputError {
                name: path.display().to_string(),
                problem: input::Problem::TooLarge {
                    cap: Kind::FrameworkCsv.cap(),
                },
            }
            .into());
        }
        Ok(bytes)
    };
    let roles_path = one_line(&request.roles.display().to_string());
    let (rows, blemishes) =
        read_roles(&read(&request.roles)?).map_err(|e| anyhow::anyhow!("{roles_path}: {e}"))?;
    let skills = match &request.skills {
        Some(path) => {
            let (skills, more) = read_skills(&read(path)?)
                .map_err(|e| anyhow::anyhow!("{}: {e}", one_line(&path.display().to_string())))?;
            Some((skills, more))
        }
        None => None,
    };
    let mut all_blemishes = blemishes;
    if let Some((_, more)) = &skills {
        all_blemishes.extend(more.iter().cloned());
    }
    // The framework has 201 role levels in use; a file with thousands more
    // is not it, and would cost seconds and hundreds of MB to write out.
    let levels: std::collections::HashSet<(&str, &str)> = rows
        .iter()
        .filter(|row| row.skill_level.step().is_some())
        .map(|row| (row.role.as_str(), row.level.as_str()))
        .collect();
    if levels.len() > MOST_LEVELS {
        bail!(
            "{roles_path}: {} role levels in use; a framework library holds at most {MOST_LEVELS} (the published framework has 201)",
            levels.len()
        );
    }
    let mut library = generate(
        &rows,
        &all_blemishes,
        skills.as_ref().map(|(rows, _)| rows.as_slice()),
        request.released.as_deref(),
    );
    // `.`, `..` and `/` name no folder that can be swapped for a new one
    // (and `/` would be walked whole first).
    if request.out_dir.file_name().is_none() {
        bail!(
            "--out-dir {} names no folder of its own; name the folder, such as profiles/ddat",
            one_line(&request.out_dir.display().to_string())
        );
    }
    let existing = folder::existing(&request.out_dir)
        .with_context(|| format!("cannot read {}", request.out_dir.display()))?
        .unwrap_or_default();
    let (old, kept) = sort_existing(&request.out_dir, existing)?;
    carry_forward(&mut library, old);
    let header = carry::header(
        &file_name(&request.roles),
        request.skills.as_deref().map(file_name).as_deref(),
    );
    let files = library
        .profiles
        .iter()
        .map(|generated| file_of(generated, &header))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let keep = keep_of(request, kept, &files)?;
    // A signal that ends the run lets the swap finish or never start: no
    // half-built folder is left beside the old one.
    SaveGuard::install(|| {})
        .save(|| folder::replace(&request.out_dir, &files, &keep))
        .with_context(|| format!("cannot write {}", request.out_dir.display()))?;
    report(request, &library, keep.files.len());
    let any_blemish = library.findings.iter().any(|f| f.blemish);
    Ok(if request.strict && any_blemish {
        ExitStatus::Findings
    } else {
        ExitStatus::Success
    })
}

/// What of a person's stays in the new folder: all of it, except what a
/// profile replaces, which needs --force.
fn keep_of(
    request: &DdatRequest,
    kept: folder::Existing,
    files: &[(PathBuf, Vec<u8>)],
) -> anyhow::Result<folder::Existing> {
    let written: HashSet<&Path> = files.iter().map(|(to, _)| to.as_path()).collect();
    // The folders the profiles go in: a person's link there would take
    // them out of the folder.
    let folders: HashSet<&Path> = files
        .iter()
        .flat_map(|(to, _)| to.ancestors().skip(1))
        .filter(|folder| !folder.as_os_str().is_empty())
        .collect();
    // A person's link where a profile goes counts as their file: it is
    // replaced only with --force, and never written through.
    let overwritten: Vec<&PathBuf> =
        kept.files
            .iter()
            .filter(|path| written.contains(path.as_path()))
            .chain(kept.links.iter().filter(|path| {
                written.contains(path.as_path()) || folders.contains(path.as_path())
            }))
            .collect();
    if !overwritten.is_empty() && !request.force {
        bail!(
            "{} in {} {} not generated by this importer (no header) but would be replaced: {}; move {} or add --force",
            plural(overwritten.len(), "file"),
            request.out_dir.display(),
            if overwritten.len() == 1 { "is" } else { "are" },
            overwritten
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            if overwritten.len() == 1 { "it" } else { "them" }
        );
    }
    Ok(folder::Existing {
        files: kept
            .files
            .iter()
            .filter(|path| !written.contains(path.as_path()))
            .cloned()
            .collect(),
        links: kept
            .links
            .into_iter()
            .filter(|path| !written.contains(path.as_path()) && !folders.contains(path.as_path()))
            .collect(),
        folders: kept.folders,
    })
}

/// The folder's present files, split into the profiles this importer wrote
/// (to carry forward) and everything else (a person's, never touched).
fn sort_existing(
    dir: &Path,
    existing: folder::Existing,
) -> anyhow::Result<(Vec<Generated>, folder::Existing)> {
    let mut old = Vec::new();
    let mut kept = folder::Existing {
        files: Vec::new(),
        links: existing.links,
        folders: existing.folders,
    };
    for relative in existing.files {
        let path = dir.join(&relative);
        // Only a file that starts with the header is read whole (and as a
        // profile, within a profile's cap): a person's large file is
        // never loaded to find out it is theirs.
        if !starts_generated(&path)? {
            kept.files.push(relative);
            continue;
        }
        let bytes = input::read(Source::File(&path), Kind::Yaml)?;
        let checked = check_profile(&path, &bytes);
        let Some(profile) = checked.value else {
            let why = checked
                .diagnostics
                .iter()
                .find(|d| d.severity == crate::diagnostic::Severity::Error)
                .map_or_else(String::new, |d| {
                    format!(" (line {}: {})", d.line, one_line(&d.message))
                });
            bail!(
                "{} carries the importer's header but is not a profile it can read{why}; fix or remove it",
                path.display()
            );
        };
        let folder = relative
            .parent()
            .and_then(Path::to_str)
            .unwrap_or_default()
            .to_owned();
        old.push(Generated { folder, profile });
    }
    Ok((old, kept))
}

/// Whether the file at `path` starts with the importer's header.
fn starts_generated(path: &Path) -> anyhow::Result<bool> {
    use std::io::Read as _;
    let file = std::fs::File::open(path)
        .with_context(|| format!("cannot read {}", one_line(&path.display().to_string())))?;
    let mut start = Vec::new();
    file.take(carry::HEADER_MARK.len() as u64 + 3)
        .read_to_end(&mut start)
        .with_context(|| format!("cannot read {}", one_line(&path.display().to_string())))?;
    Ok(carry::is_generated(&start))
}

fn file_of(generated: &Generated, header: &str) -> anyhow::Result<(PathBuf, Vec<u8>)> {
    let yaml = crate::yaml::to_string(&generated.profile, &["date"])
        .context("cannot write a profile as YAML")?;
    // The framework has no background, activities or development
    // components: their empty top-level lists say nothing.
    let yaml: String = yaml
        .split_inclusive('\n')
        .filter(|line| !line.ends_with(": []\n") || line.starts_with([' ', '-']))
        .collect();
    let path = Path::new(&generated.folder).join(format!("{}.yaml", generated.profile.id));
    let bytes = format!("{header}{yaml}").into_bytes();
    // A profile no command could load is not written.
    if bytes.len() as u64 > Kind::Yaml.cap() {
        bail!(
            "the profile `{}` would be {} bytes, over the {} bytes a profile file may hold; its role level has too many skills or too long texts",
            generated.profile.id,
            bytes.len(),
            Kind::Yaml.cap()
        );
    }
    Ok((path, bytes))
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn report(request: &DdatRequest, library: &Library, kept: usize) {
    let skills_path = request
        .skills
        .as_ref()
        .map_or_else(String::new, |p| one_line(&p.display().to_string()));
    let roles_path = one_line(&request.roles.display().to_string());
    if request.quiet {
        return;
    }
    {
        for finding in &library.findings {
            let path = match finding.file {
                File::Roles => &roles_path,
                File::Skills => &skills_path,
            };
            if finding.line == 0 {
                say!(
                    "{}: {}",
                    one_line(&request.out_dir.display().to_string()),
                    one_line(&finding.message)
                );
            } else {
                say!("{path}:{}: {}", finding.line, one_line(&finding.message));
            }
        }
    }
    let families: std::collections::BTreeSet<&str> =
        library.profiles.iter().map(|g| g.folder.as_str()).collect();
    let retired = library
        .profiles
        .iter()
        .filter(|g| g.profile.retired)
        .count();
    let blemishes = library.findings.iter().filter(|f| f.blemish).count();
    say!(
        "wrote {} in {} to {}{}{}; {} on the data{}",
        plural(library.profiles.len() - retired, "profile"),
        plural(families.len(), "family folder"),
        one_line(&request.out_dir.display().to_string()),
        if retired > 0 {
            format!(", with {} kept as retired", plural(retired, "profile"))
        } else {
            String::new()
        },
        if kept > 0 {
            format!(
                ", leaving {} of a person's as they were",
                plural(kept, "file")
            )
        } else {
            String::new()
        },
        plural(blemishes, "finding"),
        if request.strict || blemishes == 0 {
            ""
        } else {
            " (--strict makes them exit 1)"
        }
    );
}
