//! `communique eval`: extract pages and score them against a folder of gold files.

use super::batch;
use anyhow::{bail, Context};
use communique_core::eval::{score_document, GoldDocument, Report};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Folder of gold files (`<document>.json`, format of SPEC.md section 9).
    #[arg(long)]
    pub gold: PathBuf,
    /// The pages to extract and score.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub extraction: batch::ExtractionArgs,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// List every missed and extra event and entity per document.
    #[arg(short, long)]
    pub verbose: bool,
}

pub fn load_gold(dir: &Path) -> anyhow::Result<BTreeMap<String, GoldDocument>> {
    let mut gold = BTreeMap::new();
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read gold folder {}", dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let doc: GoldDocument = serde_json::from_str(&text)
                .with_context(|| format!("{}: not a gold file", path.display()))?;
            gold.insert(doc.document.clone(), doc);
        }
    }
    if gold.is_empty() {
        bail!("no gold files (*.json) in {}", dir.display());
    }
    Ok(gold)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let gold = load_gold(&args.gold)?;
    let (extractor, read) = args.extraction.prepare(false)?;
    let mut report = Report::default();
    let mut unscored = Vec::new();
    let summary = batch::run(&args.inputs, &read, &extractor, |_, record| {
        match gold.get(&record.document) {
            Some(g) => score_document(g, &record, &mut report),
            None => unscored.push(record.document.clone()),
        }
        Ok(())
    })?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", report.render(args.verbose));
        if !unscored.is_empty() {
            println!(
                "no gold file for {} document(s): {}",
                unscored.len(),
                unscored.join(", ")
            );
        }
    }
    Ok(if summary.failed() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
