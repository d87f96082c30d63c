//! `/api/documents` and `/api/documents/{id}`: stored pages with their text,
//! mentions and events, the evidence offsets pointing into that text.

use super::Id;
use crate::error::{ApiError, ApiResult};
use crate::params::Query;
use crate::stores::Stores;
use axum::extract::{RawQuery, State};
use axum::Json;
use communique_store::{DocumentMeta, DocumentView, Page};
use std::sync::Arc;

pub async fn list(
    State(stores): State<Arc<Stores>>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<Page<DocumentMeta>>> {
    let q = Query::parse(raw.as_deref(), &["limit", "offset"])?;
    let (limit, offset) = q.page()?;
    let page = stores
        .run(move |s| Ok(s.documents(Some(limit), offset)?))
        .await?;
    Ok(Json(page))
}

pub async fn one(
    State(stores): State<Arc<Stores>>,
    Id(id): Id,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<DocumentView>> {
    Query::parse(raw.as_deref(), &[])?;
    let view = stores
        .run(move |s| {
            s.document(&id)?
                .ok_or_else(|| ApiError::not_found(format!("no document {id:?}")))
        })
        .await?;
    Ok(Json(view))
}
