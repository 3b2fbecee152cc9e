use super::{Limits, Refusal, Scan, refusal};

fn deep(text: &str) -> bool {
    refusal(
        text,
        Limits {
            flow_depth: 8,
            nodes: usize::MAX,
        },
    )
    .is_some()
}

/// The scan's count of nodes in `text`.
pub(in crate::yaml) fn counted(text: &str) -> usize {
    let mut scan = Scan {
        b: text.as_bytes(),
        i: 0,
        limit: usize::MAX,
        nodes: 1,
        max_nodes: usize::MAX,
        blocks: Vec::new(),
        line_start: 0,
        seen: 0,
    };
    scan.document().unwrap();
    scan.nodes
}

const NEST: &str = "[{[{[{[{[{[{";

#[test]
fn deep_flow_nesting_is_found_wherever_a_node_starts() {
    assert!(deep(NEST));
    assert!(deep(&format!("a: {NEST}")));
    assert!(deep(&format!("- {NEST}")));
    assert!(deep(&format!("a:\n  - b: &x !t {NEST}")));
    assert!(deep(&format!("--- {NEST}")));
    assert!(deep(&format!("? {NEST}")));
}

#[test]
fn a_stray_quote_in_text_does_not_hide_nesting_on_later_lines() {
    assert!(deep(&format!("a: b \"\nc: {NEST}")));
    assert!(deep(&format!("a: b '\nc: {NEST}")));
    assert!(deep(&format!("a: it's\nc: {NEST}")));
    assert!(deep(&format!("a: x#\nc: {NEST}")));
    assert!(deep(&format!("a: \"x\\\\\"\nc: {NEST}")));
}

#[test]
fn block_scalars_end_where_their_indentation_ends() {
    assert!(deep(&format!("a: |\n  \"\nc: {NEST}")));
    assert!(deep(&format!("- k: |\n    text \"\n  other: {NEST}")));
    assert!(!deep(&format!("a: |\n  {NEST}\nb: fine")));
    assert!(!deep(&format!("a: >-\n  \"{NEST}\n\n  more\nb: 1")));
}

#[test]
fn quoted_closers_do_not_cancel_real_nesting() {
    assert!(deep("[a: [a: [a: [a: [a: [a: [a: [a: [a: [\"]]]]]]]]]]\"]"));
    assert!(deep(
        "[ \"]\" [ \"]\" [ \"]\" [ \"]\" [ \"]\" [ \"]\" [ \"]\" [ \"]\" [ \"]\" ["
    ));
}

#[test]
fn deep_block_nesting_is_refused_too() {
    assert!(deep(&format!("a:\n{}x", "- ".repeat(200))));
    let stairs = (0..300)
        .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
        .collect::<Vec<_>>()
        .concat();
    assert!(deep(&stairs));
    assert!(!deep(&format!("a: |\n{}text\n", " ".repeat(400))));
}

#[test]
fn brackets_in_text_are_not_nesting() {
    let list = (0..100)
        .map(|n| format!("  - item [{n}\n"))
        .collect::<Vec<_>>()
        .concat();
    assert!(!deep(&format!("responsibilities:\n{list}")));
    assert!(!deep(&format!(
        "a: \"{NEST}\"\nb: '{NEST}'\n# {NEST}\nc: x [{NEST}"
    )));
    assert!(!deep(&format!("a: [\"{NEST}\", '{NEST}']")));
    assert!(!deep("a: [[1, 2], {b: [3]}]\n"));
}

#[test]
fn lone_carriage_returns_end_lines_like_line_feeds() {
    let lines = "key: value\r".repeat(100);
    assert!(!deep(&lines));
    let stairs: String = (0..300).map(|i| " ".repeat(i) + "k:\r").collect();
    assert_eq!(
        refusal(
            &stairs,
            Limits {
                flow_depth: 8,
                nodes: usize::MAX
            }
        )
        .map(|r| r.0),
        Some(Refusal::BlockIndent)
    );
}

#[test]
fn deep_indentation_and_deep_brackets_are_told_apart() {
    let limits = Limits {
        flow_depth: 8,
        nodes: usize::MAX,
    };
    let indented = format!("a:\n{}x", "- ".repeat(200));
    assert_eq!(
        refusal(&indented, limits).map(|r| r.0),
        Some(Refusal::BlockIndent)
    );
    assert_eq!(refusal(NEST, limits).map(|r| r.0), Some(Refusal::FlowDepth));
}

#[test]
fn a_value_after_a_long_key_is_not_deep() {
    // Found by fuzzing (`yaml_round_trip`): an assessment rating an item
    // of a 300-character id was written and then refused as too deep.
    let limits = Limits {
        flow_depth: 8,
        nodes: usize::MAX,
    };
    let long = "k".repeat(300);
    for text in [
        format!("ratings:\n  {long}: familiar\n"),
        format!("ratings:\n  \"{long}\": {{level: aware, evidence: \"x\"}}\n"),
        format!("ratings:\n  {long}:\n    level: aware\n"),
        format!("- {long}: a # and a comment\n"),
    ] {
        assert_eq!(refusal(&text, limits), None, "{text}");
    }
    // Deep structure on one line is still refused: entries after a long
    // key are past the column, and so is a line indented past it.
    let entries = format!("a:\n{}x", "? ".repeat(200));
    assert_eq!(
        refusal(&entries, limits).map(|r| r.0),
        Some(Refusal::BlockIndent)
    );
    let indented = format!("a:\n{}b: c\n", " ".repeat(300));
    assert_eq!(
        refusal(&indented, limits).map(|r| r.0),
        Some(Refusal::BlockIndent)
    );
}

#[test]
fn the_node_budget_stops_the_scan_where_it_runs_out() {
    let text = format!("a: [{}]\n", "[],".repeat(1000));
    let limits = Limits {
        flow_depth: 8,
        nodes: 500,
    };
    let (why, offset) = refusal(&text, limits).unwrap();
    assert_eq!(why, Refusal::TooManyNodes);
    assert!(offset < text.len() / 2, "{offset}");
    assert!(counted(&text) >= 2001);
}
