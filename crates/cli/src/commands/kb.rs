//! `communique kb check`: validate a knowledge-base folder and show what it holds.

use communique_core::KnowledgeBase;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: KbCommand,
}

#[derive(clap::Subcommand)]
pub enum KbCommand {
    /// Load and validate the knowledge base; print every problem with its file and line.
    Check {
        /// The folder to check (default: the knowledge base compiled in).
        #[arg(long, env = "COMMUNIQUE_DATA")]
        data: Option<PathBuf>,
    },
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let KbCommand::Check { data } = args.command;
    let loaded = match &data {
        Some(dir) => KnowledgeBase::load(dir),
        None => KnowledgeBase::embedded(),
    };
    match loaded {
        Ok(kb) => {
            println!(
                "ok: {} countries, {} persons, {} organisations, {} places, {} titles, {} languages, {} event cues",
                kb.countries.len(),
                kb.persons.len(),
                kb.organizations.len(),
                kb.places.len(),
                kb.titles.len(),
                kb.langs.len(),
                kb.cues.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(err) => {
            eprintln!("{err}");
            Ok(ExitCode::from(1))
        }
    }
}
