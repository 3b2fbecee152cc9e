//! Profile loading and checking: any bytes, the path `validate` takes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let checked = skillgap::profile::load::check_profile(std::path::Path::new("fuzz.yaml"), bytes);
    // Every finding is located on a line of the text.
    for diagnostic in &checked.diagnostics {
        assert!(diagnostic.line >= 1, "{diagnostic:?}");
    }
});
