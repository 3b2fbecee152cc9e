//! Reading a profile's `id` ahead of parsing it: a line scan that finds the
//! top-level `id:` key of an ordinary block-mapping file, so a catalog of
//! thousands of profile files can be indexed without parsing them.
//!
//! The scan is conservative: it gives an id only when no YAML construct in
//! the file could make that line mean something else (a quoted scalar or a
//! flow collection left open at the end of a line, a top level that is not
//! a block mapping at column 0, directives, several documents, a value that
//! is not a plain or quoted slug). Anything else gives `None`, and the
//! caller parses the file whole. It never parses and never prints.

use super::slug::is_slug;

/// The value of the top-level `id` key, when a line scan can be sure of it;
/// `None` when the file must be parsed to know (or has no such key).
///
/// The scan stops at the `id` line: nothing after it can give a valid
/// profile another id (a second `id` key or a second document makes the
/// file invalid, which parsing it when it is used will say).
#[must_use]
pub fn scan_id(text: &str) -> Option<&str> {
    let mut started = false;
    // Lines end at LF, CRLF or a lone CR (old Mac files), as for the
    // parser; a CRLF splits into a line and a blank one, which is skipped.
    for line in text.split(['\n', '\r']) {
        // NEL, LS and PS end lines for libyaml too: left to the parser.
        if line.contains(['\u{85}', '\u{2028}', '\u{2029}']) {
            return None;
        }
        let content = line.trim_start_matches(' ');
        if content.trim_start_matches('\t').is_empty() || content.starts_with('#') {
            continue;
        }
        if leaves_open(line) {
            return None;
        }
        if !started {
            started = true;
            if let Some(rest) = line.strip_prefix("---") {
                if is_blank_or_comment(rest) {
                    continue;
                }
                return None;
            }
        }
        if content.len() != line.len() {
            // Indented: inside the value of the key above; never a top-level key.
            continue;
        }
        let (key, value) = top_level_key(line)?;
        if key == "id" {
            return slug_value(value);
        }
    }
    None
}

fn is_blank_or_comment(rest: &str) -> bool {
    let trimmed = rest.trim_start_matches([' ', '\t']);
    trimmed.is_empty() || (trimmed.starts_with('#') && trimmed.len() < rest.len())
}

/// Splits a column-0 line into its key and the text after `:`; `None` when
/// the line is not a plain `key: value` line (a sequence entry, a complex
/// key, a document marker, a directive, a tab).
fn top_level_key(line: &str) -> Option<(&str, &str)> {
    let first = line.chars().next()?;
    if let Some(quote) = ['"', '\''].into_iter().find(|q| *q == first) {
        let close = line[1..].find(quote)? + 1;
        let key = &line[1..close];
        if key.contains('\\') || line[close + 1..].starts_with(quote) {
            return None;
        }
        let after = line[close + 1..].trim_start_matches(' ');
        let value = after.strip_prefix(':')?;
        return separates(value).then_some((key, value));
    }
    if "\t,[]{}#&*!|>%@`".contains(first) || line.starts_with("---") || line.starts_with("...") {
        return None;
    }
    let mut from = 0;
    while let Some(at) = line[from..].find(':') {
        let colon = from + at;
        let value = &line[colon + 1..];
        if separates(value) {
            let key = line[..colon].trim_end_matches(' ');
            if matches!(key, "-" | "?" | ":") || key.starts_with("- ") || key.starts_with("? ") {
                return None;
            }
            return Some((key, value));
        }
        from = colon + 1;
    }
    None
}

/// Whether the text after a `:` makes it a mapping indicator.
fn separates(value: &str) -> bool {
    value.is_empty() || value.starts_with([' ', '\t'])
}

/// The id in the text after `id:`: a slug, plain or quoted, with nothing
/// after it but a comment. Anything else (empty, an anchor, a tag, a
/// multi-word value) is left to the parser.
fn slug_value(value: &str) -> Option<&str> {
    let value = value.trim_start_matches([' ', '\t']);
    let (id, rest) = match value.chars().next()? {
        quote @ ('"' | '\'') => {
            let close = value[1..].find(quote)? + 1;
            (&value[1..close], &value[close + 1..])
        }
        _ => match value.find([' ', '\t']) {
            Some(space) => value.split_at(space),
            None => (value, ""),
        },
    };
    (is_slug(id) && is_blank_or_comment(rest)).then_some(id)
}

/// Whether `line` may open a quoted scalar or a flow collection that goes
/// on to the next line, where a column-0 line would not be a key. Quotes
/// and brackets count only where a node starts (the line's start, after
/// `- `, `? `, `: `, or inside a flow collection); elsewhere they are text.
fn leaves_open(line: &str) -> bool {
    let bytes = line.as_bytes();
    let mut node_start = true;
    let mut after_space = true;
    let mut flow = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let next_separates = bytes
            .get(i + 1)
            .is_none_or(|n| matches!(n, b' ' | b'\t') || (flow > 0 && b",]}".contains(n)));
        match c {
            b' ' | b'\t' => {
                after_space = true;
                i += 1;
                continue;
            }
            b'#' if after_space => return flow > 0,
            b'\'' | b'"' if node_start => match closing_quote(&bytes[i + 1..], c) {
                Some(len) => {
                    i += len + 1;
                    node_start = false;
                }
                None => return true,
            },
            // An anchor or a tag: the node it belongs to starts after it.
            b'&' | b'!' if node_start => {
                while i < bytes.len() && !b" \t[]{},\"'".contains(&bytes[i]) {
                    i += 1;
                }
                after_space = false;
                continue;
            }
            b'[' | b'{' if node_start || flow > 0 => {
                flow += 1;
                node_start = true;
            }
            b']' | b'}' if flow > 0 => {
                flow -= 1;
                node_start = false;
            }
            b',' if flow > 0 => node_start = true,
            b':' if next_separates => node_start = true,
            b'-' | b'?' if node_start && next_separates => node_start = true,
            // A block scalar header: its text is on the lines below, more
            // indented, and each of those lines is scanned on its own.
            b'|' | b'>' if node_start && flow == 0 => return false,
            _ => node_start = false,
        }
        after_space = false;
        i += 1;
    }
    flow > 0
}

/// Length of a quoted scalar's body and closing quote within `rest`, or
/// `None` when it does not close on this line.
fn closing_quote(rest: &[u8], quote: u8) -> Option<usize> {
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            b'\\' if quote == b'"' => i += 2,
            b'\'' if quote == b'\'' && rest.get(i + 1) == Some(&b'\'') => i += 2,
            c if c == quote => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
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
}
