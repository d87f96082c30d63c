//! `/api/stats`: row counts, also a cheap health check.

use crate::error::ApiResult;
use crate::params::Query;
use crate::stores::Stores;
use axum::extract::{RawQuery, State};
use axum::Json;
use communique_store::StoreStats;
use std::sync::Arc;

pub async fn stats(
    State(stores): State<Arc<Stores>>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<StoreStats>> {
    Query::parse(raw.as_deref(), &[])?;
    Ok(Json(stores.run(|s| Ok(s.stats()?)).await?))
}
