use std::process::ExitCode;

fn main() -> ExitCode {
    skillgap::run_cli()
}
