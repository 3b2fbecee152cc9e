//! "Did you mean": the closest known name to a mistyped one.
//!
//! Comparing two names costs about the product of their lengths, so a file
//! full of long unknown names against a profile full of long ids would cost
//! (unknowns × ids × length²). A [`Suggester`] is made once per file and
//! spends at most [`BUDGET`] character pairs on all of that file's
//! suggestions: a name whose comparison would overrun what is left gets no
//! suggestion, so ordinary typos are still helped and hostile files stay
//! linear. It must not decide anything but the hint.

/// Character pairs one file's suggestions may compare in all: ample for
/// every typo in a real profile (a 40-character id against 100 items of 40
/// characters is 168,000), a few milliseconds of work at most.
pub const BUDGET: u64 = 10_000_000;

/// Finds the closest of a fixed set of candidates for many wanted names,
/// within one budget.
#[derive(Debug, Clone)]
pub struct Suggester<'a> {
    candidates: Vec<&'a str>,
    /// Sum of every candidate's length plus one: comparing a name of
    /// length `n` with all of them costs `(n + 1) × weight`.
    weight: u64,
    left: u64,
    spent: u64,
}

impl<'a> Suggester<'a> {
    /// A suggester over `candidates` with the standard [`BUDGET`].
    pub fn new(candidates: impl IntoIterator<Item = &'a str>) -> Self {
        Self::with_budget(candidates, BUDGET)
    }

    /// A suggester over `candidates` that compares at most `budget`
    /// character pairs in all.
    pub fn with_budget(candidates: impl IntoIterator<Item = &'a str>, budget: u64) -> Self {
        let candidates: Vec<&str> = candidates.into_iter().collect();
        let weight = candidates.iter().map(|c| cost_of(c)).sum();
        Self {
            candidates,
            weight,
            left: budget,
            spent: 0,
        }
    }

    /// The candidate closest to `wanted`, if any is close enough to be a
    /// typo and the comparison fits in what is left of the budget.
    pub fn closest(&mut self, wanted: &str) -> Option<&'a str> {
        let cost = cost_of(wanted).saturating_mul(self.weight);
        if cost > self.left {
            return None;
        }
        self.left -= cost;
        self.spent += cost;
        self.candidates
            .iter()
            .map(|&candidate| (strsim::jaro_winkler(wanted, candidate), candidate))
            .filter(|(score, _)| *score >= 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
            .map(|(_, candidate)| candidate)
    }

    /// Character pairs compared so far (at most the budget).
    #[must_use]
    #[cfg(test)]
    pub fn spent(&self) -> u64 {
        self.spent
    }
}

/// Length plus one, in bytes: an upper bound of its characters, and never
/// zero, so even empty names cost something.
fn cost_of(name: &str) -> u64 {
    u64::try_from(name.len()).map_or(u64::MAX, |n| n.saturating_add(1))
}

/// The candidate closest to `wanted`, if any is close enough to be a typo
/// (one suggestion, within the standard budget).
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    Suggester::new(candidates).closest(wanted)
}

#[cfg(test)]
#[path = "suggest_tests.rs"]
mod tests;
