//! `skillgap import --ddat`: the framework's CSV files made into the
//! library under `profiles/ddat/`, its exit codes, and what it never does
//! to a folder.

use std::path::{Path, PathBuf};

use crate::common::{root, run_paths};

fn roles() -> PathBuf {
    root().join("data/ddat/role-content.csv")
}

fn skills() -> PathBuf {
    root().join("data/ddat/skill-descriptions.csv")
}

/// `import --released 2024-10-22 EXTRA --ddat ROLES [--skills SKILLS] --out-dir OUT`.
fn import(roles: &Path, skills: Option<&Path>, out: &Path, extra: &[&str]) -> crate::common::Run {
    let mut command = crate::common::skillgap();
    command
        .args(["import", "--released", "2024-10-22"])
        .args(extra)
        .arg("--ddat")
        .arg(roles);
    if let Some(skills) = skills {
        command.arg("--skills").arg(skills);
    }
    command.arg("--out-dir").arg(out);
    command.output().unwrap().into()
}

/// The run stopped with exit 2, saying `says`.
fn refused(result: &crate::common::Run, says: &str) {
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(result.stderr.contains(says), "{says}:\n{}", result.stderr);
}

/// Every file under `dir`, by path relative to it, with its bytes.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                found.push((path.strip_prefix(dir).unwrap().to_path_buf(), bytes));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn the_committed_library_is_exactly_what_the_vendored_data_makes() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ddat");
    let result = import(&roles(), Some(&skills()), &out, &[]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let made = files(&out);
    assert_eq!(made.len(), 201);
    let committed = files(&root().join("profiles/ddat"));
    let names =
        |list: &[(PathBuf, Vec<u8>)]| list.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&made),
        names(&committed),
        "regenerate profiles/ddat (README: The framework library)"
    );
    for ((path, made), (_, committed)) in made.iter().zip(&committed) {
        assert!(
            made == committed,
            "profiles/ddat/{} differs from what data/ddat makes; regenerate it (README: The framework library)",
            path.display()
        );
    }
}

#[test]
fn it_says_every_blemish_with_its_line_and_exits_1_only_with_strict() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("lib");
    let result = import(&roles(), Some(&skills()), &out, &[]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let stderr = &result.stderr;
    let roles_file = roles().display().to_string();
    for expected in [
        "the skill description is `MISSING`",
        "the skill description is empty",
        "exactly; merged into it",
        "U+2028 line separators; made line breaks",
        "`Role Level` has spaces around it; trimmed",
        "level is \"currently not defined\"; kept empty",
        "level is empty; kept empty",
        "is NOT IN USE in the framework",
        "on the `Data scientist` ladder, `Principal data scientist` requires less than `Lead data scientist` below it",
    ] {
        assert!(stderr.contains(expected), "{expected}:\n{stderr}");
    }
    // Each finding of the role file names the file and its line.
    let missing = stderr.lines().find(|l| l.contains("`MISSING`")).unwrap();
    let line: u64 = missing
        .strip_prefix(&format!("{roles_file}:"))
        .and_then(|rest| rest.split(':').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no line: {missing}"));
    let text = std::fs::read_to_string(roles()).unwrap();
    let at = usize::try_from(line).unwrap() - 1;
    let record: Vec<&str> = text.lines().skip(at).take(40).collect();
    assert!(
        record.iter().any(|l| l.contains(",MISSING,")),
        "line {line} starts no row with MISSING"
    );
    // The four chief roles: once each.
    assert_eq!(stderr.matches("is NOT IN USE in the framework").count(), 4);
    assert!(
        stderr.ends_with("(--strict makes them exit 1)\n"),
        "{stderr}"
    );
    assert!(stderr.contains("wrote 201 profiles in 7 family folders to "));

    let strict = import(
        &roles(),
        Some(&skills()),
        &dir.path().join("strict"),
        &["--strict"],
    );
    assert_eq!(strict.code, 1, "{}", strict.stderr);
    assert!(
        dir.path()
            .join("strict/data/ddat-data-analyst.yaml")
            .is_file(),
        "still written"
    );
}

#[test]
fn a_second_run_changes_nothing_and_a_persons_file_is_never_touched() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("lib");
    assert_eq!(import(&roles(), Some(&skills()), &out, &["-q"]).code, 0);
    let notes = out.join("NOTES.md");
    std::fs::write(&notes, "our own notes\n").unwrap();
    let mine = out.join("data/our-own-role.yaml");
    std::fs::write(&mine, "id: our-own-role\n").unwrap();
    let inode =
        |path: &Path| std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(path).unwrap());
    let (notes_inode, mine_inode) = (inode(&notes), inode(&mine));
    let before = files(&out);
    let again = import(&roles(), Some(&skills()), &out, &[]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(files(&out), before, "same input, same bytes");
    assert_eq!(inode(&notes), notes_inode, "the very same file");
    assert_eq!(inode(&mine), mine_inode);
    assert!(
        again
            .stderr
            .contains("leaving 2 files of a person's as they were")
    );
    // Nothing is left beside the folder.
    let beside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(beside, ["lib"]);
}

#[test]
fn a_hand_written_file_where_a_profile_goes_is_replaced_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("lib");
    assert_eq!(import(&roles(), None, &out, &["-q"]).code, 0);
    let target = out.join("data/ddat-data-analyst.yaml");
    std::fs::write(&target, "id: ddat-data-analyst\n# edited by hand\n").unwrap();
    let refused = import(&roles(), None, &out, &["-q"]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(
        refused.stderr.contains("data/ddat-data-analyst.yaml")
            && refused.stderr.contains("--force"),
        "{}",
        refused.stderr
    );
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "id: ddat-data-analyst\n# edited by hand\n",
        "nothing written"
    );
    let forced = import(&roles(), None, &out, &["-q", "--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .starts_with("# Generated by `skillgap import --ddat`")
    );
}

#[test]
fn a_level_gone_from_a_new_release_is_kept_retired_and_a_renamed_one_keeps_its_id() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("lib");
    assert_eq!(import(&roles(), None, &out, &["-q"]).code, 0);
    // The next release: Incident manager's levels go; Trainee data
    // scientist is renamed Apprentice data scientist.
    let text = std::fs::read_to_string(roles()).unwrap();
    let mut next = String::new();
    let mut record = String::new();
    for line in text.split_inclusive('\n') {
        record.push_str(line);
        // A record ends where its quotes are balanced.
        if record.matches('"').count().is_multiple_of(2) {
            if !record.starts_with("IT operations,Incident manager,") {
                next.push_str(
                    &record.replace("Trainee data scientist", "Apprentice data scientist"),
                );
            }
            record.clear();
        }
    }
    let next_file = dir.path().join("next.csv");
    std::fs::write(&next_file, next).unwrap();
    let result = import(&next_file, None, &out, &[]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains("`ddat-incident-manager` is not in this release; kept, marked retired"),
        "{}",
        result.stderr
    );
    let retired =
        std::fs::read_to_string(out.join("it-operations/ddat-incident-manager.yaml")).unwrap();
    assert!(retired.contains("\nretired: true\n"), "{retired}");
    assert!(!out.join("data/ddat-trainee-data-scientist.yaml").exists());
    let renamed =
        std::fs::read_to_string(out.join("data/ddat-apprentice-data-scientist.yaml")).unwrap();
    assert!(
        renamed.contains("\naliases:\n  - ddat-trainee-data-scientist\n"),
        "{renamed}"
    );
    let validate = run_paths(&["validate", "--strict"], &[&out]);
    assert_eq!(validate.code, 0, "{}", validate.stdout);
}

#[test]
fn input_that_is_not_the_framework_is_exit_2_with_its_line_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let header = HEADER;
    let row = "Data,Data analyst,A role.,Data analyst,A level.,Data modelling,Models.,Working,You can model.,\n";
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "renamed column",
            format!("{}{row}", header.replace("Skill Level,", "Level,")).into_bytes(),
            "expected Role Family, Role, Role Description, Role Level, Role Level Description, Skill Name, Skill Description, Skill Level, Skill Level Description, Role Type; found",
        ),
        (
            "missing column",
            format!("{}{row}", header.replace(",Role Type", "")).into_bytes(),
            "has other columns than the framework's",
        ),
        (
            "unknown level",
            format!("{header}{}", row.replace("Working", "Superb")).into_bytes(),
            "line 2: `Superb` is not a skill level",
        ),
        (
            "empty role level",
            format!(
                "{header}{}",
                row.replace("A role.,Data analyst,", "A role.,,")
            )
            .into_bytes(),
            "an empty `Role Level` at line 2",
        ),
        (
            "a NUL",
            format!("{header}{}", row.replace("Models.", "Mod\0els.")).into_bytes(),
            "at line 2: a NUL byte",
        ),
        (
            "not UTF-8",
            [
                header.as_bytes(),
                b"Data,Data analyst,A r\xffole.,Data analyst,x,y,z,Working,w,\n",
            ]
            .concat(),
            "line 2",
        ),
    ];
    for (name, bytes, expected) in cases {
        let file = dir.path().join("roles.csv");
        std::fs::write(&file, bytes).unwrap();
        let out = dir.path().join("out");
        let result = import(&file, None, &out, &[]);
        assert_eq!(result.code, 2, "{name}: {}", result.stderr);
        assert!(
            result.stderr.contains(expected),
            "{name}: {}",
            result.stderr
        );
        assert!(!result.stderr.contains("panicked"), "{name}");
        assert!(!out.exists(), "{name}: nothing written");
    }
    // Over the 16 MiB cap: refused without reading it all.
    let big = dir.path().join("big.csv");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(16 * 1024 * 1024 + 1).unwrap();
    let result = import(&big, None, &dir.path().join("out"), &[]);
    refused(&result, "is larger than the 16384 KiB limit");
}

const HEADER: &str = "Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description,Role Type\n";

/// A role file of `(family, role, level, skill)` rows, each Working.
fn role_file(dir: &Path, rows: &[(&str, &str, &str, &str)]) -> PathBuf {
    let quote = |cell: &str| format!("\"{}\"", cell.replace('"', "\"\""));
    let mut text = HEADER.to_owned();
    for (family, role, level, skill) in rows {
        text.push_str(&format!(
            "{},{},A role.,{},A level.,{},Does it.,Working,You can.,\n",
            quote(family),
            quote(role),
            quote(level),
            quote(skill)
        ));
    }
    let path = dir.join("roles.csv");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_name_with_no_letter_or_digit_for_an_id_is_exit_2_with_its_line_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    for (rows, expected) in [
        (
            ("!!!", "Role", "Analyst", "Skill"),
            "`Role Family` at line 2 is `!!!`",
        ),
        (
            ("Data", "Role", "\u{2028}-- ", "Skill"),
            "`Role Level` at line 2",
        ),
        (("Data", "Role", "Analyst", ".."), "`Skill Name` at line 2"),
    ] {
        let file = role_file(dir.path(), &[rows]);
        let result = import(&file, None, &out, &[]);
        assert_eq!(result.code, 2, "{expected}: {}", result.stderr);
        assert!(result.stderr.contains(expected), "{}", result.stderr);
        assert!(
            result.stderr.contains("no letter or digit"),
            "{}",
            result.stderr
        );
        assert!(!out.exists(), "{expected}: nothing written");
    }
}

#[test]
fn a_level_name_too_long_for_a_file_name_gets_a_cut_id_said_briefly_and_validates() {
    let dir = tempfile::tempdir().unwrap();
    let long = "Very long level ".repeat(6400);
    let file = role_file(
        dir.path(),
        &[
            ("Data", "Role", &long, "Skill"),
            ("Data", "Other role", &long, "Skill"),
        ],
    );
    let out = dir.path().join("out");
    let result = import(&file, None, &out, &[]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(
        result.stderr.contains("is too long for a file name"),
        "{}",
        result.stderr
    );
    // The name is said briefly, not 100 KiB on every line.
    assert!(result.stderr.len() < 4000, "{} bytes", result.stderr.len());
    let written = files(&out);
    assert_eq!(written.len(), 2, "both levels, the second with a suffix");
    for (path, _) in &written {
        let name = path.file_name().unwrap().len();
        assert!(name <= 255, "{name} bytes: {}", path.display());
    }
    let checked = run_paths(&["validate"], &[&out]);
    assert_eq!(checked.code, 0, "{}", checked.stderr);
}

#[test]
fn findings_about_names_show_escape_characters_neutralised_and_the_yaml_stays_valid() {
    let dir = tempfile::tempdir().unwrap();
    let level = "Senior \u{1b}[31mred\u{1b}]0;title\u{7} analyst";
    let file = role_file(
        dir.path(),
        &[
            ("Data", "Role", level, "Skill \u{1b}[2J"),
            ("Data", "Other role", level, "Skill \u{1b}[2J"),
        ],
    );
    let out = dir.path().join("out");
    let result = import(&file, None, &out, &[]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains("makes the id `ddat-senior-31mred-0-title-analyst`"),
        "{}",
        result.stderr
    );
    assert!(
        !result.stderr.contains('\u{1b}') && !result.stderr.contains('\u{7}'),
        "{:?}",
        result.stderr
    );
    let checked = run_paths(&["validate"], &[&out]);
    assert_eq!(checked.code, 0, "{}", checked.stderr);
}

#[test]
fn an_out_dir_that_names_no_folder_of_its_own_is_refused_before_anything_is_read() {
    let dir = tempfile::tempdir().unwrap();
    role_file(dir.path(), &[("Data", "Role", "Analyst", "Skill")]);
    let before = files(dir.path());
    for out in [".", "..", "/", "./"] {
        let result: crate::common::Run = crate::common::skillgap()
            .current_dir(dir.path())
            .args(["import", "--ddat", "roles.csv", "--out-dir", out])
            .output()
            .unwrap()
            .into();
        assert_eq!(result.code, 2, "{out}: {}", result.stderr);
        assert!(
            result.stderr.contains("names no folder of its own"),
            "{out}: {}",
            result.stderr
        );
        assert_eq!(files(dir.path()), before, "{out}: nothing written");
    }
}

#[test]
fn a_level_too_big_for_a_profile_file_is_exit_2_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let skills: Vec<String> = (0..3000)
        .map(|i| format!("Skill {i} {}", "long ".repeat(60)))
        .collect();
    let rows: Vec<(&str, &str, &str, &str)> = skills
        .iter()
        .map(|skill| ("Data", "Role", "Analyst", skill.as_str()))
        .collect();
    let file = role_file(dir.path(), &rows);
    let out = dir.path().join("out");
    let result = import(&file, None, &out, &[]);
    refused(&result, "the profile `ddat-analyst` would be");
    assert!(!out.exists(), "nothing written");
}

#[test]
fn a_signal_during_the_folder_swap_lets_it_finish_and_leaves_nothing_beside() {
    use std::os::unix::process::ExitStatusExt as _;
    let dir = tempfile::tempdir().unwrap();
    let file = role_file(dir.path(), &[("Data", "Role", "Analyst", "Skill")]);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("mine.yaml"), "a person's\n").unwrap();
    let flag = dir.path().join("paused.flag");
    let mut child = crate::common::skillgap()
        .args(["import", "--ddat"])
        .arg(&file)
        .arg("--out-dir")
        .arg(&out)
        .env("SKILLGAP_TEST_PAUSE_IN_SAVE", &flag)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut paused = false;
    for _ in 0..6000 {
        if flag.exists() {
            paused = true;
            break;
        }
        assert!(child.try_wait().unwrap().is_none(), "ended before the swap");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(paused, "never reached the swap");
    let sent = std::process::Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(sent.success());
    std::thread::sleep(std::time::Duration::from_millis(200));
    std::fs::remove_file(&flag).unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.signal(), Some(15), "{output:?}");
    let beside: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert_eq!(beside, Vec::<String>::new(), "nothing left beside");
    assert_eq!(
        std::fs::read_to_string(out.join("mine.yaml")).unwrap(),
        "a person's\n"
    );
    assert!(
        out.join("data/ddat-analyst.yaml").exists(),
        "the swap finished"
    );
}

#[test]
fn a_persons_folders_in_the_out_dir_stay_with_their_modes_even_empty_and_nothing_is_left_beside() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let file = role_file(dir.path(), &[("Data", "Role", "Analyst", "Skill")]);
    let out = dir.path().join("out");
    std::fs::create_dir_all(out.join("empty")).unwrap();
    std::fs::create_dir_all(out.join("locked/inner")).unwrap();
    std::fs::write(out.join("locked/inner/notes.txt"), "mine\n").unwrap();
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o7777;
    let set = |path: &Path, bits: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(bits)).unwrap();
    };
    set(&out.join("empty"), 0o700);
    set(&out.join("locked/inner"), 0o555);
    for run in 0..2 {
        let result = import(&file, None, &out, &[]);
        assert_eq!(result.code, 0, "run {run}: {}", result.stderr);
        assert_eq!(mode(&out.join("empty")), 0o700, "run {run}");
        assert_eq!(mode(&out.join("locked/inner")), 0o555, "run {run}");
        assert_eq!(
            std::fs::read_to_string(out.join("locked/inner/notes.txt")).unwrap(),
            "mine\n"
        );
        let beside: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|name| name.to_string_lossy().starts_with('.'))
            .collect();
        assert!(beside.is_empty(), "run {run}: {beside:?}");
    }
    set(&out.join("locked/inner"), 0o755);
}

#[test]
fn an_out_dir_that_is_a_link_is_refused_saying_so() {
    let dir = tempfile::tempdir().unwrap();
    let file = role_file(dir.path(), &[("Data", "Role", "Analyst", "Skill")]);
    std::fs::create_dir(dir.path().join("real")).unwrap();
    std::os::unix::fs::symlink("real", dir.path().join("link")).unwrap();
    let result = import(&file, None, &dir.path().join("link"), &[]);
    refused(&result, "is a link; name the folder it points to");
    assert!(
        std::fs::read_dir(dir.path().join("real"))
            .unwrap()
            .next()
            .is_none()
    );
}

#[test]
fn a_file_with_the_header_that_no_longer_reads_stops_the_run_saying_where_and_why() {
    let dir = tempfile::tempdir().unwrap();
    let file = role_file(dir.path(), &[("Data", "Role", "Analyst", "Skill")]);
    let out = dir.path().join("out");
    assert_eq!(import(&file, None, &out, &["-q"]).code, 0);
    let profile = out.join("data/ddat-analyst.yaml");
    let mut text = std::fs::read_to_string(&profile).unwrap();
    text.push_str("hello: 1\n");
    std::fs::write(&profile, &text).unwrap();
    let result = import(&file, None, &out, &[]);
    refused(
        &result,
        "carries the importer's header but is not a profile it can read (line ",
    );
    assert!(
        result.stderr.contains("unknown field `hello`"),
        "{}",
        result.stderr
    );
    assert_eq!(
        std::fs::read_to_string(&profile).unwrap(),
        text,
        "left as it was"
    );
}

#[test]
fn a_link_where_a_profile_goes_is_a_persons_file_never_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let file = role_file(dir.path(), &[("Data", "Role", "Analyst", "Skill")]);
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "precious\n").unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir_all(out.join("data")).unwrap();
    std::os::unix::fs::symlink(&victim, out.join("data/ddat-analyst.yaml")).unwrap();
    let result = import(&file, None, &out, &[]);
    refused(&result, "would be replaced: data/ddat-analyst.yaml");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    let result = import(&file, None, &out, &["--force"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    let meta = std::fs::symlink_metadata(out.join("data/ddat-analyst.yaml")).unwrap();
    assert!(meta.is_file(), "the link replaced by the profile");
}

#[test]
fn a_link_where_a_family_folder_goes_never_takes_the_profiles_out_of_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = role_file(dir.path(), &[("Data", "Role", "Analyst", "Skill")]);
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::os::unix::fs::symlink(&elsewhere, out.join("data")).unwrap();
    let result = import(&file, None, &out, &[]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result.stderr.contains("would be replaced: data;"),
        "{}",
        result.stderr
    );
    let result = import(&file, None, &out, &["--force"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(
        std::fs::read_dir(&elsewhere).unwrap().next().is_none(),
        "nothing written outside the folder"
    );
    assert!(out.join("data/ddat-analyst.yaml").is_file());
}

#[test]
fn a_role_file_with_more_levels_than_a_framework_has_is_exit_2_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from(HEADER);
    for n in 0..2_001 {
        csv.push_str(&format!(
            "Data,Data analyst,A role.,Level {n},A level.,Data modelling,Models.,Working,You can model.,\n"
        ));
    }
    let file = dir.path().join("roles.csv");
    std::fs::write(&file, csv).unwrap();
    let out = dir.path().join("out");
    let result = import(&file, None, &out, &[]);
    refused(
        &result,
        "2001 role levels in use; a framework library holds at most 2000",
    );
    assert!(!out.exists());
}
