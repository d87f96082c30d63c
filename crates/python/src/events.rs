//! The flat events table: one row per event, as an Arrow record batch.
//!
//! pandas (`communique.events_frame`), Spark (`communique.spark.extract`) and
//! any engine mapping Arrow batches get the same columns from this one place,
//! so a frame built in a notebook and a table built on a cluster compare
//! equal. The columns follow the CSV export of the store (list columns joined
//! with `;`, the first evidence spelled out), plus the document's own
//! metadata and an `error` column for documents that failed when a caller
//! asks to keep them as rows.

use crate::run::Outcome;
use arrow_array::builder::{Float64Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_pyarrow::ToPyArrow;
use arrow_schema::{ArrowError, DataType, Field, Schema};
use communique_record::{EventRecord, Record};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use std::sync::Arc;

/// The Arrow type of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Str,
    Float,
    Int,
}

/// One column of the events table.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
}

const fn col(name: &'static str, kind: Kind) -> Column {
    Column { name, kind }
}

/// The columns, in order. Documented for users in `communique/spark.py`.
pub const COLUMNS: &[Column] = &[
    col("document", Kind::Str),
    col("url", Kind::Str),
    col("language", Kind::Str),
    col("published", Kind::Str),
    col("id", Kind::Str),
    col("type", Kind::Str),
    col("mode", Kind::Str),
    col("cameo", Kind::Str),
    col("status", Kind::Str),
    col("date", Kind::Str),
    col("source_countries", Kind::Str),
    col("source_persons", Kind::Str),
    col("source_organizations", Kind::Str),
    col("target_countries", Kind::Str),
    col("target_persons", Kind::Str),
    col("target_organizations", Kind::Str),
    col("location_country", Kind::Str),
    col("location_place", Kind::Str),
    col("topics", Kind::Str),
    col("documents_signed", Kind::Str),
    col("confidence", Kind::Float),
    col("num_evidence", Kind::Int),
    col("evidence_start", Kind::Int),
    col("evidence_end", Kind::Int),
    col("evidence_text", Kind::Str),
    col("error", Kind::Str),
];

/// One cell of a row.
enum Cell {
    Str(Option<String>),
    Float(Option<f64>),
    Int(Option<i64>),
}

fn s(v: &str) -> Cell {
    Cell::Str(Some(v.to_owned()))
}

fn opt(v: &Option<String>) -> Cell {
    Cell::Str(v.clone())
}

fn joined(v: &[String]) -> Cell {
    Cell::Str(Some(v.join(";")))
}

/// The row of one event, in [`COLUMNS`] order.
fn event_row(record: &Record, event: &EventRecord) -> Vec<Cell> {
    let first = event.evidence.first();
    let offset = |f: fn(&communique_record::Evidence) -> usize| {
        Cell::Int(first.map(|e| i64::try_from(f(e)).unwrap_or(i64::MAX)))
    };
    vec![
        s(&record.document),
        opt(&record.url),
        s(&record.language),
        opt(&record.published),
        s(&event.id),
        s(&event.event_type),
        s(&event.mode),
        s(&event.cameo),
        s(&event.status),
        opt(&event.date),
        joined(&event.source.countries),
        joined(&event.source.persons),
        joined(&event.source.organizations),
        joined(&event.target.countries),
        joined(&event.target.persons),
        joined(&event.target.organizations),
        opt(&event.location.country),
        opt(&event.location.place),
        joined(&event.topics),
        joined(&event.documents),
        Cell::Float(Some(event.confidence)),
        Cell::Int(Some(event.evidence.len() as i64)),
        offset(|e| e.start),
        offset(|e| e.end),
        Cell::Str(first.map(|e| e.text.clone())),
        Cell::Str(None),
    ]
}

/// The row of a failed document: its name and the reason, nothing else.
fn failure_row(document: Option<&str>, reason: &str) -> Vec<Cell> {
    COLUMNS
        .iter()
        .map(|c| match (c.name, c.kind) {
            ("document", _) => Cell::Str(document.map(str::to_owned)),
            ("error", _) => s(reason),
            (_, Kind::Str) => Cell::Str(None),
            (_, Kind::Int) => Cell::Int(None),
            (_, Kind::Float) => Cell::Float(None),
        })
        .collect()
}

/// The Arrow schema of the table. Every column is nullable: failure rows keep
/// only `document` and `error`.
pub fn schema() -> Schema {
    Schema::new(
        COLUMNS
            .iter()
            .map(|c| {
                let ty = match c.kind {
                    Kind::Str => DataType::Utf8,
                    Kind::Float => DataType::Float64,
                    Kind::Int => DataType::Int64,
                };
                Field::new(c.name, ty, true)
            })
            .collect::<Vec<_>>(),
    )
}

enum Builder {
    Str(StringBuilder),
    Float(Float64Builder),
    Int(Int64Builder),
}

/// Accumulates rows into column builders.
struct Table {
    columns: Vec<Builder>,
}

impl Table {
    fn new() -> Table {
        let columns = COLUMNS
            .iter()
            .map(|c| match c.kind {
                Kind::Str => Builder::Str(StringBuilder::new()),
                Kind::Float => Builder::Float(Float64Builder::new()),
                Kind::Int => Builder::Int(Int64Builder::new()),
            })
            .collect();
        Table { columns }
    }

    fn push(&mut self, row: Vec<Cell>) {
        debug_assert_eq!(row.len(), self.columns.len());
        for (builder, cell) in self.columns.iter_mut().zip(row) {
            match (builder, cell) {
                (Builder::Str(b), Cell::Str(v)) => b.append_option(v),
                (Builder::Float(b), Cell::Float(v)) => b.append_option(v),
                (Builder::Int(b), Cell::Int(v)) => b.append_option(v),
                (Builder::Str(b), _) => b.append_null(),
                (Builder::Float(b), _) => b.append_null(),
                (Builder::Int(b), _) => b.append_null(),
            }
        }
    }

    fn finish(self) -> Result<RecordBatch, ArrowError> {
        let arrays: Vec<ArrayRef> = self
            .columns
            .into_iter()
            .map(|b| -> ArrayRef {
                match b {
                    Builder::Str(mut b) => Arc::new(b.finish()),
                    Builder::Float(mut b) => Arc::new(b.finish()),
                    Builder::Int(mut b) => Arc::new(b.finish()),
                }
            })
            .collect();
        RecordBatch::try_new(Arc::new(schema()), arrays)
    }
}

/// The events of `outcomes`, in order; failed documents become failure rows
/// when `keep_failures`, else they are left out (the caller reports them).
pub fn build(outcomes: &[Outcome], keep_failures: bool) -> Result<RecordBatch, ArrowError> {
    let mut table = Table::new();
    for outcome in outcomes {
        match outcome {
            Ok(record) => {
                for event in &record.events {
                    table.push(event_row(record, event));
                }
            }
            Err(failure) if keep_failures => {
                table.push(failure_row(failure.document.as_deref(), &failure.reason))
            }
            Err(_) => {}
        }
    }
    table.finish()
}

/// `events_batch(records)`: the events table (a `pyarrow.RecordBatch`) of
/// records as `extract` returns them (dicts of SPEC.md section 10).
#[pyfunction]
pub fn events_batch<'py>(
    py: Python<'py>,
    records: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let mut outcomes = Vec::new();
    for (i, item) in records.try_iter()?.enumerate() {
        let record: Record = pythonize::depythonize(&item?).map_err(|e| {
            PyValueError::new_err(format!("record {i} is not a communique record: {e}"))
        })?;
        outcomes.push(Ok(record));
    }
    let batch = build(&outcomes, false).map_err(|e| PyValueError::new_err(e.to_string()))?;
    batch.to_pyarrow(py)
}

/// `events_schema()`: the `pyarrow.Schema` of the events table.
#[pyfunction]
pub fn events_schema(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    schema().to_pyarrow(py)
}
