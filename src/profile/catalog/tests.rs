//! Unit tests of the catalog: loading and indexing, parsing on first use,
//! reporting skipped files, and the listing from build-time summaries.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use super::*;
use crate::profile::builtin::{self, BuiltIn, Summary};
use crate::profile::candidates::Candidate;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

/// Loads `folder`, keeping what is skipped, in order.
fn load(folder: &Path) -> (Catalog, Arc<Mutex<Vec<Skipped>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&seen);
    let catalog = Catalog::load(
        &[folder.to_owned()],
        Box::new(move |skip: &Skipped| sink.lock().unwrap().push(skip.clone())),
    )
    .unwrap();
    (catalog, seen)
}

/// A valid profile (`tiny.yaml`) and a broken one (`broken.yaml`) in `dir`.
fn write_tiny_and_broken(dir: &Path) {
    std::fs::write(dir.join("tiny.yaml"), fixture("valid/tiny-role.yaml")).unwrap();
    std::fs::write(
        dir.join("broken.yaml"),
        fixture("invalid/off-scale-level.yaml"),
    )
    .unwrap();
}

fn names(seen: &Mutex<Vec<Skipped>>) -> Vec<String> {
    seen.lock()
        .unwrap()
        .iter()
        .map(|s| s.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn a_profile_file_is_parsed_once_and_only_when_its_id_is_used() {
    let dir = tempfile::tempdir().unwrap();
    write_tiny_and_broken(dir.path());
    let (catalog, seen) = load(dir.path());
    assert!(names(&seen).is_empty(), "nothing parsed at load");
    assert_eq!(
        catalog
            .ids()
            .filter(|id| !id.starts_with("ddat-"))
            .collect::<Vec<_>>(),
        [
            "off-scale-level",
            "senior-devops-engineer-management",
            "tiny-role"
        ]
    );
    assert!(catalog.get("tiny-role").is_some());
    assert!(catalog.get("off-scale-level").is_none());
    assert!(catalog.get("off-scale-level").is_none());
    assert_eq!(names(&seen), ["broken.yaml"], "reported once");
    assert!(
        !catalog.ids().any(|id| id == "off-scale-level"),
        "an id known to be broken is not offered"
    );
    assert_eq!(catalog.map_entries(|e| e.profile.id.clone()).len(), 2 + 201);
    assert_eq!(names(&seen), ["broken.yaml"]);
}

#[test]
fn a_file_whose_id_cannot_be_read_ahead_is_not_kept_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    let text = fixture("valid/tiny-role.yaml").replace("id: tiny-role", "id: &a tiny-role");
    assert!(crate::profile::id_scan::scan_id(&text).is_none());
    std::fs::write(dir.path().join("anchored.yaml"), text).unwrap();
    let (catalog, _) = load(dir.path());
    let slot = catalog
        .slots
        .iter()
        .find(|slot| slot.id == "tiny-role")
        .unwrap();
    assert!(
        matches!(slot.candidates.as_slice(), [Candidate::File(_)]),
        "only its path and id are kept: {:?}",
        slot.candidates
    );
    assert!(catalog.get("tiny-role").is_some());
}

#[test]
fn a_listing_parses_every_profile_and_reports_each_skipped_file_once() {
    let dir = tempfile::tempdir().unwrap();
    write_tiny_and_broken(dir.path());
    let (catalog, seen) = load(dir.path());
    let mut ids = catalog.map_entries(|e| e.profile.id.clone());
    let library = ids.len();
    ids.retain(|id| !id.starts_with("ddat-"));
    assert_eq!(ids, ["senior-devops-engineer-management", "tiny-role"]);
    assert_eq!(library, 2 + 201, "and the framework's 201 role levels");
    assert_eq!(names(&seen), ["broken.yaml"]);
    assert!(catalog.get("off-scale-level").is_none());
    assert!(catalog.get("tiny-role").is_some());
    assert_eq!(catalog.map_entries(|_| ()).len(), 2 + 201);
    assert_eq!(names(&seen), ["broken.yaml"]);
}

#[test]
fn an_id_given_by_several_files_is_settled_at_load_first_valid_file_first() {
    let dir = tempfile::tempdir().unwrap();
    let tiny = fixture("valid/tiny-role.yaml");
    let broken =
        fixture("invalid/off-scale-level.yaml").replace("id: off-scale-level", "id: tiny-role");
    std::fs::write(dir.path().join("a-broken.yaml"), broken).unwrap();
    std::fs::write(dir.path().join("b-tiny.yaml"), &tiny).unwrap();
    std::fs::write(dir.path().join("c-tiny.yaml"), &tiny).unwrap();
    let (catalog, seen) = load(dir.path());
    assert_eq!(names(&seen), ["a-broken.yaml", "c-tiny.yaml"]);
    let reasons: Vec<String> = seen
        .lock()
        .unwrap()
        .iter()
        .map(|s| s.reason.clone())
        .collect();
    assert!(reasons[0].starts_with("not a valid profile"), "{reasons:?}");
    assert!(
        reasons[1].starts_with("profile id `tiny-role` is already loaded from")
            && reasons[1].ends_with("b-tiny.yaml"),
        "{reasons:?}"
    );
    let entry = catalog.get("tiny-role").unwrap();
    assert_eq!(entry.origin, Origin::File(dir.path().join("b-tiny.yaml")));
    assert_eq!(names(&seen).len(), 2);
}

/// The rows of a listing, from summaries or parsed, as a listing of
/// parsed profiles gives them.
fn parsed_listing(catalog: &Catalog) -> Vec<Listed> {
    catalog.map_entries(Listed::of)
}

#[test]
fn a_listing_of_builtin_profiles_is_what_parsing_them_gives() {
    let catalog = Catalog::builtin();
    assert!(catalog.slots.iter().all(|slot| slot.summary().is_some()));
    assert_eq!(catalog.listing(), parsed_listing(&catalog));
}

/// A build-time summary with `id` and `title`, three items, nothing else.
fn summary(id: &'static str, title: &'static str) -> Summary {
    Summary {
        id,
        title,
        family: None,
        role: None,
        level: None,
        rank: None,
        track: None,
        skills: "",
        aliases: "",
        level_texts: "",
        rated_items: 3,
    }
}

#[test]
fn a_listing_takes_a_builtin_from_its_summary_without_parsing_it() {
    // A summary that its text belies: only a listing that does not
    // parse the text shows it.
    let builtins = Box::leak(Box::new([BuiltIn {
        name: "fake.yaml",
        text: "id: fake\ntitle: [unclosed\n",
        json: None,
        summary: Some(Summary {
            rated_items: 7,
            ..summary("fake", "Fake")
        }),
    }]));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&seen);
    let catalog = Catalog::index(
        BTreeMap::new(),
        builtins,
        Box::new(move |skip: &Skipped| sink.lock().unwrap().push(skip.clone())),
    );
    let listed = catalog.listing();
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (listed[0].title.as_str(), listed[0].rated_items),
        ("Fake", 7)
    );
    assert!(seen.lock().unwrap().is_empty(), "nothing parsed");
    // Once the profile is read and found broken, it is listed no more.
    assert!(catalog.get("fake").is_none());
    assert!(catalog.listing().is_empty());
    assert_eq!(names(&seen), ["fake.yaml"]);
}

#[test]
fn a_listing_parses_folder_profiles_and_lists_overridden_builtins_as_parsing_does() {
    let dir = tempfile::tempdir().unwrap();
    let shadow = fixture("valid/tiny-role.yaml")
        .replace("id: tiny-role", &format!("id: {}", builtin::DEFAULT_ID));
    std::fs::write(dir.path().join("shadow.yaml"), shadow).unwrap();
    write_tiny_and_broken(dir.path());
    let (catalog, seen) = load(dir.path());
    let listed = catalog.listing();
    assert_eq!(names(&seen), ["broken.yaml"]);
    assert_eq!(listed, parsed_listing(&catalog));
    assert_eq!(listed.len(), 2 + 201);
    let shadow = listed.iter().find(|l| l.id == builtin::DEFAULT_ID).unwrap();
    assert!(shadow.overrides_builtin);
    assert_eq!(shadow.title, "Tiny Role");
    assert_eq!(names(&seen), ["broken.yaml"]);
}

#[test]
fn a_folder_profile_overrides_the_builtin_of_its_id() {
    let dir = tempfile::tempdir().unwrap();
    let shadow = fixture("valid/tiny-role.yaml")
        .replace("id: tiny-role", &format!("id: {}", builtin::DEFAULT_ID));
    std::fs::write(dir.path().join("shadow.yaml"), shadow).unwrap();
    let (catalog, _) = load(dir.path());
    let entry = catalog.get(builtin::DEFAULT_ID).unwrap();
    assert!(entry.overrides_builtin);
    assert_eq!(entry.profile.title, "Tiny Role");
    assert!(
        !Catalog::builtin()
            .get(builtin::DEFAULT_ID)
            .unwrap()
            .overrides_builtin
    );
}

#[test]
fn a_renamed_builtin_profile_is_found_by_its_old_id() {
    let text = fixture("valid/tiny-role.yaml")
        .replace("id: tiny-role", "id: new-name\naliases: [old-name]");
    let builtins = Box::leak(Box::new([BuiltIn {
        name: "renamed.yaml",
        text: Box::leak(text.into_boxed_str()),
        json: None,
        summary: Some(Summary {
            aliases: "old-name\n",
            ..summary("new-name", "Tiny Role")
        }),
    }]));
    let catalog = Catalog::index(BTreeMap::new(), builtins, Box::new(|_| {}));
    let entry = catalog.get("old-name").expect("found by its alias");
    assert_eq!(entry.profile.id, "new-name");
    assert!(catalog.get("older-name").is_none());
}
