//! communique-server: a read-only HTTP JSON API and a web page over a
//! communique store (SPEC.md section 7, `communique serve`).
//!
//! Code map:
//! - [`routes`]: the `/api` handlers, one module per resource;
//! - [`params`]: query-string validation, so bad input is a 400 that says why;
//! - [`error`]: the JSON error body and status of every failure;
//! - [`stores`]: a pool of open stores used from blocking threads;
//! - [`names`]: display names for the actor ids events carry;
//! - [`network`]: the contact network, computed from events (pure);
//! - [`openapi`]: the hand-written OpenAPI document;
//! - [`assets`]: the embedded page (HTML, CSS, JavaScript drawing SVG).
//!
//! The server only reads: every route is a GET and no handler calls a store
//! method that writes. All store access goes through the store's typed API, whose
//! queries are parameterised.

pub mod assets;
pub mod error;
pub mod names;
pub mod network;
pub mod openapi;
pub mod params;
pub mod routes;
pub mod stores;

use axum::http::{Method, StatusCode, Uri};
use axum::response::IntoResponse;
use axum::{Json, Router};
use communique_store::{Store, StoreError};
use error::ApiError;
use std::net::SocketAddr;
use std::path::Path;
use stores::Stores;

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("no store at {0:?}: ingest documents first (communique ingest --db {0} FILES)")]
    NoStore(String),
    #[error("cannot open the store {location:?}: {source}")]
    Store {
        location: String,
        source: StoreError,
    },
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("server: {0}")]
    Io(#[from] std::io::Error),
}

/// The whole application: API, page and JSON fallbacks, over the store at
/// `store_location` (a SQLite path or a `postgres://` URL). Stores are opened
/// lazily, one per concurrent request.
pub fn router(store_location: String) -> Router {
    Router::new()
        .merge(routes::api())
        .merge(assets::routes())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(Stores::new(store_location))
}

async fn not_found(uri: Uri) -> ApiError {
    ApiError::not_found(format!(
        "no such endpoint {:?}; see /api/openapi.json",
        uri.path()
    ))
}

async fn method_not_allowed(method: Method, uri: Uri) -> impl IntoResponse {
    let message = format!(
        "{method} {} is not allowed: the server is read-only, use GET",
        uri.path()
    );
    (
        StatusCode::METHOD_NOT_ALLOWED,
        Json(serde_json::json!({ "error": message })),
    )
}

/// Checks that the store exists and opens, binds `addr` and serves until the
/// process ends.
pub async fn serve(addr: SocketAddr, store_location: String) -> Result<(), ServeError> {
    let location = store_location.clone();
    let stats = tokio::task::spawn_blocking(move || check_store(&location))
        .await
        .map_err(|e| ServeError::Io(std::io::Error::other(e)))??;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| ServeError::Bind { addr, source })?;
    eprintln!(
        "communique: serving {store_location} ({} documents, {} events) on http://{}/",
        stats.documents,
        stats.events,
        listener.local_addr()?
    );
    axum::serve(listener, router(store_location)).await?;
    Ok(())
}

/// [`serve`] on a runtime of its own, for callers that are not async (the CLI).
pub fn serve_blocking(addr: SocketAddr, store_location: String) -> Result<(), ServeError> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(serve(addr, store_location))
}

/// Opening a store creates a missing SQLite file; a read-only server over an
/// empty new file would only hide a mistyped `--db`, so a missing file is an error.
fn check_store(location: &str) -> Result<communique_store::StoreStats, ServeError> {
    let is_server = location.starts_with("postgres://")
        || location.starts_with("postgresql://")
        || location == ":memory:";
    let path = location.strip_prefix("sqlite://").unwrap_or(location);
    if !is_server && !Path::new(path).exists() {
        return Err(ServeError::NoStore(path.to_owned()));
    }
    let err = |source| ServeError::Store {
        location: location.to_owned(),
        source,
    };
    Store::open(location).map_err(err)?.stats().map_err(err)
}
