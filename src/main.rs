use std::process::ExitCode;

#[cfg(unix)]
fn main() -> ExitCode {
    skillgap::run_cli()
}

// The library says why it does not build here; this keeps its message the
// only one.
#[cfg(not(unix))]
fn main() -> ExitCode {
    ExitCode::FAILURE
}
