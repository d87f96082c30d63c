//! Display names for the actor ids that events carry (`AZE`, `person:...`,
//! `org:...`), so that a client can label an event without one request per actor.
//!
//! The store has no batch name lookup; its entity search matches an exact id
//! (`e.id = ?`), so each distinct id costs one search. A response names each id
//! once, and [`collect`] gathers the ids of a whole page first.

use crate::error::ApiResult;
use communique_store::{EventRow, Store};
use std::collections::{BTreeMap, BTreeSet};

/// Actor id as found in events → display name. Ids the store cannot name map to
/// themselves, so a client can always print something.
pub type Names = BTreeMap<String, String>;

/// Every actor id on either side of the events.
pub fn collect<'a>(events: impl IntoIterator<Item = &'a EventRow>) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for e in events {
        for side in [&e.source, &e.target] {
            ids.extend(side.countries.iter().cloned());
            ids.extend(side.persons.iter().cloned());
            ids.extend(side.organizations.iter().cloned());
        }
        ids.extend(e.location.country.iter().cloned());
    }
    ids
}

/// The entity id of an actor id: events name countries by bare code.
pub fn entity_id(actor: &str) -> String {
    if actor.contains(':') {
        actor.to_owned()
    } else {
        format!("country:{actor}")
    }
}

/// Looks up the names of `ids`.
pub fn resolve(store: &mut Store, ids: impl IntoIterator<Item = String>) -> ApiResult<Names> {
    let mut names = Names::new();
    for id in ids {
        let wanted = entity_id(&id);
        let page = store.search_entities(&wanted, None, Some(5), 0)?;
        let name = page
            .items
            .into_iter()
            .find(|s| s.id == wanted)
            .map_or_else(|| id.clone(), |s| s.name);
        names.insert(id, name);
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_named_by_their_entity() {
        assert_eq!(entity_id("AZE"), "country:AZE");
        assert_eq!(entity_id("person:ilham-aliyev"), "person:ilham-aliyev");
    }
}
