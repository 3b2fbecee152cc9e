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
