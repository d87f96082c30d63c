//! Ingest: round trip, idempotence, replacement, fusion across languages.

mod common;

use common::*;
use communique_record::EntityKind;
use communique_store::{EventFilter, IngestOutcome, Store};

fn all_events(store: &mut Store) -> Vec<communique_store::EventRow> {
    store.events(&EventFilter::default()).unwrap().items
}

#[test]
fn round_trip_keeps_text_mentions_and_events() {
    for db in backends() {
        let mut store = db.open();
        let ru = visit_ru();
        let az = visit_az();
        assert_eq!(
            store.ingest(&ru).unwrap(),
            IngestOutcome::Inserted,
            "{}",
            db.name
        );
        assert_eq!(store.ingest(&az).unwrap(), IngestOutcome::Inserted);

        let view = store.document("kz-ru-0311").unwrap().expect("stored");
        assert_eq!(view.text, ru.text);
        assert_eq!(view.document.language, "ru");
        assert_eq!(view.document.published.as_deref(), Some("2025-03-11T13:02"));
        assert_eq!(view.document.agency.as_deref(), Some("Kazinform"));
        assert_eq!(
            view.document.schema_version,
            communique_record::SCHEMA_VERSION
        );
        assert_eq!(
            view.document.content_hash,
            communique_store::content_hash(&ru)
        );
        // Mentions come back in text order with their Cyrillic surface forms, and
        // the offsets still point at those forms in the stored text.
        let text: Vec<char> = view.text.as_deref().unwrap().chars().collect();
        let forms: Vec<&str> = view.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(
            forms,
            [
                "Казахстан",
                "Азербайджана",
                "Джейхун Байрамов",
                "Муратом Нуртлеу",
                "Байрамов"
            ]
        );
        for m in &view.mentions {
            let s: String = text[m.start..m.end].iter().collect();
            assert_eq!(s, m.text, "{}", db.name);
        }
        let bayramov = view
            .mentions
            .iter()
            .find(|m| m.text == "Джейхун Байрамов")
            .unwrap();
        assert_eq!(bayramov.entity_id, BAYRAMOV);
        assert_eq!(bayramov.entity_name, "Jeyhun Bayramov");
        assert_eq!(bayramov.kind, EntityKind::Person);
        // Per-document events are returned exactly as extracted, each linked to a fused event.
        assert_eq!(view.events.len(), 3);
        for (stored, original) in view.events.iter().zip(&ru.events) {
            assert_eq!(&stored.event, original);
            assert!(stored.fused_id.as_deref().unwrap().starts_with("ev-"));
        }

        let az_view = store.document("az-az-0311").unwrap().unwrap();
        assert_eq!(az_view.mentions[0].text, "Ceyhun Bayramov");
        assert!(az_view.mentions.iter().any(|m| m.text == "Bayramovla"));
        assert_eq!(az_view.events[0].event, az.events[0]);

        let stats = store.stats().unwrap();
        assert_eq!(stats.documents, 2);
        assert_eq!(stats.entities, 4);
        assert_eq!(stats.mentions, 5 + 5);
        assert_eq!(stats.event_sources, 4);
        assert_eq!(
            stats.events, 3,
            "the two reports of the visit are one event"
        );
        assert_eq!(stats.schema_version, 1);
        assert!(store.document("missing").unwrap().is_none());
    }
}

#[test]
fn reingesting_the_same_record_changes_nothing() {
    for db in backends() {
        let mut store = db.open();
        for r in corpus() {
            assert_eq!(store.ingest(&r).unwrap(), IngestOutcome::Inserted);
        }
        let before = store.stats().unwrap();
        let events_before = all_events(&mut store);
        let ingested_at = store
            .document("kz-ru-0311")
            .unwrap()
            .unwrap()
            .document
            .ingested_at;
        // Reopening the store (a new process) and re-ingesting: all unchanged.
        drop(store);
        let mut store = db.open();
        let summary = store.ingest_records(corpus().into_iter().map(Ok));
        assert_eq!(
            (
                summary.unchanged,
                summary.inserted,
                summary.replaced,
                summary.failed
            ),
            (4, 0, 0, 0)
        );
        assert_eq!(store.stats().unwrap(), before);
        assert_eq!(all_events(&mut store), events_before);
        let again = store
            .document("kz-ru-0311")
            .unwrap()
            .unwrap()
            .document
            .ingested_at;
        assert_eq!(again, ingested_at, "an unchanged document is not rewritten");
    }
}

#[test]
fn a_changed_record_replaces_its_rows_and_fusion() {
    for db in backends() {
        let mut store = db.open();
        store.ingest(&visit_ru()).unwrap();
        store.ingest(&visit_az()).unwrap();
        let fused = store.timeline("AZE", "KAZ", None, 0).unwrap();
        let consult: Vec<_> = fused
            .items
            .iter()
            .filter(|e| e.event_type == "CONSULT")
            .collect();
        assert_eq!(consult.len(), 1);
        assert_eq!(consult[0].num_documents, 2);

        // The Azerbaijani outlet corrects its article: the meeting was on the 14th
        // (not compatible with the 11th any more), and Nurtleu's mention is dropped.
        let mut changed = visit_az();
        changed.events[0].date = Some("2025-03-14".into());
        changed.entities.retain(|e| e.id != NURTLEU);
        assert_eq!(
            store.ingest(&changed).unwrap(),
            IngestOutcome::Replaced,
            "{}",
            db.name
        );

        let view = store.document("az-az-0311").unwrap().unwrap();
        assert!(view.mentions.iter().all(|m| m.entity_id != NURTLEU));
        assert_eq!(view.events[0].event.date.as_deref(), Some("2025-03-14"));
        let consult: Vec<_> = all_events(&mut store)
            .into_iter()
            .filter(|e| e.event_type == "CONSULT")
            .collect();
        assert_eq!(consult.len(), 2, "the correction splits the fused event");
        let by_doc = |doc: &str| {
            consult
                .iter()
                .find(|e| e.sources[0].document == doc)
                .unwrap()
                .clone()
        };
        let ru_event = by_doc("kz-ru-0311");
        let az_event = by_doc("az-az-0311");
        assert_eq!(ru_event.num_documents, 1);
        assert_eq!(ru_event.mode, "visit");
        assert_eq!(az_event.date.as_deref(), Some("2025-03-14"));
        assert_eq!(az_event.mode, "meeting");
        assert_eq!(store.stats().unwrap().event_sources, 4);

        // Back to the original: one fused event again, with the original id.
        assert_eq!(store.ingest(&visit_az()).unwrap(), IngestOutcome::Replaced);
        let consult: Vec<_> = all_events(&mut store)
            .into_iter()
            .filter(|e| e.event_type == "CONSULT")
            .collect();
        assert_eq!(consult.len(), 1);
        assert_eq!(
            consult[0].id, ru_event.id,
            "the id follows the earliest source"
        );
        assert_eq!(consult[0].num_documents, 2);
    }
}

#[test]
fn one_meeting_in_russian_and_azerbaijani_is_one_event_with_two_sources() {
    for db in backends() {
        let mut store = db.open();
        store.ingest(&visit_az()).unwrap();
        store.ingest(&visit_ru()).unwrap();
        let page = store
            .events(&EventFilter {
                event_type: Some("CONSULT".into()),
                country: Some("AZE".into()),
                counterpart: Some("KAZ".into()),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(page.total, 1, "{}: counted once", db.name);
        let ev = &page.items[0];
        assert_eq!(ev.mode, "visit", "visit is more specific than meeting");
        assert_eq!(ev.cameo, "042");
        assert_eq!(
            ev.date.as_deref(),
            Some("2025-03-11"),
            "exact date wins over XXXX-03-11"
        );
        // Direction of the visit: Azerbaijan (visitor) to Kazakhstan (host), and the
        // Azerbaijani report, written Kazakh side first, was turned round to match.
        assert_eq!(ev.source.countries, ["AZE"]);
        assert_eq!(ev.target.countries, ["KAZ"]);
        assert_eq!(ev.source.persons, [BAYRAMOV]);
        assert_eq!(ev.target.persons, [NURTLEU]);
        assert_eq!(ev.topics, ["transport", "trade", "digital"]);
        assert_eq!(ev.confidence, 0.92);
        assert_eq!(ev.location.place.as_deref(), Some("place:astana"));
        assert_eq!(ev.num_documents, 2);
        assert_eq!(ev.num_evidence, 2);
        assert_eq!(ev.status, "occurred");
        let docs: Vec<&str> = ev.sources.iter().map(|s| s.document.as_str()).collect();
        assert_eq!(
            docs,
            ["kz-ru-0311", "az-az-0311"],
            "earliest publication first"
        );
        let langs: Vec<&str> = ev.sources.iter().map(|s| s.language.as_str()).collect();
        assert_eq!(langs, ["ru", "az"]);
        assert!(ev.sources[0].evidence[0].text.contains("Джейхун Байрамов"));
        assert!(ev.sources[1].evidence[0]
            .text
            .contains("Ceyhun Bayramovla görüşüb"));
        assert_eq!(ev.sources[1].mode, "meeting");
        assert_eq!(ev.sources[1].date.as_deref(), Some("XXXX-03-11"));
        assert_eq!(ev.sources[0].outlet.as_deref(), Some("Kazinform"));
        // The fused event is reachable by id, with the same content.
        assert_eq!(store.event(&ev.id).unwrap().as_ref(), Some(ev));
    }
}

#[test]
fn two_meetings_of_the_same_ministers_on_different_days_stay_two() {
    for db in backends() {
        let mut store = db.open();
        store.ingest(&visit_ru()).unwrap();
        store.ingest(&visit_az()).unwrap();
        store.ingest(&meeting_april_ru()).unwrap();
        let page = store
            .events(&EventFilter {
                event_type: Some("CONSULT".into()),
                person: Some(NURTLEU.into()),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(page.total, 2, "{}", db.name);
        let dates: Vec<_> = page.items.iter().map(|e| e.date.clone().unwrap()).collect();
        assert_eq!(dates, ["2025-03-11", "2025-04-20"]);
        assert_eq!(page.items[0].num_documents, 2);
        assert_eq!(page.items[1].num_documents, 1);
        assert_eq!(page.items[1].mode, "meeting");
        assert_ne!(page.items[0].id, page.items[1].id);
    }
}

#[test]
fn fusion_does_not_depend_on_ingest_order() {
    let mut results = Vec::new();
    for order in [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]] {
        let db = sqlite_db();
        let mut store = db.open();
        let c = corpus();
        for i in order {
            store.ingest(&c[i]).unwrap();
        }
        let mut events = all_events(&mut store);
        events.sort_by(|a, b| a.id.cmp(&b.id));
        results.push(events);
    }
    assert_eq!(results[0].len(), 7);
    assert_eq!(results[0], results[1]);
    assert_eq!(results[0], results[2]);
}

#[test]
fn deleting_a_document_removes_its_contribution() {
    for db in backends() {
        let mut store = db.open();
        store.ingest(&visit_ru()).unwrap();
        store.ingest(&visit_az()).unwrap();
        assert!(store.delete_document("kz-ru-0311").unwrap());
        assert!(!store.delete_document("kz-ru-0311").unwrap());
        let events = all_events(&mut store);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].mode, "meeting");
        assert_eq!(events[0].date.as_deref(), Some("XXXX-03-11"));
        assert_eq!(events[0].sources.len(), 1);
        let stats = store.stats().unwrap();
        assert_eq!(
            (stats.documents, stats.event_sources, stats.mentions),
            (1, 1, 5)
        );
        // Re-fusing everything from scratch gives the same store.
        assert_eq!(store.refuse_all().unwrap(), 1);
        assert_eq!(all_events(&mut store), events);
    }
}

#[test]
fn bad_records_fail_alone_and_the_run_goes_on() {
    let db = sqlite_db();
    let mut store = db.open();
    let mut bad = visit_ru();
    bad.document = "broken".into();
    bad.entities[0].mentions[0].end = 0;
    let mut failures = Vec::new();
    let summary = store.ingest_records_with(
        vec![
            Ok(visit_az()),
            Err("page.html: not UTF-8, Windows-1251 or KOI8-R".to_owned()),
            Ok(bad),
            Ok(phone_az()),
        ],
        |p| {
            if let communique_store::Progress::Failed { document, reason } = p {
                failures.push(format!("{document}: {reason}"));
            }
        },
    );
    assert_eq!((summary.inserted, summary.failed), (2, 2));
    assert_eq!(
        summary.to_string(),
        "2 inserted, 0 unchanged, 0 replaced, 2 failed"
    );
    assert_eq!(failures.len(), 2);
    assert!(failures[0].starts_with("-: page.html"));
    assert!(
        failures[1].starts_with("broken: invalid record"),
        "{}",
        failures[1]
    );
    assert!(
        store.document("broken").unwrap().is_none(),
        "nothing of a bad record is written"
    );
    assert_eq!(store.stats().unwrap().documents, 2);
}
