//! The `communique` binary as a user runs it: outputs, error lines, summaries, exit codes.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn communique(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_communique"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

fn records(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON record per line"))
        .collect()
}

#[test]
fn extract_writes_one_record_per_seed_in_order() {
    let seeds = shared().join("seeds");
    let out = communique(&["extract", seeds.to_str().unwrap()], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out);
    let ids: Vec<&str> = recs
        .iter()
        .map(|r| r["document"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "000_e56c7479846dcf6a.txt",
            "001_df5243bf1c4e2f29.txt",
            "002_85deb69a06af6b7d.txt",
            "003_696e72025905c470.txt",
            "004_15d7fedb3d65d3cb.txt"
        ]
    );
    let keys: Vec<&str> = recs[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for key in [
        "document",
        "url",
        "language",
        "title",
        "published",
        "agency",
        "entities",
        "events",
    ] {
        assert!(keys.contains(&key), "record lacks {key}: {keys:?}");
    }
    assert!(String::from_utf8_lossy(&out.stderr).contains("5 processed, 0 skipped"));
}

#[test]
fn bad_inputs_are_reported_one_line_each_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("binary.dat"), b"\x00\x01\x02\x03binary").unwrap();
    std::fs::write(dir.path().join("empty.txt"), b"").unwrap();
    std::fs::write(
        dir.path().join("feed.jsonl"),
        "{\"id\":\"good\",\"text\":\"Президент Азербайджана Ильхам Алиев встретился с Президентом Казахстана Касым-Жомартом Токаевым.\"}\n{broken\n",
    )
    .unwrap();
    let out = communique(&["extract", dir.path().to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("binary.dat: binary content, not text"),
        "{stderr}"
    );
    assert!(stderr.contains("empty.txt: empty file"), "{stderr}");
    assert!(stderr.contains("feed.jsonl:2: malformed JSON"), "{stderr}");
    assert!(stderr.contains("1 processed, 3 skipped"), "{stderr}");
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["document"], "good");
    assert_eq!(recs[0]["events"][0]["type"], "CONSULT");
}

#[test]
fn standard_input_is_read_with_a_content_id() {
    let out = communique(
        &["extract", "--text", "-"],
        Some("Ильхам Алиев провел телефонный разговор с Реджепом Тайипом Эрдоганом."),
    );
    assert_eq!(out.status.code(), Some(0));
    let recs = records(&out);
    assert!(recs[0]["document"].as_str().unwrap().starts_with("sha256:"));
    assert!(recs[0]["text"].as_str().unwrap().contains("Эрдоганом"));
}

#[test]
fn usage_errors_exit_with_two() {
    assert_eq!(communique(&["extract"], None).status.code(), Some(2));
    assert_eq!(
        communique(&["no-such-command"], None).status.code(),
        Some(2)
    );
}

#[test]
fn eval_prints_the_figures() {
    let shared = shared();
    let seeds: Vec<String> = std::fs::read_dir(shared.join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    let mut args = vec!["eval", "--gold"];
    let gold = shared.join("gold").display().to_string();
    args.push(&gold);
    args.extend(seeds.iter().map(String::as_str));
    let out = communique(&args, None);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    for line in [
        "events ",
        "persons ",
        "countries ",
        "mode ",
        "cameo ",
        "dates ",
        "published ",
    ] {
        assert!(stdout.contains(line), "{line} missing in\n{stdout}");
    }
}

#[test]
fn a_broken_knowledge_base_is_refused_with_its_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("countries.toml"),
        "version = 1\n[[country]]\nid = \"AZ\"\nname = \"Azerbaijan\"\n",
    )
    .unwrap();
    let out = communique(
        &["kb", "check", "--data", dir.path().to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("countries.toml:3: country id \"AZ\" is not an ISO 3166 alpha-3 code"),
        "{stderr}"
    );
}

#[test]
fn a_killed_ingest_loses_nothing_committed_and_the_next_run_completes() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("pages");
    std::fs::create_dir(&pages).unwrap();
    let seeds: Vec<PathBuf> = std::fs::read_dir(shared().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let total = 120;
    for i in 0..total {
        let text = std::fs::read_to_string(&seeds[i % seeds.len()]).unwrap();
        std::fs::write(
            pages.join(format!("page_{i:04}.txt")),
            format!("{text}\n\nПримечание {i}."),
        )
        .unwrap();
    }
    let db = dir.path().join("store.db");
    let (db, pages) = (db.to_str().unwrap(), pages.to_str().unwrap());
    let mut child = Command::new(env!("CARGO_BIN_EXE_communique"))
        .args(["ingest", "--db", db, pages])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once some documents are in, well before the end.
    let started = std::time::Instant::now();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(100));
        if std::fs::metadata(db)
            .map(|m| m.len() > 120_000)
            .unwrap_or(false)
            || started.elapsed().as_secs() > 20
        {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();

    let out = communique(&["ingest", "--db", db, pages], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary = String::from_utf8_lossy(&out.stderr).to_string();
    let count = |word: &str| -> usize {
        summary
            .split(',')
            .find(|p| p.contains(word))
            .and_then(|p| p.split_whitespace().rev().nth(1)?.parse().ok())
            .unwrap_or(0)
    };
    let (inserted, unchanged) = (count("inserted"), count("unchanged"));
    assert_eq!(inserted + unchanged, total, "{summary}");
    assert!(unchanged > 0, "the kill came after some commits: {summary}");
    assert!(inserted > 0, "the kill came before the end: {summary}");
    // A third run finds everything in place.
    let again = communique(&["ingest", "--db", db, pages], None);
    assert!(
        String::from_utf8_lossy(&again.stderr).contains(&format!("0 inserted, {total} unchanged")),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
}
