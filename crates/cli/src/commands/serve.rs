//! `communique serve`: the read-only JSON API and the web page over the store
//! (the server itself lives in the `communique-server` crate).

use super::query::DbArgs;
use std::net::SocketAddr;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Address to listen on (port 0 picks a free one).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    #[command(flatten)]
    pub db: DbArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    communique_server::serve_blocking(args.addr, args.db.db)?;
    Ok(ExitCode::SUCCESS)
}
