//! Page import (`skillgap import`): any text. What imports is written as
//! YAML and read back as the command does; the YAML must read, and its
//! check must locate every finding on a line of it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let Ok(imported) = skillgap::import::import(text, None) else {
        return;
    };
    let yaml = skillgap::yaml::to_string(&imported.profile, &[])
        .unwrap_or_else(|e| panic!("the imported profile cannot be written: {e}"));
    let value = skillgap::yaml::parse(&yaml)
        .unwrap_or_else(|e| panic!("import produced unreadable YAML: {e}\n{yaml}"));
    let path = std::path::Path::new("imported.yaml");
    let checked = skillgap::profile::load::check_profile_value(path, &yaml, value);
    for diagnostic in &checked.diagnostics {
        assert!(diagnostic.line >= 1, "{diagnostic:?}");
    }
});
