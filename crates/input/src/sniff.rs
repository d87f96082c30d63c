//! What kind of input a file or stream holds: JSON Lines, an HTML page or a
//! plain text page.
//!
//! A file's name decides when it is explicit (`.jsonl`, `.ndjson`, `.html`,
//! `.htm`, each optionally `.gz`); otherwise the content decides, because
//! crawlers save pages under any name (`page.txt` holding HTML, `-` for a pipe).

use crate::id::strip_suffix_ignore_case;

/// The kind of a single page, once decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    Html,
    Text,
}

/// What a file's name says about its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NamedFormat {
    JsonLines,
    Html,
    /// Nothing explicit: sniff the content.
    Unknown,
}

/// The format a file name announces (a trailing `.gz` is looked through).
pub(crate) fn format_from_name(name: &str) -> NamedFormat {
    let name = strip_suffix_ignore_case(name, ".gz").unwrap_or(name);
    let ext = match name.rsplit_once('.') {
        Some((_, ext)) => ext.to_ascii_lowercase(),
        None => return NamedFormat::Unknown,
    };
    match ext.as_str() {
        "jsonl" | "ndjson" => NamedFormat::JsonLines,
        "html" | "htm" | "xhtml" | "shtml" => NamedFormat::Html,
        _ => NamedFormat::Unknown,
    }
}

/// The gzip magic number (RFC 1952): compressed input is recognised by content,
/// so a `.gz` name is not required and a mislabelled `.gz` is still read.
pub(crate) fn is_gzip(prefix: &[u8]) -> bool {
    prefix.starts_with(&[0x1f, 0x8b])
}

/// A stream whose first non-blank byte (after a UTF-8 BOM) opens a JSON object
/// is JSON Lines; nothing else starts that way in practice.
pub(crate) fn looks_like_json_lines(prefix: &[u8]) -> bool {
    let prefix = prefix.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(prefix);
    prefix.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// Tags that start an HTML document in the WHATWG MIME sniffing standard
/// ("rules for identifying an unknown MIME type"), plus `<meta` which crawlers'
/// saved fragments often start with. Each must be followed by a space or `>`.
const HTML_OPENINGS: &[&[u8]] = &[
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<script",
    b"<iframe",
    b"<h1",
    b"<div",
    b"<font",
    b"<table",
    b"<a",
    b"<style",
    b"<title",
    b"<b",
    b"<body",
    b"<br",
    b"<p",
    b"<meta",
];

/// Whether a page's text is HTML, decided by how it starts (WHATWG sniffing),
/// or for XML-declared XHTML and pages starting with a comment, by an `<html`
/// tag in the first kilobyte.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches(['\u{FEFF}', ' ', '\t', '\n', '\r', '\x0c']);
    let head = &start.as_bytes()[..start.len().min(1024)];
    let lower = head.to_ascii_lowercase();
    let opens_with_tag = HTML_OPENINGS
        .iter()
        .any(|tag| lower.starts_with(tag) && matches!(lower.get(tag.len()), Some(b' ' | b'>')));
    if opens_with_tag {
        return true;
    }
    (lower.starts_with(b"<?xml") || lower.starts_with(b"<!--"))
        && lower.windows(5).any(|w| w == b"<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(format_from_name("a.jsonl"), NamedFormat::JsonLines);
        assert_eq!(format_from_name("a.JSONL.gz"), NamedFormat::JsonLines);
        assert_eq!(format_from_name("a.ndjson"), NamedFormat::JsonLines);
        assert_eq!(format_from_name("a.htm"), NamedFormat::Html);
        assert_eq!(format_from_name("a.html.gz"), NamedFormat::Html);
        assert_eq!(
            format_from_name("000_e56c7479846dcf6a.txt"),
            NamedFormat::Unknown
        );
        assert_eq!(format_from_name("README"), NamedFormat::Unknown);
    }

    #[test]
    fn html_sniffing() {
        assert!(looks_like_html("\n  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<HTML lang=\"ru\">"));
        assert!(looks_like_html("<p>Стороны обсудили</p>"));
        assert!(looks_like_html(
            "<?xml version=\"1.0\"?>\n<html xmlns=\"x\">"
        ));
        assert!(!looks_like_html(
            "Глава МИД Казахстана <b>проинформирован</b>"
        ));
        assert!(!looks_like_html("<abbr>ООН</abbr>"));
        assert!(!looks_like_html("<p"));
    }

    #[test]
    fn json_lines_sniffing() {
        assert!(looks_like_json_lines(b"\xEF\xBB\xBF\n {\"id\":1}"));
        assert!(!looks_like_json_lines(b"[1,2]"));
        assert!(!looks_like_json_lines(b""));
    }
}
