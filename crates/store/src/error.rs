//! One error type for every store operation, whichever backend runs it.

use thiserror::Error;

/// What can go wrong in the store.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("postgres: {0}")]
    Postgres(#[from] postgres::Error),
    /// The database's schema is not one this build can use.
    #[error("schema: {0}")]
    Schema(String),
    /// A record that cannot be stored as it is (duplicate ids, offsets out of order...).
    #[error("invalid record {document:?}: {reason}")]
    InvalidRecord { document: String, reason: String },
    /// A caller-supplied value the store cannot interpret (bad date in a filter, unknown format).
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
    /// Stored data that does not decode: a bug or a database edited by hand.
    #[error("corrupt store: {0}")]
    Corrupt(String),
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
    #[error("csv: {0}")]
    Csv(#[from] csv::Error),
    #[error("i/o: {0}")]
    Io(#[from] std::io::Error),
}

impl StoreError {
    /// True for failures that succeed when the same transaction is simply run again:
    /// PostgreSQL serialization failures and detected deadlocks, SQLite busy/locked.
    /// Ingest retries those instead of reporting the document as failed.
    pub fn is_transient(&self) -> bool {
        match self {
            StoreError::Postgres(e) => e.code().is_some_and(|c| {
                *c == postgres::error::SqlState::T_R_SERIALIZATION_FAILURE
                    || *c == postgres::error::SqlState::T_R_DEADLOCK_DETECTED
            }),
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => matches!(
                e.code,
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
            ),
            _ => false,
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
