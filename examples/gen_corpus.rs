//! Generates a synthetic corpus for the benchmark: N assessments of the
//! built-in profile (seeded random ratings, about one in ten in progress,
//! one in a thousand broken) and N profiles (the built-in one under new
//! ids). Deterministic for a given seed.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- /tmp/corpus 10000
//! ```
//! writes `/tmp/corpus/assessments/*.yaml` and `/tmp/corpus/profiles/*.yaml`.

use std::path::PathBuf;

use skillgap::assessment::{Assessment, Assessor, Level, Rating, Status};
use skillgap::profile::{Catalog, ItemScale, builtin};

/// A small, seeded xorshift generator: enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[allow(clippy::cast_possible_truncation)] // values below are bounded by `below(n)` with small n
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().ok_or("usage: gen_corpus DIR N [SEED]")?);
    let n: usize = args
        .next()
        .ok_or("usage: gen_corpus DIR N [SEED]")?
        .parse()?;
    let seed: u64 = args.next().map_or(Ok(0x5EED), |s| s.parse())?;
    let mut rng = Rng(seed | 1);

    let catalog = Catalog::builtin();
    let profile = &catalog
        .get(builtin::DEFAULT_ID)
        .ok_or("no built-in profile")?
        .profile;
    let digest = skillgap::profile::digest(profile);
    let items = profile.rated_items();

    let assessments = out.join("assessments");
    let profiles = out.join("profiles");
    std::fs::create_dir_all(&assessments)?;
    std::fs::create_dir_all(&profiles)?;

    for i in 0..n {
        let path = assessments.join(format!("person-{i:05}.yaml"));
        if i % 1000 == 999 {
            // A broken file: the team report must skip it and say so.
            std::fs::write(
                &path,
                format!("profile: {}\nperson: [broken {i}\n", profile.id),
            )?;
            continue;
        }
        let in_progress = rng.below(10) == 0;
        let rated = if in_progress {
            rng.below(items.len() as u64) as usize
        } else {
            items.len()
        };
        let ratings = items
            .iter()
            .take(rated)
            .map(|item| {
                let step = rng.below(u64::from(item.scale.top()) + 1) as u8;
                let level = match item.scale {
                    ItemScale::Depth => Level::Depth(
                        skillgap::profile::Depth::from_step(step)
                            .unwrap_or(skillgap::profile::Depth::None),
                    ),
                    ItemScale::Organisation(_) => Level::Number(step),
                };
                (
                    item.id.to_owned(),
                    Rating {
                        level,
                        evidence: None,
                    },
                )
            })
            .collect();
        let assessment = Assessment {
            profile: profile.id.clone(),
            profile_digest: Some(digest.clone()),
            profiles: Vec::new(),
            profile_digests: indexmap::IndexMap::new(),
            person: format!("Person {i:05}"),
            assessor: if rng.below(5) == 0 {
                Assessor::Manager
            } else {
                Assessor::SelfAssessed
            },
            assessor_name: None,
            date: format!("2026-{:02}-{:02}", 1 + rng.below(11), 1 + rng.below(28)).parse()?,
            status: if in_progress {
                Status::InProgress
            } else {
                Status::Complete
            },
            ratings,
        };
        std::fs::write(&path, skillgap::assessment::write::to_yaml(&assessment)?)?;
    }

    let text = builtin::FILES
        .iter()
        .find(|file| file.name.starts_with(builtin::DEFAULT_ID))
        .ok_or("no built-in profile file")?
        .text;
    for i in 0..n {
        let copy = text.replacen(
            &format!("id: {}", profile.id),
            &format!("id: generated-profile-{i:05}"),
            1,
        );
        std::fs::write(profiles.join(format!("profile-{i:05}.yaml")), copy)?;
    }
    eprintln!(
        "wrote {n} assessments and {n} profiles under {}",
        out.display()
    );
    Ok(())
}
