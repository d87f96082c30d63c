//! Shared helpers of the integration tests.
// Each test binary uses only some of them.
#![allow(dead_code)]

use communique_core::{Extractor, InputDocument, KnowledgeBase};
use std::path::PathBuf;
use std::sync::OnceLock;

/// One extractor for all tests of a binary: loading the knowledge base is the slow part.
pub fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        Extractor::new(KnowledgeBase::embedded().expect("embedded knowledge base loads"))
    })
}

pub fn doc(id: &str, text: &str) -> InputDocument {
    InputDocument {
        id: id.into(),
        text: text.into(),
        ..Default::default()
    }
}

pub fn dated(id: &str, published: &str, text: &str) -> InputDocument {
    InputDocument {
        id: id.into(),
        published: Some(published.into()),
        text: text.into(),
        ..Default::default()
    }
}

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

/// `shared/` beside the checkout, as laid out for developers and CI.
pub fn shared() -> PathBuf {
    repo().join("../shared")
}
