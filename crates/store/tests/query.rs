//! Queries: every event filter, timelines, entity search and profiles, pagination.

mod common;

use common::*;
use communique_record::{EntityKind, Side};
use communique_store::{EventFilter, EventRow, Store};

/// The corpus plus a Russian note of Azerbaijan praising the UN (an organisation
/// as the target side), published 1 May 2025 with no event date.
fn loaded(db: &TestDb) -> Store {
    let mut store = db.open();
    for r in corpus() {
        store.ingest(&r).unwrap();
    }
    let text = "Азербайджан высоко оценил роль ООН в регионе.";
    let mut r = record("un-ru-0501", "ru", "2025-05-01", "Азербайджан и ООН", text);
    entity(
        &mut r,
        "org:un",
        EntityKind::Organization,
        "United Nations",
        None,
        None,
        &["ООН"],
    );
    event(
        &mut r,
        "SUPPORT",
        "praise",
        "051",
        None,
        side(&["AZE"], &[]),
        Side {
            organizations: vec!["org:un".into()],
            ..Side::default()
        },
        "Азербайджан высоко оценил роль ООН в регионе.",
    );
    store.ingest(&r).unwrap();
    store
}

fn query(store: &mut Store, f: EventFilter) -> Vec<EventRow> {
    let page = store.events(&f).unwrap();
    assert_eq!(
        page.total as usize,
        page.items.len(),
        "no limit: the page is everything"
    );
    page.items
}

fn summary(events: &[EventRow]) -> Vec<String> {
    events
        .iter()
        .map(|e| {
            format!(
                "{} {} {}",
                e.date.as_deref().unwrap_or("-"),
                e.event_type,
                e.mode
            )
        })
        .collect()
}

#[test]
fn each_event_filter() {
    for db in backends() {
        let mut s = loaded(&db);
        let all = query(&mut s, EventFilter::default());
        assert_eq!(
            summary(&all),
            [
                "2024-09-24 CONSULT phone",
                "2024-09-24 SUPPORT condolence",
                "2024-10 CONSULT visit",
                "2025-03-11 AGREE sign",
                "2025-03-11 CONSULT visit",
                "- SUPPORT gratitude",
                "2025-04-20 CONSULT meeting",
                "- SUPPORT praise",
            ],
            "{}: chronological, undated events on their publication day",
            db.name
        );

        let f = |build: fn(&mut EventFilter)| {
            let mut f = EventFilter::default();
            build(&mut f);
            f
        };
        assert_eq!(
            query(&mut s, f(|f| f.country = Some("aze".into()))).len(),
            8
        );
        assert_eq!(
            query(&mut s, f(|f| f.country = Some("country:KAZ".into()))).len(),
            7
        );
        let dyad = query(
            &mut s,
            f(|f| {
                f.country = Some("KAZ".into());
                f.counterpart = Some("AZE".into());
            }),
        );
        assert_eq!(dyad.len(), 7);
        assert_eq!(
            query(&mut s, f(|f| f.counterpart = Some("KAZ".into()))).len(),
            7
        );
        assert_eq!(
            summary(&query(&mut s, f(|f| f.person = Some(ALIYEV.into())))),
            ["2024-09-24 CONSULT phone", "2024-09-24 SUPPORT condolence"]
        );
        assert_eq!(
            query(&mut s, f(|f| f.person = Some(TOKAYEV.into()))).len(),
            3
        );
        let un = query(&mut s, f(|f| f.organization = Some("org:un".into())));
        assert_eq!(summary(&un), ["- SUPPORT praise"]);
        assert_eq!(un[0].target.organizations, ["org:un"]);
        assert_eq!(
            summary(&query(&mut s, f(|f| f.event_type = Some("support".into())))),
            [
                "2024-09-24 SUPPORT condolence",
                "- SUPPORT gratitude",
                "- SUPPORT praise"
            ]
        );
        assert_eq!(
            summary(&query(&mut s, f(|f| f.mode = Some("visit".into())))),
            ["2024-10 CONSULT visit", "2025-03-11 CONSULT visit"]
        );
        let planned = query(&mut s, f(|f| f.status = Some("planned".into())));
        assert_eq!(summary(&planned), ["2024-10 CONSULT visit"]);
        assert_eq!(planned[0].source.countries, ["KAZ"], "Tokayev visits Baku");
        assert_eq!(
            query(&mut s, f(|f| f.status = Some("occurred".into()))).len(),
            7
        );
        assert_eq!(
            summary(&query(
                &mut s,
                f(|f| f.document = Some("az-az-0924".into()))
            )),
            [
                "2024-09-24 CONSULT phone",
                "2024-09-24 SUPPORT condolence",
                "2024-10 CONSULT visit"
            ]
        );
        // Date ranges: partial dates match by overlap of their possible days.
        assert_eq!(
            summary(&query(
                &mut s,
                f(|f| {
                    f.from = Some("2025-03".into());
                    f.to = Some("2025-03".into());
                })
            )),
            [
                "2025-03-11 AGREE sign",
                "2025-03-11 CONSULT visit",
                "- SUPPORT gratitude"
            ]
        );
        assert_eq!(
            summary(&query(&mut s, f(|f| f.from = Some("2024-10-15".into()))))
                .first()
                .map(String::as_str),
            Some("2024-10 CONSULT visit"),
            "October 2024 may be the 15th or later"
        );
        assert_eq!(query(&mut s, f(|f| f.to = Some("2024".into()))).len(), 3);
        assert_eq!(
            query(&mut s, f(|f| f.from = Some("2025-04-21".into()))).len(),
            1
        );
        // Combined filters.
        assert_eq!(
            summary(&query(
                &mut s,
                f(|f| {
                    f.country = Some("AZE".into());
                    f.counterpart = Some("KAZ".into());
                    f.event_type = Some("CONSULT".into());
                    f.from = Some("2025".into());
                    f.to = Some("2025-12-31".into());
                })
            )),
            ["2025-03-11 CONSULT visit", "2025-04-20 CONSULT meeting"]
        );
        assert!(s.events(&f(|f| f.from = Some("soon".into()))).is_err());
    }
}

#[test]
fn pages_and_order() {
    for db in backends() {
        let mut s = loaded(&db);
        let page = s
            .events(&EventFilter {
                country: Some("AZE".into()),
                limit: Some(2),
                offset: 2,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(page.total, 8);
        assert_eq!(
            summary(&page.items),
            ["2024-10 CONSULT visit", "2025-03-11 AGREE sign"]
        );
        let newest = s
            .events(&EventFilter {
                newest_first: true,
                limit: Some(1),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(summary(&newest.items), ["- SUPPORT praise"]);
        assert_eq!(newest.total, 8);
        let beyond = s
            .events(&EventFilter {
                limit: Some(5),
                offset: 50,
                ..Default::default()
            })
            .unwrap();
        assert!(beyond.items.is_empty());
        assert_eq!(beyond.total, 8);
    }
}

#[test]
fn dyad_and_person_timelines() {
    for db in backends() {
        let mut s = loaded(&db);
        let t = s.timeline("AZE", "KAZ", None, 0).unwrap();
        assert_eq!(
            t.total, 7,
            "{}: the UN praise is not part of the dyad",
            db.name
        );
        let days: Vec<_> = t
            .items
            .iter()
            .map(|e| e.date.clone().unwrap_or_default())
            .collect();
        let mut sorted = days.clone();
        sorted.sort();
        assert_eq!(days[0], "2024-09-24");
        let t = s.timeline(BAYRAMOV, NURTLEU, None, 0).unwrap();
        assert_eq!(
            summary(&t.items),
            ["2025-03-11 CONSULT visit", "2025-04-20 CONSULT meeting"]
        );
        assert_eq!(t.items[0].sources.len(), 2);
        assert!(s.timeline("AZE", "ARM", None, 0).unwrap().items.is_empty());
    }
}

#[test]
fn entity_search_by_any_name_in_any_language() {
    for db in backends() {
        let mut s = loaded(&db);
        let ids = |s: &mut Store, q: &str, kind: Option<EntityKind>| -> Vec<String> {
            s.search_entities(q, kind, None, 0)
                .unwrap()
                .items
                .into_iter()
                .map(|e| e.id)
                .collect()
        };
        // Russian inflected surface form, searched in lower case.
        let hits = s.search_entities("байрамов", None, None, 0).unwrap();
        assert_eq!(hits.total, 1, "{}", db.name);
        let b = &hits.items[0];
        assert_eq!(b.id, BAYRAMOV);
        assert_eq!(b.name, "Jeyhun Bayramov");
        assert_eq!(b.country.as_deref(), Some("AZE"));
        assert_eq!(b.matched_names, ["Байрамов", "Джейхун Байрамов"]);
        assert_eq!((b.num_documents, b.num_events), (3, 3));
        // Azerbaijani suffixed form, canonical English, and the Turkic dotted capital.
        assert_eq!(ids(&mut s, "Bayramovla", None), [BAYRAMOV]);
        assert_eq!(ids(&mut s, "jeyhun", None), [BAYRAMOV]);
        assert_eq!(ids(&mut s, "ƏLİYEV", None), [ALIYEV]);
        assert_eq!(ids(&mut s, "Нуртлеу", None), [NURTLEU]);
        assert_eq!(ids(&mut s, "Казахстан", None), ["country:KAZ"]);
        assert_eq!(ids(&mut s, "ООН", None), ["org:un"]);
        assert_eq!(
            ids(&mut s, "AZE", Some(EntityKind::Country)),
            ["country:AZE"]
        );
        assert_eq!(ids(&mut s, "person:ilham-aliyev", None), [ALIYEV]);
        // Most-documented first; kind filter.
        assert_eq!(ids(&mut s, "yev", None), [ALIYEV, TOKAYEV]);
        // Most-documented first (3, 2, 1, 1 documents), ties by id.
        assert_eq!(
            ids(&mut s, "a", Some(EntityKind::Person)),
            [BAYRAMOV, NURTLEU, ALIYEV, TOKAYEV]
        );
        assert_eq!(
            ids(&mut s, "yev", Some(EntityKind::Country)),
            Vec::<String>::new()
        );
        assert!(
            ids(&mut s, "%", None).is_empty(),
            "LIKE wildcards are literal"
        );
        let page = s.search_entities("a", None, Some(2), 0).unwrap();
        assert_eq!(page.items.len(), 2);
        assert!(page.total > 2);
    }
}

#[test]
fn resolving_what_a_user_typed() {
    for db in backends() {
        let mut s = loaded(&db);
        let ids = |s: &mut Store, q: &str, k: Option<EntityKind>| -> Vec<String> {
            s.resolve_entity(q, k)
                .unwrap()
                .into_iter()
                .map(|e| e.id)
                .collect()
        };
        assert_eq!(ids(&mut s, BAYRAMOV, None), [BAYRAMOV]);
        assert_eq!(
            ids(&mut s, "Байрамов", Some(EntityKind::Person)),
            [BAYRAMOV]
        );
        assert_eq!(ids(&mut s, "kazakhstan", None), ["country:KAZ"]);
        assert_eq!(
            ids(&mut s, "KAZ", Some(EntityKind::Country)),
            ["country:KAZ"]
        );
        assert_eq!(
            ids(&mut s, "yev", Some(EntityKind::Person)).len(),
            2,
            "ambiguous"
        );
        assert!(ids(&mut s, "Blinken", None).is_empty());
        assert!(ids(&mut s, BAYRAMOV, Some(EntityKind::Country)).is_empty());
    }
}

#[test]
fn entity_profiles() {
    for db in backends() {
        let mut s = loaded(&db);
        let p = s.entity(NURTLEU).unwrap().expect("known");
        assert_eq!(p.entity.name, "Murat Nurtleu");
        let roles: Vec<(&str, u64, Option<&str>)> = p
            .roles
            .iter()
            .map(|r| (r.role.as_str(), r.documents, r.first_seen.as_deref()))
            .collect();
        assert_eq!(
            roles,
            [
                (
                    "deputy prime minister; minister of foreign affairs",
                    1,
                    Some("2025-03-11T13:02")
                ),
                ("minister of foreign affairs", 2, Some("2025-03-11T16:40")),
            ],
            "{}",
            db.name
        );
        let names: Vec<(&str, &str)> = p
            .names
            .iter()
            .map(|n| (n.language.as_str(), n.name.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("az", "Murat Nurtleu"),
                ("canonical", "Murat Nurtleu"),
                ("ru", "Муратом Нуртлеу")
            ]
        );
        let cps: Vec<(&str, u64)> = p
            .counterparts
            .iter()
            .map(|c| (c.id.as_str(), c.events))
            .collect();
        assert_eq!(cps, [("country:AZE", 2), (BAYRAMOV, 2)]);
        assert_eq!(p.counterparts[0].name, "Azerbaijan");
        let counts: Vec<(&str, Option<i32>, u64)> = p
            .event_counts
            .iter()
            .map(|c| (c.event_type.as_str(), c.year, c.events))
            .collect();
        assert_eq!(counts, [("CONSULT", Some(2025), 2)]);

        let aze = s.entity("country:AZE").unwrap().unwrap();
        let counts: Vec<(&str, Option<i32>, u64)> = aze
            .event_counts
            .iter()
            .map(|c| (c.event_type.as_str(), c.year, c.events))
            .collect();
        assert_eq!(
            counts,
            [
                ("CONSULT", Some(2024), 2),
                ("SUPPORT", Some(2024), 1),
                ("AGREE", Some(2025), 1),
                ("CONSULT", Some(2025), 2),
                ("SUPPORT", Some(2025), 2)
            ]
        );
        assert_eq!(aze.counterparts[0].id, "country:KAZ");
        assert_eq!(aze.counterparts[0].events, 7);
        assert!(aze
            .counterparts
            .iter()
            .any(|c| c.id == "org:un" && c.events == 1));
        assert!(s.entity("person:nobody").unwrap().is_none());
    }
}

#[test]
fn documents_are_listed_by_publication() {
    let db = sqlite_db();
    let mut s = loaded(&db);
    let page = s.documents(Some(3), 0).unwrap();
    assert_eq!(page.total, 5);
    let ids: Vec<_> = page.items.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["az-az-0924", "kz-ru-0311", "az-az-0311"]);
}
