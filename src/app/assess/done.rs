//! The closing lines of a finished `assess` run, printed after the report
//! so they are the last thing on screen: how many items were rated, the
//! headline numbers, where the file is, what required items are still
//! unrated, and, in a terminal, the commands for what to do next; or that
//! there was nothing to ask.
//!
//! It only reports; it does not change or save the assessment.

use std::path::{Path, PathBuf};

use super::AssessRequest;
use super::hints::{Resume, report_command, resume_command, shown};
use crate::assessment::{Assessment, Status};
use crate::profile::Profile;
use crate::render::wrap::wrap;
use crate::report::GapReport;

/// What the closing lines are about.
pub(super) struct Done<'a> {
    pub(super) request: &'a AssessRequest,
    pub(super) dirs: &'a [PathBuf],
    pub(super) profile: &'a Profile,
    pub(super) assessment: &'a Assessment,
    pub(super) report: &'a GapReport,
    pub(super) out: &'a Path,
    /// Of several profiles in one sitting: the report against each, read
    /// back from the file as `report --profile` reads it.
    pub(super) each: &'a [GapReport],
}

/// The closing lines, wrapped to `width` between words. `next`: add the
/// commands for what to do next (an interactive run; a script has its
/// own next step).
pub(super) fn closing_lines(done: &Done<'_>, width: usize, next: bool) -> Vec<String> {
    let total = done.profile.rated_count();
    let rated = done.assessment.ratings.len();
    let skipped = total - rated;
    let mut paragraphs = vec![format!(
        "Done: {rated} of {total} items rated{}. Saved to {}.",
        match skipped {
            0 => String::new(),
            skipped => format!(", {skipped} skipped"),
        },
        shown(done.out)
    )];
    if done.each.is_empty() {
        paragraphs.push(format!("Readiness {}", headline(done.report)));
    }
    for report in done.each {
        paragraphs.push(format!(
            "{}: readiness {}",
            crate::text::one_line(&report.profile.title),
            headline(report)
        ));
    }
    // The report counted them: required items with no rating.
    let unrated = done.report.summary.not_rated;
    match unrated {
        0 => {}
        unrated if done.assessment.status == Status::Complete && next => {
            paragraphs.push(format!(
                "Marked complete; {} unrated.",
                required_items(unrated)
            ));
        }
        unrated if done.assessment.status == Status::Complete => paragraphs.push(format!(
            "Marked complete; {} unrated. Rate {} later with: {}",
            required_items(unrated),
            if unrated == 1 { "it" } else { "them" },
            resume_command(done.request, done.dirs, done.out, Resume::Unrated(true))
        )),
        unrated if next => paragraphs.push(format!(
            "{} unrated, so the file stays in progress.",
            required_items(unrated)
        )),
        unrated => paragraphs.push(format!(
            "{} unrated, so the file stays in progress. Rate {} with: {}",
            required_items(unrated),
            if unrated == 1 { "it" } else { "them" },
            resume_command(done.request, done.dirs, done.out, Resume::Unrated(false))
        )),
    }
    let mut lines: Vec<String> = paragraphs
        .iter()
        .flat_map(|p| wrap(p, width, "", "  "))
        .collect();
    if next {
        lines.push("Next:".to_owned());
        let mut steps = vec![
            (
                "See the full report again:",
                report_command(done.request, done.dirs, done.out, &[]),
            ),
            (
                "Share it as Markdown:",
                report_command(
                    done.request,
                    done.dirs,
                    done.out,
                    &["--format", "markdown", ">", &markdown_name(done.out)],
                ),
            ),
        ];
        if skipped > 0 {
            let complete = done.assessment.status == Status::Complete;
            steps.push((
                "Rate the skipped items:",
                resume_command(done.request, done.dirs, done.out, Resume::Unrated(complete)),
            ));
        }
        for (what, command) in steps {
            lines.extend(wrap(what, width, "  ", "  "));
            // A command is never wrapped: the terminal folds a long one,
            // and copying it keeps it whole.
            lines.push(format!("    {command}"));
        }
    }
    lines
}

/// "40.0%: 4 of 10 required levels met · 1 gap · 5 not rated."
fn headline(report: &GapReport) -> String {
    let s = &report.summary;
    format!(
        "{:.1}%: {} of {} required levels met · {} · {} not rated.",
        s.readiness_percent,
        s.met,
        s.with_requirement,
        match s.gaps {
            1 => "1 gap".to_owned(),
            gaps => format!("{gaps} gaps"),
        },
        s.not_rated
    )
}

/// `alex.yaml` → `alex.md`, beside it; `alex.md` → `alex-report.md`, as
/// the shell empties the file `>` names before the report reads it.
fn markdown_name(out: &Path) -> String {
    let is_md = out
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("md"));
    let name = if is_md {
        let mut stem = out.file_stem().unwrap_or_default().to_owned();
        stem.push("-report.md");
        out.with_file_name(stem)
    } else {
        out.with_extension("md")
    };
    super::hints::shell_quote(&name)
}

/// `--unrated` on a file with every item rated: nothing was asked or saved.
pub(super) fn say_nothing_to_ask(out: &Path) {
    crate::app::console::wrapped(&format!(
        "Nothing to ask: every item in {} is rated, and nothing was changed. \
         To rate some again, name them with --only ID,… instead of --unrated.",
        shown(out),
    ));
}

/// "1 required item is", "29 required items are".
fn required_items(count: usize) -> String {
    if count == 1 {
        "1 required item is".to_owned()
    } else {
        format!("{count} required items are")
    }
}

#[cfg(test)]
mod tests {
    use super::markdown_name;
    use std::path::Path;

    #[test]
    fn the_markdown_file_is_never_the_assessment_it_is_made_from() {
        assert_eq!(markdown_name(Path::new("a.yaml")), "a.md");
        assert_eq!(markdown_name(Path::new("d/a")), "d/a.md");
        assert_eq!(markdown_name(Path::new("d/a.md")), "d/a-report.md");
        assert_eq!(markdown_name(Path::new("a.MD")), "a-report.md");
        assert_eq!(markdown_name(Path::new("-a.yaml")), "./-a.md");
    }
}
