//! Unit tests of `scale`.

use super::*;

#[test]
fn depth_orders_from_none_to_expert() {
    assert!(Depth::None < Depth::Aware);
    assert!(Depth::Familiar < Depth::Proficient);
    assert_eq!(Depth::Expert.step() - Depth::Aware.step(), 3);
}

#[test]
fn depth_reads_the_published_wording() {
    assert_eq!(Depth::from_label("Aware of"), Some(Depth::Aware));
    assert_eq!(Depth::from_label("Familiar with"), Some(Depth::Familiar));
    assert_eq!(Depth::from_label("Proficient in"), Some(Depth::Proficient));
    assert_eq!(Depth::from_label("Good at"), None);
}

#[test]
fn ddat_is_the_default_scale_with_four_named_levels() {
    let scale = OrgScaleSpec::default();
    assert_eq!(scale.top(), 4);
    assert_eq!(scale.level_label(3), "3 – Practitioner");
    assert_eq!(scale.level(0), None);
    assert_eq!(scale.level(5), None);
}

#[test]
fn sfia_has_seven_levels() {
    let scale = OrgScaleSpec::Preset(PresetScale::Sfia);
    assert_eq!(scale.top(), 7);
    assert_eq!(scale.level(1).map(|l| l.0), Some("Follow"));
    assert_eq!(
        scale.level(7).map(|l| l.0),
        Some("Set strategy, inspire, mobilise")
    );
}

#[test]
fn the_meanings_speak_of_the_person_assessed_when_someone_else_rates() {
    for depth in Depth::ALL {
        assert!(depth.meaning().starts_with("You "), "{depth:?}");
        assert!(
            depth.meaning_in(Voice::They).starts_with("They "),
            "{depth:?}"
        );
        assert!(!depth.meaning_in(Voice::They).contains(" you"), "{depth:?}");
    }
    for scale in [PresetScale::Ddat, PresetScale::Sfia].map(OrgScaleSpec::Preset) {
        for n in 1..=scale.top() {
            let (_, own) = scale.level(n).unwrap();
            let (_, theirs) = scale.level_in(n, Voice::They).unwrap();
            assert!(own.starts_with("You "), "{own}");
            assert!(theirs.starts_with("They "), "{theirs}");
            assert!(!theirs.contains(" you"), "{theirs}");
        }
    }
}
