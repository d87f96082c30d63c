//! Crash safety: a real process ingesting is killed with SIGKILL mid-run; every
//! document it left is complete, and the next run completes the rest.
//!
//! The child is this same test binary re-run on `crash_child_worker` with the
//! database in an environment variable, so no extra binary is needed.

mod common;

use common::*;
use communique_store::{EventFilter, IngestOutcome, Store};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHILD_DB: &str = "COMMUNIQUE_CRASH_CHILD_DB";
const DOCS: usize = 200;
const MENTIONS: usize = 100;
const KILL_AFTER: u64 = 20;

/// Not a test of its own: the body of the child process (a no-op otherwise).
#[test]
fn crash_child_worker() {
    let Ok(location) = std::env::var(CHILD_DB) else {
        return;
    };
    let mut store = Store::open(&location).unwrap();
    for i in 0..DOCS {
        store.ingest(&synthetic(i, MENTIONS)).unwrap();
    }
}

fn doc_index(id: &str) -> usize {
    id.strip_prefix("syn-").unwrap().parse().unwrap()
}

fn kill_mid_ingest_then_resume(db: &TestDb) {
    // Schema first, so the observer below never races the child's migration.
    let mut observer = db.open();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "crash_child_worker",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env(CHILD_DB, &db.location)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(5));
        if observer.stats().unwrap().documents >= KILL_AFTER {
            break;
        }
        if let Some(status) = child.try_wait().unwrap() {
            panic!(
                "{}: the child ended ({status}) before it could be killed",
                db.name
            );
        }
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "child too slow"
        );
    }
    child.kill().unwrap(); // SIGKILL: no destructor, no rollback, no flush
    let status = child.wait().unwrap();
    assert!(
        !status.success(),
        "{}: the child was killed, not finished",
        db.name
    );
    drop(observer);

    // Reopen (SQLite recovers its WAL here) and check every document present.
    let mut store = db.open();
    let docs = store.documents(None, 0).unwrap().items;
    let k = docs.len();
    assert!(
        k >= KILL_AFTER as usize && k < DOCS,
        "{}: {k} documents survived",
        db.name
    );
    let mut indices: Vec<usize> = docs.iter().map(|d| doc_index(&d.id)).collect();
    indices.sort_unstable();
    assert_eq!(
        indices,
        (0..k).collect::<Vec<_>>(),
        "committed documents are a prefix"
    );
    for d in &docs {
        let i = doc_index(&d.id);
        let expected = synthetic(i, MENTIONS);
        let view = store.document(&d.id).unwrap().unwrap();
        assert_eq!(view.text, expected.text, "{}", d.id);
        assert_eq!(
            view.mentions.len(),
            MENTIONS,
            "{}: all mentions or none",
            d.id
        );
        assert_eq!(view.events.len(), 2, "{}", d.id);
        for (got, want) in view.events.iter().zip(&expected.events) {
            assert_eq!(&got.event, want);
            assert!(
                got.fused_id.is_some(),
                "{}: fused in the same transaction",
                d.id
            );
        }
    }
    // Fused events of the survivors are exactly what a clean run of them gives.
    let survivors = store.events(&EventFilter::default()).unwrap().items;
    let clean_db = sqlite_db();
    let mut clean = clean_db.open();
    for i in 0..k {
        clean.ingest(&synthetic(i, MENTIONS)).unwrap();
    }
    assert_eq!(
        survivors,
        clean.events(&EventFilter::default()).unwrap().items
    );

    // The next run skips what is there and completes the rest.
    let summary = store.ingest_records((0..DOCS).map(|i| Ok(synthetic(i, MENTIONS))));
    assert_eq!(
        (summary.unchanged, summary.inserted, summary.failed),
        (k, DOCS - k, 0)
    );
    let stats = store.stats().unwrap();
    assert_eq!(stats.documents, DOCS as u64);
    assert_eq!(stats.mentions, (DOCS * MENTIONS) as u64);
    assert_eq!(stats.event_sources, (DOCS * 2) as u64);
    // Four reports per meeting, each with one meeting and one undated praise.
    assert_eq!(stats.events, (DOCS / 4 * 2) as u64);
    let all = store.events(&EventFilter::default()).unwrap().items;
    assert!(all
        .iter()
        .all(|e| e.num_documents == 4 && e.sources.len() == 4));
    assert_eq!(
        store.ingest(&synthetic(0, MENTIONS)).unwrap(),
        IngestOutcome::Unchanged
    );
}

#[test]
fn killed_ingest_leaves_only_whole_documents() {
    for db in backends() {
        kill_mid_ingest_then_resume(&db);
    }
}
