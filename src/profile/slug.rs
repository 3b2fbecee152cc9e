//! Ids: slugs derived from titles when a profile leaves them out.

/// The shape of an id, for the JSON Schema; [`is_slug`] checks the same.
pub const SLUG_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";

/// Turns a title into an id: lower-case ASCII letters and digits, words
/// joined by `-`; apostrophes vanish ("Organisation’s" -> "organisations");
/// other scripts are transliterated ("Café" -> "cafe").
#[must_use]
pub fn slugify(title: &str) -> String {
    // ASCII transliterates to itself: only other text goes through the table.
    let ascii: std::borrow::Cow<'_, str> = if title.is_ascii() {
        title.into()
    } else {
        deunicode::deunicode(title).into()
    };
    let mut slug = String::with_capacity(ascii.len());
    let mut pending_dash = false;
    for c in ascii.chars() {
        if matches!(c, '\'' | '’' | '‘') {
            continue;
        }
        if c.is_ascii_alphanumeric() {
            if pending_dash && !slug.is_empty() {
                slug.push('-');
            }
            pending_dash = false;
            slug.push(c.to_ascii_lowercase());
        } else {
            pending_dash = true;
        }
    }
    slug
}

/// `slug` cut to at most `max_bytes` bytes, for a part of a file name: at
/// the last `-` that keeps at least half of it, else mid-word; never
/// ending in `-`. A file name may take 255 bytes, and a person's name may
/// be longer; ids are never cut (they are what files refer to).
#[must_use]
pub fn bounded(slug: &str, max_bytes: usize) -> &str {
    if slug.len() <= max_bytes {
        return slug;
    }
    let mut end = max_bytes;
    while !slug.is_char_boundary(end) {
        end -= 1;
    }
    let cut = &slug[..end];
    let cut = match cut.rfind('-') {
        Some(dash) if dash >= max_bytes / 2 => &cut[..dash],
        _ => cut,
    };
    cut.trim_end_matches('-')
}

/// Whether `id` is a slug: `a-z`, `0-9` and single inner dashes.
#[must_use]
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
#[path = "slug_tests.rs"]
mod tests;
