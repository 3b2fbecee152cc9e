//! `skillgap profiles`: every profile a command can use, grouped by role
//! family and role in ladder order with the default first, filtered by
//! family or a search word.

use anyhow::bail;

use super::emit;
use crate::exit::ExitStatus;
use crate::profile::builtin;
use crate::profile::catalog::Listed;
use crate::profile::model::Track;
use crate::profile::slug::slugify;
use crate::profile::{Catalog, Origin};
use crate::render::{Layout, ListingRow, Options, ProfileFormat, render};
use crate::text::{one_line, one_line_clipped};

/// Which profiles to list.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Filter<'a> {
    /// A word in the title, id, role or a rated item's title.
    pub search: Option<&'a str>,
    /// A role family, by name or slug.
    pub family: Option<&'a str>,
}

/// Runs `skillgap profiles`.
pub(super) fn run(
    catalog: &Catalog,
    filter: &Filter<'_>,
    format: ProfileFormat,
    layout: Layout,
) -> anyhow::Result<ExitStatus> {
    let mut listing = catalog.listing();
    if let Some(family) = filter.family {
        let wanted = slugify(family);
        let families: std::collections::BTreeSet<&str> =
            listing.iter().filter_map(|l| l.family.as_deref()).collect();
        let Some(found) = families
            .iter()
            .find(|name| slugify(name) == wanted)
            .map(|name| (*name).to_owned())
        else {
            let slugs: Vec<String> = families.iter().map(|name| slugify(name)).collect();
            let suggestion = crate::suggest::closest(&wanted, slugs.iter().map(String::as_str))
                .and_then(|slug| families.iter().find(|name| slugify(name) == slug))
                .map(|name| format!("; did you mean `{}`?", one_line(name)))
                .unwrap_or_default();
            bail!(
                "no role family `{}`{suggestion}. The families are: {}",
                one_line_clipped(family, 80),
                families
                    .iter()
                    .map(|name| one_line(name))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        };
        listing.retain(|l| l.family.as_deref() == Some(found.as_str()));
    }
    if let Some(word) = filter.search {
        listing.retain(|l| l.matches(word));
    }
    if listing.is_empty() {
        say!(
            "no profile matches{}{}",
            filter
                .search
                .map(|w| format!(" `{}`", one_line_clipped(w, 80)))
                .unwrap_or_default(),
            filter
                .family
                .map(|f| format!(" in the family `{}`", one_line_clipped(f, 80)))
                .unwrap_or_default()
        );
    }
    Listed::sort(&mut listing, builtin::DEFAULT_ID);
    // Only the data formats carry digests, which need the listed profiles
    // parsed; the others list built-ins unparsed.
    let digests = matches!(format, ProfileFormat::Json | ProfileFormat::Yaml);
    let rows: Vec<ListingRow> = listing
        .into_iter()
        .map(|listed| {
            let digest = digests
                .then(|| catalog.get(&listed.id).map(|e| e.digest().to_owned()))
                .flatten();
            ListingRow {
                digest,
                ..row(listed)
            }
        })
        .collect();
    emit(&render(
        rows.as_slice(),
        format.into(),
        &Options::plain(layout),
    )?)?;
    Ok(ExitStatus::Success)
}

fn row(listed: Listed) -> ListingRow {
    ListingRow {
        default: listed.id == builtin::DEFAULT_ID && listed.origin == Origin::BuiltIn,
        id: listed.id,
        title: listed.title,
        family: listed.family,
        role: listed.role,
        level: listed.level,
        rank: listed.rank,
        track: listed.track.map(Track::name),
        rated_items: listed.rated_items,
        origin: listed.origin.describe(),
        overrides_builtin: listed.overrides_builtin,
        digest: None,
    }
}
