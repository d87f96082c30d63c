//! The `Document` that flows once through the pipeline stages.
//!
//! Each stage reads the layers added before it and adds its own; none re-reads the
//! raw input. All spans are character offsets into `text`, the cleaned article.

use crate::clean::Cleaned;
use crate::dates::{DateExpr, PartialDate};
use crate::language::Lang;
use crate::mentions::Mention;
use crate::segment::{Sentence, Token};
pub use communique_record::InputDocument;

/// The document being annotated. Built by [`crate::pipeline`].
#[derive(Debug, Clone)]
pub struct Document {
    pub id: String,
    pub url: Option<String>,
    pub source: Option<String>,
    pub cleaned: Cleaned,
    /// The cleaned text as characters, for the stages that index it by offset
    /// (collected once: it was collected by two stages apart).
    pub chars: Vec<char>,
    pub lang: Lang,
    /// Publication date: the one given with the input, else the one found on the page.
    pub published: Option<PartialDate>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub mentions: Vec<Mention>,
    pub dates: Vec<DateExpr>,
    /// The tokens of the dateline (`WASHINGTON, Nov 7 —`), empty if there is none:
    /// its date is the report's, not the event's.
    pub dateline_tokens: std::ops::Range<usize>,
}

impl Document {
    /// The cleaned article text all offsets point into.
    pub fn text(&self) -> &str {
        &self.cleaned.text
    }
}
