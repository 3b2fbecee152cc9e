//! `team` is the same report whatever the thread count and whatever the
//! order its files are named in (issue 17): a property over generated
//! teams, run through the real binary. The files are the examples' team,
//! each copied under several names with its person, date and status
//! changed, so that people recur and newer assessments supersede older.

use std::path::{Path, PathBuf};

use proptest::prelude::*;

use crate::common::skillgap;

const EXAMPLES: [&str; 6] = [
    "examples/team/priya-shah.yaml",
    "examples/team/sam-rivera.yaml",
    "examples/team/jo-chen.yaml",
    "examples/team/tom-becker.yaml",
    "examples/team/lee-wong-self.yaml",
    "examples/team/lee-wong-manager.yaml",
];

const PEOPLE: [&str; 4] = ["Ana Costa", "ana  costa", "Bo Li", "Cy Obi"];

/// One generated file: which example, whose, when, finished or not.
type Spec = (usize, usize, u8, bool);

fn write_team(dir: &Path, specs: &[Spec]) -> Vec<PathBuf> {
    specs
        .iter()
        .enumerate()
        .map(|(n, &(example, person, day, complete))| {
            let text = std::fs::read_to_string(EXAMPLES[example]).unwrap();
            let mut lines: Vec<String> = Vec::new();
            for line in text.lines() {
                lines.push(if line.starts_with("person:") {
                    format!("person: {}", PEOPLE[person])
                } else if line.starts_with("date:") {
                    format!("date: 2026-03-{:02}", 1 + day % 28)
                } else if line.starts_with("status:") && !complete {
                    "status: in-progress".to_owned()
                } else {
                    line.to_owned()
                });
            }
            let path = dir.join(format!("member-{n:02}.yaml"));
            std::fs::write(&path, lines.join("\n") + "\n").unwrap();
            path
        })
        .collect()
}

/// `team` over `paths` in that order with `threads` threads, as JSON.
fn team_json(paths: &[PathBuf], threads: usize) -> String {
    let output = skillgap()
        .arg("team")
        .args(paths)
        .args(["--format", "json"])
        .env("RAYON_NUM_THREADS", threads.to_string())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    String::from_utf8(output.stdout).unwrap()
}

proptest! {
    // Each case runs the binary four times: a handful of cases keeps the
    // whole under a few seconds.
    #![proptest_config(ProptestConfig {
        cases: 6,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_team_is_the_same_report_on_any_thread_count_and_in_any_file_order(
        specs in prop::collection::vec((0usize..6, 0usize..4, any::<u8>(), any::<bool>()), 2..24),
        order in Just((0..24).collect::<Vec<usize>>()).prop_shuffle(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let paths = write_team(dir.path(), &specs);
        let one = team_json(&paths, 1);
        prop_assert_eq!(&one, &team_json(&paths, 2));
        prop_assert_eq!(&one, &team_json(&paths, 7));
        // The files in any order: a shuffle of the indices, those past the
        // team's size left out.
        let reordered: Vec<PathBuf> =
            order.iter().filter_map(|&i| paths.get(i).cloned()).collect();
        prop_assert_eq!(reordered.len(), paths.len());
        prop_assert_eq!(&one, &team_json(&reordered, 3));
    }
}
