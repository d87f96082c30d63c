//! `communique`: a thin command layer over the library crates.
//!
//! Each subcommand lives in its own module under `commands/`; this file only parses
//! arguments and maps outcomes to exit codes (0 ok, 1 some documents failed, 2 usage).

mod commands;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

// Extraction allocates many short-lived strings per page; mimalloc's per-thread
// free lists serve them at a fraction of the system allocator's cost (see docs/benchmarks.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "communique",
    version,
    about = "Diplomatic events with evidence, from multilingual news pages"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract entities and events from pages into JSON Lines (no store).
    Extract(commands::extract::Args),
    /// Score extraction against a folder of gold files (SPEC.md section 9).
    Eval(commands::eval::Args),
    /// Validate the knowledge base files.
    Kb(commands::kb::Args),
    /// Extract pages into the store (SQLite file, or postgres:// URL).
    Ingest(commands::ingest::Args),
    /// List stored events, filtered by country, person, type, date...
    Events(commands::query::EventsArgs),
    /// The events between two actors, by date.
    Timeline(commands::query::TimelineArgs),
    /// Search entities by any name, in any language.
    Entities(commands::query::EntitiesArgs),
    /// An entity's profile: names, roles, counterparts, event counts.
    Entity(commands::query::EntityArgs),
    /// Write stored events as JSON Lines, CSV or a GDELT-like table.
    Export(commands::export::Args),
    /// Serve the JSON API and the web page (timelines, network, evidence) over the store.
    Serve(commands::serve::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Extract(args) => commands::extract::run(args),
        Command::Eval(args) => commands::eval::run(args),
        Command::Kb(args) => commands::kb::run(args),
        Command::Ingest(args) => commands::ingest::run(args),
        Command::Events(args) => commands::query::events(args),
        Command::Timeline(args) => commands::query::timeline(args),
        Command::Entities(args) => commands::query::entities(args),
        Command::Entity(args) => commands::query::entity(args),
        Command::Export(args) => commands::export::run(args),
        Command::Serve(args) => commands::serve::run(args),
    };
    match outcome {
        Ok(code) => code,
        Err(err) => {
            eprintln!("communique: {err:#}");
            ExitCode::from(2)
        }
    }
}
