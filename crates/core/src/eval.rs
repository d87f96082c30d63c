//! Scoring extracted records against gold files (SPEC.md section 9).
//!
//! An extracted event matches a gold event when the types agree and the actor
//! sides agree at country level (organisations where a side has no country), with
//! direction required for directed modes. Required gold events make recall; a match
//! with an optional gold event is neither credit nor penalty; any other extraction
//! is a false positive. Mode, CAMEO code, date, persons and location are reported over the
//! matched pairs; entities are compared as sets of ids per document and kind.

use crate::dates::PartialDate;
use communique_record::{EventRecord, Record};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Deserialize)]
pub struct GoldDocument {
    pub document: String,
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    pub id: String,
    pub kind: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    #[serde(default = "yes")]
    pub required: bool,
    #[serde(rename = "type")]
    pub event_type: String,
    #[serde(default)]
    pub mode: Option<String>,
    #[serde(default)]
    pub cameo: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub source: GoldSide,
    #[serde(default)]
    pub target: GoldSide,
    #[serde(default)]
    pub location: Option<GoldLocation>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct GoldSide {
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub persons: Vec<String>,
    #[serde(default)]
    pub organizations: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct GoldLocation {
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub place: Option<String>,
}

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Counts over a set of matched pairs.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Accuracy {
    pub right: usize,
    pub total: usize,
}

impl Accuracy {
    pub fn value(&self) -> f64 {
        ratio(self.right, self.total)
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct DateScore {
    pub exact: usize,
    pub compatible: usize,
    pub wrong: usize,
    pub missing: usize,
    /// Matched pairs whose gold gives no date (a planned visit with no day yet)
    /// but the extraction does: a date the page does not give. Outside the
    /// accuracy, whose pairs all have a gold date.
    pub invented: usize,
}

/// What went wrong in one document, for the report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DocumentReport {
    pub document: String,
    pub events: Prf,
    pub missed: Vec<String>,
    pub false_positives: Vec<String>,
    pub entity_errors: Vec<String>,
    pub title_ok: bool,
    pub language_ok: bool,
    pub published_ok: bool,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub documents: usize,
    pub events: Prf,
    pub entities: BTreeMap<String, Prf>,
    pub mode: Accuracy,
    pub cameo: Accuracy,
    pub status: Accuracy,
    pub dates: DateScore,
    pub persons: Accuracy,
    pub location: Accuracy,
    pub title: Accuracy,
    pub language: Accuracy,
    pub published: Accuracy,
    pub per_document: Vec<DocumentReport>,
}

impl Report {
    /// Exact plus compatible partial dates, over matched pairs with a gold date.
    pub fn date_accuracy(&self, strict: bool) -> f64 {
        let d = &self.dates;
        let ok = d.exact + if strict { 0 } else { d.compatible };
        ratio(ok, d.exact + d.compatible + d.wrong + d.missing)
    }
}

const DIRECTED_FREE: [&str; 4] = ["meeting", "third-party", "sign", "agree"];

fn side_agrees(gold: &GoldSide, got: &communique_record::Side) -> bool {
    if !gold.countries.is_empty() {
        let g: BTreeSet<&String> = gold.countries.iter().collect();
        let e: BTreeSet<&String> = got.countries.iter().collect();
        return g == e;
    }
    if !gold.organizations.is_empty() {
        return got.countries.is_empty()
            && gold
                .organizations
                .iter()
                .any(|o| got.organizations.contains(o));
    }
    if !gold.persons.is_empty() {
        return gold.persons.iter().any(|p| got.persons.contains(p));
    }
    got.is_empty()
}

/// Whether an extracted event matches a gold event.
pub fn matches(gold: &GoldEvent, got: &EventRecord) -> bool {
    if gold.event_type != got.event_type {
        return false;
    }
    let straight = side_agrees(&gold.source, &got.source) && side_agrees(&gold.target, &got.target);
    if straight {
        return true;
    }
    let undirected = gold
        .mode
        .as_deref()
        .is_some_and(|m| DIRECTED_FREE.contains(&m));
    undirected && side_agrees(&gold.source, &got.target) && side_agrees(&gold.target, &got.source)
}

fn describe_gold(g: &GoldEvent) -> String {
    format!(
        "{}/{} {:?}->{:?}{}",
        g.event_type,
        g.mode.as_deref().unwrap_or("-"),
        key(&g.source.countries, &g.source.organizations),
        key(&g.target.countries, &g.target.organizations),
        g.date
            .as_deref()
            .map(|d| format!(" {d}"))
            .unwrap_or_default()
    )
}

fn describe(e: &EventRecord) -> String {
    format!(
        "{}/{} {:?}->{:?}{}",
        e.event_type,
        e.mode,
        key(&e.source.countries, &e.source.organizations),
        key(&e.target.countries, &e.target.organizations),
        e.date
            .as_deref()
            .map(|d| format!(" {d}"))
            .unwrap_or_default()
    )
}

fn key(countries: &[String], orgs: &[String]) -> Vec<String> {
    if countries.is_empty() {
        orgs.to_vec()
    } else {
        countries.to_vec()
    }
}

/// Score one document.
pub fn score_document(gold: &GoldDocument, got: &Record, report: &mut Report) {
    let mut doc = DocumentReport {
        document: gold.document.clone(),
        ..Default::default()
    };
    // Required gold events are matched first so that optional ones cannot steal them.
    let mut order: Vec<usize> = (0..gold.events.len()).collect();
    order.sort_by_key(|&i| !gold.events[i].required);
    let mut gold_taken = vec![false; gold.events.len()];
    let mut got_taken = vec![false; got.events.len()];
    for &gi in &order {
        let g = &gold.events[gi];
        let Some(ei) =
            (0..got.events.len()).find(|&ei| !got_taken[ei] && matches(g, &got.events[ei]))
        else {
            continue;
        };
        gold_taken[gi] = true;
        got_taken[ei] = true;
        if !g.required {
            continue;
        }
        let e = &got.events[ei];
        doc.events.tp += 1;
        if let Some(m) = &g.mode {
            report.mode.total += 1;
            report.mode.right += usize::from(*m == e.mode);
        }
        if let Some(c) = &g.cameo {
            report.cameo.total += 1;
            report.cameo.right += usize::from(*c == e.cameo);
        }
        report.status.total += 1;
        report.status.right += usize::from(g.status.as_deref().unwrap_or("occurred") == e.status);
        if let Some(gd) = g.date.as_deref().and_then(PartialDate::parse_iso) {
            match e.date.as_deref().and_then(PartialDate::parse_iso) {
                Some(ed) if ed == gd => report.dates.exact += 1,
                Some(ed) if ed.compatible(&gd) => report.dates.compatible += 1,
                Some(_) => report.dates.wrong += 1,
                None => report.dates.missing += 1,
            }
        } else if g.date.is_none() && e.date.is_some() {
            report.dates.invented += 1;
        }
        let gold_persons: BTreeSet<&String> =
            g.source.persons.iter().chain(&g.target.persons).collect();
        if !gold_persons.is_empty() {
            let got_persons: BTreeSet<&String> =
                e.source.persons.iter().chain(&e.target.persons).collect();
            report.persons.total += 1;
            report.persons.right += usize::from(gold_persons.is_subset(&got_persons));
        }
        if let Some(loc) = &g.location {
            report.location.total += 1;
            let country_ok = loc.country.is_none() || loc.country == e.location.country;
            let place_ok = loc.place.is_none() || loc.place == e.location.place;
            report.location.right += usize::from(country_ok && place_ok);
        }
    }
    for (gi, g) in gold.events.iter().enumerate() {
        if g.required && !gold_taken[gi] {
            doc.events.fn_ += 1;
            doc.missed.push(describe_gold(g));
        }
    }
    for (ei, e) in got.events.iter().enumerate() {
        if !got_taken[ei] {
            doc.events.fp += 1;
            doc.false_positives.push(describe(e));
        }
    }

    for kind in ["person", "country", "organization", "place"] {
        let g: BTreeSet<&str> = gold
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.id.as_str())
            .collect();
        let e: BTreeSet<&str> = got
            .entities
            .iter()
            .filter(|e| e.kind.as_str() == kind)
            .map(|e| e.id.as_str())
            .collect();
        let prf = Prf {
            tp: g.intersection(&e).count(),
            fp: e.difference(&g).count(),
            fn_: g.difference(&e).count(),
        };
        for id in e.difference(&g) {
            doc.entity_errors.push(format!("+{id}"));
        }
        for id in g.difference(&e) {
            doc.entity_errors.push(format!("-{id}"));
        }
        report
            .entities
            .entry(kind.to_string())
            .or_default()
            .add(prf);
    }

    doc.title_ok = gold.title == got.title;
    doc.language_ok = gold.language.as_deref().is_none_or(|l| l == got.language);
    doc.published_ok = published_agrees(gold.published.as_deref(), got.published.as_deref());
    for (acc, ok) in [
        (&mut report.title, doc.title_ok),
        (&mut report.language, doc.language_ok),
        (&mut report.published, doc.published_ok),
    ] {
        acc.total += 1;
        acc.right += usize::from(ok);
    }
    report.events.add(doc.events);
    report.documents += 1;
    report.per_document.push(doc);
}

/// A publication date is right when it equals the gold one (time included when the
/// gold has one), or is the gold date with the year left unknown, which the gold
/// notes accept for pages that do not state the year.
fn published_agrees(gold: Option<&str>, got: Option<&str>) -> bool {
    match (gold, got) {
        (None, None) => true,
        (Some(g), Some(e)) if g == e => true,
        (Some(g), Some(e)) => {
            let (gd, ed) = (PartialDate::parse_iso(g), PartialDate::parse_iso(e));
            let same_time = g.split_once('T').map(|x| x.1) == e.split_once('T').map(|x| x.1);
            match (gd, ed) {
                (Some(gd), Some(ed)) => {
                    ed.year.is_none() && ed.compatible(&gd) && (same_time || !g.contains('T'))
                }
                _ => false,
            }
        }
        _ => false,
    }
}

impl Report {
    /// A readable summary.
    pub fn render(&self, verbose: bool) -> String {
        let mut s = String::new();
        let line = |name: &str, p: &Prf| {
            format!(
                "{name:<14} P {:.3}  R {:.3}  F1 {:.3}   (tp {}, fp {}, fn {})\n",
                p.precision(),
                p.recall(),
                p.f1(),
                p.tp,
                p.fp,
                p.fn_
            )
        };
        s.push_str(&format!("documents      {}\n", self.documents));
        s.push_str(&line("events", &self.events));
        for (k, p) in &self.entities {
            let plural = match k.as_str() {
                "country" => "countries".to_string(),
                other => format!("{other}s"),
            };
            s.push_str(&line(&plural, p));
        }
        let acc = |name: &str, a: &Accuracy| {
            format!("{name:<14} {:.3}   ({}/{})\n", a.value(), a.right, a.total)
        };
        s.push_str(&acc("mode", &self.mode));
        s.push_str(&acc("cameo", &self.cameo));
        s.push_str(&acc("status", &self.status));
        let d = &self.dates;
        s.push_str(&format!(
            "dates          exact {:.3}  exact+partial {:.3}   (exact {}, partial {}, wrong {}, missing {}; given where gold has none {})\n",
            self.date_accuracy(true),
            self.date_accuracy(false),
            d.exact,
            d.compatible,
            d.wrong,
            d.missing,
            d.invented
        ));
        s.push_str(&acc("persons", &self.persons));
        s.push_str(&acc("location", &self.location));
        s.push_str(&acc("title", &self.title));
        s.push_str(&acc("language", &self.language));
        s.push_str(&acc("published", &self.published));
        if verbose {
            for d in &self.per_document {
                let flags: Vec<&str> = [
                    (!d.title_ok, "title"),
                    (!d.language_ok, "language"),
                    (!d.published_ok, "published"),
                ]
                .into_iter()
                .filter(|x| x.0)
                .map(|x| x.1)
                .collect();
                if d.missed.is_empty()
                    && d.false_positives.is_empty()
                    && d.entity_errors.is_empty()
                    && flags.is_empty()
                {
                    continue;
                }
                s.push_str(&format!("\n{}\n", d.document));
                for m in &d.missed {
                    s.push_str(&format!("  missed   {m}\n"));
                }
                for m in &d.false_positives {
                    s.push_str(&format!("  extra    {m}\n"));
                }
                if !d.entity_errors.is_empty() {
                    s.push_str(&format!("  entities {}\n", d.entity_errors.join(" ")));
                }
                if !flags.is_empty() {
                    s.push_str(&format!("  wrong    {}\n", flags.join(", ")));
                }
            }
        }
        s
    }
}
