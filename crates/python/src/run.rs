//! Extraction of one input or many, with no Python object in sight: these
//! functions run with the interpreter lock released.
//!
//! A panic inside the pipeline is caught per document and becomes that
//! document's failure, so one hostile page neither aborts a batch of
//! thousands nor unwinds into the interpreter.

use crate::input::Input;
use communique_core::{ExtractError, Extractor};
use communique_input::Reason;
use communique_record::Record;
use rayon::prelude::*;
use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Why one document yielded no record: what `communique.ExtractError` carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The document's id: the given one, or the content hash once computed;
    /// `None` when the input failed before an id could be given to it.
    pub document: Option<String>,
    /// A short stable key to group failures by (`empty`, `binary`, `not-text`…).
    pub kind: &'static str,
    /// The reason, one line, as the CLI prints it.
    pub reason: String,
}

impl Failure {
    /// The page could not be read (empty, binary, no article in the HTML…).
    pub fn input(document: Option<String>, reason: &Reason) -> Failure {
        let kind = match reason {
            // The JSON Lines reader's key for a record without a page.
            Reason::NoTextField => "no-text",
            other => other.key(),
        };
        Failure {
            document,
            kind,
            reason: reason.to_string(),
        }
    }

    /// The extractor refused the document.
    pub fn extraction(document: &str, err: &ExtractError) -> Failure {
        let kind = match err {
            ExtractError::Empty => "empty",
            ExtractError::TooLarge(..) => "too-large",
            ExtractError::NotText(_) => "not-text",
        };
        Failure {
            document: Some(document.to_owned()),
            kind,
            reason: err.to_string(),
        }
    }

    fn panic(document: Option<String>, payload: Box<dyn Any + Send>) -> Failure {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        Failure {
            document,
            kind: "internal",
            reason: format!("internal error in the extractor: {message}"),
        }
    }

    /// The name a log line uses for the document.
    pub fn document_name(&self) -> &str {
        self.document.as_deref().unwrap_or("<document without id>")
    }
}

/// One document's record, or why there is none.
pub type Outcome = Result<Record, Failure>;

/// Extracts one input.
pub fn extract_one(extractor: &Extractor, input: Input) -> Outcome {
    let given = input.given_id().map(str::to_owned);
    catch_unwind(AssertUnwindSafe(|| {
        let document = input.into_document()?;
        extractor
            .extract(&document)
            .map_err(|e| Failure::extraction(&document.id, &e))
    }))
    .unwrap_or_else(|payload| Err(Failure::panic(given, payload)))
}

/// How many threads a batch uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Threads {
    /// rayon's global pool: one thread per core.
    All,
    /// Exactly this many (1: on the calling thread, no pool). Spark and other
    /// engines that already run one worker per core want 1.
    Exactly(usize),
}

impl Threads {
    pub fn from_option(threads: Option<usize>) -> Result<Threads, String> {
        match threads {
            None => Ok(Threads::All),
            Some(0) => Err("threads must be at least 1".into()),
            Some(n) => Ok(Threads::Exactly(n)),
        }
    }
}

/// Extracts every input, in parallel, keeping input order.
pub fn extract_all(
    extractor: &Extractor,
    inputs: Vec<Input>,
    threads: Threads,
) -> Result<Vec<Outcome>, String> {
    let run = |inputs: Vec<Input>| -> Vec<Outcome> {
        inputs
            .into_par_iter()
            .map(|input| extract_one(extractor, input))
            .collect()
    };
    match threads {
        Threads::All => Ok(run(inputs)),
        Threads::Exactly(1) => Ok(inputs
            .into_iter()
            .map(|input| extract_one(extractor, input))
            .collect()),
        Threads::Exactly(n) => {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| format!("cannot start {n} threads: {e}"))?;
            Ok(pool.install(|| run(inputs)))
        }
    }
}
