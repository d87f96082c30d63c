//! `/api/timeline`.

use super::common::{assert_error, get};
use super::{actors, items, opposes};
use axum::http::StatusCode;

#[tokio::test]
async fn dyad_events_by_date() {
    let (status, body) = get("/api/timeline?a=AZE&b=KAZ").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        (body["a"].as_str(), body["b"].as_str()),
        (Some("AZE"), Some("KAZ"))
    );
    let events = items(&body);
    assert!(events.len() >= 2, "{body}");
    assert!(events.iter().all(|e| opposes(e, "AZE", "KAZ")));
    assert_eq!(body["names"]["KAZ"], "Kazakhstan");
    let dates: Vec<&str> = events
        .iter()
        .filter_map(|e| e["date"].as_str())
        .filter(|d| !d.starts_with('X'))
        .collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");

    // The same dyad either way round, in any spelling, and as the events filter.
    let (_, reversed) = get("/api/timeline?a=country:kaz&b=aze").await;
    assert_eq!(reversed["total"], body["total"]);
    assert_eq!(
        (reversed["a"].as_str(), reversed["b"].as_str()),
        (Some("KAZ"), Some("AZE"))
    );
    let (_, filtered) = get("/api/events?country=AZE&counterpart=KAZ").await;
    assert_eq!(filtered["total"], body["total"]);
}

#[tokio::test]
async fn a_person_against_a_country_with_filters() {
    let (status, body) =
        get("/api/timeline?a=person:ilham-aliyev&b=KAZ&type=SUPPORT&limit=1").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(items(&body).len() <= 1);
    for e in items(&body) {
        assert_eq!(e["type"], "SUPPORT");
        assert!(actors(e).contains(&"person:ilham-aliyev".to_owned()));
    }
    let (_, none) = get("/api/timeline?a=AZE&b=KAZ&from=1990&to=1991").await;
    assert_eq!(none["total"], 0);
}

#[tokio::test]
async fn missing_or_bad_sides_are_400s() {
    assert_error(
        "/api/timeline",
        StatusCode::BAD_REQUEST,
        &["a: missing", "a=AZE"],
    )
    .await;
    assert_error(
        "/api/timeline?a=AZE",
        StatusCode::BAD_REQUEST,
        &["b: missing", "b=KAZ"],
    )
    .await;
    assert_error(
        "/api/timeline?a=AZE&b=",
        StatusCode::BAD_REQUEST,
        &["b: missing"],
    )
    .await;
    assert_error(
        "/api/timeline?a=Azerbaijan&b=KAZ",
        StatusCode::BAD_REQUEST,
        &["a:", "neither a country code", "q=Azerbaijan"],
    )
    .await;
    assert_error(
        "/api/timeline?a=AZE&b=thing:x",
        StatusCode::BAD_REQUEST,
        &["b:", "entity id"],
    )
    .await;
    assert_error(
        "/api/timeline?a=AZE&b=KAZ&from=2025-00",
        StatusCode::BAD_REQUEST,
        &["from:", "not a date"],
    )
    .await;
    assert_error(
        "/api/timeline?a=AZE&b=KAZ&country=TUR",
        StatusCode::BAD_REQUEST,
        &["unknown parameter \"country\""],
    )
    .await;
    assert_error(
        "/api/timeline?a=AZE&b=KAZ&limit=many",
        StatusCode::BAD_REQUEST,
        &["limit"],
    )
    .await;
}
