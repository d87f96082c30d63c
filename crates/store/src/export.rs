//! Bulk export of fused events: JSON Lines, CSV, and a GDELT-like TSV.
//! Column meanings are documented in `EXPORT.md` next to this crate.

use crate::backend::{params, Conn};
use crate::cameo::CameoTable;
use crate::dates::PartialDate;
use crate::error::{Result, StoreError};
use crate::fusion::country_code;
use crate::model::{EventFilter, EventRow};
use crate::query;
use std::collections::{BTreeSet, HashMap};
use std::io::Write;
use std::str::FromStr;

/// Events fetched per query while exporting.
const EXPORT_PAGE: usize = 500;

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One [`EventRow`] (with sources and evidence) per line.
    Jsonl,
    /// One row per event, list columns joined with `;`.
    Csv,
    /// Tab-separated, GDELT 2.0 event-table column names plus communique columns.
    Gdelt,
}

impl FromStr for ExportFormat {
    type Err = StoreError;

    fn from_str(s: &str) -> Result<Self> {
        match s.to_ascii_lowercase().as_str() {
            "jsonl" | "json" | "ndjson" => Ok(ExportFormat::Jsonl),
            "csv" => Ok(ExportFormat::Csv),
            "gdelt" | "tsv" => Ok(ExportFormat::Gdelt),
            other => Err(StoreError::InvalidArgument(format!(
                "unknown export format {other:?} (expected jsonl, csv or gdelt)"
            ))),
        }
    }
}

/// CSV columns, in order.
pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "type",
    "mode",
    "cameo",
    "status",
    "date",
    "source_countries",
    "source_persons",
    "source_organizations",
    "target_countries",
    "target_persons",
    "target_organizations",
    "location_country",
    "location_place",
    "topics",
    "documents_signed",
    "confidence",
    "num_documents",
    "num_evidence",
    "reports",
    "evidence_document",
    "evidence_start",
    "evidence_end",
    "evidence_text",
];

/// GDELT-like columns, in order.
pub const GDELT_COLUMNS: &[&str] = &[
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "SOURCEURL",
    "CommuniqueEventId",
    "CommuniqueType",
    "CommuniqueMode",
    "CommuniqueStatus",
    "CommuniqueDate",
    "CommuniqueConfidence",
    "Actor1Countries",
    "Actor2Countries",
    "Actor1Persons",
    "Actor2Persons",
    "EvidenceDocument",
    "EvidenceText",
];

/// Writes every event matching `filter` (its `limit`/`offset` respected) in
/// `format`; returns the number of events written.
pub(crate) fn export(
    conn: &mut dyn Conn,
    filter: &EventFilter,
    format: ExportFormat,
    cameo: &CameoTable,
    out: &mut dyn Write,
) -> Result<usize> {
    let names = actor_names(conn)?;
    let mut sink = match format {
        ExportFormat::Csv => Sink::Csv(Box::new(csv::Writer::from_writer(out))),
        _ => Sink::Plain(out),
    };
    match &mut sink {
        Sink::Csv(w) => w.write_record(CSV_COLUMNS)?,
        Sink::Plain(out) if format == ExportFormat::Gdelt => {
            writeln!(out, "{}", GDELT_COLUMNS.join("\t"))?
        }
        Sink::Plain(_) => {}
    }
    let mut written = 0usize;
    let mut page_filter = filter.clone();
    loop {
        let remaining = filter.limit.map(|l| l.saturating_sub(written));
        if remaining == Some(0) {
            break;
        }
        let want = remaining.map_or(EXPORT_PAGE, |r| r.min(EXPORT_PAGE));
        page_filter.limit = Some(want);
        page_filter.offset = filter.offset + written;
        let page = query::events(conn, &page_filter)?;
        for ev in &page.items {
            match &mut sink {
                Sink::Csv(w) => w.write_record(csv_row(ev))?,
                Sink::Plain(out) if format == ExportFormat::Gdelt => {
                    let row: Vec<String> = gdelt_row(ev, &names, cameo)
                        .into_iter()
                        .map(|c| tsv_clean(&c))
                        .collect();
                    writeln!(out, "{}", row.join("\t"))?;
                }
                Sink::Plain(out) => {
                    serde_json::to_writer(&mut **out, ev)?;
                    out.write_all(b"\n")?;
                }
            }
        }
        written += page.items.len();
        if page.items.len() < want {
            break;
        }
    }
    match sink {
        Sink::Csv(mut w) => w.flush()?,
        Sink::Plain(out) => out.flush()?,
    }
    Ok(written)
}

/// Where rows go: through the CSV writer (quoting) or straight out.
enum Sink<'a> {
    Csv(Box<csv::Writer<&'a mut dyn Write>>),
    Plain(&'a mut dyn Write),
}

/// Canonical names of countries and organisations, for GDELT's ActorName columns.
fn actor_names(conn: &mut dyn Conn) -> Result<HashMap<String, String>> {
    conn.query(
        "SELECT id, name FROM entities WHERE kind IN (?, ?, ?)",
        &params!["country", "organization", "person"],
    )?
    .iter()
    .map(|r| Ok((r.text(0)?, r.text(1)?)))
    .collect()
}

fn join(v: &[String]) -> String {
    v.join(";")
}

fn csv_row(ev: &EventRow) -> Vec<String> {
    let first = ev
        .sources
        .first()
        .and_then(|s| s.evidence.first().map(|e| (s, e)));
    vec![
        ev.id.clone(),
        ev.event_type.clone(),
        ev.mode.clone(),
        ev.cameo.clone(),
        ev.status.clone(),
        ev.date.clone().unwrap_or_default(),
        join(&ev.source.countries),
        join(&ev.source.persons),
        join(&ev.source.organizations),
        join(&ev.target.countries),
        join(&ev.target.persons),
        join(&ev.target.organizations),
        ev.location.country.clone().unwrap_or_default(),
        ev.location.place.clone().unwrap_or_default(),
        join(&ev.topics),
        join(&ev.documents),
        format!("{}", ev.confidence),
        ev.num_documents.to_string(),
        ev.num_evidence.to_string(),
        join(
            &ev.sources
                .iter()
                .map(|s| s.document.clone())
                .collect::<Vec<_>>(),
        ),
        first.map(|(s, _)| s.document.clone()).unwrap_or_default(),
        first.map(|(_, e)| e.start.to_string()).unwrap_or_default(),
        first.map(|(_, e)| e.end.to_string()).unwrap_or_default(),
        first.map(|(_, e)| e.text.clone()).unwrap_or_default(),
    ]
}

/// GDELT's integer event id: the first 52 bits of the fused id's hash, so it is
/// stable across exports and exact in any JSON or spreadsheet.
pub fn global_event_id(id: &str) -> Option<u64> {
    let hex = id.strip_prefix("ev-")?;
    u64::from_str_radix(hex.get(..13)?, 16).ok()
}

/// The day GDELT files an event under: its exact date, else (like GDELT, which
/// dates by article) the earliest publication day of its reports.
fn event_day(ev: &EventRow) -> Option<PartialDate> {
    ev.date
        .as_deref()
        .and_then(PartialDate::parse)
        .filter(PartialDate::is_exact)
        .or_else(|| {
            ev.sources
                .iter()
                .filter_map(|s| s.published.as_deref().and_then(PartialDate::parse))
                .filter(PartialDate::is_exact)
                .min()
        })
}

fn upper_name(names: &HashMap<String, String>, id: &str, fallback: &str) -> String {
    names
        .get(id)
        .map_or_else(|| fallback.to_owned(), |n| n.to_uppercase())
}

/// (Actor code, name, country code) of one side: CAMEO actor codes for countries
/// are ISO alpha-3; organisation or person-only sides have a name and no code.
fn gdelt_actor(
    side: &communique_record::Side,
    names: &HashMap<String, String>,
) -> (String, String, String) {
    if let Some(c) = side.countries.first() {
        let code = country_code(c);
        let name = upper_name(names, &format!("country:{code}"), &code);
        return (code.clone(), name, code);
    }
    if let Some(o) = side.organizations.first() {
        return (String::new(), upper_name(names, o, o), String::new());
    }
    if let Some(p) = side.persons.first() {
        return (String::new(), upper_name(names, p, p), String::new());
    }
    (String::new(), String::new(), String::new())
}

fn outlet_of(s: &crate::model::EventSource) -> String {
    if let Some(o) = &s.outlet {
        return o.to_lowercase();
    }
    if let Some(url) = &s.url {
        let rest = url.split_once("://").map_or(url.as_str(), |(_, r)| r);
        let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        return host.trim_start_matches("www.").to_lowercase();
    }
    s.document.clone()
}

fn gdelt_row(ev: &EventRow, names: &HashMap<String, String>, cameo: &CameoTable) -> Vec<String> {
    let day = event_day(ev);
    let (sqldate, month_year, year, fraction) = match day {
        Some(d) => {
            let (y, m, dd) = (
                d.year.unwrap_or(0),
                d.month.unwrap_or(1),
                d.day.unwrap_or(1),
            );
            // GDELT's own definition: YEAR + (MONTH * 30 + DAY) / 365.
            let fraction = f64::from(y) + f64::from(m * 30 + dd) / 365.0;
            (
                format!("{y:04}{m:02}{dd:02}"),
                format!("{y:04}{m:02}"),
                format!("{y:04}"),
                format!("{fraction:.4}"),
            )
        }
        None => Default::default(),
    };
    let (a1code, a1name, a1country) = gdelt_actor(&ev.source, names);
    let (a2code, a2name, a2country) = gdelt_actor(&ev.target, names);
    let code = ev.cameo.trim();
    let entry = cameo.lookup(code);
    let outlets: BTreeSet<String> = ev.sources.iter().map(outlet_of).collect();
    let geo_country = ev
        .location
        .country
        .as_deref()
        .map(country_code)
        .unwrap_or_default();
    let geo_type = match (&ev.location.place, geo_country.is_empty()) {
        (Some(_), _) => "4",
        (None, false) => "1",
        (None, true) => "",
    };
    let geo_name = {
        let country_name = if geo_country.is_empty() {
            String::new()
        } else {
            names
                .get(&format!("country:{geo_country}"))
                .cloned()
                .unwrap_or_else(|| geo_country.clone())
        };
        match &ev.location.place {
            Some(p) => {
                let place = names.get(p).cloned().unwrap_or_else(|| p.clone());
                if country_name.is_empty() {
                    place
                } else {
                    format!("{place}, {country_name}")
                }
            }
            None => country_name,
        }
    };
    let first = ev.sources.first();
    let source_url = first
        .map(|s| {
            s.url
                .clone()
                .or_else(|| s.outlet.clone())
                .unwrap_or_else(|| s.document.clone())
        })
        .unwrap_or_default();
    let evidence = first.and_then(|s| {
        s.evidence
            .first()
            .map(|e| (s.document.clone(), e.text.clone()))
    });
    vec![
        global_event_id(&ev.id)
            .map(|v| v.to_string())
            .unwrap_or_default(),
        sqldate,
        month_year,
        year,
        fraction,
        a1code,
        a1name,
        a1country,
        a2code,
        a2name,
        a2country,
        "1".to_owned(),
        code.to_owned(),
        code.get(..3).unwrap_or(code).to_owned(),
        code.get(..2).unwrap_or(code).to_owned(),
        entry.map(|e| e.quad_class.to_string()).unwrap_or_default(),
        entry
            .map(|e| format!("{:.1}", e.goldstein))
            .unwrap_or_default(),
        ev.num_evidence.to_string(),
        outlets.len().to_string(),
        ev.num_documents.to_string(),
        geo_type.to_owned(),
        geo_name,
        geo_country,
        source_url,
        ev.id.clone(),
        ev.event_type.clone(),
        ev.mode.clone(),
        ev.status.clone(),
        ev.date.clone().unwrap_or_default(),
        format!("{}", ev.confidence),
        join(
            &ev.source
                .countries
                .iter()
                .map(|c| country_code(c))
                .collect::<Vec<_>>(),
        ),
        join(
            &ev.target
                .countries
                .iter()
                .map(|c| country_code(c))
                .collect::<Vec<_>>(),
        ),
        join(&ev.source.persons),
        join(&ev.target.persons),
        evidence
            .as_ref()
            .map(|(d, _)| d.clone())
            .unwrap_or_default(),
        evidence.map(|(_, t)| t).unwrap_or_default(),
    ]
}

/// TSV has no quoting: tabs and line breaks inside a field become spaces.
fn tsv_clean(s: &str) -> String {
    s.chars()
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn global_event_id_is_52_bits_of_the_id() {
        assert_eq!(global_event_id("ev-0000000000001fff"), Some(1));
        assert_eq!(
            global_event_id("ev-ffffffffffffffff"),
            Some((1u64 << 52) - 1)
        );
        assert_eq!(global_event_id("other"), None);
    }

    #[test]
    fn formats_parse() {
        assert_eq!("CSV".parse::<ExportFormat>().unwrap(), ExportFormat::Csv);
        assert_eq!(
            "gdelt".parse::<ExportFormat>().unwrap(),
            ExportFormat::Gdelt
        );
        assert!("xml".parse::<ExportFormat>().is_err());
    }
}
