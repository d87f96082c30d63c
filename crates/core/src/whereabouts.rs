//! Where an event told without its place happened.
//!
//! A report names the place of a visit once ("arrived in Baku") and then tells
//! the talks, the signing and the side meetings in sentences of their own that
//! do not repeat it. Events of a type's `gathering_modes` (data/events.toml)
//! take their place from the story: from another gathering of the same day and
//! parties, else from a place of their country that the page names, else, for
//! a visit, from the capital of the country visited. Events at a distance or
//! statements are left alone: a thank-you has no place of its own. Talks that
//! take the place of that day's gathering in the home of one of their two named
//! parties are the other's visit.

use crate::events::Event;
use crate::kb::model::EventTypeRules;
use crate::kb::KnowledgeBase;

/// A place the page names: its index in the knowledge base and where.
#[derive(Debug, Clone, Copy)]
pub struct NamedPlace {
    pub place: u32,
    /// Character offset of the mention.
    pub at: usize,
    /// The mention stands in the dateline ("БАКУ, 25 сен — Sputnik"), which
    /// names where the story was filed.
    pub in_dateline: bool,
}

/// Fill the country and place of gathering events told without them.
pub fn settle(events: &mut [Event], kb: &KnowledgeBase, named: &[NamedPlace]) {
    // Looked up once: the loops below compare every pair of events.
    let rules: Vec<Option<&EventTypeRules>> = events
        .iter()
        .map(|e| kb.event_type(&e.event_type))
        .collect();
    let gathering: Vec<bool> = events
        .iter()
        .zip(&rules)
        .map(|(e, r)| r.is_some_and(|r| r.gathering_modes.contains(&e.mode)))
        .collect();
    for i in 0..events.len() {
        let Some(rules) = rules[i].filter(|_| gathering[i]) else {
            continue;
        };
        // A visit is in the country visited: a trip's leg to Uzbekistan is
        // not where the same day's leg to Kazakhstan was.
        let visit = EventTypeRules::is(&rules.visit_mode, &events[i].mode);
        let hosts = &events[i].target.countries;
        let may_host = |c: &String| !visit || hosts.is_empty() || hosts.contains(c);
        if events[i].location.0.is_none() {
            if let Some(j) = nearest(events, i, |j, d| {
                gathering[j]
                    && d.location.0.as_ref().is_some_and(may_host)
                    && !denied_visit(kb, d)
                    && shares_a_party(d, &events[i])
                    && same_day(d, &events[i])
            }) {
                events[i].location = events[j].location.clone();
                // Talks told as a meeting may prove a visit, now that they have
                // a place; but only when that place is the one of a gathering on
                // their very day (a visit still to come is elsewhere).
                let (here, there) = (&events[i], &events[j]);
                let same_gathering =
                    here.date.is_some() && here.date == there.date && here.status == there.status;
                if here.symmetric && same_gathering {
                    crate::events::meeting_at_home_is_a_visit(kb, &mut events[i]);
                }
            }
        }
        // "На полях заседания … провёл переговоры": talks on the sidelines,
        // told without a place, were held where the story's gathering was,
        // at the first place the page names before them.
        if events[i].location.0.is_none()
            && EventTypeRules::is(&rules.third_location_mode, &events[i].mode)
        {
            let at = events[i].evidence.first().map_or(0, |r| r.0);
            if let Some(n) = named
                .iter()
                .filter(|n| !n.in_dateline && n.at < at)
                .min_by_key(|n| n.at)
            {
                let place = &kb.places[n.place as usize];
                events[i].location = (
                    Some(place.country.clone()),
                    Some(place.id.get_ref().clone()),
                );
            }
        }
        let Some(country) = events[i].location.0.clone() else {
            continue;
        };
        if events[i].location.1.is_some() {
            continue;
        }
        let place = nearest(events, i, |_, d| {
            !denied_visit(kb, d)
                && d.location.0.as_ref() == Some(&country)
                && d.location.1.is_some()
                && same_day(d, &events[i])
        })
        .and_then(|j| events[j].location.1.clone())
        .or_else(|| named_in(kb, named, &country))
        .or_else(|| {
            EventTypeRules::is(&rules.visit_mode, &events[i].mode)
                .then(|| capital_of(kb, &country))
                .flatten()
        });
        events[i].location.1 = place;
    }
}

/// A visit the page denies ("Güler'in … Belgrad'a gideceğine dair haberleri
/// yalanladı") took no one there: it lends no place to the talks of its day.
/// (A meeting denied at a summit still has its parties at the summit.)
fn denied_visit(kb: &KnowledgeBase, e: &Event) -> bool {
    e.status == "denied"
        && kb
            .event_type(&e.event_type)
            .is_some_and(|r| EventTypeRules::is(&r.visit_mode, &e.mode))
}

fn shares_a_party(a: &Event, b: &Event) -> bool {
    fn parties(e: &Event) -> impl Iterator<Item = &String> {
        e.source.countries.iter().chain(&e.target.countries)
    }
    parties(a).any(|c| parties(b).any(|d| c == d))
}

/// Events that could be of one day: their dates agree where both are known;
/// where one is not, they are both done or both still to come (a visit still
/// to come has no date yet, and is not the one under way). A year alone agrees
/// with any day of it, so only with an event of the same status: a visit
/// planned for "2025" is not where today's talks were.
fn same_day(a: &Event, b: &Event) -> bool {
    match (&a.date, &b.date) {
        (Some(x), Some(y)) => {
            x.compatible(y) && (a.status == b.status || (x.month.is_some() && y.month.is_some()))
        }
        _ => a.status == b.status,
    }
}

/// The event nearest to `i` in the text that `fits` (given its index), an
/// earlier one first at equal distance: the story has usually set the scene
/// before.
fn nearest(events: &[Event], i: usize, fits: impl Fn(usize, &Event) -> bool) -> Option<usize> {
    let at = |e: &Event| e.evidence.first().map_or(0, |r| r.0);
    let here = at(&events[i]);
    (0..events.len())
        .filter(|&j| j != i && fits(j, &events[j]))
        .min_by_key(|&j| {
            let there = at(&events[j]);
            (there > here, there.abs_diff(here))
        })
}

/// The dateline's place if it lies in `country`, else the place of `country`
/// the page names first.
fn named_in(kb: &KnowledgeBase, named: &[NamedPlace], country: &str) -> Option<String> {
    let of_country = |n: &&NamedPlace| kb.places[n.place as usize].country == country;
    named
        .iter()
        .filter(of_country)
        .min_by_key(|n| (!n.in_dateline, n.at))
        .map(|n| kb.places[n.place as usize].id.get_ref().clone())
}

fn capital_of(kb: &KnowledgeBase, country: &str) -> Option<String> {
    kb.country(country)
        .and_then(|c| kb.countries[c as usize].capital.clone())
}
