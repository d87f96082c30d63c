//! communique-core: the extraction pipeline, a pure function of a document and the
//! knowledge base.
//!
//! Stages, each a module with one job and usable alone:
//! [`clean`] → [`language`] → [`segment`] → [`mentions`] → [`link`] → [`dates`] →
//! [`events`] → [`fuse`]; [`pipeline`] runs them over one [`document::Document`].
//! [`lexicon`] is the inflection-aware phrase matcher they share, [`kb`] the
//! knowledge base loaded from `data/`, [`eval`] the scorer against gold files.
//! This crate does no I/O beyond reading a knowledge-base folder when asked.

pub mod acronyms;
pub mod clean;
pub mod dates;
pub mod document;
pub mod eval;
pub mod events;
pub mod fuse;
pub mod kb;
pub mod language;
pub mod lexicon;
pub mod link;
pub mod mentions;
pub mod pipeline;
pub mod romanize;
pub mod segment;
pub mod vocabulary;
pub mod whereabouts;

pub use communique_record as record;
pub use document::{Document, InputDocument};
pub use kb::{KbError, KnowledgeBase};
pub use pipeline::{ExtractError, Extractor, Options};
