//! The shipped Senior DevOps Engineer – Management profile is complete and
//! faithful: these counts come from reading the source page by hand.

use serde_json::Value;

use crate::common::run;

fn profile_json() -> Value {
    let result = run(&[
        "show",
        "senior-devops-engineer-management",
        "--format",
        "json",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    serde_json::from_str(&result.stdout).unwrap()
}

fn list<'a>(profile: &'a Value, key: &str) -> &'a Vec<Value> {
    profile[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key} is a list"))
}

fn marked(items: &[Value], mark: &str, field: &str) -> usize {
    items
        .iter()
        .filter(|item| {
            item[mark]
                .as_array()
                .is_some_and(|fields| fields.iter().any(|f| f == field))
        })
        .count()
}

#[test]
fn every_section_of_the_source_is_there_with_its_count() {
    let p = profile_json();
    assert!(
        p["summary"]
            .as_str()
            .unwrap()
            .starts_with("A senior DevOps engineer delivers")
    );
    assert_eq!(list(&p, "responsibilities").len(), 4);
    assert_eq!(list(&p, "background").len(), 2);
    assert_eq!(list(&p, "work_activities").len(), 16);
    assert_eq!(list(&p, "knowledge_skills").len(), 28);
    assert_eq!(list(&p, "organisation_skills").len(), 10);
    assert_eq!(list(&p, "training").len(), 9);
    assert_eq!(list(&p, "development_activities").len(), 8);
    assert_eq!(list(&p, "qualifications").len(), 3);
}

#[test]
fn knowledge_skills_split_into_8_behavioural_without_depth_10_technical_10_other() {
    let p = profile_json();
    let skills = list(&p, "knowledge_skills");
    let of_type = |t: &str| skills.iter().filter(|s| s["type"] == t).collect::<Vec<_>>();
    let behavioural = of_type("behavioural");
    assert_eq!(behavioural.len(), 8);
    assert!(behavioural.iter().all(|s| s.get("depth").is_none()));
    assert_eq!(of_type("technical").len(), 10);
    assert_eq!(of_type("other").len(), 10);
    assert!(
        skills
            .iter()
            .filter(|s| s["type"] != "behavioural")
            .all(|s| s.get("depth").is_some())
    );
}

#[test]
fn depth_wording_maps_to_the_scale() {
    let p = profile_json();
    let depth_of = |title: &str| {
        list(&p, "knowledge_skills")
            .iter()
            .find(|s| s["title"] == title)
            .map(|s| s["depth"].clone())
            .unwrap()
    };
    assert_eq!(depth_of("Application Systems"), "familiar"); // "Familiar with"
    assert_eq!(depth_of("Application Development Tools"), "proficient"); // "Proficient in"
    assert_eq!(depth_of("Standards Writing Techniques"), "aware"); // "Aware of"
}

#[test]
fn organisation_skills_are_ddat_practitioner_with_both_descriptions() {
    let p = profile_json();
    for skill in list(&p, "organisation_skills") {
        assert_eq!(skill["level"], 3);
        assert_eq!(skill["framework"], "DDaT");
        assert_eq!(skill["category"], "Software Development");
        assert!(!skill["description"].as_str().unwrap().is_empty());
        assert!(!skill["level_description"].as_str().unwrap().is_empty());
    }
}

#[test]
fn fields_the_page_lost_are_supplied_and_marked() {
    let p = profile_json();
    let skills = list(&p, "knowledge_skills");
    let of_type = |t: &str| {
        skills
            .iter()
            .filter(|s| s["type"] == t)
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(marked(&of_type("behavioural"), "inferred", "title"), 2);
    assert_eq!(marked(&of_type("technical"), "inferred", "title"), 3);
    assert_eq!(marked(&of_type("behavioural"), "inferred", "type"), 2);
    assert_eq!(marked(list(&p, "training"), "inferred", "title"), 3);
    assert_eq!(
        marked(list(&p, "development_activities"), "inferred", "title"),
        1
    );
    assert_eq!(
        marked(list(&p, "qualifications"), "inferred", "awarding_body"),
        2
    );
}

#[test]
fn the_three_cut_off_texts_are_kept_and_marked_truncated() {
    let p = profile_json();
    let activities = list(&p, "work_activities");
    assert_eq!(marked(activities, "truncated", "details"), 1);
    let guidance = activities
        .iter()
        .find(|a| a["title"] == "Guidance, performance and feedback")
        .unwrap();
    assert!(
        guidance["details"]
            .as_str()
            .unwrap()
            .ends_with("leads them to")
    );
    let org = list(&p, "organisation_skills");
    assert_eq!(marked(org, "truncated", "description"), 1);
    assert_eq!(marked(org, "truncated", "level_description"), 1);
}

#[test]
fn every_required_skill_has_a_development_route() {
    let p = profile_json();
    let developed: Vec<&str> = ["training", "development_activities", "qualifications"]
        .iter()
        .flat_map(|section| list(&p, section))
        .flat_map(|c| c["develops"].as_array().unwrap())
        .map(|id| id.as_str().unwrap())
        .collect();
    let required = list(&p, "knowledge_skills")
        .iter()
        .filter(|s| s.get("depth").is_some())
        .chain(list(&p, "organisation_skills"));
    let mut count = 0;
    for skill in required {
        let id = skill["id"].as_str().unwrap();
        assert!(developed.contains(&id), "{id} has no route");
        count += 1;
    }
    assert_eq!(count, 30);
    for section in ["training", "development_activities", "qualifications"] {
        for c in list(&p, section) {
            assert!(
                !c["develops"].as_array().unwrap().is_empty(),
                "{}",
                c["title"]
            );
        }
    }
}
