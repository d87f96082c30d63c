//! Bytes to text: encoding detected, not assumed (SPEC.md section 2).
//!
//! Crawled Cyrillic pages arrive as UTF-8 (with or without a BOM), UTF-16 with
//! a BOM, Windows-1251 or KOI8-R, often with a wrong or missing declaration.
//! The order of evidence, strongest first:
//!
//! 1. a byte order mark;
//! 2. the bytes being UTF-8 (allowing a sequence cut off at the end, as in a
//!    truncated download, and a few stray bytes among many good sequences):
//!    legacy Cyrillic text practically never forms valid multi-byte UTF-8, while
//!    crawlers often re-save a page as UTF-8 and keep its old `<meta charset>`;
//! 3. an HTML `<meta charset>` declaration in the first 1024 bytes (the window
//!    browsers prescan);
//! 4. `chardetng`, Firefox's detector for undeclared legacy content.
//!
//! Bytes that are not text (NUL bytes outside UTF-16, or mostly control
//! characters after decoding) are refused rather than turned into garbage.

use std::borrow::Cow;

use chardetng::{Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

use crate::error::Reason;

/// How many bytes browsers scan for a `<meta charset>` (WHATWG HTML, "prescan a
/// byte stream to determine its encoding").
const META_PRESCAN_BYTES: usize = 1024;

/// Stray invalid sequences tolerated per valid non-ASCII UTF-8 character before
/// the bytes are considered not UTF-8 at all: 1 in 16.
const UTF8_GOOD_PER_BAD: usize = 16;

/// Non-ASCII bytes after which the encoding detector has seen enough: some
/// 2,000 letters (300 words) of Cyrillic text, where single-byte Cyrillic
/// encodings already differ beyond doubt; detection then runs at ~100 MB/s
/// on a typical page instead of ~15 MB/s.
const DETECT_NON_ASCII_BYTES: usize = 2048;

/// Size of the pieces the detector is fed.
const DETECT_CHUNK: usize = 1024;

/// Share of control characters (and U+FFFD) above which decoded bytes are
/// called binary: 1 in 20. Real pages have next to none.
const MAX_CONTROL_SHARE_DENOMINATOR: usize = 20;

/// Decodes a whole page to text. An empty input decodes to an empty string;
/// deciding whether that is an error is the caller's business. Valid UTF-8,
/// most pages, is borrowed rather than copied.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, Reason> {
    let text = decode_unchecked(bytes)?;
    if looks_binary(&text) {
        return Err(Reason::Binary);
    }
    Ok(text)
}

fn decode_unchecked(bytes: &[u8]) -> Result<Cow<'_, str>, Reason> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if encoding == UTF_8 {
            return Ok(Cow::Owned(decode_utf8_lossy(body)));
        }
        // UTF-16: NUL bytes are expected here, so the binary check happens on
        // the decoded text only.
        let (text, _had_errors) = encoding.decode_without_bom_handling(body);
        return Ok(text);
    }
    if bytes.contains(&0) {
        return Err(Reason::Binary);
    }
    // Most pages are valid UTF-8: validated once (with SIMD: the standard
    // library's check takes some seven instructions per byte of Cyrillic)
    // and taken as they are.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return Ok(Cow::Borrowed(text));
    }
    if is_mostly_utf8(bytes) {
        return Ok(Cow::Owned(decode_utf8_lossy(bytes)));
    }
    let encoding = meta_charset(bytes)
        .filter(|e| *e != UTF_8)
        .unwrap_or_else(|| detect(bytes));
    let (text, _had_errors) = encoding.decode_without_bom_handling(bytes);
    Ok(text)
}

/// UTF-8 with invalid sequences replaced by U+FFFD, except that a sequence cut
/// off by the end of the input is dropped: a truncated download should not end
/// in a replacement character.
fn decode_utf8_lossy(bytes: &[u8]) -> String {
    let end = match std::str::from_utf8(bytes) {
        Ok(text) => return text.to_owned(),
        Err(_) => bytes.len() - incomplete_tail_len(bytes),
    };
    String::from_utf8_lossy(&bytes[..end]).into_owned()
}

/// Length of an incomplete UTF-8 sequence at the very end of `bytes` (0 if none).
fn incomplete_tail_len(bytes: &[u8]) -> usize {
    // A sequence is at most 4 bytes, so an incomplete one is at most 3.
    let start = bytes.len().saturating_sub(3);
    for i in (start..bytes.len()).rev() {
        let b = bytes[i];
        if b & 0xC0 == 0x80 {
            continue; // continuation byte: keep looking for the lead byte
        }
        let needed = match b {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => return 0,
        };
        let have = bytes.len() - i;
        return if have < needed { have } else { 0 };
    }
    0
}

/// True when the bytes are UTF-8, allowing a truncated last sequence and rare
/// invalid bytes among many valid multi-byte characters.
fn is_mostly_utf8(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    let mut good = 0usize;
    let mut bad = 0usize;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                good += count_non_ascii(valid);
                break;
            }
            Err(err) => {
                let (valid, after) = rest.split_at(err.valid_up_to());
                // `valid_up_to` marks a prefix that is valid UTF-8 by definition.
                good += std::str::from_utf8(valid).map_or(0, count_non_ascii);
                match err.error_len() {
                    None => break, // incomplete sequence at the end: truncation
                    Some(len) => {
                        bad += 1;
                        if bad * UTF8_GOOD_PER_BAD > good + UTF8_GOOD_PER_BAD * 64 {
                            // Early exit: far too many errors to ever recover.
                            return false;
                        }
                        rest = &after[len..];
                    }
                }
            }
        }
    }
    bad == 0 || good >= bad * UTF8_GOOD_PER_BAD
}

fn count_non_ascii(text: &str) -> usize {
    text.chars().filter(|c| !c.is_ascii()).count()
}

/// The encoding a `<meta charset=…>` or `<meta http-equiv content="…; charset=…">`
/// declares in the first [`META_PRESCAN_BYTES`], if any and if known.
///
/// A simplified form of the WHATWG prescan: it looks for `charset` inside any
/// `<meta …>` tag, which covers both declaration forms.
pub fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(META_PRESCAN_BYTES)];
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let tag_start = from + pos + 5;
        let tag_end = find(&lower[tag_start..], b">").map_or(lower.len(), |e| tag_start + e);
        let tag = &lower[tag_start..tag_end];
        if let Some(encoding) = charset_in_tag(tag) {
            // WHATWG: a page cannot declare itself UTF-16 in ASCII; that means UTF-8.
            return Some(if encoding == UTF_16LE || encoding == UTF_16BE {
                UTF_8
            } else {
                encoding
            });
        }
        from = tag_end;
    }
    None
}

fn charset_in_tag(tag: &[u8]) -> Option<&'static Encoding> {
    let pos = find(tag, b"charset")?;
    let mut rest = &tag[pos + 7..];
    rest = trim_start(rest);
    rest = rest.strip_prefix(b"=")?;
    rest = trim_start(rest);
    if let Some(quoted) = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")) {
        rest = quoted;
    }
    let end = rest
        .iter()
        .position(|b| {
            matches!(
                b,
                b'"' | b'\'' | b';' | b' ' | b'/' | b'>' | b'\t' | b'\n' | b'\r'
            )
        })
        .unwrap_or(rest.len());
    Encoding::for_label(&rest[..end])
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let skip = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &bytes[skip..]
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// `chardetng`'s guess for bytes that are not UTF-8 and declare nothing.
///
/// The detector runs at some 15 MB/s, slower than the rest of the input side
/// together, and its statistics settle long before a big page ends; so it is fed
/// chunks only until it has seen [`DETECT_NON_ASCII_BYTES`] non-ASCII bytes
/// (ASCII markup and scripts tell it nothing and are not counted).
fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(Iso2022JpDetection::Deny);
    let mut non_ascii = 0;
    let mut chunks = bytes.chunks(DETECT_CHUNK).peekable();
    while let Some(chunk) = chunks.next() {
        let last = chunks.peek().is_none();
        detector.feed(chunk, last);
        non_ascii += chunk.iter().filter(|b| !b.is_ascii()).count();
        if non_ascii >= DETECT_NON_ASCII_BYTES {
            break;
        }
    }
    // No top-level domain hint: the caller does not know where the page came
    // from. UTF-8 was already ruled out by `is_mostly_utf8`.
    detector.guess(None, Utf8Detection::Deny)
}

/// True when control characters (other than tab, line feed, form feed and
/// carriage return) or replacement characters make up more than 1/20 of the text.
///
/// Every page passes here, so the bytes are read in passes the compiler can
/// vectorise: a character starts at each byte that is not a continuation
/// byte, and the characters counted have one encoding each. C0 controls and
/// DEL are single bytes; C1 controls (`C2 80`..`C2 9F`) and U+FFFD (`EF BF BD`)
/// start with bytes that are rare in text, found by `memchr`.
fn looks_binary(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut total = 0usize;
    let mut bad = 0usize;
    // Byte-wide counters per chunk of at most 255 bytes cannot overflow and
    // let the compiler count 16 or 32 bytes per instruction (seven times
    // faster than word-wide counters, measured).
    for chunk in bytes.chunks(255) {
        let (mut starts, mut controls) = (0u8, 0u8);
        for &b in chunk {
            starts += u8::from(b & 0xC0 != 0x80);
            let c0 = (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0c);
            controls += u8::from(c0 | (b == 0x7f));
        }
        total += usize::from(starts);
        bad += usize::from(controls);
    }
    for i in memchr::memchr2_iter(0xc2, 0xef, bytes) {
        let two_byte_control = bytes[i] == 0xc2 && matches!(bytes.get(i + 1), Some(0x80..=0x9f));
        let replacement = bytes[i] == 0xef && bytes.get(i + 1..i + 3) == Some(&[0xbf, 0xbd][..]);
        bad += usize::from(two_byte_control || replacement);
    }
    bad * MAX_CONTROL_SHARE_DENOMINATOR > total
}

#[cfg(test)]
mod tests {
    use super::*;

    const RU: &str = "Стороны обсудили вопросы стратегического партнерства двух стран.";

    #[test]
    fn truncated_utf8_tail_is_dropped() {
        let bytes = RU.as_bytes();
        // Cut inside the two-byte "т" of "стран.".
        let cut = &bytes[..bytes.len() - 8];
        assert_eq!(incomplete_tail_len(cut), 1);
        assert_eq!(
            decode(cut).unwrap(),
            "Стороны обсудили вопросы стратегического партнерства двух с"
        );
    }

    #[test]
    fn stray_byte_in_utf8_is_replaced_not_redetected() {
        let mut bytes = RU.as_bytes().to_vec();
        bytes.insert(14, 0xFF);
        assert_eq!(
            decode(&bytes).unwrap(),
            "Стороны\u{FFFD} обсудили вопросы стратегического партнерства двух стран."
        );
    }

    #[test]
    fn meta_charset_both_forms() {
        assert_eq!(
            meta_charset(br#"<html><head><meta charset="windows-1251">"#),
            Some(encoding_rs::WINDOWS_1251)
        );
        assert_eq!(
            meta_charset(
                br#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=koi8-r">"#
            ),
            Some(encoding_rs::KOI8_R)
        );
        assert_eq!(
            meta_charset(b"<meta name=x content=y><p>charset=koi8-r"),
            None
        );
        assert_eq!(meta_charset(b"<meta charset=utf-16>"), Some(UTF_8));
        assert_eq!(meta_charset(b"<meta charset=bogus>"), None);
    }

    #[test]
    fn utf8_page_keeps_utf8_despite_a_stale_meta() {
        let page = format!("<meta charset=\"windows-1251\"><p>{RU}</p>");
        assert_eq!(decode(page.as_bytes()).unwrap(), page);
    }

    #[test]
    fn controls_and_replacement_characters_count_as_characters_of_any_width() {
        // 19 good characters and one bad: exactly 1 in 20 is still text.
        let mut page = "Бакуские переговоры".to_string();
        assert_eq!(page.chars().count(), 19);
        page.push('\u{85}');
        assert!(!looks_binary(&page));
        page.push('\u{FFFD}');
        assert!(looks_binary(&page));
        assert!(looks_binary("ab\u{1}"));
        assert!(!looks_binary("tab\tline\nfeed\r\u{c}form"));
        // U+00C2 U+0080 spelt out is no C1 control pair of bytes.
        assert!(!looks_binary(&"Âa".repeat(10)));
    }

    #[test]
    fn the_chunked_binary_check_counts_as_the_character_test_does() {
        // The share of controls and replacement characters, character by character.
        let by_chars = |text: &str| {
            let bad = text
                .chars()
                .filter(|&c| {
                    (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
                        || c == '\u{FFFD}'
                })
                .count();
            bad * MAX_CONTROL_SHARE_DENOMINATOR > text.chars().count()
        };
        // Texts around the 1-in-20 line, long enough to span many 255-byte
        // chunks, with the multi-byte bad characters cut by chunk edges.
        for bad in ["\u{1}", "\u{85}", "\u{FFFD}", "\u{7f}"] {
            for good_per_bad in [18, 19, 20, 21] {
                for shift in 0..3 {
                    let unit = format!("{}{bad}", "ж".repeat(good_per_bad - 1));
                    let text = format!("{}{}", "x".repeat(shift), unit.repeat(60));
                    assert_eq!(
                        looks_binary(&text),
                        by_chars(&text),
                        "{bad:?} {good_per_bad} {shift}"
                    );
                }
            }
        }
    }

    #[test]
    fn nul_bytes_and_control_soup_are_binary() {
        assert!(matches!(decode(b"PK\x03\x04\x00\x00"), Err(Reason::Binary)));
        let soup: Vec<u8> = (1u8..32).cycle().take(400).collect();
        assert!(matches!(decode(&soup), Err(Reason::Binary)));
    }
}
