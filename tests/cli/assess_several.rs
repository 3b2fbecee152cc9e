//! `skillgap assess PROFILE PROFILE…` and `--role`: one sitting for
//! several profiles, each skill asked once, a file that serves them all.

use crate::common::{in_dir, run};

/// Alex rated against Senior and Lead DevOps engineer in one sitting,
/// saved as m.yaml in `dir`; what `assess` said.
fn senior_and_lead(dir: &std::path::Path) -> String {
    std::fs::write(
        dir.join("a.yaml"),
        "systems-design: 4\nprototyping: 3\ninformation-security: 3\n",
    )
    .unwrap();
    let result = in_dir(
        dir,
        &[
            "assess",
            "ddat-senior-devops-engineer",
            "ddat-lead-devops-engineer",
            "--answers",
            "a.yaml",
            "--name",
            "Alex",
            "-o",
            "m.yaml",
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    result.stderr
}

#[test]
fn one_sitting_for_two_levels_asks_each_shared_skill_once_and_serves_both() {
    let dir = tempfile::tempdir().unwrap();
    let stderr = senior_and_lead(dir.path());
    // Both levels need the same ten DDaT skills: ten items, not twenty.
    assert!(stderr.contains("3 of 10 items rated"), "{stderr}");
    // The headline against each profile, as `report --profile` gives it.
    for title in [
        "Senior DevOps engineer: readiness ",
        "Lead DevOps engineer: readiness ",
    ] {
        assert!(stderr.contains(title), "{stderr}");
    }
    let saved = std::fs::read_to_string(dir.path().join("m.yaml")).unwrap();
    assert!(
        saved.starts_with(
            "profiles:\n  - ddat-senior-devops-engineer\n  - ddat-lead-devops-engineer\nprofile_digests:\n  ddat-senior-devops-engineer: sha256:"
        ),
        "{saved}"
    );
    assert!(
        !saved.contains("\nprofile:") && !saved.contains("profile_digest:"),
        "{saved}"
    );
    assert!(
        saved.contains("  systems-design:\n    level: 4\n"),
        "{saved}"
    );
    let file = dir.path().join("m.yaml");
    let file = file.to_str().unwrap();
    let validate = run(&["validate", file]);
    assert_eq!(validate.code, 0, "{}", validate.stdout);
    // A rating of a skill none of its profiles has is caught.
    std::fs::write(
        dir.path().join("typo.yaml"),
        saved.replace("  prototyping:", "  prototypin:"),
    )
    .unwrap();
    let typo = run(&["validate", dir.path().join("typo.yaml").to_str().unwrap()]);
    assert_eq!(typo.code, 1, "{}", typo.stdout);
    assert!(
        typo.stdout
            .contains("has no item `prototypin`; did you mean `prototyping`?"),
        "{}",
        typo.stdout
    );
    // Against each of its profiles: systems design is Expert (4) for both
    // levels here, prototyping 3 meets Senior but not Lead.
    for (id, title) in [
        ("ddat-senior-devops-engineer", "Senior DevOps engineer ·"),
        ("ddat-lead-devops-engineer", "Lead DevOps engineer ·"),
    ] {
        let report = run(&["report", file, "--profile", id]);
        assert_eq!(report.code, 0, "{}", report.stderr);
        assert!(report.stdout.contains(title), "{}", report.stdout);
        assert!(
            !report.stdout.contains("assessed against"),
            "{}",
            report.stdout
        );
        assert!(report.stderr.is_empty(), "{}", report.stderr);
    }
    // Without --profile: the first, and a note naming the others.
    let first = run(&["report", file]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        first.stdout.contains("Senior DevOps engineer ·"),
        "{}",
        first.stdout
    );
    assert!(
        first.stderr.contains("serves 2 profiles; measured against `ddat-senior-devops-engineer` (--profile ID for another: ddat-lead-devops-engineer)"),
        "{}",
        first.stderr
    );
}

#[test]
fn a_role_by_name_in_any_case_assesses_every_level_and_a_miss_is_suggested() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), "systems-design: 3\n").unwrap();
    let result = in_dir(
        dir.path(),
        &[
            "assess",
            "--role",
            "development OPERATIONS (devops) engineer",
            "--answers",
            "a.yaml",
            "--name",
            "Alex",
            "-o",
            "m.yaml",
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let saved = std::fs::read_to_string(dir.path().join("m.yaml")).unwrap();
    for id in [
        "  - ddat-apprentice-devops-engineer\n",
        "  - ddat-principal-devops-engineer-management\n",
    ] {
        assert!(saved.contains(id), "{saved}");
    }
    let miss = in_dir(
        dir.path(),
        &[
            "assess",
            "--role",
            "Development operations (DevOps) enginer",
            "--answers",
            "a.yaml",
            "--name",
            "A",
        ],
    );
    assert_eq!(miss.code, 2, "{}", miss.stderr);
    assert!(
        miss.stderr
            .contains("did you mean `Development operations (DevOps) engineer`?"),
        "{}",
        miss.stderr
    );
}

#[test]
fn profiles_that_share_an_unlinked_item_id_are_refused() {
    // The built-in non-DDaT DevOps profile and itself under another path
    // would be the same id; two different profiles with one knowledge id
    // are not linked by a coincidence of names.
    let dir = tempfile::tempdir().unwrap();
    let builtin = run(&[
        "show",
        "senior-devops-engineer-management",
        "--format",
        "yaml",
    ]);
    assert_eq!(builtin.code, 0, "{}", builtin.stderr);
    let copy = builtin
        .stdout
        .replacen("id: senior-devops-engineer-management", "id: my-copy", 1);
    std::fs::write(dir.path().join("copy.yaml"), copy).unwrap();
    std::fs::write(dir.path().join("a.yaml"), "devops: familiar\n").unwrap();
    let result = in_dir(
        dir.path(),
        &[
            "assess",
            "senior-devops-engineer-management",
            "copy.yaml",
            "--answers",
            "a.yaml",
            "--name",
            "A",
        ],
    );
    assert_ne!(result.code, 0, "{}", result.stderr);
    assert!(
        result.stderr.contains("assess them one at a time"),
        "{}",
        result.stderr
    );
}

#[test]
fn a_file_written_for_one_profile_still_validates_and_reports_as_before() {
    let file = crate::common::root().join("examples/alex-early.yaml");
    let file = file.to_str().unwrap();
    let validate = run(&["validate", file]);
    assert_eq!(validate.code, 0, "{}", validate.stdout);
    let report = run(&["report", file]);
    assert_eq!(report.code, 0, "{}", report.stderr);
    assert!(report.stdout.contains("Gap report: "), "{}", report.stdout);
    assert!(!report.stderr.contains("serves"), "{}", report.stderr);
}

#[test]
fn compare_team_and_roles_read_a_file_of_several_profiles() {
    let dir = tempfile::tempdir().unwrap();
    senior_and_lead(dir.path());
    // compare and team read it against a profile it shares with the rest.
    std::fs::write(
        dir.path().join("b.yaml"),
        "systems-design: 4\nprototyping: 4\n",
    )
    .unwrap();
    let lead = in_dir(
        dir.path(),
        &[
            "assess",
            "ddat-lead-devops-engineer",
            "--answers",
            "b.yaml",
            "--name",
            "Alex",
            "-o",
            "lead.yaml",
        ],
    );
    assert_eq!(lead.code, 0, "{}", lead.stderr);
    let compared = in_dir(dir.path(), &["compare", "m.yaml", "lead.yaml"]);
    assert_eq!(compared.code, 0, "{}", compared.stderr);
    assert!(
        compared.stdout.contains("Comparison: Lead DevOps engineer"),
        "{}",
        compared.stdout
    );
    let team = in_dir(
        dir.path(),
        &[
            "team",
            "m.yaml",
            "lead.yaml",
            "--profile",
            "ddat-lead-devops-engineer",
        ],
    );
    assert_eq!(team.code, 0, "{}", team.stderr);
    assert!(!team.stderr.contains("another profile"), "{}", team.stderr);
    // roles reads the ratings for every profile the file serves, as one file.
    let roles = in_dir(
        dir.path(),
        &[
            "roles",
            "m.yaml",
            "--role",
            "Development operations (DevOps) engineer",
        ],
    );
    assert_eq!(roles.code, 0, "{}", roles.stderr);
    assert!(roles.stdout.contains("· 1 file"), "{}", roles.stdout);
}

#[test]
fn an_empty_profiles_list_is_one_error_not_an_unknown_item_per_rating() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("e.yaml");
    std::fs::write(
        &file,
        "profiles: []\nperson: Pat\nassessor: self\ndate: 2026-11-26\nstatus: complete\nratings:\n  systems-design: 3\n  prototyping: 2\n",
    )
    .unwrap();
    let validate = run(&["validate", file.to_str().unwrap()]);
    assert_eq!(validate.code, 1, "{}", validate.stdout);
    assert!(
        validate.stdout.contains("non-empty `profiles`"),
        "{}",
        validate.stdout
    );
    assert!(
        !validate.stdout.contains("has no item"),
        "{}",
        validate.stdout
    );
}

#[test]
fn team_says_which_of_a_files_several_profiles_it_measured() {
    let pat = crate::common::root().join("examples/career/pat-example-devops-ladder.yaml");
    let team = run(&["team", pat.to_str().unwrap()]);
    assert_eq!(team.code, 0, "{}", team.stderr);
    assert!(
        team.stderr
            .contains("serves 9 profiles; measured against `ddat-apprentice-devops-engineer`"),
        "{}",
        team.stderr
    );
}
