//! "Did you mean": the closest known name to a mistyped one.

/// The candidate closest to `wanted`, if any is close enough to be a typo.
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(wanted, candidate), candidate))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_name_or_nothing() {
        let ids = ["systems-design", "systems-integration", "devops"];
        assert_eq!(closest("system-design", ids), Some("systems-design"));
        assert_eq!(closest("zzz", ids), None);
    }
}
