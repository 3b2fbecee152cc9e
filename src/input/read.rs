//! Reading one input, capped by its kind: a regular file (opened only once
//! it is known to be one, so a FIFO or device is never waited on) or
//! standard input. It reads and checks UTF-8; it never parses or prints.

use std::path::Path;

use super::{InputError, Kind, Problem, Source};
use crate::io_reason::{NotARegularFile, describe_io};

/// The bytes of `source`, at most the cap of `kind` and one byte more, so
/// a parser that says where an oversized file goes wrong (`yaml::decode`)
/// can tell it is over. How every input is read.
///
/// # Errors
/// [`Problem::Unreadable`]: the file is missing, not a regular file, or
/// cannot be read.
pub fn read(source: Source<'_>, kind: Kind) -> Result<Vec<u8>, InputError> {
    let limit = kind.cap().saturating_add(1);
    let read = match source {
        Source::File(path) => read_regular(path, limit).map_err(|error| describe_io(&error)),
        // Standard input is no path: its errors keep the system's words.
        Source::Stdin => read_capped(std::io::stdin(), limit).map_err(|error| error.to_string()),
    };
    read.map_err(|reason| InputError {
        name: source.name(),
        problem: Problem::Unreadable(reason),
    })
}

/// The whole of `source` as text: at most the cap of `kind`, valid UTF-8.
///
/// # Errors
/// As [`read`]; [`Problem::TooLarge`] over the cap, [`Problem::NotUtf8`]
/// with the offset of the first invalid byte.
pub fn read_text(source: Source<'_>, kind: Kind) -> Result<String, InputError> {
    let bytes = read(source, kind)?;
    let failed = |problem| InputError {
        name: source.name(),
        problem,
    };
    if bytes.len() as u64 > kind.cap() {
        return Err(failed(Problem::TooLarge { cap: kind.cap() }));
    }
    String::from_utf8(bytes).map_err(|error| {
        failed(Problem::NotUtf8 {
            offset: error.utf8_error().valid_up_to(),
        })
    })
}

/// At most `limit` bytes from `reader`.
fn read_capped(reader: impl std::io::Read, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    reader.take(limit).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// At most `limit` bytes of the regular file at `path`.
fn read_regular(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let (mut file, size) = open_with_size(path)?;
    // Room for the whole file and one byte more, so it is read in one call
    // and the next finds its end (a growing buffer would read it in pieces
    // of 8 KiB and up); never more than the limit, whatever the size says.
    let cap = usize::try_from(limit).unwrap_or(usize::MAX);
    let mut bytes =
        vec![0; usize::try_from(size).map_or(cap, |size| size.saturating_add(1).min(cap))];
    let mut filled = 0;
    loop {
        if filled == bytes.len() {
            // Longer than it said (it grew): room for more, up to the limit.
            if bytes.len() >= cap {
                break;
            }
            bytes.resize(bytes.len().saturating_mul(2).min(cap), 0);
        }
        match file.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(read) => filled += read,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
    bytes.truncate(filled);
    Ok(bytes)
}

/// Opens `path` to read it, only if it is a regular file (a link to one is
/// followed), with the file's size as the opened file gives it. A folder is
/// refused as [`std::io::ErrorKind::IsADirectory`], anything else as
/// [`NotARegularFile`]; [`describe_io`] words both. The type is checked
/// before opening and again on the opened file, and the open itself never
/// waits, so a FIFO swapped in between is refused too.
fn open_with_size(path: &Path) -> std::io::Result<(std::fs::File, u64)> {
    use rustix::fs::{Mode, OFlags};
    ensure_regular(&std::fs::metadata(path)?)?;
    let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC;
    let file = std::fs::File::from(rustix::fs::open(path, flags, Mode::empty())?);
    let meta = file.metadata()?;
    ensure_regular(&meta)?;
    Ok((file, meta.len()))
}

/// `Ok` for a regular file's metadata; otherwise the error
/// [`open_with_size`] gives.
fn ensure_regular(meta: &std::fs::Metadata) -> std::io::Result<()> {
    if meta.is_file() {
        Ok(())
    } else if meta.is_dir() {
        Err(std::io::ErrorKind::IsADirectory.into())
    } else {
        Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            NotARegularFile,
        ))
    }
}
