//! Failures as Python exceptions.
//!
//! The exception classes are defined in Python (`communique/_errors.py`), not
//! here: an abi3 extension cannot subclass `ValueError` with a native class,
//! and a Python class gives users ordinary attributes (`.document`, `.reason`,
//! `.kind`) and pickling, which Spark needs to ship a task's error back.

use crate::run::Failure;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;

static EXTRACT_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static KB_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// `communique.ExtractError(document, reason, kind)`, as an instance.
pub fn extract_error<'py>(py: Python<'py>, failure: &Failure) -> PyResult<Bound<'py, PyAny>> {
    let class = EXTRACT_ERROR.import(py, "communique._errors", "ExtractError")?;
    class.call1((
        failure.document.as_deref(),
        failure.reason.as_str(),
        failure.kind,
    ))
}

/// `communique.ExtractError`, ready to raise.
pub fn raise_failure(py: Python<'_>, failure: &Failure) -> PyErr {
    match extract_error(py, failure) {
        Ok(instance) => PyErr::from_value(instance),
        Err(err) => err,
    }
}

/// `communique.KnowledgeBaseError(path, reason)`, ready to raise.
pub fn knowledge_base_error(py: Python<'_>, path: Option<&str>, reason: String) -> PyErr {
    let made = KB_ERROR
        .import(py, "communique._errors", "KnowledgeBaseError")
        .and_then(|class| class.call1((path, reason)));
    match made {
        Ok(instance) => PyErr::from_value(instance),
        Err(err) => err,
    }
}
