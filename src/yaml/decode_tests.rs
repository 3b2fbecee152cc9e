//! Unit tests of `decode`.

use super::*;

#[test]
fn decode_strips_one_bom_and_rejects_bad_utf8_with_its_offset() {
    assert_eq!(decode(b"\xEF\xBB\xBFa: 1\n").unwrap(), "a: 1\n");
    let error = decode(b"a: 1\nb: \xff\n").unwrap_err();
    assert_eq!(error.problem, ReadProblem::NotUtf8);
    assert!(error.message.contains("offset 8"), "{}", error.message);
    assert_eq!(error.location, Location { line: 2, column: 4 });
}

#[test]
fn a_forbidden_character_is_found_wherever_it_falls_among_the_blocks() {
    // Text is checked a block of 64 bytes at a time: a character at a
    // block's edge, or split across two blocks, must still be found.
    for at in [0, 1, 62, 63, 64, 65, 127, 128, 200] {
        for bad in ["\u{0}", "\u{7f}", "\u{9b}", "\u{feff}"] {
            let text = format!("{}{bad}{}", "a".repeat(at), "b".repeat(70));
            assert_eq!(
                forbidden(&text),
                Some((at, bad.chars().next().unwrap())),
                "{bad:?} at {at}"
            );
        }
    }
    let allowed = format!("{}é\t\r\n\u{85}{}", "a".repeat(63), "b".repeat(100));
    assert_eq!(forbidden(&allowed), None);
}

#[test]
fn control_characters_and_a_second_bom_are_refused_where_they_are() {
    let error = decode(b"a: 1\nb: x\x00y\n").unwrap_err();
    assert_eq!(error.problem, ReadProblem::ControlCharacter);
    assert_eq!(error.location, Location { line: 2, column: 5 });
    let error = decode("\u{feff}a: 1\n\u{feff}b: 2\n".as_bytes()).unwrap_err();
    assert!(
        error.message.contains("byte-order mark"),
        "{}",
        error.message
    );
    assert_eq!(error.location, Location { line: 2, column: 1 });
}
