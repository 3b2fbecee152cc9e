//! Unit tests of `hints`.

use super::{Resume, resume_command, shell_quote, shell_word};
use crate::app::assess::{Ask, AssessRequest, Notes};
use crate::assessment::Assessor;
use std::path::Path;

#[test]
fn the_resume_command_names_each_only_id_once() {
    let mut ids = vec!["devops".to_owned(); 10_000];
    ids.extend([String::new(), " agile ".to_owned(), "devops".to_owned()]);
    let request = AssessRequest {
        profile: None,
        more: Vec::new(),
        role: None,
        out: None,
        force: false,
        resume: None,
        name: None,
        assessor: Assessor::SelfAssessed,
        assessor_name: None,
        blind: false,
        notes: Notes::Ask,
        ask: Ask::Only(ids),
        answers: None,
        complete: false,
        format: crate::render::Format::Table,
    };
    let command = resume_command(&request, &[], Path::new("a.yaml"), Resume::ThisRun(false));
    assert!(
        command.ends_with(" assess --resume a.yaml --only devops,agile"),
        "{command}"
    );
}

#[test]
fn a_relative_path_starting_with_a_dash_is_not_taken_for_an_option() {
    assert_eq!(shell_quote(Path::new("-x.yaml")), "./-x.yaml");
    assert_eq!(shell_quote(Path::new("-a b.yaml")), "'./-a b.yaml'");
    assert_eq!(shell_quote(Path::new("a/-x.yaml")), "a/-x.yaml");
    assert_eq!(shell_quote(Path::new("/t/-x.yaml")), "/t/-x.yaml");
}

#[test]
fn a_word_with_control_characters_is_one_line_and_means_the_same_pasted() {
    assert_eq!(shell_word("plain-1.yaml"), "plain-1.yaml");
    assert_eq!(shell_word(""), "''");
    assert_eq!(shell_word("it's $(x)"), "'it'\\''s $(x)'");
    assert_eq!(
        shell_word("a\nb\t\u{1b}[31m\u{202e}'\\"),
        "$'a\\nb\\t\\x1b[31m\\u202e\\'\\\\'"
    );
    // What bash makes of it: the very text.
    let text = "a\nb\t\u{1b}[31m\u{7f}\u{202e}'\\ $(x) `y`";
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!("printf %s {}", shell_word(text)))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), text);
}
