//! The records table: one row per document, the record as the JSON line
//! `communique extract` prints. This is what a cluster job writes for the
//! store: `communique ingest --records` loads those lines as they are, with
//! entities, evidence and (with `include_text`) the text the offsets point
//! into, none of which the flat events table keeps.

use crate::run::Outcome;
use arrow_array::builder::StringBuilder;
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{ArrowError, DataType, Field, Schema};
use std::sync::Arc;

/// The columns, in order: `document`, `published` (the record's, for
/// partitioning), `record` (JSON; null for a failed document), `error`.
pub const COLUMNS: &[&str] = &["document", "published", "record", "error"];

/// The Arrow schema of the records table; every column is a nullable string.
pub fn schema() -> Schema {
    Schema::new(
        COLUMNS
            .iter()
            .map(|c| Field::new(*c, DataType::Utf8, true))
            .collect::<Vec<_>>(),
    )
}

/// The records of `outcomes`, in order; failed documents become rows with
/// `document` and `error` when `keep_failures`, else they are left out.
pub fn build(outcomes: &[Outcome], keep_failures: bool) -> Result<RecordBatch, ArrowError> {
    let mut columns: Vec<StringBuilder> = COLUMNS.iter().map(|_| StringBuilder::new()).collect();
    for outcome in outcomes {
        let row: [Option<String>; 4] = match outcome {
            Ok(record) => {
                let json = serde_json::to_string(record)
                    .map_err(|e| ArrowError::ExternalError(Box::new(e)))?;
                [
                    Some(record.document.clone()),
                    record.published.clone(),
                    Some(json),
                    None,
                ]
            }
            Err(failure) if keep_failures => [
                failure.document.clone(),
                None,
                None,
                Some(failure.reason.clone()),
            ],
            Err(_) => continue,
        };
        for (builder, cell) in columns.iter_mut().zip(row) {
            builder.append_option(cell);
        }
    }
    let arrays: Vec<ArrayRef> = columns
        .into_iter()
        .map(|mut b| Arc::new(b.finish()) as ArrayRef)
        .collect();
    RecordBatch::try_new(Arc::new(schema()), arrays)
}
