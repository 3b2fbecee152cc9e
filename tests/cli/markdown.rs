//! `--format markdown` rendered by a real GitHub-flavoured Markdown
//! renderer (comrak, with GFM tables, autolinks and strikethrough, raw HTML
//! let through as a wiki might): text from files stays text. The profile,
//! names and evidence under `tests/fixtures/hostile/` are made of markup;
//! the same files with every such string swapped for a plain word must
//! render to the very same HTML elements, and the hostile run must show
//! each string as it stands in the file.

use std::path::Path;

use crate::common::{fixture, run};

/// Every piece of markup in the hostile fixtures, exactly as the files
/// hold it (single-quoted or literal YAML, so verbatim).
const HOSTILE: &[&str] = &[
    "Role <script>alert(1)</script> **bold**",
    "Alex [me](https://evil.example) **B**",
    "<script>alert(1)</script> _em_",
    "see [my portfolio](https://evil.example/phish) and **this**",
    "www.example.com and https://bare.example/path",
    "[ref]: https://evil.example/ref",
    "![img](https://evil.example/x.png)",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<https://autolink.example>",
    "https://bare.example/path",
    "www.example.com",
    "`code` and `` two ``",
    "&lt;b&gt; &amp; &#60; and more",
    "me@evil.example",
    "~~struck~~",
    "_em_ and *em*",
    "| table | row |",
    "# heading",
    "=== setext",
    "javascript:alert(1)",
    "- item",
    "1. item",
];

const FILES: &[&str] = &[
    "profiles/markup-role.yaml",
    "markup-self.yaml",
    "markup-manager.yaml",
];

/// The hostile fixtures copied to `dir`, or with `plain`, each hostile
/// string replaced by a word of its own.
fn fixtures(dir: &Path, plain: bool) {
    std::fs::create_dir_all(dir.join("profiles")).unwrap();
    for file in FILES {
        let mut text = std::fs::read_to_string(fixture("hostile").join(file)).unwrap();
        if plain {
            // Longest first: some strings hold others.
            let mut order: Vec<(usize, &&str)> = HOSTILE.iter().enumerate().collect();
            order.sort_by_key(|(_, s)| std::cmp::Reverse(s.len()));
            for (i, hostile) in order {
                text = text.replace(hostile, &format!("plain{i}"));
            }
        }
        std::fs::write(dir.join(file), text).unwrap();
    }
}

fn markdown(dir: &Path, args: &[&str]) -> String {
    let profiles = dir.join("profiles");
    let mut all = vec!["--profiles", profiles.to_str().unwrap()];
    all.extend_from_slice(args);
    let result = crate::common::skillgap()
        .args(&all)
        .current_dir(dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(0), "{args:?}: {stderr}");
    String::from_utf8(result.stdout).unwrap()
}

/// HTML as GitHub would render it, raw HTML included (GitHub keeps
/// `<img>` and more).
fn to_html(markdown: &str) -> String {
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.autolink = true;
    options.extension.strikethrough = true;
    options.extension.tasklist = true;
    options.render.r#unsafe = true;
    comrak::markdown_to_html(markdown, &options)
}

/// The element names in order, opening and closing, without attributes.
fn elements(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .filter_map(|rest| {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
                .collect();
            (!name.is_empty()).then_some(name)
        })
        .collect()
}

/// What a reader sees: the text without elements, entities decoded, runs
/// of white space as one space.
fn visible(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn markup_in_profiles_names_and_evidence_stays_text_in_every_markdown_report() {
    let hostile = tempfile::tempdir().unwrap();
    let plain = tempfile::tempdir().unwrap();
    fixtures(hostile.path(), false);
    fixtures(plain.path(), true);
    let both = ["markup-self.yaml", "markup-manager.yaml"];
    let profile_texts: Vec<&str> = HOSTILE
        .iter()
        .copied()
        .filter(|h| {
            !h.starts_with("Alex") && !h.ends_with("_em_") && !h.starts_with("www.example.com and")
        })
        .collect();
    let cases: Vec<(Vec<&str>, Vec<&str>)> = vec![
        (
            vec!["report", both[0], "--explain", "--format", "markdown"],
            vec![
                HOSTILE[0], HOSTILE[1], HOSTILE[3], HOSTILE[4], HOSTILE[6], HOSTILE[8],
            ],
        ),
        (
            vec!["team", both[0], both[1], "--format", "markdown"],
            vec![
                HOSTILE[0],
                HOSTILE[1],
                HOSTILE[2],
                HOSTILE[3],
                HOSTILE[6],
                HOSTILE[14],
            ],
        ),
        (
            vec!["compare", both[0], both[1], "--format", "markdown"],
            vec![HOSTILE[0], HOSTILE[1], HOSTILE[2], HOSTILE[3], HOSTILE[16]],
        ),
        (
            vec!["show", "markup-role", "--format", "markdown"],
            profile_texts,
        ),
        (vec!["profiles", "--format", "markdown"], vec![HOSTILE[0]]),
    ];
    for (args, shown) in cases {
        let html = to_html(&markdown(hostile.path(), &args));
        let plain_html = to_html(&markdown(plain.path(), &args));
        for tag in ["<a ", "<a>", "<img", "<script", "<del"] {
            assert!(!html.contains(tag), "{args:?}: {tag} in\n{html}");
        }
        assert_eq!(
            elements(&html),
            elements(&plain_html),
            "{args:?}: file text made elements of its own:\n{html}\n---\n{plain_html}"
        );
        let seen = visible(&html);
        for text in shown {
            assert!(
                seen.contains(text),
                "{args:?}: {text:?} not shown in\n{seen}"
            );
        }
    }
}

#[test]
fn the_source_url_of_a_profile_is_printed_as_text_never_as_a_link() {
    let dir = tempfile::tempdir().unwrap();
    fixtures(dir.path(), false);
    for url in ["javascript:alert(1)", "https://job-profiles.example/role"] {
        let file = dir.path().join("profiles/markup-role.yaml");
        let text = std::fs::read_to_string(fixture("hostile/profiles/markup-role.yaml"))
            .unwrap()
            .replace("javascript:alert(1)", url);
        std::fs::write(file, text).unwrap();
        let html = to_html(&markdown(
            dir.path(),
            &["show", "markup-role", "--format", "markdown"],
        ));
        assert!(!html.contains("<a"), "{url}: {html}");
        assert!(visible(&html).contains(url), "{url}: {html}");
    }
    // The shipped profile too: its real https source is shown, not linked.
    let result = run(&[
        "show",
        "senior-devops-engineer-management",
        "--format",
        "markdown",
    ]);
    let html = to_html(&result.stdout);
    assert!(!html.contains("<a"), "{html}");
    assert!(
        visible(&html).contains("https://job-profiles.fedip.org/"),
        "{html}"
    );
}
