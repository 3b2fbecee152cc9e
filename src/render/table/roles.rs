//! `roles` in the terminal: who and from which files, the ranked profiles
//! as a table (readiness, coverage, gaps and steps per scale, never summed
//! across scales), then those the ratings cover too little, each with the
//! command that rates the rest, and a count of those not rated at all.

use comfy_table::Cell;

use super::{finish_whole_words, new_table};
use crate::career::{Fit, RoleRow, RolesReport, Standing};
use crate::render::Layout;
use crate::text::{one_line, plural};

/// `roles` as text for a terminal `layout` wide.
#[must_use]
pub fn roles(report: &RolesReport, layout: Layout) -> String {
    let mut out = String::new();
    push_wrapped(
        &mut out,
        &format!(
            "Roles for {}, {} assessment · newest {} · {}",
            one_line(&report.person),
            report.assessor.label(),
            report.newest,
            plural(report.files.len(), "file")
        ),
        layout,
        "",
    );
    out.push('\n');
    let ranked: Vec<&RoleRow> = report.rows(Standing::Ranked).collect();
    if ranked.is_empty() {
        push_wrapped(
            &mut out,
            "No profile has at least half of its required items rated.",
            layout,
            "",
        );
    } else {
        ranked_rows(&mut out, &ranked, layout);
    }
    let poor: Vec<&RoleRow> = report.rows(Standing::PoorlyCovered).collect();
    if !poor.is_empty() {
        out.push('\n');
        push_wrapped(
            &mut out,
            "Rated too little to rank (under half their required items), closest first:",
            layout,
            "",
        );
        for row in poor.iter().take(POORLY_COVERED_LISTED) {
            let fit = &row.fit;
            push_wrapped(
                &mut out,
                &format!(
                    "{}: {} of {} rated; rate the rest with",
                    one_line(&fit.id),
                    fit.covered,
                    fit.required,
                ),
                layout,
                "  ",
            );
            // A command is never broken across lines: it is pasted whole.
            if let Some(command) = &row.rate_command {
                out.push_str(&format!("    {}\n", one_line(command)));
            }
        }
        if poor.len() > POORLY_COVERED_LISTED {
            push_wrapped(
                &mut out,
                &format!(
                    "and {} more (--format json lists them all)",
                    poor.len() - POORLY_COVERED_LISTED
                ),
                layout,
                "  ",
            );
        }
    }
    let not_rated = report.rows(Standing::NotRated).count();
    if not_rated > 0 {
        out.push('\n');
        push_wrapped(
            &mut out,
            &format!(
                "{} none of {} required items rated (--format json lists them).",
                if not_rated == 1 {
                    "1 profile has".to_owned()
                } else {
                    format!("{not_rated} profiles have")
                },
                if not_rated == 1 { "its" } else { "their" }
            ),
            layout,
            "",
        );
    }
    if report.left_out > 0 {
        out.push('\n');
        push_wrapped(
            &mut out,
            &format!(
                "{} left out by --top.",
                plural(report.left_out, "more profile")
            ),
            layout,
            "",
        );
    }
    out
}

/// The ranked profiles: a table, or where it would break a figure, a line
/// each; then what the columns mean.
fn ranked_rows(out: &mut String, ranked: &[&RoleRow], layout: Layout) {
    let org = |fit: &Fit| {
        tally(
            fit.organisation.required,
            fit.organisation.gaps,
            fit.organisation.steps,
        )
    };
    let skills = |fit: &Fit| tally(fit.depth.required, fit.depth.gaps, fit.depth.steps);
    // In rank order; no rank column, so that the longest framework id and
    // every figure fit 80 columns unwrapped.
    let mut table = new_table(layout, vec!["PROFILE", "READY", "RATED", "SKILLS", "ORG"]);
    // Ids are what people type: never wrapped.
    if let Some(column) = table.column_mut(0) {
        column.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
    }
    for row in ranked {
        let fit = &row.fit;
        table.add_row(vec![
            Cell::new(one_line(&fit.id)),
            Cell::new(format!("{:.1}%", fit.readiness_percent)),
            Cell::new(format!("{}/{}", fit.covered, fit.required)),
            Cell::new(skills(fit)),
            Cell::new(org(fit)),
        ]);
    }
    if let Some(text) = finish_whole_words(&mut table) {
        out.push_str(&text);
        push_wrapped(
            out,
            "READY: required items met. RATED: of them, how many are rated. SKILLS, ORG: gaps (steps short) in knowledge and skills and in organisation skills; - none required.",
            layout,
            "",
        );
        return;
    }
    // Too narrow for the table without breaking a figure: a line each.
    for row in ranked {
        let fit = &row.fit;
        push_wrapped(
            out,
            &format!(
                "{}: {:.1}% ready, {}/{} rated, skills {}, org {}",
                one_line(&fit.id),
                fit.readiness_percent,
                fit.covered,
                fit.required,
                skills(fit),
                org(fit)
            ),
            layout,
            "  ",
        );
    }
    push_wrapped(
        out,
        "Ready: required items met; rated: of them, how many are rated; skills, org: gaps (steps short) in knowledge and skills and in organisation skills; - none required.",
        layout,
        "",
    );
}

/// `text` wrapped at words to the layout's width, each line after `indent`.
fn push_wrapped(out: &mut String, text: &str, layout: Layout, indent: &str) {
    for line in crate::render::wrap::wrap(text, layout.width.saturating_sub(1), indent, indent) {
        out.push_str(&line);
        out.push('\n');
    }
}

/// How many of the profiles rated too little are listed, with commands.
const POORLY_COVERED_LISTED: usize = 5;

/// Gaps and steps on one scale, or "-" where the profile asks nothing on it.
fn tally(required: usize, gaps: usize, steps: u32) -> String {
    if required == 0 {
        "-".to_owned()
    } else if gaps == 0 {
        "0".to_owned()
    } else {
        format!("{gaps} ({steps})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Assessment, Assessor, Level};
    use crate::career::{Fit, Ratings, Source, rank};
    use crate::profile::Catalog;
    use crate::render::terminal::Paint;

    /// The roles list of someone who meets Senior DevOps engineer exactly.
    fn report() -> RolesReport {
        report_keeping(|_| true)
    }

    /// [`report`] with only the fits `keep` keeps.
    fn report_keeping(keep: fn(&Fit) -> bool) -> RolesReport {
        let catalog = Catalog::builtin();
        let senior = catalog
            .get("ddat-senior-devops-engineer")
            .unwrap()
            .profile
            .clone();
        let ratings: Vec<(&str, Level)> = senior
            .organisation_skills
            .iter()
            .map(|s| (s.id.as_str(), Level::Number(s.level)))
            .collect();
        let file = Assessment {
            profile: senior.id.clone(),
            ..crate::fixtures::assessment(&ratings)
        };
        let merged = Ratings::merge(&[Source {
            name: "pat.yaml",
            assessment: &file,
            profile: &senior,
        }])
        .unwrap();
        let mut fits: Vec<Fit> = catalog
            .map_entries(|entry| Fit::of(&entry.profile, &merged))
            .into_iter()
            .flatten()
            .collect();
        fits.retain(keep);
        rank(&mut fits);
        RolesReport::new(
            &merged,
            Assessor::SelfAssessed,
            vec!["pat.yaml".into()],
            fits,
            |_| Some("skillgap assess x --only a,b --name Pat".into()),
        )
    }

    #[test]
    fn too_narrow_for_the_table_each_profile_is_a_line_and_no_figure_is_broken() {
        let report = report();
        for width in [40, 60, 80, 120] {
            let text = roles(
                &report,
                Layout {
                    width,
                    paint: Paint::default(),
                },
            );
            for line in text.lines().filter(|line| !line.contains(" assess ")) {
                assert!(
                    unicode_width::UnicodeWidthStr::width(line) <= width,
                    "{width}: {line}\n{text}"
                );
            }
            // The top of the list, whole, at every width.
            assert!(
                text.contains("ddat-senior-devops-engineer ")
                    || text.contains("ddat-senior-devops-engineer:"),
                "{text}"
            );
            assert!(text.contains("100.0%"), "{width}: {text}");
        }
    }

    #[test]
    fn a_rate_command_is_printed_on_one_line_with_its_control_characters_escaped() {
        // Found by fuzzing (render): the command was printed as given, so
        // a command holding a line break or a control character (the app
        // quotes the name it holds; a library caller need not) reached
        // the terminal raw, as the gap report's never did. The name is the
        // crash's, cut short.
        let name = include_str!("../../../tests/fixtures/fuzz/roles-rate-command/name.txt");
        let mut report = report_keeping(|fit| fit.standing != Standing::Ranked);
        for row in &mut report.profiles {
            row.rate_command = Some(format!("skillgap assess x --name {name}"));
        }
        let text = roles(&report, Layout::default());
        assert!(text.contains("--name Pat"), "{text}");
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        assert!(!text.contains("--name Pat\n"), "{text}");
    }

    #[test]
    fn with_nothing_ranked_the_notice_wraps_at_words_at_40_columns() {
        let report = report_keeping(|fit| fit.standing != Standing::Ranked);
        let text = roles(
            &report,
            Layout {
                width: 40,
                paint: Paint::default(),
            },
        );
        assert!(text.contains("No profile has"), "{text}");
        for line in text.lines().filter(|line| !line.contains(" assess ")) {
            assert!(
                unicode_width::UnicodeWidthStr::width(line) <= 40,
                "{line}\n{text}"
            );
        }
    }
}
