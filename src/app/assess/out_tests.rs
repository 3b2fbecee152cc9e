//! The default file name of `assess`, for every name and id (issue 17).

use proptest::prelude::*;

use super::default_out;
use crate::assessment::{Assessor, Date};
use crate::profile::Profile;
use crate::profile::slug::is_slug;

/// A valid profile id of 1 to 300 bytes.
fn ids() -> impl Strategy<Value = String> {
    prop::collection::vec("[a-z0-9]{1,12}", 1..25).prop_map(|words| {
        let id = words.join("-");
        id[..id.len().min(300)].trim_end_matches('-').to_owned()
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_default_file_name_is_a_bounded_slug_with_every_part_and_the_file_keeps_the_whole_id(
        id in ids(),
        person in "\\PC{0,200}",
        assessor in 0usize..3,
        assessor_name in prop::option::of("\\PC{0,200}"),
        days in 0i64..3000,
    ) {
        let profile = Profile { id: id.clone(), ..Profile::default() };
        let assessor = [Assessor::SelfAssessed, Assessor::Manager, Assessor::Peer][assessor];
        let date = Date(jiff::civil::date(2020, 1, 1).checked_add(jiff::Span::new().days(days)).unwrap());
        let path = default_out(&profile, &person, assessor, assessor_name.as_deref(), date);
        let name = path.to_str().unwrap();
        // The same every time, within 230 bytes, one slug of non-empty
        // parts: the id's start, the person, the assessor, the date.
        prop_assert_eq!(&path, &default_out(&profile, &person, assessor, assessor_name.as_deref(), date));
        prop_assert!(name.len() <= 230, "{} bytes: {}", name.len(), name);
        let stem = name.strip_suffix(".yaml").unwrap();
        prop_assert!(is_slug(stem), "{}", name);
        prop_assert!(stem.starts_with(&id[..id.len().min(50)]), "{}", name);
        let date_part = format!("-{date}");
        prop_assert!(stem.ends_with(&date_part), "{}", name);
        if assessor != Assessor::SelfAssessed {
            let label = format!("-{}", assessor.label());
            prop_assert!(stem.contains(&label), "{}", name);
        }
        // The file under that name keeps the whole id.
        let mut assessment = crate::fixtures::assessment(&[]);
        assessment.profile.clone_from(&id);
        let text = crate::assessment::write::to_yaml(&assessment).unwrap();
        let parsed = crate::assessment::load::parse(&path, text.as_bytes()).unwrap();
        prop_assert_eq!(parsed.profile_id(), Some(id.as_str()));
    }
}
