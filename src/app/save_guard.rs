//! Keeps a save from being cut short by a signal that ends the program
//! (SIGINT, SIGTERM, SIGHUP, SIGQUIT): outside a save such a signal ends
//! the process as it would have anyway; during one, it waits until the new
//! file is in place (or the save has failed and cleaned up), so no file is
//! half-written and no temporary file is left behind.
//!
//! One thread receives the signals; a lock held for each save makes that
//! thread wait for the save in progress, and a save that finds a signal
//! pending ends the process itself rather than start. This module owns
//! how the process ends on those signals; it does not know what is saved.

use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Mutex, PoisonError};

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};

/// Every signal that ends the program by default.
pub(super) const ENDING: &[i32] = &[SIGINT, SIGTERM, SIGHUP, SIGQUIT];

/// The same without SIGINT, for when Ctrl-C is handled as a key.
pub(super) const ENDING_BUT_INTERRUPT: &[i32] = &[SIGTERM, SIGHUP, SIGQUIT];

/// Held for the length of each save.
static SAVING: Mutex<()> = Mutex::new(());

/// The signal that arrived and has yet to end the process; 0 for none.
static PENDING: AtomicI32 = AtomicI32::new(0);

/// Proof that the signals are watched; saves go through it.
#[derive(Debug, Clone, Copy)]
pub(super) struct SaveGuard {
    /// Run just before the process ends on a signal (puts the terminal
    /// back, for example).
    before_exit: fn(),
}

impl SaveGuard {
    /// Starts watching `signals`. If they cannot be watched (which only a
    /// broken system does), saves still happen, unguarded.
    pub(super) fn install(signals: &[i32], before_exit: fn()) -> Self {
        if let Ok(mut incoming) = signal_hook::iterator::Signals::new(signals) {
            let _ = std::thread::Builder::new()
                .name("save-guard".to_owned())
                .spawn(move || {
                    if let Some(signal) = incoming.forever().next() {
                        PENDING.store(signal, Ordering::SeqCst);
                        let _saving = SAVING.lock().unwrap_or_else(PoisonError::into_inner);
                        end(signal, before_exit);
                    }
                });
        }
        Self { before_exit }
    }

    /// Runs `save` so that no watched signal can end the process part-way;
    /// a signal that came during it ends the process once it is done.
    pub(super) fn save<T>(self, save: impl FnOnce() -> T) -> T {
        let _saving = SAVING.lock().unwrap_or_else(PoisonError::into_inner);
        self.end_if_signalled();
        let result = save();
        self.end_if_signalled();
        result
    }

    fn end_if_signalled(self) {
        let signal = PENDING.load(Ordering::SeqCst);
        if signal != 0 {
            end(signal, self.before_exit);
        }
    }
}

/// Ends the process as `signal` would have, so the parent sees the signal.
fn end(signal: i32, before_exit: fn()) -> ! {
    before_exit();
    let _ = signal_hook::low_level::emulate_default_handler(signal);
    // Only reached if the default action could not be run.
    std::process::exit(128 + signal)
}
