//! The program's name in the commands a message tells the user to run
//! ("Resume with: …"): `skillgap` when that name finds this very program
//! on `PATH` (it was installed), else the path it was started by, so that
//! someone who ran `cargo run` or `target/release/skillgap` can paste the
//! command as printed. Reads the process's `argv[0]`, `PATH` and current
//! folder once; the choice itself is [`name_for`], pure but for looking at
//! the file system.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The name installed copies are found by.
const NAME: &str = "skillgap";

/// What the process's environment says about how it was started.
pub struct Invocation<'a> {
    /// `argv[0]`, as the program was started.
    pub argv0: Option<&'a Path>,
    /// The running executable (`std::env::current_exe`).
    pub exe: Option<&'a Path>,
    /// The `PATH` variable.
    pub path_var: Option<&'a OsStr>,
    /// The current folder.
    pub cwd: Option<&'a Path>,
}

/// The program, as a command to type: shell-quoted when it needs to be.
pub fn program() -> &'static str {
    static PROGRAM: OnceLock<String> = OnceLock::new();
    PROGRAM.get_or_init(|| {
        let argv0 = std::env::args_os().next().map(PathBuf::from);
        let exe = std::env::current_exe().ok();
        let path_var = std::env::var_os("PATH");
        let cwd = std::env::current_dir().ok();
        let name = name_for(&Invocation {
            argv0: argv0.as_deref(),
            exe: exe.as_deref(),
            path_var: path_var.as_deref(),
            cwd: cwd.as_deref(),
        });
        super::assess::shell_quote(&name)
    })
}

/// The command that starts this program again from the current folder:
/// a bare name `argv[0]` was (the shell found it on `PATH`); `skillgap`
/// when `PATH` finds this very executable under that name; otherwise the
/// path it was started by, relative to the current folder when it lies
/// inside it.
#[must_use]
pub fn name_for(invocation: &Invocation<'_>) -> PathBuf {
    let Some(started) = invocation.argv0.or(invocation.exe) else {
        return PathBuf::from(NAME);
    };
    if started.components().count() == 1 && !started.as_os_str().is_empty() {
        return started.to_owned();
    }
    let this = invocation
        .exe
        .unwrap_or(started)
        .canonicalize()
        .or_else(|_| started.canonicalize());
    let on_path = |this: &Path| {
        invocation.path_var.is_some_and(|var| {
            std::env::split_paths(var)
                .map(|dir| dir.join(NAME))
                .find(|candidate| candidate.is_file())
                .and_then(|found| found.canonicalize().ok())
                .is_some_and(|found| found == this)
        })
    };
    if this.as_deref().is_ok_and(on_path) {
        return PathBuf::from(NAME);
    }
    let inside = invocation
        .cwd
        .filter(|_| started.is_absolute())
        .and_then(|cwd| started.strip_prefix(cwd).ok());
    match inside {
        // A bare name would be looked up on PATH: say `./skillgap`.
        Some(relative) if relative.components().count() == 1 => Path::new(".").join(relative),
        Some(relative) => relative.to_owned(),
        None => started.to_owned(),
    }
}

#[cfg(test)]
#[path = "program_tests.rs"]
mod tests;
