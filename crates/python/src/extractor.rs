//! The `Extractor` class: a knowledge base plus options, extracting one
//! document, a list of documents, or an Arrow batch.
//!
//! Every method follows the same shape: copy the input out of Python objects
//! (lock held), extract with the lock released, build Python objects from the
//! records (lock held). Records are converted through their serde
//! representation, the one the CLI prints, so the dict equals the CLI's JSON.

use crate::batch::{self, Columns};
use crate::errors::{extract_error, raise_failure};
use crate::events;
use crate::input::{body_from_py, id_from_py, input_from_item, non_blank, Input, Meta};
use crate::kb::PyKnowledgeBase;
use crate::records;
use crate::run::{self, Outcome, Threads};
use arrow_array::RecordBatch;
use arrow_pyarrow::{FromPyArrow, ToPyArrow};
use communique_core::Extractor;
use communique_record::Record;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyList;
use std::sync::Arc;

/// Extraction with one knowledge base. Thread-safe; share one per process.
#[pyclass(name = "Extractor", module = "communique", frozen)]
pub struct PyExtractor {
    kb: Py<PyKnowledgeBase>,
    inner: Arc<Extractor>,
    include_text: bool,
}

/// What a batch method does with documents that fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OnError {
    /// Raise `ExtractError` for the first failure, in input order.
    Raise,
    /// Put the `ExtractError` in the failed document's place (`extract_many`).
    Return,
    /// Leave it out and write one line on standard error, like the CLI.
    Log,
    /// Keep it as a row with only `document` and `error` (`extract_arrow`).
    Keep,
}

impl OnError {
    fn parse(value: &str, allowed: &[&str]) -> PyResult<OnError> {
        let mode = match value {
            "raise" => OnError::Raise,
            "return" => OnError::Return,
            "log" => OnError::Log,
            "keep" => OnError::Keep,
            _ => OnError::Raise,
        };
        if !allowed.contains(&value) {
            return Err(PyValueError::new_err(format!(
                "errors must be one of {}, not {value:?}",
                allowed.join(", ")
            )));
        }
        Ok(mode)
    }
}

fn record_to_py<'py>(py: Python<'py>, record: &Record) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, record)
        .map_err(|e| PyRuntimeError::new_err(format!("cannot convert the record: {e}")))
}

/// Writes one line per failure on standard error, as `communique extract` does.
fn log_failures(outcomes: &[Outcome]) {
    for failure in outcomes.iter().filter_map(|o| o.as_ref().err()) {
        eprintln!(
            "communique: {}: {}",
            failure.document_name(),
            failure.reason
        );
    }
}

impl PyExtractor {
    fn run_all(
        &self,
        py: Python<'_>,
        inputs: Vec<Input>,
        threads: Option<usize>,
    ) -> PyResult<Vec<Outcome>> {
        let threads = Threads::from_option(threads).map_err(PyValueError::new_err)?;
        let inner = self.inner.clone();
        py.detach(move || run::extract_all(&inner, inputs, threads))
            .map_err(PyRuntimeError::new_err)
    }
}

#[pymethods]
impl PyExtractor {
    /// An extractor over `kb` (the embedded knowledge base when None);
    /// `include_text` adds the cleaned article text to each record as `text`
    /// (the text that evidence and mention offsets point into).
    #[new]
    #[pyo3(signature = (kb=None, *, include_text=false))]
    fn new(py: Python<'_>, kb: Option<Py<PyKnowledgeBase>>, include_text: bool) -> PyResult<Self> {
        let kb = match kb {
            Some(kb) => kb,
            None => PyKnowledgeBase::shared_embedded(py)?,
        };
        let inner = kb.get().extractor(py, include_text)?;
        Ok(PyExtractor {
            kb,
            inner,
            include_text,
        })
    }

    /// The knowledge base it extracts with.
    #[getter]
    fn kb(&self, py: Python<'_>) -> Py<PyKnowledgeBase> {
        self.kb.clone_ref(py)
    }

    /// Whether records carry the cleaned text.
    #[getter]
    fn include_text(&self) -> bool {
        self.include_text
    }

    /// The record of one page (`str`, or `bytes` in any common Cyrillic
    /// encoding). Raises `ExtractError` when the page yields no record.
    #[pyo3(signature = (text, *, id=None, url=None, source=None, published=None, language=None, html=false))]
    #[allow(clippy::too_many_arguments)]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        id: Option<&Bound<'py, PyAny>>,
        url: Option<String>,
        source: Option<String>,
        published: Option<String>,
        language: Option<String>,
        html: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let input = Input {
            meta: Meta {
                id: id_from_py(id)?,
                url: url.and_then(non_blank),
                source: source.and_then(non_blank),
                published: published.and_then(non_blank),
                language: language.and_then(non_blank),
            },
            body: body_from_py(text)?,
            html,
        };
        let inner = self.inner.clone();
        match py.detach(move || run::extract_one(&inner, input)) {
            Ok(record) => record_to_py(py, &record),
            Err(failure) => Err(raise_failure(py, &failure)),
        }
    }

    /// The records of many documents, in input order, extracted in parallel
    /// with the interpreter lock released. Items are dicts shaped like JSON
    /// Lines records (`id`, `url`, `source`, `published`, `language`, `text`
    /// or `html`) or bare pages. `threads`: None for one per core.
    /// `errors`: "raise" (the first failed document, after all are done) or
    /// "return" (its `ExtractError` in its place).
    #[pyo3(signature = (docs, *, threads=None, html=false, errors="raise"))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        docs: &Bound<'py, PyAny>,
        threads: Option<usize>,
        html: bool,
        errors: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let on_error = OnError::parse(errors, &["raise", "return"])?;
        let mut inputs = Vec::new();
        for item in docs.try_iter()? {
            inputs.push(input_from_item(&item?, html)?);
        }
        let outcomes = self.run_all(py, inputs, threads)?;
        if on_error == OnError::Raise {
            if let Some(failure) = outcomes.iter().find_map(|o| o.as_ref().err()) {
                return Err(raise_failure(py, failure));
            }
        }
        let items = outcomes
            .iter()
            .map(|outcome| match outcome {
                Ok(record) => record_to_py(py, record),
                Err(failure) => extract_error(py, failure),
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }

    /// An Arrow record batch of documents to an Arrow record batch of their
    /// events (`output="events"`, see `communique.events_schema()`) or of their
    /// records as JSON lines (`output="records"`: document, published, record,
    /// error): the function Spark's `mapInArrow`, Ray Data's `map_batches` or
    /// Dask map over batches. `text_col` holds the page (string or binary),
    /// `id_col` the id (string or integer; None: content hashes); the optional
    /// columns give metadata. `threads`: None for one per core; engines that
    /// run one worker per core want 1. `errors`: "log" (skip, one line on
    /// standard error), "keep" (a row with `document` and `error`), "raise".
    #[pyo3(signature = (
        batch, *, text_col="text", id_col="id", url_col=None, source_col=None,
        published_col=None, language_col=None, html=false, threads=None, errors="log",
        output="events"
    ))]
    #[allow(clippy::too_many_arguments)]
    fn extract_arrow<'py>(
        &self,
        py: Python<'py>,
        batch: &Bound<'py, PyAny>,
        text_col: &str,
        id_col: Option<&str>,
        url_col: Option<String>,
        source_col: Option<String>,
        published_col: Option<String>,
        language_col: Option<String>,
        html: bool,
        threads: Option<usize>,
        errors: &str,
        output: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        let on_error = OnError::parse(errors, &["log", "keep", "raise"])?;
        let build = match output {
            "events" => events::build,
            "records" => records::build,
            _ => {
                return Err(PyValueError::new_err(format!(
                    "output must be events or records, not {output:?}"
                )))
            }
        };
        let batch = RecordBatch::from_pyarrow_bound(batch)?;
        let columns = Columns {
            text: text_col.to_owned(),
            id: id_col.map(str::to_owned),
            url: url_col,
            source: source_col,
            published: published_col,
            language: language_col,
        };
        let inputs = batch::inputs(&batch, &columns, html).map_err(PyValueError::new_err)?;
        drop(batch);
        let outcomes = self.run_all(py, inputs, threads)?;
        match on_error {
            OnError::Raise => {
                if let Some(failure) = outcomes.iter().find_map(|o| o.as_ref().err()) {
                    return Err(raise_failure(py, failure));
                }
            }
            OnError::Log => log_failures(&outcomes),
            OnError::Keep | OnError::Return => {}
        }
        let keep = on_error == OnError::Keep;
        let table = py
            .detach(move || build(&outcomes, keep))
            .map_err(|e| PyRuntimeError::new_err(format!("cannot build the output batch: {e}")))?;
        table.to_pyarrow(py)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let kb = self.kb.bind(py).repr()?;
        Ok(format!(
            "Extractor({kb}, include_text={})",
            if self.include_text { "True" } else { "False" }
        ))
    }
}
