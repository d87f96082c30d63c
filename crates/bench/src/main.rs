//! `communique-bench`: generate the corpus (or reuse it), extract it
//! in-process on one thread and on all cores, time the `communique` binary on
//! it, and print the figures. See docs/benchmarks.md.

use anyhow::Context;
use clap::Parser;
use communique_bench::{cli, corpus, report, run, stages};
use communique_core::KnowledgeBase;
use std::path::PathBuf;
use std::time::Instant;

// The same allocator as the `communique` binary, so that in-process figures
// measure what the command line runs.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(about = "Throughput and memory benchmark of communique extract")]
struct Args {
    /// Pages to generate.
    #[arg(long, default_value_t = 20_000)]
    pages: usize,
    /// Seed of the generator: the same seed gives the same corpus, byte for byte.
    #[arg(long, default_value_t = 2025)]
    seed: u64,
    /// Where the corpus goes (default: target/bench-corpus/<pages>-<seed>).
    #[arg(long)]
    dir: Option<PathBuf>,
    /// Thread counts to measure, comma-separated; 0 means all cores.
    #[arg(long, value_delimiter = ',', default_value = "1,0")]
    threads: Vec<usize>,
    /// Share of pages written as HTML, percent.
    #[arg(long, default_value_t = 5)]
    html_percent: u32,
    /// Share of pages written into the gzipped JSON Lines feed, percent.
    #[arg(long, default_value_t = 5)]
    jsonl_percent: u32,
    /// Share of Russian plain-text pages written in Windows-1251, percent.
    #[arg(long, default_value_t = 5)]
    cp1251_percent: u32,
    /// Generate again even if the directory holds this corpus already.
    #[arg(long)]
    regenerate: bool,
    /// Only generate the corpus.
    #[arg(long)]
    generate_only: bool,
    /// The `communique` binary to time end to end (default: the one next to
    /// this binary, when built).
    #[arg(long)]
    cli: Option<PathBuf>,
    /// Do not time the CLI binary.
    #[arg(long)]
    no_cli: bool,
    /// Also time each stage of the extractor apart, on one thread.
    #[arg(long)]
    stages: bool,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if args.html_percent + args.jsonl_percent > 100 {
        anyhow::bail!("--html-percent and --jsonl-percent add up to more than 100");
    }
    let spec = corpus::Spec {
        pages: args.pages,
        seed: args.seed,
        html_percent: args.html_percent,
        jsonl_percent: args.jsonl_percent,
        cp1251_percent: args.cp1251_percent,
    };
    let dir = args.dir.clone().unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../target/bench-corpus")
            .join(format!("{}-{}", args.pages, args.seed))
    });
    let kb = KnowledgeBase::embedded().context("loading the embedded knowledge base")?;
    let start = Instant::now();
    let (manifest, generated) = corpus::ensure(&dir, &spec, &kb, args.regenerate)?;
    drop(kb);
    print!(
        "{}",
        report::corpus(&manifest, generated.then(|| start.elapsed()))
    );
    let input = corpus::input_dir(&dir);
    println!("corpus: {}", input.display());
    if args.generate_only {
        return Ok(());
    }

    let all_cores = rayon::current_num_threads();
    let threads: Vec<usize> = args
        .threads
        .iter()
        .map(|&t| if t == 0 { all_cores } else { t })
        .collect();
    let mut rows = Vec::new();
    let mut splits = String::new();
    let mut documents = 0;
    for &t in &threads {
        eprintln!("communique-bench: extracting in-process on {t} thread(s)...");
        let stats = run::run(std::slice::from_ref(&input), t)?;
        documents = stats.documents;
        splits.push_str(&report::split(&stats));
        rows.push(report::Row::in_process(&stats));
    }
    if !args.no_cli {
        match args.cli.clone().or_else(cli::sibling_binary) {
            Some(binary) => {
                for &t in &threads {
                    eprintln!(
                        "communique-bench: timing {} on {t} thread(s)...",
                        binary.display()
                    );
                    let stats = cli::run(&binary, &input, t)?;
                    splits.push_str(&format!(
                        "CLI threads {t}: exit {:?}, {}\n",
                        stats.exit_code, stats.summary
                    ));
                    rows.push(report::Row::cli(&stats, documents));
                }
            }
            None => eprintln!(
                "communique-bench: no `communique` binary next to this one; build it with \
                 `cargo build --release -p communique-cli` to time the CLI too"
            ),
        }
    }
    let stages = if args.stages {
        eprintln!("communique-bench: timing each stage on 1 thread...");
        let kb = KnowledgeBase::embedded().context("loading the embedded knowledge base")?;
        Some(stages::measure(std::slice::from_ref(&input), kb)?)
    } else {
        None
    };
    println!("cores: {all_cores}");
    print!(
        "\n{}\n{}\n{}",
        report::table(&rows, manifest.page_bytes),
        splits,
        report::verdict(&rows, manifest.page_bytes)
    );
    if let Some(b) = stages {
        print!("\n{}", report::stages(&b));
    }
    Ok(())
}
