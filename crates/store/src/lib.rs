//! The communique event store: remembers extracted records and answers questions
//! about everything ingested so far.
//!
//! SQLite by default (one file, nothing to install or start); PostgreSQL when the
//! location is a `postgres://` URL, for a store shared by a team. Both run the same
//! code: the modules above [`backend`] speak a SQL subset common to the two.
//!
//! Code map (each module one job):
//! - [`backend`]: the two drivers behind one small `Conn` trait;
//! - `migrations`: versioned schema, numbered SQL files per dialect;
//! - `ingest`: one record = one transaction; replacement; locking;
//! - [`fusion`]: which per-document events are one real-world event (pure);
//! - `query`, `entities`: typed reads (events, timelines, documents, entities);
//! - [`export`]: JSON Lines, CSV, GDELT-like TSV; [`cameo`]: the CAMEO table;
//! - [`dates`]: partial dates; [`text`]: name folding for search;
//! - [`model`]: the public result and filter types.
//!
//! A [`Store`] owns one connection and is `Send` but not `Sync`: a server opens
//! one per worker or guards one with a mutex. Any number of processes may ingest
//! into the same database at once (see `ingest` for how they coordinate).

pub mod backend;
pub mod cameo;
pub mod dates;
mod entities;
mod error;
pub mod export;
pub mod fusion;
mod ingest;
mod migrations;
pub mod model;
#[cfg(feature = "parquet")]
pub mod parquet_export;
mod query;
pub mod text;

pub use backend::Dialect;
pub use cameo::{CameoCode, CameoTable};
pub use error::{Result, StoreError};
pub use export::ExportFormat;
pub use ingest::content_hash;
pub use migrations::LATEST_SCHEMA;
pub use model::*;

use backend::Conn;
use communique_record::{EntityKind, Record};
use std::io::Write;

/// Default SQLite file name when no location is given (CLI: `--db`, `COMMUNIQUE_DB`).
pub const DEFAULT_DB: &str = "communique.db";

/// What [`Store::ingest_records_with`] reports after each input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress<'a> {
    Stored {
        document: &'a str,
        outcome: IngestOutcome,
    },
    Failed {
        /// The document id, or `-` when the input failed before it had one.
        document: &'a str,
        reason: &'a str,
    },
}

/// An open store.
pub struct Store {
    conn: Box<dyn Conn>,
    cameo: CameoTable,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("dialect", &self.conn.dialect())
            .finish()
    }
}

impl Store {
    /// Opens (creating if needed) and migrates a store. `location` is a
    /// `postgres://`/`postgresql://` URL, a `sqlite://` URL, a file path, or
    /// `:memory:`.
    pub fn open(location: &str) -> Result<Store> {
        let mut conn = backend::connect(location)?;
        migrations::migrate(conn.as_mut())?;
        Ok(Store {
            conn,
            cameo: CameoTable::embedded(),
        })
    }

    pub fn dialect(&self) -> Dialect {
        self.conn.dialect()
    }

    /// Replaces the CAMEO table used by the GDELT export.
    pub fn set_cameo_table(&mut self, table: CameoTable) {
        self.cameo = table;
    }

    /// Stores one record in one transaction and re-fuses the events it touches.
    /// Identical to what is stored: nothing is written (`Unchanged`). Same id,
    /// different record: the old rows and their fused contributions are replaced.
    pub fn ingest(&mut self, record: &Record) -> Result<IngestOutcome> {
        ingest::ingest(self.conn.as_mut(), record)
    }

    /// Ingests a stream of extraction results; a failed input or document is
    /// counted and the run goes on.
    pub fn ingest_records<I>(&mut self, records: I) -> IngestSummary
    where
        I: IntoIterator<Item = std::result::Result<Record, String>>,
    {
        self.ingest_records_with(records, |_| {})
    }

    /// [`Store::ingest_records`], calling `progress` after each input (for a
    /// progress bar or per-failure messages).
    pub fn ingest_records_with<I, F>(&mut self, records: I, mut progress: F) -> IngestSummary
    where
        I: IntoIterator<Item = std::result::Result<Record, String>>,
        F: FnMut(Progress<'_>),
    {
        let mut summary = IngestSummary::default();
        for item in records {
            match item {
                Ok(record) => match self.ingest(&record) {
                    Ok(outcome) => {
                        summary.record(outcome);
                        progress(Progress::Stored {
                            document: &record.document,
                            outcome,
                        });
                    }
                    Err(e) => {
                        summary.failed += 1;
                        let reason = e.to_string();
                        progress(Progress::Failed {
                            document: &record.document,
                            reason: &reason,
                        });
                        summary.failures.push((record.document.clone(), reason));
                    }
                },
                Err(reason) => {
                    summary.failed += 1;
                    progress(Progress::Failed {
                        document: "-",
                        reason: &reason,
                    });
                    summary.failures.push(("-".to_owned(), reason));
                }
            }
        }
        summary
    }

    /// Removes a document and its contributions to fused events.
    pub fn delete_document(&mut self, id: &str) -> Result<bool> {
        ingest::delete(self.conn.as_mut(), id)
    }

    /// Recomputes all fused events (after a change of fusion rules); returns the
    /// number of buckets recomputed.
    pub fn refuse_all(&mut self) -> Result<usize> {
        ingest::refuse_all(self.conn.as_mut())
    }

    /// Fused events matching a filter, chronological unless `newest_first`.
    pub fn events(&mut self, filter: &EventFilter) -> Result<Page<EventRow>> {
        query::events(self.conn.as_mut(), filter)
    }

    /// One fused event by id.
    pub fn event(&mut self, id: &str) -> Result<Option<EventRow>> {
        query::event(self.conn.as_mut(), id)
    }

    /// The events between two actors (country codes or entity ids), on opposite
    /// sides, by date.
    pub fn timeline(
        &mut self,
        a: &str,
        b: &str,
        limit: Option<usize>,
        offset: usize,
    ) -> Result<Page<EventRow>> {
        let filter = EventFilter {
            country: Some(a.to_owned()),
            counterpart: Some(b.to_owned()),
            limit,
            offset,
            ..EventFilter::default()
        };
        self.events(&filter)
    }

    /// Entities whose any name (any language, any inflection seen) contains `query`.
    pub fn search_entities(
        &mut self,
        query: &str,
        kind: Option<EntityKind>,
        limit: Option<usize>,
        offset: usize,
    ) -> Result<Page<EntitySummary>> {
        entities::search(self.conn.as_mut(), query, kind, limit, offset)
    }

    /// One entity's summary (name, kind, counts) by id.
    pub fn entity_summary(&mut self, id: &str) -> Result<Option<EntitySummary>> {
        entities::summary(self.conn.as_mut(), id)
    }

    /// Candidates for what a user typed (an id, or any name in any language):
    /// one candidate means resolved, none unknown, several ambiguous. Exact name
    /// matches beat substring matches.
    pub fn resolve_entity(
        &mut self,
        text: &str,
        kind: Option<EntityKind>,
    ) -> Result<Vec<EntitySummary>> {
        entities::resolve(self.conn.as_mut(), text, kind)
    }

    /// An entity's profile: names, roles, counterparts, event counts by type and year.
    pub fn entity(&mut self, id: &str) -> Result<Option<EntityProfile>> {
        entities::profile(self.conn.as_mut(), id)
    }

    /// A stored document with its text, mentions and per-document events.
    pub fn document(&mut self, id: &str) -> Result<Option<DocumentView>> {
        query::document(self.conn.as_mut(), id)
    }

    /// Stored documents, by publication date.
    pub fn documents(&mut self, limit: Option<usize>, offset: usize) -> Result<Page<DocumentMeta>> {
        query::documents(self.conn.as_mut(), limit, offset)
    }

    pub fn stats(&mut self) -> Result<StoreStats> {
        query::stats(self.conn.as_mut())
    }

    /// Writes the events matching `filter` to `out`; returns how many.
    pub fn export(
        &mut self,
        filter: &EventFilter,
        format: ExportFormat,
        out: &mut dyn Write,
    ) -> Result<usize> {
        export::export(self.conn.as_mut(), filter, format, &self.cameo, out)
    }
}
