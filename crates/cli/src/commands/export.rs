//! `communique export`: all (or filtered) fused events as JSON Lines, CSV, or a
//! GDELT-like TSV (columns in crates/store/EXPORT.md).

use super::query::{ok_on_broken_pipe, DbArgs, FilterArgs};
use anyhow::Context;
use communique_store::ExportFormat;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum Format {
    /// One fused event per line, with its sources and evidence.
    Jsonl,
    /// One row per event, lists joined with `;`.
    Csv,
    /// Tab-separated, GDELT event-table columns plus communique's.
    Gdelt,
    /// Two Parquet files in the `--output` folder: events.parquet and entities.parquet.
    Parquet,
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub db: DbArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Write here instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub filter: FilterArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    ok_on_broken_pipe(export(args))
}

fn export(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = args.db.open_existing()?;
    let filter = args.filter.to_filter(&mut store)?;
    let format = match args.format {
        Format::Jsonl => ExportFormat::Jsonl,
        Format::Csv => ExportFormat::Csv,
        Format::Gdelt => ExportFormat::Gdelt,
        Format::Parquet => return export_parquet(&mut store, &filter, args.output.as_deref()),
    };
    let out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    let n = store.export(&filter, format, &mut out)?;
    out.flush()?;
    let target = args
        .output
        .as_ref()
        .map_or_else(|| "standard output".to_owned(), |p| p.display().to_string());
    eprintln!("communique: {n} events exported to {target}");
    Ok(ExitCode::SUCCESS)
}

/// Parquet is columnar and written whole, so it goes to files, not a stream.
fn export_parquet(
    store: &mut communique_store::Store,
    filter: &communique_store::EventFilter,
    dir: Option<&std::path::Path>,
) -> anyhow::Result<ExitCode> {
    let Some(dir) = dir else {
        anyhow::bail!("--format parquet writes two files: name their folder with --output DIR");
    };
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let create = |name: &str| {
        let path = dir.join(name);
        std::fs::File::create(&path).with_context(|| format!("cannot create {}", path.display()))
    };
    let (events, entities) = store.export_parquet(
        filter,
        create("events.parquet")?,
        create("entities.parquet")?,
    )?;
    eprintln!(
        "communique: {events} events and {entities} entities written to {}/events.parquet and entities.parquet",
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}
