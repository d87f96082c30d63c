//! API tests: every endpoint and every error path, through the router in-process
//! (`tower::ServiceExt::oneshot`) over a store built from the seed pages.

#[path = "../common/mod.rs"]
mod common;

mod documents;
mod entities;
mod events;
mod network;
mod service;
mod timeline;

use serde_json::Value;

/// Countries of an event's source and target sides.
pub fn side_countries(e: &Value) -> (Vec<String>, Vec<String>) {
    let list = |side: &str| -> Vec<String> {
        e[side]["countries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().to_owned())
            .collect()
    };
    (list("source"), list("target"))
}

/// Every actor id (countries, persons, organisations) on either side.
pub fn actors(e: &Value) -> Vec<String> {
    ["source", "target"]
        .iter()
        .flat_map(|side| ["countries", "persons", "organizations"].map(|k| &e[side][k]))
        .flat_map(|list| list.as_array().unwrap().iter())
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

pub fn items(body: &Value) -> &Vec<Value> {
    body["items"].as_array().expect("items")
}

/// `a` on one side and `b` on the other.
pub fn opposes(e: &Value, a: &str, b: &str) -> bool {
    let (s, t) = side_countries(e);
    let has = |v: &[String], x: &str| v.iter().any(|c| c == x);
    (has(&s, a) && has(&t, b)) || (has(&s, b) && has(&t, a))
}
