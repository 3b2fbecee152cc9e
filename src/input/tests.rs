//! Tests of reading input: the cap of each kind, only regular files
//! opened, and each error worded as users see it.

use std::path::{Path, PathBuf};

use super::{InputError, Kind, Problem, Source, read, read_text};

fn unreadable(path: &Path) -> String {
    match read(Source::File(path), Kind::Yaml) {
        Err(InputError {
            problem: Problem::Unreadable(reason),
            ..
        }) => reason,
        other => panic!("{path:?}: {other:?}"),
    }
}

#[test]
fn each_kind_has_its_cap() {
    assert_eq!(Kind::Yaml.cap(), 1024 * 1024);
    assert_eq!(Kind::PageText.cap(), 1024 * 1024);
    assert_eq!(Kind::FrameworkCsv.cap(), 16 * 1024 * 1024);
}

#[test]
fn a_file_is_read_whole_up_to_one_byte_past_the_cap() {
    let dir = tempfile::tempdir().unwrap();
    let cap = usize::try_from(Kind::Yaml.cap()).unwrap();
    for size in [0, 1, 8191, 8192, 100_000, cap, cap + 1, cap + 5000] {
        let path = dir.path().join(format!("{size}.yaml"));
        let text: Vec<u8> = b"abcdefghijklmnopqrstuvwxyz"
            .iter()
            .copied()
            .cycle()
            .take(size)
            .collect();
        std::fs::write(&path, &text).unwrap();
        let read = read(Source::File(&path), Kind::Yaml).unwrap();
        assert_eq!(read.len(), size.min(cap + 1), "{size}");
        assert_eq!(read, text[..read.len()], "{size}");
    }
}

#[test]
fn a_framework_csv_may_be_larger_than_a_page() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("framework.csv");
    let size = usize::try_from(Kind::PageText.cap()).unwrap() * 2;
    std::fs::write(&path, "a".repeat(size)).unwrap();
    assert_eq!(
        read_text(Source::File(&path), Kind::FrameworkCsv)
            .unwrap()
            .len(),
        size
    );
    let error = read_text(Source::File(&path), Kind::PageText).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!("{} is larger than the 1024 KiB limit", path.display())
    );
}

#[test]
fn text_over_the_cap_or_not_utf8_is_refused_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.txt");
    std::fs::write(&path, b"caf\xc3\xa9 \xff").unwrap();
    let error = read_text(Source::File(&path), Kind::PageText).unwrap_err();
    assert_eq!(error.problem, Problem::NotUtf8 { offset: 6 });
    assert_eq!(
        error.to_string(),
        format!(
            "{} is not UTF-8 text (invalid byte at offset 6)",
            path.display()
        )
    );
    std::fs::write(&path, "a".repeat(1024 * 1024)).unwrap();
    assert!(read_text(Source::File(&path), Kind::PageText).is_ok());
    std::fs::write(&path, "a".repeat(1024 * 1024 + 1)).unwrap();
    let error = read_text(Source::File(&path), Kind::PageText).unwrap_err();
    assert_eq!(error.problem, Problem::TooLarge { cap: 1024 * 1024 });
}

#[test]
fn an_unreadable_file_is_named_with_the_reason() {
    let error = read(Source::File(Path::new("/no/such/page.txt")), Kind::PageText).unwrap_err();
    assert_eq!(
        error.to_string(),
        "cannot read /no/such/page.txt: no such file or folder"
    );
    let stdin = InputError {
        name: Source::Stdin.name(),
        problem: Problem::TooLarge {
            cap: Kind::PageText.cap(),
        },
    };
    assert_eq!(
        stdin.to_string(),
        "standard input is larger than the 1024 KiB limit"
    );
}

#[test]
fn only_regular_files_are_opened_for_reading() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.yaml");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    std::os::unix::fs::symlink(&fifo, dir.path().join("link.yaml")).unwrap();
    std::fs::write(dir.path().join("file.yaml"), "x: 1\n").unwrap();
    for refused in [
        fifo,
        dir.path().join("link.yaml"),
        PathBuf::from("/dev/null"),
    ] {
        assert_eq!(unreadable(&refused), "not a regular file", "{refused:?}");
    }
    assert_eq!(unreadable(dir.path()), "is a folder, not a file");
    assert_eq!(
        read(Source::File(&dir.path().join("file.yaml")), Kind::Yaml).unwrap(),
        b"x: 1\n"
    );
}
