//! DDaT CSV import (`skillgap import --ddat`): any bytes as the roles
//! file, and the library generated from what reads.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok((rows, blemishes)) = skillgap::import::ddat::read_roles(bytes) {
        let _ = skillgap::import::ddat::generate::generate(&rows, &blemishes, None, None);
    }
});
