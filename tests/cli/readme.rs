//! The README tells the truth (issue 11, item 23; STYLE.md habit 17).
//!
//! Every fenced ```` ```text ```` block of README.md whose first line starts
//! with `$ skillgap ` is a command and its output. The command runs (words
//! split on spaces; no quoting, no redirection) with `NO_COLOR` set, no
//! `SKILLGAP_PROFILES` and 80 columns, and what it prints, stdout then
//! stderr, must be the rest of the block. A line holding only ` …` (space,
//! U+2026) in the block stands for any number of lines.
//!
//! It runs in a scratch folder that links to every entry of the repository
//! root, so the paths the README names resolve as they do from the root and
//! a file a command writes (`--out name.yaml`) lands in the scratch folder,
//! never in the repository (an `--out` into a folder is refused).

use std::path::Path;

use crate::common::{root, skillgap};

/// The elision marker: a block line holding only this matches any lines.
const ELISION: &str = " …";

/// One `$ skillgap` block: where it starts, its command line, its output.
struct Example {
    line: usize,
    command: String,
    output: Vec<String>,
}

/// The `$ skillgap` blocks of a README's text.
fn examples(readme: &str) -> Vec<Example> {
    let mut found = Vec::new();
    let mut lines = readme.lines().enumerate();
    while let Some((index, line)) = lines.next() {
        if line != "```text" {
            continue;
        }
        let body: Vec<&str> = lines
            .by_ref()
            .map(|(_, line)| line)
            .take_while(|line| *line != "```")
            .collect();
        let command = body.first().and_then(|first| first.strip_prefix("$ "));
        if let Some(command) = command.filter(|command| command.starts_with("skillgap ")) {
            found.push(Example {
                line: index + 2,
                command: command.to_owned(),
                output: body[1..].iter().map(|line| (*line).to_owned()).collect(),
            });
        }
    }
    found
}

/// Whether `actual` lines match `expected` lines, where an [`ELISION`]
/// line in `expected` matches any number of lines.
fn matches(expected: &[String], actual: &[&str]) -> bool {
    // reachable[j]: expected[..i] can match actual[..j].
    let mut reachable = vec![false; actual.len() + 1];
    reachable[0] = true;
    for line in expected {
        let mut next = vec![false; actual.len() + 1];
        if line == ELISION {
            let mut seen = false;
            for (j, slot) in next.iter_mut().enumerate() {
                seen |= reachable[j];
                *slot = seen;
            }
        } else {
            for j in 0..actual.len() {
                next[j + 1] = reachable[j] && actual[j] == line;
            }
        }
        reachable = next;
    }
    reachable[actual.len()]
}

/// A scratch folder whose entries link to the repository root's.
fn mirror_of_root() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temp dir");
    for entry in std::fs::read_dir(root()).expect("the repository root") {
        let entry = entry.expect("an entry");
        let name = entry.file_name();
        if name == "target" || name == ".git" {
            continue;
        }
        std::os::unix::fs::symlink(entry.path(), dir.path().join(&name)).expect("a link");
    }
    dir
}

/// What the example's command prints, stdout then stderr.
fn run_example(example: &Example, dir: &Path) -> String {
    assert!(
        !example.command.contains(['"', '\'', '>', '<', '|', '\\']),
        "README.md:{}: the harness splits commands on spaces only: {}",
        example.line,
        example.command
    );
    let args: Vec<&str> = example.command.split_whitespace().skip(1).collect();
    for pair in args.windows(2) {
        assert!(
            !(matches!(pair[0], "--out" | "-o") && pair[1].contains('/')),
            "README.md:{}: `{}` would write through a link into the repository",
            example.line,
            pair[1]
        );
    }
    let output = skillgap()
        .args(&args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("binary runs");
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn readme() -> String {
    std::fs::read_to_string(root().join("README.md")).expect("README.md")
}

#[test]
fn every_command_block_in_the_readme_is_what_the_binary_prints() {
    let readme = readme();
    let examples = examples(&readme);
    assert!(examples.len() >= 7, "found {} blocks", examples.len());
    let mut wrong = Vec::new();
    for example in &examples {
        let dir = mirror_of_root();
        let printed = run_example(example, dir.path());
        let actual: Vec<&str> = printed.lines().collect();
        if !matches(&example.output, &actual) {
            wrong.push(format!(
                "README.md:{}: `{}` prints:\n{printed}\nbut the README shows:\n{}\n",
                example.line,
                example.command,
                example.output.join("\n")
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn an_edited_block_fails() {
    let readme = readme();
    let example = examples(&readme)
        .into_iter()
        .find(|example| example.command.starts_with("skillgap validate "))
        .expect("a validate block");
    let dir = mirror_of_root();
    let printed = run_example(&example, dir.path());
    let actual: Vec<&str> = printed.lines().collect();
    assert!(matches(&example.output, &actual));
    let mut edited = example.output.clone();
    let last = edited.last_mut().unwrap();
    *last = last.replace("1 warning", "2 warnings");
    assert!(!matches(&edited, &actual));
    edited.truncate(edited.len() - 1);
    assert!(!matches(&edited, &actual), "a missing line is a difference");
}

#[test]
fn elision_matches_any_number_of_lines_and_nothing_else() {
    let lines = |text: &str| text.lines().map(str::to_owned).collect::<Vec<_>>();
    let expected = lines("a\n …\nd");
    assert!(matches(&expected, &["a", "d"]));
    assert!(matches(&expected, &["a", "b", "c", "d"]));
    assert!(!matches(&expected, &["a", "b", "c"]));
    assert!(!matches(&expected, &["x", "d"]));
    assert!(
        !matches(&lines("a\n…\nd"), &["a", "b", "d"]),
        "the marker has its space"
    );
    assert!(matches(&lines(" …"), &[]));
}

/// The README's 80×24 `assess` screen (a screen, not a `$ skillgap`
/// block): the block after "An 80×24 terminal, mid-way through:".
fn assess_screen_block(readme: &str) -> Vec<String> {
    let after = readme
        .split_once("An 80×24 terminal, mid-way through:")
        .expect("the screen's introduction")
        .1;
    let body = after.split_once("```text\n").expect("the screen's block").1;
    let body = body.split_once("\n```").expect("the block's end").0;
    body.lines().map(str::to_owned).collect()
}

#[test]
fn the_readmes_assess_screen_is_what_an_80_by_24_terminal_shows() {
    use expectrl::Expect as _;
    let expected = assess_screen_block(&readme());
    let dir = tempfile::tempdir().unwrap();
    // Eleven answers saved: item 12, Programming Languages, comes next.
    let answers = [
        "conceptual-thinking",
        "innovation",
        "attention-to-detail",
        "cross-functional-and-inter-disciplinary-awareness",
        "interacting-with-people",
        "teamwork",
        "providing-direction",
        "follow-up-and-monitoring",
        "application-systems",
        "application-development-tools",
        "configuration-management",
    ]
    .map(|id| format!("{id}: familiar\n"))
    .concat();
    std::fs::write(dir.path().join("answers.yaml"), answers).unwrap();
    let made = crate::common::in_dir(
        dir.path(),
        &[
            "assess",
            "--answers",
            "answers.yaml",
            "--name",
            "Alex Morgan",
            "--out",
            "alex.yaml",
        ],
    );
    assert_eq!(made.code, 0, "{}", made.stderr);
    // A colour terminal, as most people's are.
    let mut command = crate::common::binary();
    command
        // --force goes through every item, from the first unrated: the
        // screen a person sees who got there from the start.
        .args(["assess", "--resume", "alex.yaml", "--force"])
        .current_dir(dir.path())
        .env_remove("NO_COLOR")
        .env("TERM", "xterm")
        .env_remove("SKILLGAP_PROFILES");
    let mut s = expectrl::Session::spawn(command).expect("spawn in a pty");
    s.set_expect_timeout(Some(std::time::Duration::from_secs(30)));
    s.get_process_mut().set_window_size(80, 24).unwrap();
    s.expect("Press Enter to see the first item").unwrap();
    s.send("\r").unwrap();
    s.expect("12 of 38").unwrap();
    let screen = s.expect("Back to the previous item").unwrap();
    let text = format!("12 of 38{}", String::from_utf8_lossy(screen.before()))
        + "Back to the previous item";
    let shown: Vec<String> = crate::assess_pty::screen_lines(&text)
        .iter()
        .map(|line| line.trim_end().to_owned())
        .collect();
    assert_eq!(shown, expected, "the screen:\n{}", shown.join("\n"));
    s.send("\x1b").unwrap();
    s.expect(expectrl::Eof).unwrap();
}
