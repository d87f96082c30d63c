//! Python arguments and dicts to owned inputs, and inputs to documents.
//!
//! Inputs are copied out of Python objects while the interpreter lock is held,
//! so that extraction can then run with the lock released. Turning an input
//! into a document goes through `communique-input`, the same code the CLI uses
//! for files and JSON Lines records: a dict given to `extract_many` is read
//! exactly like a JSON Lines record (`id`, `url`, `source`, `published`,
//! `language`, `text` or `html`), so both front ends give the same record.

use crate::run::Failure;
use communique_input::{page_from_bytes, page_from_text, PageKind, Reason};
use communique_record::InputDocument;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};

/// The page: text, HTML, or undecoded bytes (encoding detected, as for files).
#[derive(Debug)]
pub enum Body {
    Text(String),
    Bytes(Vec<u8>),
    /// Present but blank (whitespace only).
    Blank,
    /// No `text` nor `html` at all.
    Missing,
}

/// What the caller states about a document, beside the page.
#[derive(Debug, Default)]
pub struct Meta {
    pub id: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    pub language: Option<String>,
}

/// One document to extract, owned and free of Python objects.
#[derive(Debug)]
pub struct Input {
    pub meta: Meta,
    pub body: Body,
    /// Whether the page is HTML (the article is extracted first) or plain text.
    pub html: bool,
}

impl Input {
    /// The id the caller gave, if any: what a failure before extraction names.
    pub fn given_id(&self) -> Option<&str> {
        self.meta.id.as_deref()
    }

    /// The document the extractor reads, built as the CLI builds a JSON Lines
    /// record's: the page first, then the stated metadata over what an HTML
    /// page says about itself.
    pub fn into_document(self) -> Result<InputDocument, Failure> {
        let Input { meta, body, html } = self;
        let kind = if html { PageKind::Html } else { PageKind::Text };
        let page = match body {
            // An empty string is reported like an empty file, not as blank.
            Body::Text(text) if text.is_empty() => Err(Reason::Empty),
            Body::Text(text) => page_from_text(meta.id.clone(), &text, kind),
            Body::Bytes(bytes) => page_from_bytes(meta.id.clone(), &bytes, Some(kind)),
            Body::Blank => Err(Reason::Blank),
            Body::Missing => Err(Reason::NoTextField),
        };
        let mut document = page.map_err(|reason| Failure::input(meta.id.clone(), &reason))?;
        document.url = meta.url.or(document.url);
        document.source = meta.source.or(document.source);
        document.published = meta.published.or(document.published);
        document.language = meta.language.or(document.language);
        Ok(document)
    }
}

/// The page argument of `extract`: `str` or `bytes`. A `str` that is not
/// valid Unicode (lone surrogates, from `surrogateescape` decoding) has those
/// code points replaced, as undecodable bytes in files are.
pub fn body_from_py(value: &Bound<'_, PyAny>) -> PyResult<Body> {
    if let Ok(s) = value.cast::<PyString>() {
        return Ok(Body::Text(s.to_string_lossy().into_owned()));
    }
    if let Ok(b) = value.cast::<PyBytes>() {
        return Ok(Body::Bytes(b.as_bytes().to_vec()));
    }
    Err(PyTypeError::new_err(format!(
        "a page is str or bytes, not {}",
        value.get_type().name()?
    )))
}

/// A document id: a string or an integer (feeds exported from databases carry
/// numbers); blank counts as absent, so the id becomes a content hash.
pub fn id_from_py(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    if let Ok(s) = value.cast::<PyString>() {
        return Ok(non_blank(s.to_str()?.to_owned()));
    }
    if value.is_instance_of::<pyo3::types::PyInt>()
        && !value.is_instance_of::<pyo3::types::PyBool>()
    {
        return Ok(Some(value.str()?.to_str()?.to_owned()));
    }
    Err(PyTypeError::new_err(format!(
        "a document id is str or int, not {}",
        value.get_type().name()?
    )))
}

/// A blank metadata value counts as absent, as in JSON Lines records.
pub fn non_blank(s: String) -> Option<String> {
    (!s.trim().is_empty()).then_some(s)
}

/// One item of `extract_many`: a dict shaped like a JSON Lines record, or a
/// bare page (`str`/`bytes`) whose id will be its content hash.
pub fn input_from_item(item: &Bound<'_, PyAny>, html: bool) -> PyResult<Input> {
    let Ok(dict) = item.cast::<PyDict>() else {
        if item.is_instance_of::<PyString>() || item.is_instance_of::<PyBytes>() {
            return Ok(Input {
                meta: Meta::default(),
                body: body_from_py(item)?,
                html,
            });
        }
        return Err(PyTypeError::new_err(format!(
            "extract_many takes dicts (id, url, source, published, language, text or html) or pages (str, bytes), not {}",
            item.get_type().name()?
        )));
    };
    let meta = Meta {
        id: id_from_py(dict.get_item("id")?.as_ref())?,
        url: optional_str(dict, "url")?,
        source: optional_str(dict, "source")?,
        published: optional_str(dict, "published")?,
        language: optional_str(dict, "language")?,
    };
    // As in JSON Lines: `text` when it has content, else `html`.
    let text = page_field(dict, "text")?;
    let page = page_field(dict, "html")?;
    let (body, html) = match (text, page) {
        (Some(Body::Text(t)), _) if !t.trim().is_empty() => (Body::Text(t), html),
        (Some(Body::Bytes(b)), _) if !b.is_empty() => (Body::Bytes(b), html),
        (_, Some(Body::Text(h))) if !h.trim().is_empty() => (Body::Text(h), true),
        (_, Some(Body::Bytes(b))) if !b.is_empty() => (Body::Bytes(b), true),
        (None, None) => (Body::Missing, html),
        _ => (Body::Blank, html),
    };
    Ok(Input { meta, body, html })
}

fn page_field(dict: &Bound<'_, PyDict>, key: &str) -> PyResult<Option<Body>> {
    match dict.get_item(key)? {
        Some(v) if !v.is_none() => body_from_py(&v).map(Some),
        _ => Ok(None),
    }
}

fn optional_str(dict: &Bound<'_, PyDict>, key: &str) -> PyResult<Option<String>> {
    match dict.get_item(key)? {
        Some(v) if !v.is_none() => {
            let s = v
                .cast::<PyString>()
                .map_err(|_| PyTypeError::new_err(format!("\"{key}\" must be a string")))?;
            Ok(non_blank(s.to_str()?.to_owned()))
        }
        _ => Ok(None),
    }
}
