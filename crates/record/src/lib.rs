//! The output record of `communique extract` (SPEC.md section 10).
//!
//! A crate of its own so that consumers (store, server, bindings) depend on the
//! record alone, not on the extraction machinery.
//!
//! These types are the contract between extraction and every consumer (store,
//! server, Python package, exports). Field order and names follow the spec; the
//! schema version is bumped whenever a field changes meaning.

use serde::{Deserialize, Serialize};

/// Version of the record schema; stored with every record in the store.
pub const SCHEMA_VERSION: &str = "1.0";

/// One extracted document: what was found in it and the evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub document: String,
    pub url: Option<String>,
    pub language: String,
    pub title: Option<String>,
    /// ISO date or date-time, possibly partial (`XXXX-09-25`).
    pub published: Option<String>,
    pub agency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
    pub entities: Vec<EntityRecord>,
    pub events: Vec<EventRecord>,
    /// The cleaned article text; only present with `--text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Country,
    Organization,
    Place,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Country => "country",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRecord {
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    pub country: Option<String>,
    /// Role held on the document's date, when the entity is a person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// True for persons created from a title and a country but absent from the knowledge base.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unconfirmed: bool,
    pub mentions: Vec<MentionRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRecord {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    pub id: String,
    #[serde(rename = "type")]
    pub event_type: String,
    pub mode: String,
    pub cameo: String,
    pub status: String,
    pub date: Option<String>,
    pub source: Side,
    pub target: Side,
    pub location: Location,
    pub topics: Vec<String>,
    pub documents: Vec<String>,
    pub confidence: f64,
    pub evidence: Vec<Evidence>,
}

/// One side of an event: the actors at country, person and organisation level.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Side {
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub persons: Vec<String>,
    #[serde(default)]
    pub organizations: Vec<String>,
}

impl Side {
    pub fn is_empty(&self) -> bool {
        self.countries.is_empty() && self.persons.is_empty() && self.organizations.is_empty()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    pub country: Option<String>,
    pub place: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub document: String,
    /// Character (not byte) offsets into the cleaned article text.
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// What a caller hands to the extractor: text already decoded (and, for HTML,
/// already reduced to the article) plus whatever metadata the input carried.
#[derive(Debug, Clone, Default)]
pub struct InputDocument {
    /// Stable id: the one given in JSONL input, else the file name, else a content hash.
    pub id: String,
    pub url: Option<String>,
    /// Outlet or feed name, when the input says.
    pub source: Option<String>,
    /// Publication date-time from the input's metadata, ISO (partial allowed).
    pub published: Option<String>,
    /// Language code from the input's metadata; detected when absent.
    pub language: Option<String>,
    pub text: String,
}
