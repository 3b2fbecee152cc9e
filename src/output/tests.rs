//! Tests of saving: refusing what may not be replaced, keeping mode and
//! owner, never an empty file for content that could not be made, and
//! never losing content to another writer.

use std::fs::File;
use std::io::Write as _;
use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
use std::path::Path;

use super::{Reason, Target, WriteError};

const CONTENT: &[u8] = b"profile: some-profile\n";

fn save(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    Target::open(path)?.save(bytes)
}

fn temporary_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".skillgap-"))
        .collect()
}

#[test]
fn saving_replaces_the_file_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    std::fs::write(&path, "old").unwrap();
    save(&path, CONTENT).unwrap();
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("profile: ")
    );
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1);
}

#[test]
fn a_new_file_is_readable_by_others_and_a_replaced_one_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    save(&path, CONTENT).unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o644);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    save(&path, CONTENT).unwrap();
    assert_eq!(mode(&path), 0o640);
}

#[test]
fn a_missing_folder_is_found_before_anything_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing-folder").join("a.yaml");
    let error = Target::open(&path).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "cannot save {}: there is no folder {} to put it in",
            path.display(),
            dir.path().join("missing-folder").display()
        )
    );
    std::fs::write(dir.path().join("file"), "").unwrap();
    let under_a_file = dir.path().join("file").join("a.yaml");
    assert!(matches!(
        Target::open(&under_a_file).unwrap_err().reason,
        Reason::NoFolder(_) | Reason::Io(_)
    ));
    assert!(Target::open(Path::new("a-new-file.yaml")).is_ok());
    // A folder that may not be written (root may write any but a
    // read-only file system, so this part is for other users).
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
    if rustix::fs::access(&locked, rustix::fs::Access::WRITE_OK).is_err() {
        let error = Target::open(&locked.join("a.yaml")).unwrap_err();
        assert!(error.to_string().contains("permission denied"), "{error}");
    }
}

#[test]
fn a_failed_save_keeps_the_previous_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing-folder").join("a.yaml");
    let error = save(&path, CONTENT).unwrap_err();
    assert!(error.to_string().contains("there is no folder"), "{error}");
    // A path that is a folder cannot be replaced by the rename.
    let blocked = dir.path().join("blocked.yaml");
    std::fs::create_dir(&blocked).unwrap();
    std::fs::write(blocked.join("keep"), "x").unwrap();
    assert!(save(&blocked, CONTENT).is_err());
    assert!(blocked.join("keep").exists());
    assert_eq!(temporary_files(dir.path()), Vec::<String>::new());
}

#[test]
fn a_replaced_file_keeps_its_owner_when_root_replaces_it() {
    // Only root may give a file away; for anyone else there is nothing
    // to keep (they can only replace their own files' content).
    let dir = tempfile::tempdir().unwrap();
    if std::fs::metadata(dir.path()).unwrap().uid() != 0 {
        return;
    }
    let path = dir.path().join("a.yaml");
    std::fs::write(&path, "theirs\n").unwrap();
    std::os::unix::fs::chown(&path, Some(4321), Some(4322)).unwrap();
    Target::open(&path).unwrap().save(b"mine\n").unwrap();
    let meta = std::fs::metadata(&path).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (4321, 4322));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine\n");
}

#[test]
fn of_two_writers_that_saw_no_file_the_second_keeps_its_content_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    let mut first = Target::open(&path).unwrap();
    let mut second = Target::open(&path).unwrap();
    first.save(b"first\n").unwrap();
    let error = second.save(b"second\n").unwrap_err();
    let Reason::Changed { kept: Some(kept) } = &error.reason else {
        panic!("{error}");
    };
    assert_eq!(kept, &dir.path().join("a-2.yaml"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "first\n");
    assert_eq!(std::fs::read_to_string(kept).unwrap(), "second\n");
    assert!(error.to_string().contains("changed on disk"), "{error}");
    assert_eq!(temporary_files(dir.path()), Vec::<String>::new());
    // The first writer carries on: the file is still the one it saved.
    first.save(b"first again\n").unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "first again\n");
}

#[test]
fn of_two_writers_that_saw_the_same_file_only_the_first_replaces_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    std::fs::write(&path, "old\n").unwrap();
    std::fs::write(dir.path().join("a-2.yaml"), "taken\n").unwrap();
    let mut first = Target::open(&path).unwrap();
    let mut second = Target::open(&path).unwrap();
    first.save(b"first\n").unwrap();
    let error = second.save(b"second\n").unwrap_err();
    let Reason::Changed { kept: Some(kept) } = &error.reason else {
        panic!("{error}");
    };
    assert_eq!(kept, &dir.path().join("a-3.yaml"), "a free name");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "first\n");
    assert_eq!(std::fs::read_to_string(kept).unwrap(), "second\n");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a-2.yaml")).unwrap(),
        "taken\n"
    );
}

#[test]
fn a_file_rewritten_in_place_since_the_last_save_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    let mut target = Target::open(&path).unwrap();
    target.save(b"mine\n").unwrap();
    // An editor that writes in place keeps the inode but not the size.
    std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap()
        .write_all(b"theirs\n")
        .unwrap();
    let error = target.save(b"mine, later\n").unwrap_err();
    assert!(matches!(error.reason, Reason::Changed { .. }), "{error}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine\ntheirs\n");
}

#[test]
fn content_for_a_file_with_a_name_near_the_limit_is_kept_beside_it_under_a_name_that_fits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{}.yaml", "é".repeat(125)));
    let mut first = Target::open(&path).unwrap();
    let mut second = Target::open(&path).unwrap();
    first.save(b"first\n").unwrap();
    let error = second.save(b"second\n").unwrap_err();
    let Some(kept) = error.reason.kept() else {
        panic!("{error}");
    };
    let name = kept.file_name().unwrap().to_str().unwrap();
    assert!(name.len() <= 255 && name.ends_with("-2.yaml"), "{name}");
    assert_eq!(std::fs::read_to_string(kept).unwrap(), "second\n");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "first\n");
    assert_eq!(temporary_files(dir.path()), Vec::<String>::new());
}

#[test]
fn a_file_someone_keeps_locked_is_left_alone_and_the_content_kept_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    std::fs::write(&path, "theirs\n").unwrap();
    let mut target = Target::open(&path).unwrap();
    let holder = File::open(&path).unwrap();
    rustix::fs::flock(&holder, rustix::fs::FlockOperation::LockExclusive).unwrap();
    let error = target.save(b"mine\n").unwrap_err();
    assert!(matches!(error.reason, Reason::Locked { .. }), "{error}");
    assert_eq!(
        error.reason.kept(),
        Some(dir.path().join("a-2.yaml").as_path())
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "theirs\n");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a-2.yaml")).unwrap(),
        "mine\n"
    );
    drop(holder);
    target.save(b"mine\n").unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine\n");
}

#[test]
fn only_a_regular_file_or_a_link_to_one_is_ever_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.yaml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let error = Target::open(&fifo).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "cannot save {}: it is a FIFO (named pipe), not a regular file; only a regular file is ever replaced",
            fifo.display()
        )
    );
    let folder = dir.path().join("folder.yaml");
    std::fs::create_dir(&folder).unwrap();
    assert!(matches!(
        Target::open(&folder).unwrap_err().reason,
        Reason::NotRegular("a folder")
    ));
    let dangling = dir.path().join("dangling.yaml");
    std::os::unix::fs::symlink(dir.path().join("nowhere.yaml"), &dangling).unwrap();
    let error = Target::open(&dangling).unwrap_err();
    assert!(
        error.to_string().contains("is a symbolic link to")
            && error
                .to_string()
                .contains("nowhere.yaml, which does not exist"),
        "{error}"
    );
    assert!(!dir.path().join("nowhere.yaml").exists());
    // A link to a regular file: the file it names gets the content and
    // the link stays a link.
    let real = dir.path().join("real.yaml");
    std::fs::write(&real, "old\n").unwrap();
    let link = dir.path().join("link.yaml");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    Target::open(&link).unwrap().save(b"new\n").unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read_to_string(&real).unwrap(), "new\n");
    assert_eq!(temporary_files(dir.path()), Vec::<String>::new());
}

#[test]
fn content_that_could_not_be_made_leaves_the_file_as_it_was() {
    // Before, a failure to serialise became an empty string, which the
    // atomic save then put in place of the person's answers.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    save(&path, CONTENT).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut target = Target::open(&path).unwrap();
    let error = target
        .save_text(Err("invented failure".to_owned()))
        .unwrap_err();
    assert!(matches!(error.reason, Reason::Unserialisable(_)), "{error}");
    assert!(error.to_string().contains("left as it is"), "{error}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(temporary_files(dir.path()).is_empty());
}
