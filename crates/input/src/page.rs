//! One page's bytes (or text) to one document: decode, tell HTML from plain
//! text, extract the article, assign the id.
//!
//! This is the pure core of the input side, free of files and streams, so
//! that the fuzz target and other front ends (an HTTP upload, a Spark batch)
//! can use exactly what the file reader uses.

use communique_record::InputDocument;

use crate::decode::decode;
use crate::error::Reason;
use crate::html::extract_article;
use crate::id::content_id;
use crate::sniff::{looks_like_html, PageKind};

/// Builds a document from a whole page's bytes.
///
/// `id`: the document id, or `None` for a content hash of the text.
/// `kind`: what the page's name declares, or `None` to sniff the content.
pub fn page_from_bytes(
    id: Option<String>,
    bytes: &[u8],
    kind: Option<PageKind>,
) -> Result<InputDocument, Reason> {
    if bytes.is_empty() {
        return Err(Reason::Empty);
    }
    let text = decode(bytes)?;
    let kind = kind.unwrap_or_else(|| sniff_kind(&text));
    page_from_text(id, &text, kind)
}

/// Builds a document from a page that is already text (a JSON Lines `text`
/// or `html` field, or decoded bytes).
pub fn page_from_text(
    id: Option<String>,
    text: &str,
    kind: PageKind,
) -> Result<InputDocument, Reason> {
    let mut document = match kind {
        PageKind::Text => InputDocument {
            text: normalize_newlines(text),
            ..InputDocument::default()
        },
        PageKind::Html => {
            let article = extract_article(text)?;
            InputDocument {
                url: article.url,
                source: article.site_name,
                published: article.published,
                language: article.language,
                text: normalize_newlines(&article.text),
                ..InputDocument::default()
            }
        }
    };
    if document.text.trim().is_empty() {
        return Err(Reason::Blank);
    }
    document.id = id.unwrap_or_else(|| content_id(&document.text));
    Ok(document)
}

fn sniff_kind(text: &str) -> PageKind {
    if looks_like_html(text) {
        PageKind::Html
    } else {
        PageKind::Text
    }
}

/// Lines end in `\n` only: Windows (`\r\n`) and old Mac (`\r`) endings would
/// otherwise leave `\r` inside lines that the cleaner compares and offsets
/// that count it.
fn normalize_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_becomes_lf() {
        let doc = page_from_bytes(Some("a".into()), b"one\r\ntwo\rthree\n", None).unwrap();
        assert_eq!(doc.text, "one\ntwo\nthree\n");
    }

    #[test]
    fn empty_and_blank() {
        assert!(matches!(
            page_from_bytes(None, b"", None),
            Err(Reason::Empty)
        ));
        assert!(matches!(
            page_from_bytes(None, b" \n\t\n", None),
            Err(Reason::Blank)
        ));
    }
}
