//! Unit tests of `ddat::generate`: one profile per role level in use,
//! and the findings it says with their lines.

use super::tests::{SKILLS_HEADER, data};
use super::*;

fn library() -> generate::Library {
    let (rows, blemishes) = read_roles(&data("role-content.csv")).unwrap();
    let (skills, _) = read_skills(&data("skill-descriptions.csv")).unwrap();
    generate::generate(&rows, &blemishes, Some(&skills), Some("2024-10-22"))
}

#[test]
fn every_role_level_in_use_becomes_one_profile_that_validates_strictly() {
    let library = library();
    assert_eq!(library.profiles.len(), 201);
    let mut ids = std::collections::BTreeSet::new();
    let mut failing = Vec::new();
    for generated in &library.profiles {
        let profile = &generated.profile;
        assert!(ids.insert(profile.id.clone()), "{} twice", profile.id);
        let yaml = crate::yaml::to_string(profile, &[]).unwrap();
        let value = crate::yaml::parse(&yaml).unwrap();
        let checked = crate::profile::load::check_profile_value(
            std::path::Path::new(&profile.id),
            &yaml,
            value,
        );
        failing.extend(
            checked
                .diagnostics
                .into_iter()
                .filter(|d| d.severity != crate::diagnostic::Severity::Note)
                .map(|d| d.to_string()),
        );
    }
    assert!(failing.is_empty(), "{failing:#?}");
    // The four chief roles are said once each, and made into nothing.
    let chiefs: Vec<&str> = library
        .findings
        .iter()
        .filter(|f| f.message.contains("NOT IN USE"))
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(chiefs.len(), 4, "{chiefs:#?}");
    assert!(!ids.iter().any(|id| id.contains("not-in-use")));
}

#[test]
fn a_profile_holds_its_family_role_ladder_place_and_what_every_level_means() {
    let library = library();
    let senior = library
        .profiles
        .iter()
        .find(|g| g.profile.id == "ddat-senior-devops-engineer-management")
        .unwrap();
    assert_eq!(senior.folder, "software-development");
    let p = &senior.profile;
    assert_eq!(
        p.role.as_deref(),
        Some("Development operations (DevOps) engineer")
    );
    assert_eq!(
        p.ladder,
        Some(crate::profile::model::LadderPlace {
            rank: 4,
            track: crate::profile::model::Track::Management
        })
    );
    assert!(p.summary.starts_with("A senior DevOps engineer delivers"));
    assert!(
        p.summary
            .ends_with("a technical role and a management role.")
    );
    assert_eq!(p.responsibilities.len(), 4);
    assert_eq!(p.organisation_skills.len(), 10);
    let source = p.source.as_ref().unwrap();
    assert_eq!(source.attribution.as_deref(), Some(generate::ATTRIBUTION));
    for skill in &p.organisation_skills {
        assert_eq!(skill.level_descriptions.len(), 4, "{}", skill.id);
        assert_eq!(
            skill.level_descriptions[usize::from(skill.level) - 1],
            skill.level_description,
            "{}",
            skill.id
        );
    }
}

#[test]
fn a_skill_the_framework_leaves_without_a_description_is_kept_empty_and_marked() {
    let library = library();
    let skills: Vec<&crate::profile::OrganisationSkill> = library
        .profiles
        .iter()
        .flat_map(|g| &g.profile.organisation_skills)
        .collect();
    let lacking: std::collections::BTreeSet<&str> = skills
        .iter()
        .filter(|s| s.source_lacks.contains(&crate::profile::Field::Description))
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(lacking.len(), 41);
    assert!(
        skills
            .iter()
            .filter(|s| lacking.contains(s.id.as_str()))
            .all(|s| s.description.is_empty())
    );
    assert!(!skills.iter().any(|s| s.description == "MISSING"));
}

#[test]
fn a_descent_is_said_at_its_own_roles_line_when_another_role_shares_the_level_name() {
    let csv = "Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description,Role Type\n\
        Data,Analyst,d,Principal scientist,l,S,s,Working,x,\n\
        Data,Scientist,d,Lead scientist,l,S,s,Expert,x,\n\
        Data,Scientist,d,Principal scientist,l,S,s,Awareness,x,\n";
    let (rows, blemishes) = read_roles(csv.as_bytes()).unwrap();
    let library = generate::generate(&rows, &blemishes, None, None);
    let descent: Vec<(u64, &str)> = library
        .findings
        .iter()
        .filter(|f| f.message.contains("requires less than"))
        .map(|f| (f.line, f.message.as_str()))
        .collect();
    assert_eq!(descent.len(), 1, "{descent:?}");
    // Line 4 is the Scientist's Principal; line 2 is the Analyst's.
    assert_eq!(descent[0].0, 4, "{descent:?}");
}

#[test]
fn colliding_ids_take_the_next_free_suffix_even_past_a_level_named_like_one() {
    let row = |role: &str, level: &str| format!("Data,{role},d,{level},l,S,s,Working,x,\n");
    let csv = [
        "Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description,Role Type\n".to_owned(),
        row("A", "Same"),
        row("B", "Same 2"),
        row("C", "Same"),
        row("D", "Same"),
        row("E", "Same 2"),
    ]
    .concat();
    let (rows, blemishes) = read_roles(csv.as_bytes()).unwrap();
    let library = generate::generate(&rows, &blemishes, None, None);
    let ids: std::collections::BTreeMap<&str, &str> = library
        .profiles
        .iter()
        .map(|g| (g.profile.role.as_deref().unwrap(), g.profile.id.as_str()))
        .collect();
    let expected = [
        ("A", "ddat-same"),
        ("B", "ddat-same-2"),
        ("C", "ddat-same-3"),
        ("D", "ddat-same-4"),
        ("E", "ddat-same-2-2"),
    ];
    assert_eq!(ids, expected.into_iter().collect());
}

#[test]
fn a_skill_of_the_skills_file_that_no_role_level_has_is_said_at_its_line() {
    let roles = "Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description,Role Type\n\
        Data,Analyst,d,Analyst,l,S,s,Working,x,\n";
    let skills = format!("{SKILLS_HEADER}S,d,a,w,p,e,r\nOther,d,a,w,p,e,r\n");
    let (rows, blemishes) = read_roles(roles.as_bytes()).unwrap();
    let (skill_rows, _) = read_skills(skills.as_bytes()).unwrap();
    let library = generate::generate(&rows, &blemishes, Some(&skill_rows), None);
    let about: Vec<(File, u64, &str)> = library
        .findings
        .iter()
        .map(|f| (f.file, f.line, f.message.as_str()))
        .collect();
    assert_eq!(
        about,
        [(
            File::Skills,
            3,
            "the skill `Other` is in no role level of the role file; its texts are not used"
        )]
    );
}
