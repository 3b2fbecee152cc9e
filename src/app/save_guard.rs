//! Keeps a signal that ends the program (SIGINT, SIGTERM, SIGHUP, SIGQUIT)
//! from cutting a save short or leaving the terminal broken, for every
//! command that saves (`assess`, `import --out`). A watcher thread takes
//! the signal instead of letting it end the process where it stands: it
//! waits for a save under way to finish (no half-written file, no
//! temporary file left), runs the caller's clean-up (the terminal modes
//! and cursor, when a prompt had them), then ends the process by the same
//! signal, so the parent sees what happened.
//!
//! This module owns how the process ends on those signals; it does not
//! know what is saved or what the clean-up does.

use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Mutex, PoisonError};

use nix::sys::signal::{SigSet, Signal};

/// Every signal that ends the program by default.
const ENDING: [Signal; 4] = [
    Signal::SIGINT,
    Signal::SIGTERM,
    Signal::SIGHUP,
    Signal::SIGQUIT,
];

/// Held for the length of each save, and by the watcher from a signal on.
static SAVING: Mutex<()> = Mutex::new(());

/// The signal that came and has yet to end the process; 0 for none.
static PENDING: AtomicI32 = AtomicI32::new(0);

/// Proof that the signals are watched; saves go through it.
#[derive(Debug, Clone, Copy)]
pub(super) struct SaveGuard {
    /// Run just before the process ends on a signal.
    before_exit: fn(),
}

impl SaveGuard {
    /// Starts watching the ending signals, with `before_exit` to run before
    /// the process ends on one. If they cannot be watched (only a broken system
    /// refuses), saves still happen, unguarded.
    pub(super) fn install(before_exit: fn()) -> Self {
        let guard = Self { before_exit };
        // A signal the run was started to ignore (`nohup` ignores SIGHUP,
        // a script's background job SIGINT and SIGQUIT) stays ignored: a
        // handler here would let it end the run after all.
        let ignored = ignored_at_start();
        let watched = ENDING
            .into_iter()
            .filter(|signal| !ignored.contains(signal))
            .map(|signal| signal as i32);
        let Ok(mut signals) = signal_hook::iterator::Signals::new(watched) else {
            return guard;
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                PENDING.store(signal, Ordering::SeqCst);
                // Held until the process ends: no save starts after this.
                let _no_save = SAVING.lock().unwrap_or_else(PoisonError::into_inner);
                end(signal, before_exit);
            }
        });
        // Only the watcher takes these signals from now on. A prompt
        // waiting for a key is never interrupted, so it cannot set its own
        // saved modes back after the watcher restored the terminal.
        let mut ending = SigSet::empty();
        for signal in ENDING {
            ending.add(signal);
        }
        let _ = ending.thread_block();
        guard
    }

    /// Runs `save` so that no ending signal cuts it short. A signal that
    /// came before or during it ends the process here, with nothing
    /// half-done: saves follow one another quickly (`--answers`), and the
    /// watcher might not win the lock between two of them.
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

/// The ending signals this process ignores, as the kernel reports them in
/// `/proc/self/status` (asking for a signal's action directly takes
/// unsafe code). Where there is no such file, none counts as ignored.
fn ignored_at_start() -> Vec<Signal> {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let mask = status
        .lines()
        .find_map(|line| line.strip_prefix("SigIgn:"))
        .and_then(|hex| u64::from_str_radix(hex.trim(), 16).ok())
        .unwrap_or(0);
    ENDING
        .into_iter()
        .filter(|&signal| mask & (1 << (signal as i32 - 1)) != 0)
        .collect()
}

/// Ends the process as `signal` would have, so the parent sees the signal.
fn end(signal: i32, before_exit: fn()) -> ! {
    before_exit();
    // From the main thread too: the signal is blocked there, and the
    // emulation unblocks it before raising it.
    let _ = signal_hook::low_level::emulate_default_handler(signal);
    // Only reached if the default action could not be run.
    std::process::exit(128 + signal)
}
