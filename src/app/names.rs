//! Finding a family or role by the name a person types: its name or slug,
//! any case, with the closest named on a miss.

use std::collections::BTreeSet;

use anyhow::bail;

use crate::profile::slug::slugify;
use crate::text::one_line;

/// The one of `names` that `wanted` names (same slug), or an error saying
/// there is no such `what`, with the closest.
pub(super) fn find<'a>(
    wanted: &str,
    names: &'a BTreeSet<String>,
    what: &str,
) -> anyhow::Result<&'a str> {
    let slug = slugify(wanted);
    if let Some(name) = names.iter().find(|name| slugify(name) == slug) {
        return Ok(name);
    }
    let slugs: Vec<String> = names.iter().map(|name| slugify(name)).collect();
    let suggestion = crate::suggest::closest(&slug, slugs.iter().map(String::as_str))
        .and_then(|found| names.iter().find(|name| slugify(name) == found))
        .map(|name| format!("; did you mean `{}`?", one_line(name)))
        .unwrap_or_default();
    bail!(
        "no {what} `{}`{suggestion} (`{} profiles` lists them)",
        crate::text::one_line_clipped(wanted, 80),
        super::program::program()
    );
}
