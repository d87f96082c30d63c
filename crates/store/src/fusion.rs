//! Cross-document fusion: which per-document events report the same real-world event.
//!
//! Pure functions over [`SourceEvent`]s; the store feeds them one *bucket* at a time
//! and writes back the result (see `crate::ingest`).
//!
//! **Bucket.** Two events can only be the same event when their PLOVER type agrees
//! and the unordered set of actors agrees, an actor being a side's countries, else
//! its organisations, else its persons. `bucket_key` encodes exactly that, so the
//! candidates for fusion are the sources sharing a bucket key, found by an index.
//!
//! **Pairwise compatibility** ([`affinity`]), inside a bucket:
//! - never two events of the same document (a document reporting two praises
//!   reports two praises);
//! - modes agree, or one is the generic mode of its type (`meeting`, `agree`, or
//!   none): a `visit` and a `meeting` fuse, a `visit` and a `phone` call do not;
//! - when both modes are directed (visit, phone, praise, gratitude, condolence,
//!   accuse, ...: everything but meeting, third-party, sign, agree), the source and
//!   target actor sets agree: A visiting B is not B visiting A;
//! - a denied event fuses only with denied events;
//! - dates: both exact and at most one day apart; or the known components agree
//!   (`XXXX-09-24` with `2021-09-24`, `2021-09` with `2021-09-24`), and when a year
//!   is unknown the documents were published within 366 days of each other; or,
//!   when either event has no date, the documents were published within 2 days.
//!
//! **Clusters.** Compatibility is not transitive (24th~25th~26th), so clusters are
//! built by complete linkage: a source joins a cluster only when it is compatible
//! with every member, choosing the cluster with the best worst-pair affinity (same
//! day > compatible partial > one day apart > publication window). Sources are
//! visited in a canonical order (most precise date first, then date, publication,
//! document, position), so the result depends only on the set of sources, never on
//! the order documents were ingested in.
//!
//! **Merge** ([`merge`]): the most specific mode, the representative's direction,
//! the most precise date (the most frequent exact date, else the union of the known
//! components), the strongest status (occurred > reported > planned > denied), the
//! union of actors, topics and signed documents, the max confidence, every source.
//! The fused id is `ev-` + 16 hex digits of a hash of the bucket and the earliest
//! source (by publication time, document id, position).

use crate::dates::PartialDate;
use crate::model::{EventRow, EventSource};
use communique_record::{EventRecord, Location, Side};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap};

/// Modes that say "they met / agreed" without saying how; they fuse with any mode
/// of their type and give way to a specific one.
const GENERIC_MODES: &[&str] = &["", "meeting", "agree"];

/// Modes with no direction: both sides do the same thing.
const SYMMETRIC_MODES: &[&str] = &["", "meeting", "third-party", "sign", "agree", "cooperate"];

/// Days between publications within which undated reports may be the same event.
const UNDATED_WINDOW_DAYS: i64 = 2;
/// Days between publications within which reports with a year-less date may fuse.
const YEARLESS_WINDOW_DAYS: i64 = 366;

/// A per-document event with the document facts fusion needs.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceEvent {
    pub document: String,
    /// Position of the event in its record.
    pub ord: usize,
    pub published: Option<String>,
    pub language: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub event: EventRecord,
}

impl SourceEvent {
    fn date(&self) -> Option<PartialDate> {
        self.event.date.as_deref().and_then(PartialDate::parse)
    }

    fn published_day(&self) -> Option<i64> {
        self.published
            .as_deref()
            .and_then(PartialDate::parse)
            .and_then(|d| d.day_number())
    }

    pub(crate) fn to_source(&self) -> EventSource {
        EventSource {
            document: self.document.clone(),
            event_id: self.event.id.clone(),
            mode: self.event.mode.clone(),
            cameo: self.event.cameo.clone(),
            status: self.event.status.clone(),
            date: self.event.date.clone(),
            confidence: self.event.confidence,
            language: self.language.clone(),
            url: self.url.clone(),
            published: self.published.clone(),
            outlet: self.outlet.clone(),
            evidence: self.event.evidence.clone(),
        }
    }
}

/// Normalises a country as the record writes it (`AZE`, `aze`, `country:AZE`).
pub fn country_code(c: &str) -> String {
    c.trim()
        .strip_prefix("country:")
        .unwrap_or(c.trim())
        .to_uppercase()
}

/// The actors a side is compared by: its countries, else its organisations, else
/// its persons; sorted and deduplicated.
pub fn side_codes(side: &Side) -> Vec<String> {
    let codes: BTreeSet<String> = if !side.countries.is_empty() {
        side.countries.iter().map(|c| country_code(c)).collect()
    } else if !side.organizations.is_empty() {
        side.organizations.iter().cloned().collect()
    } else {
        side.persons.iter().cloned().collect()
    };
    codes.into_iter().collect()
}

/// The fusion bucket of an event: type and unordered actor set. An event with no
/// actor at all cannot be matched to anything, so it gets a bucket of its own.
pub fn bucket_key(document: &str, ord: usize, ev: &EventRecord) -> String {
    let mut actors: BTreeSet<String> = side_codes(&ev.source).into_iter().collect();
    actors.extend(side_codes(&ev.target));
    if actors.is_empty() {
        return format!("{}|~{document}#{ord}", ev.event_type);
    }
    let actors: Vec<String> = actors.into_iter().collect();
    format!("{}|{}", ev.event_type, actors.join(","))
}

pub fn is_generic_mode(mode: &str) -> bool {
    GENERIC_MODES.contains(&mode)
}

pub fn is_directed_mode(mode: &str) -> bool {
    !SYMMETRIC_MODES.contains(&mode)
}

/// What [`affinity`] looks at, computed once per source: clustering compares
/// each source with many others, and parsing dates and sides on every comparison
/// dominated ingest time.
struct Facts<'a> {
    source: &'a SourceEvent,
    date: Option<PartialDate>,
    /// Day number of an exact date.
    day: Option<i64>,
    published_day: Option<i64>,
    source_codes: Vec<String>,
    target_codes: Vec<String>,
    directed: bool,
    generic: bool,
    denied: bool,
}

impl<'a> Facts<'a> {
    fn of(source: &'a SourceEvent) -> Self {
        let date = source.date();
        let mode = source.event.mode.as_str();
        Facts {
            source,
            date,
            day: date.and_then(|d| d.day_number()),
            published_day: source.published_day(),
            source_codes: side_codes(&source.event.source),
            target_codes: side_codes(&source.event.target),
            directed: is_directed_mode(mode),
            generic: is_generic_mode(mode),
            denied: source.event.status == "denied",
        }
    }
}

/// How well two sources fit as reports of one event: `None` when they cannot be
/// the same event, else 1 (publication window) to 4 (same exact date).
pub fn affinity(a: &SourceEvent, b: &SourceEvent) -> Option<u8> {
    facts_affinity(&Facts::of(a), &Facts::of(b))
}

fn facts_affinity(a: &Facts<'_>, b: &Facts<'_>) -> Option<u8> {
    let (ea, eb) = (&a.source.event, &b.source.event);
    if a.source.document == b.source.document || ea.event_type != eb.event_type {
        return None;
    }
    if ea.mode != eb.mode && !a.generic && !b.generic {
        return None;
    }
    if a.directed
        && b.directed
        && (a.source_codes != b.source_codes || a.target_codes != b.target_codes)
    {
        return None;
    }
    if a.denied != b.denied {
        return None;
    }
    let published_gap = match (a.published_day, b.published_day) {
        (Some(x), Some(y)) => Some((x - y).abs()),
        _ => None,
    };
    match (a.date, b.date) {
        (Some(_), Some(_)) if a.day.is_some() && b.day.is_some() => match (a.day? - b.day?).abs() {
            0 => Some(4),
            1 => Some(2),
            _ => None,
        },
        (Some(x), Some(y)) => {
            if !x.agrees_with(&y) {
                return None;
            }
            if (x.year.is_none() || y.year.is_none())
                && published_gap.is_some_and(|g| g > YEARLESS_WINDOW_DAYS)
            {
                return None;
            }
            Some(3)
        }
        _ => match published_gap {
            Some(g) if g <= UNDATED_WINDOW_DAYS => Some(1),
            _ => None,
        },
    }
}

/// The canonical visiting order of [`cluster`]: most precise date first.
fn canonical_order(a: &Facts<'_>, b: &Facts<'_>) -> std::cmp::Ordering {
    let key = |f: &Facts<'_>| {
        (
            Reverse(f.date.map_or(0, |d| d.known_components())),
            f.date.map(|d| d.to_string()),
            f.published_day.unwrap_or(i64::MAX),
            f.source.published.clone(),
            f.source.document.clone(),
            f.source.ord,
        )
    };
    key(a).cmp(&key(b))
}

/// Widens an optional closed range to include `v`.
fn widen(range: &mut Option<(i64, i64)>, v: i64) {
    *range = Some(match *range {
        Some((lo, hi)) => (lo.min(v), hi.max(v)),
        None => (v, v),
    });
}

/// A cluster under construction, with the ranges that let most candidates be
/// rejected without comparing them to every member.
struct Building {
    members: Vec<usize>,
    documents: BTreeSet<String>,
    /// Day numbers of the members' exact dates.
    exact_days: Option<(i64, i64)>,
    /// Publication days of the members without a date.
    undated_published: Option<(i64, i64)>,
    /// Publication days of all members, and whether every member has one.
    published: Option<(i64, i64)>,
    all_published: bool,
}

impl Building {
    fn new() -> Self {
        Building {
            members: Vec::new(),
            documents: BTreeSet::new(),
            exact_days: None,
            undated_published: None,
            published: None,
            all_published: true,
        }
    }

    fn add(&mut self, i: usize, f: &Facts<'_>) {
        self.members.push(i);
        self.documents.insert(f.source.document.clone());
        if let Some(d) = f.day {
            widen(&mut self.exact_days, d);
        }
        match f.published_day {
            Some(p) => {
                widen(&mut self.published, p);
                if f.date.is_none() {
                    widen(&mut self.undated_published, p);
                }
            }
            None => self.all_published = false,
        }
    }

    /// False when `f` is certainly incompatible with some member; true means
    /// "compare with every member".
    fn may_accept(&self, f: &Facts<'_>) -> bool {
        let within = |range: Option<(i64, i64)>, v: i64, tolerance: i64| {
            range.is_none_or(|(lo, hi)| v >= hi - tolerance && v <= lo + tolerance)
        };
        if self.documents.contains(&f.source.document) {
            return false;
        }
        if let Some(d) = f.day {
            if !within(self.exact_days, d, 1) {
                return false;
            }
        }
        if self.undated_published.is_some() {
            match f.published_day {
                Some(p) if within(self.undated_published, p, UNDATED_WINDOW_DAYS) => {}
                _ => return false,
            }
        }
        if f.date.is_none() {
            match f.published_day {
                Some(p) if self.all_published && within(self.published, p, UNDATED_WINDOW_DAYS) => {
                }
                _ => return false,
            }
        }
        true
    }
}

/// Groups a bucket's sources into events (complete linkage, see the module doc).
/// Each returned cluster is in canonical order; clusters are in creation order.
pub fn cluster(sources: Vec<SourceEvent>) -> Vec<Vec<SourceEvent>> {
    let mut facts: Vec<Facts<'_>> = sources.iter().map(Facts::of).collect();
    facts.sort_by(canonical_order);
    let mut clusters: Vec<Building> = Vec::new();
    for (i, f) in facts.iter().enumerate() {
        let mut best: Option<(u8, usize)> = None;
        for (ci, c) in clusters.iter().enumerate() {
            if !c.may_accept(f) {
                continue;
            }
            let mut worst = u8::MAX;
            for &m in &c.members {
                match facts_affinity(&facts[m], f) {
                    Some(v) => worst = worst.min(v),
                    None => {
                        worst = 0;
                        break;
                    }
                }
            }
            if worst > 0 && best.is_none_or(|(b, _)| worst > b) {
                best = Some((worst, ci));
            }
        }
        match best {
            Some((_, ci)) => clusters[ci].add(i, f),
            None => {
                let mut c = Building::new();
                c.add(i, f);
                clusters.push(c);
            }
        }
    }
    clusters
        .into_iter()
        .map(|c| {
            c.members
                .into_iter()
                .map(|m| facts[m].source.clone())
                .collect()
        })
        .collect()
}

/// A fused event ready to be written: its row, where it sits on the calendar,
/// and which sources it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct FusedEvent {
    pub bucket: String,
    pub row: EventRow,
    /// First and last possible day (`YYYY-MM-DD`): the date's range when its year
    /// is known, else the earliest report's publication day.
    pub date_lo: Option<String>,
    pub date_hi: Option<String>,
    /// `(document, ord)` of every member.
    pub members: Vec<(String, usize)>,
    /// Hash of everything written to the events table, to skip rewriting an
    /// unchanged event when its bucket is recomputed.
    pub fingerprint: String,
}

fn push_unique(v: &mut Vec<String>, items: &[String]) {
    for it in items {
        if !v.contains(it) {
            v.push(it.clone());
        }
    }
}

fn union_side(acc: &mut Side, s: &Side) {
    push_unique(&mut acc.countries, &s.countries);
    push_unique(&mut acc.persons, &s.persons);
    push_unique(&mut acc.organizations, &s.organizations);
}

/// `s`'s sides as (source, target) in the orientation of `rep`: symmetric reports
/// may list the two sides either way round.
fn oriented<'a>(rep: &EventRecord, s: &'a EventRecord) -> (&'a Side, &'a Side) {
    let overlap = |a: &[String], b: &[String]| a.iter().filter(|x| b.contains(x)).count();
    let (rs, rt) = (side_codes(&rep.source), side_codes(&rep.target));
    let (ss, st) = (side_codes(&s.source), side_codes(&s.target));
    let straight = overlap(&rs, &ss) + overlap(&rt, &st);
    let swapped = overlap(&rs, &st) + overlap(&rt, &ss);
    if swapped > straight {
        (&s.target, &s.source)
    } else {
        (&s.source, &s.target)
    }
}

fn status_rank(status: &str) -> u8 {
    match status {
        "occurred" => 4,
        "reported" => 3,
        "planned" => 2,
        "denied" => 1,
        _ => 0,
    }
}

/// The most precise date of a cluster: the most frequent exact date (earliest on
/// a tie), else the union of the known components of the partial dates.
fn fused_date(members: &[SourceEvent]) -> Option<PartialDate> {
    let dates: Vec<PartialDate> = members.iter().filter_map(SourceEvent::date).collect();
    let mut exact: HashMap<PartialDate, usize> = HashMap::new();
    for d in dates.iter().filter(|d| d.is_exact()) {
        *exact.entry(*d).or_default() += 1;
    }
    if let Some((d, _)) = exact
        .into_iter()
        .max_by(|(da, na), (db, nb)| na.cmp(nb).then(db.cmp(da)))
    {
        return Some(d);
    }
    dates.into_iter().reduce(|a, b| a.merge(&b))
}

/// The earliest source: it names the fused event.
fn anchor(members: &[SourceEvent]) -> &SourceEvent {
    // Publication day first (strings may mix precisions), then the full
    // timestamp to order reports of the same day.
    let key = |s: &SourceEvent| {
        (
            s.published_day().unwrap_or(i64::MAX),
            s.published.clone().unwrap_or_default(),
            s.document.clone(),
            s.ord,
        )
    };
    members
        .iter()
        .min_by(|a, b| key(a).cmp(&key(b)))
        .expect("a cluster has at least one member")
}

/// `ev-` + 16 hex digits of sha256(bucket, earliest document, its event id, position).
pub fn fused_id(bucket: &str, anchor_document: &str, anchor_event: &str, ord: usize) -> String {
    let mut h = Sha256::new();
    for part in [bucket, anchor_document, anchor_event, &ord.to_string()] {
        h.update(part.as_bytes());
        h.update([0x1f]);
    }
    let digest = h.finalize();
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("ev-{hex}")
}

/// Merges one cluster (as returned by [`cluster`]) into a fused event.
pub fn merge(bucket: &str, members: Vec<SourceEvent>) -> FusedEvent {
    assert!(!members.is_empty(), "merge needs at least one source");
    let mode = members
        .iter()
        .map(|m| m.event.mode.as_str())
        .find(|m| !is_generic_mode(m))
        .map(str::to_owned)
        .unwrap_or_else(|| {
            // All generic: the most frequent non-empty mode, first seen on a tie.
            let mut counts: Vec<(&str, usize)> = Vec::new();
            for m in members
                .iter()
                .map(|m| m.event.mode.as_str())
                .filter(|m| !m.is_empty())
            {
                match counts.iter_mut().find(|(k, _)| *k == m) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((m, 1)),
                }
            }
            let top = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
            counts
                .iter()
                .find(|(_, n)| *n == top)
                .map_or(String::new(), |(m, _)| (*m).to_owned())
        });
    let rep = members
        .iter()
        .find(|m| m.event.mode == mode)
        .unwrap_or(&members[0]);

    let mut source = Side::default();
    let mut target = Side::default();
    let mut topics = Vec::new();
    let mut documents = Vec::new();
    let mut location: Option<Location> = None;
    // Representative first, so its actors lead each side (GDELT's Actor1/Actor2).
    let ordered: Vec<&SourceEvent> = std::iter::once(rep)
        .chain(members.iter().filter(|m| !std::ptr::eq(*m, rep)))
        .collect();
    for m in &ordered {
        let (s, t) = oriented(&rep.event, &m.event);
        union_side(&mut source, s);
        union_side(&mut target, t);
        push_unique(&mut topics, &m.event.topics);
        push_unique(&mut documents, &m.event.documents);
    }
    for m in &ordered {
        let loc = &m.event.location;
        if loc.place.is_some() {
            location = Some(loc.clone());
            break;
        }
        if location.is_none() && loc.country.is_some() {
            location = Some(loc.clone());
        }
    }

    let date = fused_date(&members);
    let (date_lo, date_hi) = match date.and_then(|d| d.day_range()) {
        Some((lo, hi)) => (Some(lo), Some(hi)),
        None => {
            let day = members
                .iter()
                .filter_map(|m| m.published.as_deref().and_then(PartialDate::parse))
                .filter(|d| d.is_exact())
                .min()
                .map(|d| d.to_string());
            (day.clone(), day)
        }
    };
    let status = members
        .iter()
        .map(|m| m.event.status.as_str())
        .max_by_key(|s| status_rank(s))
        .unwrap_or("occurred")
        .to_owned();
    let confidence = members
        .iter()
        .map(|m| m.event.confidence)
        .fold(f64::NEG_INFINITY, f64::max);
    let first = anchor(&members);
    let id = fused_id(bucket, &first.document, &first.event.id, first.ord);

    let row = EventRow {
        id,
        event_type: rep.event.event_type.clone(),
        mode,
        cameo: rep.event.cameo.clone(),
        status,
        date: date.map(|d| d.to_string()),
        source,
        target,
        location: location.unwrap_or_default(),
        topics,
        documents,
        confidence,
        num_documents: members
            .iter()
            .map(|m| m.document.as_str())
            .collect::<BTreeSet<_>>()
            .len(),
        num_evidence: members.iter().map(|m| m.event.evidence.len()).sum(),
        sources: members.iter().map(SourceEvent::to_source).collect(),
    };
    let fingerprint = fingerprint(bucket, &row, &date_lo, &date_hi);
    FusedEvent {
        bucket: bucket.to_owned(),
        members: members
            .iter()
            .map(|m| (m.document.clone(), m.ord))
            .collect(),
        row,
        date_lo,
        date_hi,
        fingerprint,
    }
}

/// The JSON kept in `events.payload`: the parts of a row that have no column.
#[derive(Debug, Serialize, serde::Deserialize)]
pub(crate) struct Payload {
    pub source: Side,
    pub target: Side,
    pub location: Location,
    pub topics: Vec<String>,
    pub documents: Vec<String>,
}

impl Payload {
    pub(crate) fn of(row: &EventRow) -> Self {
        Payload {
            source: row.source.clone(),
            target: row.target.clone(),
            location: row.location.clone(),
            topics: row.topics.clone(),
            documents: row.documents.clone(),
        }
    }
}

fn fingerprint(bucket: &str, row: &EventRow, lo: &Option<String>, hi: &Option<String>) -> String {
    let columns = serde_json::json!([
        bucket,
        row.id,
        row.event_type,
        row.mode,
        row.cameo,
        row.status,
        row.date,
        lo,
        hi,
        row.confidence,
        row.num_documents,
        row.num_evidence,
        Payload::of(row),
    ]);
    let digest = Sha256::digest(columns.to_string().as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use communique_record::Evidence;

    fn side(countries: &[&str], persons: &[&str]) -> Side {
        Side {
            countries: countries.iter().map(|s| s.to_string()).collect(),
            persons: persons.iter().map(|s| s.to_string()).collect(),
            organizations: vec![],
        }
    }

    fn src(
        doc: &str,
        published: &str,
        mode: &str,
        date: Option<&str>,
        s: Side,
        t: Side,
    ) -> SourceEvent {
        SourceEvent {
            document: doc.into(),
            ord: 0,
            published: Some(published.into()),
            language: "ru".into(),
            url: None,
            outlet: None,
            event: EventRecord {
                id: format!("{doc}-e0"),
                event_type: "CONSULT".into(),
                mode: mode.into(),
                cameo: if mode == "visit" { "042" } else { "040" }.into(),
                status: "occurred".into(),
                date: date.map(str::to_owned),
                source: s,
                target: t,
                location: Location::default(),
                topics: vec![],
                documents: vec![],
                confidence: 0.5,
                evidence: vec![Evidence {
                    document: doc.into(),
                    start: 0,
                    end: 3,
                    text: "abc".into(),
                }],
            },
        }
    }

    #[test]
    fn bucket_ignores_side_order_and_prefers_countries() {
        let a = src(
            "a",
            "2021-09-24",
            "meeting",
            None,
            side(&["AZE"], &["person:x"]),
            side(&["KAZ"], &[]),
        );
        let b = src(
            "b",
            "2021-09-24",
            "meeting",
            None,
            side(&["country:KAZ"], &[]),
            side(&["AZE"], &[]),
        );
        assert_eq!(bucket_key("a", 0, &a.event), "CONSULT|AZE,KAZ");
        assert_eq!(bucket_key("a", 0, &a.event), bucket_key("b", 0, &b.event));
    }

    #[test]
    fn affinity_rules() {
        let aze = || side(&["AZE"], &[]);
        let kaz = || side(&["KAZ"], &[]);
        let a = src(
            "a",
            "2021-09-25",
            "meeting",
            Some("2021-09-24"),
            aze(),
            kaz(),
        );
        let same = src("b", "2021-09-25", "visit", Some("XXXX-09-24"), aze(), kaz());
        let next_day = src(
            "c",
            "2021-09-26",
            "meeting",
            Some("2021-09-25"),
            kaz(),
            aze(),
        );
        let far = src(
            "d",
            "2021-10-26",
            "meeting",
            Some("2021-10-20"),
            aze(),
            kaz(),
        );
        let phone = src("e", "2021-09-25", "phone", Some("2021-09-24"), aze(), kaz());
        let back = src("f", "2021-09-25", "visit", Some("2021-09-24"), kaz(), aze());
        let undated = src("g", "2021-09-27", "meeting", None, aze(), kaz());
        let undated_late = src("h", "2021-09-30", "meeting", None, aze(), kaz());
        assert_eq!(affinity(&a, &same), Some(3));
        assert_eq!(affinity(&a, &next_day), Some(2));
        assert_eq!(affinity(&a, &far), None);
        assert_eq!(
            affinity(&same, &phone),
            None,
            "visit and phone are different events"
        );
        assert_eq!(affinity(&same, &back), None, "direction of a visit matters");
        assert_eq!(affinity(&a, &back), Some(4), "a meeting has no direction");
        assert_eq!(affinity(&a, &undated), Some(1));
        assert_eq!(affinity(&a, &undated_late), None);
        let mut denied = a.clone();
        denied.document = "z".into();
        denied.event.status = "denied".into();
        assert_eq!(affinity(&a, &denied), None);
    }

    #[test]
    fn clustering_is_complete_linkage_and_order_free() {
        let aze = || side(&["AZE"], &[]);
        let kaz = || side(&["KAZ"], &[]);
        let s = vec![
            src(
                "a",
                "2021-09-24",
                "meeting",
                Some("2021-09-24"),
                aze(),
                kaz(),
            ),
            src(
                "b",
                "2021-09-25",
                "meeting",
                Some("2021-09-25"),
                aze(),
                kaz(),
            ),
            src(
                "c",
                "2021-09-26",
                "meeting",
                Some("2021-09-26"),
                aze(),
                kaz(),
            ),
        ];
        let mut rev = s.clone();
        rev.reverse();
        let c1 = cluster(s);
        let c2 = cluster(rev);
        assert_eq!(c1, c2);
        assert_eq!(c1.len(), 2, "24th and 26th are two days apart");
        assert_eq!(
            c1[0]
                .iter()
                .map(|m| m.document.as_str())
                .collect::<Vec<_>>(),
            ["a", "b"]
        );
    }

    #[test]
    fn merge_takes_the_specific_mode_precise_date_and_union() {
        let mut a = src(
            "a",
            "2021-09-25",
            "meeting",
            Some("XXXX-09-24"),
            side(&["KAZ"], &["person:k"]),
            side(&["AZE"], &[]),
        );
        a.event.topics = vec!["trade".into()];
        a.event.confidence = 0.9;
        let mut b = src(
            "b",
            "2021-09-24",
            "visit",
            Some("2021-09-24"),
            side(&["AZE"], &["person:b"]),
            side(&["KAZ"], &[]),
        );
        b.event.topics = vec!["transport".into(), "trade".into()];
        let c = cluster(vec![a, b]);
        assert_eq!(c.len(), 1);
        let f = merge("CONSULT|AZE,KAZ", c.into_iter().next().unwrap());
        assert_eq!(f.row.mode, "visit");
        assert_eq!(f.row.cameo, "042");
        assert_eq!(f.row.date.as_deref(), Some("2021-09-24"));
        assert_eq!(f.row.source, side(&["AZE"], &["person:b"]));
        assert_eq!(f.row.target, side(&["KAZ"], &["person:k"]));
        assert_eq!(f.row.topics, ["transport", "trade"]);
        assert_eq!(f.row.confidence, 0.9);
        assert_eq!(f.row.num_documents, 2);
        assert_eq!(
            f.row.id,
            fused_id("CONSULT|AZE,KAZ", "b", "b-e0", 0),
            "b was published first"
        );
        assert_eq!(f.date_lo.as_deref(), Some("2021-09-24"));
    }
}
