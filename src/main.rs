use std::process::ExitCode;

use clap::Parser as _;
use skillgap::{app, cli::Cli};

fn main() -> ExitCode {
    let request = Cli::parse().into_request();
    app::run(request).into()
}
