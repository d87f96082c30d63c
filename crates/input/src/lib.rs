//! Input side: turns paths and streams into decoded documents, one error per bad document.
//!
//! Analysts feed communique whatever their crawler saved (SPEC.md section 2):
//! plain text and HTML pages, JSON Lines feeds, gzip, directories, standard
//! input, in UTF-8, UTF-16, Windows-1251 or KOI8-R. [`read_inputs`] turns all
//! of it into a stream of [`InputItem`]s: a document, or an error naming the
//! input (and the line, for JSON Lines) and the reason (SPEC.md section 8).
//! Nothing stops the stream and nothing is dropped silently.
//!
//! The stream holds at most one page, or one JSON Lines record, at a time;
//! directories are listed one at a time as they are reached.
//!
//! Modules, one job each:
//! - `walk`: paths to files, recursively and in a deterministic order;
//! - `source`: one file or stream to its documents (gzip, size limit, sniffing);
//! - `jsonl`: JSON Lines records, line by line;
//! - `page`: one page's bytes to a document (decode, HTML or text, id);
//! - `decode`: bytes to text, encoding detected;
//! - `html`: article text and metadata from an HTML page;
//! - `sniff`: which format an input is;
//! - `id`: stable document ids;
//! - `error`: the per-document error.

mod decode;
mod error;
mod html;
mod id;
mod jsonl;
mod page;
mod sniff;
mod source;
mod walk;

use std::io;
use std::path::PathBuf;

pub use communique_record::InputDocument;
pub use decode::decode;
pub use error::{InputError, Reason};
pub use html::{extract_article, Article};
pub use id::{content_id, file_id};
pub use page::{page_from_bytes, page_from_text};
pub use sniff::{looks_like_html, PageKind};
pub use source::{read_stream, Documents};
pub use walk::{Source, Walk, STDIN_PATH};

/// One input document, or the reason one input yielded none.
pub type InputItem = Result<InputDocument, InputError>;

/// How inputs are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOptions {
    /// Largest page, or JSON Lines line, accepted, in bytes (after gzip
    /// decompression). Larger ones are refused without being read whole,
    /// which bounds memory whatever the corpus holds.
    pub max_bytes: u64,
}

impl ReadOptions {
    /// 50 MB (decimal): no news article comes near it, while a page that size
    /// is a dump or an attack, not something to hold in memory and parse.
    pub const DEFAULT_MAX_BYTES: u64 = 50_000_000;
}

impl Default for ReadOptions {
    fn default() -> Self {
        Self {
            max_bytes: Self::DEFAULT_MAX_BYTES,
        }
    }
}

/// How standard input is named in errors.
pub const STDIN_NAME: &str = "<stdin>";

/// Reads every input that `paths` stand for, in order: files, directories
/// (recursively, names sorted, hidden entries skipped) and `-` for standard
/// input. Each file or stream is opened only when the iterator reaches it.
pub fn read_inputs(paths: &[PathBuf], opts: &ReadOptions) -> Inputs {
    Inputs {
        walk: Walk::new(paths),
        current: None,
        opts: opts.clone(),
    }
}

/// The stream of documents and errors of [`read_inputs`].
pub struct Inputs {
    walk: Walk,
    current: Option<Documents<'static>>,
    opts: ReadOptions,
}

impl Iterator for Inputs {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        loop {
            if let Some(item) = self.current.as_mut().and_then(Iterator::next) {
                return Some(item);
            }
            self.current = None;
            self.current = Some(match self.walk.next()? {
                Ok(Source::File(path)) => source::open_file(&path, &self.opts),
                Ok(Source::Stdin) => read_stream(STDIN_NAME, io::stdin().lock(), &self.opts),
                Err(err) => return Some(Err(err)),
            });
        }
    }
}
