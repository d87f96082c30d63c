//! The contact network: who had events with whom, computed from fused events.
//!
//! Pure and incremental ([`NetworkBuilder::add`] one event at a time) so that the
//! route can page through a large store without holding every event in memory.
//! Edges are undirected: the network answers "who is in contact with whom and
//! how much"; direction stays visible in the events themselves.

use communique_record::Side;
use communique_store::EventRow;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Which actors become nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Country,
    Person,
}

impl Level {
    pub const NAMES: &'static [&'static str] = &["country", "person"];

    pub fn from_name(name: &str) -> Option<Level> {
        match name {
            "country" => Some(Level::Country),
            "person" => Some(Level::Person),
            _ => None,
        }
    }

    fn actors(self, side: &Side) -> &[String] {
        match self {
            Level::Country => &side.countries,
            Level::Person => &side.persons,
        }
    }
}

/// An actor with the number of network events it takes part in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Node {
    /// The actor id as events carry it (`AZE`, `person:ilham-aliyev`).
    pub id: String,
    pub name: String,
    pub events: u64,
}

/// Two actors on opposite sides of `weight` events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edge {
    /// The smaller id of the pair, so that each pair has one edge.
    pub source: String,
    pub target: String,
    pub weight: u64,
    /// Events per type (`CONSULT`: 3, `AGREE`: 1).
    pub types: BTreeMap<String, u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Network {
    pub level: Level,
    pub from: Option<String>,
    pub to: Option<String>,
    /// Events in the range that connect two actors of this level.
    pub events: u64,
    /// Most connected first.
    pub nodes: Vec<Node>,
    /// Heaviest first.
    pub edges: Vec<Edge>,
}

/// Accumulates events into nodes and edges.
#[derive(Debug)]
pub struct NetworkBuilder {
    level: Level,
    events: u64,
    nodes: BTreeMap<String, u64>,
    edges: BTreeMap<(String, String), (u64, BTreeMap<String, u64>)>,
}

impl NetworkBuilder {
    pub fn new(level: Level) -> Self {
        NetworkBuilder {
            level,
            events: 0,
            nodes: BTreeMap::new(),
            edges: BTreeMap::new(),
        }
    }

    /// Adds the pairs of one event: every actor of its source side with every
    /// actor of its target side. An actor on both sides (a country's own
    /// ministers meeting) makes no self-loop; an event counts once per pair.
    pub fn add(&mut self, event: &EventRow) {
        let mut pairs = BTreeSet::new();
        for a in self.level.actors(&event.source) {
            for b in self.level.actors(&event.target) {
                if a != b {
                    pairs.insert(if a < b { (a, b) } else { (b, a) });
                }
            }
        }
        if pairs.is_empty() {
            return;
        }
        self.events += 1;
        let mut members = BTreeSet::new();
        for (a, b) in pairs {
            members.insert(a);
            members.insert(b);
            let (weight, types) = self.edges.entry((a.clone(), b.clone())).or_default();
            *weight += 1;
            *types.entry(event.event_type.clone()).or_default() += 1;
        }
        for m in members {
            *self.nodes.entry(m.clone()).or_default() += 1;
        }
    }

    /// Ids of the nodes so far, for naming them.
    pub fn node_ids(&self) -> impl Iterator<Item = &String> {
        self.nodes.keys()
    }

    /// The network, nodes named by `name` (the id where it has none).
    pub fn finish(
        self,
        from: Option<String>,
        to: Option<String>,
        name: impl Fn(&str) -> Option<String>,
    ) -> Network {
        let mut nodes: Vec<Node> = self
            .nodes
            .into_iter()
            .map(|(id, events)| Node {
                name: name(&id).unwrap_or_else(|| id.clone()),
                id,
                events,
            })
            .collect();
        nodes.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.id.cmp(&b.id)));
        let mut edges: Vec<Edge> = self
            .edges
            .into_iter()
            .map(|((source, target), (weight, types))| Edge {
                source,
                target,
                weight,
                types,
            })
            .collect();
        edges.sort_by(|a, b| {
            b.weight
                .cmp(&a.weight)
                .then_with(|| (&a.source, &a.target).cmp(&(&b.source, &b.target)))
        });
        Network {
            level: self.level,
            from,
            to,
            events: self.events,
            nodes,
            edges,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use communique_record::Location;

    fn side(countries: &[&str], persons: &[&str]) -> Side {
        Side {
            countries: countries.iter().map(|s| s.to_string()).collect(),
            persons: persons.iter().map(|s| s.to_string()).collect(),
            organizations: vec![],
        }
    }

    fn event(t: &str, source: Side, target: Side) -> EventRow {
        EventRow {
            id: format!("ev-{t}"),
            event_type: t.into(),
            mode: "meeting".into(),
            cameo: "040".into(),
            status: "occurred".into(),
            date: Some("2025-03-11".into()),
            source,
            target,
            location: Location::default(),
            topics: vec![],
            documents: vec![],
            confidence: 0.9,
            num_documents: 1,
            num_evidence: 1,
            sources: vec![],
        }
    }

    #[test]
    fn edges_are_undirected_and_weighted_by_events() {
        let mut b = NetworkBuilder::new(Level::Country);
        b.add(&event("CONSULT", side(&["KAZ"], &[]), side(&["AZE"], &[])));
        b.add(&event("AGREE", side(&["AZE"], &[]), side(&["KAZ"], &[])));
        b.add(&event(
            "SUPPORT",
            side(&["AZE"], &[]),
            side(&["TUR", "AZE"], &[]),
        ));
        // No pair at this level: ignored.
        b.add(&event("CONSULT", side(&[], &["p:a"]), side(&["KAZ"], &[])));
        let n = b.finish(None, None, |id| (id == "AZE").then(|| "Azerbaijan".into()));
        assert_eq!(n.events, 3);
        assert_eq!(n.edges.len(), 2);
        let e = &n.edges[0];
        assert_eq!(
            (e.source.as_str(), e.target.as_str(), e.weight),
            ("AZE", "KAZ", 2)
        );
        assert_eq!(e.types.get("AGREE"), Some(&1));
        assert_eq!(n.nodes[0].id, "AZE");
        assert_eq!(n.nodes[0].name, "Azerbaijan");
        assert_eq!(n.nodes[0].events, 3);
        assert_eq!(n.nodes[2].name, "TUR");
    }

    #[test]
    fn person_level_uses_persons() {
        let mut b = NetworkBuilder::new(Level::Person);
        b.add(&event(
            "CONSULT",
            side(&["AZE"], &["person:a", "person:b"]),
            side(&["KAZ"], &["person:c"]),
        ));
        let n = b.finish(None, None, |_| None);
        assert_eq!(n.edges.len(), 2);
        assert_eq!(n.nodes.len(), 3);
        assert_eq!(
            n.nodes.iter().find(|x| x.id == "person:c").unwrap().events,
            1
        );
    }
}
