//! Hostile input that is not about speed: blank names, answers maps whose
//! item ids look like assessment fields, and `team --profile` measuring
//! assessments made against another profile (issue 9).

use crate::common::{fixture, in_dir, run};

#[test]
fn a_blank_name_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ratings.yaml"), "devops: familiar\n").unwrap();
    assert_names_refused_as_blank(
        dir.path(),
        &[
            &["--name", "   "][..],
            &[
                "--name",
                "Kim",
                "--assessor",
                "manager",
                "--assessor-name",
                "\t",
            ],
        ],
    );
}

/// Each set of name flags is refused as blank (exit 2) by `assess
/// --answers ratings.yaml` in `dir`, and nothing is written beside it.
fn assert_names_refused_as_blank(dir: &std::path::Path, names: &[&[&str]]) {
    for flags in names {
        let mut args = vec!["assess", "--answers", "ratings.yaml"];
        args.extend_from_slice(flags);
        let result = in_dir(dir, &args);
        assert_eq!(result.code, 2, "{flags:?}: {}", result.stderr);
        assert!(
            result.stderr.contains("cannot be blank"),
            "{}",
            result.stderr
        );
    }
    let files: Vec<_> = std::fs::read_dir(dir).unwrap().collect();
    assert_eq!(files.len(), 1, "only the answers file is there");
}

#[test]
fn a_name_of_only_invisible_characters_is_refused_like_a_blank_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ratings.yaml"), "devops: familiar\n").unwrap();
    assert_names_refused_as_blank(
        dir.path(),
        &[
            &["--name", "\u{200b}"][..],
            &["--name", "\u{200b}\u{200d}\u{a0}\u{2060}"],
            &["--name", "\u{3164}"],
            &[
                "--name",
                "Kim",
                "--assessor",
                "manager",
                "--assessor-name",
                "\u{feff}",
            ],
        ],
    );
    let path = fixture("hostile/invisible-person.yaml");
    let result = run(&[
        "--profiles",
        fixture("valid").to_str().unwrap(),
        "validate",
        path.to_str().unwrap(),
    ]);
    assert_eq!(result.code, 1, "{}", result.stdout);
    assert!(
        result.stdout.contains("error: `person` is blank"),
        "{}",
        result.stdout
    );
}

#[test]
fn a_name_given_with_spaces_around_it_is_saved_trimmed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ratings.yaml"), "devops: familiar\n").unwrap();
    let result = in_dir(
        dir.path(),
        &[
            "assess",
            "--answers",
            "ratings.yaml",
            "--name",
            "  Kim Lee  ",
            "--out",
            "kim.yaml",
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let saved = std::fs::read_to_string(dir.path().join("kim.yaml")).unwrap();
    assert!(saved.contains("person: Kim Lee\n"), "{saved}");
}

#[test]
fn validate_refuses_an_assessment_whose_person_is_blank() {
    let path = fixture("hostile/blank-person.yaml");
    let result = run(&[
        "--profiles",
        fixture("valid").to_str().unwrap(),
        "validate",
        path.to_str().unwrap(),
    ]);
    assert_eq!(result.code, 1, "{}", result.stdout);
    assert!(
        result
            .stdout
            .contains("blank-person.yaml:2:9: error: `person` is blank"),
        "{}",
        result.stdout
    );
}

#[test]
fn team_skips_an_assessment_with_a_blank_person_instead_of_a_column_headed_question_mark() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("hostile/blank-person.yaml"),
        dir.path().join("blank.yaml"),
    )
    .unwrap();
    std::fs::copy("examples/team/sam-rivera.yaml", dir.path().join("sam.yaml")).unwrap();
    let result = run(&[
        "--profiles",
        fixture("valid").to_str().unwrap(),
        "team",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result.stderr.contains("blank.yaml: 2:9: `person` is blank"),
        "{}",
        result.stderr
    );
    assert!(!result.stdout.contains(" ? "), "{}", result.stdout);
}

#[test]
fn a_bare_answers_map_may_rate_items_called_profile_and_ratings() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("ratings.yaml"),
        "profile: familiar\nratings: {level: aware, evidence: gave many}\n",
    )
    .unwrap();
    let profile = fixture("hostile/items-named-like-fields.yaml");
    let result = in_dir(
        dir.path(),
        &[
            "assess",
            profile.to_str().unwrap(),
            "--answers",
            "ratings.yaml",
            "--name",
            "Kim",
            "--out",
            "kim.yaml",
            "--format",
            "json",
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let report: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(report["summary"]["met"], 2, "{report}");
    let saved = std::fs::read_to_string(dir.path().join("kim.yaml")).unwrap();
    assert!(saved.contains("evidence: gave many"), "{saved}");
}

#[test]
fn a_whole_assessment_given_as_answers_is_still_read_as_one() {
    // The same profile, answered by a whole assessment file: its `profile`
    // field names the profile, it is no rating of the `profile` item.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("answers.yaml"),
        "profile: items-named-like-fields\nperson: Kim\nassessor: self\ndate: 2026-11-20\n\
         status: complete\nratings:\n  profile: proficient\n  ratings: none\n",
    )
    .unwrap();
    let profile = fixture("hostile/items-named-like-fields.yaml");
    let result = in_dir(
        dir.path(),
        &[
            "assess",
            profile.to_str().unwrap(),
            "--answers",
            "answers.yaml",
            "--out",
            "kim.yaml",
            "--format",
            "json",
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let report: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(report["person"], "Kim");
    assert_eq!(report["summary"]["met"], 1, "{report}");
}

#[test]
fn team_with_another_profile_says_whose_assessments_it_measures_against_it() {
    let result = run(&[
        "team",
        "examples/team",
        "--profile",
        "tests/fixtures/valid/tiny-role.yaml",
        "--format",
        "json",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(
        result.stderr.contains(
            "note: 8 of 8 assessments were made against another profile \
             (`senior-devops-engineer-management` (8)) and are measured against `tiny-role`"
        ),
        "{}",
        result.stderr
    );
    let report: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    let member = &report["profiles"][0]["members"][0];
    assert_eq!(
        member["assessed_against"], "senior-devops-engineer-management",
        "{member}"
    );
    // Measured against its own profile, nothing is said.
    let own = run(&[
        "team",
        "examples/team",
        "--profile",
        "senior-devops-engineer-management",
    ]);
    assert!(!own.stderr.contains("another profile"), "{}", own.stderr);
}
