//! Unit tests of `markdown`.

use super::*;

#[test]
fn cells_escape_pipes_and_newlines() {
    assert_eq!(cell("a|b\nc"), "a\\|b c");
}

#[test]
fn markup_in_file_text_is_escaped_once() {
    assert_eq!(
        inline("[a](b) **c** <d> &lt; \\"),
        "\\[a\\](b) \\*\\*c\\*\\* &lt;d&gt; &amp;lt; \\\\"
    );
    assert_eq!(cell("[a]|b"), "\\[a\\]\\|b");
    assert_eq!(inline("$x^2$"), "\\$x^2\\$");
}

#[test]
fn bare_urls_and_addresses_are_kept_from_autolinking() {
    assert_eq!(
        inline("see https://x.org, WWW.y.org or me@z.org"),
        "see https\\://x.org, WWW\\.y.org or me\\@z.org"
    );
}

#[test]
fn list_and_heading_markers_at_the_start_are_escaped() {
    assert_eq!(inline("- a"), "\\- a");
    assert_eq!(inline("12. a"), "12\\. a");
    assert_eq!(inline("3) a"), "3\\) a");
    assert_eq!(inline("# a"), "\\# a");
    assert_eq!(inline("a - 1. b"), "a - 1. b");
}

#[test]
fn code_spans_hold_any_backticks() {
    assert_eq!(code("a-b"), "`a-b`");
    assert_eq!(code("a`b"), "``a`b``");
    assert_eq!(code("`a``"), "``` `a`` ```");
}
