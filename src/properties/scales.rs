//! Scales: every level reads back from its published wording and its
//! file form, and every step of each scale is written, read and checked
//! as itself.

use crate::assessment::Level;
use crate::fixtures::{assessment, profile};
use crate::profile::{Depth, ItemScale};
use crate::report::analyse;

#[test]
fn a_depth_and_a_step_convert_both_ways_and_every_level_reads_apart() {
    for depth in Depth::ALL {
        assert_eq!(Depth::from_step(depth.step()), Some(depth));
        // As a published profile words it, and as a file writes it.
        assert_eq!(Depth::from_label(depth.label()), Some(depth));
        let written = serde_json::to_string(&Level::Depth(depth)).unwrap();
        assert_eq!(
            serde_json::from_str::<Level>(&written).unwrap(),
            Level::Depth(depth)
        );
    }
    let custom = crate::profile::OrgScaleSpec::Custom(crate::profile::scale::CustomScale {
        name: "House".into(),
        levels: ["Starter", "Doer", "Leader"]
            .into_iter()
            .map(|name| crate::profile::scale::ScaleLevel {
                name: name.into(),
                meaning: format!("What a {name} does."),
            })
            .collect(),
    });
    let ddat = crate::profile::OrgScaleSpec::default();
    let sfia = crate::profile::OrgScaleSpec::Preset(crate::profile::scale::PresetScale::Sfia);
    for scale in [
        ItemScale::Depth,
        ItemScale::Organisation(&ddat),
        ItemScale::Organisation(&sfia),
        ItemScale::Organisation(&custom),
    ] {
        let labels: Vec<String> = (0..=scale.top()).map(|step| scale.label(step)).collect();
        let mut distinct = labels.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), labels.len(), "{labels:?}");
        // Every step is a level that is written and read back as itself.
        for step in 0..=scale.top() {
            let level = match scale {
                ItemScale::Depth => Level::Depth(Depth::from_step(step).unwrap()),
                ItemScale::Organisation(_) => Level::Number(step),
            };
            assert_eq!(level.step(), step);
            let written = serde_json::to_string(&level).unwrap();
            assert_eq!(serde_json::from_str::<Level>(&written).unwrap(), level);
        }
    }
    // The report of nothing rated is whole too.
    let report = analyse(&profile(), &assessment(&[]), None, false);
    assert_eq!(report.summary.met, 0);
}

/// On each organisation scale, a rating at every step is written, read
/// back and accepted as itself; one step past the top is refused as off
/// the scale, never taken as the top.
#[test]
fn every_step_of_an_organisation_scale_is_written_and_checked_and_one_past_is_refused() {
    use crate::diagnostic::{Rule, Severity};
    use crate::profile::OrgScaleSpec;
    use crate::profile::scale::{CustomScale, PresetScale, ScaleLevel};
    // Custom scales of every size a profile may have, 1 to 9 levels.
    let custom = (1..=9).map(|size| {
        OrgScaleSpec::Custom(CustomScale {
            name: "House".into(),
            levels: (1..=size)
                .map(|n| ScaleLevel {
                    name: format!("Level {n}"),
                    meaning: format!("What level {n} does."),
                })
                .collect(),
        })
    });
    let presets = [
        OrgScaleSpec::Preset(PresetScale::Ddat),
        OrgScaleSpec::Preset(PresetScale::Sfia),
    ];
    for spec in presets.into_iter().chain(custom) {
        let mut profile = profile();
        profile.organisation_scale = spec;
        for org in &mut profile.organisation_skills {
            org.level = 1;
        }
        let top = ItemScale::Organisation(&profile.organisation_scale).top();
        for step in 0..=top + 1 {
            let a = assessment(&[("design", Level::Number(step))]);
            let yaml = crate::assessment::write::to_yaml(&a).unwrap();
            let path = std::path::Path::new("a.yaml");
            let parsed = crate::assessment::load::parse(path, yaml.as_bytes()).unwrap();
            let checked = parsed.check_against(path, Some(&profile), &[]).0;
            let errors: Vec<Rule> = checked
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .map(|d| d.rule)
                .collect();
            if step <= top {
                assert_eq!(errors, [], "step {step} of {top}");
                let read = checked.value.unwrap();
                assert_eq!(read.ratings["design"].level, Level::Number(step));
            } else {
                assert_eq!(errors, [Rule::OffScale], "step {step} of {top}");
                assert!(checked.value.is_none());
            }
        }
    }
}
