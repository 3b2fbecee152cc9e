//! End-to-end tests of the `skillgap` binary: one test binary, a harness in
//! `common`, fixtures as files under `tests/fixtures/`.

mod assess;
mod assess_pty;
mod builtin_profile;
mod common;
mod import;
mod profiles;
mod report;
mod schema;
mod show;
mod team;
mod validate;
mod yaml_input;
