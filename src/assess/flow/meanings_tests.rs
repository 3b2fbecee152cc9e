//! Unit tests of `flow`: what each level means for a skill, from the
//! profile or through its DDaT link.

use super::tests::empty;
use super::*;

/// Keeps what each level of every screen means for the skill.
struct Meanings {
    seen: Vec<(String, Vec<Option<AtSkill>>)>,
}

impl Prompter for Meanings {
    fn choose(&mut self, screen: &Screen<'_>) -> Result<Choice, Interrupt> {
        let at_skill = screen.levels.iter().map(|l| l.at_skill.clone()).collect();
        self.seen.push((screen.item.id.to_owned(), at_skill));
        Ok(Choice::Skip)
    }

    fn evidence(&mut self, _: &Screen<'_>) -> Result<Option<String>, Interrupt> {
        Ok(None)
    }
}

fn builtin(name: &str) -> Profile {
    crate::profile::builtin::FILES
        .iter()
        .find(|file| file.name == name || file.name.ends_with(&format!("/{name}")))
        .and_then(|file| file.check().value)
        .unwrap()
}

fn meanings_of(profile: &Profile, id: &str, texts: &dyn LevelTexts) -> Vec<Option<AtSkill>> {
    let asked = Asked::only(profile, &[id.to_owned()]).unwrap();
    let ask = Ask {
        asked: &asked,
        blind: false,
        texts,
        required_by: None,
    };
    let mut prompter = Meanings { seen: Vec::new() };
    run_asked(profile, empty(), &ask, &mut prompter, &mut |_| Ok(())).unwrap();
    let (seen_id, at_skill) = prompter.seen.pop().unwrap();
    assert_eq!(seen_id, id);
    at_skill
}

#[test]
fn the_fedip_profile_s_systems_design_shows_the_ddat_texts_through_its_link() {
    let fedip = builtin("senior-devops-engineer-management.yaml");
    let skill = fedip
        .organisation_skills
        .iter()
        .find(|s| s.id == "systems-design")
        .unwrap();
    // No texts of its own: only the link to the DDaT skill.
    assert!(skill.level_descriptions.is_empty());
    assert_eq!(skill.ddat_id(), Some("systems-design"));
    let texts = crate::profile::BuiltinLevelTexts::default();
    let at_skill = meanings_of(&fedip, "systems-design", &texts);
    assert_eq!(at_skill[0], None, "not yet has no text of its own");
    let ddat = builtin("ddat-senior-devops-engineer-management.yaml");
    let design = ddat
        .organisation_skills
        .iter()
        .find(|s| s.id == "systems-design")
        .unwrap();
    for (level, text) in at_skill[1..].iter().zip(&design.level_descriptions) {
        assert_eq!(level, &Some(AtSkill::Described(text.clone())));
    }
    // Without the lookup, nothing is invented.
    let without = meanings_of(&fedip, "systems-design", &NoLevelTexts);
    assert!(without.iter().all(Option::is_none));
}

#[test]
fn a_generated_profile_s_level_without_a_text_is_not_described_never_blank() {
    let head = builtin("ddat-head-of-frontend-development.yaml");
    let at_skill = meanings_of(&head, "user-focus-frontend-developer", &NoLevelTexts);
    assert!(matches!(&at_skill[3], Some(AtSkill::Described(text)) if text.contains("champion")));
    assert_eq!(at_skill[4], Some(AtSkill::NotDescribed));
}
