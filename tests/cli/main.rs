//! End-to-end tests of the `skillgap` binary: one test binary, a harness in
//! `common`, fixtures as files under `tests/fixtures/`.

mod architecture;
mod assess;
mod assess_pty;
mod assess_rerate;
mod assess_several;
mod assess_signals;
mod attribution;
mod builtin_profile;
mod closed_pipe;
mod common;
mod compare;
mod error_exits;
mod file_names;
mod growth;
mod help;
mod history;
mod hostile_input;
mod import;
mod import_ddat;
mod markdown;
mod not_regular_files;
mod profiles;
mod readme;
mod report;
mod roles;
mod save;
mod schema;
mod show;
mod team;
mod team_by_role;
mod validate;
mod vendored_data;
mod yaml_input;
