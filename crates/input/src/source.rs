//! Opening one input (a file or a byte stream) into the documents it holds.
//!
//! A page is read whole, but never more than the size limit: the limit is
//! checked against the file size before reading, and enforced while reading
//! streams and gzip, whose size is unknown until the end. A JSON Lines input is
//! not read whole at all; its records come one line at a time.

use std::fs::File;
use std::io::{self, BufReader, Cursor, Read};
use std::path::Path;

use flate2::read::MultiGzDecoder;

use crate::error::{InputError, Reason};
use crate::id::file_id;
use crate::jsonl::JsonLines;
use crate::page::page_from_bytes;
use crate::sniff::{format_from_name, is_gzip, looks_like_json_lines, NamedFormat, PageKind};
use crate::{InputItem, ReadOptions};

/// How much of a stream is looked at to tell JSON Lines from a page.
const SNIFF_BYTES: usize = 4096;

/// The documents of one input: one page, or the records of a JSON Lines stream.
pub struct Documents<'a> {
    state: State<'a>,
}

enum State<'a> {
    One(Option<InputItem>),
    Lines(JsonLines<BufReader<Box<dyn Read + 'a>>>),
}

impl<'a> Documents<'a> {
    fn one(item: InputItem) -> Self {
        Self {
            state: State::One(Some(item)),
        }
    }

    fn lines(input: String, reader: Box<dyn Read + 'a>, opts: &ReadOptions, gzip: bool) -> Self {
        Self {
            state: State::Lines(JsonLines::new(
                input,
                BufReader::new(reader),
                opts.max_bytes,
                gzip,
            )),
        }
    }
}

impl Iterator for Documents<'_> {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        match &mut self.state {
            State::One(item) => item.take(),
            State::Lines(lines) => lines.next(),
        }
    }
}

/// Opens a file: its id is its file name, its format comes from its name or,
/// failing that, its content.
pub(crate) fn open_file(path: &Path, opts: &ReadOptions) -> Documents<'static> {
    let input = path.display().to_string();
    match try_open_file(path, &input, opts) {
        Ok(documents) => documents,
        Err(reason) => Documents::one(Err(InputError::new(input, reason))),
    }
}

fn try_open_file(
    path: &Path,
    input: &str,
    opts: &ReadOptions,
) -> Result<Documents<'static>, Reason> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let format = format_from_name(&name);
    let file = File::open(path).map_err(Reason::from_io)?;
    let meta = file.metadata().map_err(Reason::Io)?;
    if format != NamedFormat::JsonLines && meta.is_file() && meta.len() > opts.max_bytes {
        return Err(Reason::TooLarge {
            size: meta.len(),
            limit: opts.max_bytes,
        });
    }
    let (reader, gzip) = gunzip_if_compressed(Box::new(file)).map_err(Reason::Io)?;
    if format == NamedFormat::JsonLines {
        return Ok(Documents::lines(input.to_owned(), reader, opts, gzip));
    }
    let bytes = read_bounded(reader, opts.max_bytes, gzip)?;
    let kind = (format == NamedFormat::Html).then_some(PageKind::Html);
    Ok(Documents::one(
        page_from_bytes(Some(file_id(path)), &bytes, kind)
            .map_err(|reason| InputError::new(input, reason)),
    ))
}

/// Reads a stream (standard input, a socket, a test buffer) whose format is
/// unknown: gzip is recognised by its magic number, JSON Lines by a first `{`,
/// HTML by its opening tags, anything else is plain text. Pages get a content
/// hash for an id; JSON Lines records their own `id`, else a content hash.
pub fn read_stream<'a, R: Read + 'a>(input: &str, reader: R, opts: &ReadOptions) -> Documents<'a> {
    match try_read_stream(input, Box::new(reader), opts) {
        Ok(documents) => documents,
        Err(reason) => Documents::one(Err(InputError::new(input, reason))),
    }
}

fn try_read_stream<'a>(
    input: &str,
    reader: Box<dyn Read + 'a>,
    opts: &ReadOptions,
) -> Result<Documents<'a>, Reason> {
    let (reader, gzip) = gunzip_if_compressed(reader).map_err(Reason::Io)?;
    let (prefix, reader) =
        peek(reader, SNIFF_BYTES, has_content_byte).map_err(|e| io_reason(e, gzip))?;
    if looks_like_json_lines(&prefix) {
        return Ok(Documents::lines(input.to_owned(), reader, opts, gzip));
    }
    let bytes = read_bounded(reader, opts.max_bytes, gzip)?;
    Ok(Documents::one(
        page_from_bytes(None, &bytes, None).map_err(|reason| InputError::new(input, reason)),
    ))
}

/// Wraps the reader in a gzip decoder when it starts with the gzip magic number.
/// Multi-member gzip (concatenated `.gz` files, as `cat a.gz b.gz` makes) is read
/// to the end, not just its first member.
fn gunzip_if_compressed<'a>(reader: Box<dyn Read + 'a>) -> io::Result<(Box<dyn Read + 'a>, bool)> {
    let (prefix, reader) = peek(reader, 2, |_| false)?;
    if is_gzip(&prefix) {
        Ok((Box::new(MultiGzDecoder::new(reader)), true))
    } else {
        Ok((reader, false))
    }
}

/// Reads up to `n` bytes, or fewer once `enough` says the prefix decides, and
/// returns them with a reader that still yields the whole stream from its start.
///
/// Stopping early matters for pipes, where waiting for `n` bytes could mean
/// waiting for a slow producer. A read error after some bytes is left for the
/// reader to meet again, so that the documents before it still come out.
fn peek<'a>(
    mut reader: Box<dyn Read + 'a>,
    n: usize,
    enough: impl Fn(&[u8]) -> bool,
) -> io::Result<(Vec<u8>, Box<dyn Read + 'a>)> {
    let mut prefix = vec![0; n];
    let mut filled = 0;
    while filled < n && !enough(&prefix[..filled]) {
        match reader.read(&mut prefix[filled..]) {
            Ok(0) => break,
            Ok(read) => filled += read,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) if filled > 0 => break,
            Err(e) => return Err(e),
        }
    }
    prefix.truncate(filled);
    let whole = Cursor::new(prefix.clone()).chain(reader);
    Ok((prefix, Box::new(whole)))
}

/// Whether a prefix holds a byte other than whitespace or a UTF-8 byte order
/// mark, the byte that tells JSON Lines from a page.
fn has_content_byte(prefix: &[u8]) -> bool {
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    if prefix.len() < BOM.len() && BOM.starts_with(prefix) {
        return false;
    }
    let body = prefix.strip_prefix(BOM).unwrap_or(prefix);
    body.iter().any(|b| !b.is_ascii_whitespace())
}

/// Reads the whole stream unless it holds more than `limit` bytes, stopping at
/// `limit + 1` so that an oversized input never sits in memory.
fn read_bounded(reader: impl Read, limit: u64, gzip: bool) -> Result<Vec<u8>, Reason> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(e, gzip))?;
    if bytes.len() as u64 > limit {
        return Err(Reason::OverLimit { limit });
    }
    Ok(bytes)
}

fn io_reason(err: io::Error, gzip: bool) -> Reason {
    if gzip {
        Reason::Gzip(err)
    } else {
        Reason::Io(err)
    }
}
