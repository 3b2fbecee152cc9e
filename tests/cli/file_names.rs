//! The default file name of `assess`: `<profile-id>-<person>[-<assessor>
//! [-<assessor-name>]]-<date>.yaml`, with slugs bounded so that no name a
//! person gives can make the save fail.

use std::path::Path;

fn assess_in(dir: &Path, extra: &[&str]) -> crate::common::Run {
    std::fs::write(dir.join("ratings.yaml"), "devops: familiar\n").unwrap();
    crate::common::skillgap()
        .args(["assess", "--answers", "ratings.yaml", "--format", "json"])
        .args(extra)
        .current_dir(dir)
        .output()
        .unwrap()
        .into()
}

/// The one assessment file `assess` wrote in `dir`.
fn saved_name(dir: &Path) -> String {
    let names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "ratings.yaml")
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    names[0].clone()
}

#[test]
fn a_very_long_name_saves_under_a_file_name_that_fits() {
    let latin = "Maximilian Alexander ".repeat(20);
    let cjk = "张".repeat(400);
    for name in [latin.trim(), cjk.as_str()] {
        let dir = tempfile::tempdir().unwrap();
        let result = assess_in(dir.path(), &["--name", name]);
        assert_eq!(result.code, 0, "{}", result.stderr);
        let file = saved_name(dir.path());
        assert!(file.len() <= 230, "{} bytes: {file}", file.len());
        assert!(
            file.starts_with("senior-devops-engineer-management-"),
            "{file}"
        );
        // Only the file name is shortened: the person keeps the whole name.
        let saved = std::fs::read_to_string(dir.path().join(&file)).unwrap();
        assert!(saved.contains(name), "{saved}");
        let report: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
        assert_eq!(report["person"], name);
    }
}

#[test]
fn another_assessor_is_part_of_the_default_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let result = assess_in(
        dir.path(),
        &[
            "--name",
            "Alex Morgan",
            "--assessor",
            "manager",
            "--assessor-name",
            "Kim Lee",
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let file = saved_name(dir.path());
    assert!(
        file.starts_with("senior-devops-engineer-management-alex-morgan-manager-kim-lee-20"),
        "{file}"
    );
}

#[test]
fn a_very_long_assessor_name_saves_too() {
    let dir = tempfile::tempdir().unwrap();
    let assessor = "Kim Lee ".repeat(60);
    let person = "Alex Morgan ".repeat(40);
    let result = assess_in(
        dir.path(),
        &[
            "--name",
            person.trim(),
            "--assessor",
            "peer",
            "--assessor-name",
            assessor.trim(),
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let file = saved_name(dir.path());
    assert!(file.len() <= 230, "{} bytes: {file}", file.len());
    assert!(file.contains("-peer-kim-lee-"), "{file}");
}

#[test]
fn a_profile_with_a_very_long_id_saves_under_a_file_name_that_fits() {
    let dir = tempfile::tempdir().unwrap();
    let profiles = dir.path().join("profiles");
    std::fs::create_dir(&profiles).unwrap();
    let id = "role-".repeat(60) + "x";
    let tiny = std::fs::read_to_string(crate::common::fixture("valid/tiny-role.yaml")).unwrap();
    std::fs::write(
        profiles.join("long.yaml"),
        tiny.replace("id: tiny-role", &format!("id: {id}")),
    )
    .unwrap();
    std::fs::write(dir.path().join("ratings.yaml"), "testing: familiar\n").unwrap();
    let result: crate::common::Run = crate::common::skillgap()
        .args(["--profiles", "profiles", "assess", &id])
        .args([
            "--answers",
            "ratings.yaml",
            "--name",
            "Kim Lee",
            "--assessor",
        ])
        .args(["manager", "--assessor-name", &"Carol ".repeat(20)])
        .current_dir(dir.path())
        .output()
        .unwrap()
        .into();
    assert_eq!(result.code, 0, "{}", result.stderr);
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "profiles" && n != "ratings.yaml")
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(
        names[0].len() <= 230,
        "{} bytes: {}",
        names[0].len(),
        names[0]
    );
    // The file name is shortened, never the id the file refers to.
    let saved = std::fs::read_to_string(dir.path().join(&names[0])).unwrap();
    assert!(saved.contains(&format!("profile: {id}\n")), "{saved}");
}
