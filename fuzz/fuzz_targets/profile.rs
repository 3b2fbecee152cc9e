//! Profile loading and checking: any bytes, through `validate` itself (the
//! file-kind switch, the profile's or the assessment's checks, every
//! finding located), and its findings rendered in each format. Every
//! finding is on a line of the text; the human form holds no control
//! character but the line break, the JSON parses with one entry per
//! finding, and the GitHub form has one workflow command per finding.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use skillgap::profile::Catalog;
use skillgap::render::diagnostics::{DiagnosticFormat, render};
use skillgap::render::terminal::Paint;
use skillgap::validate::{Notes, validate};

fuzz_target!(|bytes: &[u8]| {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    static FILE: OnceLock<std::path::PathBuf> = OnceLock::new();
    let catalog = CATALOG.get_or_init(Catalog::builtin);
    let file = FILE.get_or_init(|| {
        std::env::temp_dir().join(format!("skillgap-fuzz-{}.yaml", std::process::id()))
    });
    std::fs::write(file, bytes).expect("the fuzz input is written to a file");
    let outcome = validate(std::slice::from_ref(file), catalog, Notes::List);
    for diagnostic in &outcome.diagnostics {
        assert!(diagnostic.line >= 1, "{diagnostic:?}");
    }
    let listed = outcome.diagnostics.len();

    let human = render(
        &outcome,
        DiagnosticFormat::Human,
        Paint { enabled: false },
        true,
    );
    if let Some(c) = human
        .chars()
        .find(|&c| (c.is_control() && c != '\n') || skillgap::text::is_bidi_control(c))
    {
        panic!("a control character {c:?} in validate's output:\n{human}");
    }

    let json = render(
        &outcome,
        DiagnosticFormat::Json,
        Paint { enabled: false },
        true,
    );
    let read: serde_json::Value = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("validate's JSON does not parse: {e}\n{json}"));
    let entries = read["diagnostics"].as_array().map_or(0, Vec::len);
    assert_eq!(entries, listed, "{json}");

    let github = render(
        &outcome,
        DiagnosticFormat::Github,
        Paint { enabled: false },
        true,
    );
    let commands = github.lines().filter(|l| l.starts_with("::")).count();
    assert_eq!(
        commands,
        listed + outcome.unreadable.len(),
        "one workflow command per finding:\n{github}"
    );
});
