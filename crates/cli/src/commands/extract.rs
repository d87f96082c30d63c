//! `communique extract`: pages in, one JSON record per document out (SPEC.md section 10).

use super::batch;
use anyhow::Context;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (read recursively), .gz files, JSON Lines, or - for standard input.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Write the records here instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Add the cleaned article text to each record (offsets point into it).
    #[arg(long)]
    pub text: bool,
    #[command(flatten)]
    pub extraction: batch::ExtractionArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let (extractor, read) = args.extraction.prepare(args.text)?;
    let out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    // Records are serialised on the extraction threads; this thread only writes.
    let serialise = |input: &communique_core::InputDocument, record| -> anyhow::Result<Vec<u8>> {
        // A record's JSON runs to about twice its page's text (offsets and
        // evidence for every mention and event): room for it at once, rather
        // than copying the line at each doubling.
        let mut line = Vec::with_capacity(2 * input.text.len() + 1024);
        serde_json::to_writer(&mut line, &record)?;
        line.push(b'\n');
        Ok(line)
    };
    let summary = batch::run_prepared(
        &args.inputs,
        &read,
        &extractor,
        serialise,
        |_, line: Vec<u8>| Ok(out.write_all(&line)?),
    )?;
    out.flush()?;
    eprintln!("communique: {}", summary.render());
    Ok(if summary.failed() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
