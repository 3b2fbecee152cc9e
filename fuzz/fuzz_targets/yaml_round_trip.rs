//! The YAML emitter's round trip: any assessment `assess` could write
//! (any text in every string, any rating key) is written and read back,
//! by a standard YAML reader and by our own loader, as the same
//! assessment. That `PyYAML` reads every string back as a string is the
//! batched test `tests/cli/pyyaml.rs`.
#![no_main]

use std::fmt::Write as _;

use arbitrary::Arbitrary;
use indexmap::IndexMap;
use libfuzzer_sys::fuzz_target;
use skillgap::assessment::model::{Assessment, Assessor, Level, Rating, Status};
use skillgap::profile::scale::Depth;

#[allow(dead_code)] // only the date of the generated assessments is used here
mod generate;

#[derive(Arbitrary, Debug)]
struct Input {
    profile: String,
    digest: Option<[u8; 32]>,
    /// Several profiles, each with or without a digest, instead of one.
    several: Vec<(String, Option<[u8; 32]>)>,
    person: String,
    assessor: u8,
    assessor_name: Option<String>,
    days: u16,
    complete: bool,
    ratings: Vec<(String, u8, Option<String>)>,
}

fn digest(bytes: &[u8; 32]) -> String {
    bytes.iter().fold("sha256:".to_owned(), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

impl Input {
    fn assessment(&self) -> Assessment {
        let ratings: IndexMap<String, Rating> = self
            .ratings
            .iter()
            .take(64)
            .map(|(key, level, evidence)| {
                let level = if level & 0x80 == 0 {
                    Level::Depth(Depth::from_step(level % 5).unwrap_or(Depth::None))
                } else {
                    Level::Number(level & 0x7f)
                };
                (
                    key.clone(),
                    Rating {
                        level,
                        evidence: evidence.clone(),
                    },
                )
            })
            .collect();
        let several = !self.several.is_empty();
        Assessment {
            profile: if several {
                String::new()
            } else {
                self.profile.clone()
            },
            profile_digest: self.digest.as_ref().filter(|_| !several).map(digest),
            profiles: self.several.iter().map(|(id, _)| id.clone()).collect(),
            profile_digests: self
                .several
                .iter()
                .filter_map(|(id, d)| Some((id.clone(), digest(d.as_ref()?))))
                .collect(),
            person: self.person.clone(),
            assessor: [Assessor::SelfAssessed, Assessor::Manager, Assessor::Peer]
                [usize::from(self.assessor % 3)],
            assessor_name: self.assessor_name.clone(),
            date: generate::date(self.days),
            status: if self.complete {
                Status::Complete
            } else {
                Status::InProgress
            },
            ratings,
        }
    }
}

fuzz_target!(|input: Input| {
    let written = input.assessment();
    let text = skillgap::assessment::write::to_yaml(&written)
        .unwrap_or_else(|e| panic!("the assessment cannot be written: {e}\n{written:?}"));

    // A standard YAML reader takes every field back unchanged.
    let standard: Assessment = serde_yaml::from_str(&text)
        .unwrap_or_else(|e| panic!("serde_yaml cannot read it back: {e}\n{text}"));
    assert_eq!(
        standard, written,
        "serde_yaml reads it differently:\n{text}"
    );

    // Our own loader reads the file, and an ordinary assessment (a name,
    // one profile) with no finding, as the same assessment.
    let path = std::path::Path::new("fuzz.yaml");
    let parsed = skillgap::assessment::load::parse(path, text.as_bytes())
        .unwrap_or_else(|e| panic!("the loader cannot read it back: {e:?}\n{text}"));
    let ordinary = input.several.is_empty()
        && !written.profile.is_empty()
        && !skillgap::assessment::model::is_blank_name(&written.person);
    match parsed.read_cleanly() {
        Some(read) if input.several.is_empty() => {
            assert_eq!(read, &written, "the loader reads it differently:\n{text}");
        }
        Some(read) => {
            // Read, a file of several profiles serves its first.
            let mut read = read.clone();
            read.profile = String::new();
            read.profile_digest = None;
            assert_eq!(read, written, "the loader reads it differently:\n{text}");
        }
        None => assert!(!ordinary, "the loader finds fault with it:\n{text}"),
    }
    // Writing what was read gives the same text.
    if let Some(read) = parsed.read_cleanly().filter(|_| input.several.is_empty()) {
        assert_eq!(skillgap::assessment::write::to_yaml(read).unwrap(), text);
    }
});
