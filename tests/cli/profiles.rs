//! `skillgap profiles` and `--profiles` / `SKILLGAP_PROFILES` folders.

use crate::common::{fixture, in_dir, run, run_paths, run_with_env};

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
        .filter(|id| !id.starts_with("ddat-"))
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
        // PROFILE arguments complete to the built-in profiles' ids (clap's
        // PowerShell and Elvish scripts complete no argument values).
        if matches!(shell, "powershell" | "elvish") {
            continue;
        }
        for id in [
            "senior-devops-engineer-management",
            "ddat-lead-devops-engineer",
            "ddat-head-of-user-research",
        ] {
            assert!(result.stdout.contains(id), "{shell}: {id}");
        }
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

/// Runs `skillgap` in `dir` with `args`.
/// A folder holding `tiny-role`, a profile whose `id` line is fine but
/// whose body is not (`off-scale-level`), and two files giving the id
/// `twin-role`.
fn folder_with_a_broken_profile_and_twins() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let tiny = std::fs::read_to_string(fixture("valid/tiny-role.yaml")).unwrap();
    std::fs::write(dir.path().join("tiny.yaml"), &tiny).unwrap();
    std::fs::copy(
        fixture("invalid/off-scale-level.yaml"),
        dir.path().join("broken.yaml"),
    )
    .unwrap();
    for name in ["twin-a.yaml", "twin-b.yaml"] {
        std::fs::write(
            dir.path().join(name),
            tiny.replace("id: tiny-role", "id: twin-role"),
        )
        .unwrap();
    }
    dir
}

#[test]
fn show_parses_only_the_profile_it_names_and_still_reports_duplicate_ids() {
    let dir = folder_with_a_broken_profile_and_twins();
    let show = run_paths(
        &["show", "tiny-role", "--format", "json", "--profiles"],
        &[dir.path()],
    );
    assert_eq!(show.code, 0, "{}", show.stderr);
    assert!(
        show.stdout.contains("\"id\": \"tiny-role\""),
        "{}",
        show.stdout
    );
    assert!(
        !show.stderr.contains("broken.yaml"),
        "a profile of another id is not parsed: {}",
        show.stderr
    );
    assert!(
        show.stderr
            .contains("twin-b.yaml: profile id `twin-role` is already loaded from"),
        "{}",
        show.stderr
    );

    let listing = run_paths(
        &["profiles", "--format", "json", "--profiles"],
        &[dir.path()],
    );
    assert_eq!(listing.code, 0, "{}", listing.stderr);
    assert!(
        listing
            .stderr
            .contains("broken.yaml: not a valid profile (1 error; first at 17:12:"),
        "a listing parses every profile: {}",
        listing.stderr
    );

    let named = run_paths(&["show", "off-scale-level", "--profiles"], &[dir.path()]);
    assert_eq!(named.code, 2);
    assert!(
        named.stderr.contains("broken.yaml: not a valid profile"),
        "{}",
        named.stderr
    );
    assert!(
        named
            .stderr
            .contains("no profile with id `off-scale-level`"),
        "{}",
        named.stderr
    );
}

#[test]
fn a_broken_folder_profile_with_a_builtin_id_leaves_the_builtin_in_use() {
    let dir = tempfile::tempdir().unwrap();
    let broken = std::fs::read_to_string(fixture("invalid/off-scale-level.yaml"))
        .unwrap()
        .replace(
            "id: off-scale-level",
            "id: senior-devops-engineer-management",
        );
    std::fs::write(dir.path().join("shadow.yaml"), broken).unwrap();
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
        result
            .stdout
            .contains("\"title\": \"Senior DevOps Engineer – Management\"")
    );
    assert!(
        result.stderr.contains("shadow.yaml: not a valid profile"),
        "{}",
        result.stderr
    );
}

#[test]
fn a_profile_whose_id_cannot_be_read_ahead_is_still_found_by_id() {
    let dir = tempfile::tempdir().unwrap();
    // A flow mapping (JSON is YAML) with the id last: no `id:` line to scan.
    let mut json = crate::common::yaml_file_as_json(&fixture("valid/tiny-role.yaml"));
    let object = json.as_object_mut().unwrap();
    object.remove("id");
    object.insert("id".into(), "flow-role".into());
    std::fs::write(
        dir.path().join("flow.yaml"),
        serde_json::to_string(&json).unwrap(),
    )
    .unwrap();
    let result = run_paths(
        &["show", "flow-role", "--format", "json", "--profiles"],
        &[dir.path()],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(
        result.stdout.contains("\"id\": \"flow-role\""),
        "{}",
        result.stdout
    );

    let unknown = run_paths(&["show", "flow-rol", "--profiles"], &[dir.path()]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown.stderr.contains("did you mean `flow-role`?"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn a_profile_id_is_an_id_even_beside_a_folder_of_that_name() {
    let dir = tempfile::tempdir().unwrap();
    let id = "senior-devops-engineer-management";
    std::fs::create_dir(dir.path().join(id)).unwrap();
    std::fs::write(dir.path().join("ratings.yaml"), "devops: familiar\n").unwrap();

    let show = in_dir(dir.path(), &["show", id, "--format", "json"]);
    assert_eq!(show.code, 0, "{}", show.stderr);
    assert!(show.stdout.contains(&format!("\"id\": \"{id}\"")));

    let assess = in_dir(
        dir.path(),
        &[
            "assess",
            "--answers",
            "ratings.yaml",
            "--name",
            "Kim",
            "--out",
            "kim.yaml",
        ],
    );
    assert_eq!(
        assess.code, 0,
        "plain assess takes the default id: {}",
        assess.stderr
    );

    let team = in_dir(
        dir.path(),
        &[
            "team",
            "--profile",
            id,
            crate::common::root()
                .join("examples/team")
                .to_str()
                .unwrap(),
        ],
    );
    assert_eq!(team.code, 0, "{}", team.stderr);

    let as_path = in_dir(dir.path(), &["show", &format!("./{id}")]);
    assert_eq!(as_path.code, 2, "a path is still a path");
    assert!(
        as_path.stderr.contains("not a regular file"),
        "{}",
        as_path.stderr
    );
}

#[test]
fn an_empty_skillgap_profiles_or_an_empty_entry_is_ignored() {
    for args in [
        &["schema", "profile"][..],
        &["profiles"],
        &["show", "senior-devops-engineer-management"],
    ] {
        let result = run_with_env(args, "SKILLGAP_PROFILES", "");
        assert_eq!(result.code, 0, "{args:?}: {}", result.stderr);
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("valid/tiny-role.yaml"),
        dir.path().join("tiny.yaml"),
    )
    .unwrap();
    for value in [
        format!("{}:", dir.path().display()),
        format!("::{}", dir.path().display()),
    ] {
        let result = run_with_env(
            &["show", "tiny-role", "--format", "json"],
            "SKILLGAP_PROFILES",
            &value,
        );
        assert_eq!(result.code, 0, "{value}: {}", result.stderr);
        assert!(result.stdout.contains("\"id\": \"tiny-role\""));
    }
}

#[test]
fn the_warning_about_a_skipped_profile_file_is_coloured_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("invalid/off-scale-level.yaml"),
        dir.path().join("broken.yaml"),
    )
    .unwrap();
    let always = run_paths(
        &["profiles", "--color", "always", "--profiles"],
        &[dir.path()],
    );
    assert!(always.stderr.contains("warning"), "{}", always.stderr);
    assert!(
        always.stderr.contains('\x1b'),
        "--color always colours: {:?}",
        always.stderr
    );
    let never = run_paths(
        &["profiles", "--color", "never", "--profiles"],
        &[dir.path()],
    );
    assert!(
        never.stderr.contains("warning: skipped"),
        "{}",
        never.stderr
    );
    assert!(!never.stderr.contains('\x1b'), "{:?}", never.stderr);

    // On a terminal, where `auto` would colour: `never` and NO_COLOR win.
    for (args, no_color) in [(&["--color", "never"][..], false), (&[][..], true)] {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_skillgap"));
        command
            .args(args)
            .args(["profiles", "--format", "json", "--profiles"])
            .arg(dir.path())
            .env("TERM", "xterm")
            .env_remove("SKILLGAP_PROFILES")
            .env_remove("NO_COLOR");
        if no_color {
            command.env("NO_COLOR", "1");
        }
        let mut session = expectrl::Session::spawn(command).expect("spawn in a pty");
        session.set_expect_timeout(Some(std::time::Duration::from_secs(30)));
        let mut output = Vec::new();
        expectrl::Expect::expect(&mut session, expectrl::Eof)
            .map(|found| output.extend_from_slice(found.as_bytes()))
            .unwrap();
        let text = String::from_utf8_lossy(&output);
        assert!(text.contains("warning: skipped"), "{text:?}");
        assert!(
            !text.contains('\x1b'),
            "{args:?} NO_COLOR={no_color}: {text:?}"
        );
    }
}

#[test]
fn a_folder_with_a_colon_in_its_name_is_one_folder_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("team:2026");
    std::fs::create_dir(&folder).unwrap();
    std::fs::copy(fixture("valid/tiny-role.yaml"), folder.join("tiny.yaml")).unwrap();
    let result = run(&[
        "--profiles",
        folder.to_str().unwrap(),
        "show",
        "tiny-role",
        "--format",
        "json",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(result.stdout.contains("\"id\": \"tiny-role\""));
    // SKILLGAP_PROFILES is a list, `:`-separated, as PATH is.
    let other = tempfile::tempdir().unwrap();
    let listed = format!("{}:{}", other.path().display(), dir.path().display());
    let result = run_with_env(&["show", "tiny-role"], "SKILLGAP_PROFILES", &listed);
    assert_eq!(result.code, 0, "{}", result.stderr);
}

#[test]
fn a_folder_given_twice_or_inside_another_is_read_once_without_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("inner");
    std::fs::create_dir(&inner).unwrap();
    std::fs::copy(fixture("valid/tiny-role.yaml"), inner.join("tiny.yaml")).unwrap();
    let (outer, inner) = (dir.path().to_str().unwrap(), inner.to_str().unwrap());
    for args in [
        ["--profiles", inner, "--profiles", inner],
        ["--profiles", outer, "--profiles", inner],
    ] {
        let mut args = args.to_vec();
        args.extend(["show", "tiny-role", "--format", "json"]);
        let result = run(&args);
        assert_eq!(result.code, 0, "{}", result.stderr);
        assert_eq!(result.stderr, "", "{args:?}");
    }
    let listed = format!("{inner}:{inner}");
    let result = run_with_env(&["show", "tiny-role"], "SKILLGAP_PROFILES", &listed);
    assert_eq!(result.stderr, "");
}

/// The rows the markdown listing should show, from the json listing (which
/// parses every profile for its digest).
fn markdown_rows_of_json(json: &str) -> Vec<String> {
    let rows: serde_json::Value = serde_json::from_str(json).unwrap();
    rows.as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let overrides = if row["overrides_builtin"] == true {
                " (overrides built-in)"
            } else {
                ""
            };
            let default = if row["default"] == true {
                " (default)"
            } else {
                ""
            };
            let text = |key: &str| row[key].as_str().unwrap_or("").to_owned();
            format!(
                "| {} | {} | {} | {} | {} | {} | {} | {} | {}{overrides}{default} |",
                text("family"),
                text("role"),
                row["rank"]
                    .as_u64()
                    .map_or_else(String::new, |r| r.to_string()),
                text("track"),
                text("id"),
                text("title"),
                text("level"),
                row["rated_items"],
                text("origin"),
            )
        })
        .collect()
}

#[test]
fn the_markdown_and_table_listings_show_what_the_json_listing_does() {
    let dir = tempfile::tempdir().unwrap();
    let shadow = std::fs::read_to_string(fixture("valid/tiny-role.yaml"))
        .unwrap()
        .replace("id: tiny-role", "id: senior-devops-engineer-management");
    std::fs::write(dir.path().join("shadow.yaml"), shadow).unwrap();
    std::fs::copy(
        fixture("valid/custom-scale.yaml"),
        dir.path().join("custom.yaml"),
    )
    .unwrap();
    let builtin_only: &[&std::path::Path] = &[];
    for folders in [builtin_only, &[dir.path()]] {
        let with = |format: &str| {
            let mut args = vec!["profiles", "--format", format];
            if !folders.is_empty() {
                args.push("--profiles");
            }
            run_paths(&args, folders)
        };
        let json = with("json");
        assert_eq!(json.code, 0, "{}", json.stderr);
        let expected = markdown_rows_of_json(&json.stdout);
        // The built-in FEDIP profile, the framework's 201, and the folder's.
        assert_eq!(expected.len(), 1 + 201 + folders.len());
        let markdown = with("markdown");
        assert_eq!(markdown.code, 0, "{}", markdown.stderr);
        let rows: Vec<&str> = markdown.stdout.lines().skip(2).collect();
        assert_eq!(rows, expected, "{}", markdown.stdout);
        let table = with("table");
        assert_eq!(table.code, 0, "{}", table.stderr);
        let rows: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
        for row in rows.as_array().unwrap() {
            let id = row["id"].as_str().unwrap();
            let line = table
                .stdout
                .lines()
                .find(|line| line.split_whitespace().any(|word| word == id))
                .unwrap_or_else(|| panic!("{id} not in\n{}", table.stdout));
            let items = format!(" {} ", row["rated_items"]);
            assert!(line.contains(&items), "{line}");
        }
    }
}

#[test]
fn the_listing_at_80_columns_keeps_every_word_of_titles_and_levels_whole() {
    // Issue 11: "Senior – management" was printed "managemen" / "t". Beside
    // the built-in profile's 33-column id, the other columns have just the
    // room for their longest words ("Management", "management").
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture("valid/tiny-role.yaml"))
        .unwrap()
        .replace("id: tiny-role", "id: ops-lead")
        .replace(
            "title: Tiny Role",
            "title: Principal Platform Operations Lead for Critical Networks\nlevel: Principal – operations",
        );
    std::fs::write(dir.path().join("x.yaml"), text).unwrap();
    let result = in_dir(dir.path(), &["profiles", "--profiles", "."]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let mut words = std::collections::HashSet::new();
    for line in result.stdout.lines() {
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= 80,
            "{line}\n{}",
            result.stdout
        );
        words.extend(line.split([' ', ';']).filter(|w| !w.is_empty()));
    }
    for text in [
        "Senior DevOps Engineer – Management",
        "Senior – management",
        "Principal Platform Operations Lead for Critical Networks",
        "Principal – operations",
        "./x.yaml",
        "ddat-principal-devops-engineer-management",
    ] {
        for word in text.split_whitespace() {
            assert!(
                words.contains(word),
                "{word:?} (of {text:?}) is not whole:\n{}",
                result.stdout
            );
        }
    }
}

#[test]
fn the_whole_framework_is_listed_by_family_and_role_in_ladder_order_with_the_default_first() {
    let result = run(&["profiles"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let out = &result.stdout;
    assert!(
        out.starts_with("Default (assess uses it when no profile is named)\n"),
        "{out}"
    );
    let devops = out
        .split("\n\n")
        .find(|group| {
            group.starts_with("Software development › Development operations (DevOps) engineer\n")
        })
        .unwrap_or_else(|| panic!("no DevOps ladder in\n{out}"));
    let ladder: Vec<(&str, &str)> = devops
        .lines()
        .skip(1)
        .map(|line| {
            let mut words = line.split_whitespace();
            (words.next().unwrap(), words.next().unwrap())
        })
        .collect();
    assert_eq!(
        ladder,
        [
            ("1", "ddat-apprentice-devops-engineer"),
            ("2", "ddat-junior-devops-engineer"),
            ("3", "ddat-devops-engineer"),
            ("4", "ddat-senior-devops-engineer"),
            ("4", "ddat-senior-devops-engineer-management"),
            ("5", "ddat-lead-devops-engineer"),
            ("5", "ddat-lead-devops-engineer-management"),
            ("6", "ddat-principal-devops-engineer"),
            ("6", "ddat-principal-devops-engineer-management"),
        ]
    );
    let senior = devops
        .lines()
        .find(|line| line.contains("ddat-senior-devops-engineer-management"))
        .unwrap();
    assert!(senior.ends_with("10 items  management"), "{devops}");
}

#[test]
fn a_family_or_a_search_word_narrows_the_list_and_json_carries_the_ladder_place() {
    let json = |args: &[&str]| -> Vec<serde_json::Value> {
        let mut all = vec!["profiles", "--format", "json"];
        all.extend_from_slice(args);
        let result = run(&all);
        assert_eq!(result.code, 0, "{}", result.stderr);
        serde_json::from_str(&result.stdout).unwrap()
    };
    let data = json(&["--family", "DATA"]);
    assert!(!data.is_empty());
    assert!(data.iter().all(|row| row["family"] == "Data"), "{data:?}");
    let by_slug = json(&["--family", "user-centred-design"]);
    assert!(
        by_slug
            .iter()
            .all(|row| row["family"] == "User-centred design")
    );

    // A word in a title or id, any case, with the default first.
    let devops = json(&["DevOps"]);
    assert_eq!(devops[0]["id"], "senior-devops-engineer-management");
    assert_eq!(devops[0]["default"], true);
    assert_eq!(devops[0]["family"], "Software development");
    assert_eq!(
        devops[0]["role"],
        "Development operations (DevOps) engineer"
    );
    assert_eq!(devops[0]["rank"], 4);
    assert_eq!(devops[0]["track"], "management");
    assert_eq!(devops.len(), 1 + 9);
    // A word in a skill: every profile that rates "Ethics and privacy".
    let ethics = json(&["ethics and privacy"]);
    assert!(
        ethics
            .iter()
            .any(|row| row["id"] == "ddat-data-ethics-lead")
    );
    assert!(!ethics.iter().any(|row| row["id"] == "ddat-devops-engineer"));
    for row in &ethics {
        let id = row["id"].as_str().unwrap();
        let shown = run(&["show", id, "--format", "json"]);
        assert!(
            shown.stdout.to_lowercase().contains("ethics and privacy"),
            "{id}"
        );
    }
}

#[test]
fn an_unknown_family_is_exit_2_naming_the_families_and_the_closest() {
    let result = run(&["profiles", "--family", "daat"]);
    assert_eq!(result.code, 2);
    assert!(
        result
            .stderr
            .contains("no role family `daat`; did you mean `Data`?"),
        "{}",
        result.stderr
    );
    assert!(
        result.stderr.contains("Software development"),
        "{}",
        result.stderr
    );
    let none = run(&["profiles", "no-such-word-anywhere"]);
    assert_eq!(none.code, 0);
    assert!(
        none.stderr
            .contains("no profile matches `no-such-word-anywhere`")
    );
}

#[test]
fn a_huge_search_word_or_family_with_escapes_is_said_back_briefly_and_neutralised() {
    let word = format!("\u{1b}[31m{}", "a".repeat(100_000));
    let out = run(&["profiles", &word]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("no profile matches `\\u{1b}[31maaa"),
        "{}",
        &out.stderr[..200.min(out.stderr.len())]
    );
    assert!(out.stderr.len() < 1000, "{} bytes said", out.stderr.len());
    let out = run(&["profiles", "--family", &word]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("no role family `"),
        "{}",
        &out.stderr[..200.min(out.stderr.len())]
    );
    assert!(out.stderr.len() < 2000, "{} bytes said", out.stderr.len());
    assert!(!out.stderr.contains('\u{1b}'));
}
