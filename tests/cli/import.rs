//! `skillgap import`: the source page, and the same page in every layout
//! the site produces, read into the same profile.

use skillgap::import::{Imported, import};
use skillgap::profile::{Catalog, Field, Profile};

use crate::common::{fixture, run, skillgap};

fn source_text() -> String {
    // A copy, byte for byte, of the published page's text (the source
    // profile beside the repository), so CI needs nothing outside it.
    std::fs::read_to_string(fixture("import/source-page.txt")).unwrap()
}

fn curated() -> Profile {
    Catalog::builtin()
        .get("senior-devops-engineer-management")
        .unwrap()
        .profile
        .clone()
}

fn imported(text: &str) -> Profile {
    import(text, Some("senior-devops-engineer-management"))
        .unwrap()
        .profile
}

/// The unplaced lines, each as its number and text.
fn unplaced(got: &Imported) -> Vec<(usize, &str)> {
    got.unplaced
        .iter()
        .map(|u| (u.line, u.text.as_str()))
        .collect()
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[allow(clippy::too_many_lines)] // one block per section of the page
/// Compares every text field the page carries. Fields the page lost
/// (marked `inferred` in the curated profile) must come out empty and
/// marked; `develops`, ids, family, level and source are not on the page.
fn assert_same_page(got: &Profile, want: &Profile, layout: &str) {
    // Where the page gives each type its own section, no type line is lost.
    // Those pages also leave out Background and Organisation Skills.
    let types_by_section = layout.contains("split");
    if types_by_section {
        assert!(got.background.is_empty(), "{layout}: no background");
        assert!(
            got.organisation_skills.is_empty(),
            "{layout}: no organisation skills"
        );
    }
    let title_of = |title: &str, inferred: &[Field]| {
        if inferred.contains(&Field::Title) {
            String::new()
        } else {
            title.to_owned()
        }
    };
    assert_eq!(
        words(&got.summary),
        words(&want.summary),
        "{layout}: summary"
    );
    assert_eq!(
        got.responsibilities, want.responsibilities,
        "{layout}: responsibilities"
    );
    if !types_by_section {
        assert_eq!(
            got.background.len(),
            want.background.len(),
            "{layout}: background"
        );
        for (g, w) in got.background.iter().zip(&want.background) {
            assert_eq!(
                (words(&g.text), &g.kind),
                (words(&w.text), &w.kind),
                "{layout}"
            );
        }
    }
    assert_eq!(
        got.work_activities.len(),
        want.work_activities.len(),
        "{layout}: activities"
    );
    for (g, w) in got.work_activities.iter().zip(&want.work_activities) {
        assert_eq!(
            (&g.title, &g.details, &g.truncated),
            (&w.title, &w.details, &w.truncated),
            "{layout}"
        );
    }
    assert_eq!(
        got.knowledge_skills.len(),
        want.knowledge_skills.len(),
        "{layout}: skills"
    );
    for (g, w) in got.knowledge_skills.iter().zip(&want.knowledge_skills) {
        assert_eq!(
            g.title,
            title_of(&w.title, &w.inferred),
            "{layout}: {}",
            w.title
        );
        assert_eq!(
            (g.depth, g.kind, &g.details),
            (w.depth, w.kind, &w.details),
            "{layout}: {}",
            w.title
        );
        let mut expected = w.inferred.clone();
        if types_by_section {
            expected.retain(|f| *f != Field::Type);
        }
        assert_eq!(g.inferred, expected, "{layout}: marks of {}", w.title);
    }
    if !types_by_section {
        assert_eq!(
            got.organisation_skills.len(),
            want.organisation_skills.len(),
            "{layout}"
        );
        for (g, w) in got
            .organisation_skills
            .iter()
            .zip(&want.organisation_skills)
        {
            assert_eq!(
                (
                    &g.framework,
                    &g.category,
                    &g.title,
                    &g.description,
                    g.level,
                    &g.level_description,
                    &g.truncated
                ),
                (
                    &w.framework,
                    &w.category,
                    &w.title,
                    &w.description,
                    w.level,
                    &w.level_description,
                    &w.truncated
                ),
                "{layout}"
            );
        }
    }
    for (got_list, want_list, name) in [
        (&got.training, &want.training, "training"),
        (
            &got.development_activities,
            &want.development_activities,
            "PDA",
        ),
    ] {
        assert_eq!(got_list.len(), want_list.len(), "{layout}: {name}");
        for (g, w) in got_list.iter().zip(want_list) {
            assert_eq!(g.title, title_of(&w.title, &w.inferred), "{layout}: {name}");
            assert_eq!(
                (&g.details, &g.inferred),
                (&w.details, &w.inferred),
                "{layout}: {name}"
            );
        }
    }
    assert_eq!(
        got.qualifications.len(),
        want.qualifications.len(),
        "{layout}"
    );
    for (g, w) in got.qualifications.iter().zip(&want.qualifications) {
        let body = if w.inferred.contains(&Field::AwardingBody) {
            None
        } else {
            w.awarding_body.clone()
        };
        assert_eq!(
            (&g.title, &g.awarding_body, &g.inferred),
            (&w.title, &body, &w.inferred),
            "{layout}"
        );
    }
}

#[test]
fn the_source_page_imports_to_the_curated_profile() {
    let got = imported(&source_text());
    let want = curated();
    assert_eq!(got.title, want.title);
    assert_same_page(&got, &want, "plain text");
}

#[test]
fn every_layout_of_the_page_imports_to_the_same_profile() {
    let want = curated();
    for layout in [
        "markdown-tables",
        "compact-rows",
        "split-skill-sections",
        "compact-split-sections",
    ] {
        let text = std::fs::read_to_string(fixture(&format!("import/{layout}.txt"))).unwrap();
        assert_same_page(&imported(&text), &want, layout);
    }
}

#[test]
fn sfia_tags_become_separate_fields() {
    let text = std::fs::read_to_string(fixture("import/markdown-tables.txt")).unwrap();
    let got = imported(&text);
    let tags: Vec<(Option<&str>, Option<u8>)> = got.work_activities[..5]
        .iter()
        .map(|a| (a.sfia_code.as_deref(), a.sfia_level))
        .collect();
    assert_eq!(
        tags,
        [
            (Some("PROG"), Some(5)),
            (Some("PROG"), Some(2)),
            (Some("OFCL"), Some(5)),
            (None, Some(2)),
            (None, None)
        ]
    );
    assert_eq!(got.work_activities[0].title, "Barriers and impediments");
}

#[test]
fn the_command_writes_yaml_lists_every_place_to_check_and_exits_1() {
    let result = run(&["import", "tests/fixtures/import/source-page.txt"]);
    assert_eq!(result.code, 1, "{}", result.stderr);
    // Two behavioural titles, three technical, three training, one PDA,
    // two awarding bodies, two type lines, three cut-off texts.
    assert_eq!(
        result.stderr.matches("has no title in the page").count(),
        9,
        "{}",
        result.stderr
    );
    assert_eq!(result.stderr.matches("has no awarding body").count(), 2);
    assert_eq!(result.stderr.matches("has no type line").count(), 2);
    assert_eq!(result.stderr.matches("marked truncated").count(), 3);
    assert!(
        result
            .stderr
            .contains("source-page.txt:111: knowledge/skill 2 has no title"),
        "{}",
        result.stderr
    );
    // The output is a profile that validate reads, with warnings for the
    // places a person must fill in.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("imported.yaml");
    std::fs::write(&out, &result.stdout).unwrap();
    let validate = run(&["validate", out.to_str().unwrap()]);
    assert_eq!(validate.code, 0, "warnings only: {}", validate.stdout);
    assert!(validate.stdout.contains("[inferred-field]"));
}

#[test]
fn a_clean_page_imports_with_exit_0_and_stdin_works() {
    let page = "Tiny Role\n\nA small role.\n\nAt this role level, you will:\n\n• do things\n\nWork Activity Components\n\nTitle Details\n\nTesting\n\nWrites the tests.\n\nKnowledge/Skills Components\n\nTitle Depth Details Type\n\nAttention to Detail\n\nChecks the work.\n\nBehavioural Skills\n";
    let mut child = skillgap()
        .args(["import", "-", "--id", "tiny"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), page.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.starts_with("id: tiny\ntitle: Tiny Role\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  - title: Testing\n    details: Writes the tests.\n"),
        "{stdout}"
    );
}

#[test]
fn text_that_is_not_a_profile_page_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("note.txt");
    std::fs::write(&path, "Shopping list\n\nmilk\neggs\n").unwrap();
    let result = run(&["import", path.to_str().unwrap()]);
    assert_eq!(result.code, 2);
    assert!(
        result
            .stderr
            .contains("does not look like a job-profile page"),
        "{}",
        result.stderr
    );

    std::fs::write(
        &path,
        "Background Components

Work Activity Components

Title Details

At this role level, you will:
",
    )
    .unwrap();
    let result = run(&["import", path.to_str().unwrap()]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(result.stdout.is_empty());
    assert!(result.stderr.contains("no items"), "{}", result.stderr);
}

#[test]
fn lines_that_cannot_be_placed_are_listed_with_their_numbers() {
    let page = "Tiny Role\n\nA small role.\n\nBackground Components\n\nDescription Background\n\nKnows things.\n\nPrior Knowledge and Skills\n\nA paragraph with no type after it.\n\nWork Activity Components\n\nTitle Details\n\nTesting\n\nWrites the tests.\n";
    let got = import(page, None).unwrap();
    assert_eq!(unplaced(&got), [(13, "A paragraph with no type after it.")]);
    assert_eq!(got.profile.id, "tiny-role");
}

#[test]
fn markdown_headings_spaced_slashes_and_page_furniture_do_not_derail_it() {
    let text = source_text()
        .replace("Background Components", "## Background Components")
        .replace(
            "Knowledge/Skills Components",
            "**Knowledge / Skills Components**",
        )
        .replace("PDA Components", "Give Feedback\n\nPDA Components");
    assert_same_page(&imported(&text), &curated(), "headings");
}

#[test]
fn an_empty_table_row_is_skipped_not_a_crash() {
    let page = "Tiny Role\n\nA small role.\n\nKnowledge/Skills Components\n\n| Title | Depth | Details | Type |\n|---|---|---|---|\n| Testing | Familiar with | Writing tests. | Technical Knowledge and Skills |\n|\n\nWork Activity Components\n\nTitle | Details |\n---|---|\nTesting | Writes the tests. |\n";
    let got = import(page, None).unwrap();
    assert_eq!(got.profile.knowledge_skills.len(), 1);
    assert_eq!(got.profile.knowledge_skills[0].title, "Testing");
    assert_eq!(got.profile.work_activities.len(), 1);
}

#[test]
fn stray_markup_is_listed_and_does_not_shift_the_rows() {
    let text = source_text()
        .replace("Team effectiveness\n", "<br/>\n\nTeam effectiveness\n")
        .replace("Workshop design\n", "</div>\n\nWorkshop design\n");
    let got = import(&text, Some("senior-devops-engineer-management")).unwrap();
    let stray: Vec<&str> = got.unplaced.iter().map(|u| u.text.as_str()).collect();
    assert_eq!(stray, ["<br/>", "</div>"]);
    assert_same_page(&got.profile, &curated(), "stray markup");
}

#[test]
fn a_lost_depth_line_is_noted_and_does_not_shift_the_skills() {
    let text = source_text().replacen(
        "Application Systems\n\nFamiliar with\n\n",
        "Application Systems\n\n\n",
        1,
    );
    let got = import(&text, None).unwrap();
    assert_eq!(got.profile.knowledge_skills.len(), 28);
    let skill = &got.profile.knowledge_skills[8];
    assert_eq!(
        (skill.title.as_str(), skill.depth),
        ("Application Systems", None)
    );
    assert_eq!(
        got.profile.knowledge_skills[9].title,
        "Application Development Tools"
    );
    assert!(
        got.notes
            .iter()
            .any(|n| n.message.contains("lost its depth line"))
    );
}

#[test]
fn a_compact_title_split_at_an_acronym_is_noted_for_a_person() {
    let page = &small_page(
        "Work Activity Components\n\nTitle Details\n\nSecurity Awareness IT security habits for every member of staff.\n\nTesting Tools Software that runs the tests for a team.",
    );
    let got = import(page, None).unwrap();
    let titles: Vec<&str> = got
        .profile
        .work_activities
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(titles, ["Security Awareness", "Testing Tools"]);
    assert_eq!(
        got.profile.work_activities[0].details,
        "IT security habits for every member of staff."
    );
    let notes: Vec<(usize, &str)> = got
        .notes
        .iter()
        .map(|n| (n.line, n.message.as_str()))
        .collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].0, 9);
    assert!(notes[0].1.contains("Security Awareness"), "{notes:?}");
}

#[test]
fn compact_qualifications_take_their_awarding_body_from_the_line_or_the_next() {
    let text = std::fs::read_to_string(fixture("import/compact-rows.txt")).unwrap();
    let own_line = text.replace(
        "(RITTech) BCS – The Chartered",
        "(RITTech)\n\nBCS – The Chartered",
    );
    assert_ne!(own_line, text);
    for page in [text, own_line] {
        let got = imported(&page);
        let bodies: Vec<(&str, Option<&str>)> = got
            .qualifications
            .iter()
            .map(|q| (q.title.as_str(), q.awarding_body.as_deref()))
            .collect();
        assert_eq!(
            bodies,
            [
                (
                    "Registered IT Technician (RITTech)",
                    Some("BCS – The Chartered Institute for IT")
                ),
                ("FEDIP Senior Practitioner", None),
                ("EXIN DevOps Professional", None),
            ]
        );
    }
}

#[test]
fn an_sfia_level_outside_one_to_seven_is_kept_and_noted() {
    let page = &small_page(
        "Work Activity Components\n\nTitle Details\n\nProgramming (PROG Level 9)\n\nWrites the code.",
    );
    let got = import(page, None).unwrap();
    let activity = &got.profile.work_activities[0];
    assert_eq!(
        (
            activity.title.as_str(),
            activity.sfia_code.as_deref(),
            activity.sfia_level
        ),
        ("Programming", Some("PROG"), Some(9))
    );
    assert_eq!(got.notes.len(), 1, "{:?}", got.notes);
    assert_eq!(got.notes[0].line, 9);
    assert!(got.notes[0].message.contains("SFIA level 9"));
}

#[test]
fn a_compact_row_that_lost_its_details_is_noted_and_the_rest_still_read() {
    let text = std::fs::read_to_string(fixture("import/compact-rows.txt")).unwrap();
    let start = text.find("Team Leadership Undertaking").unwrap();
    let end = start + text[start..].find('\n').unwrap();
    let mut page = text.clone();
    page.replace_range(start + "Team Leadership".len()..end, "");
    let got = import(&page, None).unwrap();
    let want = curated();
    assert_eq!(
        got.profile.development_activities.len(),
        want.development_activities.len()
    );
    for (g, w) in got
        .profile
        .development_activities
        .iter()
        .zip(&want.development_activities)
    {
        assert_eq!(
            g.title,
            if w.inferred.is_empty() {
                &w.title[..]
            } else {
                ""
            }
        );
        if g.title == "Team Leadership" {
            assert_eq!(g.details, "");
        } else {
            assert_eq!(g.details, w.details);
        }
    }
    assert!(
        got.notes
            .iter()
            .any(|n| n.message.contains("`Team Leadership` stands alone")),
        "{:?}",
        got.notes
    );
}

/// `text` with the two columns of every table row between `from` and `to`
/// swapped, header included.
fn swap_columns(text: &str, from: &str, to: &str) -> String {
    let start = text.find(from).unwrap();
    let end = start + text[start..].find(to).unwrap();
    let swapped: Vec<String> = text[start..end]
        .lines()
        .map(|line| match line.split(" | ").collect::<Vec<_>>()[..] {
            [a, b] if b.ends_with('|') => format!("{} | {a} |", b.trim_end_matches('|').trim()),
            _ => line.to_owned(),
        })
        .collect();
    format!("{}{}\n{}", &text[..start], swapped.join("\n"), &text[end..])
}

#[test]
fn table_columns_are_read_in_the_order_the_header_gives() {
    let text = std::fs::read_to_string(fixture("import/markdown-tables.txt")).unwrap();
    let swapped = swap_columns(&text, "Work Activity Components", "Knowledge/Skills");
    let swapped = swap_columns(&swapped, "Qualification Components", "Organisation Skills");
    assert!(swapped.contains("Details | Title |") && swapped.contains("Awarding Body | Title |"));
    let want = imported(&text);
    let got = imported(&swapped);
    assert_eq!(got.work_activities, want.work_activities);
    assert_eq!(got.qualifications, want.qualifications);
}

#[test]
fn out_writes_the_file_and_will_not_replace_one_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("role.yaml");
    let page = fixture("import/compact-rows.txt");
    let (page, out_path) = (page.to_str().unwrap(), out.to_str().unwrap());
    let plain = ["import", page, "--out", out_path];
    let forced = ["import", page, "--out", out_path, "--force"];
    let first = run(&plain);
    assert_eq!(first.code, 1, "{}", first.stderr);
    assert!(first.stdout.is_empty(), "the YAML goes to the file");
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.contains("title: Senior DevOps Engineer – Management"));

    std::fs::write(&out, "keep me\n").unwrap();
    let refused = run(&plain);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains("--force"), "{}", refused.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me\n");

    let replaced = run(&forced);
    assert_eq!(replaced.code, 1, "{}", replaced.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), written);
}

#[test]
fn a_huge_unplaced_line_is_clipped_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.txt");
    let huge = "x".repeat(100_000);
    std::fs::write(
        &page,
        format!("Tiny Role\n\nA small role.\n\nBackground Components\n\nDescription Background\n\n{huge}\n\nWork Activity Components\n\nTitle Details\n\nTesting\n\nWrites the tests.\n\nKnowledge/Skills Components\n\nTitle Depth Details Type\n\nAttention to Detail\n\nChecks the work.\n\nBehavioural Skills\n"),
    )
    .unwrap();
    let result = run(&["import", page.to_str().unwrap()]);
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert!(
        result.stderr.contains(":9: could not place this line: xxx"),
        "{}",
        result.stderr
    );
    assert!(result.stderr.contains("(99800 more characters)"));
    assert!(result.stderr.len() < 2_000, "{} bytes", result.stderr.len());
}

#[test]
fn site_navigation_before_the_title_is_listed_not_taken_for_the_title() {
    let text = format!(
        "Skip to main content\n\nHome\n\nHome » Database » Senior DevOps Engineer – Management\n\n{}",
        source_text()
    );
    let got = import(&text, Some("senior-devops-engineer-management")).unwrap();
    let unplaced: Vec<(usize, &str)> = got
        .unplaced
        .iter()
        .map(|u| (u.line, u.text.as_str()))
        .collect();
    assert_eq!(
        unplaced,
        [
            (1, "Skip to main content"),
            (3, "Home"),
            (5, "Home » Database » Senior DevOps Engineer – Management"),
        ]
    );
    assert_eq!(got.profile.title, curated().title);
    assert_same_page(&got.profile, &curated(), "navigation");
}

#[test]
fn the_responsibilities_lead_in_is_found_in_other_wordings() {
    for wording in [
        "At this role level you will:",
        "At this role level, you will",
        "at this role level you will",
    ] {
        let text = source_text().replace("At this role level, you will:", wording);
        assert_ne!(text, source_text());
        let got = imported(&text);
        assert_eq!(
            got.responsibilities,
            curated().responsibilities,
            "{wording}"
        );
        assert_eq!(words(&got.summary), words(&curated().summary), "{wording}");
    }
}

#[test]
fn bold_and_bordered_table_headers_are_read_and_extra_cells_listed() {
    let page = "Tiny Role\n\nA small role.\n\nWork Activity Components\n\n**Title** | **Details** |\n---|---|\nTesting | Writes the tests. | Escalates to the owner. |\n\nOrganisation Skills\n\n| Framework » Organisation | Category » Subcategory | Skill Name and Description | Level |\n| --- | --- | --- | --- |\n| DDaT » Software Development | Software Development – Service support | You can maintain and support services. | 3 – Practitioner | You can identify, locate and fix faults. |\n";
    let got = import(page, None).unwrap();
    let activities: Vec<(&str, &str)> = got
        .profile
        .work_activities
        .iter()
        .map(|a| (a.title.as_str(), a.details.as_str()))
        .collect();
    assert_eq!(activities, [("Testing", "Writes the tests.")]);
    assert_eq!(unplaced(&got), [(9, "Escalates to the owner.")]);
    let org = &got.profile.organisation_skills;
    assert_eq!(org.len(), 1);
    assert_eq!(
        (
            org[0].framework.as_str(),
            org[0].category.as_str(),
            org[0].title.as_str(),
            org[0].level,
            org[0].level_description.as_str()
        ),
        (
            "DDaT",
            "Software Development",
            "Service support",
            3,
            "You can identify, locate and fix faults."
        )
    );
}

/// Work activities and knowledge/skills as a browser copies an HTML
/// table: one row a line, cells separated by tabs, a lost cell empty.
fn tab_separated_page(profile: &Profile) -> String {
    let title = |title: &str, inferred: &[Field]| {
        if inferred.contains(&Field::Title) {
            String::new()
        } else {
            title.to_owned()
        }
    };
    let mut page = format!(
        "{}\n\n{}\n\nWork Activity Components\n\nTitle\tDetails\n",
        profile.title, profile.summary
    );
    for a in &profile.work_activities {
        page += &format!("{}\t{}\n", a.title, a.details);
    }
    page += "\nKnowledge/Skills Components\n\nTitle\tDepth\tDetails\tType\n";
    for k in &profile.knowledge_skills {
        page += &format!(
            "{}\t{}\t{}\t{}\n",
            title(&k.title, &k.inferred),
            k.depth.map_or("", |d| d.label()),
            k.details,
            k.kind.label()
        );
    }
    page
}

#[test]
fn a_table_copied_with_tabs_between_cells_is_read_cell_by_cell() {
    let want = curated();
    let got = import(&tab_separated_page(&want), None).unwrap();
    assert!(got.unplaced.is_empty(), "{:?}", got.unplaced);
    let activities = |p: &Profile| -> Vec<(String, String)> {
        p.work_activities
            .iter()
            .map(|a| (a.title.clone(), a.details.clone()))
            .collect()
    };
    assert_eq!(activities(&got.profile), activities(&want));
    let skills = |p: &Profile| -> Vec<(String, String)> {
        p.knowledge_skills
            .iter()
            .map(|k| {
                (
                    k.title.clone(),
                    format!("{:?} {:?} {}", k.depth, k.kind, k.details),
                )
            })
            .collect()
    };
    let mut expected = skills(&want);
    for (row, k) in expected.iter_mut().zip(&want.knowledge_skills) {
        if k.inferred.contains(&Field::Title) {
            row.0.clear();
        }
    }
    assert_eq!(skills(&got.profile), expected);
}

#[test]
fn column_headers_copied_with_tabs_over_plain_fields_are_still_headers() {
    let text = source_text()
        .replace("Title Details", "Title\tDetails")
        .replace("Title Depth Details Type", "Title\tDepth\tDetails\tType");
    assert_ne!(text, source_text());
    assert_same_page(&imported(&text), &curated(), "tab headers");
}

#[test]
fn a_lost_details_line_is_marked_noted_and_validates_with_warnings_only() {
    let text = source_text().replacen(
        "Team effectiveness\n\nSchedules and facilitates meetings to identify blockers to team effectiveness.\n",
        // One blank line more than between fields: one field lost.
        "Team effectiveness\n\n",
        1,
    );
    assert_ne!(text, source_text());
    let got = import(&text, None).unwrap();
    let activity = &got.profile.work_activities[1];
    assert_eq!(
        (activity.title.as_str(), activity.details.as_str()),
        ("Team effectiveness", "")
    );
    assert_eq!(activity.inferred, [Field::Details]);
    assert_eq!(got.profile.work_activities[2].title, "Workshop design");
    assert!(
        got.notes
            .iter()
            .any(|n| n.message == "work activity 2: `details` is lost in the page: supply it"),
        "{:?}",
        got.notes
    );

    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.txt");
    let out = dir.path().join("role.yaml");
    std::fs::write(&page, &text).unwrap();
    let result = run(&[
        "import",
        page.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(result.code, 1, "{}", result.stderr);
    let validate = run(&["validate", out.to_str().unwrap()]);
    assert_eq!(validate.code, 0, "warnings only: {}", validate.stdout);
}

#[test]
fn split_skill_sections_without_a_column_header_are_still_sections() {
    let text = std::fs::read_to_string(fixture("import/split-skill-sections.txt")).unwrap();
    let bare = text
        .replace(
            "Behavioural Skills\n\nTitle Details\n",
            "Behavioural Skills\n",
        )
        .replace(
            "Technical Skills\n\nTitle Details Depth\n",
            "Technical Skills\n",
        )
        .replace(
            "Other Knowledge and Skills\n\nTitle Depth Details\n",
            "Other Knowledge and Skills\n",
        );
    assert_eq!(
        bare.matches("\nTitle ").count(),
        text.matches("\nTitle ").count() - 3
    );
    assert_same_page(&imported(&bare), &curated(), "split-skill-sections");
}

#[test]
fn a_work_activity_named_like_a_skill_type_stays_an_activity() {
    let page = &small_page(
        "Work Activity Components\n\nTitle Details\n\nTechnical review\n\nReviews the design with the team.",
    );
    let got = import(page, None).unwrap();
    assert_eq!(got.profile.work_activities.len(), 1);
    assert_eq!(got.profile.work_activities[0].title, "Technical review");
    assert!(got.profile.knowledge_skills.is_empty());
}

#[test]
fn text_after_the_footer_is_listed_and_a_section_there_is_still_read() {
    let source = source_text();
    let lines = source.lines().count();
    let text = format!(
        "{source}\n\nRelated roles: Lead DevOps Engineer\n\nTraining Components\n\nTitle Details\n\nExtra Course\n\nA course added after the footer.\n"
    );
    let got = import(&text, None).unwrap();
    assert_eq!(
        unplaced(&got),
        [(lines + 2, "Related roles: Lead DevOps Engineer")]
    );
    let last = got.profile.training.last().unwrap();
    assert_eq!(
        (last.title.as_str(), last.details.as_str()),
        ("Extra Course", "A course added after the footer.")
    );
    assert!(import(&source, None).unwrap().unplaced.is_empty());
}

#[test]
fn bullets_in_other_markers_and_furniture_after_them() {
    let source = source_text();
    for marker in ["◦", "1.", "-"] {
        let text = source.replace('•', marker);
        assert_ne!(text, source);
        assert_eq!(
            imported(&text).responsibilities,
            curated().responsibilities,
            "{marker}"
        );
    }
    let text = source.replacen(
        "\n\nBackground Components",
        "\n\nShare this page\n\nPrint\n\nBackground Components",
        1,
    );
    let got = import(&text, None).unwrap();
    assert_eq!(got.profile.responsibilities, curated().responsibilities);
    let unplaced: Vec<&str> = got.unplaced.iter().map(|u| u.text.as_str()).collect();
    assert_eq!(unplaced, ["Share this page", "Print"]);
}

#[test]
fn a_table_row_wrapped_onto_two_lines_is_one_row() {
    let text = std::fs::read_to_string(fixture("import/markdown-tables.txt")).unwrap();
    let wrapped = text.replacen(
        "Identifies barriers to progress. Recommends",
        "Identifies barriers to progress.\nRecommends",
        1,
    );
    assert_ne!(wrapped, text);
    let got = import(&wrapped, Some("senior-devops-engineer-management")).unwrap();
    assert!(got.unplaced.is_empty(), "{:?}", got.unplaced);
    assert_same_page(&got.profile, &curated(), "wrapped row");
}

#[test]
fn tab_rows_with_an_empty_first_or_last_cell_or_a_lost_middle_cell() {
    let page = "Tiny Role\n\nA small role.\n\nKnowledge/Skills Components\n\nTitle\tDepth\tDetails\tType\nTesting\tFamiliar with\tWriting tests.\tTechnical Knowledge and Skills\nProgramming Languages\tA set of codes and syntax for programs.\tTechnical Knowledge and Skills\n\nTraining Components\n\nTitle\tDetails\nTest Design\tDesigning tests.\n\tMethods and techniques for mentoring.\n\nQualification Components\n\nTitle\tAwarding Body\nFEDIP Senior Practitioner\t\n";
    let got = import(page, None).unwrap();
    assert!(got.unplaced.is_empty(), "{:?}", got.unplaced);
    let skills = &got.profile.knowledge_skills;
    assert_eq!(skills.len(), 2);
    assert_eq!(
        (
            skills[1].title.as_str(),
            skills[1].depth,
            skills[1].details.as_str()
        ),
        (
            "Programming Languages",
            None,
            "A set of codes and syntax for programs."
        )
    );
    assert!(
        got.notes
            .iter()
            .any(|n| n.line == 9 && n.message.contains("fewer cells"))
    );
    let training: Vec<(&str, &str)> = got
        .profile
        .training
        .iter()
        .map(|t| (t.title.as_str(), t.details.as_str()))
        .collect();
    assert_eq!(
        training,
        [
            ("Test Design", "Designing tests."),
            ("", "Methods and techniques for mentoring.")
        ]
    );
    let q = &got.profile.qualifications;
    assert_eq!(
        (q.len(), q[0].title.as_str(), q[0].awarding_body.as_deref()),
        (1, "FEDIP Senior Practitioner", None)
    );
}

#[test]
fn compact_organisation_rows_that_do_not_repeat_the_framework_take_it_from_above() {
    let text = std::fs::read_to_string(fixture("import/compact-rows.txt")).unwrap();
    let place = "DDaT » Software Development Software Development –";
    let first = text.find(place).unwrap() + place.len();
    let page = format!(
        "{}{}",
        &text[..first],
        text[first..].replace(place, "Software Development –")
    );
    assert_eq!(page.matches(place).count(), 1);
    let got = import(&page, Some("senior-devops-engineer-management")).unwrap();
    assert_same_page(&got.profile, &curated(), "compact rows, framework once");
    let taken = got
        .notes
        .iter()
        .filter(|n| n.message.contains("taken from the row above"))
        .count();
    assert_eq!(taken, 9);
}

#[test]
fn a_title_that_looks_like_a_breadcrumb_is_kept_as_the_title_with_a_note() {
    let source = source_text();
    let text = source.replacen(
        "Senior DevOps Engineer – Management",
        "Senior DevOps Engineer > Management",
        1,
    );
    assert_ne!(text, source);
    let got = import(&text, None).unwrap();
    assert_eq!(got.profile.title, "Senior DevOps Engineer > Management");
    assert!(got.unplaced.is_empty(), "{:?}", got.unplaced);
    assert!(
        got.notes
            .iter()
            .any(|n| n.line == 1 && n.message.contains("looks like site navigation"))
    );
}

/// A two-section page around `body`, for the tests of single heuristics.
fn small_page(body: &str) -> String {
    format!(
        "Tiny Role\n\nA small role.\n\n{body}\n\nTraining Components\n\nTitle Details\n\nTest Design\n\nDesigning tests.\n"
    )
}

#[test]
fn ordinary_text_does_not_trip_the_layout_heuristics() {
    // "at this role level" inside a summary sentence is not the lead-in.
    let got = import(
        "Tiny Role\n\nEngineers at this role level are expected to work alone. They lead.\n\nAt this role level, you will:\n\n• lead the team\n\nWork Activity Components\n\nTitle Details\n\nTesting\n\nWrites tests.\n\nTraining Components\n\nTitle Details\n\nTest Design\n\nDesigning tests.\n",
        None,
    )
    .unwrap();
    assert_eq!(
        got.profile.summary,
        "Engineers at this role level are expected to work alone. They lead."
    );
    assert_eq!(got.profile.responsibilities, ["lead the team"]);

    // A long title in a plain section is not a compact row.
    let got = import(
        &small_page("PDA Components\n\nTitle Details\n\nAttend industry conferences and community meetups on DevOps\n\nKeeps up to date with DevOps practice by attending events."),
        None,
    )
    .unwrap();
    let pda = &got.profile.development_activities;
    assert_eq!(
        (pda.len(), pda[0].title.as_str()),
        (
            1,
            "Attend industry conferences and community meetups on DevOps"
        )
    );

    // A tab inside plain details does not make the section a table.
    let got = import(
        &small_page("Work Activity Components\n\nTitle Details\n\nBuild pipelines\n\nUses tools:\tJenkins and others.\n\nRun releases\n\nCoordinates releases:\tweekly.\n\nTesting\n\nWrites tests."),
        None,
    )
    .unwrap();
    assert_eq!(got.profile.work_activities.len(), 3);
    assert!(got.unplaced.is_empty(), "{:?}", got.unplaced);

    // A row that lost its closing pipe does not swallow the next row.
    let got = import(
        &small_page("Work Activity Components\n\nTitle | Details |\n---|---|\nBarriers | Identifies barriers\nTeam effectiveness | Schedules meetings. |"),
        None,
    )
    .unwrap();
    let titles: Vec<&str> = got
        .profile
        .work_activities
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(titles, ["Barriers", "Team effectiveness"]);
}

#[test]
fn a_qualification_named_acronym_dash_is_not_taken_for_an_awarding_body() {
    let got = import(
        "Engineer\n\nWork Activity Components\n\nTitle Details\n\nBarriers and impediments Identifies barriers to progress. Recommends remedial action.\n\nTeam effectiveness Schedules and facilitates meetings to identify blockers.\n\nQualification Components\n\nTitle Awarding Body\n\nAWS Certified DevOps Engineer\n\nPRINCE2 – Practitioner\n\nCisco CCNA – Routing and Switching\n",
        None,
    )
    .unwrap();
    let q: Vec<(&str, Option<&str>)> = got
        .profile
        .qualifications
        .iter()
        .map(|q| (q.title.as_str(), q.awarding_body.as_deref()))
        .collect();
    assert_eq!(
        q,
        [
            ("AWS Certified DevOps Engineer", None),
            ("PRINCE2 – Practitioner", None),
            ("Cisco CCNA – Routing and Switching", None),
        ]
    );
}

#[test]
fn a_short_row_whose_title_starts_with_a_type_word_keeps_its_title() {
    let got = import(
        &small_page("Knowledge/Skills Components\n\n| Title | Depth | Details | Type |\n|---|---|---|---|\n| Testing | Familiar with | Writing tests. | Technical Knowledge and Skills |\n| Technical debt management | Understands how debt builds up. | Technical |"),
        None,
    )
    .unwrap();
    let skill = &got.profile.knowledge_skills[1];
    assert_eq!(
        (skill.title.as_str(), skill.details.as_str()),
        (
            "Technical debt management",
            "Understands how debt builds up."
        )
    );
}

#[test]
fn trailing_tabs_and_spaces_on_every_line_change_nothing() {
    let text: String = source_text()
        .lines()
        .map(|line| line.to_owned() + " \t\n")
        .collect();
    assert_same_page(&imported(&text), &curated(), "trailing whitespace");
}

#[test]
fn the_summary_line_shows_escapes_in_the_imported_title_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.txt");
    let page = "Tiny \u{1b}]0;pwned\u{7}Role\u{202e}\u{1b}[2J\n\nA small role.\n\nAt this role level, you will:\n\n• do things\n\nWork Activity Components\n\nTitle Details\n\nTesting\n\nWrites the tests.\n\nKnowledge/Skills Components\n\nTitle Depth Details Type\n\nAttention to Detail\n\nChecks the work.\n\nBehavioural Skills\n";
    std::fs::write(&path, page).unwrap();
    let result = run(&["import", path.to_str().unwrap(), "--id", "tiny"]);
    assert!(
        result
            .stderr
            .contains("imported `Tiny \\u{1b}]0;pwned\\u{7}Role\\u{202e}\\u{1b}[2J`"),
        "{:?}",
        result.stderr
    );
    assert!(
        !result.stderr.contains(['\u{1b}', '\u{7}', '\u{202e}']),
        "{:?}",
        result.stderr
    );
}

#[test]
fn standard_input_too_large_or_not_text_is_named_as_such() {
    for (input, message) in [
        (
            "/dev/zero",
            "standard input is larger than the 1024 KiB limit",
        ),
        ("/dev/urandom", "standard input is"),
    ] {
        let output = crate::common::skillgap()
            .args(["import", "-"])
            .stdin(std::fs::File::open(input).unwrap())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{input}: {stderr}");
        assert!(stderr.contains(message), "{input}: {stderr}");
    }
}

#[test]
fn a_page_with_nothing_to_rate_is_exit_2_and_writes_nothing() {
    // This README names the page's headings but is no profile page.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("readme.yaml");
    let result = run(&["import", "README.md", "--out", out.to_str().unwrap()]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains("no knowledge/skills and no organisation skills"),
        "{}",
        result.stderr
    );
    assert!(!out.exists());
    let result = run(&["import", "README.md"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(result.stdout.is_empty(), "{}", result.stdout);

    // Work activities alone are not enough to rate anyone against.
    let page = dir.path().join("page.txt");
    std::fs::write(
        &page,
        "Tiny Role\n\nA small role.\n\nWork Activity Components\n\nTitle Details\n\nTesting\n\nWrites the tests.\n",
    )
    .unwrap();
    let result = run(&["import", page.to_str().unwrap()]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(result.stdout.is_empty(), "{}", result.stdout);
}
