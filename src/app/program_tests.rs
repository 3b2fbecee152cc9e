//! Unit tests of `program`.

use super::{Invocation, name_for};
use std::path::{Path, PathBuf};

/// A folder holding an executable file named `skillgap`.
fn installed() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let exe = dir.path().join("skillgap");
    std::fs::write(&exe, "").unwrap();
    (dir, exe)
}

fn name(argv0: &Path, exe: &Path, path_var: &Path, cwd: &Path) -> PathBuf {
    name_for(&Invocation {
        argv0: Some(argv0),
        exe: Some(exe),
        path_var: Some(path_var.as_os_str()),
        cwd: Some(cwd),
    })
}

#[test]
fn a_bare_name_is_kept_as_typed() {
    let (dir, exe) = installed();
    let named = name(
        Path::new("skillgap"),
        &exe,
        Path::new("/nowhere"),
        dir.path(),
    );
    assert_eq!(named, Path::new("skillgap"));
}

#[test]
fn a_path_to_the_copy_on_path_prints_the_bare_name() {
    let (dir, exe) = installed();
    let named = name(&exe, &exe, dir.path(), Path::new("/"));
    assert_eq!(named, Path::new("skillgap"));
}

#[test]
fn a_path_not_on_path_is_printed_relative_to_the_current_folder() {
    let (dir, exe) = installed();
    let elsewhere = tempfile::tempdir().unwrap();
    let (other, _) = installed();
    // PATH finds another skillgap, not this one.
    let named = name(&exe, &exe, other.path(), dir.path().parent().unwrap());
    assert_eq!(
        named,
        Path::new(dir.path().file_name().unwrap()).join("skillgap")
    );
    let named = name(&exe, &exe, other.path(), dir.path());
    assert_eq!(named, Path::new("./skillgap"));
    let named = name(&exe, &exe, other.path(), elsewhere.path());
    assert_eq!(named, exe);
}

#[test]
fn a_relative_path_is_kept_as_typed() {
    let (dir, exe) = installed();
    let named = name(
        Path::new("target/debug/skillgap"),
        &exe,
        Path::new("/nowhere"),
        dir.path(),
    );
    assert_eq!(named, Path::new("target/debug/skillgap"));
}
