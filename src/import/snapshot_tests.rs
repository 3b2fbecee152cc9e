//! Snapshots of the whole import of every page in
//! `tests/fixtures/import/` (the source page among them, a byte-for-byte
//! copy of the published page): the profile YAML, the notes and the
//! unplaced lines, exactly as the library returns them. They pin the
//! import's output so that a restructuring of the reader shows any change
//! byte for byte. They must not test the command line (`tests/cli` does).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::import;

/// Every `.txt` page in the import fixtures, sorted by name.
fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the import fixtures folder")
        .map(|entry| entry.expect("a fixture entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    pages.sort();
    pages
}

/// The import of `text` as one document: the YAML, then every note and
/// unplaced line with its line number.
fn imported(text: &str) -> String {
    let imported = match import(text, None) {
        Ok(imported) => imported,
        Err(e) => return format!("not a profile: {e}\n"),
    };
    let mut out = crate::yaml::to_string(&imported.profile, &[]).expect("profile YAML");
    out.push_str("--- notes\n");
    for note in &imported.notes {
        let _ = writeln!(out, "{}: {}", note.line, note.message);
    }
    out.push_str("--- unplaced\n");
    for unplaced in &imported.unplaced {
        let _ = writeln!(out, "{}: {}", unplaced.line, unplaced.text);
    }
    out
}

#[test]
fn every_fixture_page_imports_as_snapshotted() {
    let pages = fixtures();
    assert!(pages.len() >= 5, "the import fixtures are missing");
    for page in pages {
        let text = std::fs::read_to_string(&page).expect("a fixture page");
        let name = page
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a fixture name");
        insta::assert_snapshot!(format!("import_{name}"), imported(&text));
    }
}
