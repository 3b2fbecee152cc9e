//! How far each kind of component takes a skill (SPEC §10): a cap per
//! scale. Training and qualifications build knowledge, about one step per
//! component, up to half the scale (Familiar on the depth scale, Working
//! on DDaT's); development activities build skill, up to three quarters
//! of it (Proficient, Practitioner); experience at work goes to the top.
//! A profile's `reach`, and a component's own, override the defaults.

use super::ComponentKind;
use crate::profile::ItemScale;
use crate::profile::model::{Cap, Reach};

/// The default cap of `kind` on a scale whose top step is `top`.
#[must_use]
pub fn default_cap(kind: ComponentKind, top: u8) -> u8 {
    let cap = match kind {
        ComponentKind::Training | ComponentKind::Qualification => top / 2,
        ComponentKind::DevelopmentActivity => top * 3 / 4,
        ComponentKind::Experience => top,
    };
    cap.max(1).min(top)
}

/// Whether one component of `kind` takes a skill one step at most.
#[must_use]
pub fn one_step(kind: ComponentKind) -> bool {
    matches!(kind, ComponentKind::Training | ComponentKind::Qualification)
}

/// The profile's cap for `kind`, if it sets one.
fn profile_cap(reach: Option<&Reach>, kind: ComponentKind) -> Option<Cap> {
    let reach = reach?;
    match kind {
        ComponentKind::Training => reach.training,
        ComponentKind::DevelopmentActivity => reach.development_activity,
        ComponentKind::Qualification => reach.qualification,
        ComponentKind::Experience => None,
    }
}

/// The highest step a component of `kind` takes an item on `scale` to:
/// the component's own cap, else the profile's for its kind, else the
/// default; never above the scale's top.
#[must_use]
pub fn cap(
    kind: ComponentKind,
    scale: ItemScale<'_>,
    profile: Option<&Reach>,
    own: Option<Cap>,
) -> u8 {
    let top = scale.top();
    let pick = |cap: Cap| match scale {
        ItemScale::Depth => cap.depth.map(crate::profile::Depth::step),
        ItemScale::Organisation(_) => cap.organisation,
    };
    own.and_then(pick)
        .or_else(|| profile_cap(profile, kind).and_then(pick))
        .unwrap_or_else(|| default_cap(kind, top))
        .min(top)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_half_and_three_quarters_of_each_scale() {
        // Depth and DDaT (top 4): Familiar / Working, Proficient /
        // Practitioner; SFIA (top 7): 3 Apply, 5 Ensure or advise.
        for (top, course, activity) in [(4, 2, 3), (7, 3, 5), (1, 1, 1), (9, 4, 6)] {
            assert_eq!(default_cap(ComponentKind::Training, top), course, "{top}");
            assert_eq!(default_cap(ComponentKind::Qualification, top), course);
            assert_eq!(
                default_cap(ComponentKind::DevelopmentActivity, top),
                activity
            );
            assert_eq!(default_cap(ComponentKind::Experience, top), top);
        }
    }

    #[test]
    fn a_components_own_cap_wins_over_the_profiles_over_the_default() {
        let scale = ItemScale::Depth;
        let profile = Reach {
            training: Some(Cap {
                depth: Some(crate::profile::Depth::Aware),
                organisation: None,
            }),
            ..Reach::default()
        };
        assert_eq!(cap(ComponentKind::Training, scale, None, None), 2);
        assert_eq!(cap(ComponentKind::Training, scale, Some(&profile), None), 1);
        let own = Cap {
            depth: Some(crate::profile::Depth::Proficient),
            organisation: None,
        };
        assert_eq!(
            cap(ComponentKind::Training, scale, Some(&profile), Some(own)),
            3
        );
    }
}
