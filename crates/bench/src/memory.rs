//! Process memory and CPU time from `/proc`, the figures the benchmark
//! reports next to throughput.
//!
//! Peak resident memory is the kernel's high-water mark (`VmHWM`). Writing
//! `5` to `/proc/self/clear_refs` resets it (Linux 4.0 and later), which lets
//! one process measure several runs, and leave corpus generation out of them.

use std::fs;

/// Reset the peak-memory mark to the current resident size. False when the
/// kernel does not allow it; peaks then cover the whole process so far.
pub fn reset_peak() -> bool {
    fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// Peak resident memory since start or the last reset, in bytes.
pub fn peak_bytes() -> Option<u64> {
    status_kb("VmHWM:").map(|kb| kb * 1024)
}

fn status_kb(field: &str) -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line[field.len()..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

/// User plus system CPU time of this process so far, in seconds.
///
/// `/proc/self/stat` counts clock ticks; Linux fixes USER_HZ at 100 on every
/// architecture std runs on, so no `sysconf` call is needed.
pub fn cpu_seconds() -> Option<f64> {
    let stat = fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) as f64 / 100.0)
}
