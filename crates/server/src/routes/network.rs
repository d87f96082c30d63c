//! `/api/network`: nodes and weighted edges of contacts in a date range.

use crate::error::ApiResult;
use crate::names;
use crate::network::{Level, Network, NetworkBuilder};
use crate::params::{Query, STATUSES};
use crate::stores::Stores;
use axum::extract::{RawQuery, State};
use axum::Json;
use communique_store::EventFilter;
use std::sync::Arc;

/// Events read per store call: bounds memory on a large store, since each
/// event comes with its sources and evidence.
const BATCH: usize = 500;

pub async fn network(
    State(stores): State<Arc<Stores>>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<Network>> {
    let q = Query::parse(raw.as_deref(), &["from", "to", "level", "type", "status"])?;
    let (from, to) = q.date_range()?;
    let level = q
        .choice("level", Level::NAMES)?
        .and_then(Level::from_name)
        .unwrap_or(Level::Country);
    let mut filter = EventFilter {
        from: from.clone(),
        to: to.clone(),
        event_type: q.event_type("type")?,
        status: q.choice("status", STATUSES)?.map(str::to_owned),
        limit: Some(BATCH),
        ..EventFilter::default()
    };
    let network = stores
        .run(move |s| {
            let mut builder = NetworkBuilder::new(level);
            loop {
                let page = s.events(&filter)?;
                page.items.iter().for_each(|e| builder.add(e));
                filter.offset += page.items.len();
                if page.items.len() < BATCH {
                    break;
                }
            }
            let names = names::resolve(s, builder.node_ids().cloned().collect::<Vec<_>>())?;
            Ok(builder.finish(from, to, |id| names.get(id).cloned()))
        })
        .await?;
    Ok(Json(network))
}
