//! Assessment loading: any bytes, on its own (its profile not found, the
//! closest ids suggested) and against the built-in profile, as `validate`
//! and `report` read them.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let path = std::path::Path::new("fuzz.yaml");
    let Ok(parsed) = skillgap::assessment::load::parse(path, bytes) else {
        return;
    };
    let catalog = skillgap::profile::Catalog::builtin();
    let ids: Vec<&str> = catalog.ids().collect();
    // On its own: no profile found, the closest ids suggested.
    let _ = parsed.clone().check_against_digest(path, None, &ids);
    let target = catalog
        .get("senior-devops-engineer-management")
        .map(|entry| (&entry.profile, entry.digest()));
    let (checked, _) = parsed.check_against_digest(path, target, &ids);
    if let (Some(assessment), Some((profile, _))) = (checked.value, target) {
        // A valid assessment reports without a panic.
        let _ = skillgap::report::analyse(profile, &assessment, None, true);
    }
});
