//! What `--help` promises is what the commands do (issue 11, item 18).

use crate::common::{fixture, run, skillgap};

#[test]
fn report_help_says_fail_on_gap_also_fails_on_unrated_required_items() {
    let help = run(&["report", "--help"]);
    assert_eq!(help.code, 0);
    let words = help.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains(
            "--fail-on-gap Exit 1 when any item with a required level is below it or not rated"
        ),
        "{}",
        help.stdout
    );
}

#[test]
fn global_options_are_hidden_where_they_do_nothing_and_still_accepted() {
    for command in ["schema", "completions"] {
        let help = run(&[command, "--help"]);
        assert_eq!(help.code, 0, "{}", help.stderr);
        for option in ["--profiles", "--color"] {
            assert!(
                !help.stdout.contains(option),
                "{command} --help lists {option}:\n{}",
                help.stdout
            );
        }
    }
    for command in ["show", "report", "validate"] {
        let help = run(&[command, "--help"]);
        assert!(help.stdout.contains("--profiles"), "{command}");
        assert!(help.stdout.contains("--color"), "{command}");
    }
    for args in [
        [
            "schema",
            "--profiles",
            "examples",
            "--color",
            "never",
            "profile",
        ],
        [
            "--profiles",
            "examples",
            "--color",
            "never",
            "schema",
            "profile",
        ],
        [
            "completions",
            "--color",
            "always",
            "--profiles",
            "examples",
            "bash",
        ],
    ] {
        let result = run(&args);
        assert_eq!(result.code, 0, "{args:?}: {}", result.stderr);
        assert!(!result.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn short_flags_mean_their_long_names() {
    for (short, long) in [
        (
            &["report", "examples/sam-nearly-ready.yaml", "-f", "json"][..],
            &[
                "report",
                "examples/sam-nearly-ready.yaml",
                "--format",
                "json",
            ][..],
        ),
        (
            &["show", "senior-devops-engineer-management", "-f", "yaml"],
            &[
                "show",
                "senior-devops-engineer-management",
                "--format",
                "yaml",
            ],
        ),
        (
            &["profiles", "-f", "json"],
            &["profiles", "--format", "json"],
        ),
        (
            &["validate", "-f", "json", "tests/fixtures/invalid"],
            &["validate", "--format", "json", "tests/fixtures/invalid"],
        ),
        (
            &["team", "examples/team", "-f", "csv"],
            &["team", "examples/team", "--format", "csv"],
        ),
    ] {
        let (a, b) = (run(short), run(long));
        assert_eq!(a.code, b.code, "{short:?}");
        assert_eq!(a.stdout, b.stdout, "{short:?}");
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("role.yaml");
    let import = run(&[
        "import",
        fixture("import/source-page.txt").to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(import.code, 1, "{}", import.stderr);
    assert!(import.stdout.is_empty());
    assert!(std::fs::read_to_string(&out).unwrap().starts_with("id: "));
    let saved = dir.path().join("sam.yaml");
    let assess = skillgap()
        .args([
            "assess",
            "--answers",
            "examples/sam-nearly-ready.yaml",
            "-f",
            "json",
            "-o",
        ])
        .arg(&saved)
        .output()
        .unwrap();
    assert_eq!(
        assess.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&assess.stderr)
    );
    assert!(saved.is_file());
    assert!(String::from_utf8_lossy(&assess.stdout).starts_with('{'));
}

#[test]
fn quiet_prints_nothing_and_keeps_the_exit_status() {
    for (args, code) in [
        (
            &[
                "validate",
                "-q",
                "tests/fixtures/invalid/many-problems.yaml",
            ][..],
            1,
        ),
        (&["validate", "--quiet", "tests/fixtures/valid"], 0),
    ] {
        let result = run(args);
        assert_eq!(result.code, code, "{args:?}: {}", result.stderr);
        assert!(result.stdout.is_empty(), "{args:?}: {}", result.stdout);
        assert!(result.stderr.is_empty(), "{args:?}: {}", result.stderr);
    }
    let page = fixture("import/source-page.txt");
    let loud = run(&["import", page.to_str().unwrap()]);
    let quiet = run(&["import", "-q", page.to_str().unwrap()]);
    assert_eq!(quiet.code, 1, "a person must still look: {}", quiet.stderr);
    assert_eq!(quiet.stdout, loud.stdout);
    assert!(quiet.stderr.is_empty(), "{}", quiet.stderr);
    assert!(!loud.stderr.is_empty());
}
