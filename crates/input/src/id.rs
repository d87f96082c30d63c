//! Stable document ids (SPEC.md sections 2 and 10).
//!
//! Re-ingesting the same input must give the same id, so that the store can
//! replace rather than duplicate a document.

use std::path::Path;

use sha2::{Digest, Sha256};

/// How many hex digits of the SHA-256 to keep: 64 bits, enough that two
/// different documents of one corpus practically never collide, short enough
/// to read in a log line.
const HASH_HEX_DIGITS: usize = 16;

/// `sha256:` followed by the first 16 hex digits of the SHA-256 of the text.
///
/// The hash is taken over the decoded text, not the raw bytes, so the same page
/// saved as UTF-8 or as Windows-1251 (or gzipped) gets the same id.
pub fn content_id(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut id = String::with_capacity(7 + HASH_HEX_DIGITS);
    id.push_str("sha256:");
    for byte in digest.iter().take(HASH_HEX_DIGITS / 2) {
        id.push_str(&format!("{byte:02x}"));
    }
    id
}

/// The id of a document read from a file: its file name, without directories
/// (SPEC.md section 10: `000_e56c7479846dcf6a.txt`) and without a trailing
/// `.gz`, so compressing a corpus does not change its ids.
pub fn file_id(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string_lossy().into_owned());
    match strip_suffix_ignore_case(&name, ".gz") {
        Some(stem) if !stem.is_empty() => stem.to_owned(),
        _ => name,
    }
}

/// `name` without `suffix`, compared ASCII case-insensitively.
pub(crate) fn strip_suffix_ignore_case<'a>(name: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = name.len().checked_sub(suffix.len())?;
    let (stem, tail) = (name.get(..cut)?, name.get(cut..)?);
    tail.eq_ignore_ascii_case(suffix).then_some(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_id_is_sha256_prefix() {
        // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assert_eq!(content_id("abc"), "sha256:ba7816bf8f01cfea");
    }

    #[test]
    fn file_id_is_the_file_name_without_gz() {
        assert_eq!(
            file_id(Path::new("corpus/a/000_e56c7479846dcf6a.txt")),
            "000_e56c7479846dcf6a.txt"
        );
        assert_eq!(file_id(Path::new("x/page.html.GZ")), "page.html");
        assert_eq!(file_id(Path::new(".gz")), ".gz");
    }
}
