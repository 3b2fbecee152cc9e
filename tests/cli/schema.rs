//! `skillgap schema profile`: a draft-07 JSON Schema that accepts every
//! shipped profile and rejects the broken fixtures a schema can express.

use crate::common::{fixture, root, run, yaml_file_as_json};

fn validator() -> jsonschema::Validator {
    let result = run(&["schema", "profile"]);
    assert_eq!(result.code, 0);
    let schema: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    jsonschema::draft7::new(&schema).expect("the schema is itself valid")
}

#[test]
fn the_schema_accepts_every_shipped_and_valid_profile() {
    let validator = validator();
    // Every shipped profile, the framework's under profiles/ddat/ too.
    let mut files = Vec::new();
    let mut folders = vec![root().join("profiles")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 200);
    files.extend(
        std::fs::read_dir(fixture("valid"))
            .unwrap()
            .map(|e| e.unwrap().path()),
    );
    for file in files {
        let instance = yaml_file_as_json(&file);
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", file.display());
    }
}

#[test]
fn the_schema_rejects_the_structural_failures() {
    let validator = validator();
    for name in [
        "unknown-field",
        "missing-field",
        "wrong-type",
        "off-scale-depth",
        "bad-scale",
    ] {
        let instance = yaml_file_as_json(&fixture(&format!("invalid/{name}.yaml")));
        assert!(!validator.is_valid(&instance), "{name} passed the schema");
    }
}

#[test]
fn the_committed_schema_file_matches_the_binary() {
    let result = run(&["schema", "profile"]);
    let committed = std::fs::read_to_string(root().join("schemas/profile.schema.json")).unwrap();
    assert_eq!(
        result.stdout, committed,
        "run `cargo run -- schema profile > schemas/profile.schema.json`"
    );
}

#[test]
fn the_assessment_schema_accepts_the_examples_and_rejects_what_it_can_express() {
    let result = run(&["schema", "assessment"]);
    let schema: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    let validator = jsonschema::draft7::new(&schema).expect("the schema is itself valid");
    for example in ["alex-early", "sam-nearly-ready", "jo-in-progress"] {
        let instance = yaml_file_as_json(&root().join(format!("examples/{example}.yaml")));
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{example}: {errors:?}");
    }
    for name in [
        "bad-status",
        "bad-assessor",
        "bad-date",
        "missing-person",
        "unknown-field",
        "unknown-rating-field",
    ] {
        let instance = yaml_file_as_json(&fixture(&format!("assessments/invalid/{name}.yaml")));
        assert!(!validator.is_valid(&instance), "{name} passed the schema");
    }
    let committed = std::fs::read_to_string(root().join("schemas/assessment.schema.json")).unwrap();
    assert_eq!(
        result.stdout, committed,
        "run `cargo run -- schema assessment > schemas/assessment.schema.json`"
    );
}
