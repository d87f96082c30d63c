//! `/api/documents` and `/api/documents/{id}`: the text the page highlights in.

use super::common::{assert_error, get, seed_files};
use super::items;
use axum::http::StatusCode;
use serde_json::Value;

/// `text[start..end]` in characters (Unicode scalars), as the record defines offsets.
fn chars(text: &str, start: u64, end: u64) -> String {
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

#[tokio::test]
async fn lists_documents() {
    let (status, body) = get("/api/documents").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["total"].as_u64().unwrap() as usize, seed_files().len());
    let (_, page) = get("/api/documents?limit=2&offset=1").await;
    assert_eq!(items(&page), &items(&body)[1..3].to_vec());
    assert_error(
        "/api/documents?limit=x",
        StatusCode::BAD_REQUEST,
        &["limit"],
    )
    .await;
    assert_error(
        "/api/documents?q=x",
        StatusCode::BAD_REQUEST,
        &["unknown parameter \"q\"", "limit, offset"],
    )
    .await;
}

#[tokio::test]
async fn every_document_has_text_and_offsets_that_point_into_it() {
    for file in seed_files() {
        let id = file.file_name().unwrap().to_str().unwrap().to_owned();
        let (status, doc) = get(&format!("/api/documents/{id}")).await;
        assert_eq!(status, StatusCode::OK, "{id}: {doc}");
        assert_eq!(doc["document"]["id"], id.as_str());
        let text = doc["text"].as_str().expect("stored text");
        for m in doc["mentions"].as_array().unwrap() {
            let (s, e) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
            assert_eq!(chars(text, s, e), m["text"].as_str().unwrap(), "{id}: {m}");
        }
        let events: &Vec<Value> = doc["events"].as_array().unwrap();
        for ev in events {
            assert!(ev["fused_id"].is_string(), "{ev}");
            for evidence in ev["event"]["evidence"].as_array().unwrap() {
                let (s, e) = (
                    evidence["start"].as_u64().unwrap(),
                    evidence["end"].as_u64().unwrap(),
                );
                assert_eq!(
                    chars(text, s, e),
                    evidence["text"].as_str().unwrap(),
                    "{id}"
                );
            }
        }
    }
}

#[tokio::test]
async fn the_fused_event_and_the_document_agree() {
    // The page opens an event, then each source document, and highlights the
    // source's evidence offsets in that document's text.
    let (_, events) = get("/api/events?limit=1000").await;
    for e in items(&events) {
        for source in e["sources"].as_array().unwrap() {
            let doc_id = source["document"].as_str().unwrap();
            let (status, doc) = get(&format!("/api/documents/{doc_id}")).await;
            assert_eq!(status, StatusCode::OK);
            let text = doc["text"].as_str().unwrap();
            for evidence in source["evidence"].as_array().unwrap() {
                let (s, end) = (
                    evidence["start"].as_u64().unwrap(),
                    evidence["end"].as_u64().unwrap(),
                );
                assert_eq!(chars(text, s, end), evidence["text"].as_str().unwrap());
            }
        }
    }
}

#[tokio::test]
async fn unknown_documents_are_404s() {
    assert_error(
        "/api/documents/nope.txt",
        StatusCode::NOT_FOUND,
        &["no document", "nope.txt"],
    )
    .await;
    assert_error("/api/documents/a%2Fb", StatusCode::NOT_FOUND, &["\"a/b\""]).await;
    assert_error("/api/documents/%C3%28", StatusCode::BAD_REQUEST, &["id"]).await;
    assert_error(
        "/api/documents/nope.txt?text=0",
        StatusCode::BAD_REQUEST,
        &["unknown parameter"],
    )
    .await;
}
