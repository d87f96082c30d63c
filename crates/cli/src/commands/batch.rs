//! Running extraction over a stream of inputs: in parallel, in input order, with
//! bounded memory, one line on standard error per failed document, a progress
//! bar on terminals and a summary at the end. Shared by `extract`, `eval` and
//! `ingest`.

use communique_core::{Extractor, InputDocument};
use communique_input::{read_inputs, InputItem, ReadOptions};
use communique_record::Record;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;

/// How many documents are read ahead and extracted at once: enough to keep every
/// core busy, few enough that memory does not grow with the corpus.
const CHUNK: usize = 256;

/// One chunk after extraction: the inputs that could not be read, and the
/// documents with their prepared results, in input order.
type Extracted<T> = (
    Vec<communique_input::InputError>,
    Vec<InputDocument>,
    Vec<Result<anyhow::Result<T>, communique_core::ExtractError>>,
);

/// What a run did.
#[derive(Debug, Default)]
pub struct Summary {
    pub processed: usize,
    /// Skipped documents by reason.
    pub skipped: BTreeMap<String, usize>,
}

impl Summary {
    pub fn failed(&self) -> usize {
        self.skipped.values().sum()
    }

    pub fn render(&self) -> String {
        let mut s = format!("{} processed, {} skipped", self.processed, self.failed());
        if !self.skipped.is_empty() {
            let parts: Vec<String> = self
                .skipped
                .iter()
                .map(|(k, v)| format!("{k}: {v}"))
                .collect();
            s.push_str(&format!(" ({})", parts.join(", ")));
        }
        s
    }
}

/// Extract every document of `paths`, handing each record to `sink` in input order.
pub fn run(
    paths: &[PathBuf],
    read: &ReadOptions,
    extractor: &Extractor,
    sink: impl FnMut(&InputDocument, Record) -> anyhow::Result<()>,
) -> anyhow::Result<Summary> {
    run_prepared(paths, read, extractor, |_, record| Ok(record), sink)
}

/// Extract every document of `paths`, turn each record into what `sink` takes
/// with `prepare`, and hand those to `sink` in input order.
///
/// Three stages run at once: a reader thread decodes the next chunk, the pool
/// extracts (and prepares) the current one, and the caller's thread hands the
/// previous one to `sink`, so reading and writing stay off the critical path.
/// Each channel holds one chunk, so at most a handful of chunks are in memory
/// whatever the corpus size.
///
/// `prepare` runs on the pool, beside extraction: work such as serialising a
/// record is then spread over the cores, and the record's many small
/// allocations are freed by the thread that made them.
pub fn run_prepared<T: Send>(
    paths: &[PathBuf],
    read: &ReadOptions,
    extractor: &Extractor,
    prepare: impl Fn(&InputDocument, Record) -> anyhow::Result<T> + Sync,
    mut sink: impl FnMut(&InputDocument, T) -> anyhow::Result<()>,
) -> anyhow::Result<Summary> {
    let mut summary = Summary::default();
    let progress = progress_bar();
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let (chunks, received) = std::sync::mpsc::sync_channel::<Vec<InputItem>>(1);
        scope.spawn(move || {
            let mut inputs = read_inputs(paths, read);
            loop {
                let chunk: Vec<InputItem> = inputs.by_ref().take(CHUNK).collect();
                let last = chunk.len() < CHUNK;
                // A closed channel means the consumer stopped early (an error): stop reading.
                if chunk.is_empty() || chunks.send(chunk).is_err() || last {
                    break;
                }
            }
        });
        // Extraction runs one chunk ahead of the sink, so that writing records
        // (JSON, or the store's transactions) overlaps extracting the next chunk.
        let (extracted, done) = std::sync::mpsc::sync_channel::<Extracted<T>>(1);
        let prepare = &prepare;
        scope.spawn(move || {
            for items in received {
                let mut docs: Vec<InputDocument> = Vec::with_capacity(items.len());
                let mut failures = Vec::new();
                for item in items {
                    match item {
                        Ok(doc) => docs.push(doc),
                        Err(err) => failures.push(err),
                    }
                }
                let results: Vec<_> = docs
                    .par_iter()
                    .map(|doc| extractor.extract(doc).map(|record| prepare(doc, record)))
                    .collect();
                if extracted.send((failures, docs, results)).is_err() {
                    break;
                }
            }
        });
        for (failures, docs, results) in done {
            for err in failures {
                progress.suspend(|| eprintln!("communique: {err}"));
                *summary
                    .skipped
                    .entry(err.reason.key().to_string())
                    .or_default() += 1;
            }
            for (doc, result) in docs.iter().zip(results) {
                progress.inc(1);
                match result {
                    Ok(prepared) => {
                        summary.processed += 1;
                        sink(doc, prepared?)?;
                    }
                    Err(err) => {
                        progress.suspend(|| eprintln!("communique: {}: {err}", doc.id));
                        *summary
                            .skipped
                            .entry(error_key(&err).to_string())
                            .or_default() += 1;
                    }
                }
            }
        }
        Ok(())
    })?;
    progress.finish_and_clear();
    Ok(summary)
}

fn error_key(err: &communique_core::ExtractError) -> &'static str {
    use communique_core::ExtractError::*;
    match err {
        Empty => "empty",
        TooLarge(..) => "too large",
        NotText(_) => "not text",
    }
}

/// A spinner with a count on terminals; hidden otherwise so that logs stay clean.
fn progress_bar() -> indicatif::ProgressBar {
    if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {pos} documents  {per_sec}  {elapsed}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        bar
    } else {
        indicatif::ProgressBar::hidden()
    }
}

/// The options every extracting command shares (`extract`, `ingest`, `eval`).
#[derive(clap::Args)]
pub struct ExtractionArgs {
    /// A knowledge-base folder to use instead of the one compiled in.
    #[arg(long, env = "COMMUNIQUE_DATA")]
    pub data: Option<PathBuf>,
    /// Largest input page or JSON line accepted, in bytes.
    #[arg(long, default_value_t = ReadOptions::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
    /// Extraction worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
}

impl ExtractionArgs {
    /// Size the worker pool, load the knowledge base and say how inputs are read.
    pub fn prepare(&self, include_text: bool) -> anyhow::Result<(Extractor, ReadOptions)> {
        if let Some(n) = self.threads {
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build_global()
                .ok();
        }
        let extractor = load_extractor(self.data.as_deref(), include_text)?;
        Ok((
            extractor,
            ReadOptions {
                max_bytes: self.max_bytes,
            },
        ))
    }
}

/// The knowledge base: a user's folder when given, else the one compiled in.
pub fn load_extractor(
    data: Option<&std::path::Path>,
    include_text: bool,
) -> anyhow::Result<Extractor> {
    let kb = match data {
        Some(dir) => communique_core::KnowledgeBase::load(dir)?,
        None => communique_core::KnowledgeBase::embedded()?,
    };
    let options = communique_core::Options {
        include_text,
        ..Default::default()
    };
    Ok(Extractor::with_options(kb, options))
}
