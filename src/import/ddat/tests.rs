//! Unit tests of `ddat`: the published files read with every blemish the
//! data really has (measured, SPEC §9), and the ways a file can be refused.

use super::*;

fn data(file: &str) -> Vec<u8> {
    std::fs::read(format!("{}/data/ddat/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn count(blemishes: &[Blemish], wanted: impl Fn(&BlemishKind) -> bool) -> usize {
    blemishes.iter().filter(|b| wanted(&b.kind)).count()
}

#[test]
fn the_published_role_file_reads_with_every_blemish_placed() {
    let (rows, blemishes) = read_roles(&data("role-content.csv")).unwrap();
    // 1,825 rows, 16 of them exact repeats.
    assert_eq!(rows.len(), 1825 - 16);
    assert_eq!(
        count(&blemishes, |k| matches!(k, BlemishKind::RepeatedRow { .. })),
        16
    );
    assert_eq!(count(&blemishes, |k| *k == BlemishKind::NotInUse), 28);
    // None of the repeated rows lacks a description: every one is counted.
    assert_eq!(
        count(&blemishes, |k| *k == BlemishKind::MissingDescription),
        325
    );
    assert_eq!(
        count(&blemishes, |k| *k == BlemishKind::BlankDescription),
        106
    );
    assert_eq!(
        count(&blemishes, |k| matches!(
            k,
            BlemishKind::LineSeparator { .. }
        )),
        72
    );
    assert!(
        rows.iter()
            .all(|r| !r.level_description.contains('\u{2028}'))
    );
    // "End user computing engineer " on each of its 13 rows.
    assert_eq!(
        count(&blemishes, |k| *k
            == BlemishKind::StraySpace {
                column: "Role Level"
            }),
        13
    );
    assert!(rows.iter().all(|r| r.role == r.role.trim()));
    let families: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| r.family.as_str()).collect();
    assert_eq!(families.len(), 8);
    let in_use: std::collections::BTreeSet<&str> = rows
        .iter()
        .filter(|r| r.skill_level != SkillLevel::NotInUse)
        .map(|r| r.level.as_str())
        .collect();
    assert_eq!(in_use.len(), 201);
    // Every blemish names a line of the file, in order.
    assert!(blemishes.windows(2).all(|w| w[0] <= w[1]));
    assert!(blemishes.iter().all(|b| b.line >= 2));
}

#[test]
fn the_whole_published_role_file_has_325_missing_and_106_blank_descriptions() {
    // As published, repeats included: the figures SPEC §9 gives.
    let text = String::from_utf8(data("role-content.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let descriptions: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[6].trim().to_owned())
        .collect();
    assert_eq!(descriptions.iter().filter(|d| *d == "MISSING").count(), 325);
    assert_eq!(descriptions.iter().filter(|d| d.is_empty()).count(), 106);
}

#[test]
fn the_published_skills_file_reads_with_its_undefined_and_empty_levels() {
    let (rows, blemishes) = read_skills(&data("skill-descriptions.csv")).unwrap();
    assert_eq!(rows.len(), 188);
    assert_eq!(
        count(&blemishes, |k| matches!(
            k,
            BlemishKind::LevelNotDefined { .. }
        )),
        60
    );
    assert_eq!(
        count(&blemishes, |k| matches!(k, BlemishKind::LevelEmpty { .. })),
        88
    );
}

const HEADER: &str = "Role Family,Role,Role Description,Role Level,Role Level Description,\
Skill Name,Skill Description,Skill Level,Skill Level Description,Role Type";

#[test]
fn a_bom_crlf_and_quoted_multi_line_cells_are_read_as_the_framework_writes_them() {
    let text = format!(
        "\u{feff}{HEADER}\r\nF,R,\"two\r\nlines\",Lead R,d,Skill,\"desc\u{2028}more\",Expert,e,\r\n"
    );
    let (rows, blemishes) = read_roles(text.as_bytes()).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].role_description, "two\r\nlines");
    assert_eq!(rows[0].skill_description, "desc\nmore");
    assert_eq!(rows[0].skill_level, SkillLevel::Expert);
    assert_eq!(
        blemishes,
        vec![Blemish {
            file: File::Roles,
            line: 2,
            kind: BlemishKind::LineSeparator {
                column: "Skill Description"
            },
        }]
    );
}

#[test]
fn other_columns_are_refused_naming_the_expected_and_the_found() {
    let error = read_roles(b"Role,Skill\nA,B\n").unwrap_err();
    let message = error.to_string();
    assert!(matches!(error, DdatError::Header { .. }), "{message}");
    assert!(message.contains("expected Role Family, Role,"), "{message}");
    assert!(message.contains("found Role, Skill"), "{message}");
    assert!(read_skills(HEADER.as_bytes()).is_err());
}

#[test]
fn an_exact_repeat_is_dropped_and_a_conflicting_one_is_an_error() {
    let row = "F,R,rd,Lead R,d,Skill,desc,Working,e,";
    let text = format!("{HEADER}\n{row}\n{row}\n");
    let (rows, blemishes) = read_roles(text.as_bytes()).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(blemishes[0].kind, BlemishKind::RepeatedRow { first: 2 });
    assert_eq!(blemishes[0].line, 3);

    let other = "F,R,rd,Lead R,d,Skill,desc,Expert,e,";
    let text = format!("{HEADER}\n{row}\n{other}\n");
    let error = read_roles(text.as_bytes()).unwrap_err();
    assert_eq!(
        error,
        DdatError::ConflictingRow {
            line: 3,
            first: 2,
            level: "Lead R".into(),
            skill: "Skill".into(),
        }
    );
}

#[test]
fn an_unknown_skill_level_is_refused_with_its_line() {
    let text = format!("{HEADER}\nF,R,rd,Lead R,d,Skill,desc,Guru,e,\n");
    assert_eq!(
        read_roles(text.as_bytes()).unwrap_err(),
        DdatError::Level {
            line: 2,
            value: "Guru".into()
        }
    );
}

/// Every ladder as a reviewer reads it: rank, track, level, and how many
/// skills it requires at each level (A W P E) with their sum; a level
/// placed by what it requires, not by its name, is marked `~`.
fn ladders_text() -> String {
    use std::fmt::Write as _;
    let (rows, _) = read_roles(&data("role-content.csv")).unwrap();
    let (ladders, descents) = ladder::ladders(&rows);
    let mut out = String::new();
    for ladder in &ladders {
        let _ = writeln!(out, "{} › {}", ladder.family, ladder.role);
        for rung in &ladder.rungs {
            let [a, w, p, e] = rung.required;
            let _ = writeln!(
                out,
                "  {:>2} {} {}{}  A{a} W{w} P{p} E{e} = {}",
                rung.rank,
                match rung.track {
                    ladder::Track::Technical => "T",
                    ladder::Track::Management => "M",
                },
                if rung.placed_by == ladder::PlacedBy::Requirements {
                    "~"
                } else {
                    ""
                },
                rung.level,
                rung.required_sum()
            );
        }
    }
    let _ = writeln!(out, "\nSteps up that require less:");
    for d in &descents {
        let _ = writeln!(
            out,
            "  {}: {} ({}) -> {} ({})",
            d.role, d.from, d.from_sum, d.to, d.to_sum
        );
    }
    out
}

#[test]
fn every_ladder_of_the_framework_as_a_reviewer_reads_it() {
    insta::assert_snapshot!(ladders_text());
}

#[test]
fn names_rule_where_they_settle_the_order_and_requirements_decide_the_rest() {
    let (rows, _) = read_roles(&data("role-content.csv")).unwrap();
    let (ladders, descents) = ladder::ladders(&rows);
    let ladder = |role: &str| -> Vec<(u32, String)> {
        ladders
            .iter()
            .find(|l| l.role == role)
            .unwrap()
            .rungs
            .iter()
            .map(|r| (r.rank, r.level.clone()))
            .collect()
    };
    let devops = ladder("Development operations (DevOps) engineer");
    let rank_of =
        |ladder: &[(u32, String)], level: &str| ladder.iter().find(|(_, l)| l == level).unwrap().0;
    // The plain level is "DevOps engineer", not the role's name; a
    // management level shares the rank of its technical twin.
    assert!(rank_of(&devops, "Junior DevOps engineer") < rank_of(&devops, "DevOps engineer"));
    assert!(rank_of(&devops, "DevOps engineer") < rank_of(&devops, "Senior DevOps engineer"));
    assert_eq!(
        rank_of(&devops, "Senior DevOps engineer"),
        rank_of(&devops, "Senior DevOps engineer - management")
    );
    // Names of another kind go where their requirements put them.
    let desk = ladder("Service desk manager");
    let order: Vec<&str> = desk.iter().map(|(_, l)| l.as_str()).collect();
    assert_eq!(
        order,
        [
            "Service desk analyst",
            "Senior service desk analyst",
            "Service desk manager",
            "Head of service desk"
        ]
    );
    let incidents = ladder("Incident manager");
    assert!(
        rank_of(&incidents, "Incident manager") < rank_of(&incidents, "Major incident manager")
    );
    // Data scientist's Lead -> Principal -> Head requires less at each
    // step: reported, not hidden.
    assert!(descents.iter().any(|d| d.role == "Data scientist"
        && d.from == "Lead data scientist"
        && d.to == "Principal data scientist"));
}

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
fn the_table_overrides_what_names_and_requirements_say() {
    let (rows, _) = read_roles(&data("role-content.csv")).unwrap();
    let rank = |overrides: &[ladder::Override], level: &str| {
        let (ladders, _) = ladder::ladders_with(&rows, overrides);
        let rung = ladders
            .iter()
            .flat_map(|l| &l.rungs)
            .find(|r| r.level == level)
            .unwrap()
            .clone();
        (rung.rank, rung.placed_by)
    };
    // By requirements, Major incident manager is above Incident manager.
    assert_eq!(
        rank(&[], "Major incident manager"),
        (2, ladder::PlacedBy::Requirements)
    );
    let with = [ladder::Override {
        role: "Incident manager",
        level: "Major incident manager",
        place: ladder::Place::With("Incident manager"),
    }];
    assert_eq!(
        rank(&with, "Major incident manager"),
        (1, ladder::PlacedBy::Table)
    );
    // Above a level: between it and the next.
    let above = [ladder::Override {
        role: "Service desk manager",
        level: "Senior service desk analyst",
        place: ladder::Place::Above("Service desk manager"),
    }];
    assert_eq!(
        rank(&above, "Senior service desk analyst"),
        (3, ladder::PlacedBy::Table)
    );
    assert_eq!(rank(&above, "Service desk manager").0, 2);
    assert_eq!(rank(&above, "Head of service desk").0, 4);
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
fn cr_only_line_ends_give_each_row_its_own_line() {
    let header = "Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description,Role Type";
    let csv = format!(
        "{header}\rData,Analyst,d,Analyst,l,S,s,Working,x,\rData,Analyst,d,Analyst,l,T,s,Superb,x,\r"
    );
    let error = read_roles(csv.as_bytes()).unwrap_err();
    assert_eq!(
        error,
        DdatError::Level {
            line: 3,
            value: "Superb".into()
        }
    );
}

#[test]
fn spaces_around_a_column_name_in_the_header_are_no_other_column() {
    let csv = "\u{feff} Role Family ,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description,Role Type \n\
        Data,Analyst,d,Analyst,l,S,s,Working,x,\n";
    let (rows, _) = read_roles(csv.as_bytes()).unwrap();
    assert_eq!(rows.len(), 1);
}

const SKILLS_HEADER: &str =
    "Skill Name,Skill Description,Awareness,Working,Practitioner,Expert,Roles that require Skill\n";

#[test]
fn a_skill_repeated_in_the_skills_file_is_merged_when_equal_and_refused_when_not() {
    let same = format!("{SKILLS_HEADER}S,d,a,w,p,e,r\nS,d,a,w,p,e,r\n");
    let (rows, blemishes) = read_skills(same.as_bytes()).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        blemishes,
        [Blemish {
            file: File::Skills,
            line: 3,
            kind: BlemishKind::RepeatedRow { first: 2 }
        }]
    );
    let other = format!("{SKILLS_HEADER}S,d,a,w,p,e,r\nS,d,a,w2,p,e,r\n");
    assert_eq!(
        read_skills(other.as_bytes()).unwrap_err(),
        DdatError::ConflictingSkill {
            line: 3,
            first: 2,
            skill: "S".into()
        }
    );
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
