//! The framework data is kept byte for byte as published, and says where it
//! comes from (SPEC §3 licence rule, §9 vendored data).

use sha2::{Digest as _, Sha256};

use crate::common::root;

fn sha256_hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    Sha256::digest(bytes)
        .iter()
        .fold(String::new(), |mut hex, b| {
            let _ = write!(hex, "{b:02x}");
            hex
        })
}

#[test]
fn the_vendored_framework_files_are_the_published_bytes_their_notice_names() {
    let notice = std::fs::read_to_string(root().join("data/ddat/NOTICE")).unwrap();
    for file in ["role-content.csv", "skill-descriptions.csv"] {
        let bytes = std::fs::read(root().join("data/ddat").join(file)).unwrap();
        let line = notice
            .lines()
            .skip_while(|l| !l.trim_start().starts_with(file))
            .nth(1)
            .unwrap_or_else(|| panic!("NOTICE names no checksum for {file}"));
        assert_eq!(
            line.trim(),
            format!("sha256 {}", sha256_hex(&bytes)),
            "{file} is not the file its NOTICE describes"
        );
    }
}

#[test]
fn every_notice_carries_the_open_government_licence_attribution() {
    let attribution =
        "Contains public sector information licensed under the Open Government Licence v3.0.";
    for notice in ["NOTICE", "data/ddat/NOTICE"] {
        let text = std::fs::read_to_string(root().join(notice)).unwrap();
        assert!(text.contains(attribution), "{notice}");
        assert!(
            text.contains("https://ddat-capability-framework.service.gov.uk/download"),
            "{notice} names the source"
        );
    }
    let top = std::fs::read_to_string(root().join("NOTICE")).unwrap();
    assert!(top.contains("FEDIP"), "the FEDIP profile's source is named");
}
