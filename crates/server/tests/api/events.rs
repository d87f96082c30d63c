//! `/api/events` and `/api/events/{id}`.

use super::common::{assert_error, get};
use super::{actors, items, opposes};
use axum::http::StatusCode;
use serde_json::Value;

async fn all_events() -> Vec<Value> {
    let (status, body) = get("/api/events?limit=1000").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    items(&body).clone()
}

#[tokio::test]
async fn lists_every_event_with_names_and_a_total() {
    let (_, stats) = get("/api/stats").await;
    let (status, body) = get("/api/events").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["total"], stats["events"]);
    assert_eq!(body["limit"], 100);
    assert_eq!(body["offset"], 0);
    let events = items(&body);
    assert!(!events.is_empty());
    for e in events {
        assert!(e["id"].as_str().unwrap().starts_with("ev-"));
        assert!(!e["sources"].as_array().unwrap().is_empty(), "{e}");
        for actor in actors(e) {
            assert!(body["names"][&actor].is_string(), "no name for {actor}");
        }
    }
    assert_eq!(body["names"]["AZE"], "Azerbaijan");
}

#[tokio::test]
async fn filters_by_countries_in_any_spelling() {
    let (_, body) = get("/api/events?country=AZE&counterpart=KAZ").await;
    let events = items(&body);
    assert!(!events.is_empty());
    assert!(events.iter().all(|e| opposes(e, "AZE", "KAZ")));
    for spelling in ["aze", "country:AZE", "country:aze"] {
        let (status, other) = get(&format!("/api/events?country={spelling}&counterpart=KAZ")).await;
        assert_eq!(status, StatusCode::OK, "{spelling}");
        assert_eq!(other["total"], body["total"], "{spelling}");
    }
    let (_, azerbaijan) = get("/api/events?country=AZE&limit=1000").await;
    assert!(items(&azerbaijan)
        .iter()
        .all(|e| actors(e).contains(&"AZE".to_owned())));
}

#[tokio::test]
async fn filters_by_person_organisation_and_document() {
    let (_, body) = get("/api/events?person=person:ilham-aliyev").await;
    assert!(!items(&body).is_empty());
    assert!(items(&body)
        .iter()
        .all(|e| actors(e).contains(&"person:ilham-aliyev".to_owned())));

    let events = all_events().await;
    let org = events
        .iter()
        .flat_map(actors)
        .find(|a| a.starts_with("org:"))
        .expect("an organisation among the seed events");
    let (_, body) = get(&format!("/api/events?organization={org}")).await;
    assert!(!items(&body).is_empty());
    assert!(items(&body).iter().all(|e| actors(e).contains(&org)));

    let doc = "003_696e72025905c470.txt";
    let (_, body) = get(&format!("/api/events?document={doc}")).await;
    assert!(!items(&body).is_empty());
    assert!(items(&body).iter().all(|e| e["sources"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["document"] == doc)));
}

#[tokio::test]
async fn filters_by_type_mode_status_and_dates() {
    let (_, body) = get("/api/events?type=consult").await;
    assert!(!items(&body).is_empty());
    assert!(items(&body).iter().all(|e| e["type"] == "CONSULT"));
    let (_, body) = get("/api/events?mode=VISIT").await;
    assert!(!items(&body).is_empty());
    assert!(items(&body).iter().all(|e| e["mode"] == "visit"));
    let (_, body) = get("/api/events?status=occurred").await;
    assert!(items(&body).iter().all(|e| e["status"] == "occurred"));
    // A well-formed type nobody extracted matches nothing; it is not an error.
    let (status, body) = get("/api/events?type=SANCTION").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["total"], 0);

    let (_, day) = get("/api/events?from=2025-03-11&to=2025-03-11").await;
    assert!(!items(&day).is_empty());
    for e in items(&day) {
        let date = e["date"].as_str().unwrap_or("");
        let published = e["sources"][0]["published"].as_str().unwrap_or("");
        assert!(
            date == "2025-03-11"
                || date == "2025-03"
                || date == "2025"
                || published.starts_with("2025-03-11"),
            "{e}"
        );
    }
    let (_, year) = get("/api/events?from=2025&to=2025").await;
    let (_, before) = get("/api/events?to=2024-12-31").await;
    let (_, month) = get("/api/events?from=2025-03&to=2025-03").await;
    assert!(year["total"].as_u64() >= month["total"].as_u64());
    assert!(month["total"].as_u64() >= day["total"].as_u64());
    assert!(before["total"].as_u64().unwrap() > 0);
}

#[tokio::test]
async fn pages_and_orders() {
    let events = all_events().await;
    assert!(events.len() >= 4);
    let (_, page) = get("/api/events?limit=2&offset=1").await;
    assert_eq!(page["limit"], 2);
    assert_eq!(page["offset"], 1);
    assert_eq!(page["total"].as_u64().unwrap() as usize, events.len());
    assert_eq!(items(&page), &events[1..3].to_vec());

    let (_, empty) = get("/api/events?limit=0").await;
    assert!(items(&empty).is_empty());
    assert_eq!(empty["total"].as_u64().unwrap() as usize, events.len());
    let (_, beyond) = get("/api/events?offset=100000").await;
    assert!(items(&beyond).is_empty());

    let (_, newest) = get("/api/events?order=newest&limit=1000").await;
    let dated = |list: &[Value]| -> Vec<String> {
        list.iter()
            .filter_map(|e| e["date"].as_str())
            .filter(|d| !d.starts_with('X'))
            .map(str::to_owned)
            .collect()
    };
    let oldest_first = dated(&events);
    let newest_first = dated(items(&newest));
    assert!(
        oldest_first.windows(2).all(|w| w[0] <= w[1]),
        "{oldest_first:?}"
    );
    assert!(
        newest_first.windows(2).all(|w| w[0] >= w[1]),
        "{newest_first:?}"
    );
}

#[tokio::test]
async fn one_event_by_id() {
    let events = all_events().await;
    let id = events[0]["id"].as_str().unwrap();
    let (status, body) = get(&format!("/api/events/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["id"], id);
    let mut expected = events[0].clone();
    expected
        .as_object_mut()
        .unwrap()
        .insert("names".into(), body["names"].clone());
    assert_eq!(body, expected);
    for actor in actors(&body) {
        assert!(body["names"][&actor].is_string(), "no name for {actor}");
    }
    let evidence = &body["sources"][0]["evidence"][0];
    assert!(!evidence["text"].as_str().unwrap().is_empty());

    assert_error(
        "/api/events/ev-0000000000000000",
        StatusCode::NOT_FOUND,
        &["no event", "ev-0000000000000000"],
    )
    .await;
    assert_error(
        "/api/events/%27%20OR%201=1%20--",
        StatusCode::NOT_FOUND,
        &["no event"],
    )
    .await;
    assert_error(
        &format!("/api/events/{id}?verbose=1"),
        StatusCode::BAD_REQUEST,
        &["unknown parameter \"verbose\"", "no parameters"],
    )
    .await;
}

#[tokio::test]
async fn bad_dates_are_400s_that_say_why() {
    assert_error(
        "/api/events?from=2025-13-01",
        StatusCode::BAD_REQUEST,
        &[r#"from: "2025-13-01" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"#],
    )
    .await;
    for bad in [
        "yesterday",
        "2025-02-30",
        "2025-3-1",
        "XXXX-09-24",
        "2025-03-11T10:00",
        "20250311",
    ] {
        assert_error(
            &format!("/api/events?to={bad}"),
            StatusCode::BAD_REQUEST,
            &["to:", "is not a date"],
        )
        .await;
    }
    assert_error(
        "/api/events?from=2025-04&to=2025-03-31",
        StatusCode::BAD_REQUEST,
        &["after", "swap"],
    )
    .await;
}

#[tokio::test]
async fn bad_numbers_are_400s() {
    for (query, needles) in [
        ("limit=abc", &["limit", "not a whole number"][..]),
        ("limit=-1", &["limit", "not a whole number"]),
        ("limit=1.5", &["limit", "not a whole number"]),
        ("limit=1001", &["limit", "maximum of 1000"]),
        ("offset=x", &["offset", "not a whole number"]),
        ("offset=99999999999999999999999999", &["offset", "maximum"]),
    ] {
        assert_error(
            &format!("/api/events?{query}"),
            StatusCode::BAD_REQUEST,
            needles,
        )
        .await;
    }
}

#[tokio::test]
async fn bad_actors_and_words_are_400s() {
    for (query, needles) in [
        (
            "country=Azerbaijan",
            &["country", "not a country code", "q=Azerbaijan"][..],
        ),
        ("counterpart=12", &["counterpart", "not a country code"]),
        ("country=%20AZE", &["country", "not a country code"]),
        ("status=Occurred", &["status", "occurred, planned"]),
        (
            "country=AZE%27%20OR%201=1",
            &["country", "not a country code"],
        ),
        (
            "person=Aliyev",
            &["person", "person:ilham-aliyev", "q=Aliyev"],
        ),
        ("person=person:", &["person"]),
        (
            "organization=person:ilham-aliyev",
            &["organization", "org:"],
        ),
        ("type=DROP%20TABLE", &["type", "not an event type"]),
        ("mode=a%3Bb", &["mode", "not an event mode"]),
        (
            "status=done",
            &["status", "occurred, planned, reported, denied"],
        ),
        ("order=random", &["order", "oldest, newest"]),
        ("contry=AZE", &["unknown parameter \"contry\"", "country"]),
        ("type=CONSULT&type=AGREE", &["type", "more than once"]),
    ] {
        assert_error(
            &format!("/api/events?{query}"),
            StatusCode::BAD_REQUEST,
            needles,
        )
        .await;
    }
    let long = "a".repeat(201);
    assert_error(
        &format!("/api/events?document={long}"),
        StatusCode::BAD_REQUEST,
        &["document", "too long"],
    )
    .await;
}

#[tokio::test]
async fn values_are_data_not_sql() {
    // A document id is free text: quotes and LIKE wildcards only fail to match.
    for doc in [
        "%27%20OR%20%271%27=%271",
        "%25",
        "x%22%3B%20DROP%20TABLE%20events%3B%20--",
    ] {
        let (status, body) = get(&format!("/api/events?document={doc}")).await;
        assert_eq!(status, StatusCode::OK, "{doc}: {body}");
        assert_eq!(body["total"], 0, "{doc}");
    }
    let (_, stats) = get("/api/stats").await;
    assert!(stats["events"].as_u64().unwrap() > 0);
}
