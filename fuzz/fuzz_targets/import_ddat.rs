//! DDaT CSV import (`skillgap import --ddat`): any bytes, read as the roles
//! file and as the skills file, and the library generated from what reads.
//! Every profile it generates is written as the command writes it and must
//! read back as a profile: a later import refuses a file with its header
//! that it cannot read.
#![no_main]

use libfuzzer_sys::fuzz_target;
use skillgap::import::ddat::{generate::generate, read_roles, read_skills};

fuzz_target!(|bytes: &[u8]| {
    let skills = read_skills(bytes).ok();
    let Ok((rows, blemishes)) = read_roles(bytes) else {
        return;
    };
    let library = generate(
        &rows,
        &blemishes,
        skills.as_ref().map(|(rows, _)| rows.as_slice()),
        Some("2026-01-01"),
    );
    for generated in &library.profiles {
        let yaml = skillgap::yaml::to_string(&generated.profile, &["date"])
            .unwrap_or_else(|e| panic!("a generated profile cannot be written: {e}"));
        let checked =
            skillgap::profile::load::check_profile(std::path::Path::new("g.yaml"), yaml.as_bytes());
        assert!(
            checked.value.is_some(),
            "a generated profile does not read back: {:?}\n{yaml}",
            checked.diagnostics
        );
    }
});
