//! `report` and `team` as HTML: parsed, the figures checked against the
//! JSON of the same command, and hostile text kept as text (SPEC §6, §11).

use scraper::{Html, Selector};
use serde_json::Value;

use crate::common::{in_dir, run};

fn all<'a>(page: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    page.select(&Selector::parse(css).unwrap()).collect()
}

fn text(element: &scraper::ElementRef<'_>) -> String {
    element.text().collect::<String>()
}

/// No element, attribute or link comes from file text, and nothing points
/// outside the page.
fn assert_inert(page: &Html) {
    assert!(all(page, "script, iframe, object, embed, img, link").is_empty());
    assert!(all(page, "[onmouseover], [onerror], [onclick]").is_empty());
    assert!(all(page, "[src], [href]").is_empty());
    let html = page.html();
    assert!(!html.contains("url("), "a url( in the page");
    assert!(!html.contains('\u{1b}'), "a raw escape in the page");
}

#[test]
fn the_report_page_has_every_item_and_the_json_figures() {
    let html = run(&["report", "examples/alex-early.yaml", "--format", "html"]);
    assert_eq!(html.code, 0, "{}", html.stderr);
    let page = Html::parse_document(&html.stdout);
    let json: Value = serde_json::from_str(
        &run(&["report", "examples/alex-early.yaml", "--format", "json"]).stdout,
    )
    .unwrap();
    let headline = text(&all(&page, "section.headline")[0]);
    assert!(
        headline.contains(&format!(
            "{:.1}%",
            json["summary"]["readiness_percent"].as_f64().unwrap()
        )),
        "{headline}"
    );
    assert!(
        headline.contains("steps short: depth 25, DDaT 13"),
        "{headline}"
    );
    // Every item with a requirement: a row in the chart and in the table.
    let rows: Vec<String> = all(&page, "tbody th[scope=row]").iter().map(text).collect();
    for item in json["items"].as_array().unwrap() {
        let title = item["title"].as_str().unwrap();
        assert_eq!(rows.iter().filter(|r| *r == title).count(), 2, "{title}");
    }
    // The plan: one checklist entry per action this cycle, each dated.
    let actions = all(&page, "ol.plan > li");
    assert_eq!(
        actions.len(),
        json["plan"]["actions"].as_array().unwrap().len()
    );
    for action in &actions {
        assert!(text(action).contains("due 2027-05-02"), "{}", text(action));
    }
    // One bar per charted item, each an SVG of numbers only.
    assert_eq!(
        all(&page, "svg.bar").len(),
        json["items"].as_array().unwrap().len()
    );
    assert_inert(&page);
}

#[test]
fn the_team_page_is_a_heat_map_with_a_mark_in_every_cell() {
    let result = run(&["team", "examples/team", "--format", "html"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let page = Html::parse_document(&result.stdout);
    let json: Value =
        serde_json::from_str(&run(&["team", "examples/team", "--format", "json"]).stdout).unwrap();
    let team = &json["profiles"][0];
    let people = all(&page, "table.heat th.person");
    assert_eq!(people.len(), team["members"].as_array().unwrap().len());
    let heat_rows = all(&page, "table.heat tbody tr");
    assert_eq!(heat_rows.len(), team["items"].as_array().unwrap().len());
    // Colour is never the only signal: every cell holds a mark.
    for cell in all(&page, "table.heat td.cell") {
        assert!(!text(&cell).trim().is_empty());
    }
    // Jo is part-way: the people table says 6/30 rated.
    let jo = all(&page, "table tbody tr")
        .into_iter()
        .find(|row| text(row).contains("Jo Chen"))
        .unwrap();
    assert!(text(&jo).contains("6/30"), "{}", text(&jo));
    // The one single point of failure is named.
    let findings = page.html();
    assert!(findings.contains("Performance Monitoring (only Priya Shah)"));
    assert_inert(&page);
}

#[test]
fn hostile_names_titles_and_evidence_stay_text() {
    let dir = tempfile::tempdir().unwrap();
    let evil = "<script>alert(1)</script>\" onmouseover=\"x</table><a href='javascript:alert(1)'>\u{1b}[31m";
    // As a double-quoted YAML string: `\e` is the escape character.
    let quoted = format!(
        "\"{}\"",
        evil.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\u{1b}', "\\e")
    );
    let profile =
        std::fs::read_to_string(crate::common::root().join("tests/fixtures/valid/tiny-role.yaml"))
            .unwrap()
            .replacen("title: Tiny Role", &format!("title: {quoted}"), 1);
    std::fs::create_dir(dir.path().join("profiles")).unwrap();
    std::fs::write(dir.path().join("profiles/tiny.yaml"), profile).unwrap();
    std::fs::write(
        dir.path().join("a.yaml"),
        format!(
            "profile: tiny-role\nperson: {quoted}\nassessor: self\ndate: 2026-11-09\nstatus: in-progress\nratings:\n  testing:\n    level: aware\n    evidence: {quoted}\n"
        ),
    )
    .unwrap();
    for args in [
        [
            "--profiles",
            "profiles",
            "report",
            "a.yaml",
            "--format",
            "html",
        ],
        ["--profiles", "profiles", "team", ".", "--format", "html"],
    ] {
        let result = in_dir(dir.path(), &args);
        assert_eq!(result.code, 0, "{args:?}: {}", result.stderr);
        let page = Html::parse_document(&result.stdout);
        assert_inert(&page);
        assert!(
            all(&page, "a").is_empty(),
            "{args:?}: a link from file text"
        );
        assert!(
            page.html().contains("alert(1)"),
            "{args:?}: the text itself is shown"
        );
    }
}

/// Headings in order on both pages: one h1, and no level skipped.
#[test]
fn the_report_and_team_pages_keep_their_headings_in_order() {
    for args in [
        ["report", "examples/alex-early.yaml", "--format", "html"],
        ["team", "examples/team", "--format", "html"],
    ] {
        let page = Html::parse_document(&run(&args).stdout);
        let levels: Vec<usize> = all(&page, "h1, h2, h3, h4, h5, h6")
            .iter()
            .map(|h| usize::from(h.value().name().as_bytes()[1] - b'0'))
            .collect();
        assert_eq!(levels.iter().filter(|l| **l == 1).count(), 1, "{args:?}");
        assert_eq!(levels.first(), Some(&1), "{args:?}");
        for pair in levels.windows(2) {
            assert!(pair[1] <= pair[0] + 1, "{args:?}: {levels:?}");
        }
    }
}

/// Fifty people still fit: past 25 the heat map is dense (smaller cells
/// and names, a wider page).
#[test]
fn a_team_of_many_people_draws_a_dense_heat_map() {
    let dir = tempfile::tempdir().unwrap();
    let own = std::fs::read_to_string("examples/team/priya-shah.yaml").unwrap();
    for n in 0..30 {
        let text = own.replace("person: Priya Shah", &format!("person: Person {n:02}"));
        std::fs::write(dir.path().join(format!("p{n:02}.yaml")), text).unwrap();
    }
    let result = in_dir(dir.path(), &["team", ".", "--format", "html"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let page = Html::parse_document(&result.stdout);
    assert_eq!(all(&page, "table.heat.dense th.person").len(), 30);
    let few = Html::parse_document(&run(&["team", "examples/team", "--format", "html"]).stdout);
    assert!(all(&few, "table.heat.dense").is_empty());
}

/// The path page draws every level of the role, the person's own marked
/// in words; the JSON carries the same ladder.
#[test]
fn the_path_page_draws_the_whole_ladder_with_you_are_here() {
    let json: Value = serde_json::from_str(
        &run(&["path", "examples/sam-nearly-ready.yaml", "--format", "json"]).stdout,
    )
    .unwrap();
    // The nine DevOps levels and the FEDIP profile placed among them.
    let ladder = json["ladder"].as_array().unwrap();
    assert_eq!(ladder.len(), 10);
    assert_eq!(ladder[0]["id"], "ddat-apprentice-devops-engineer");
    let page = Html::parse_document(
        &run(&["path", "examples/sam-nearly-ready.yaml", "--format", "html"]).stdout,
    );
    let levels = all(&page, "ol.ladder > li");
    assert_eq!(levels.len(), 10);
    let here: Vec<String> = levels
        .iter()
        .map(text)
        .filter(|t| t.contains("you are here"))
        .collect();
    assert_eq!(here.len(), 1, "{here:?}");
    assert!(
        here[0].contains("senior-devops-engineer-management"),
        "{here:?}"
    );
}
