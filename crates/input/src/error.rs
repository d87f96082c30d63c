//! Per-document errors.
//!
//! A run over a crawler's output must go on past every bad document and say
//! exactly which one was skipped and why (SPEC.md sections 8 and 10), so an
//! error names its input (and, for JSON Lines, the line) and carries a reason
//! that prints as one line: `<input>[:<line>]: <reason>`.

use std::fmt;
use std::io;

/// One input (a file, a JSON Lines record, standard input) that yielded no document.
#[derive(Debug, thiserror::Error)]
pub struct InputError {
    /// The input as the user would recognise it: the path as given or as found
    /// under a given directory, or `<stdin>`.
    pub input: String,
    /// 1-based line number, for JSON Lines records.
    pub line: Option<u64>,
    /// Why no document came out.
    #[source]
    pub reason: Reason,
}

impl InputError {
    pub(crate) fn new(input: impl Into<String>, reason: Reason) -> Self {
        Self {
            input: input.into(),
            line: None,
            reason,
        }
    }

    pub(crate) fn at_line(input: impl Into<String>, line: u64, reason: Reason) -> Self {
        Self {
            input: input.into(),
            line: Some(line),
            reason,
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.input)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        // The reason is rendered here rather than left to `source()` so that the
        // one-line message callers print is complete on its own; newlines are
        // flattened because a line on standard error must stay one line.
        let reason = self.reason.to_string();
        if reason.contains(['\n', '\r']) {
            write!(f, ": {}", reason.replace(['\n', '\r'], " "))
        } else {
            write!(f, ": {reason}")
        }
    }
}

/// Why an input yielded no document.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Reason {
    #[error("no such file or directory")]
    NotFound,
    #[error("not a regular file (device, socket or pipe inside a directory), skipped")]
    NotRegularFile,
    #[error("read failed: {0}")]
    Io(#[source] io::Error),
    #[error("corrupt or truncated gzip data: {0}")]
    Gzip(#[source] io::Error),
    #[error("file is {size} bytes, over the {limit}-byte limit")]
    TooLarge { size: u64, limit: u64 },
    /// A stream or gzip content, whose size is only known by reading it.
    #[error("more than {limit} bytes, over the limit")]
    OverLimit { limit: u64 },
    #[error("line is longer than the {limit}-byte limit")]
    LineTooLong { limit: u64 },
    #[error("empty file")]
    Empty,
    #[error("no text, only whitespace")]
    Blank,
    #[error("binary content, not text")]
    Binary,
    #[error("no article text found in the HTML")]
    NoArticle,
    #[error("HTML extractor failed: {0}")]
    HtmlExtractor(String),
    #[error("invalid UTF-8 at byte {offset} of the line")]
    InvalidUtf8 { offset: usize },
    #[error("malformed JSON: {0}")]
    MalformedJson(String),
    #[error("invalid record: {0}")]
    InvalidRecord(String),
    #[error("record has neither \"text\" nor \"html\"")]
    NoTextField,
}

impl Reason {
    /// A short stable key to group skipped inputs by in a run summary
    /// ("skipped: 3 binary, 1 too-large"), independent of the message wording.
    pub fn key(&self) -> &'static str {
        match self {
            Reason::NotFound => "not-found",
            Reason::NotRegularFile => "not-regular-file",
            Reason::Io(_) => "io",
            Reason::Gzip(_) => "gzip",
            Reason::TooLarge { .. } | Reason::OverLimit { .. } | Reason::LineTooLong { .. } => {
                "too-large"
            }
            Reason::Empty | Reason::Blank => "empty",
            Reason::Binary => "binary",
            Reason::NoArticle => "no-article",
            Reason::HtmlExtractor(_) => "html",
            Reason::InvalidUtf8 { .. } => "invalid-utf8",
            Reason::MalformedJson(_) => "malformed-json",
            Reason::InvalidRecord(_) | Reason::NoTextField => "invalid-record",
        }
    }

    /// Maps an I/O error on opening or reading a file, keeping the common
    /// "not found" case free of the OS's error code.
    pub(crate) fn from_io(err: io::Error) -> Self {
        if err.kind() == io::ErrorKind::NotFound {
            Reason::NotFound
        } else {
            Reason::Io(err)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_input_line_reason() {
        let e = InputError::at_line("feed.jsonl", 3, Reason::NoTextField);
        assert_eq!(
            e.to_string(),
            "feed.jsonl:3: record has neither \"text\" nor \"html\""
        );
        let e = InputError::new("page.bin", Reason::Binary);
        assert_eq!(e.to_string(), "page.bin: binary content, not text");
    }

    #[test]
    fn display_stays_on_one_line() {
        let e = InputError::new("x.html", Reason::HtmlExtractor("a\nb".into()));
        assert_eq!(e.to_string(), "x.html: HTML extractor failed: a b");
    }
}
