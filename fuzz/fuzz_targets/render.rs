//! Rendering, structure-aware: a generated profile and two assessments of
//! it, loaded the way the commands load them, then the report, the team,
//! the comparison, the history, the profile and the next level's, the
//! roles the person fits, the career path to the next level and the list
//! of profiles rendered in every format each has. Nothing may panic, and:
//!
//! - the table holds no control character but the line break (text from
//!   files is shown with its escapes made visible), and with colour every
//!   ESC starts one of our own colour codes;
//! - the Markdown, read by a GitHub-flavoured renderer that lets raw HTML
//!   through, holds no HTML, link or image (we write none; file text must
//!   not make one);
//! - the HTML has only the elements and attributes our pages use, and no
//!   link or source;
//! - JSON and YAML parse back to the same data, and CSV parses with every
//!   row as wide as its header and no cell a spreadsheet would run.
#![no_main]

mod generate;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use skillgap::render::{Format, Layout, Options, Render, render, terminal::Paint};

#[derive(Arbitrary, Debug)]
struct Input {
    profile: generate::GenProfile,
    first: generate::GenAssessment,
    second: generate::GenAssessment,
    width: u8,
    explain: bool,
}

fuzz_target!(|input: Input| {
    let path = std::path::Path::new("fuzz.yaml");
    let generated = input.profile.profile();
    let yaml = skillgap::render::yaml::to_yaml(&generated);
    let checked = skillgap::profile::load::check_profile(path, yaml.as_bytes());
    let Some(profile) = checked.value else {
        return;
    };
    assert_eq!(
        profile, generated,
        "the profile's YAML reads back the same:\n{yaml}"
    );
    let load = |generated: &generate::GenAssessment| {
        let text = skillgap::assessment::write::to_yaml(&generated.assessment(&profile)).ok()?;
        let parsed = skillgap::assessment::load::parse(path, text.as_bytes()).ok()?;
        parsed
            .check_against(path, Some(&profile), &[generate::PROFILE_ID])
            .0
            .value
    };
    let (Some(first), Some(second)) = (load(&input.first), load(&input.second)) else {
        return;
    };
    let options = Options {
        layout: Layout {
            // As the commands clamp a terminal's width.
            width: 40 + usize::from(input.width) % 121,
            paint: Paint { enabled: false },
        },
        explain: input.explain,
    };

    let report = skillgap::report::analyse(&profile, &first, None, input.explain);
    every_format(&report, &options);

    let items = profile.rated_items();
    let members = vec![
        skillgap::team::Member::new(&items, &first, "first.yaml".to_owned()),
        skillgap::team::Member::new(&items, &second, "second.yaml".to_owned()),
    ];
    let team = skillgap::team::team(vec![(&profile, members)], Vec::new(), &|file| {
        file.to_owned()
    });
    every_format(&team, &options);

    let comparison =
        skillgap::compare::compare(&profile, ("first.yaml", &first), ("second.yaml", &second));
    every_format(&comparison, &options);

    let entries = vec![
        skillgap::history::Entry {
            file: "first.yaml".to_owned(),
            readings: vec![(first.clone(), &profile)],
        },
        skillgap::history::Entry {
            file: "second.yaml".to_owned(),
            readings: vec![(second.clone(), &profile)],
        },
    ];
    let history =
        skillgap::history::history(entries, first.assessor, Vec::new(), &|file| file.to_owned());
    every_format(&history, &options);

    every_format(&profile, &options);

    // The career views: the person's fit to this level and the next, and
    // the path from one to the other; and the list of the two profiles.
    let next = generate::next_level(&profile);
    every_format(&next, &options);
    let Ok(ratings) = skillgap::career::Ratings::merge(&[skillgap::career::Source {
        name: "first.yaml",
        assessment: &first,
        profile: &profile,
    }]) else {
        return;
    };
    let mut fits: Vec<skillgap::career::Fit> = [&profile, &next]
        .into_iter()
        .filter_map(|p| skillgap::career::Fit::of(p, &ratings))
        .collect();
    skillgap::career::rank(&mut fits);
    let roles = skillgap::career::RolesReport::new(
        &ratings,
        first.assessor,
        vec!["first.yaml".to_owned()],
        fits,
        // The command names the person as the file does: file text.
        |fit| {
            Some(format!(
                "skillgap assess {} --name {}",
                fit.id, ratings.person
            ))
        },
    );
    every_format(&roles, &options);
    let place = |p: &skillgap::profile::Profile| skillgap::career::path::Place::of(p, &ratings);
    let path = skillgap::career::PathReport {
        person: ratings.person.clone(),
        assessor: first.assessor,
        files: vec!["first.yaml".to_owned()],
        newest: ratings.newest,
        now: place(&profile),
        ready_for: Some(place(&profile)),
        next: vec![skillgap::career::path::Next {
            place: place(&next),
            track: "technical",
            steps: skillgap::career::path::steps(&profile, &next, &ratings),
        }],
        ladder: vec![place(&profile), place(&next)],
        attribution: next.source.as_ref().and_then(|s| s.attribution.clone()),
    };
    every_format(&path, &options);
    let listing: Vec<skillgap::render::ListingRow> = [&profile, &next]
        .into_iter()
        .map(|p| skillgap::render::ListingRow {
            id: p.id.clone(),
            title: p.title.clone(),
            default: false,
            family: p.family.clone(),
            role: p.role.clone(),
            level: p.level.clone(),
            rank: p.ladder.map(|place| place.rank),
            track: p.ladder.map(|place| place.track.name()),
            rated_items: p.rated_items().len(),
            origin: "fuzz.yaml".to_owned(),
            overrides_builtin: false,
            digest: None,
        })
        .collect();
    every_format(listing.as_slice(), &options);
});

/// Renders `value` in every format it has and checks each text.
fn every_format<T: Render + ?Sized>(value: &T, options: &Options) {
    let formats = [
        Format::Table,
        Format::Markdown,
        Format::Json,
        Format::Yaml,
        Format::Csv,
        Format::Html,
    ];
    let mut json = None;
    for format in formats {
        let Ok(text) = render(value, format, options) else {
            continue;
        };
        match format {
            Format::Table => {
                check_table(&text);
                let mut colour = *options;
                colour.layout.paint = Paint { enabled: true };
                let coloured = render(value, Format::Table, &colour).unwrap();
                check_colour(&coloured);
                // Colour adds our codes and nothing else (a coloured last
                // column keeps its padding): an ESC sequence from file text
                // would survive in the plain table.
                let trimmed = |t: &str| t.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
                assert_eq!(
                    trimmed(&strip_colour(&coloured)),
                    trimmed(&text),
                    "colour changes the table"
                );
            }
            Format::Markdown => check_markdown(&text),
            Format::Json => {
                json = Some(
                    serde_json::from_str::<serde_json::Value>(&text)
                        .unwrap_or_else(|e| panic!("JSON does not parse: {e}\n{text}")),
                );
            }
            Format::Yaml => {
                let read: serde_json::Value = serde_yaml::from_str(&text)
                    .unwrap_or_else(|e| panic!("YAML does not parse: {e}\n{text}"));
                if let Some(json) = &json {
                    assert_eq!(&read, json, "YAML and JSON differ:\n{text}");
                }
            }
            Format::Csv => check_csv(&text),
            Format::Html => check_html(&text),
        }
    }
}

/// No control character but the line break, and no character that
/// reorders or hides text (shown as escapes by policy).
fn check_table(text: &str) {
    if let Some(c) = text
        .chars()
        .find(|&c| (c.is_control() && c != '\n') || skillgap::text::is_bidi_control(c))
    {
        panic!("a control character {c:?} in the table:\n{text}");
    }
}

/// Every ESC starts a colour code: `ESC [ digits-and-semicolons m`.
fn check_colour(text: &str) {
    for (at, _) in text.match_indices('\u{1b}') {
        let rest = &text[at + 1..];
        let code = rest
            .strip_prefix('[')
            .and_then(|r| r.find('m').map(|end| &r[..end]));
        assert!(
            code.is_some_and(|c| c.chars().all(|c| c.is_ascii_digit() || c == ';')),
            "an ESC that is no colour code at byte {at}:\n{text:?}"
        );
    }
    check_table(&strip_colour(text));
}

fn strip_colour(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\u{1b}') {
        out.push_str(&rest[..at]);
        let end = rest[at..].find('m').map_or(rest.len(), |m| at + m + 1);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn check_markdown(text: &str) {
    use comrak::nodes::NodeValue;
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.autolink = true;
    options.extension.strikethrough = true;
    options.extension.tasklist = true;
    options.render.r#unsafe = true;
    let arena = comrak::Arena::new();
    let root = comrak::parse_document(&arena, text, &options);
    for node in root.descendants() {
        let live = match &node.data.borrow().value {
            NodeValue::HtmlBlock(_) | NodeValue::HtmlInline(_) => Some("HTML"),
            NodeValue::Link(_) => Some("a link"),
            NodeValue::Image(_) => Some("an image"),
            _ => None,
        };
        if let Some(what) = live {
            panic!("{what} in the Markdown:\n{text}");
        }
    }
}

/// The elements and attributes our pages are made of.
const ELEMENTS: &[&str] = &[
    "html",
    "head",
    "body",
    "meta",
    "title",
    "style",
    "main",
    "section",
    "footer",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "span",
    "bdi",
    "strong",
    "em",
    "code",
    "br",
    "figure",
    "figcaption",
    "svg",
    "g",
    "rect",
    "line",
    "text",
    "circle",
    "polyline",
    "path",
];
const ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "lang",
    "charset",
    "name",
    "content",
    "http-equiv",
    "scope",
    "colspan",
    "rowspan",
    "title",
    "role",
    "aria-hidden",
    "aria-label",
    "width",
    "height",
    "viewbox",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "r",
    "rx",
    "ry",
    "cx",
    "cy",
    "d",
    "points",
    "text-anchor",
    "xmlns",
    "preserveaspectratio",
    "fill",
    "stroke",
    "stroke-width",
    "transform",
    "focusable",
];

fn check_html(text: &str) {
    assert!(!text.contains('\u{1b}'), "a raw ESC in the page");
    let page = scraper::Html::parse_document(text);
    for node in page.tree.nodes() {
        if let scraper::Node::Element(element) = node.value() {
            let name = element.name();
            assert!(
                ELEMENTS.contains(&name),
                "a <{name}> element in the page:\n{text}"
            );
            for (attribute, _) in element.attrs() {
                assert!(
                    ATTRIBUTES.contains(&attribute.to_ascii_lowercase().as_str()),
                    "a {attribute} attribute on <{name}> in the page:\n{text}"
                );
            }
        }
    }
}

/// Every row as wide as the header, and no cell that a spreadsheet would
/// run as a formula.
fn check_csv(text: &str) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .from_reader(text.as_bytes());
    for record in reader.records() {
        let record = record.unwrap_or_else(|e| panic!("CSV does not parse: {e}\n{text}"));
        for cell in &record {
            let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
                && cell != "-"
                && !our_number(cell);
            assert!(!formula, "a formula cell {cell:?} in the CSV:\n{text}");
        }
    }
}

/// A number as we write one (a negative change, a percentage): `-inf` or
/// `+NaN` from file text is not.
fn our_number(cell: &str) -> bool {
    let unsigned = cell.strip_prefix('-').unwrap_or(cell);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    digits(whole) && digits(fraction)
}

fn digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}
