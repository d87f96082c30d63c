//! `communique._communique`: the native half of the Python package `communique`.
//!
//! Extraction is a pure function of a document and the knowledge base, so the
//! bindings are thin: Python objects are turned into owned Rust inputs while
//! the interpreter lock is held, the lock is released for the extraction
//! itself (in parallel with rayon for batches), and records come back as plain
//! Python objects built from the same serde representation the CLI prints, so
//! `communique.extract` and `communique extract` cannot drift apart.
//!
//! Modules, one job each:
//! - `kb`: the `KnowledgeBase` class (embedded or a user's folder);
//! - `extractor`: the `Extractor` class (one document, a list, an Arrow batch);
//! - `input`: Python arguments and dicts to owned inputs, then to documents;
//! - `run`: extraction of one or many inputs, panics caught per document;
//! - `errors`: failures as the Python `communique.ExtractError`;
//! - `events`: the flat events table (Arrow), shared by pandas and Spark;
//! - `records`: the records table (Arrow), JSON lines for the store;
//! - `batch`: an input Arrow batch to inputs (for Spark's `mapInArrow`).
//!
//! The pure-Python side (`python/communique`) adds the top-level functions,
//! `events_frame` and the Spark integration.

mod batch;
mod errors;
mod events;
mod extractor;
mod input;
mod kb;
mod records;
mod run;

use pyo3::prelude::*;

/// `records_schema()`: the `pyarrow.Schema` of `extract_arrow(output="records")`.
#[pyfunction]
fn records_schema(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    use arrow_pyarrow::ToPyArrow;
    records::schema().to_pyarrow(py)
}

#[pymodule]
fn _communique(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<kb::PyKnowledgeBase>()?;
    m.add_class::<extractor::PyExtractor>()?;
    m.add_function(wrap_pyfunction!(events::events_batch, m)?)?;
    m.add_function(wrap_pyfunction!(events::events_schema, m)?)?;
    m.add_function(wrap_pyfunction!(records_schema, m)?)?;
    m.add("SCHEMA_VERSION", communique_record::SCHEMA_VERSION)?;
    m.add(
        "EVENT_COLUMNS",
        events::COLUMNS.iter().map(|c| c.name).collect::<Vec<_>>(),
    )?;
    Ok(())
}
