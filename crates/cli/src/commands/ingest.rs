//! `communique ingest`: extract pages (or read extracted records) into the store.
//!
//! Each document is one transaction in the store, so an interrupted run keeps
//! every document it finished and the next run skips them (`unchanged`).

use super::batch;
use super::query::DbArgs;
use anyhow::Context;
use communique_record::Record;
use communique_store::{IngestSummary, Store, StoreError};
use std::io::{BufRead, BufReader, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Pages: files, directories (recursive), .gz, JSON Lines, or - for standard
    /// input. With --records: JSON Lines of records written by `communique extract`.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub db: DbArgs,
    /// The inputs are extracted records (`communique extract --text` output, or a
    /// Spark job's), stored as they are without extracting again.
    #[arg(long)]
    pub records: bool,
    #[command(flatten)]
    pub extraction: batch::ExtractionArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = args.db.open_or_create()?;
    let mut summary = IngestSummary::default();
    if args.records {
        for path in &args.inputs {
            ingest_record_file(&mut store, path, &mut summary)?;
        }
    } else {
        // The text goes into the store so that evidence offsets can be shown in
        // their document.
        let (extractor, read) = args.extraction.prepare(true)?;
        let extraction = batch::run(&args.inputs, &read, &extractor, |doc, record| {
            store_one(&mut store, &record, &doc.id, &mut summary)
        })?;
        summary.failed += extraction.failed();
    }
    eprintln!("communique: {summary}");
    Ok(if summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Stores one record. A record the store rejects is one failure and the run goes
/// on; a store that fails (connection lost, disk full) stops the run.
fn store_one(
    store: &mut Store,
    record: &Record,
    input: &str,
    summary: &mut IngestSummary,
) -> anyhow::Result<()> {
    match store.ingest(record) {
        Ok(outcome) => summary.record(outcome),
        Err(e @ StoreError::InvalidRecord { .. }) => {
            eprintln!("communique: {input}: {e}");
            summary.failed += 1;
            summary
                .failures
                .push((record.document.clone(), e.to_string()));
        }
        Err(e) => {
            return Err(e).with_context(|| {
                format!(
                    "ingest stopped at {input} ({summary}); every document before it is \
                     stored, run the same command again to resume"
                )
            })
        }
    }
    Ok(())
}

/// Reads JSON Lines of records from a file or standard input (`-`).
fn ingest_record_file(
    store: &mut Store,
    path: &Path,
    summary: &mut IngestSummary,
) -> anyhow::Result<()> {
    let name = path.display().to_string();
    let reader: Box<dyn BufRead> = if name == "-" {
        Box::new(BufReader::new(std::io::stdin().lock()))
    } else {
        let file = std::fs::File::open(path).with_context(|| format!("cannot open {name}"))?;
        Box::new(BufReader::new(file))
    };
    let progress = progress_bar();
    for (i, line) in reader.lines().enumerate() {
        let line = line.with_context(|| format!("cannot read {name}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let input = format!("{name}:{}", i + 1);
        match serde_json::from_str::<Record>(&line) {
            Ok(record) => progress.suspend(|| store_one(store, &record, &input, summary))?,
            Err(e) => {
                progress.suspend(|| eprintln!("communique: {input}: not a record: {e}"));
                summary.failed += 1;
                summary.failures.push((input, e.to_string()));
            }
        }
        progress.inc(1);
    }
    progress.finish_and_clear();
    Ok(())
}

/// A counter on terminals; nothing otherwise, so that logs stay clean.
fn progress_bar() -> indicatif::ProgressBar {
    if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {pos} records  {per_sec}  {elapsed}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        bar
    } else {
        indicatif::ProgressBar::hidden()
    }
}
