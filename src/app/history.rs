//! `skillgap history PATH…`: each person's dated assessments, by one kind
//! of assessor, read as `team` reads files (folders and globs; a broken
//! file skipped and said, and the run then exits 2), and the history
//! measured and rendered.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::bail;
use rayon::prelude::*;

use super::emit;
use super::team::{NotUsed, canonical, first_error, read_parsed, say_skipped};
use crate::assessment::{Assessment, Assessor};
use crate::exit::ExitStatus;
use crate::history::{Entry, history};
use crate::profile::{Catalog, Profile};
use crate::render::{Format, Layout, Options, render};
use crate::team::Skipped;
use crate::text::{one_line, plural};

/// What `history` was asked to do.
#[derive(Debug)]
pub struct HistoryRequest {
    pub paths: Vec<PathBuf>,
    /// Whose ratings to follow: self assessments unless it says otherwise.
    pub assessor: Assessor,
    pub format: Format,
}

/// Reads one file, checked against each profile it serves (its first
/// first); or says why it was not used.
fn load<'c>(path: &Path, catalog: &'c Catalog, ids: &[&str]) -> Result<Entry<'c>, NotUsed> {
    let skip = |reason: String| {
        NotUsed::Skipped(Skipped {
            file: path.display().to_string(),
            reason,
        })
    };
    let parsed = read_parsed(path)?;
    let mut readings: Vec<(Assessment, &Profile)> = Vec::new();
    for (index, id) in parsed.profile_ids().iter().enumerate() {
        let entry = catalog.get(id);
        let target = entry.map(|entry| (&entry.profile, entry.digest()));
        let (checked, _) = parsed
            .clone()
            .serving(id)
            .check_against_digest(path, target, ids);
        match (checked.value, entry) {
            (Some(assessment), Some(entry)) => readings.push((assessment, &entry.profile)),
            // The first profile must read; another that does not is left
            // out (the file is then followed against its first).
            _ if index == 0 => return Err(skip(first_error(&checked.diagnostics))),
            _ => {}
        }
    }
    if readings.is_empty() {
        return Err(skip("names no profile".to_owned()));
    }
    Ok(Entry {
        file: path.display().to_string(),
        readings,
    })
}

/// Runs `skillgap history`.
pub(super) fn run(
    request: &HistoryRequest,
    dirs: &[PathBuf],
    layout: Layout,
) -> anyhow::Result<ExitStatus> {
    let catalog = super::load_catalog(dirs)?;
    // As `team`: a path the user named must exist; a bad entry met inside
    // a folder is one more skipped file.
    let (found, mut skipped) = super::team::assessment_files(&request.paths)?;
    let unreadable = skipped.len();
    let ids: Vec<&str> = catalog.ids().collect();
    let results: Vec<Result<Entry<'_>, NotUsed>> = found
        .files
        .par_iter()
        .map(|path| load(path, &catalog, &ids))
        .collect();
    let mut entries = Vec::new();
    let (mut profiles_seen, mut other_assessors) = (0, Vec::new());
    for result in results {
        match result {
            Ok(entry) => {
                let assessor = entry.readings[0].0.assessor;
                if assessor == request.assessor {
                    entries.push(entry);
                } else {
                    other_assessors.push(assessor);
                }
            }
            Err(NotUsed::Profile) => profiles_seen += 1,
            Err(NotUsed::Skipped(skip)) => skipped.push(skip),
        }
    }
    if profiles_seen > 0 {
        say!(
            "note: {} among the inputs left out (not assessments)",
            plural(profiles_seen, "profile file")
        );
    }
    say_other_assessors(&other_assessors, request.assessor);
    if entries.is_empty() {
        say_skipped(&skipped);
        if other_assessors.is_empty() {
            let files = found.files.len() + unreadable;
            if files == 1 {
                bail!("the file could not be used as an assessment");
            }
            bail!("none of the {files} files could be used as an assessment");
        }
        bail!(
            "no {} assessment among the files; --assessor says whose ratings to follow",
            request.assessor.label()
        );
    }
    // How many profiles each file made for several serves.
    let several: HashMap<String, usize> = entries
        .iter()
        .filter(|entry| entry.readings.len() > 1)
        .map(|entry| (entry.file.clone(), entry.readings.len()))
        .collect();
    let report = history(entries, request.assessor, skipped, &canonical);
    say_notes(&report, &several);
    emit(&render(&report, request.format, &Options::plain(layout))?)?;
    // After the history, so that it does not scroll away.
    say_skipped(&report.skipped);
    if !report.skipped.is_empty() {
        say!(
            "{} skipped; the history covers the rest",
            plural(report.skipped.len(), "file")
        );
        return Ok(ExitStatus::Failure);
    }
    Ok(ExitStatus::Success)
}

/// Says how many files of other assessors were left out, and how to read
/// them.
fn say_other_assessors(others: &[Assessor], wanted: Assessor) {
    for kind in [Assessor::SelfAssessed, Assessor::Manager, Assessor::Peer] {
        let count = others.iter().filter(|a| **a == kind).count();
        if count > 0 {
            say!(
                "note: {} left out (this follows {} assessments; --assessor {} reads them)",
                plural(count, &format!("{} assessment", kind.label())),
                wanted.label(),
                kind.label()
            );
        }
    }
}

/// Says which profile each person's history follows where that may
/// surprise (a newest file made for several profiles, a change of
/// profile along the way), and which files on one date were left out.
fn say_notes(report: &crate::history::HistoryReport, several: &HashMap<String, usize>) {
    for person in &report.people {
        if let Some(newest) = person.assessments.last()
            && let Some(count) = several.get(&newest.file)
        {
            // As `team` and `report` read such a file: against its first.
            say!(
                "note: {} serves {count} profiles; {}'s history follows its first, `{}`",
                one_line(&newest.file),
                one_line(&person.person),
                one_line(&newest.profile.id)
            );
        }
        if let Some(newest) = person.assessments.last()
            && person
                .assessments
                .iter()
                .any(|p| p.profile.id != newest.profile.id)
        {
            say!(
                "note: {} was assessed against more than one profile; the newest, `{}`, is followed, and the others are compared on the skills they share with it",
                one_line(&person.person),
                one_line(&newest.profile.id)
            );
        }
    }
    for superseded in &report.superseded {
        say!(
            "note: {} has the same person and date as {}, which is kept",
            one_line(&superseded.file),
            one_line(&superseded.by)
        );
    }
}
