//! Reading ratings: each is a level (`familiar`, `3`) or a mapping of
//! `level` and `evidence`, and each problem becomes a finding at its place
//! in the file. Whether a level fits an item's scale is not decided here
//! (see `check`): this needs no profile.

use indexmap::IndexMap;

use crate::assessment::model::{Level, Rating};
use crate::diagnostic::Rule;
use crate::document::{At, Finding};
use crate::profile::Depth;
use crate::yaml::{self, Node, Segment, Target, Value};

pub(super) fn rating_path(base: &[Segment], id: &str) -> Vec<Segment> {
    let mut path = base.to_vec();
    path.push(Segment::Key(id.to_owned()));
    path
}

pub(super) fn ratings_key() -> Vec<Segment> {
    vec![Segment::Key("ratings".into())]
}

pub(super) fn read_ratings(
    raw: yaml::Mapping,
    base: &[Segment],
    findings: &mut Vec<Finding>,
) -> IndexMap<String, Rating> {
    let mut ratings = IndexMap::with_capacity(raw.len());
    for (key, value) in raw {
        // Keys are text: the parser refuses any other.
        let id = key.into_string().unwrap_or_default();
        if let Some(rating) = read_rating(base, &id, value, findings) {
            ratings.insert(id, rating);
        }
    }
    ratings
}

/// A rating is a level (`familiar`, `3`) or `{level, evidence}`. Paths of
/// findings are built only when there is a finding: most files have none.
fn read_rating(
    base: &[Segment],
    id: &str,
    value: Value,
    findings: &mut Vec<Finding>,
) -> Option<Rating> {
    let fields = match value.into_mapping() {
        Ok(fields) => fields,
        Err(value) => {
            return read_level(value.node(), || rating_path(base, id), findings).map(|level| {
                Rating {
                    level,
                    evidence: None,
                }
            });
        }
    };
    let field_path = |name: &str| {
        let mut path = rating_path(base, id);
        path.push(Segment::Key(name.to_owned()));
        path
    };
    let mut level = None;
    let mut evidence = None;
    let mut ok = true;
    for (key, field) in fields {
        let name = key.node().as_str().unwrap_or_default();
        match name {
            "level" => {
                level = read_level(field.node(), || field_path(name), findings);
                ok &= level.is_some();
            }
            "evidence" => match field.into_string() {
                Ok(text) => evidence = Some(text),
                Err(other) if other.is_null() => {}
                Err(_) => {
                    ok = false;
                    findings.push(Finding::at_node(
                        Rule::WrongType,
                        "`evidence` must be text",
                        field_path(name),
                    ));
                }
            },
            other => {
                ok = false;
                findings.push(Finding {
                    rule: Rule::UnknownField,
                    message: format!("unknown field `{other}`, expected `level` or `evidence`"),
                    at: At::Node(field_path(other), Target::Key),
                });
            }
        }
    }
    if level.is_none() && ok {
        findings.push(Finding::at_node(
            Rule::MissingField,
            format!("rating of `{id}` has no `level`"),
            rating_path(base, id),
        ));
    }
    Some(Rating {
        level: level?,
        evidence,
    })
    .filter(|_| ok)
}

fn read_level(
    value: Node<'_>,
    path: impl FnOnce() -> Vec<Segment>,
    findings: &mut Vec<Finding>,
) -> Option<Level> {
    let found = match value {
        Node::String(text) => Depth::ALL
            .into_iter()
            .find(|d| d.name() == text)
            .map(Level::Depth)
            .ok_or_else(|| {
                (
                    Rule::OffScale,
                    format!(
                        "`{text}` is not a level: use none, aware, familiar, proficient or expert, or a number on the organisation scale"
                    ),
                )
            }),
        Node::Number(number) => number
            .as_u64()
            .and_then(|n| u8::try_from(n).ok())
            .map(Level::Number)
            .ok_or_else(|| {
                (
                    Rule::OffScale,
                    format!("{number} is not a level: organisation levels are whole numbers from 0"),
                )
            }),
        _ => Err((
            Rule::WrongType,
            "a level is a word such as `familiar` or a number such as `3`".to_owned(),
        )),
    };
    match found {
        Ok(level) => Some(level),
        Err((rule, message)) => {
            findings.push(Finding::at_node(rule, message, path()));
            None
        }
    }
}
