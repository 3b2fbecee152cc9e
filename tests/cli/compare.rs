//! `skillgap compare` in the terminal: its table at 80 columns.

use crate::common::{assert_table_words_whole, fixture, run_paths};

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
