//! Unit tests of `id_scan`.

use std::path::Path;

use super::scan_id;
use crate::profile::builtin;
use crate::profile::load::check_profile;

/// Every valid profile the repository holds (built-in and test
/// fixtures): the id read ahead, when there is one, is the parsed id.
#[test]
fn the_id_read_ahead_is_the_id_parsing_gives() {
    let mut files: Vec<(String, String)> = builtin::FILES
        .iter()
        .map(|builtin| (builtin.name.to_owned(), builtin.text.to_owned()))
        .collect();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for folder in ["valid", "invalid"] {
        for entry in std::fs::read_dir(fixtures.join(folder)).unwrap() {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            files.push((
                path.display().to_string(),
                String::from_utf8_lossy(&bytes).into_owned(),
            ));
        }
    }
    let mut read_ahead = 0;
    for (name, text) in &files {
        let checked = check_profile(Path::new(name), text.as_bytes());
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if let (Some(scanned), Some(profile)) = (scan_id(text), &checked.value) {
            assert_eq!(scanned, profile.id, "{name}");
            read_ahead += 1;
        }
        if name.contains("/valid/") || !name.contains('/') {
            assert!(
                scan_id(text).is_some(),
                "{name}: an ordinary file is read ahead"
            );
        }
    }
    assert!(read_ahead >= builtin::FILES.len() + 4);
}

/// A summary written in every multi-line style YAML has, some hiding an
/// `id:` line at column 0, before the real id: the scan either gives
/// the id parsing gives, or nothing.
#[test]
fn no_multi_line_value_can_fool_the_scan() {
    let body = "title: T\nknowledge_skills:\n  - title: Testing\n    depth: familiar\n    \
                type: technical\n    details: D.\n";
    let summaries = [
        "summary: \"A quoted\nid: fake\n text\"",
        "summary: 'single\nid: fake'",
        "summary: |\n  block\n  id: fake",
        "summary: >-\n  folded\n\n  more",
        "summary:\n  \"indented quoted\nid: fake\"",
        "summary:\n  'indented\nid: fake'",
        "summary: plain\n  continued",
        "summary: \"esc \\\" quote\nid: fake\"",
        "\"summary\": 'it''s'",
        "summary: a # comment with \"quote",
        "summary: [a,\nid: fake]",
        "summary: {a: b,\nid: fake}",
        "summary: !!str tagged",
        "summary: &s \"anchored\nid: fake\n  text\"",
        "summary: &s 'anchored\nid: fake\n  text'",
        "summary: &s [anchored,\nid: fake]",
        "summary: !!str \"tagged\nid: fake\n  text\"",
        "summary:\n- &s \"anchored\nid: fake\n  text\"",
        "summary: {a: &s \"anchored\nid: fake\n  text\"}",
    ];
    let mut agreed = 0;
    for summary in summaries {
        for newline in ["\n", "\r\n", "\r"] {
            let text = format!("{summary}\nid: real-id\n{body}").replace('\n', newline);
            let parsed = check_profile(Path::new("x.yaml"), text.as_bytes()).value;
            if let (Some(scanned), Some(profile)) = (scan_id(&text), parsed) {
                assert_eq!(scanned, profile.id, "{text:?}");
                agreed += 1;
            }
        }
    }
    assert!(agreed >= 8, "the ordinary styles are read ahead: {agreed}");
}

#[test]
fn an_anchor_or_tag_before_a_quoted_value_cannot_make_the_read_ahead_id_wrong() {
    // `show real --profiles DIR` found no profile: the scan read `fake`.
    for text in [
        "title: &t \"Text\nid: fake\n  end\"\nid: real\n",
        "title: &t 'Text\nid: fake\n  end'\nid: real\n",
        "title: !t \"Text\nid: fake\n  end\"\nid: real\n",
        "title: &t [Text,\nid: fake]\nid: real\n",
    ] {
        assert_eq!(scan_id(text), None, "{text:?}");
    }
    assert_eq!(scan_id("title: &t \"Text\"\nid: real\n"), Some("real"));
}

#[test]
fn a_profile_with_old_mac_line_endings_is_read_ahead_like_any_other() {
    // Left to the parser, each such file in --profiles was parsed at
    // load and kept: 60 of them made `show` of a built-in profile take
    // 2.3 s and 103 MB instead of 0.01 s and 7 MB.
    assert_eq!(scan_id("# head\rid: old-mac\rtitle: T\r"), Some("old-mac"));
    assert_eq!(
        scan_id("title: T\r\nid: mixed\rsummary: S\n"),
        Some("mixed")
    );
    assert_eq!(scan_id("summary: \"open\rid: fake\"\rid: real\r"), None);
    assert_eq!(scan_id("parent:\r  id: child\r"), None);
}

#[test]
fn a_plain_or_quoted_top_level_id_is_read() {
    assert_eq!(scan_id("id: my-role\ntitle: T\n"), Some("my-role"));
    assert_eq!(scan_id("title: T\nid: \"my-role\"\n"), Some("my-role"));
    assert_eq!(scan_id("'id': 'my-role'  # a comment\n"), Some("my-role"));
    assert_eq!(
        scan_id("# head\n---\nid: a1   \r\ntitle: T\r\n"),
        Some("a1")
    );
    assert_eq!(
        scan_id("summary: |\n  id: not-this\n  \"open\nid: this-one\n"),
        None,
        "a quote opening a line inside a block scalar is not trusted"
    );
    assert_eq!(
        scan_id("summary: >\n  text: with id: inside\nid: this-one\n"),
        Some("this-one")
    );
}

#[test]
fn an_id_nested_or_inside_a_multi_line_value_is_not_taken() {
    assert_eq!(scan_id("parent:\n  id: child\ntitle: T\n"), None);
    assert_eq!(scan_id("summary: \"starts\nid: fake\"\n"), None);
    assert_eq!(scan_id("summary: 'it''s\nid: fake'\n"), None);
    assert_eq!(scan_id("tags: [a,\nid: fake]\n"), None);
    assert_eq!(
        scan_id("summary:\n  \"starts\nid: fake\"\nid: real\n"),
        None
    );
    assert_eq!(scan_id("{id: flow-map}\n"), None);
    assert_eq!(scan_id("  id: indented-map\n"), None);
}

#[test]
fn anything_but_one_slug_is_left_to_the_parser() {
    for text in [
        "id:\n  nested-value\n",
        "id: &anchor a\n",
        "id: !!str a\n",
        "id: Not A Slug\n",
        "%YAML 1.2\n---\nid: a\n",
        "- id: a\n",
        "? id\n: a\n",
        "summary: x\u{2028}id: a\n",
        "id: \"a\\u0062\"\n",
        "title: no id here\n",
    ] {
        assert_eq!(scan_id(text), None, "{text:?}");
    }
}

#[test]
fn apostrophes_and_colons_in_plain_text_are_text() {
    let text = "summary: it's a role: the one [we] need\n\
                details: \"quoted: fine\" and more\nid: the-role\n";
    assert_eq!(scan_id(text), Some("the-role"));
}
