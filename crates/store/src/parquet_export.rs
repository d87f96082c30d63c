//! Parquet export of events and entities (feature `parquet`), for pyarrow,
//! DuckDB, Spark and any columnar tool. The schemas are documented in EXPORT.md.

use crate::model::{EntitySummary, EventFilter, EventRow};
use crate::{Result, Store, StoreError};
use arrow_array::builder::{ListBuilder, StringBuilder};
use arrow_array::{ArrayRef, Float64Array, Int32Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use std::io::Write;
use std::sync::Arc;

/// Rows per record batch: bounded memory whatever the store holds.
const BATCH: usize = 10_000;

fn list_field(name: &str) -> Field {
    Field::new(
        name,
        DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))),
        false,
    )
}

/// The events table: one row per fused event.
pub fn events_schema() -> Schema {
    let text = |n: &str, nullable: bool| Field::new(n, DataType::Utf8, nullable);
    Schema::new(vec![
        text("id", false),
        text("type", false),
        text("mode", false),
        text("cameo", false),
        text("status", false),
        text("date", true),
        Field::new("year", DataType::Int32, true),
        list_field("source_countries"),
        list_field("source_persons"),
        list_field("source_organizations"),
        list_field("target_countries"),
        list_field("target_persons"),
        list_field("target_organizations"),
        text("location_country", true),
        text("location_place", true),
        list_field("topics"),
        list_field("documents_signed"),
        Field::new("confidence", DataType::Float64, false),
        Field::new("num_documents", DataType::Int64, false),
        Field::new("num_evidence", DataType::Int64, false),
        list_field("reports"),
        text("evidence_document", true),
        Field::new("evidence_start", DataType::Int64, true),
        Field::new("evidence_end", DataType::Int64, true),
        text("evidence_text", true),
    ])
}

/// The entities table: one row per entity seen in some document.
pub fn entities_schema() -> Schema {
    Schema::new(vec![
        Field::new("id", DataType::Utf8, false),
        Field::new("kind", DataType::Utf8, false),
        Field::new("name", DataType::Utf8, false),
        Field::new("country", DataType::Utf8, true),
        Field::new("unconfirmed", DataType::Boolean, false),
        Field::new("num_documents", DataType::Int64, false),
        Field::new("num_events", DataType::Int64, false),
    ])
}

fn lists(rows: &[&EventRow], get: impl Fn(&EventRow) -> &Vec<String>) -> ArrayRef {
    list_column(rows, |r| get(r).iter().map(String::as_str).collect())
}

/// A list-of-strings column, one list per row.
fn list_column<'a>(rows: &[&'a EventRow], get: impl Fn(&'a EventRow) -> Vec<&'a str>) -> ArrayRef {
    let mut b = ListBuilder::new(StringBuilder::new());
    for r in rows {
        for v in get(r) {
            b.values().append_value(v);
        }
        b.append(true);
    }
    Arc::new(b.finish())
}

/// A nullable string column of any row type.
fn strings<'a, R>(rows: &'a [R], get: impl Fn(&'a R) -> Option<&'a str>) -> ArrayRef {
    Arc::new(rows.iter().map(get).collect::<StringArray>())
}

/// A 64-bit integer column of any row type.
fn int64s<R>(rows: &[R], get: impl Fn(&R) -> Option<i64>) -> ArrayRef {
    Arc::new(rows.iter().map(get).collect::<Int64Array>())
}

fn events_batch(schema: &Arc<Schema>, rows: &[&EventRow]) -> Result<RecordBatch> {
    // The first evidence of the first source, borrowed: one per row.
    let evidence: Vec<_> = rows
        .iter()
        .map(|r| {
            r.sources
                .first()
                .and_then(|s| s.evidence.first().map(|e| (s.document.as_str(), e)))
        })
        .collect();
    let columns: Vec<ArrayRef> = vec![
        strings(rows, |r| Some(r.id.as_str())),
        strings(rows, |r| Some(r.event_type.as_str())),
        strings(rows, |r| Some(r.mode.as_str())),
        strings(rows, |r| Some(r.cameo.as_str())),
        strings(rows, |r| Some(r.status.as_str())),
        strings(rows, |r| r.date.as_deref()),
        Arc::new(
            rows.iter()
                .map(|r| {
                    r.date
                        .as_deref()
                        .and_then(|d| d.get(..4))
                        .and_then(|y| y.parse::<i32>().ok())
                })
                .collect::<Int32Array>(),
        ),
        lists(rows, |r| &r.source.countries),
        lists(rows, |r| &r.source.persons),
        lists(rows, |r| &r.source.organizations),
        lists(rows, |r| &r.target.countries),
        lists(rows, |r| &r.target.persons),
        lists(rows, |r| &r.target.organizations),
        strings(rows, |r| r.location.country.as_deref()),
        strings(rows, |r| r.location.place.as_deref()),
        lists(rows, |r| &r.topics),
        lists(rows, |r| &r.documents),
        Arc::new(rows.iter().map(|r| r.confidence).collect::<Float64Array>()),
        int64s(rows, |r| Some(r.num_documents as i64)),
        int64s(rows, |r| Some(r.num_evidence as i64)),
        list_column(rows, |r| {
            r.sources.iter().map(|s| s.document.as_str()).collect()
        }),
        strings(&evidence, |e| e.map(|(d, _)| d)),
        int64s(&evidence, |e| e.map(|(_, ev)| ev.start as i64)),
        int64s(&evidence, |e| e.map(|(_, ev)| ev.end as i64)),
        strings(&evidence, |e| e.map(|(_, ev)| ev.text.as_str())),
    ];
    RecordBatch::try_new(schema.clone(), columns)
        .map_err(|e| StoreError::InvalidArgument(format!("parquet batch: {e}")))
}

fn entities_batch(schema: &Arc<Schema>, rows: &[EntitySummary]) -> Result<RecordBatch> {
    let columns: Vec<ArrayRef> = vec![
        strings(rows, |r| Some(r.id.as_str())),
        strings(rows, |r| Some(r.kind.as_str())),
        strings(rows, |r| Some(r.name.as_str())),
        strings(rows, |r| r.country.as_deref()),
        Arc::new(
            rows.iter()
                .map(|r| Some(r.unconfirmed))
                .collect::<arrow_array::BooleanArray>(),
        ),
        int64s(rows, |r| Some(r.num_documents as i64)),
        int64s(rows, |r| Some(r.num_events as i64)),
    ];
    RecordBatch::try_new(schema.clone(), columns)
        .map_err(|e| StoreError::InvalidArgument(format!("parquet batch: {e}")))
}

fn parquet_error(e: parquet::errors::ParquetError) -> StoreError {
    StoreError::Io(std::io::Error::other(e.to_string()))
}

impl Store {
    /// Writes the events matching `filter` and every entity as two Parquet files;
    /// returns how many rows each got.
    pub fn export_parquet(
        &mut self,
        filter: &EventFilter,
        events_out: impl Write + Send,
        entities_out: impl Write + Send,
    ) -> Result<(usize, usize)> {
        let schema = Arc::new(events_schema());
        let mut writer =
            ArrowWriter::try_new(events_out, schema.clone(), None).map_err(parquet_error)?;
        let mut events = 0usize;
        let mut page_filter = filter.clone();
        loop {
            let remaining = filter.limit.map(|l| l.saturating_sub(events));
            if remaining == Some(0) {
                break;
            }
            let want = remaining.map_or(BATCH, |r| r.min(BATCH));
            page_filter.limit = Some(want);
            page_filter.offset = filter.offset + events;
            let page = self.events(&page_filter)?;
            let rows: Vec<&EventRow> = page.items.iter().collect();
            if !rows.is_empty() {
                writer
                    .write(&events_batch(&schema, &rows)?)
                    .map_err(parquet_error)?;
            }
            events += rows.len();
            if rows.len() < want {
                break;
            }
        }
        writer.close().map_err(parquet_error)?;

        let schema = Arc::new(entities_schema());
        let mut writer =
            ArrowWriter::try_new(entities_out, schema.clone(), None).map_err(parquet_error)?;
        let mut entities = 0usize;
        loop {
            let page = self.search_entities("", None, Some(BATCH), entities)?;
            if !page.items.is_empty() {
                writer
                    .write(&entities_batch(&schema, &page.items)?)
                    .map_err(parquet_error)?;
            }
            entities += page.items.len();
            if page.items.len() < BATCH {
                break;
            }
        }
        writer.close().map_err(parquet_error)?;
        Ok((events, entities))
    }
}
