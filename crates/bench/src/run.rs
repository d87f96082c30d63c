//! Extraction over the corpus, in-process, the way `communique extract` runs
//! it (crates/cli/src/commands/batch.rs): read 256 documents in input order,
//! extract them in parallel on a rayon pool, then serialise each record to
//! JSON in order. Records go to a byte counter instead of a file, so that disk
//! speed does not enter the figures.
//!
//! Reading is timed apart from extraction because in this loop it runs on one
//! thread while the pool waits; that share bounds how well the run scales.

use crate::memory;
use communique_core::{Extractor, InputDocument, KnowledgeBase};
use communique_input::{read_inputs, ReadOptions};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Documents read and extracted at once, as in the CLI.
const CHUNK: usize = 256;

/// What one run measured.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub threads: usize,
    pub documents: usize,
    /// Inputs the reader refused, by reason.
    pub read_errors: BTreeMap<String, usize>,
    /// Documents the extractor refused, by reason.
    pub extract_errors: BTreeMap<String, usize>,
    pub events: usize,
    pub entities: usize,
    /// Bytes of decoded document text handed to the extractor.
    pub text_bytes: u64,
    /// Bytes of JSON Lines output.
    pub output_bytes: u64,
    pub kb_load: Duration,
    /// Time spent reading and decoding inputs (one thread).
    pub reading: Duration,
    /// Time spent extracting (the pool).
    pub extracting: Duration,
    /// Time spent serialising records (one thread).
    pub writing: Duration,
    /// Everything, knowledge-base loading included.
    pub wall: Duration,
    pub cpu_seconds: Option<f64>,
    pub peak_bytes: Option<u64>,
    /// Whether the peak covers this run only (see [`memory::reset_peak`]).
    pub peak_is_per_run: bool,
}

/// Extract everything under `inputs` on a pool of `threads` threads.
pub fn run(inputs: &[PathBuf], threads: usize) -> anyhow::Result<Stats> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?;
    let peak_is_per_run = memory::reset_peak();
    let cpu_start = memory::cpu_seconds();
    let start = Instant::now();
    let extractor = Extractor::new(KnowledgeBase::embedded()?);
    let mut stats = Stats {
        threads,
        peak_is_per_run,
        kb_load: start.elapsed(),
        ..Stats::default()
    };
    let mut out = io::BufWriter::new(Counter(0));
    let mut docs = read_inputs(inputs, &ReadOptions::default());
    loop {
        let t = Instant::now();
        let chunk = next_chunk(&mut docs, &mut stats);
        stats.reading += t.elapsed();
        if chunk.is_empty() {
            break;
        }
        let t = Instant::now();
        let results: Vec<_> =
            pool.install(|| chunk.par_iter().map(|d| extractor.extract(d)).collect());
        stats.extracting += t.elapsed();
        let t = Instant::now();
        for (doc, result) in chunk.iter().zip(results) {
            stats.text_bytes += doc.text.len() as u64;
            match result {
                Ok(record) => {
                    stats.documents += 1;
                    stats.events += record.events.len();
                    stats.entities += record.entities.len();
                    serde_json::to_writer(&mut out, &record)?;
                    out.write_all(b"\n")?;
                }
                Err(err) => *stats.extract_errors.entry(variant(&err)).or_default() += 1,
            }
        }
        stats.writing += t.elapsed();
    }
    out.flush()?;
    stats.output_bytes = out.get_ref().0;
    stats.wall = start.elapsed();
    stats.cpu_seconds = cpu_start.zip(memory::cpu_seconds()).map(|(a, b)| b - a);
    stats.peak_bytes = memory::peak_bytes();
    Ok(stats)
}

fn next_chunk(
    docs: &mut impl Iterator<Item = communique_input::InputItem>,
    stats: &mut Stats,
) -> Vec<InputDocument> {
    let mut chunk = Vec::with_capacity(CHUNK);
    for item in docs.by_ref() {
        match item {
            Ok(doc) => chunk.push(doc),
            Err(err) => {
                *stats
                    .read_errors
                    .entry(err.reason.key().to_string())
                    .or_default() += 1
            }
        }
        if chunk.len() == CHUNK {
            break;
        }
    }
    chunk
}

/// The error's kind (`TooLarge`), without the numbers its message carries,
/// so that errors group; robust to kinds added later.
fn variant(err: &communique_core::ExtractError) -> String {
    let debug = format!("{err:?}");
    debug
        .split(['(', ' ', '{'])
        .next()
        .unwrap_or_default()
        .to_string()
}

/// A writer that only counts.
struct Counter(u64);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
