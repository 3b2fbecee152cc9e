use std::process::ExitCode;

use skillgap::{app, cli::Cli};

fn main() -> ExitCode {
    let request = Cli::parse_args().into_request();
    app::run(request).into()
}
