//! `skillgap assess` without a terminal: `--answers`, files that must not
//! be overwritten, and write failures.

use crate::common::{fixture, in_dir, run};

#[test]
fn answers_run_the_same_flow_and_save_a_complete_assessment() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("ratings.yaml"),
        "devops: familiar\nsystems-design: {level: 2, evidence: \"no\"}\n",
    )
    .unwrap();
    let result = in_dir(
        dir.path(),
        &[
            "assess",
            "--answers",
            "ratings.yaml",
            "--name",
            "Kim Lee",
            "--complete",
            "--format",
            "json",
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains("Marked complete; 28 required items are unrated."),
        "{}",
        result.stderr
    );
    let report: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(report["person"], "Kim Lee");
    let files: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("senior-devops-engineer-management-kim-lee-"))
        .collect();
    assert_eq!(
        files.len(),
        1,
        "default name <profile>-<person>-<date>.yaml"
    );
    let saved = std::fs::read_to_string(dir.path().join(&files[0])).unwrap();
    assert!(saved.contains("status: complete"));
    assert!(
        saved.contains("evidence: \"no\""),
        "YAML 1.1 words stay strings: {saved}"
    );
    assert!(saved.contains("profile_digest: sha256:"));
    let validate = run(&["validate", dir.path().join(&files[0]).to_str().unwrap()]);
    assert_eq!(validate.code, 0, "{}", validate.stdout);
}

#[test]
fn answers_that_leave_required_items_unrated_save_in_progress_and_never_say_no_gaps() {
    let dir = tempfile::tempdir().unwrap();
    // Rated, with no required level: no gap among the rated items.
    std::fs::write(
        dir.path().join("one.yaml"),
        "interacting-with-people: aware\n",
    )
    .unwrap();
    let result = in_dir(
        dir.path(),
        &[
            "assess",
            "--answers",
            "one.yaml",
            "--name",
            "Kim",
            "--out",
            "kim.yaml",
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let saved = std::fs::read_to_string(dir.path().join("kim.yaml")).unwrap();
    assert!(saved.contains("status: in-progress"), "{saved}");
    assert!(
        result.stderr.contains(
            "30 required items are unrated, so the file stays in progress. \
             Rate them with: skillgap assess --resume kim.yaml"
        ),
        "{}",
        result.stderr
    );
    for format in ["table", "markdown"] {
        let report = in_dir(dir.path(), &["report", "kim.yaml", "--format", format]);
        assert!(
            !report.stdout.contains("No gaps to close"),
            "{}",
            report.stdout
        );
        let text = report
            .stdout
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            text.contains(
                "No gaps among the rated items, but 30 required items are not rated: \
                 rate them before planning."
            ),
            "{}",
            report.stdout
        );
    }

    // --complete says so; the file is complete, the count still given.
    let result = in_dir(
        dir.path(),
        &[
            "assess",
            "--answers",
            "one.yaml",
            "--name",
            "Kim",
            "--out",
            "done.yaml",
            "--complete",
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let saved = std::fs::read_to_string(dir.path().join("done.yaml")).unwrap();
    assert!(saved.contains("status: complete"), "{saved}");
    assert!(
        result
            .stderr
            .contains("Marked complete; 30 required items are unrated."),
        "{}",
        result.stderr
    );
}

#[test]
fn answers_with_unknown_items_or_levels_fail_clearly_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bad.yaml"),
        "devops: familiar\ndevopps: aware\nsystems-design: 9\n",
    )
    .unwrap();
    let result = in_dir(
        dir.path(),
        &["assess", "--answers", "bad.yaml", "--name", "Kim"],
    );
    assert_eq!(result.code, 2);
    assert!(result.stderr.contains("bad.yaml:2:1: error: profile `senior-devops-engineer-management` has no item `devopps`; did you mean `devops`?"), "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains("bad.yaml:3:17: error: `systems-design`: level 9 is off the DDaT scale"),
        "{}",
        result.stderr
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn an_existing_complete_file_is_not_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "examples/sam-nearly-ready.yaml",
        dir.path().join("sam.yaml"),
    )
    .unwrap();
    let before = std::fs::read_to_string(dir.path().join("sam.yaml")).unwrap();
    let answers = std::env::current_dir()
        .unwrap()
        .join("examples/alex-early.yaml");
    let args = [
        "assess",
        "--answers",
        answers.to_str().unwrap(),
        "--out",
        "sam.yaml",
    ];
    let refused = in_dir(dir.path(), &args);
    assert_eq!(refused.code, 2);
    assert!(
        refused
            .stderr
            .contains("already holds a complete assessment"),
        "{}",
        refused.stderr
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("sam.yaml")).unwrap(),
        before
    );
    let mut forced = args.to_vec();
    forced.push("--force");
    assert_eq!(in_dir(dir.path(), &forced).code, 0);
    assert!(
        std::fs::read_to_string(dir.path().join("sam.yaml"))
            .unwrap()
            .contains("Alex Morgan")
    );
}

#[test]
fn a_folder_that_cannot_be_written_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let answers = std::env::current_dir()
        .unwrap()
        .join("examples/alex-early.yaml");
    let result = in_dir(
        dir.path(),
        &[
            "assess",
            "--answers",
            answers.to_str().unwrap(),
            "--out",
            "no/such/folder/a.yaml",
        ],
    );
    assert_eq!(result.code, 2);
    assert!(
        result.stderr.contains(
            "cannot save no/such/folder/a.yaml: there is no folder no/such/folder to put it in"
        ),
        "{}",
        result.stderr
    );
    let _ = fixture("valid");
}

#[test]
fn a_file_name_holding_escapes_is_shown_with_them_made_visible() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ratings.yaml"), "devops: familiar\n").unwrap();
    let out = "kim\u{1b}]0;pwned\u{7}\u{1b}[2J.yaml";
    let args = [
        "assess",
        "--answers",
        "ratings.yaml",
        "--name",
        "Kim",
        "--out",
        out,
    ];
    let result = in_dir(dir.path(), &args);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(dir.path().join(out).exists(), "saved under the name given");
    assert!(
        !result.stderr.contains(['\u{1b}', '\u{7}']),
        "{:?}",
        result.stderr
    );
    assert!(
        result.stderr.contains("Saved to kim\\u{1b}]0;pwned"),
        "{}",
        result.stderr
    );
}

#[test]
fn a_missing_folder_for_out_is_said_before_anything_is_asked_or_saved() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ratings.yaml"), "devops: familiar\n").unwrap();
    let args = [
        "assess",
        "--answers",
        "ratings.yaml",
        "--name",
        "Kim",
        "--out",
        "no-such-folder/kim.yaml",
    ];
    let result = in_dir(dir.path(), &args);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains("there is no folder no-such-folder to put it in")
            && !result.stderr.contains("Saving answers"),
        "{}",
        result.stderr
    );
}

/// The program as a printed command names it: `skillgap` when `PATH` finds
/// it (installed), else the path it was started by (the README's `cargo
/// run` route), which runs as printed.
#[test]
fn printed_commands_name_the_program_as_it_can_be_run() {
    let program_in = |stderr: &str| {
        stderr
            .lines()
            .find_map(|l| l.trim().strip_prefix("To read an existing assessment: "))
            .and_then(|l| l.strip_suffix(" report FILE"))
            .unwrap_or_else(|| panic!("a report command in {stderr}"))
            .to_owned()
    };
    let installed = crate::common::skillgap()
        .arg("assess")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&installed.stderr).into_owned();
    assert_eq!(program_in(&stderr), "skillgap", "{stderr}");

    let not_installed = std::process::Command::new(env!("CARGO_BIN_EXE_skillgap"))
        .arg("assess")
        .current_dir(crate::common::root())
        .env("PATH", crate::common::path_without_binary())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&not_installed.stderr).into_owned();
    let program = program_in(&stderr);
    assert_ne!(program, "skillgap", "not on PATH: {stderr}");
    let printed = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{program} report examples/alex-early.yaml"))
        .current_dir(crate::common::root())
        .env("PATH", crate::common::path_without_binary())
        .output()
        .unwrap();
    assert_eq!(
        printed.status.code(),
        Some(0),
        "{program}: {}",
        String::from_utf8_lossy(&printed.stderr)
    );
    assert!(String::from_utf8_lossy(&printed.stdout).contains("Readiness"));
}

#[test]
fn only_takes_just_the_named_items_from_the_answers() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("ratings.yaml"),
        "devops: familiar\nsystems-design: 2\nagile: expert\n",
    )
    .unwrap();
    let result = in_dir(
        dir.path(),
        &[
            "assess",
            "--answers",
            "ratings.yaml",
            "--name",
            "Kim",
            "--out",
            "kim.yaml",
            "--only",
            "systems-design, devops",
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let saved = std::fs::read_to_string(dir.path().join("kim.yaml")).unwrap();
    assert!(saved.contains("devops:\n    level: familiar"), "{saved}");
    assert!(saved.contains("systems-design:\n    level: 2"), "{saved}");
    assert!(!saved.contains("agile"), "not asked, not taken: {saved}");
    assert!(saved.contains("status: in-progress"), "{saved}");
}

#[test]
fn an_unknown_only_id_is_refused_with_the_closest_one_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ratings.yaml"), "devops: familiar\n").unwrap();
    let result = in_dir(
        dir.path(),
        &[
            "assess",
            "--answers",
            "ratings.yaml",
            "--name",
            "Kim",
            "--out",
            "kim.yaml",
            "--only",
            "devops,sytems-design",
        ],
    );
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result.stderr.contains(
            "--only: profile `senior-devops-engineer-management` has no item \
             `sytems-design` (did you mean `systems-design`?); nothing was asked"
        ),
        "{}",
        result.stderr
    );
    assert!(
        result.stderr.contains(
            "To list the item ids: skillgap show senior-devops-engineer-management --format yaml"
        ),
        "{}",
        result.stderr
    );
    assert!(!dir.path().join("kim.yaml").exists());
}

#[test]
fn unrated_needs_a_file_to_resume() {
    let result = run(&[
        "assess",
        "--unrated",
        "--answers",
        "x.yaml",
        "--name",
        "Kim",
    ]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result.stderr.contains("'--unrated' cannot be used with"),
        "{}",
        result.stderr
    );
    let alone = run(&["assess", "--unrated"]);
    assert_eq!(alone.code, 2, "{}", alone.stderr);
    assert!(alone.stderr.contains("--resume <FILE>"), "{}", alone.stderr);
}

#[test]
fn answers_in_the_assessment_form_choose_their_profile_when_none_is_named() {
    // SPEC §2: with --answers and no PROFILE, the profile the answers file
    // names, or the default. It used to be the default always, so the
    // answers were refused as unknown items of another profile.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("answers.yaml"),
        "profile: tiny-role\nperson: Kim\nassessor: self\ndate: 2026-11-26\n\
         status: in-progress\nratings:\n  testing: {level: familiar}\n",
    )
    .unwrap();
    let profiles = fixture("valid");
    let args = [
        "--profiles",
        profiles.to_str().unwrap(),
        "assess",
        "--answers",
        "answers.yaml",
        "--out",
        "kim.yaml",
        "--format",
        "json",
    ];
    let result = in_dir(dir.path(), &args);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let saved = std::fs::read_to_string(dir.path().join("kim.yaml")).unwrap();
    assert!(saved.contains("profile: tiny-role"), "{saved}");
    assert!(saved.contains("testing:\n    level: familiar"), "{saved}");

    // A bare map names no profile: the default, as before.
    std::fs::write(dir.path().join("bare.yaml"), "devops: familiar\n").unwrap();
    let result = in_dir(
        dir.path(),
        &[
            "assess",
            "--answers",
            "bare.yaml",
            "--name",
            "Kim",
            "--out",
            "bare-out.yaml",
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let saved = std::fs::read_to_string(dir.path().join("bare-out.yaml")).unwrap();
    assert!(
        saved.contains("profile: senior-devops-engineer-management"),
        "{saved}"
    );
}

#[test]
fn the_profile_an_answers_file_names_is_only_ever_a_loaded_id_never_a_file_to_read() {
    let dir = tempfile::tempdir().unwrap();
    // A profile file beside it, which the answers must not make us read.
    std::fs::copy(fixture("valid/tiny-role.yaml"), dir.path().join("p.yaml")).unwrap();
    for named in ["p.yaml", "./p.yaml", "tiny-rol"] {
        std::fs::write(
            dir.path().join("answers.yaml"),
            format!(
                "profile: {named}\nperson: Kim\nassessor: self\ndate: 2026-11-26\n\
                 status: in-progress\nratings:\n  testing: {{level: familiar}}\n"
            ),
        )
        .unwrap();
        let result = in_dir(
            dir.path(),
            &["assess", "--answers", "answers.yaml", "--out", "kim.yaml"],
        );
        assert_eq!(result.code, 2, "{named}: {}", result.stderr);
        assert!(
            result.stderr.contains(&format!(
                "answers.yaml is an assessment against `{named}`, which is not loaded"
            )),
            "{}",
            result.stderr
        );
        assert!(!dir.path().join("kim.yaml").exists());
    }
    let result = in_dir(
        dir.path(),
        &[
            "--profiles",
            fixture("valid").to_str().unwrap(),
            "assess",
            "--answers",
            "answers.yaml",
            "--out",
            "kim.yaml",
        ],
    );
    assert!(
        result.stderr.contains("(did you mean `tiny-role`?)"),
        "{}",
        result.stderr
    );
}

/// A name typed with a doubled space ("alex  morgan") is written with one:
/// `team` already counts it as the same person, and showed the doubled
/// space in every table beside the other spelling.
#[test]
fn names_are_written_with_one_space_between_words() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ratings.yaml"), "devops: familiar\n").unwrap();
    let result = in_dir(
        dir.path(),
        &[
            "assess",
            "--answers",
            "ratings.yaml",
            "--name",
            " alex  morgan ",
            "--assessor",
            "manager",
            "--assessor-name",
            "Kim \t Lee",
            "--out",
            "alex.yaml",
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let saved = std::fs::read_to_string(dir.path().join("alex.yaml")).unwrap();
    assert!(saved.contains("\nperson: alex morgan\n"), "{saved}");
    assert!(saved.contains("\nassessor_name: Kim Lee\n"), "{saved}");
}

#[test]
fn a_blank_assessor_name_is_refused_with_its_own_option_as_the_example() {
    let result = run(&[
        "assess",
        "--answers",
        "examples/alex-early.yaml",
        "--name",
        "Pat",
        "--assessor",
        "manager",
        "--assessor-name",
        "   ",
    ]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result.stderr.contains("e.g. --assessor-name 'Kim Lee'"),
        "{}",
        result.stderr
    );
    assert!(
        !result.stderr.contains("--name 'Alex Morgan'"),
        "{}",
        result.stderr
    );
}

#[test]
fn whether_an_existing_file_is_complete_is_read_from_its_status_not_searched_for() {
    // It was a text search for the line `status: complete`: a quoted
    // status was missed, and a note holding that line was taken for it.
    let dir = tempfile::tempdir().unwrap();
    let profile = fixture("valid/tiny-role.yaml");
    let quoted = "profile: tiny-role\nperson: Kim\nassessor: self\ndate: 2026-11-26\n\
                  status: \"complete\"\nratings:\n  testing: {level: familiar}\n";
    let noted = "profile: tiny-role\nperson: Kim\nassessor: self\ndate: 2026-11-26\n\
                 status: in-progress\nratings:\n  testing:\n    level: familiar\n    \
                 evidence: |\n      status: complete\n";
    std::fs::write(dir.path().join("ratings.yaml"), "testing: aware\n").unwrap();
    for (file, text, says) in [
        ("quoted.yaml", quoted, "already holds a complete assessment"),
        ("noted.yaml", noted, "already exists; continue it with"),
    ] {
        std::fs::write(dir.path().join(file), text).unwrap();
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
                file,
            ],
        );
        assert_eq!(result.code, 2, "{}", result.stderr);
        assert!(result.stderr.contains(says), "{file}: {}", result.stderr);
        assert_eq!(
            std::fs::read_to_string(dir.path().join(file)).unwrap(),
            text
        );
    }
}

#[test]
fn a_linked_skill_is_saved_under_the_framework_skill_and_counts_for_framework_levels() {
    let dir = tempfile::tempdir().unwrap();
    // The FEDIP profile's "Modern standards approach" is the framework's
    // "Modern development standards"; an answers file may name either.
    std::fs::write(
        dir.path().join("ratings.yaml"),
        "modern-standards-approach: 4\nsystems-design: 3\n",
    )
    .unwrap();
    let result = in_dir(
        dir.path(),
        &[
            "assess",
            "senior-devops-engineer-management",
            "--answers",
            "ratings.yaml",
            "--name",
            "Kim Lee",
            "--out",
            "kim.yaml",
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let saved = std::fs::read_to_string(dir.path().join("kim.yaml")).unwrap();
    assert!(
        saved.contains("\n  modern-development-standards:\n    level: 4\n"),
        "written under the framework skill's id: {saved}"
    );
    assert!(!saved.contains("modern-standards-approach"), "{saved}");

    // Read back against its own profile: the item is rated.
    let own = in_dir(dir.path(), &["report", "kim.yaml", "--format", "json"]);
    assert_eq!(own.code, 0, "{}", own.stderr);
    let own: serde_json::Value = serde_json::from_str(&own.stdout).unwrap();
    let item = own["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "modern-standards-approach")
        .unwrap();
    assert_eq!(item["current"]["step"], 4, "{item}");

    // And against a framework level that needs the same skill.
    let lead = in_dir(
        dir.path(),
        &[
            "report",
            "kim.yaml",
            "--profile",
            "ddat-lead-devops-engineer",
            "--format",
            "json",
        ],
    );
    assert_eq!(lead.code, 0, "{}", lead.stderr);
    let lead: serde_json::Value = serde_json::from_str(&lead.stdout).unwrap();
    let items = lead["items"].as_array().unwrap();
    let standards = items
        .iter()
        .find(|i| i["id"] == "modern-development-standards")
        .unwrap();
    assert_eq!(standards["current"]["step"], 4, "{standards}");
    let design = items.iter().find(|i| i["id"] == "systems-design").unwrap();
    assert_eq!(design["current"]["step"], 3, "{design}");
}
