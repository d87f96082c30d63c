//! The JSON API: one module per resource, each handler parsing its parameters
//! with [`crate::params`] and running one store job through [`Stores`].
//!
//! Every route is a GET: the server never writes to the store.

mod documents;
mod entities;
mod events;
mod network;
mod stats;

use crate::error::ApiError;
use crate::stores::Stores;
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::routing::get;
use axum::Router;
use std::sync::Arc;

/// The `/api` routes.
pub fn api() -> Router<Arc<Stores>> {
    Router::new()
        .route("/api/events", get(events::list))
        .route("/api/events/{id}", get(events::one))
        .route("/api/timeline", get(events::timeline))
        .route("/api/entities", get(entities::search))
        .route("/api/entities/{id}", get(entities::profile))
        .route("/api/documents", get(documents::list))
        .route("/api/documents/{id}", get(documents::one))
        .route("/api/network", get(network::network))
        .route("/api/stats", get(stats::stats))
        .route("/api/openapi.json", get(crate::openapi::document))
}

/// The `{id}` of a path, with axum's plain-text rejections (bad percent-encoding,
/// invalid UTF-8) turned into the API's JSON 400.
pub struct Id(pub String);

impl<S: Send + Sync> FromRequestParts<S> for Id {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(id) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|e| ApiError::bad(format!("id: {}", e.body_text())))?;
        Ok(Id(id))
    }
}
