//! Unit tests of `ddat::ladder`: every ladder of the framework, and the
//! override table.

use super::tests::data;
use super::*;

fn ladders_text() -> String {
    use std::fmt::Write as _;
    let (rows, _) = read_roles(&data("role-content.csv")).unwrap();
    let (ladders, descents) = ladder::ladders(&rows);
    let mut out = String::new();
    for ladder in &ladders {
        let _ = writeln!(out, "{} › {}", ladder.family, ladder.role);
        for rung in &ladder.rungs {
            let [a, w, p, e] = rung.required;
            let _ = writeln!(
                out,
                "  {:>2} {} {}{}  A{a} W{w} P{p} E{e} = {}",
                rung.rank,
                match rung.track {
                    ladder::Track::Technical => "T",
                    ladder::Track::Management => "M",
                },
                if rung.placed_by == ladder::PlacedBy::Requirements {
                    "~"
                } else {
                    ""
                },
                rung.level,
                rung.required_sum()
            );
        }
    }
    let _ = writeln!(out, "\nSteps up that require less:");
    for d in &descents {
        let _ = writeln!(
            out,
            "  {}: {} ({}) -> {} ({})",
            d.role, d.from, d.from_sum, d.to, d.to_sum
        );
    }
    out
}

#[test]
fn every_ladder_of_the_framework_as_a_reviewer_reads_it() {
    insta::assert_snapshot!(ladders_text());
}

#[test]
fn names_rule_where_they_settle_the_order_and_requirements_decide_the_rest() {
    let (rows, _) = read_roles(&data("role-content.csv")).unwrap();
    let (ladders, descents) = ladder::ladders(&rows);
    let ladder = |role: &str| -> Vec<(u32, String)> {
        ladders
            .iter()
            .find(|l| l.role == role)
            .unwrap()
            .rungs
            .iter()
            .map(|r| (r.rank, r.level.clone()))
            .collect()
    };
    let devops = ladder("Development operations (DevOps) engineer");
    let rank_of =
        |ladder: &[(u32, String)], level: &str| ladder.iter().find(|(_, l)| l == level).unwrap().0;
    // The plain level is "DevOps engineer", not the role's name; a
    // management level shares the rank of its technical twin.
    assert!(rank_of(&devops, "Junior DevOps engineer") < rank_of(&devops, "DevOps engineer"));
    assert!(rank_of(&devops, "DevOps engineer") < rank_of(&devops, "Senior DevOps engineer"));
    assert_eq!(
        rank_of(&devops, "Senior DevOps engineer"),
        rank_of(&devops, "Senior DevOps engineer - management")
    );
    // Names of another kind go where their requirements put them.
    let desk = ladder("Service desk manager");
    let order: Vec<&str> = desk.iter().map(|(_, l)| l.as_str()).collect();
    assert_eq!(
        order,
        [
            "Service desk analyst",
            "Senior service desk analyst",
            "Service desk manager",
            "Head of service desk"
        ]
    );
    let incidents = ladder("Incident manager");
    assert!(
        rank_of(&incidents, "Incident manager") < rank_of(&incidents, "Major incident manager")
    );
    // Data scientist's Lead -> Principal -> Head requires less at each
    // step: reported, not hidden.
    assert!(descents.iter().any(|d| d.role == "Data scientist"
        && d.from == "Lead data scientist"
        && d.to == "Principal data scientist"));
}

#[test]
fn the_table_overrides_what_names_and_requirements_say() {
    let (rows, _) = read_roles(&data("role-content.csv")).unwrap();
    let rank = |overrides: &[ladder::Override], level: &str| {
        let (ladders, _) = ladder::ladders_with(&rows, overrides);
        let rung = ladders
            .iter()
            .flat_map(|l| &l.rungs)
            .find(|r| r.level == level)
            .unwrap()
            .clone();
        (rung.rank, rung.placed_by)
    };
    // By requirements, Major incident manager is above Incident manager.
    assert_eq!(
        rank(&[], "Major incident manager"),
        (2, ladder::PlacedBy::Requirements)
    );
    let with = [ladder::Override {
        role: "Incident manager",
        level: "Major incident manager",
        place: ladder::Place::With("Incident manager"),
    }];
    assert_eq!(
        rank(&with, "Major incident manager"),
        (1, ladder::PlacedBy::Table)
    );
    // Above a level: between it and the next.
    let above = [ladder::Override {
        role: "Service desk manager",
        level: "Senior service desk analyst",
        place: ladder::Place::Above("Service desk manager"),
    }];
    assert_eq!(
        rank(&above, "Senior service desk analyst"),
        (3, ladder::PlacedBy::Table)
    );
    assert_eq!(rank(&above, "Service desk manager").0, 2);
    assert_eq!(rank(&above, "Head of service desk").0, 4);
}
