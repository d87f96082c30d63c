//! `/api/entities` and `/api/entities/{id}`.

use super::common::{assert_error, get};
use super::items;
use axum::http::StatusCode;
use serde_json::Value;

fn ids(body: &Value) -> Vec<&str> {
    items(body)
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn finds_names_in_any_language_and_inflection() {
    let (status, body) = get("/api/entities?q=Азербайджан").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(ids(&body).contains(&"country:AZE"), "{body}");
    let aze = items(&body)
        .iter()
        .find(|e| e["id"] == "country:AZE")
        .unwrap();
    assert_eq!(aze["name"], "Azerbaijan");
    assert_eq!(aze["kind"], "country");
    assert!(aze["matched_names"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n.as_str().unwrap().starts_with("Азербайджан")));

    // Latin, Cyrillic in an inflected form, lower case.
    for q in ["Aliyev", "алиев", "ALIYEV"] {
        let (_, body) = get(&format!("/api/entities?q={q}")).await;
        assert!(ids(&body).contains(&"person:ilham-aliyev"), "{q}: {body}");
    }
    let (_, body) = get("/api/entities?q=Qazax%C4%B1stan").await;
    assert!(ids(&body).contains(&"country:KAZ"), "{body}");
}

#[tokio::test]
async fn kind_filter_paging_and_listing_without_a_query() {
    let (_, persons) = get("/api/entities?q=a&kind=person").await;
    assert!(!items(&persons).is_empty());
    assert!(items(&persons).iter().all(|e| e["kind"] == "person"));

    let (status, countries) = get("/api/entities?kind=country&limit=1000").await;
    assert_eq!(status, StatusCode::OK);
    assert!(ids(&countries).contains(&"country:KAZ"));
    assert!(items(&countries).iter().all(|e| e["kind"] == "country"));

    let (_, all) = get("/api/entities?limit=1000").await;
    let (_, page) = get("/api/entities?limit=3&offset=2").await;
    assert_eq!(page["total"], all["total"]);
    assert_eq!(items(&page), &items(&all)[2..5].to_vec());

    // LIKE wildcards are text, not patterns.
    let (status, body) = get("/api/entities?q=%25").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["total"], 0);
}

#[tokio::test]
async fn bad_search_parameters_are_400s() {
    assert_error(
        "/api/entities?kind=city",
        StatusCode::BAD_REQUEST,
        &["kind", "person, country, organization, place"],
    )
    .await;
    let long = "я".repeat(201);
    assert_error(
        &format!("/api/entities?q={long}"),
        StatusCode::BAD_REQUEST,
        &["q: too long"],
    )
    .await;
    assert_error(
        "/api/entities?q=a&limit=2000",
        StatusCode::BAD_REQUEST,
        &["limit", "maximum"],
    )
    .await;
    assert_error(
        "/api/entities?name=Aliyev",
        StatusCode::BAD_REQUEST,
        &["unknown parameter \"name\"", "q, kind"],
    )
    .await;
}

#[tokio::test]
async fn profiles() {
    let (status, body) = get("/api/entities/country:AZE").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["entity"]["id"], "country:AZE");
    assert!(body["names"].as_array().unwrap().len() > 1);
    let counterparts: Vec<&str> = body["counterparts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert!(counterparts.contains(&"country:KAZ"), "{counterparts:?}");
    assert!(!body["event_counts"].as_array().unwrap().is_empty());

    // A bare code is the country.
    let (_, bare) = get("/api/entities/AZE").await;
    assert_eq!(bare, body);

    let (status, person) = get("/api/entities/person:ilham-aliyev").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(person["entity"]["kind"], "person");
    assert!(!person["roles"].as_array().unwrap().is_empty(), "{person}");

    assert_error(
        "/api/entities/person:nobody-at-all",
        StatusCode::NOT_FOUND,
        &["no entity", "person:nobody-at-all"],
    )
    .await;
    assert_error("/api/entities/ZZZ", StatusCode::NOT_FOUND, &["country:ZZZ"]).await;
    assert_error("/api/entities/%FF", StatusCode::BAD_REQUEST, &["id"]).await;
    assert_error(
        "/api/entities/AZE?full=1",
        StatusCode::BAD_REQUEST,
        &["unknown parameter"],
    )
    .await;
}
