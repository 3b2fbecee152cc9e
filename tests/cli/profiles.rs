//! `skillgap profiles` and `--profiles` / `SKILLGAP_PROFILES` folders.

use crate::common::{fixture, run, run_paths, run_with_env};

#[test]
fn the_builtin_profile_is_listed_with_its_item_count() {
    let result = run(&["profiles", "--format", "json"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let rows: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(rows[0]["id"], "senior-devops-engineer-management");
    assert_eq!(rows[0]["rated_items"], 38);
    assert_eq!(rows[0]["origin"], "built-in");
}

#[test]
fn folder_profiles_are_added_and_override_builtins_of_the_same_id() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("valid/tiny-role.yaml"),
        dir.path().join("tiny.yaml"),
    )
    .unwrap();
    let shadow = std::fs::read_to_string(fixture("valid/tiny-role.yaml"))
        .unwrap()
        .replace("id: tiny-role", "id: senior-devops-engineer-management");
    std::fs::write(dir.path().join("shadow.yaml"), shadow).unwrap();
    let result = run_paths(
        &["profiles", "--format", "json", "--profiles"],
        &[dir.path()],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let rows: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    let ids: Vec<_> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["senior-devops-engineer-management", "tiny-role"]);
    assert_eq!(rows[0]["overrides_builtin"], true);
    assert!(rows[0]["origin"].as_str().unwrap().ends_with("shadow.yaml"));
    assert_eq!(rows[0]["rated_items"], 3);

    let table = run_paths(
        &["profiles", "--format", "markdown", "--profiles"],
        &[dir.path()],
    );
    assert!(
        table.stdout.contains("(overrides built-in)"),
        "{}",
        table.stdout
    );

    let from_env = run_with_env(
        &["show", "tiny-role", "--format", "json"],
        "SKILLGAP_PROFILES",
        format!("/no/such/folder:{}", dir.path().display()),
    );
    assert_eq!(
        from_env.code, 2,
        "a missing folder in SKILLGAP_PROFILES is reported"
    );
    assert!(
        from_env.stderr.contains("/no/such/folder"),
        "{}",
        from_env.stderr
    );

    let from_env = run_with_env(
        &["show", "tiny-role", "--format", "json"],
        "SKILLGAP_PROFILES",
        dir.path(),
    );
    assert_eq!(from_env.code, 0, "{}", from_env.stderr);
    assert!(from_env.stdout.contains("\"id\": \"tiny-role\""));
}

#[test]
fn broken_files_in_a_profile_folder_are_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("invalid/off-scale-level.yaml"),
        dir.path().join("broken.yaml"),
    )
    .unwrap();
    let result = run_paths(&["profiles", "--profiles"], &[dir.path()]);
    assert_eq!(result.code, 0);
    assert!(
        result.stderr.contains("warning: skipped"),
        "{}",
        result.stderr
    );
    assert!(
        result
            .stderr
            .contains("broken.yaml: not a valid profile (1 error; first at 17:12:"),
        "{}",
        result.stderr
    );
}

#[test]
fn the_first_folder_given_wins_and_the_other_is_reported() {
    let first = tempfile::tempdir().unwrap();
    let second = tempfile::tempdir().unwrap();
    let tiny = std::fs::read_to_string(fixture("valid/tiny-role.yaml")).unwrap();
    std::fs::write(
        first.path().join("z.yaml"),
        tiny.replace("Tiny Role", "First"),
    )
    .unwrap();
    std::fs::write(
        second.path().join("a.yaml"),
        tiny.replace("Tiny Role", "Second"),
    )
    .unwrap();
    let result = run_paths(
        &["show", "tiny-role", "--format", "json", "--profiles"],
        &[
            first.path(),
            std::path::Path::new("--profiles"),
            second.path(),
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(
        result.stdout.contains("\"title\": \"First\""),
        "{}",
        result.stdout
    );
    assert!(
        result
            .stderr
            .contains("profile id `tiny-role` is already loaded from"),
        "{}",
        result.stderr
    );
}

#[test]
fn a_dangling_link_in_a_profile_folder_does_not_stop_other_commands() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(dir.path().join("gone.yaml"), dir.path().join("link.yaml")).unwrap();
    let result = run_paths(
        &[
            "show",
            "senior-devops-engineer-management",
            "--format",
            "json",
            "--profiles",
        ],
        &[dir.path()],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(
        result.stderr.contains("link.yaml: no such file or folder"),
        "{}",
        result.stderr
    );
}

#[test]
fn completions_are_generated_for_each_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let result = run(&["completions", shell]);
        assert_eq!(result.code, 0, "{shell}");
        assert!(result.stdout.contains("skillgap"), "{shell}");
    }
}

#[test]
fn help_of_every_command_shows_an_example() {
    for command in ["profiles", "show", "validate", "schema", "completions"] {
        let result = run(&[command, "--help"]);
        assert_eq!(result.code, 0);
        assert!(
            result.stdout.contains("Example"),
            "{command} --help has no example"
        );
    }
    let result = run(&["--help"]);
    assert!(result.stdout.contains("Examples:"));
}
