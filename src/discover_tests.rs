//! Unit tests of `discover`.

use super::*;

#[test]
fn a_walked_folder_lists_its_files_in_path_order() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let names = [
        "a-b.yaml",
        "a/z.yaml",
        "a.yaml",
        "B.yaml",
        "sub/deeper/x.yaml",
        "sub.yaml",
        "sub/a.yaml",
        "z/.hidden.yaml",
        ".hidden/y.yaml",
    ];
    for name in names {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, "x: 1\n").unwrap();
    }
    let mut expected: Vec<PathBuf> = names
        .iter()
        .filter(|name| !name.contains("/.") && !name.starts_with('.'))
        .map(|name| root.join(name))
        .collect();
    expected.sort();
    // Given twice, and through a second spelling: each file once.
    let found = discover(&[root.to_owned(), root.join("sub/../sub")]);
    assert!(found.errors.is_empty(), "{:?}", found.errors);
    assert_eq!(found.files, expected);
}

#[test]
fn folders_globs_and_files_give_sorted_unique_yaml_files() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir(root.join("sub")).unwrap();
    for name in ["b.yaml", "a.yml", "sub/c.yaml", "notes.txt"] {
        std::fs::write(root.join(name), "x: 1\n").unwrap();
    }
    let found = discover(&[root.to_owned(), root.join("b.yaml"), root.join("*.yaml")]);
    assert!(found.errors.is_empty(), "{:?}", found.errors);
    let names: Vec<_> = found
        .files
        .iter()
        .map(|p| p.strip_prefix(root).unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["a.yml", "b.yaml", "sub/c.yaml"]);
}

#[test]
fn the_same_file_spelled_twice_counts_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), "x: 1\n").unwrap();
    let found = discover(&[
        dir.path().join("a.yaml"),
        dir.path().join(".").join("a.yaml"),
        dir.path().to_owned(),
    ]);
    assert_eq!(found.files, [dir.path().join("a.yaml")]);
}

#[test]
fn special_files_and_link_loops_are_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.yaml");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
    let found = discover(&[dir.path().to_owned()]);
    assert!(found.files.is_empty());
    assert_eq!(found.errors.len(), 1);
    assert_eq!(found.errors[0].reason, "not a regular file");
}

#[test]
fn a_missing_path_is_an_error_naming_it() {
    let found = discover(&[PathBuf::from("/no/such/place")]);
    assert!(found.files.is_empty());
    assert_eq!(
        found.errors[0].to_string(),
        "/no/such/place: no such file or folder"
    );
}
