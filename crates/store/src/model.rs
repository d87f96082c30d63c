//! The typed API of the store: what ingest reports, what queries take and return.
//!
//! These are the types the HTTP server and the CLI render; they serialise to JSON
//! with the record's field names (`type`, `source`, `target`...) so a fused event
//! reads like an extracted one plus its sources.

use communique_record::{EntityKind, EventRecord, Evidence, Location, Side};
use serde::{Deserialize, Serialize};

/// What [`crate::Store::ingest`] did with one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IngestOutcome {
    /// A document id the store had not seen.
    Inserted,
    /// The same record was already stored: nothing was written.
    Unchanged,
    /// The document id was stored with a different record; its rows were replaced.
    Replaced,
}

/// Totals of a run of [`crate::Store::ingest_records`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IngestSummary {
    pub inserted: usize,
    pub unchanged: usize,
    pub replaced: usize,
    pub failed: usize,
    /// `(document or input, reason)` for each failure, in input order.
    pub failures: Vec<(String, String)>,
}

impl IngestSummary {
    pub fn record(&mut self, outcome: IngestOutcome) {
        match outcome {
            IngestOutcome::Inserted => self.inserted += 1,
            IngestOutcome::Unchanged => self.unchanged += 1,
            IngestOutcome::Replaced => self.replaced += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.inserted + self.unchanged + self.replaced + self.failed
    }
}

impl std::fmt::Display for IngestSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} inserted, {} unchanged, {} replaced, {} failed",
            self.inserted, self.unchanged, self.replaced, self.failed
        )
    }
}

/// Filters for [`crate::Store::events`]. Every field is optional; set fields are
/// combined with AND. Actor fields take entity ids (`person:jeyhun-bayramov`,
/// `org:un`); countries take ISO alpha-3 codes (`AZE`) or `country:AZE`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventFilter {
    /// Events with this country on either side.
    pub country: Option<String>,
    /// Events with this country on the side opposite `country` (or on any side
    /// when `country` is not set).
    pub counterpart: Option<String>,
    pub person: Option<String>,
    pub organization: Option<String>,
    /// PLOVER type, e.g. `CONSULT`.
    pub event_type: Option<String>,
    pub mode: Option<String>,
    /// Inclusive bounds, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. An event matches when
    /// its possible days overlap the range: `2021-09` matches `from=2021-09-15`.
    /// Events with no date (or no year) are placed on their earliest report's
    /// publication day.
    pub from: Option<String>,
    pub to: Option<String>,
    /// occurred, planned, reported, denied.
    pub status: Option<String>,
    /// Only events reported by this document.
    pub document: Option<String>,
    /// Most recent first instead of chronological.
    pub newest_first: bool,
    /// Page size; `None` for all.
    pub limit: Option<usize>,
    pub offset: usize,
}

/// One page of results and the total number that match.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: u64,
    pub limit: Option<usize>,
    pub offset: usize,
}

/// A fused event: one real-world event with every report of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRow {
    /// Stable id, `ev-` and 16 hex digits (see [`crate::fusion`]).
    pub id: String,
    #[serde(rename = "type")]
    pub event_type: String,
    /// The most specific mode any source gave (visit/phone/third-party over meeting).
    pub mode: String,
    pub cameo: String,
    pub status: String,
    /// The most precise date the sources support, possibly partial.
    pub date: Option<String>,
    pub source: Side,
    pub target: Side,
    pub location: Location,
    pub topics: Vec<String>,
    /// Documents (agreements, plans) signed or named by the event.
    pub documents: Vec<String>,
    /// The highest confidence of any source.
    pub confidence: f64,
    /// Distinct reporting documents.
    pub num_documents: usize,
    /// Evidence passages over all sources.
    pub num_evidence: usize,
    pub sources: Vec<EventSource>,
}

/// One document's report of a fused event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventSource {
    pub document: String,
    /// The event id inside that document's record.
    pub event_id: String,
    pub mode: String,
    pub cameo: String,
    pub status: String,
    pub date: Option<String>,
    pub confidence: f64,
    pub language: String,
    pub url: Option<String>,
    pub published: Option<String>,
    /// Outlet: the record's `source`, else its `agency`.
    pub outlet: Option<String>,
    pub evidence: Vec<Evidence>,
}

/// An entity found by [`crate::Store::search_entities`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntitySummary {
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    pub country: Option<String>,
    pub unconfirmed: bool,
    /// The names that matched the query (surface forms in any language).
    pub matched_names: Vec<String>,
    pub num_documents: u64,
    pub num_events: u64,
}

/// A name an entity was seen under, with the language of the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityName {
    pub name: String,
    /// A document language, `canonical` for the knowledge-base name, `code` for ISO codes.
    pub language: String,
}

/// A role given to an entity by the records, with when it was seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleSeen {
    pub role: String,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    pub documents: u64,
}

/// An actor found on the other side of an entity's events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counterpart {
    pub id: String,
    pub kind: String,
    pub name: String,
    pub events: u64,
}

/// Number of fused events of one type in one year (`None`: undated and unplaced).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypeYearCount {
    #[serde(rename = "type")]
    pub event_type: String,
    pub year: Option<i32>,
    pub events: u64,
}

/// Everything the store knows about one entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityProfile {
    pub entity: EntitySummary,
    pub names: Vec<EntityName>,
    pub roles: Vec<RoleSeen>,
    pub counterparts: Vec<Counterpart>,
    pub event_counts: Vec<TypeYearCount>,
}

/// A stored document's metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentMeta {
    pub id: String,
    pub url: Option<String>,
    pub language: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub agency: Option<String>,
    pub source: Option<String>,
    pub dateline: Option<String>,
    pub content_hash: String,
    pub schema_version: String,
    pub ingested_at: String,
}

/// A mention of an entity in a stored document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionRow {
    pub entity_id: String,
    pub entity_name: String,
    pub kind: EntityKind,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A per-document event and the fused event it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentEvent {
    pub fused_id: Option<String>,
    pub event: EventRecord,
}

/// A stored document with its text, mentions and events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentView {
    pub document: DocumentMeta,
    pub text: Option<String>,
    pub mentions: Vec<MentionRow>,
    pub events: Vec<DocumentEvent>,
}

/// Row counts, for summaries and health checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreStats {
    pub documents: u64,
    pub entities: u64,
    pub mentions: u64,
    /// Per-document events as extracted.
    pub event_sources: u64,
    /// Fused events.
    pub events: u64,
    pub schema_version: i64,
}
