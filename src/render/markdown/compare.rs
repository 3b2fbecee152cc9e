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
    let mut out = format!(
        "# Comparison: {}\n\n- **before:** {}\n- **after:** {}\n\n{}\n\n| item | required | before | after | change | discuss |\n|---|---|---|---|---:|---|\n",
        inline(&c.profile.title),
        side(&c.before),
        side(&c.after),
        inline(&crate::compare::counts_line(c)),
    );
    for item in &c.items {
        let level =
            |v: Option<&crate::gap::LevelValue>| v.map_or_else(String::new, |v| cell(&v.label));
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            cell(&item.title),
            level(item.required.as_ref()),
            level(item.before.as_ref()),
            level(item.after.as_ref()),
            item.change.map_or_else(String::new, |n| if n > 0 {
                format!("+{n}")
            } else {
                n.to_string()
            }),
            if item.discuss { "yes" } else { "" }
        ));
    }
    if let Some(line) = crate::render::attribution(c.profile.source.as_ref()) {
        out.push_str(&format!("\n{}\n", inline(&line)));
    }
    out
}
