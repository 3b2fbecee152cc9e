//! Unit tests of `ddat`'s reading: the published files read with every
//! blemish the data really has (measured, SPEC §9), and the ways a file
//! can be refused.

use super::*;

pub(super) fn data(file: &str) -> Vec<u8> {
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

pub(super) const SKILLS_HEADER: &str =
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
fn two_skill_names_of_a_level_that_make_one_id_are_refused_with_both_lines() {
    // Found by fuzzing (import_ddat): two skill names of one level that
    // differ only in case, spaces or an invisible character made one
    // skill id, and the profile written was refused as having a duplicate
    // id (and a later import refused the file it had written).
    let row = |skill: &str| format!("Data,Analyst,d,Analyst,l,{skill},s,Working,x,\n");
    let header = "Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description,Role Type\n";
    for other in ["User Research", "User \u{feff}research", "User  research"] {
        let csv = [header.to_owned(), row("User research"), row(other)].concat();
        assert_eq!(
            read_roles(csv.as_bytes()).unwrap_err(),
            DdatError::SameSkillId {
                line: 3,
                first: 2,
                level: "Analyst".to_owned(),
                skill: other.to_owned(),
                other: "User research".to_owned(),
            }
        );
    }
    // The same name in two levels, or twice word for word, is no clash.
    let csv = [
        header.to_owned(),
        row("User research"),
        row("User research"),
        "Data,Analyst,d,Senior analyst,l,User Research,s,Working,x,\n".to_owned(),
    ]
    .concat();
    let (rows, _) = read_roles(csv.as_bytes()).unwrap();
    assert_eq!(rows.len(), 2);
}
