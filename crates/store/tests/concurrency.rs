//! Several writers at once (threads with their own connections, as separate
//! `ingest` processes would have) neither lose nor duplicate events, and end in
//! the same state as one writer.

mod common;

use common::*;
use communique_store::{EventFilter, EventRow, IngestOutcome};
use std::sync::Barrier;

const DOCS: usize = 48;
const THREADS: usize = 4;
const SHARED: usize = 4;

fn sorted_events(store: &mut communique_store::Store) -> Vec<EventRow> {
    let mut v = store.events(&EventFilter::default()).unwrap().items;
    v.sort_by(|a, b| a.id.cmp(&b.id));
    v
}

fn concurrent_ingest(db: &TestDb) {
    let barrier = Barrier::new(THREADS);
    let outcomes: Vec<Vec<IngestOutcome>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..THREADS)
            .map(|t| {
                let barrier = &barrier;
                scope.spawn(move || {
                    // Open at the same moment too: migrations must not race.
                    barrier.wait();
                    let mut store = db.open();
                    // The four reports of each meeting go to four different writers,
                    // so every bucket is contended; every writer also ingests the
                    // first SHARED documents, so one document id is contended.
                    let mut mine: Vec<usize> = (0..DOCS).filter(|i| i % THREADS == t).collect();
                    if t % 2 == 1 {
                        mine.reverse();
                    }
                    mine.extend((0..SHARED).filter(|i| i % THREADS != t));
                    mine.into_iter()
                        .map(|i| store.ingest(&synthetic(i, 5)).unwrap())
                        .collect()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let flat: Vec<IngestOutcome> = outcomes.into_iter().flatten().collect();
    let count = |o: IngestOutcome| flat.iter().filter(|x| **x == o).count();
    assert_eq!(
        count(IngestOutcome::Inserted),
        DOCS,
        "{}: each document inserted once",
        db.name
    );
    assert_eq!(count(IngestOutcome::Unchanged), SHARED * (THREADS - 1));
    assert_eq!(count(IngestOutcome::Replaced), 0);

    let mut store = db.open();
    let stats = store.stats().unwrap();
    assert_eq!(stats.documents, DOCS as u64);
    assert_eq!(stats.event_sources, (DOCS * 2) as u64);
    assert_eq!(
        stats.events,
        (DOCS / 4 * 2) as u64,
        "{}: no lost or duplicated event",
        db.name
    );
    let concurrent = sorted_events(&mut store);
    assert!(concurrent.iter().all(|e| e.num_documents == 4));

    let serial_db = sqlite_db();
    let mut serial = serial_db.open();
    for i in 0..DOCS {
        serial.ingest(&synthetic(i, 5)).unwrap();
    }
    assert_eq!(
        concurrent,
        sorted_events(&mut serial),
        "{}: same as one writer",
        db.name
    );
}

#[test]
fn concurrent_writers_end_like_one_writer() {
    for db in backends() {
        concurrent_ingest(&db);
    }
}
