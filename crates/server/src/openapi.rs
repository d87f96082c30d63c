//! `/api/openapi.json`: the API's OpenAPI 3 description.
//!
//! Written by hand in `openapi.json` beside this crate's sources and embedded:
//! a generator would pull a macro framework into every handler for nine
//! endpoints. The tests check that every route is described and that the
//! document parses.

use crate::error::ApiResult;
use crate::params::Query;
use axum::extract::RawQuery;
use axum::http::header;
use axum::response::IntoResponse;

/// The OpenAPI document, as served.
pub const OPENAPI_JSON: &str = include_str!("../openapi.json");

pub async fn document(RawQuery(raw): RawQuery) -> ApiResult<impl IntoResponse> {
    Query::parse(raw.as_deref(), &[])?;
    Ok(([(header::CONTENT_TYPE, "application/json")], OPENAPI_JSON))
}
