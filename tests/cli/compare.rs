//! `skillgap compare` in the terminal: its table at 80 columns.

use crate::common::{assert_table_words_whole, fixture, in_dir, run, run_paths};

#[test]
fn compare_at_80_columns_wraps_long_level_names_between_words_and_keeps_titles_whole() {
    // Three level names of up to 35 columns: kept on one line each, they
    // left the item's title one column and ran the table to 121 columns.
    let dir = fixture("long-levels");
    let result = run_paths(
        &["compare", "--profiles"],
        &[
            &dir.join("profiles"),
            &dir.join("before.yaml"),
            &dir.join("after.yaml"),
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_table_words_whole(
        &result.stdout,
        [
            "Configuration Management",
            "Operational/Service Architecture",
            "Learning the basics with help",
            "Doing the work unaided every day",
            "Leading the practice across teams",
            "Familiar Aware Proficient",
        ],
        80,
    );
}

#[test]
fn compare_of_the_readme_example_at_80_columns_keeps_every_word_whole() {
    let result = run_paths(
        &["compare"],
        &[
            std::path::Path::new("examples/team/lee-wong-self.yaml"),
            std::path::Path::new("examples/team/lee-wong-manager.yaml"),
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let json = run_paths(
        &["compare", "--format", "json"],
        &[
            std::path::Path::new("examples/team/lee-wong-self.yaml"),
            std::path::Path::new("examples/team/lee-wong-manager.yaml"),
        ],
    );
    let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let titles: Vec<&str> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["title"].as_str().unwrap())
        .collect();
    assert_table_words_whole(&result.stdout, titles, 80);
}

/// Self against manager is agreement, not progress (SPEC §5): the counts
/// say who rates higher or lower, never "improved" or "regressed", in the
/// table and in Markdown; one assessor over time still speaks of progress.
#[test]
fn compare_of_two_assessors_speaks_of_agreement_not_progress() {
    let lee = [
        std::path::Path::new("examples/team/lee-wong-self.yaml"),
        std::path::Path::new("examples/team/lee-wong-manager.yaml"),
    ];
    for format in ["table", "markdown"] {
        let result = run_paths(&["compare", "--format", format], &lee);
        assert_eq!(result.code, 0, "{}", result.stderr);
        let text = result
            .stdout
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            text.contains(
                "Kim Lee (manager) rates 0 items higher than Lee Wong (self), 2 lower, 36 the same"
            ),
            "{format}: {}",
            result.stdout
        );
        assert!(!text.contains("improved"), "{format}: {}", result.stdout);
        assert!(!text.contains("regressed"), "{format}: {}", result.stdout);
    }
    let alex = run_paths(
        &["compare"],
        &[
            std::path::Path::new("examples/team/alex-morgan-2026-05.yaml"),
            std::path::Path::new("examples/team/alex-morgan-2026-11.yaml"),
        ],
    );
    assert!(
        alex.stdout.contains("5 improved · 1 regressed"),
        "{}",
        alex.stdout
    );
}

const LEE: [&str; 2] = [
    "examples/team/lee-wong-self.yaml",
    "examples/team/lee-wong-manager.yaml",
];

/// The cells of the first line of each row of the table (its heading
/// first), split at runs of two or more spaces; a row's wrapped lines
/// (which start with spaces) are left out.
fn table_rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .skip_while(|line| !line.trim_start().starts_with("ITEM"))
        .filter(|line| !line.starts_with('═'))
        .take_while(|line| !line.starts_with('─'))
        .filter(|line| !line.starts_with("  "))
        .map(|line| {
            line.split("  ")
                .map(str::trim)
                .filter(|cell| !cell.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

/// Lee rates 38 items (30 required, 8 without a requirement); the manager
/// (Kim Lee) agrees on 36 and rates two lower: DevOps, proficient against
/// aware (2 steps: to discuss, so listed first), and Structured Reviews,
/// proficient against familiar (1 step). Nothing says before, after,
/// improved or regressed, in any format, on stdout or stderr.
#[test]
fn two_assessors_read_as_agree_or_manager_lower_with_the_items_to_discuss_first() {
    let lee = LEE.map(std::path::Path::new);
    let table = run_paths(&["compare"], &lee);
    assert_eq!(table.code, 0, "{}", table.stderr);
    let rows = table_rows(&table.stdout);
    assert_eq!(
        rows[0],
        ["ITEM", "REQUIRED", "SELF", "MANAGER", "AGREEMENT"]
    );
    assert_eq!(
        rows[1],
        [
            "DevOps",
            "Proficient",
            "Proficient",
            "Aware",
            "manager lower !"
        ]
    );
    assert!(
        rows.contains(&vec![
            "Structured Reviews".into(),
            "Proficient".into(),
            "Proficient".into(),
            "Familiar".into(),
            "manager lower".into()
        ]),
        "{}",
        table.stdout
    );
    let verdicts = |text: &str, word: &str| text.matches(word).count();
    // Every item is on a row of its own, its verdict on its first line.
    assert_eq!(verdicts(&table.stdout, " agree\n"), 36, "{}", table.stdout);
    assert!(table.stdout.contains("self:    Lee Wong, 2026-11-12"));
    assert!(
        table
            .stdout
            .contains("manager: Lee Wong, by Kim Lee, 2026-11-14")
    );

    let markdown = run_paths(&["compare", "--format", "markdown"], &lee);
    assert!(
        markdown
            .stdout
            .contains("| item | required | self | manager | agreement | discuss |"),
        "{}",
        markdown.stdout
    );
    let first_row = markdown
        .stdout
        .lines()
        .find(|line| line.starts_with("| ") && !line.starts_with("| item"))
        .unwrap();
    assert_eq!(
        first_row,
        "| DevOps | Proficient in | Proficient in | Aware of | manager lower | yes |"
    );
    assert_eq!(verdicts(&markdown.stdout, "| agree |"), 36);

    for result in [&table, &markdown] {
        let text = format!("{}{}", result.stdout, result.stderr).to_lowercase();
        for word in ["improved", "regressed", "before", "after"] {
            assert!(!text.contains(word), "{word}: {text}");
        }
    }
    for format in ["json", "yaml", "csv"] {
        let result = run_paths(&["compare", "--format", format], &lee);
        assert_eq!(result.code, 0, "{format}: {}", result.stderr);
        for value in ["improved", "regressed", "unchanged"] {
            assert!(
                !result.stdout.contains(&format!("direction: {value}"))
                    && !result
                        .stdout
                        .contains(&format!("\"direction\": \"{value}\""))
                    && !result.stdout.contains(&format!(",{value},")),
                "{format} says {value}:\n{}",
                result.stdout
            );
        }
        assert!(result.stderr.is_empty(), "{format}: {}", result.stderr);
    }
}

/// The JSON counts agreement under new names and keeps the old ones, with
/// the same counts, for one release (SPEC §10); the items to discuss come
/// first there too.
#[test]
fn two_assessors_json_counts_agreement_and_keeps_the_old_names_for_a_release() {
    let result = run_paths(
        &["compare", "--format", "json"],
        &LEE.map(std::path::Path::new),
    );
    let c: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    let s = &c["summary"];
    assert_eq!(
        [
            &s["higher"],
            &s["lower"],
            &s["agree"],
            &s["not_compared"],
            &s["discuss"]
        ],
        [0, 2, 36, 0, 1].map(serde_json::Value::from).each_ref()
    );
    assert_eq!(
        [&s["improved"], &s["regressed"], &s["unchanged"]],
        [0, 2, 36].map(serde_json::Value::from).each_ref()
    );
    assert_eq!(c["items"][0]["id"], "devops");
    assert_eq!(c["items"][0]["direction"], "lower");
    assert_eq!(c["items"][1]["direction"], "agree");
    // Over time the summary has no agreement counts.
    let alex = run(&[
        "compare",
        "examples/team/alex-morgan-2026-05.yaml",
        "examples/team/alex-morgan-2026-11.yaml",
        "--format",
        "json",
    ]);
    let alex: serde_json::Value = serde_json::from_str(&alex.stdout).unwrap();
    assert!(
        alex["summary"].get("higher").is_none(),
        "{}",
        alex["summary"]
    );
    assert_eq!(alex["items"][0]["id"], "conceptual-thinking");
}

/// Two peers are told apart by name. Against Lee's own view, peer "Bo Ek"
/// rates DevOps expert (+1: "Bo Ek higher"), Systems design 1 (3 − 2:
/// "Bo Ek lower", to discuss) and Prototyping 0 (3 − 3, to discuss, the
/// widest apart, so first); the file order says nothing of time, so no
/// note about dates, and an in-progress peer is named as such.
#[test]
fn two_peers_are_named_and_the_widest_difference_comes_first() {
    let dir = tempfile::tempdir().unwrap();
    let lee = std::fs::read_to_string(LEE[0]).unwrap();
    let peer = |name: &str, date: &str| {
        lee.replace(
            "assessor: self",
            &format!("assessor: peer\nassessor_name: {name}"),
        )
        .replace("date: 2026-11-12", &format!("date: {date}"))
    };
    std::fs::write(dir.path().join("ana.yaml"), peer("Ana Sol", "2026-11-20")).unwrap();
    std::fs::write(
        dir.path().join("bo.yaml"),
        peer("Bo Ek", "2026-11-01")
            .replace("devops: proficient", "devops: expert")
            .replace("systems-design: 3", "systems-design: 1")
            .replace("prototyping: 3", "prototyping: 0")
            .replace("status: complete", "status: in-progress"),
    )
    .unwrap();
    let result = in_dir(dir.path(), &["compare", "ana.yaml", "bo.yaml"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let rows = table_rows(&result.stdout);
    assert_eq!(
        rows[0],
        ["ITEM", "REQUIRED", "ANA SOL", "BO EK", "AGREEMENT"]
    );
    assert_eq!(rows[1][0], "Prototyping");
    assert_eq!(rows[1].last().unwrap(), "Bo Ek lower !");
    assert_eq!(rows[2][0], "Systems design");
    assert_eq!(rows[2].last().unwrap(), "Bo Ek lower !");
    let devops = rows.iter().find(|r| r[0] == "DevOps").unwrap();
    assert_eq!(devops.last().unwrap(), "Bo Ek higher");
    assert!(!result.stderr.contains("BEFORE"), "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains("note: the assessment by Bo Ek is still in progress"),
        "{}",
        result.stderr
    );
}

/// `--changed-only` lists the items rated differently and counts the rest;
/// the JSON keeps every item. Lee: 2 listed, 36 agreed. Alex over time: 6
/// listed (5 improved, 1 regressed), 32 unchanged.
#[test]
fn changed_only_lists_the_items_that_differ_and_counts_the_rest() {
    let lee = LEE.map(std::path::Path::new);
    let result = run_paths(&["compare", "--changed-only"], &lee);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let rows = table_rows(&result.stdout);
    let items: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(items, ["DevOps", "Structured Reviews"]);
    assert!(
        result
            .stdout
            .contains("  Not listed (--changed-only): 36 rated the same by both, 0 not compared."),
        "{}",
        result.stdout
    );
    let markdown = run_paths(&["compare", "--changed-only", "--format", "markdown"], &lee);
    assert_eq!(markdown.stdout.matches("| manager lower |").count(), 2);
    assert!(
        !markdown.stdout.contains("| agree |"),
        "{}",
        markdown.stdout
    );
    let json = run_paths(&["compare", "--changed-only", "--format", "json"], &lee);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(json["items"].as_array().unwrap().len(), 38);

    let alex = run(&[
        "compare",
        "--changed-only",
        "examples/team/alex-morgan-2026-05.yaml",
        "examples/team/alex-morgan-2026-11.yaml",
    ]);
    let rows = table_rows(&alex.stdout);
    assert_eq!(rows[0], ["ITEM", "REQUIRED", "BEFORE", "AFTER", "CHANGE"]);
    // Agile, programming languages, team dynamics, information security,
    // service support, systems design: in profile order.
    let listed: Vec<&str> = alex
        .stdout
        .lines()
        .filter(|line| line.ends_with("+1") || line.ends_with("-1"))
        .collect();
    assert_eq!(listed.len(), 6, "{}", alex.stdout);
    assert!(
        alex.stdout
            .contains("  Not listed (--changed-only): 32 unchanged, 0 not compared."),
        "{}",
        alex.stdout
    );
}
