//! The plan's work, counted: each loop over gaps, components or the links
//! between them adds what it visits, and a sort adds n·log₂ n. A property
//! test (`crate::properties`) checks the total grows as n·log n over
//! plans of every size, by counting, never by timing. Outside tests the
//! count is compiled out.

#[cfg(test)]
thread_local! {
    static VISITED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts `n` elements visited.
#[inline]
pub(crate) fn visit(n: usize) {
    #[cfg(test)]
    VISITED.with(|v| v.set(v.get() + n as u64));
    #[cfg(not(test))]
    let _ = n;
}

/// Counts a sort of `n` elements: n·log₂ n comparisons.
#[inline]
pub(crate) fn sort(n: usize) {
    visit(n * (usize::BITS - n.leading_zeros()) as usize);
}

/// The count since the last call, on this thread.
#[cfg(test)]
pub(crate) fn take() -> u64 {
    VISITED.with(std::cell::Cell::take)
}
