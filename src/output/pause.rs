//! Debug builds only: a pause in the middle of a save, so tests can stop
//! or race a run at exactly that moment. It is compiled out of release
//! builds and does nothing unless its variable is set.

use std::fs::File;
use std::path::PathBuf;

/// Debug builds only: with `SKILLGAP_TEST_PAUSE_IN_SAVE=FILE`, the first
/// save creates FILE once its temporary file is written, then waits (at
/// most a minute) until FILE is removed, so tests can send a signal or
/// start a second run at exactly that moment.
pub(super) fn pause_for_tests() {
    static PAUSED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    let Some(flag) = std::env::var_os("SKILLGAP_TEST_PAUSE_IN_SAVE") else {
        return;
    };
    if PAUSED.swap(true, std::sync::atomic::Ordering::SeqCst) || File::create(&flag).is_err() {
        return;
    }
    let flag = PathBuf::from(flag);
    for _ in 0..6000 {
        if !flag.exists() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}
