//! Unit tests of the HTML pages: parsed, never compared as text.

use scraper::{Html, Selector};

use crate::assessment::Level;
use crate::fixtures::{assessment, profile};
use crate::profile::Depth;
use crate::report::analyse;

fn select<'a>(page: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    page.select(&Selector::parse(css).unwrap()).collect()
}

#[test]
fn a_report_page_has_every_item_and_loads_nothing() {
    let mut a = assessment(&[
        ("testing", Level::Depth(Depth::Aware)),
        ("design", Level::Number(2)),
    ]);
    "<script>alert(1)</script> \" onmouseover=\"x".clone_into(&mut a.person);
    let report = analyse(&profile(), &a, None, false);
    let page = Html::parse_document(&super::report(&report));
    // One row per item with a requirement in the chart and in the table.
    let rows: Vec<String> = select(&page, "table tbody th[scope=row]")
        .iter()
        .map(|th| th.text().collect())
        .collect();
    for title in ["Testing", "Planning", "Design", "Support"] {
        assert_eq!(
            rows.iter().filter(|r| *r == title).count(),
            2,
            "{title}: {rows:?}"
        );
    }
    // The hostile name is text, never an element or an attribute.
    assert!(select(&page, "script").is_empty());
    assert!(select(&page, "[onmouseover]").is_empty());
    let h1: String = select(&page, "h1")[0].text().collect();
    assert!(h1.contains("<script>alert(1)</script>"), "{h1}");
    // Nothing points outside the page.
    let loads = select(&page, "[src], [href]");
    assert!(
        loads.is_empty(),
        "{:?}",
        loads
            .iter()
            .map(scraper::ElementRef::value)
            .collect::<Vec<_>>()
    );
    let csp = select(&page, "meta[http-equiv=Content-Security-Policy]");
    assert_eq!(
        csp[0].value().attr("content"),
        Some("default-src 'none'; style-src 'unsafe-inline'; img-src data:")
    );
    assert_eq!(select(&page, "html")[0].value().attr("lang"), Some("en"));
}

#[test]
fn nothing_rated_draws_the_required_marks_and_says_so() {
    let report = analyse(&profile(), &assessment(&[]), None, false);
    let page = Html::parse_document(&super::report(&report));
    let said: String = select(&page, "p.unrated")
        .iter()
        .flat_map(scraper::ElementRef::text)
        .collect();
    assert!(said.contains("Nothing is rated yet"), "{said}");
    // Every bar is whole: a track and a required mark, no current bar.
    let bars = select(&page, "svg.bar");
    assert_eq!(bars.len(), 4);
    assert!(select(&page, "svg.bar rect.current").is_empty());
    assert_eq!(select(&page, "svg.bar line.required").len(), 4);
}

/// WCAG's relative luminance of a `#rrggbb` colour.
fn luminance(hex: &str) -> f64 {
    let channel = |at: usize| {
        let value = f64::from(u8::from_str_radix(&hex[at..at + 2], 16).unwrap()) / 255.0;
        if value <= 0.039_28 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[test]
fn every_text_colour_meets_wcag_aa_on_its_background() {
    // (text, background) as the stylesheet pairs them: the light theme,
    // the dark theme, and the heat map's cells (the same in both).
    let pairs = [
        ("#1b1b1b", "#ffffff"),
        ("#555a60", "#ffffff"),
        ("#1d6b35", "#ffffff"),
        ("#a4262c", "#ffffff"),
        ("#7a5a00", "#ffffff"),
        ("#ececec", "#16181b"),
        ("#b3b8bf", "#16181b"),
        ("#6fd08c", "#16181b"),
        ("#ff8a8f", "#16181b"),
        ("#f0c75e", "#16181b"),
        ("#0f3d1e", "#cfe9d6"),
        ("#4d3300", "#fbe3b3"),
        ("#5c0f13", "#f5c2c4"),
    ];
    for (text, background) in pairs {
        assert!(
            super::CSS.contains(text) && super::CSS.contains(background),
            "{text} on {background} is not the stylesheet's"
        );
        let ratio = contrast(text, background);
        assert!(ratio >= 4.5, "{text} on {background}: {ratio:.2}");
    }
}
