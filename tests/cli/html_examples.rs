//! `examples/html/`: the committed HTML pages of the examples, the ones the
//! README links to and `ci/browser-check.sh` opens in Chromium. Each is
//! rendered again here and must match its file byte for byte; with
//! `SKILLGAP_REGENERATE=1` the test writes them instead.

use crate::common::skillgap;

/// The committed pages: file name under `examples/html/` and the command
/// (after `skillgap`, before `--format html`) that renders it. A new page
/// is one more row here; run the test with `SKILLGAP_REGENERATE=1` once to
/// write it.
const PAGES: &[(&str, &[&str])] = &[
    (
        "report-sam.html",
        &["report", "examples/sam-nearly-ready.yaml"],
    ),
    ("report-alex.html", &["report", "examples/alex-early.yaml"]),
    ("team.html", &["team", "examples/team"]),
    (
        "team-devops-by-role.html",
        &["team", "examples/team-devops", "--by-role"],
    ),
    (
        "compare-lee.html",
        &[
            "compare",
            "examples/team/lee-wong-self.yaml",
            "examples/team/lee-wong-manager.yaml",
        ],
    ),
    ("history-casey.html", &["history", "examples/history"]),
];

const REGENERATE: &str = "SKILLGAP_REGENERATE";

fn regenerating() -> bool {
    std::env::var_os(REGENERATE).is_some_and(|v| v == "1")
}

fn render(args: &[&str]) -> String {
    let output = skillgap()
        .args(args)
        .args(["--format", "html"])
        .output()
        .expect("binary runs");
    assert!(
        output.status.success(),
        "skillgap {} --format html failed: {}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("the page is UTF-8")
}

#[test]
fn the_committed_example_pages_are_what_the_commands_print_today() {
    let dir = crate::common::root().join("examples/html");
    let regenerate = regenerating();
    let mut stale = Vec::new();
    for (name, args) in PAGES {
        let page = render(args);
        let path = dir.join(name);
        if regenerate {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &page).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(committed) if committed == page => {}
            Ok(_) => stale.push(format!(
                "examples/html/{name} is out of date (skillgap {} --format html)",
                args.join(" ")
            )),
            Err(error) => stale.push(format!(
                "examples/html/{name} cannot be read ({error}; skillgap {} --format html)",
                args.join(" ")
            )),
        }
    }
    assert!(
        stale.is_empty(),
        "{}\nregenerate them with:\n  \
         {REGENERATE}=1 cargo test --test cli html_examples\nand commit examples/html/",
        stale.join("\n")
    );
}

/// Every page in `examples/html/` is one the test above renders: a page
/// left behind by a renamed row would go stale unnoticed. (Not while
/// regenerating: a new row's page may not be written yet.)
#[test]
fn examples_html_holds_only_the_listed_pages() {
    if regenerating() {
        return;
    }
    let dir = crate::common::root().join("examples/html");
    let mut found: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    let mut listed: Vec<String> = PAGES.iter().map(|(name, _)| (*name).to_owned()).collect();
    listed.sort();
    assert_eq!(
        found, listed,
        "examples/html/ and the list in tests/cli/html_examples.rs differ"
    );
}
