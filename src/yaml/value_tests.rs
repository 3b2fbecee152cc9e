//! Unit tests of `value`.

use super::*;
use crate::yaml::parse;

#[test]
fn taking_a_list_leaves_an_empty_one_and_a_null_becomes_one() {
    let mut value = parse("a: [1, 2]\nb:\nc: x\n").unwrap();
    assert_eq!(value.take_sequence("a").map(|items| items.len()), Some(2));
    assert_eq!(value.take_sequence("b").map(|items| items.len()), None);
    assert_eq!(value.take_sequence("c").map(|items| items.len()), None);
    assert_eq!(value, parse("a: []\nb: []\nc: x\n").unwrap());
}

#[test]
fn taking_a_mapping_leaves_an_empty_one_and_a_null_becomes_one() {
    let mut value = parse("a: {x: 1}\nb:\nc: x\n").unwrap();
    assert_eq!(value.take_mapping("a").map(|m| m.len()), Some(1));
    assert_eq!(value.take_mapping("b").map(|m| m.len()), None);
    assert_eq!(value.take_mapping("c").map(|m| m.len()), None);
    assert_eq!(value, parse("a: {}\nb: {}\nc: x\n").unwrap());
}

#[test]
fn a_node_shows_what_the_value_holds() {
    let value = parse("t: text\nn: 3\nl: [a, 1]\nm: {k: v}\nz:\n").unwrap();
    assert_eq!(value.get("t").and_then(Node::as_str), Some("text"));
    let Some(Node::Number(n)) = value.get("n") else {
        panic!("a number")
    };
    assert_eq!((n.as_u64(), n.to_string()), (Some(3), "3".to_owned()));
    let list = value.get("l").and_then(Node::as_sequence).unwrap();
    let texts: Vec<_> = list.iter().map(Node::as_str).collect();
    assert_eq!(texts, [Some("a"), None]);
    let mapping = value.get("m").and_then(Node::as_mapping).unwrap();
    assert!(mapping.contains_key("k"));
    assert_eq!(mapping.keys().collect::<Vec<_>>(), [Some("k")]);
    assert!(matches!(value.get("z"), Some(Node::Null)));
    assert!(value.has_key("z") && !value.has_key("y"));
}
