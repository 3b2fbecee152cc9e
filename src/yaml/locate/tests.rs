//! Unit tests of locating nodes: one walk finds what locating each alone
//! finds.

use super::Places;
use crate::yaml::{Location, Segment, Target, locate};

fn key(k: &str) -> Segment {
    Segment::Key(k.to_owned())
}

#[test]
fn locate_finds_values_and_keys() {
    let text = "top: 1\nitems:\n  - id: a\n  - id: b\n    extra: x\n";
    let path = [key("items"), Segment::Index(1), key("extra")];
    assert_eq!(
        locate(text, &path, Target::Value),
        Some(Location {
            line: 5,
            column: 12
        })
    );
    assert_eq!(
        locate(text, &path, Target::Key),
        Some(Location { line: 5, column: 5 })
    );
    assert_eq!(
        locate(text, &path[..2], Target::Value),
        Some(Location { line: 4, column: 5 })
    );
    assert_eq!(locate(text, &[key("nope")], Target::Value), None);
}

#[test]
fn keys_with_dots_and_brackets_are_located_exactly() {
    let text = "a: 1\nb.c[0]: 2\n";
    assert_eq!(
        locate(text, &[key("b.c[0]")], Target::Key),
        Some(Location { line: 2, column: 1 })
    );
}

#[test]
fn one_pass_locates_many_nodes_keys_and_collections() {
    let text = "top: 1\nitems:\n  - id: a\n    tags: [x, y]\n  - id: b\n    extra: {k: v}\n    none: []\nflow: [{id: c}, [d]]\n";
    let paths: Vec<(Vec<Segment>, Target)> = vec![
        (vec![key("top")], Target::Value),
        (vec![key("items")], Target::Value),
        (vec![key("items"), Segment::Index(0)], Target::Value),
        (
            vec![key("items"), Segment::Index(0), key("tags")],
            Target::Value,
        ),
        (
            vec![
                key("items"),
                Segment::Index(0),
                key("tags"),
                Segment::Index(1),
            ],
            Target::Value,
        ),
        (
            vec![key("items"), Segment::Index(1), key("extra")],
            Target::Key,
        ),
        (
            vec![key("items"), Segment::Index(1), key("extra")],
            Target::Value,
        ),
        (
            vec![key("items"), Segment::Index(1), key("none")],
            Target::Value,
        ),
        (vec![key("flow"), Segment::Index(0)], Target::Value),
        (
            vec![key("flow"), Segment::Index(1), Segment::Index(0)],
            Target::Value,
        ),
        (vec![key("missing")], Target::Value),
    ];
    let places = Places::find(text, paths.iter().map(|(p, t)| (p.as_slice(), *t)));
    let found: Vec<Option<(usize, usize)>> = paths
        .iter()
        .map(|(p, t)| places.get(p, *t).map(|l| (l.line, l.column)))
        .collect();
    assert_eq!(
        found,
        [
            Some((1, 6)),
            Some((3, 3)),
            Some((3, 5)),
            Some((4, 11)),
            Some((4, 15)),
            Some((6, 5)),
            Some((6, 12)),
            Some((7, 11)),
            Some((8, 8)),
            Some((8, 18)),
            None,
        ]
    );
    // The same as locating each alone.
    for (path, target) in &paths {
        assert_eq!(locate(text, path, *target), places.get(path, *target));
    }
}
