//! `--format html` for `compare`, `history`, `roles`, `path` and `show`:
//! each page parsed (never compared as text) for every item, person and
//! profile the JSON of the same command has, with the same figures; and
//! text from files that tries to become markup stays text.

use std::path::{Path, PathBuf};

use scraper::{ElementRef, Html, Selector};

use crate::common::run;

/// Markup, an attribute, a closing tag, a link and a terminal escape at
/// once: none may become anything but text. (`\e` as YAML writes it.)
const HOSTILE_YAML: &str = r#"<script>alert(1)</script>\" onmouseover=\"x</table><a href=\"javascript:alert(1)\">j</a>\e[31m"#;
/// The same text as it reads in the page once the escape is made visible.
const HOSTILE_SHOWN: &str =
    r#"<script>alert(1)</script>" onmouseover="x</table><a href="javascript:alert(1)">j</a>"#;

fn select<'a>(page: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    page.select(&Selector::parse(css).unwrap()).collect()
}

fn texts(page: &Html, css: &str) -> Vec<String> {
    select(page, css)
        .iter()
        .map(|e| e.text().collect::<String>())
        .collect()
}

/// A profile directory with a role of two levels whose titles, source and
/// items carry the hostile text, and two assessments of one person (named
/// with it, evidence with it) a month apart.
struct Hostile {
    _dir: tempfile::TempDir,
    profiles: PathBuf,
    first: PathBuf,
    second: PathBuf,
}

fn hostile() -> Hostile {
    let dir = tempfile::tempdir().unwrap();
    let profiles = dir.path().join("profiles");
    std::fs::create_dir(&profiles).unwrap();
    for (rank, level) in [(1, "one"), (2, "two")] {
        std::fs::write(
            profiles.join(format!("{level}.yaml")),
            format!(
                "id: evil-{level}\ntitle: \"Evil {level} {HOSTILE_YAML}\"\nsummary: \"s {HOSTILE_YAML}\"\n\
                 role: \"Evil {HOSTILE_YAML}\"\nladder: {{rank: {rank}}}\n\
                 source: {{name: \"Src {HOSTILE_YAML}\", url: \"javascript:alert(1)\"}}\n\
                 responsibilities: [\"r {HOSTILE_YAML}\"]\n\
                 knowledge_skills:\n  - {{id: kay, title: \"Kay {HOSTILE_YAML}\", depth: {depth}, type: technical, details: d}}\n\
                 organisation_skills:\n  - {{id: cee, framework: House, title: \"Cee {HOSTILE_YAML}\", description: d, level: {rank}, level_description: \"done {HOSTILE_YAML}\"}}\n\
                 training:\n  - {{title: \"T {HOSTILE_YAML}\", details: d, develops: [cee]}}\n",
                depth = if rank == 1 { "aware" } else { "expert" },
            ),
        )
        .unwrap();
    }
    let team = dir.path().join("people");
    std::fs::create_dir(&team).unwrap();
    let mut files = Vec::new();
    for (date, kay, cee) in [("2026-10-01", "aware", 1), ("2026-11-01", "familiar", 1)] {
        let file = team.join(format!("{date}.yaml"));
        std::fs::write(
            &file,
            format!(
                "profile: evil-one\nperson: \"Pat {HOSTILE_YAML}\"\nassessor: self\ndate: {date}\n\
                 status: complete\nratings:\n  kay: {{level: {kay}, evidence: \"e {HOSTILE_YAML}\"}}\n  cee: {cee}\n"
            ),
        )
        .unwrap();
        files.push(file);
    }
    let second = files.pop().unwrap();
    let first = files.pop().unwrap();
    Hostile {
        _dir: dir,
        profiles,
        first,
        second,
    }
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// The page and the JSON of one command.
fn page_and_json(args: &[&str]) -> (Html, serde_json::Value) {
    let html = run(&[args, &["--format", "html"]].concat());
    assert_eq!(html.code, 0, "{args:?}: {}", html.stderr);
    let json = run(&[args, &["--format", "json"]].concat());
    assert_eq!(json.code, 0, "{args:?}: {}", json.stderr);
    assert_no_markup_from_files(args, &html.stdout);
    (
        Html::parse_document(&html.stdout),
        serde_json::from_str(&json.stdout).unwrap(),
    )
}

/// Nothing from a file became an element, an attribute or a link, and
/// nothing in the page loads or points anywhere.
fn assert_no_markup_from_files(args: &[&str], html: &str) {
    let page = Html::parse_document(html);
    for css in [
        "script",
        "a",
        "[onmouseover]",
        "[src]",
        "[href]",
        "iframe",
        "img",
    ] {
        assert!(select(&page, css).is_empty(), "{args:?}: {css} in\n{html}");
    }
    assert!(!html.contains("url("), "{args:?}");
    assert!(!html.contains('\u{1b}'), "{args:?} prints an escape raw");
    assert!(!html.contains("<script"), "{args:?}");
    // Headings in order: one h1 first, and never a level skipped going in.
    let levels: Vec<usize> = select(&page, "h1, h2, h3, h4, h5, h6")
        .iter()
        .map(|h| usize::from(h.value().name().as_bytes()[1] - b'0'))
        .collect();
    assert_eq!(levels.first(), Some(&1), "{args:?}: {levels:?}");
    assert_eq!(levels.iter().filter(|l| **l == 1).count(), 1, "{args:?}");
    for pair in levels.windows(2) {
        assert!(pair[1] <= pair[0] + 1, "{args:?}: headings {levels:?}");
    }
    // Every table has a header row of scoped header cells.
    for table in select(&page, "table") {
        let heads = table
            .select(&Selector::parse("thead th[scope=col]").unwrap())
            .count();
        assert!(heads > 0, "{args:?}: a table without column headers");
    }
}

#[test]
fn a_compare_page_has_every_item_with_both_levels_and_a_word_for_each() {
    let (page, json) = page_and_json(&[
        "compare",
        "examples/team/lee-wong-self.yaml",
        "examples/team/lee-wong-manager.yaml",
    ]);
    let rows = select(&page, "table.compare tbody tr");
    let items = json["items"].as_array().unwrap();
    assert_eq!(rows.len(), items.len());
    for (row, item) in rows.iter().zip(items) {
        let cells: Vec<String> = row
            .child_elements()
            .map(|c| c.text().collect::<String>())
            .collect();
        assert_eq!(cells[0], item["title"].as_str().unwrap());
        assert_eq!(cells[2], item["before"]["label"].as_str().unwrap());
        assert_eq!(cells[3], item["after"]["label"].as_str().unwrap());
        // The word, not the colour: "manager lower", "agree".
        let word = match item["direction"].as_str().unwrap() {
            "lower" => "manager lower",
            "higher" => "manager higher",
            other => other,
        };
        assert!(cells[4].contains(word), "{cells:?}");
    }
    // The summary says 2 lower, 36 the same, 1 to discuss (JSON).
    assert_eq!(json["summary"]["lower"], 2);
    let counts = texts(&page, "p.headline").join("");
    assert!(
        counts.contains("2 lower, 36 the same") && counts.contains("1 to discuss"),
        "{counts}"
    );
    // DevOps (self Proficient in, manager Aware of: two steps) first.
    let discuss = texts(&page, "ul.discuss li");
    assert_eq!(discuss.len(), 1, "{discuss:?}");
    assert!(discuss[0].starts_with("DevOps"), "{discuss:?}");
}

#[test]
fn a_compare_page_over_time_lists_what_changed_first() {
    let (page, json) = page_and_json(&[
        "compare",
        "examples/team/alex-morgan-2026-05.yaml",
        "examples/team/alex-morgan-2026-11.yaml",
    ]);
    // 5 improved and 1 regressed (JSON summary): six changes, each with
    // its word.
    assert_eq!(json["summary"]["improved"], 5);
    assert_eq!(json["summary"]["regressed"], 1);
    let changed = texts(&page, "ul.discuss li");
    assert_eq!(changed.len(), 6, "{changed:?}");
    assert_eq!(changed.iter().filter(|c| c.contains("improved")).count(), 5);
    assert_eq!(
        changed.iter().filter(|c| c.contains("regressed")).count(),
        1
    );
    assert!(texts(&page, "h2").iter().any(|h| h == "What changed"));
}

#[test]
fn a_history_page_charts_every_assessment_with_its_figure() {
    // Several people: each a section of its own, headings still in order.
    page_and_json(&["history", "examples/team"]);
    let (page, json) = page_and_json(&["history", "examples/history"]);
    let person = &json["people"][0];
    let points = person["assessments"].as_array().unwrap();
    // The example's three assessments: 20.0 %, 70.0 %, 90.0 % (2, 7, 9 of
    // 10 met).
    let figures: Vec<String> = points
        .iter()
        .map(|p| format!("{:.1}%", p["readiness_percent"].as_f64().unwrap()))
        .collect();
    assert_eq!(figures, ["20.0%", "70.0%", "90.0%"]);
    assert_eq!(texts(&page, "svg.history text.value"), figures);
    assert_eq!(select(&page, "svg.history circle.point").len(), 3);
    assert_eq!(select(&page, "svg.history polyline.trend").len(), 1);
    let dates = texts(&page, "table tbody th[scope=row]");
    let json_dates: Vec<&str> = points.iter().map(|p| p["date"].as_str().unwrap()).collect();
    assert_eq!(dates, json_dates);
    for p in points {
        for moved in p["moved"].as_array().into_iter().flatten() {
            let title = moved["title"].as_str().unwrap();
            assert!(
                texts(&page, "li").iter().any(|li| li.contains(title)),
                "{title}"
            );
        }
    }
}

#[test]
fn one_assessment_is_a_dot_and_nothing_rated_is_said_not_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let one = dir.path().join("one.yaml");
    std::fs::copy("examples/history/casey-lin-2025-12-01.yaml", &one).unwrap();
    let run1 = run(&["history", s(&one), "--format", "html"]);
    assert_eq!(run1.code, 0, "{}", run1.stderr);
    let page = Html::parse_document(&run1.stdout);
    assert_eq!(select(&page, "svg.history circle.point").len(), 1);
    assert!(select(&page, "svg.history polyline").is_empty());
    assert_eq!(texts(&page, "svg.history text.value"), ["20.0%"]);

    let none = dir.path().join("none.yaml");
    std::fs::write(
        &none,
        "profile: ddat-devops-engineer\nperson: Nobody Yet\nassessor: self\ndate: 2026-01-01\nstatus: in-progress\nratings: {}\n",
    )
    .unwrap();
    let run2 = run(&["history", s(&none), "--format", "html"]);
    assert_eq!(run2.code, 0, "{}", run2.stderr);
    let page = Html::parse_document(&run2.stdout);
    assert!(select(&page, "svg.history circle").is_empty());
    assert!(
        texts(&page, "svg.history text")
            .iter()
            .any(|t| t == "Nothing rated yet")
    );
}

#[test]
fn a_roles_page_ranks_every_profile_with_its_figure() {
    let (page, json) = page_and_json(&["roles", "examples/sam-nearly-ready.yaml"]);
    let ranked: Vec<&serde_json::Value> = json["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["standing"] == "ranked")
        .collect();
    let rows = select(&page, "table.roles tbody tr");
    assert_eq!(rows.len(), ranked.len());
    let figures = texts(&page, "table.roles span.figure");
    let codes = texts(&page, "table.roles tbody th code");
    for ((profile, figure), code) in ranked.iter().zip(&figures).zip(&codes) {
        assert_eq!(code, profile["id"].as_str().unwrap());
        assert_eq!(
            *figure,
            format!("{:.1}%", profile["readiness_percent"].as_f64().unwrap())
        );
    }
    // The first is the DevOps engineer, 10 of 10 met: 100.0 %.
    assert_eq!(figures[0], "100.0%");
    assert_eq!(select(&page, "table.roles svg.bar").len(), ranked.len());
}

#[test]
fn a_roles_page_gives_the_command_for_each_poorly_covered_profile() {
    let (page, json) = page_and_json(&["roles", "examples/sam-nearly-ready.yaml"]);
    let poor: Vec<&serde_json::Value> = json["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["standing"] == "poorly-covered")
        .collect();
    // Sam rated 4 of the associate infrastructure engineer's 9: too few.
    assert!(
        poor.iter()
            .any(|p| p["id"] == "ddat-associate-infrastructure-engineer")
    );
    let commands = texts(&page, "td code");
    assert_eq!(commands.len(), poor.len());
    for (profile, command) in poor.iter().zip(&commands) {
        assert_eq!(command, profile["rate_command"].as_str().unwrap());
        assert!(command.contains(" --only "), "{command}");
    }
}

#[test]
fn a_roles_page_of_a_hostile_name_keeps_it_text() {
    let h = hostile();
    let (page, json) = page_and_json(&["--profiles", s(&h.profiles), "roles", s(&h.first)]);
    // Level one is rated in full and met: ranked first, in the page.
    assert_eq!(json["profiles"][0]["id"], "evil-one");
    assert_eq!(texts(&page, "table.roles tbody th code")[0], "evil-one");
    assert_eq!(texts(&page, "table.roles span.figure")[0], "100.0%");
    let h1 = texts(&page, "h1").join("");
    assert!(h1.contains(HOSTILE_SHOWN), "{h1}");
}

#[test]
fn a_path_page_marks_where_the_person_is_and_what_each_next_level_asks() {
    let (page, json) = page_and_json(&["path", "examples/career/pat-example-devops-ladder.yaml"]);
    let here = texts(&page, "ol.ladder li.here");
    assert_eq!(here.len(), 1);
    assert!(here[0].contains("you are here"), "{here:?}");
    assert!(here[0].contains(json["now"]["title"].as_str().unwrap()));
    let skills = texts(&page, "table tbody th[scope=row]");
    for next in json["next"].as_array().unwrap() {
        let title = next["place"]["title"].as_str().unwrap();
        assert!(
            texts(&page, "h2").iter().any(|h| h.ends_with(title)),
            "{title}"
        );
        for step in next["steps"].as_array().unwrap() {
            assert!(skills.contains(&step["title"].as_str().unwrap().to_owned()));
        }
    }
}

#[test]
fn a_path_page_of_a_custom_role_keeps_its_text_as_text() {
    let h = hostile();
    let (page, json) = page_and_json(&["--profiles", s(&h.profiles), "path", s(&h.first)]);
    // Level one, then level two: Kay asks expert beyond aware.
    assert_eq!(json["next"][0]["place"]["id"], "evil-two");
    let skills = texts(&page, "table tbody th[scope=row]");
    assert!(
        skills
            .iter()
            .any(|t| t.starts_with(&format!("Kay {HOSTILE_SHOWN}"))),
        "{skills:?}"
    );
}

#[test]
fn a_show_page_has_every_section_and_an_anchor_per_item() {
    let (page, json) = page_and_json(&["show", "senior-devops-engineer-management"]);
    for section in ["knowledge_skills", "organisation_skills"] {
        for item in json[section].as_array().unwrap() {
            let id = item["id"].as_str().unwrap();
            let found = select(&page, &format!("[id='item-{id}']"));
            assert_eq!(found.len(), 1, "{id}");
            let title = item["title"].as_str().unwrap();
            assert!(
                found[0].text().collect::<String>().contains(title),
                "{title}"
            );
        }
    }
    let headings = texts(&page, "h2");
    for heading in [
        "Summary",
        "At this role level, you will",
        "Knowledge and skills",
        "Organisation skills (DDaT scale)",
        "Training",
    ] {
        assert!(
            headings.iter().any(|h| h == heading),
            "{heading}: {headings:?}"
        );
    }
    // The source's URL is text, never a link.
    let url = json["source"]["url"].as_str().unwrap();
    assert!(texts(&page, "code.url").iter().any(|c| c == url));
}

#[test]
fn hostile_text_in_a_custom_profile_stays_text_on_every_page() {
    let h = hostile();
    let p = s(&h.profiles);
    let (a, b) = (s(&h.first), s(&h.second));
    for args in [
        vec!["--profiles", p, "show", "evil-one"],
        vec!["--profiles", p, "compare", a, b],
        vec!["--profiles", p, "history", a, b],
        vec!["--profiles", p, "report", b],
        vec!["--profiles", p, "team", a, b],
    ] {
        let (page, _) = page_and_json(&args);
        let all: String = page.root_element().text().collect();
        assert!(all.contains(HOSTILE_SHOWN), "{args:?}:\n{all}");
        // The escape shows as a visible mark, never raw.
        assert!(!all.contains('\u{1b}'), "{args:?}");
    }
    let (page, _) = page_and_json(&["--profiles", p, "show", "evil-one"]);
    // The anchors are the ids; a `javascript:` URL is text in a <code>.
    assert_eq!(select(&page, "[id=item-kay]").len(), 1);
    assert_eq!(select(&page, "[id=item-cee]").len(), 1);
    assert!(
        texts(&page, "code.url")
            .iter()
            .any(|c| c == "javascript:alert(1)")
    );
}
