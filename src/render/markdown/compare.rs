//! `compare --format markdown`.

use super::{cell, inline};
use crate::compare::Comparison;

/// The comparison as GitHub-flavoured Markdown.
#[must_use]
pub fn compare(c: &Comparison) -> String {
    let side = |s: &crate::compare::Side| {
        format!(
            "{} ({}{}), {}, {}: readiness {:.1}%",
            inline(&s.person),
            s.assessor.label(),
            s.assessor_name
                .as_deref()
                .map(|n| format!(": {}", inline(n)))
                .unwrap_or_default(),
            s.date,
            s.status.label(),
            s.readiness_percent
        )
    };
    let (first, second) = c.labels();
    // A change is a number, right-aligned; agreement is words.
    let (last, align) = if c.different_assessors {
        ("agreement", "---")
    } else {
        ("change", "---:")
    };
    let mut out = format!(
        "# Comparison: {}\n\n- **{}:** {}\n- **{}:** {}\n\n{}\n\n| item | required | {} | {} | {last} | discuss |\n|---|---|---|---|{align}|---|\n",
        inline(&c.profile.title),
        inline(&first),
        side(&c.before),
        inline(&second),
        side(&c.after),
        inline(&crate::compare::counts_line(c)),
        cell(&first),
        cell(&second),
    );
    for item in c.listed() {
        let level =
            |v: Option<&crate::gap::LevelValue>| v.map_or_else(String::new, |v| cell(&v.label));
        let verdict = if c.different_assessors {
            cell(&c.verdict(item))
        } else {
            item.change.map_or_else(String::new, |n| {
                if n > 0 {
                    format!("+{n}")
                } else {
                    n.to_string()
                }
            })
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {verdict} | {} |\n",
            cell(&item.title),
            level(item.required.as_ref()),
            level(item.before.as_ref()),
            level(item.after.as_ref()),
            if item.discuss { "yes" } else { "" }
        ));
    }
    if let Some(line) = crate::compare::not_listed_line(c) {
        out.push_str(&format!("\n{}\n", inline(&line)));
    }
    if let Some(line) = crate::render::attribution(c.profile.source.as_ref()) {
        out.push_str(&format!("\n{}\n", inline(&line)));
    }
    out
}
