//! Stats, the OpenAPI document, the page and its assets, and the fallbacks.

use super::common::{assert_error, get, get_raw, request, seed_files};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use std::collections::BTreeSet;
use tower::ServiceExt;

/// Every API route the router serves; the OpenAPI document must describe
/// exactly these.
const ROUTES: &[&str] = &[
    "/api/events",
    "/api/events/{id}",
    "/api/timeline",
    "/api/entities",
    "/api/entities/{id}",
    "/api/documents",
    "/api/documents/{id}",
    "/api/network",
    "/api/stats",
    "/api/openapi.json",
];

#[tokio::test]
async fn stats_count_the_store() {
    let (status, body) = get("/api/stats").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        body["documents"].as_u64().unwrap() as usize,
        seed_files().len()
    );
    assert!(body["events"].as_u64().unwrap() > 0);
    assert!(body["event_sources"].as_u64() >= body["events"].as_u64());
    assert_error(
        "/api/stats?x=1",
        StatusCode::BAD_REQUEST,
        &["unknown parameter \"x\"", "no parameters"],
    )
    .await;
}

/// Every `$ref` in `value`.
fn refs<'a>(value: &'a Value, out: &mut Vec<&'a str>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("$ref", Value::String(r)) => out.push(r),
                    _ => refs(v, out),
                }
            }
        }
        Value::Array(list) => list.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

#[tokio::test]
async fn the_openapi_document_describes_every_route() {
    let (status, content_type, body) = get_raw("/api/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(content_type, "application/json");
    let doc: Value = serde_json::from_slice(&body).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths: BTreeSet<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(paths, ROUTES.iter().copied().collect());
    for (path, item) in doc["paths"].as_object().unwrap() {
        let get = &item["get"];
        assert!(get["responses"]["200"].is_object(), "{path}: no 200");
        assert!(get["responses"]["400"].is_object(), "{path}: no 400");
        if path.contains("{id}") {
            assert!(get["responses"]["404"].is_object(), "{path}: no 404");
        }
    }
    let mut all = Vec::new();
    refs(&doc, &mut all);
    assert!(!all.is_empty());
    for r in all {
        let pointer = r
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("external $ref {r}"));
        assert!(doc.pointer(pointer).is_some(), "dangling $ref {r}");
    }
    assert_error(
        "/api/openapi.json?v=2",
        StatusCode::BAD_REQUEST,
        &["unknown parameter"],
    )
    .await;
}

#[tokio::test]
async fn every_described_route_answers() {
    for route in ROUTES {
        let path = route.replace("{id}", "AZE");
        let (status, _, _) =
            get_raw(&path.replace("/api/timeline", "/api/timeline?a=AZE&b=KAZ")).await;
        assert_ne!(status, StatusCode::METHOD_NOT_ALLOWED, "{route}");
        assert!(
            status == StatusCode::OK || status == StatusCode::NOT_FOUND,
            "{route}: {status}"
        );
    }
}

#[tokio::test]
async fn the_page_and_its_embedded_assets() {
    let (status, content_type, body) = get_raw("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.starts_with("text/html"));
    let html = String::from_utf8(body).unwrap();
    for needle in [
        "/assets/app.js",
        "/assets/app.css",
        "id=\"search\"",
        "id=\"timeline\"",
        "id=\"network\"",
        "<dialog id=\"card\"",
    ] {
        assert!(html.contains(needle), "the page lacks {needle}");
    }
    // Offline: nothing is loaded from another host.
    assert!(!html.contains("http://") && !html.contains("https://") && !html.contains("src=\"//"));

    for (path, kind) in [
        ("/assets/app.js", "text/javascript"),
        ("/assets/app.css", "text/css"),
        ("/assets/favicon.svg", "image/svg+xml"),
    ] {
        let (status, content_type, body) = get_raw(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(content_type.starts_with(kind), "{path}: {content_type}");
        assert!(!body.is_empty());
    }
    let (_, _, js) = get_raw("/assets/app.js").await;
    let js = String::from_utf8(js).unwrap();
    assert!(
        !js.contains("innerHTML"),
        "document text must go in as text nodes"
    );
    assert!(
        js.contains("Array.from(text)"),
        "offsets are characters, not UTF-16 units"
    );

    let response = communique_server::router(super::common::seed_store().to_owned())
        .oneshot(Request::get("/").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("script-src 'self'"),
        "{csp}"
    );
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
}

#[tokio::test]
async fn unknown_paths_and_other_methods() {
    assert_error(
        "/api/nothing",
        StatusCode::NOT_FOUND,
        &["no such endpoint", "/api/nothing", "openapi.json"],
    )
    .await;
    assert_error("/favicon.ico", StatusCode::NOT_FOUND, &["no such endpoint"]).await;
    for (method, path) in [
        ("POST", "/api/events"),
        ("DELETE", "/api/documents/x"),
        ("PUT", "/api/entities/AZE"),
        ("POST", "/"),
    ] {
        let (status, content_type, body) = request(method, path).await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "{method} {path}");
        assert_eq!(content_type, "application/json");
        let body: Value = serde_json::from_slice(&body).unwrap();
        assert!(
            body["error"].as_str().unwrap().contains("read-only"),
            "{body}"
        );
    }
    let (status, _, _) = request("HEAD", "/api/stats").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn a_broken_store_is_a_500_with_a_json_message() {
    let dir = tempfile::tempdir().unwrap();
    // A directory cannot be opened as a SQLite file.
    let app = communique_server::router(dir.path().to_str().unwrap().to_owned());
    let response = app
        .oneshot(Request::get("/api/stats").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let body = response.into_body().collect().await.unwrap().to_bytes();
    let body: Value = serde_json::from_slice(&body).unwrap();
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .contains("cannot open the store"),
        "{body}"
    );
}

#[tokio::test]
async fn serve_refuses_a_missing_store() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.db");
    let err = communique_server::serve(
        "127.0.0.1:0".parse().unwrap(),
        missing.to_str().unwrap().to_owned(),
    )
    .await
    .unwrap_err();
    assert!(err.to_string().contains("no store at"), "{err}");
    assert!(!missing.exists(), "serving must not create a store");
}
