//! `/api/network`.

use super::common::{assert_error, get};
use axum::http::StatusCode;
use serde_json::Value;

fn node_ids(body: &Value) -> Vec<&str> {
    body["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn countries_and_weighted_edges() {
    let (status, body) = get("/api/network").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["level"], "country");
    let nodes = node_ids(&body);
    assert!(
        nodes.contains(&"AZE") && nodes.contains(&"KAZ"),
        "{nodes:?}"
    );
    let aze = body["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "AZE")
        .unwrap();
    assert_eq!(aze["name"], "Azerbaijan");

    // The AZE–KAZ edge counts exactly the events of the AZE–KAZ timeline.
    let edge = body["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["source"] == "AZE" && e["target"] == "KAZ")
        .expect("an AZE–KAZ edge");
    let (_, timeline) = get("/api/timeline?a=AZE&b=KAZ&limit=0").await;
    assert_eq!(edge["weight"], timeline["total"]);
    let by_type: u64 = edge["types"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(by_type, edge["weight"].as_u64().unwrap());
    for e in body["edges"].as_array().unwrap() {
        assert!(
            e["source"].as_str() < e["target"].as_str(),
            "one edge per pair: {e}"
        );
        assert!(nodes.contains(&e["source"].as_str().unwrap()));
    }
}

#[tokio::test]
async fn persons_ranges_and_types() {
    let (_, persons) = get("/api/network?level=person").await;
    assert_eq!(persons["level"], "person");
    let nodes = node_ids(&persons);
    assert!(!nodes.is_empty());
    assert!(nodes.iter().all(|n| n.starts_with("person:")), "{nodes:?}");
    assert!(nodes.contains(&"person:ilham-aliyev"));

    let (_, empty) = get("/api/network?from=1990&to=1991").await;
    assert_eq!(empty["events"], 0);
    assert!(empty["nodes"].as_array().unwrap().is_empty());
    assert_eq!(empty["from"], "1990");

    let (_, all) = get("/api/network").await;
    let (_, recent) = get("/api/network?from=2025-01-01").await;
    assert!(recent["events"].as_u64() <= all["events"].as_u64());
    let (_, consult) = get("/api/network?type=CONSULT&status=occurred").await;
    for e in consult["edges"].as_array().unwrap() {
        assert_eq!(
            e["types"].as_object().unwrap().keys().collect::<Vec<_>>(),
            ["CONSULT"]
        );
    }
}

#[tokio::test]
async fn bad_network_parameters_are_400s() {
    assert_error(
        "/api/network?level=organization",
        StatusCode::BAD_REQUEST,
        &["level", "country, person"],
    )
    .await;
    assert_error(
        "/api/network?from=2025-13",
        StatusCode::BAD_REQUEST,
        &["from:", "not a date"],
    )
    .await;
    assert_error(
        "/api/network?from=2025&to=2024",
        StatusCode::BAD_REQUEST,
        &["swap"],
    )
    .await;
    assert_error(
        "/api/network?status=maybe",
        StatusCode::BAD_REQUEST,
        &["status"],
    )
    .await;
    assert_error(
        "/api/network?limit=5",
        StatusCode::BAD_REQUEST,
        &["unknown parameter \"limit\""],
    )
    .await;
}
