//! `--format html` (SPEC §11): one self-contained page per report, built
//! with maud, whose `html!` escapes every value unless told otherwise
//! (`PreEscaped` is used only for our own CSS and SVG numbers). The page
//! has inline CSS, no script, and a Content-Security-Policy that forbids
//! every request, so it reads offline and prints on A4, in a light and a
//! dark theme.

mod compare;
mod history;
mod path;
mod profile;
mod report;
mod roles;
mod team;

use maud::{DOCTYPE, Markup, PreEscaped, html};

pub(crate) use compare::compare;
pub(crate) use history::history;
pub(crate) use path::path;
pub(crate) use profile::profile;
pub(crate) use report::report;
pub(crate) use roles::roles;
pub(crate) use team::team;

/// The page's stylesheet: light and dark themes, tables that print with
/// their headers repeated and no row cut, bars drawn in SVG.
const CSS: &str = "
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --muted: #555a60;
  --line: #c9ccd1; --met: #1d6b35; --gap: #a4262c; --unrated: #7a5a00; --track: #e6e8eb;
  --bar: #2b5797; --req: #1b1b1b; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #ececec; --bg: #16181b; --muted: #b3b8bf; --line: #3b4047; --met: #6fd08c;
    --gap: #ff8a8f; --unrated: #f0c75e; --track: #2c3036; --bar: #7fa8ee; --req: #ececec; }
}
body { font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: var(--fg); background: var(--bg); margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; overflow-wrap: break-word; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
p.meta, .muted { color: var(--muted); }
.headline { font-size: 1.05rem; }
.headline strong { font-size: 1.6rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line);
  vertical-align: top; }
thead th { border-bottom: 2px solid var(--line); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.date, td.num { white-space: nowrap; }
.met { color: var(--met); } .gap { color: var(--gap); } .unrated { color: var(--unrated); }
svg.bar { display: block; }
svg .track { fill: var(--track); } svg .current { fill: var(--bar); }
svg .required { stroke: var(--req); stroke-width: 2; }
code { font: .9em ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  overflow-wrap: anywhere; }
ol.plan > li { margin: .75rem 0; }
ol.plan .box { font-size: 1.1em; margin-right: .25rem; }
footer { margin-top: 2rem; font-size: .85rem; color: var(--muted); }
div.scroll { overflow-x: auto; }
table.heat { width: auto; }
table.heat th.person { vertical-align: bottom; padding: .3rem .1rem; }
table.heat th.person span { writing-mode: vertical-rl; transform: rotate(180deg);
  white-space: nowrap; max-height: 12rem; overflow: hidden; text-overflow: ellipsis; }
table.heat td.cell { text-align: center; min-width: 1.6rem; padding: .2rem .1rem;
  font-variant-numeric: tabular-nums; border: 1px solid var(--bg); }
td.ok { background: #cfe9d6; color: #0f3d1e; } td.short1 { background: #fbe3b3; color: #4d3300; }
td.short2 { background: #f5c2c4; color: #5c0f13; } td.unrated { background: var(--track); color: var(--fg); }
td.na { color: var(--muted); }
main:has(table.heat.dense) { max-width: 90rem; }
table.heat.dense td.cell { min-width: .9rem; font-size: .7rem; padding: .1rem 0; }
table.heat.dense th.person { font-size: .7rem; }
table.heat.dense th.person span { max-height: 9rem; }
svg.history { max-width: 100%; height: auto; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .axis { fill: var(--muted); font-size: 11px; }
svg .value { fill: var(--fg); font-size: 12px; font-weight: 600; }
svg .trend { fill: none; stroke: var(--bar); stroke-width: 2; }
svg .point { fill: var(--bar); }
figure.chart { margin: .5rem 0 1rem; }
tr.differs { background: color-mix(in srgb, var(--bar) 9%, transparent); }
.same { color: var(--muted); }
ol.ladder { list-style: none; padding: 0; }
ol.ladder li { border-left: 4px solid var(--line); padding: .3rem .75rem; margin: .3rem 0; }
ol.ladder li.here { border-left-color: var(--bar); }
span.figure { display: inline-block; min-width: 3.5rem; font-variant-numeric: tabular-nums; }
table.roles svg.bar { display: inline-block; vertical-align: middle; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; }
dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
tr.required { background: color-mix(in srgb, var(--bar) 10%, transparent); }
section.skill { break-inside: avoid-page; }
p.lead { margin: 0; } ul.points { margin: .2rem 0 0; padding-left: 1.2rem; }
th.date { white-space: nowrap; }
@media print { td.cell { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
@media print {
  @page { size: A4; margin: 15mm; }
  body { font-size: 10.5pt; background: #fff; color: #000; }
  main { max-width: none; padding: 0; }
  thead { display: table-header-group; }
  tr, li, figure { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
";

/// What a page may load: nothing at all (styles are inline).
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// A whole page titled `title` around `body`.
pub(crate) fn page(title: &str, body: &Markup) -> String {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(CSP);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="color-scheme" content="light dark";
                title { (text(title)) }
                style { (PreEscaped(CSS)) }
            }
            body { main { (body) } }
        }
    }
    .into_string()
}

/// Text from a file, safe in a page and in a terminal that shows it:
/// control and direction characters as visible escapes (maud then escapes
/// what HTML would read).
pub(crate) fn text(value: &str) -> String {
    crate::text::sanitize(value).into_owned()
}

/// A text that may hold "- " points (a framework's "You can:" and its
/// list): its other lines as one paragraph, the points as a list.
pub(crate) fn lines(value: &str) -> Markup {
    let mut lead: Vec<&str> = Vec::new();
    let mut points: Vec<&str> = Vec::new();
    for line in value.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
            Some(point) => points.push(point),
            None if points.is_empty() => lead.push(line),
            // Text after the list joins it as one more point.
            None => points.push(line),
        }
    }
    html! {
        @if !lead.is_empty() { p.lead { (text(&lead.join(" "))) } }
        @if !points.is_empty() { ul.points { @for point in &points { li { (text(point)) } } } }
    }
}

/// A horizontal bar on a scale of `top` steps: the track, the current
/// level filled (none when not rated), and the required level as a mark.
/// Only numbers enter the SVG.
pub(crate) fn bar(current: Option<u8>, required: Option<u8>, top: u8) -> Markup {
    const WIDTH: f64 = 160.0;
    let top = f64::from(top.max(1));
    let x = |step: u8| (f64::from(step) / top * WIDTH).clamp(0.0, WIDTH);
    let at = |step: u8| format!("{:.1}", x(step).clamp(1.0, WIDTH - 1.0));
    html! {
        svg.bar width=(WIDTH) height="14" viewBox={ "0 0 " (WIDTH) " 14" } aria-hidden="true" {
            rect.track x="0" y="3" width=(WIDTH) height="8" rx="2" {}
            @if let Some(c) = current {
                rect.current x="0" y="3" width=(format!("{:.1}", x(c))) height="8" rx="2" {}
            }
            @if let Some(r) = required {
                line.required x1=(at(r)) y1="0" x2=(at(r)) y2="14" {}
            }
        }
    }
}

#[cfg(test)]
mod tests;
