//! The `KnowledgeBase` class: the data compiled in, or a user's folder laid
//! out like the repository's `data/` (extended without recompiling).
//!
//! A knowledge base is loaded and indexed once, and then shared by every
//! extraction that uses it, so the Python object holds the ready extractor.
//! The core's `Extractor` owns its knowledge base and fixes whether records
//! carry the cleaned text; the variant with text is loaded on first use only.

use crate::errors::knowledge_base_error;
use communique_core::{Extractor, KnowledgeBase, Options};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyTuple, PyType};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// A knowledge base: `KnowledgeBase()` or `KnowledgeBase.embedded()` for the
/// one compiled in, `KnowledgeBase(path)` for a folder laid out like `data/`.
#[pyclass(name = "KnowledgeBase", module = "communique", frozen)]
pub struct PyKnowledgeBase {
    path: Option<PathBuf>,
    plain: Arc<Extractor>,
    with_text: OnceLock<Arc<Extractor>>,
}

/// The embedded knowledge base, loaded once per process and shared.
static EMBEDDED: PyOnceLock<Py<PyKnowledgeBase>> = PyOnceLock::new();

impl PyKnowledgeBase {
    fn open(py: Python<'_>, path: Option<PathBuf>) -> PyResult<PyKnowledgeBase> {
        let plain = load(py, path.as_deref(), false)?;
        Ok(PyKnowledgeBase {
            path,
            plain,
            with_text: OnceLock::new(),
        })
    }

    /// The shared embedded knowledge base.
    pub fn shared_embedded(py: Python<'_>) -> PyResult<Py<PyKnowledgeBase>> {
        EMBEDDED
            .get_or_try_init(py, || Py::new(py, Self::open(py, None)?))
            .map(|kb| kb.clone_ref(py))
    }

    /// The extractor over this knowledge base, with or without the cleaned
    /// text in its records.
    pub fn extractor(&self, py: Python<'_>, include_text: bool) -> PyResult<Arc<Extractor>> {
        if !include_text {
            return Ok(self.plain.clone());
        }
        if let Some(ready) = self.with_text.get() {
            return Ok(ready.clone());
        }
        let loaded = load(py, self.path.as_deref(), true)?;
        Ok(self.with_text.get_or_init(|| loaded).clone())
    }
}

/// Loads and indexes a knowledge base with the interpreter lock released:
/// other Python threads go on meanwhile.
fn load(py: Python<'_>, path: Option<&Path>, include_text: bool) -> PyResult<Arc<Extractor>> {
    let loaded = py.detach(|| match path {
        Some(dir) => KnowledgeBase::load(dir),
        None => KnowledgeBase::embedded(),
    });
    let kb = loaded.map_err(|e| {
        let shown = path.map(|p| p.display().to_string());
        knowledge_base_error(py, shown.as_deref(), e.to_string())
    })?;
    let options = Options {
        include_text,
        ..Options::default()
    };
    Ok(Arc::new(Extractor::with_options(kb, options)))
}

#[pymethods]
impl PyKnowledgeBase {
    /// Loads the knowledge base in `path` (a folder laid out like `data/`),
    /// or the embedded one when `path` is None. Problems in the folder raise
    /// `communique.KnowledgeBaseError` listing every one with file and line.
    #[new]
    #[pyo3(signature = (path=None))]
    fn new(py: Python<'_>, path: Option<PathBuf>) -> PyResult<Self> {
        Self::open(py, path)
    }

    /// The knowledge base compiled in, shared by the whole process.
    #[staticmethod]
    fn embedded(py: Python<'_>) -> PyResult<Py<PyKnowledgeBase>> {
        Self::shared_embedded(py)
    }

    /// The folder it was loaded from, or None for the embedded one.
    #[getter]
    fn path(&self) -> Option<String> {
        self.path.as_ref().map(|p| p.display().to_string())
    }

    /// How many entries of each kind it holds.
    fn stats(&self) -> Vec<(&'static str, usize)> {
        let kb = self.plain.kb();
        vec![
            ("countries", kb.countries.len()),
            ("persons", kb.persons.len()),
            ("organizations", kb.organizations.len()),
            ("places", kb.places.len()),
            ("titles", kb.titles.len()),
            ("languages", kb.langs.len()),
        ]
    }

    /// Pickled as its path and reloaded on the other side (the embedded one
    /// as the embedded one), so it can be shipped to Spark or Ray workers.
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        let path = slf.get().path();
        Ok((slf.get_type(), PyTuple::new(slf.py(), [path])?))
    }

    fn __repr__(&self) -> String {
        match &self.path {
            Some(p) => format!("KnowledgeBase({:?})", p.display().to_string()),
            None => "KnowledgeBase.embedded()".to_owned(),
        }
    }
}
