//! Export formats: JSON Lines, CSV parsed back, GDELT-like columns checked.

mod common;

use common::*;
use communique_store::export::{global_event_id, CSV_COLUMNS, GDELT_COLUMNS};
use communique_store::{EventFilter, EventRow, ExportFormat, Store};
use std::collections::HashMap;

fn loaded(db: &TestDb) -> Store {
    let mut store = db.open();
    for r in corpus() {
        store.ingest(&r).unwrap();
    }
    store
}

fn export(store: &mut Store, format: ExportFormat, filter: &EventFilter) -> (usize, String) {
    let mut out = Vec::new();
    let n = store.export(filter, format, &mut out).unwrap();
    (n, String::from_utf8(out).unwrap())
}

#[test]
fn jsonl_is_one_fused_event_per_line() {
    for db in backends() {
        let mut s = loaded(&db);
        let (n, text) = export(&mut s, ExportFormat::Jsonl, &EventFilter::default());
        assert_eq!(n, 7, "{}", db.name);
        let parsed: Vec<EventRow> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(parsed, s.events(&EventFilter::default()).unwrap().items);
        let visit = parsed
            .iter()
            .find(|e| e.mode == "visit" && e.status == "occurred")
            .unwrap();
        assert_eq!(visit.sources.len(), 2);
        // Field names follow the record: `type`, `source`, `target`.
        let raw: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
        assert!(raw.get("type").is_some() && raw.get("sources").is_some());
    }
}

#[test]
fn csv_parses_back_with_the_documented_columns() {
    for db in backends() {
        let mut s = loaded(&db);
        let (n, text) = export(&mut s, ExportFormat::Csv, &EventFilter::default());
        assert_eq!(n, 7);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header, CSV_COLUMNS);
        let rows: Vec<HashMap<String, String>> = reader
            .records()
            .map(|r| {
                header
                    .iter()
                    .cloned()
                    .zip(r.unwrap().iter().map(String::from))
                    .collect()
            })
            .collect();
        assert_eq!(rows.len(), 7, "{}", db.name);
        let visit = rows
            .iter()
            .find(|r| r["mode"] == "visit" && r["status"] == "occurred")
            .unwrap();
        assert_eq!(visit["type"], "CONSULT");
        assert_eq!(visit["cameo"], "042");
        assert_eq!(visit["date"], "2025-03-11");
        assert_eq!(visit["source_countries"], "AZE");
        assert_eq!(visit["source_persons"], BAYRAMOV);
        assert_eq!(visit["target_persons"], NURTLEU);
        assert_eq!(visit["topics"], "transport;trade;digital");
        assert_eq!(visit["reports"], "kz-ru-0311;az-az-0311");
        assert_eq!(visit["num_documents"], "2");
        assert_eq!(visit["confidence"], "0.92");
        assert_eq!(visit["evidence_document"], "kz-ru-0311");
        assert!(visit["evidence_text"].starts_with("Министр иностранных дел Азербайджана"));
        let (start, end) = span(visit_ru().text.as_deref().unwrap(), &visit["evidence_text"]);
        assert_eq!(visit["evidence_start"], start.to_string());
        assert_eq!(visit["evidence_end"], end.to_string());
        let sign = rows.iter().find(|r| r["mode"] == "sign").unwrap();
        assert_eq!(sign["documents_signed"], "План действий на 2025-2026 гг.");
    }
}

#[test]
fn gdelt_table_has_cameo_codes_goldstein_and_counts() {
    for db in backends() {
        let mut s = loaded(&db);
        let (n, text) = export(&mut s, ExportFormat::Gdelt, &EventFilter::default());
        assert_eq!(n, 7);
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
        assert_eq!(header, GDELT_COLUMNS);
        let rows: Vec<HashMap<&str, &str>> = lines
            .map(|l| {
                let cells: Vec<&str> = l.split('\t').collect();
                assert_eq!(cells.len(), header.len(), "{l}");
                header.iter().copied().zip(cells).collect()
            })
            .collect();
        assert_eq!(rows.len(), 7, "{}", db.name);
        let by_mode = |mode: &str, status: &str| {
            rows.iter()
                .find(|r| r["CommuniqueMode"] == mode && r["CommuniqueStatus"] == status)
                .unwrap_or_else(|| panic!("no {mode} row"))
        };
        let visit = by_mode("visit", "occurred");
        assert_eq!(visit["SQLDATE"], "20250311");
        assert_eq!(visit["MonthYear"], "202503");
        assert_eq!(visit["Year"], "2025");
        assert_eq!(visit["FractionDate"], "2025.2767", "2025 + (3*30 + 11)/365");
        assert_eq!(visit["Actor1Code"], "AZE");
        assert_eq!(visit["Actor1Name"], "AZERBAIJAN");
        assert_eq!(visit["Actor1CountryCode"], "AZE");
        assert_eq!(visit["Actor2Code"], "KAZ");
        assert_eq!(visit["Actor2Name"], "KAZAKHSTAN");
        assert_eq!(visit["Actor2CountryCode"], "KAZ");
        assert_eq!(visit["IsRootEvent"], "1");
        assert_eq!(visit["EventCode"], "042");
        assert_eq!(visit["EventBaseCode"], "042");
        assert_eq!(visit["EventRootCode"], "04");
        assert_eq!(visit["QuadClass"], "1");
        assert_eq!(visit["GoldsteinScale"], "1.9");
        assert_eq!(visit["NumMentions"], "2");
        assert_eq!(visit["NumSources"], "2", "Kazinform and APA");
        assert_eq!(visit["NumArticles"], "2");
        assert_eq!(visit["ActionGeo_Type"], "4");
        assert_eq!(visit["ActionGeo_CountryCode"], "KAZ");
        assert_eq!(visit["SOURCEURL"], "https://news.example/kz-ru-0311");
        assert_eq!(visit["Actor1Persons"], BAYRAMOV);
        assert_eq!(visit["EvidenceDocument"], "kz-ru-0311");
        let id = visit["CommuniqueEventId"];
        assert_eq!(
            visit["GLOBALEVENTID"],
            global_event_id(id).unwrap().to_string()
        );

        let sign = by_mode("sign", "occurred");
        assert_eq!(
            (sign["EventCode"], sign["GoldsteinScale"], sign["QuadClass"]),
            ("057", "8.0", "1")
        );
        let phone = by_mode("phone", "occurred");
        assert_eq!(
            (phone["EventCode"], phone["GoldsteinScale"]),
            ("041", "1.0")
        );
        assert_eq!(phone["SQLDATE"], "20240924");
        let condolence = by_mode("condolence", "occurred");
        assert_eq!(
            (condolence["EventRootCode"], condolence["GoldsteinScale"]),
            ("01", "3.4")
        );
        // Undated: filed under its report's publication day, as GDELT does.
        let gratitude = by_mode("gratitude", "occurred");
        assert_eq!(gratitude["SQLDATE"], "20250311");
        assert_eq!(gratitude["CommuniqueDate"], "");
        // Partial date: CommuniqueDate keeps it, SQLDATE falls back to publication.
        let planned = by_mode("visit", "planned");
        assert_eq!(planned["CommuniqueDate"], "2024-10");
        assert_eq!(planned["SQLDATE"], "20240924");
        assert_eq!(planned["Actor1CountryCode"], "KAZ");

        let mut ids: Vec<&str> = rows.iter().map(|r| r["GLOBALEVENTID"]).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 7, "GLOBALEVENTID is unique");
    }
}

#[test]
fn export_respects_filters_and_limits() {
    let db = sqlite_db();
    let mut s = loaded(&db);
    let f = EventFilter {
        person: Some(ALIYEV.into()),
        ..Default::default()
    };
    let (n, text) = export(&mut s, ExportFormat::Jsonl, &f);
    assert_eq!((n, text.lines().count()), (2, 2));
    let f = EventFilter {
        limit: Some(3),
        offset: 1,
        ..Default::default()
    };
    let (n, text) = export(&mut s, ExportFormat::Gdelt, &f);
    assert_eq!((n, text.lines().count()), (3, 4));
}
