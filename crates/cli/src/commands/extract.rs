//! `communique extract`: pages in, one JSON record per document out (SPEC.md section 10).

use super::batch;
use anyhow::Context;
use communique_input::ReadOptions;
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
    /// A knowledge-base folder to use instead of the one compiled in.
    #[arg(long, env = "COMMUNIQUE_DATA")]
    pub data: Option<PathBuf>,
    /// Largest input page or JSON line accepted, in bytes.
    #[arg(long, default_value_t = ReadOptions::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .ok();
    }
    let extractor = batch::load_extractor(args.data.as_deref(), args.text)?;
    let out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    let read = ReadOptions {
        max_bytes: args.max_bytes,
    };
    let summary = batch::run(&args.inputs, &read, &extractor, |_, record| {
        serde_json::to_writer(&mut out, &record)?;
        out.write_all(b"\n")?;
        Ok(())
    })?;
    out.flush()?;
    eprintln!("communique: {}", summary.render());
    Ok(if summary.failed() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
