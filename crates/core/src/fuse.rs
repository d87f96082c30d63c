//! Fusion within one document: an article names its main event in the title, the
//! lead and again further down; those are one event with several evidence spans.
//!
//! Consultations and agreements are symmetric in what they are (the same talks,
//! whichever side is named first), so they fuse on their unordered pair of actors;
//! directed events fuse only with the same direction and mode. Cross-document
//! fusion belongs to the store.

use crate::dates::PartialDate;
use crate::events::{Actor, DateFrom, Event};
use crate::kb::model::EventTypeRules;
use crate::kb::KnowledgeBase;

/// What a side is for fusion: its countries, or its organisations when it has
/// no country.
fn side_key(a: &Actor) -> &[String] {
    if a.countries.is_empty() {
        &a.orgs
    } else {
        &a.countries
    }
}

/// Whether two sides have the same key, in any order. Keys hold a few ids and
/// are compared for every pair of a page's events, so they are compared in
/// place (each id's count in both) rather than copied and sorted.
fn same_side(a: &Actor, b: &Actor) -> bool {
    let (x, y) = (side_key(a), side_key(b));
    // A side of bodies alone is one side when one report names a body the
    // other leaves out: the EU's High Representative is also a Vice-President
    // of the Commission.
    if a.countries.is_empty() && b.countries.is_empty() && !x.is_empty() && !y.is_empty() {
        let within = |p: &[String], q: &[String]| p.iter().all(|id| q.contains(id));
        return within(x, y) || within(y, x);
    }
    let count = |list: &[String], id: &String| list.iter().filter(|k| *k == id).count();
    x.len() == y.len() && x.iter().all(|id| count(x, id) == count(y, id))
}

/// How far a date taken from the publication may lie from a stated one of the same event.
const PUBLICATION_DATE_SLACK_DAYS: i64 = 7;

/// Talks a day or two before or after a visit's reception ("Накануне … Саидов
/// и Сийярто провели переговоры") are held during that visit.
const VISIT_STAY_DAYS: i64 = 2;

/// Days between two dates with a month and a day, the year taken from whichever
/// names one (`XXXX-09-25` and `XXXX-09-24` are one day apart); otherwise as far
/// apart as can be.
fn days_apart(x: &PartialDate, y: &PartialDate) -> i64 {
    if x.year.is_some() && y.year.is_some() && x.year != y.year {
        return x.days_since(y).map_or(i64::MAX, i64::abs);
    }
    // A leap year, so that 29 February of an unknown year still has a day.
    let year = x.year.or(y.year).unwrap_or(2000);
    let with_year = |d: &PartialDate| PartialDate {
        year: Some(year),
        ..*d
    };
    with_year(x)
        .days_since(&with_year(y))
        .map_or(i64::MAX, i64::abs)
}

fn same_event(kb: &KnowledgeBase, a: &Event, b: &Event) -> bool {
    same_report(kb, a, b, 0) && !other_hosts(kb.event_type(&a.event_type), a, b)
}

/// Whether `a` and `b` report one contact as far as their type, status, date
/// and parties tell; its hosts aside. Stated dates up to `stay_days` apart
/// agree (a visit's days).
fn same_report(kb: &KnowledgeBase, a: &Event, b: &Event, stay_days: i64) -> bool {
    if a.event_type != b.event_type || a.status != b.status {
        return false;
    }
    // An event still to come that its text does not date has no date at all:
    // the day it was announced says nothing of when it will be ("пригласил
    // посетить Париж" is the visit that "посетит Францию в феврале").
    let future = kb.is_future(&a.status);
    // A date the text states must agree with the other's; a date taken from the
    // publication may be a few days off the one stated ("on Monday", in Tuesday's
    // paper), but not name another month ("last November, Berdimuhamedow was in
    // Baku" is an earlier visit, not today's).
    // A call and a visit are never one contact told twice, unless a date is
    // the publication's: "Сол күні … Орбан қазақстандық министрді қабылдады"
    // is not the call of the Thursday before, five days off the story's day.
    let rules = kb.event_type(&a.event_type);
    let of_mode = |role: &Option<String>, e: &Event| EventTypeRules::is(role, &e.mode);
    let call_and_visit = rules.is_some_and(|r| {
        (of_mode(&r.remote_mode, a) && of_mode(&r.visit_mode, b))
            || (of_mode(&r.visit_mode, a) && of_mode(&r.remote_mode, b))
    });
    let told = |e: &Event| e.date_from != DateFrom::Published;
    let dates_agree = match (&a.date, &b.date) {
        (Some(x), Some(y))
            if (a.date_from == DateFrom::Stated && b.date_from == DateFrom::Stated)
                || (call_and_visit && told(a) && told(b)) =>
        {
            x.compatible(y) || days_apart(x, y) <= stay_days
        }
        (Some(x), Some(y)) => {
            future
                || x.compatible(y)
                || (days_apart(x, y) <= PUBLICATION_DATE_SLACK_DAYS && !arrival_before(kb, a, b))
        }
        _ => true,
    };
    if !dates_agree {
        return false;
    }
    let same_sources = same_side(&a.source, &b.source);
    let same_targets = same_side(&a.target, &b.target);
    if rules.is_some_and(|t| t.fuse_unordered) {
        // Phone calls and meetings of one pair on one day are one contact
        // reported twice. A call has two parties only: calls that name other
        // people on a side (the presidents', then the ministers') are two, where
        // meetings of other people that day are one visit's.
        // Nor is a call one with a meeting of other people that day (a call
        // between presidents, then their deputy minister and ambassador met).
        let remote = rules.is_some_and(|r| {
            EventTypeRules::is(&r.remote_mode, &a.mode)
                || EventTypeRules::is(&r.remote_mode, &b.mode)
        });
        let disjoint = |x: &Actor, y: &Actor| {
            !x.persons.is_empty()
                && !y.persons.is_empty()
                && !x.persons.iter().any(|p| y.persons.contains(p))
        };
        let others = |x: &Actor, y: &Actor| remote && disjoint(x, y);
        // Meetings of other people on both sides are two ("Wong was hosted by
        // Anwar; on the sidelines Balakrishnan met Mohamad Hasan").
        let other_pair =
            |x: &Actor, y: &Actor, u: &Actor, v: &Actor| disjoint(x, u) && disjoint(y, v);
        (same_sources
            && same_targets
            && !others(&a.source, &b.source)
            && !others(&a.target, &b.target)
            && !other_pair(&a.source, &a.target, &b.source, &b.target))
            || (same_side(&a.source, &b.target)
                && same_side(&a.target, &b.source)
                && !others(&a.source, &b.target)
                && !others(&a.target, &b.source)
                && !other_pair(&a.source, &a.target, &b.target, &b.source))
    } else {
        // Two officials of one country each condoling or thanking are two events,
        // though their countries agree.
        let other_speaker = !a.source.persons.is_empty()
            && !b.source.persons.is_empty()
            && !a
                .source
                .persons
                .iter()
                .any(|p| b.source.persons.contains(p));
        a.mode == b.mode && same_sources && same_targets && !other_speaker
    }
}

/// Whether one of two reports on different days is a visit that names no host
/// and the other names one: "dün akşam Ankara'ya gelerek" is the guest's
/// arrival the day before the reception, not the reception told again.
fn arrival_before(kb: &KnowledgeBase, a: &Event, b: &Event) -> bool {
    let Some(rules) = kb.event_type(&a.event_type) else {
        return false;
    };
    let hostless_visit =
        |e: &Event| EventTypeRules::is(&rules.visit_mode, &e.mode) && e.target.persons.is_empty();
    let hosted =
        |e: &Event| !e.target.persons.is_empty() || (e.symmetric && !e.source.persons.is_empty());
    (hostless_visit(a) && hosted(b)) || (hostless_visit(b) && hosted(a))
}

/// Whether a visit and another contact of its pair name different hosts. A
/// guest received by the counterpart and then by the president has a visit
/// with each (the gold of such pages lists both, CAMEO 042 and 043): the
/// guest's side may grow as reports fuse, the host's may not.
fn other_hosts(rules: Option<&EventTypeRules>, a: &Event, b: &Event) -> bool {
    let is_visit = |e: &Event| rules.is_some_and(|r| EventTypeRules::is(&r.visit_mode, &e.mode));
    let (visit, other) = match (is_visit(a), is_visit(b)) {
        (true, _) => (a, b),
        (false, true) => (b, a),
        (false, false) => return false,
    };
    let host = &visit.target;
    let other_host = if same_side(&other.target, host) {
        &other.target
    } else if same_side(&other.source, host) {
        &other.source
    } else {
        return false;
    };
    !host.persons.is_empty()
        && !other_host.persons.is_empty()
        && !host.persons.iter().any(|p| other_host.persons.contains(p))
}

pub fn fuse(events: Vec<Event>, kb: &KnowledgeBase) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    for ev in events {
        match out.iter_mut().find(|e| same_event(kb, e, &ev)) {
            Some(kept) => absorb(kb, kept, ev),
            None => out.push(ev),
        }
    }
    talks_of_visits(kb, &mut out);
    spread_summaries(out)
}

/// Talks kept apart from a visit only because they name another host (the
/// guest's talks with his counterpart, beside the president's reception) are
/// part of that visit: they become a visit by the same guest, in its direction
/// and, when they name no place, at its place.
fn talks_of_visits(kb: &KnowledgeBase, events: &mut [Event]) {
    for i in 0..events.len() {
        let Some(rules) = kb.event_type(&events[i].event_type) else {
            continue;
        };
        let Some(visit_mode) = &rules.visit_mode else {
            continue;
        };
        let talks = &events[i];
        let settled = [
            &rules.visit_mode,
            &rules.remote_mode,
            &rules.third_location_mode,
        ]
        .iter()
        .any(|role| EventTypeRules::is(role, &talks.mode));
        if settled {
            continue;
        }
        let Some(v) = (0..events.len()).find(|&j| {
            j != i
                && EventTypeRules::is(&rules.visit_mode, &events[j].mode)
                && same_report(kb, &events[j], talks, VISIT_STAY_DAYS)
                && other_hosts(Some(rules), &events[j], talks)
        }) else {
            continue;
        };
        let guest = events[v].source.clone();
        let cameo = rules
            .visit_cameo
            .clone()
            .unwrap_or_else(|| events[v].cameo.clone());
        let location = events[v].location.clone();
        let talks = &mut events[i];
        if !same_side(&talks.source, &guest) && same_side(&talks.target, &guest) {
            std::mem::swap(&mut talks.source, &mut talks.target);
        }
        talks.mode = visit_mode.clone();
        talks.cameo = cameo;
        talks.symmetric = false;
        if talks.location.0.is_none() {
            talks.location = location;
        }
    }
}

/// A report with several countries on its target side that each have an event
/// of their own ("met his Georgian and Kazakh counterparts", above one meeting
/// with each) summarises those events: its evidence joins theirs.
fn spread_summaries(mut events: Vec<Event>) -> Vec<Event> {
    let mut k = 0;
    while k < events.len() {
        let summary = &events[k];
        // Most events have one country a side: nothing to look for.
        if summary.target.countries.len() < 2 {
            k += 1;
            continue;
        }
        // A part's counterpart is its one country away from the summary's
        // source: its target, or its source when it is told from the other
        // side (the Uzbek minister received by Fidan, after "met his Kyrgyz
        // and Uzbek counterparts").
        let counterpart = |e: &Event| -> Option<String> {
            if same_side(&e.source, &summary.source) && e.target.countries.len() == 1 {
                Some(e.target.countries[0].clone())
            } else if same_side(&e.target, &summary.source) && e.source.countries.len() == 1 {
                Some(e.source.countries[0].clone())
            } else {
                None
            }
        };
        let parts: Vec<(usize, String)> = (0..events.len())
            .filter(|&j| j != k)
            .filter_map(|j| {
                let e = &events[j];
                let c = counterpart(e)?;
                (e.event_type == summary.event_type
                    && e.status == summary.status
                    && falls_on_summary_day(summary, e)
                    && summary.target.countries.contains(&c))
                .then_some((j, c))
            })
            .collect();
        let covered = summary
            .target
            .countries
            .iter()
            .all(|c| parts.iter().any(|(_, p)| p == c));
        if !covered {
            k += 1;
            continue;
        }
        let summary = events.remove(k);
        for (j, _) in parts {
            let j = if j > k { j - 1 } else { j };
            for span in &summary.evidence {
                if !events[j].evidence.contains(span) {
                    events[j].evidence.push(*span);
                }
            }
        }
    }
    events
}

/// Whether a part falls on its summary's day. A summary the text does not
/// date (a headline, "Tokayev meets Pezeshkian, Lukashenko in Tianjin") took
/// the publication's, and covers meetings told in the days before it.
fn falls_on_summary_day(summary: &Event, part: &Event) -> bool {
    if summary.date == part.date {
        return true;
    }
    match (&summary.date, &part.date) {
        (Some(s), Some(p)) if summary.date_from == DateFrom::Published => {
            days_apart(s, p) <= PUBLICATION_DATE_SLACK_DAYS
        }
        _ => false,
    }
}

fn absorb(kb: &KnowledgeBase, kept: &mut Event, mut other: Event) {
    let rank = |e: &Event| kb.mode_rank(&e.event_type, &e.mode);
    // Align the other's sides with ours before merging persons.
    let mut reversed =
        !same_side(&other.source, &kept.source) && same_side(&other.target, &kept.source);
    if reversed {
        std::mem::swap(&mut other.source, &mut other.target);
    }
    if let (Some(a), Some(b)) = (rank(kept), rank(&other)) {
        if b > a {
            kept.mode = other.mode.clone();
            kept.cameo = other.cameo.clone();
            let visit = kb
                .event_type(&other.event_type)
                .is_some_and(|r| EventTypeRules::is(&r.visit_mode, &other.mode));
            // The visit's direction is the one the text states ("провел
            // переговоры с Бектеновым, прибывшим в Бишкек" after "Касымалиев и
            // Бектенов провели переговоры"): the kept report turns to it.
            if visit && reversed {
                std::mem::swap(&mut kept.source, &mut kept.target);
                std::mem::swap(&mut other.source, &mut other.target);
                reversed = false;
            }
        }
    }
    // A directed report ("позвонил") settles the direction a symmetric one left open
    // ("провел телефонный разговор с").
    if kept.symmetric && !other.symmetric && other.mode == kept.mode && reversed {
        std::mem::swap(&mut kept.source, &mut kept.target);
        std::mem::swap(&mut other.source, &mut other.target);
    }
    if !other.symmetric {
        kept.symmetric = false;
    }
    merge_actor(&mut kept.source, &other.source);
    merge_actor(&mut kept.target, &other.target);
    // A date the text tells beats one carried on, which beats the publication's.
    if other.date_from > kept.date_from || kept.date.is_none() {
        kept.date = other.date;
        kept.date_from = other.date_from;
    }
    if kept.location.0.is_none() {
        kept.location = other.location.clone();
    } else if kept.location.1.is_none() && other.location.0 == kept.location.0 {
        kept.location.1 = other.location.1.clone();
    }
    for t in other.topics {
        if !kept.topics.contains(&t) {
            kept.topics.push(t);
        }
    }
    for d in other.documents {
        if !kept.documents.contains(&d) {
            kept.documents.push(d);
        }
    }
    for e in other.evidence {
        if !kept.evidence.contains(&e) {
            kept.evidence.push(e);
        }
    }
    kept.confidence = (kept.confidence.max(other.confidence) + 0.03).min(0.99);
    kept.inferred &= other.inferred;
}

fn merge_actor(into: &mut Actor, from: &Actor) {
    for (dst, src) in [
        (&mut into.persons, &from.persons),
        (&mut into.orgs, &from.orgs),
    ] {
        for x in src {
            if !dst.contains(x) {
                dst.push(x.clone());
            }
        }
    }
    // Countries are only filled in, never widened: a side is one party.
    if into.countries.is_empty() {
        into.countries = from.countries.clone();
    }
}
