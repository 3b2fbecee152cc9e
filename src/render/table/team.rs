//! `team` in the terminal: people, the skills × people matrix (rows are
//! items, columns are people, while they fit; otherwise the summary
//! columns and a pointer to csv/markdown), single points of failure,
//! uncovered items, and the team's training needs.

use comfy_table::{Cell, ColumnConstraint};

use super::{finish, finish_whole_words, new_table, wrap};
use crate::gap::GapStatus;
use crate::render::Layout;
use crate::render::wrap::clip;
use crate::team::{Member, ProfileTeam, TeamItem, TeamReport};
use crate::text::{one_line, plural};

/// A step as one or two characters: depth initials, or the level number.
fn short_step(item: &TeamItem, step: u8) -> String {
    let label = item
        .level_labels
        .get(usize::from(step))
        .map_or("", String::as_str);
    match label.chars().next() {
        Some(c) if c.is_ascii_digit() => step.to_string(),
        Some(c) => one_line(&c.to_string()),
        None => step.to_string(),
    }
}

/// A matrix cell: the level reached and a mark for the status.
fn cell_text(item: &TeamItem, member: &Member, index: usize) -> String {
    let cell = item.levels[index];
    if !item.asked(member) {
        return "-".to_owned();
    }
    match (cell.current, cell.status) {
        (None, _) => "·".to_owned(),
        (Some(step), GapStatus::Gap) => format!("{}−{}", short_step(item, step), cell.gap),
        (Some(step), GapStatus::Met | GapStatus::Exceeds) => format!("{}✓", short_step(item, step)),
        (Some(step), _) => short_step(item, step),
    }
}

/// Column headings for members: first names, made unique with the
/// initial of the next name, with (m) / (p) for manager and peer.
fn headings(members: &[Member]) -> Vec<String> {
    // At most 10 columns, cut between grapheme clusters.
    let first = |m: &Member| {
        let name = one_line(m.person.split_whitespace().next().unwrap_or("?"));
        clip(&name, 10).to_owned()
    };
    let firsts: Vec<String> = members.iter().map(first).collect();
    let mut people_per_first: std::collections::HashMap<&str, std::collections::HashSet<&str>> =
        std::collections::HashMap::new();
    for (m, f) in members.iter().zip(&firsts) {
        people_per_first.entry(f).or_default().insert(&m.person);
    }
    let mut names: Vec<String> = members
        .iter()
        .zip(&firsts)
        .map(|(m, f)| {
            let mut name = f.clone();
            // The second name's first letter or digit: never a control
            // character or mark, which the heading would print raw.
            let initial = m
                .person
                .split_whitespace()
                .nth(1)
                .and_then(|w| w.chars().find(|c| c.is_alphanumeric()));
            if let Some(initial) = initial.filter(|_| people_per_first[f.as_str()].len() > 1) {
                name.push(' ');
                name.push(initial);
            }
            match m.assessor.label() {
                "manager" => format!("{name}(m)"),
                "peer" => format!("{name}(p)"),
                _ => name,
            }
        })
        .collect();
    // Still alike (two Sam R.): number them.
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for name in &mut names {
        let count = seen.entry(name.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            name.push_str(&format!("#{count}"));
        }
    }
    names
}

/// People shown in the terminal table; the rest are counted.
const MAX_PEOPLE_ROWS: usize = 40;

fn people_table(out: &mut String, team: &ProfileTeam, layout: Layout) {
    // By role, the level takes the assessor's column (the person's column
    // says "(manager)"), so the table still fits 80 columns.
    let by_role = team.role.is_some();
    let header = if by_role {
        vec![
            "PERSON", "LEVEL", "DATE", "STATUS", "RATED", "READY", "GAPS", "STEPS",
        ]
    } else {
        vec![
            "PERSON", "ASSESSOR", "DATE", "STATUS", "RATED", "READY", "GAPS", "STEPS",
        ]
    };
    let mut table = new_table(layout, header);
    // Two spaces between columns, not three: with RATED the table still
    // fits 80 columns without cutting a name.
    for column in table.column_iter_mut() {
        column.set_padding((1, 0));
    }
    for m in team.members.iter().take(MAX_PEOPLE_ROWS) {
        let (who, second) = if by_role {
            (m.label(), team.level_label(m).unwrap_or("?").to_owned())
        } else {
            let assessor = match &m.assessor_name {
                Some(name) => format!("{} ({})", m.assessor.label(), one_line(name)),
                None => m.assessor.label().to_owned(),
            };
            (m.person.clone(), assessor)
        };
        table.add_row(vec![
            Cell::new(one_line(&who)),
            Cell::new(one_line(&second)),
            Cell::new(m.date),
            Cell::new(m.status.label()),
            Cell::new(m.rated_of_required()),
            Cell::new(format!("{:.1}%", m.readiness_percent)),
            Cell::new(m.gaps),
            Cell::new(crate::render::steps_by_scale(m)),
        ]);
    }
    out.push_str(&finish(&mut table));
    let scales: Vec<&str> = team
        .members
        .first()
        .map(|m| m.steps_by_scale.iter().map(|s| s.name.as_str()).collect())
        .unwrap_or_default();
    let steps = if scales.len() > 1 {
        format!(
            " STEPS: steps short on each scale ({}), never added.",
            one_line(&scales.join(" · "))
        )
    } else {
        String::new()
    };
    wrap(
        out,
        &format!(
            "RATED: required items rated, of all required; an unrated item is neither met nor a gap.{steps}"
        ),
        layout.width,
        "  ",
        "  ",
    );
    if team.members.len() > MAX_PEOPLE_ROWS {
        wrap(
            out,
            &format!(
                "… and {} more; `--format csv`, `json` or `markdown` lists everyone.",
                team.members.len() - MAX_PEOPLE_ROWS
            ),
            layout.width,
            "  ",
            "  ",
        );
    }
}

/// The matrix as a table: with a column per person (`side_by_side`), or
/// with the summary columns (rated, met, who alone meets it).
fn matrix_table(team: &ProfileTeam, layout: Layout, side_by_side: bool) -> comfy_table::Table {
    let mut header = vec!["ITEM".to_owned(), "REQ".to_owned()];
    if side_by_side {
        header.extend(headings(&team.members));
    } else {
        header.push("RATED".to_owned());
    }
    header.push("MET".to_owned());
    if !side_by_side {
        header.push("NOTE".to_owned());
    }
    let mut table = new_table(layout, header.iter().map(String::as_str).collect());
    // The level columns never wrap; titles and notes do.
    let last = if side_by_side {
        header.len()
    } else {
        header.len() - 1
    };
    for index in 1..last {
        if let Some(column) = table.column_mut(index) {
            column.set_constraint(ColumnConstraint::ContentWidth);
            // Side by side, the short codes stand two apart, not three,
            // leaving the room to the titles.
            if side_by_side {
                column.set_padding((1, 0));
            }
        }
    }
    for item in &team.items {
        let mut row = vec![
            Cell::new(one_line(&item.title)),
            Cell::new(match item.required_span() {
                Some((low, high)) => {
                    format!("{}–{}", short_step(item, low), short_step(item, high))
                }
                None => item
                    .required
                    .as_ref()
                    .map_or_else(|| "-".to_owned(), |r| short_step(item, r.step)),
            }),
        ];
        if side_by_side {
            row.extend(
                team.members
                    .iter()
                    .enumerate()
                    .map(|(i, member)| Cell::new(cell_text(item, member, i))),
            );
        } else {
            row.push(Cell::new(item.rated_by));
        }
        let met = if item.required.is_some() {
            format!("{}/{}", item.met_by, item.rated_by)
        } else {
            "-".to_owned()
        };
        row.push(Cell::new(met));
        if !side_by_side {
            let note = if item.uncovered {
                "nobody".to_owned()
            } else {
                item.single_point_of_failure
                    .as_deref()
                    .map(|who| format!("only {}", clip(&one_line(who), 24)))
                    .unwrap_or_default()
            };
            row.push(Cell::new(note));
        }
        table.add_row(row);
    }
    table
}

/// People side by side while they fit with every word of the titles
/// whole (SPEC §6); otherwise the summary columns.
fn matrix(out: &mut String, team: &ProfileTeam, layout: Layout) {
    // Each person's column takes at least 5; past that many people, don't
    // even try.
    let side_by_side = if team.members.len() * 5 <= layout.width {
        finish_whole_words(&mut matrix_table(team, layout, true))
    } else {
        None
    };
    let fits = side_by_side.is_some();
    out.push_str(&side_by_side.unwrap_or_else(|| finish(&mut matrix_table(team, layout, false))));
    if fits {
        let key = if team.role.is_some() {
            "✓ met or exceeded · −N short by N steps · · not rated · - not asked of their level · REQ: what the levels ask, lowest–highest; each person is measured against their own level · MET: people who meet it / people who rated it"
        } else {
            "✓ met or exceeded · −N short by N steps · · not rated · depths: N not yet, A aware, F familiar, P proficient, E expert · MET: people who meet it / people who rated it"
        };
        wrap(out, key, layout.width, "  ", "  ");
    } else {
        let by_role = if team.role.is_some() {
            " REQ: what the levels ask, lowest–highest; each person is measured against their own level."
        } else {
            ""
        };
        wrap(
            out,
            &format!(
                "{} do not fit the terminal side by side; `--format csv` or `--format markdown` has every level.{by_role}",
                columns_counted(team)
            ),
            layout.width,
            "  ",
            "  ",
        );
    }
}

/// The team report as text for a terminal.
#[must_use]
pub fn team(report: &TeamReport, layout: Layout) -> String {
    let paint = layout.paint;
    let width = layout.width;
    let mut out = String::new();
    for team in &report.profiles {
        if !out.is_empty() {
            out.push('\n');
        }
        let title = match &team.role {
            Some(role) => format!("Team report: {}, every level", one_line(role)),
            None => format!("Team report: {}", one_line(&team.profile.title)),
        };
        wrap(&mut out, &paint.heading(&title), width, "", "  ");
        wrap(
            &mut out,
            &format!(
                "{} {} in {}{}",
                team.people,
                if team.people == 1 { "person" } else { "people" },
                plural(team.members.len(), "assessment"),
                crate::render::levels_present(team, one_line)
            ),
            width,
            "",
            "  ",
        );
        out.push('\n');
        people_table(&mut out, team, layout);
        out.push('\n');
        matrix(&mut out, team, layout);
        out.push('\n');
        super::team_findings::findings(&mut out, team, layout);
        super::team_findings::next_level(&mut out, team, layout);
    }
    out.push('\n');
    let mut files = format!("{} used", plural(report.files_used, "file"));
    if !report.skipped.is_empty() {
        files.push_str(&format!(", {} skipped", report.skipped.len()));
    }
    if !report.superseded.is_empty() {
        let list: Vec<String> = report
            .superseded
            .iter()
            .map(|s| {
                let tie = if s.same_date { " (same date)" } else { "" };
                format!("{} by {}{tie}", one_line(&s.file), one_line(&s.by))
            })
            .collect();
        files.push_str(&format!(
            "; superseded by a newer assessment: {}",
            list.join(", ")
        ));
    }
    wrap(&mut out, &files, width, "", "  ");
    for line in crate::render::team_attributions(report) {
        out.push('\n');
        wrap(&mut out, &one_line(&line), width, "", "");
    }
    out
}

/// What the matrix's columns are, counted: one per assessment, so "N
/// people" only when each person has one.
fn columns_counted(team: &ProfileTeam) -> String {
    let assessments = team.members.len();
    let people = |n: usize| {
        if n == 1 {
            "1 person".to_owned()
        } else {
            format!("{n} people")
        }
    };
    if assessments == team.people {
        people(assessments)
    } else {
        format!(
            "{} ({})",
            plural(assessments, "assessment"),
            people(team.people)
        )
    }
}
