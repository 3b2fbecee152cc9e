//! Ids: slugs derived from titles when a profile leaves them out.

/// The shape of an id, for the JSON Schema; [`is_slug`] checks the same.
pub const SLUG_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";

/// Turns a title into an id: lower-case ASCII letters and digits, words
/// joined by `-`; apostrophes vanish ("Organisation’s" -> "organisations");
/// other scripts are transliterated ("Café" -> "cafe").
#[must_use]
pub fn slugify(title: &str) -> String {
    let ascii = deunicode::deunicode(title);
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
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_the_title() {
        assert_eq!(
            slugify("Own Organisation’s Learning and Development Procedures"),
            "own-organisations-learning-and-development-procedures"
        );
        assert_eq!(
            slugify("Operational/Service Architecture"),
            "operational-service-architecture"
        );
        assert_eq!(
            slugify("Development process optimisation (management)"),
            "development-process-optimisation-management"
        );
        assert_eq!(slugify("  --  "), "");
        assert_eq!(slugify("Café Crème – Übung"), "cafe-creme-ubung");
    }

    #[test]
    fn slug_check_accepts_only_slugs() {
        assert!(is_slug("systems-design"));
        assert!(is_slug("rittech2"));
        assert!(!is_slug("Systems-Design"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug("-a"));
        assert!(!is_slug(""));
    }
}
