//! A closed pipe (`| head -1`) stops the output, never the exit status:
//! scripts act on the status a run earned.

use crate::common::{Closed, exit_code_into_closed_pipe, run};

const BROKEN: &str = "tests/fixtures/assessments/invalid/bad-date.yaml";

#[test]
fn a_closed_pipe_keeps_the_findings_status_of_validate() {
    let args = ["validate", "tests/fixtures/invalid"];
    assert_eq!(run(&args).code, 1);
    assert_eq!(exit_code_into_closed_pipe(&args, Closed::Stdout), 1);
    assert_eq!(
        exit_code_into_closed_pipe(&args, Closed::StdoutAndStderr),
        1
    );
}

#[test]
fn a_closed_pipe_keeps_the_failure_status_of_team_with_a_broken_file() {
    let args = ["team", "examples/team", BROKEN, "--format", "csv"];
    assert_eq!(run(&args).code, 2);
    assert_eq!(exit_code_into_closed_pipe(&args, Closed::Stdout), 2);
    assert_eq!(
        exit_code_into_closed_pipe(&args, Closed::StdoutAndStderr),
        2
    );
}

#[test]
fn a_closed_pipe_keeps_the_gate_status_of_team() {
    let args = ["team", "examples/team", "--min-readiness", "100"];
    assert_eq!(run(&args).code, 1);
    assert_eq!(exit_code_into_closed_pipe(&args, Closed::Stdout), 1);
    assert_eq!(
        exit_code_into_closed_pipe(&args, Closed::StdoutAndStderr),
        1
    );
}

#[test]
fn a_closed_pipe_keeps_the_gate_status_of_report() {
    let args = ["report", "examples/jo-in-progress.yaml", "--fail-on-gap"];
    assert_eq!(run(&args).code, 1);
    assert_eq!(exit_code_into_closed_pipe(&args, Closed::Stdout), 1);
    assert_eq!(
        exit_code_into_closed_pipe(&args, Closed::StdoutAndStderr),
        1
    );
}

#[test]
fn a_closed_pipe_on_stderr_keeps_the_failure_status_of_an_error() {
    let args = ["validate", "no/such/folder"];
    assert_eq!(run(&args).code, 2);
    assert_eq!(
        exit_code_into_closed_pipe(&args, Closed::StdoutAndStderr),
        2
    );
}

#[test]
fn a_closed_pipe_on_a_clean_run_still_exits_0() {
    let args = ["show", "senior-devops-engineer-management"];
    assert_eq!(exit_code_into_closed_pipe(&args, Closed::Stdout), 0);
}
