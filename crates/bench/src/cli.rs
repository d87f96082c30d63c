//! Timing the `communique` binary itself, end to end, as a user runs it:
//! `communique extract --threads N <corpus> -o /dev/null`, under GNU time
//! (`/usr/bin/time -v`) when installed, for its wall time, CPU time and
//! maximum resident set size.
//!
//! This catches what the in-process run cannot: process start, stdout
//! handling and the CLI's own code paths.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const GNU_TIME: &str = "/usr/bin/time";

/// What one CLI run measured.
#[derive(Debug, Clone)]
pub struct CliStats {
    pub threads: usize,
    pub wall: Duration,
    pub cpu_seconds: Option<f64>,
    pub peak_bytes: Option<u64>,
    /// The CLI's summary line (`20000 processed, 0 skipped`).
    pub summary: String,
    pub exit_code: Option<i32>,
}

/// The `communique` binary next to this one (both land in `target/release`),
/// if it has been built.
pub fn sibling_binary() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let path = exe
        .parent()?
        .join(format!("communique{}", std::env::consts::EXE_SUFFIX));
    path.is_file().then_some(path)
}

pub fn run(binary: &Path, corpus: &Path, threads: usize) -> anyhow::Result<CliStats> {
    let gnu_time = Path::new(GNU_TIME).is_file();
    let mut cmd = if gnu_time {
        let mut c = Command::new(GNU_TIME);
        c.arg("-v").arg(binary);
        c
    } else {
        Command::new(binary)
    };
    cmd.arg("extract")
        .arg("--threads")
        .arg(threads.to_string())
        .arg(corpus)
        .arg("-o")
        .arg("/dev/null");
    let start = Instant::now();
    let output = cmd.output()?;
    let wall = start.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let field = |name: &str| {
        stderr
            .lines()
            .find_map(|l| l.trim().strip_prefix(name).map(|v| v.trim().to_string()))
    };
    let seconds = |name: &str| field(name).and_then(|v| v.parse::<f64>().ok());
    let cpu_seconds = seconds("User time (seconds):")
        .zip(seconds("System time (seconds):"))
        .map(|(u, s)| u + s);
    let peak_bytes = field("Maximum resident set size (kbytes):")
        .and_then(|v| v.parse::<u64>().ok())
        .map(|kb| kb * 1024);
    let summary = stderr
        .lines()
        .rfind(|l| l.starts_with("communique:"))
        .unwrap_or_default()
        .trim_start_matches("communique:")
        .trim()
        .to_string();
    Ok(CliStats {
        threads,
        wall,
        cpu_seconds,
        peak_bytes,
        summary,
        exit_code: output.status.code(),
    })
}
