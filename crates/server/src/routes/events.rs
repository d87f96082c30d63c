//! `/api/events`, `/api/events/{id}` and `/api/timeline`: fused events with the
//! names of their actors.

use super::Id;
use crate::error::{ApiError, ApiResult};
use crate::names::{self, Names};
use crate::params::{Query, STATUSES};
use crate::stores::Stores;
use axum::extract::{RawQuery, State};
use axum::Json;
use communique_store::{EventFilter, EventRow, Page};
use serde::Serialize;
use std::sync::Arc;

/// A page of events and the names of every actor on it.
#[derive(Debug, Serialize)]
pub struct EventPage {
    #[serde(flatten)]
    pub page: Page<EventRow>,
    pub names: Names,
}

/// One event and the names of its actors.
#[derive(Debug, Serialize)]
pub struct EventView {
    #[serde(flatten)]
    pub event: EventRow,
    pub names: Names,
}

/// The two sides of a timeline and its events.
#[derive(Debug, Serialize)]
pub struct Timeline {
    pub a: String,
    pub b: String,
    #[serde(flatten)]
    pub events: EventPage,
}

const FILTER_PARAMS: &[&str] = &[
    "type", "mode", "status", "from", "to", "order", "limit", "offset",
];

/// The parameters every event listing shares; `country` and the other actor
/// filters are added by the caller.
fn common_filter(q: &Query) -> ApiResult<EventFilter> {
    let (from, to) = q.date_range()?;
    let (limit, offset) = q.page()?;
    Ok(EventFilter {
        event_type: q.event_type("type")?,
        mode: q.mode("mode")?,
        status: q.choice("status", STATUSES)?.map(str::to_owned),
        from,
        to,
        newest_first: q.choice("order", &["oldest", "newest"])? == Some("newest"),
        limit: Some(limit),
        offset,
        ..EventFilter::default()
    })
}

async fn page(stores: &Arc<Stores>, filter: EventFilter) -> ApiResult<EventPage> {
    stores
        .run(move |s| {
            let page = s.events(&filter)?;
            let names = names::resolve(s, names::collect(&page.items))?;
            Ok(EventPage { page, names })
        })
        .await
}

pub async fn list(
    State(stores): State<Arc<Stores>>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<EventPage>> {
    const ACTORS: &[&str] = &[
        "country",
        "counterpart",
        "person",
        "organization",
        "document",
    ];
    let allowed = [ACTORS, FILTER_PARAMS].concat();
    let q = Query::parse(raw.as_deref(), &allowed)?;
    let filter = EventFilter {
        country: q.country("country")?,
        counterpart: q.country("counterpart")?,
        person: q.entity_id("person", "person:", "person:ilham-aliyev")?,
        organization: q.entity_id("organization", "org:", "org:un")?,
        document: q.text("document")?.map(str::to_owned),
        ..common_filter(&q)?
    };
    Ok(Json(page(&stores, filter).await?))
}

pub async fn one(
    State(stores): State<Arc<Stores>>,
    Id(id): Id,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<EventView>> {
    Query::parse(raw.as_deref(), &[])?;
    let view = stores
        .run(move |s| {
            let event = s
                .event(&id)?
                .ok_or_else(|| ApiError::not_found(format!("no event {id:?}")))?;
            let names = names::resolve(s, names::collect([&event]))?;
            Ok(EventView { event, names })
        })
        .await?;
    Ok(Json(view))
}

/// Events with `a` on one side and `b` on the other, by date. Either may be a
/// country code or any entity id (a person's calendar with a country).
pub async fn timeline(
    State(stores): State<Arc<Stores>>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<Timeline>> {
    let allowed = [&["a", "b"][..], FILTER_PARAMS].concat();
    let q = Query::parse(raw.as_deref(), &allowed)?;
    let a = q.actor("a", "AZE")?;
    let b = q.actor("b", "KAZ")?;
    let filter = EventFilter {
        country: Some(a.clone()),
        counterpart: Some(b.clone()),
        ..common_filter(&q)?
    };
    let events = page(&stores, filter).await?;
    Ok(Json(Timeline { a, b, events }))
}
