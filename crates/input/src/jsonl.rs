//! JSON Lines records (SPEC.md section 2):
//! `{"id", "url"?, "source"?, "published"?, "language"?, "text" | "html"}`.
//!
//! A feed file can be far larger than memory, so records are read one line at
//! a time, and a line longer than the size limit is skipped without being held.
//! Each bad line is one error naming its line number; the lines after it are
//! still read. Blank lines are passed over, but an input with no record at all
//! is reported (empty or blank), never taken for a processed feed.

use std::io::{self, BufRead};

use communique_record::InputDocument;
use serde::{Deserialize, Deserializer};

use crate::error::{InputError, Reason};
use crate::page::page_from_text;
use crate::sniff::PageKind;
use crate::InputItem;

/// One JSON Lines record as written by a crawler. Unknown fields are ignored
/// so that feeds with extra columns still load.
#[derive(Debug, Deserialize)]
struct Record {
    #[serde(default, deserialize_with = "id_string")]
    id: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    html: Option<String>,
}

/// Ids are strings, but feeds exported from databases often carry numbers;
/// both are accepted, and an empty id counts as absent.
fn id_string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    use serde::de::Error;
    match serde_json::Value::deserialize(deserializer)? {
        serde_json::Value::Null => Ok(None),
        serde_json::Value::String(s) => Ok(Some(s).filter(|s| !s.trim().is_empty())),
        serde_json::Value::Number(n) => Ok(Some(n.to_string())),
        _ => Err(D::Error::custom("\"id\" must be a string or a number")),
    }
}

/// The records of one JSON Lines stream, in order.
pub(crate) struct JsonLines<R> {
    input: String,
    reader: R,
    /// Number of the line last read (1-based once reading started).
    line: u64,
    limit: u64,
    /// Whether read errors come from a gzip decoder (reported as corrupt gzip).
    gzip: bool,
    buf: Vec<u8>,
    finished: bool,
    /// Whether any non-blank line was seen: an input without one is reported,
    /// not passed over as if it had been processed.
    any_record: bool,
}

impl<R: BufRead> JsonLines<R> {
    pub(crate) fn new(input: String, reader: R, limit: u64, gzip: bool) -> Self {
        Self {
            input,
            reader,
            line: 0,
            limit,
            gzip,
            buf: Vec::new(),
            finished: false,
            any_record: false,
        }
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        while !self.finished {
            self.buf.clear();
            let outcome = read_line_bounded(&mut self.reader, &mut self.buf, self.limit);
            let reason = match outcome {
                Ok(Line::End) => {
                    self.finished = true;
                    if self.any_record {
                        return None;
                    }
                    let reason = if self.line == 0 {
                        Reason::Empty
                    } else {
                        Reason::Blank
                    };
                    return Some(Err(InputError::new(self.input.clone(), reason)));
                }
                Ok(Line::Complete) => {
                    self.line += 1;
                    let bytes = trim_line(&self.buf, self.line == 1);
                    if bytes.is_empty() {
                        continue;
                    }
                    self.any_record = true;
                    match record_to_document(bytes) {
                        Ok(document) => return Some(Ok(document)),
                        Err(reason) => reason,
                    }
                }
                Ok(Line::TooLong) => {
                    self.line += 1;
                    self.any_record = true;
                    Reason::LineTooLong { limit: self.limit }
                }
                Err(err) => {
                    // The stream itself broke: nothing after this point can be trusted.
                    self.finished = true;
                    self.any_record = true;
                    self.line += 1;
                    if self.gzip {
                        Reason::Gzip(err)
                    } else {
                        Reason::Io(err)
                    }
                }
            };
            return Some(Err(InputError::at_line(
                self.input.clone(),
                self.line,
                reason,
            )));
        }
        None
    }
}

/// What reading one line found.
#[derive(Debug, PartialEq, Eq)]
enum Line {
    /// A line (its last one may lack the newline) is in the buffer.
    Complete,
    /// The line's content exceeded the limit; it was consumed, not kept.
    TooLong,
    /// No more input.
    End,
}

/// Reads one line into `buf` (newline included) unless its content exceeds
/// `limit` bytes, in which case the rest of the line is consumed and dropped,
/// so memory stays bounded by the limit whatever the line's length.
fn read_line_bounded<R: BufRead>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    limit: u64,
) -> io::Result<Line> {
    let mut seen: u64 = 0;
    let mut too_long = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        };
        if available.is_empty() {
            return Ok(match (seen, too_long) {
                (0, _) => Line::End,
                (_, true) => Line::TooLong,
                (_, false) => Line::Complete,
            });
        }
        let newline = available.iter().position(|&b| b == b'\n');
        let take = newline.map_or(available.len(), |i| i + 1);
        seen += take as u64;
        let content = seen - u64::from(newline.is_some());
        if content > limit {
            too_long = true;
            buf.clear();
        } else if !too_long {
            buf.extend_from_slice(&available[..take]);
        }
        reader.consume(take);
        if newline.is_some() {
            return Ok(if too_long {
                Line::TooLong
            } else {
                Line::Complete
            });
        }
    }
}

/// The line without its line ending and surrounding blanks, and without a
/// UTF-8 byte order mark on the first line.
fn trim_line(bytes: &[u8], first: bool) -> &[u8] {
    let bytes = if first {
        bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
    } else {
        bytes
    };
    bytes.trim_ascii()
}

/// Parses one record and builds its document.
fn record_to_document(line: &[u8]) -> Result<InputDocument, Reason> {
    // JSON is UTF-8 (RFC 8259); a record in another encoding is an error of
    // that record, not a guess.
    let line = std::str::from_utf8(line).map_err(|e| Reason::InvalidUtf8 {
        offset: e.valid_up_to(),
    })?;
    // serde would read a struct from an array too (`["id", …]`); a record
    // is an object, and saying so is clearer than a missing-field message.
    if !line.starts_with('{') {
        return Err(match serde_json::from_str::<serde::de::IgnoredAny>(line) {
            Ok(_) => Reason::InvalidRecord("not a JSON object".into()),
            Err(err) => json_reason(err),
        });
    }
    let record: Record = serde_json::from_str(line).map_err(json_reason)?;

    let non_blank = |s: &Option<String>| s.as_deref().is_some_and(|s| !s.trim().is_empty());
    let mut document = if non_blank(&record.text) {
        page_from_text(
            record.id,
            record.text.as_deref().unwrap_or_default(),
            PageKind::Text,
        )?
    } else if non_blank(&record.html) {
        page_from_text(
            record.id,
            record.html.as_deref().unwrap_or_default(),
            PageKind::Html,
        )?
    } else if record.text.is_some() || record.html.is_some() {
        return Err(Reason::Blank);
    } else {
        return Err(Reason::NoTextField);
    };

    // What the record states beats what its HTML says about itself.
    let given = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
    document.url = given(record.url).or(document.url);
    document.source = given(record.source).or(document.source);
    document.published = given(record.published).or(document.published);
    document.language = given(record.language).or(document.language);
    Ok(document)
}

/// serde_json's message without its "at line 1 column N" (the line is ours to
/// report), with the column kept, and split into syntax versus content errors.
fn json_reason(err: serde_json::Error) -> Reason {
    let message = err.to_string();
    let message = match message.rfind(" at line ") {
        Some(cut) => &message[..cut],
        None => &message,
    };
    let message = format!("{message} (column {})", err.column());
    match err.classify() {
        serde_json::error::Category::Data => Reason::InvalidRecord(message),
        _ => Reason::MalformedJson(message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &str, limit: u64) -> Vec<Result<String, String>> {
        JsonLines::new("feed.jsonl".into(), input.as_bytes(), limit, false)
            .map(|item| {
                item.map(|d| format!("{}|{}", d.id, d.text))
                    .map_err(|e| e.to_string())
            })
            .collect()
    }

    #[test]
    fn bounded_line_reader() {
        let mut reader: &[u8] = b"abc\n0123456789\nxy";
        let mut buf = Vec::new();
        assert_eq!(
            read_line_bounded(&mut reader, &mut buf, 5).unwrap(),
            Line::Complete
        );
        assert_eq!(buf, b"abc\n");
        buf.clear();
        assert_eq!(
            read_line_bounded(&mut reader, &mut buf, 5).unwrap(),
            Line::TooLong
        );
        assert!(buf.is_empty());
        assert_eq!(
            read_line_bounded(&mut reader, &mut buf, 5).unwrap(),
            Line::Complete
        );
        assert_eq!(buf, b"xy");
        buf.clear();
        assert_eq!(
            read_line_bounded(&mut reader, &mut buf, 5).unwrap(),
            Line::End
        );
    }

    #[test]
    fn line_at_exactly_the_limit_is_kept() {
        // 28 bytes: "Баку" is 8 of them.
        let got = lines("{\"id\":\"a\",\"text\":\"Баку\"}\n", 28);
        assert_eq!(got, vec![Ok("a|Баку".to_string())]);
        let got = lines("{\"id\":\"a\",\"text\":\"Баку\"}\n", 27);
        assert_eq!(
            got,
            vec![Err(
                "feed.jsonl:1: line is longer than the 27-byte limit".to_string()
            )]
        );
    }

    #[test]
    fn numeric_ids_blank_lines_and_crlf() {
        let got = lines(
            "\u{FEFF}{\"id\":7,\"text\":\"Баку\"}\r\n\r\n{\"id\":\"\",\"text\":\"abc\"}\n",
            1000,
        );
        assert_eq!(
            got,
            vec![
                Ok("7|Баку".to_string()),
                Ok("sha256:ba7816bf8f01cfea|abc".to_string())
            ]
        );
    }

    #[test]
    fn empty_and_blank_inputs_are_reported() {
        assert_eq!(
            lines("", 100),
            vec![Err("feed.jsonl: empty file".to_string())]
        );
        assert_eq!(
            lines("\n \n", 100),
            vec![Err("feed.jsonl: no text, only whitespace".to_string())]
        );
    }

    #[test]
    fn record_errors() {
        let got = lines(
            "[1]\n{\"id\":[1],\"text\":\"x\"}\n{\"id\":\"a\",\"text\":5}\n{\"id\":\"a\",\"text\":\"  \"}\n",
            1000,
        );
        assert_eq!(
            got,
            vec![
                Err("feed.jsonl:1: invalid record: not a JSON object".to_string()),
                Err("feed.jsonl:2: invalid record: \"id\" must be a string or a number (column 9)".to_string()),
                Err("feed.jsonl:3: invalid record: invalid type: integer `5`, expected a string (column 18)".to_string()),
                Err("feed.jsonl:4: no text, only whitespace".to_string()),
            ]
        );
    }
}
