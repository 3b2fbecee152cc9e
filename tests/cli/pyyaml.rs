//! `PyYAML`, a YAML 1.1 reader, reads every assessment we write back as
//! the same data: every string a string, however much it looks like a
//! boolean, a number, a date, a comment or a line break to YAML 1.1
//! (issue 17). Batched: many generated assessments, one Python process
//! (the fuzz target `yaml_round_trip` checks our own reader and
//! `serde_yaml`; running Python inside it would be far too slow).
//!
//! Needs python3 with `PyYAML` (Debian: `apt-get install python3-yaml`);
//! `.ci/run` installs it when missing.

use indexmap::IndexMap;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, TestRunner};
use skillgap::assessment::model::{Assessment, Assessor, Date, Level, Rating, Status};
use skillgap::profile::Depth;

/// Text YAML 1.1 reads as something else, or that needs quoting or
/// escaping to be read back at all.
const LOOKALIKES: &[&str] = &[
    "yes",
    "No",
    "ON",
    "off",
    "y",
    "N",
    "true",
    "False",
    "~",
    "null",
    "NULL",
    "0x1F",
    "0o17",
    "017",
    "1_000",
    "1e3",
    "+12",
    "-1",
    ".5",
    ".inf",
    "-.INF",
    ".NaN",
    "2026-01-01",
    "2026-01-01T10:00:00Z",
    "12:30:00",
    "1:20",
    "0b101",
    "=SUM(A1)",
    "- item",
    "? key",
    "key: value",
    "a #comment",
    "#comment",
    "&anchor",
    "*alias",
    "!tag",
    "!!str x",
    "%YAML 1.1",
    "@at",
    "`tick",
    "|",
    ">",
    "<<",
    "'quoted'",
    "\"double\"",
    " leading",
    "trailing ",
    "\ttab",
    "line\nbreak",
    "two\n\nblank",
    "ends\n",
    "\nstarts",
    "nel\u{85}here",
    "ls\u{2028}ps\u{2029}",
    "\u{feff}bom",
    "esc\u{1b}[31m",
    "e\u{ffff}i\u{fffe}",
    "nul\u{0}",
    "del\u{7f}",
    "c1\u{9b}",
    "bidi\u{202e}x",
    "[a, b]",
    "{a: b}",
    "---",
    "...",
    "",
    " ",
    "-",
    "?",
    ":",
    ",",
    "é",
    "日本語",
    "🙂",
];

/// A string: a look-alike, two joined, or any text at all.
fn lookalike() -> impl Strategy<Value = String> {
    proptest::sample::select(LOOKALIKES).prop_map(str::to_owned)
}

fn text() -> impl Strategy<Value = String> {
    proptest::prop_oneof![
        3 => lookalike(),
        1 => (lookalike(), lookalike()).prop_map(|(a, b)| format!("{a}{b}")),
        2 => proptest::arbitrary::any::<String>(),
        // Past YAML's 1,024 characters for a key before its colon.
        1 => (lookalike(), 1_000usize..1_300).prop_map(|(a, n)| {
            let mut long = a.repeat(n / a.len().max(1) + 1);
            long.truncate(long.char_indices().nth(n).map_or(long.len(), |(at, _)| at));
            long
        }),
    ]
}

fn assessments() -> impl Strategy<Value = Assessment> {
    (
        text(),
        proptest::option::of(text()),
        0usize..3,
        0i64..20_000,
        proptest::collection::vec((text(), 0u8..10, proptest::option::of(text())), 0..8),
    )
        .prop_map(|(person, assessor_name, assessor, days, ratings)| {
            let ratings: IndexMap<String, Rating> = ratings
                .into_iter()
                .map(|(key, level, evidence)| {
                    let level = if level < 5 {
                        Level::Depth(Depth::from_step(level).unwrap_or(Depth::None))
                    } else {
                        Level::Number(level - 5)
                    };
                    (key, Rating { level, evidence })
                })
                .collect();
            Assessment {
                profile: "senior-devops-engineer-management".to_owned(),
                profile_digest: None,
                profiles: Vec::new(),
                profile_digests: IndexMap::new(),
                person,
                assessor: [Assessor::SelfAssessed, Assessor::Manager, Assessor::Peer][assessor],
                assessor_name,
                date: Date(
                    jiff::civil::date(1990, 1, 1)
                        .checked_add(jiff::Span::new().days(days))
                        .unwrap(),
                ),
                status: Status::Complete,
                ratings,
            }
        })
}

/// Loads each `N.yaml` with `yaml.safe_load` and compares it with
/// `N.json` (the `date` field, read as a date, is compared as its ISO
/// text); prints one line per difference.
const CHECK: &str = r#"
import json, sys, datetime, pathlib
try:
    import yaml
except ImportError:
    sys.exit("PyYAML is missing: apt-get install python3-yaml (or pip install pyyaml)")
def plain(read):
    # Only the assessment's own date may come back as a date (written
    # unquoted on purpose); a string anywhere else read as a date is a
    # difference.
    if isinstance(read, dict) and type(read.get("date")) is datetime.date:
        read["date"] = read["date"].isoformat()
    return read
folder = pathlib.Path(sys.argv[1])
count = 0
for path in sorted(folder.glob("*.yaml")):
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    read = plain(yaml.safe_load(path.read_text(encoding="utf-8")))
    if read != expected:
        print(f"{path.name}: PyYAML reads {read!r}, we wrote {expected!r}")
    count += 1
print(f"checked {count}", file=sys.stderr)
"#;

#[test]
fn pyyaml_reads_every_written_string_back_as_the_same_string() {
    const COUNT: usize = 500;
    let dir = tempfile::tempdir().unwrap();
    let mut runner = TestRunner::new(Config {
        rng_seed: proptest::test_runner::RngSeed::Fixed(17),
        ..Config::default()
    });
    let strategy = assessments();
    for n in 0..COUNT {
        let assessment = strategy.new_tree(&mut runner).unwrap().current();
        let yaml = skillgap::assessment::write::to_yaml(&assessment).unwrap();
        let json = serde_json::to_string(&assessment).unwrap();
        std::fs::write(dir.path().join(format!("{n:04}.yaml")), yaml).unwrap();
        std::fs::write(dir.path().join(format!("{n:04}.json")), json).unwrap();
    }
    let output = std::process::Command::new("python3")
        .args(["-c", CHECK])
        .arg(dir.path())
        .output()
        .expect("python3 runs (apt-get install python3 python3-yaml)");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(stderr.trim(), format!("checked {COUNT}"));
    assert!(
        stdout.is_empty(),
        "PyYAML reads these differently:\n{stdout}"
    );
}
