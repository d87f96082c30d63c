//! `/api/entities` (search by any name, any language) and `/api/entities/{id}`.

use super::Id;
use crate::error::{ApiError, ApiResult};
use crate::names;
use crate::params::Query;
use crate::stores::Stores;
use axum::extract::{RawQuery, State};
use axum::Json;
use communique_store::{EntityProfile, EntitySummary, Page};
use std::sync::Arc;

/// Entities any of whose names contains `q`; without `q`, every entity (of
/// `kind`), most documented first: how the page fills its country pickers.
pub async fn search(
    State(stores): State<Arc<Stores>>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<Page<EntitySummary>>> {
    let q = Query::parse(raw.as_deref(), &["q", "kind", "limit", "offset"])?;
    let text = q.text("q")?.unwrap_or("").to_owned();
    let kind = q.kind("kind")?;
    let (limit, offset) = q.page()?;
    let page = stores
        .run(move |s| Ok(s.search_entities(&text, kind, Some(limit), offset)?))
        .await?;
    Ok(Json(page))
}

/// A profile by entity id; a bare country code (`AZE`) is accepted too.
pub async fn profile(
    State(stores): State<Arc<Stores>>,
    Id(id): Id,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<EntityProfile>> {
    Query::parse(raw.as_deref(), &[])?;
    let id = names::entity_id(&id);
    let profile = stores
        .run(move |s| {
            s.entity(&id)?.ok_or_else(|| {
                ApiError::not_found(format!(
                    "no entity {id:?}; search for ids with /api/entities?q=..."
                ))
            })
        })
        .await?;
    Ok(Json(profile))
}
