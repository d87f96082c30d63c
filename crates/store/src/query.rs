//! Read side for events and documents: filters to SQL, rows to typed results.

use crate::backend::{params, Conn, Param, Row};
use crate::dates::filter_bound;
use crate::error::{Result, StoreError};
use crate::fusion::{country_code, Payload};
use crate::model::{
    DocumentEvent, DocumentMeta, DocumentView, EventFilter, EventRow, EventSource, MentionRow,
    Page, StoreStats,
};
use communique_record::{EntityKind, EventRecord, Evidence};
use std::collections::HashMap;

/// Ids per `IN (...)` list: far below both backends' parameter limits.
const IN_CHUNK: usize = 400;

/// An actor as typed by a user or caller, as stored in `event_actors`: entity ids
/// pass through, bare codes are countries (`aze` → `country:AZE`).
pub(crate) fn actor_id(s: &str) -> String {
    let s = s.trim();
    match s.split_once(':') {
        Some(("country", code)) => format!("country:{}", country_code(code)),
        Some(_) => s.to_owned(),
        None => format!("country:{}", country_code(s)),
    }
}

/// A WHERE clause under construction.
#[derive(Default)]
pub(crate) struct Where {
    clauses: Vec<String>,
    pub(crate) params: Vec<Param>,
}

impl Where {
    fn push(&mut self, clause: &str, params: impl IntoIterator<Item = Param>) {
        self.clauses.push(clause.to_owned());
        self.params.extend(params);
    }

    pub(crate) fn sql(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.clauses.join(" AND "))
        }
    }
}

const HAS_ACTOR: &str =
    "EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND a.actor_id = ?)";

pub(crate) fn event_where(f: &EventFilter) -> Result<Where> {
    let mut w = Where::default();
    match (&f.country, &f.counterpart) {
        (Some(a), Some(b)) => w.push(
            "EXISTS (SELECT 1 FROM event_actors a JOIN event_actors b \
             ON b.event_id = a.event_id AND b.side <> a.side \
             WHERE a.event_id = e.id AND a.actor_id = ? AND b.actor_id = ?)",
            params![actor_id(a), actor_id(b)],
        ),
        (Some(a), None) | (None, Some(a)) => w.push(HAS_ACTOR, params![actor_id(a)]),
        (None, None) => {}
    }
    if let Some(p) = &f.person {
        w.push(HAS_ACTOR, params![p.trim()]);
    }
    if let Some(o) = &f.organization {
        w.push(HAS_ACTOR, params![o.trim()]);
    }
    if let Some(t) = &f.event_type {
        w.push("e.event_type = ?", params![t.trim().to_uppercase()]);
    }
    if let Some(m) = &f.mode {
        w.push("e.mode = ?", params![m.trim().to_lowercase()]);
    }
    if let Some(s) = &f.status {
        w.push("e.status = ?", params![s.trim().to_lowercase()]);
    }
    if let Some(from) = &f.from {
        let day = filter_bound(from, false)
            .ok_or_else(|| StoreError::InvalidArgument(format!("from: not a date: {from:?}")))?;
        w.push("e.date_hi >= ?", params![day]);
    }
    if let Some(to) = &f.to {
        let day = filter_bound(to, true)
            .ok_or_else(|| StoreError::InvalidArgument(format!("to: not a date: {to:?}")))?;
        w.push("e.date_lo <= ?", params![day]);
    }
    if let Some(d) = &f.document {
        w.push(
            "EXISTS (SELECT 1 FROM event_sources s WHERE s.fused_id = e.id AND s.document_id = ?)",
            params![d.as_str()],
        );
    }
    Ok(w)
}

const EVENT_COLUMNS: &str = "e.id, e.event_type, e.mode, e.cameo, e.status, e.date, \
     e.confidence, e.num_documents, e.num_evidence, e.payload";

fn to_usize(v: i64) -> Result<usize> {
    usize::try_from(v).map_err(|_| StoreError::Corrupt(format!("negative count {v}")))
}

fn event_from_row(r: &Row) -> Result<EventRow> {
    let payload: Payload = serde_json::from_str(&r.text(9)?)?;
    Ok(EventRow {
        id: r.text(0)?,
        event_type: r.text(1)?,
        mode: r.text(2)?,
        cameo: r.text(3)?,
        status: r.text(4)?,
        date: r.opt_text(5)?,
        confidence: r.real(6)?,
        num_documents: to_usize(r.int(7)?)?,
        num_evidence: to_usize(r.int(8)?)?,
        source: payload.source,
        target: payload.target,
        location: payload.location,
        topics: payload.topics,
        documents: payload.documents,
        sources: Vec::new(),
    })
}

fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// Fills `sources` of each event: every report, earliest publication first.
fn attach_sources(conn: &mut dyn Conn, events: &mut [EventRow]) -> Result<()> {
    let ids: Vec<String> = events.iter().map(|e| e.id.clone()).collect();
    let mut by_event: HashMap<String, Vec<(EventSource, usize)>> = HashMap::new();
    let mut evidence: HashMap<(String, usize), Vec<Evidence>> = HashMap::new();
    for chunk in ids.chunks(IN_CHUNK) {
        let ps: Vec<Param> = chunk.iter().map(Param::from).collect();
        let sql = format!(
            "SELECT s.fused_id, s.document_id, s.ord, s.event_id, s.mode, s.cameo, s.status, \
             s.date, s.confidence, d.language, d.url, d.published, COALESCE(d.source, d.agency) \
             FROM event_sources s JOIN documents d ON d.id = s.document_id \
             WHERE s.fused_id IN ({})",
            placeholders(chunk.len())
        );
        for r in conn.query(&sql, &ps)? {
            let ord = to_usize(r.int(2)?)?;
            by_event.entry(r.text(0)?).or_default().push((
                EventSource {
                    document: r.text(1)?,
                    event_id: r.text(3)?,
                    mode: r.text(4)?,
                    cameo: r.text(5)?,
                    status: r.text(6)?,
                    date: r.opt_text(7)?,
                    confidence: r.real(8)?,
                    language: r.text(9)?,
                    url: r.opt_text(10)?,
                    published: r.opt_text(11)?,
                    outlet: r.opt_text(12)?,
                    evidence: Vec::new(),
                },
                ord,
            ));
        }
        let sql = format!(
            "SELECT v.document_id, v.source_ord, v.start_char, v.end_char, v.text \
             FROM evidence v JOIN event_sources s \
             ON s.document_id = v.document_id AND s.ord = v.source_ord \
             WHERE s.fused_id IN ({}) ORDER BY v.document_id, v.source_ord, v.ord",
            placeholders(chunk.len())
        );
        for r in conn.query(&sql, &ps)? {
            let doc = r.text(0)?;
            evidence
                .entry((doc.clone(), to_usize(r.int(1)?)?))
                .or_default()
                .push(Evidence {
                    document: doc,
                    start: to_usize(r.int(2)?)?,
                    end: to_usize(r.int(3)?)?,
                    text: r.text(4)?,
                });
        }
    }
    for e in events.iter_mut() {
        let mut sources = by_event.remove(&e.id).unwrap_or_default();
        sources.sort_by(|(a, ao), (b, bo)| {
            (a.published.is_none(), &a.published, &a.document, ao).cmp(&(
                b.published.is_none(),
                &b.published,
                &b.document,
                bo,
            ))
        });
        e.sources = sources
            .into_iter()
            .map(|(mut s, ord)| {
                s.evidence = evidence
                    .remove(&(s.document.clone(), ord))
                    .unwrap_or_default();
                s
            })
            .collect();
    }
    Ok(())
}

fn limit_param(limit: Option<usize>) -> Param {
    limit.map_or(Param::Int(Some(i64::MAX)), Param::from)
}

pub(crate) fn events(conn: &mut dyn Conn, f: &EventFilter) -> Result<Page<EventRow>> {
    let w = event_where(f)?;
    let total = conn.query(
        &format!("SELECT COUNT(*) FROM events e{}", w.sql()),
        &w.params,
    )?;
    let total = total.first().map_or(Ok(0), |r| r.int(0))? as u64;
    // Unplaceable events last (those with a year-less date by that date); on one
    // day, dated before undated, then by type, so pages are stable and readable.
    let order = if f.newest_first {
        "(e.date_lo IS NULL), e.date_lo DESC, e.date_hi DESC, (e.date IS NULL), e.date DESC, e.event_type, e.id"
    } else {
        "(e.date_lo IS NULL), e.date_lo, e.date_hi, (e.date IS NULL), e.date, e.event_type, e.id"
    };
    let sql = format!(
        "SELECT {EVENT_COLUMNS} FROM events e{} ORDER BY {order} LIMIT ? OFFSET ?",
        w.sql()
    );
    let mut ps = w.params.clone();
    ps.push(limit_param(f.limit));
    ps.push(Param::from(f.offset));
    let mut items = conn
        .query(&sql, &ps)?
        .iter()
        .map(event_from_row)
        .collect::<Result<Vec<_>>>()?;
    attach_sources(conn, &mut items)?;
    Ok(Page {
        items,
        total,
        limit: f.limit,
        offset: f.offset,
    })
}

pub(crate) fn event(conn: &mut dyn Conn, id: &str) -> Result<Option<EventRow>> {
    let rows = conn.query(
        &format!("SELECT {EVENT_COLUMNS} FROM events e WHERE e.id = ?"),
        &params![id],
    )?;
    let mut items = rows
        .iter()
        .map(event_from_row)
        .collect::<Result<Vec<_>>>()?;
    attach_sources(conn, &mut items)?;
    Ok(items.pop())
}

const DOCUMENT_COLUMNS: &str = "id, url, language, title, published, agency, source, dateline, \
     content_hash, schema_version, ingested_at";

fn document_from_row(r: &Row) -> Result<DocumentMeta> {
    Ok(DocumentMeta {
        id: r.text(0)?,
        url: r.opt_text(1)?,
        language: r.text(2)?,
        title: r.opt_text(3)?,
        published: r.opt_text(4)?,
        agency: r.opt_text(5)?,
        source: r.opt_text(6)?,
        dateline: r.opt_text(7)?,
        content_hash: r.text(8)?,
        schema_version: r.text(9)?,
        ingested_at: r.text(10)?,
    })
}

pub(crate) fn parse_kind(s: &str) -> Result<EntityKind> {
    serde_json::from_value(serde_json::Value::String(s.to_owned()))
        .map_err(|_| StoreError::Corrupt(format!("unknown entity kind {s:?}")))
}

pub(crate) fn document(conn: &mut dyn Conn, id: &str) -> Result<Option<DocumentView>> {
    let rows = conn.query(
        &format!("SELECT {DOCUMENT_COLUMNS}, text FROM documents WHERE id = ?"),
        &params![id],
    )?;
    let Some(row) = rows.first() else {
        return Ok(None);
    };
    let meta = document_from_row(row)?;
    let text = row.opt_text(11)?;
    let mentions = conn
        .query(
            "SELECT m.entity_id, de.name, COALESCE(en.kind, 'place'), m.start_char, m.end_char, m.text \
             FROM mentions m \
             JOIN document_entities de ON de.document_id = m.document_id AND de.entity_id = m.entity_id \
             LEFT JOIN entities en ON en.id = m.entity_id \
             WHERE m.document_id = ? ORDER BY m.start_char, m.end_char, m.entity_id",
            &params![id],
        )?
        .iter()
        .map(|r| {
            Ok(MentionRow {
                entity_id: r.text(0)?,
                entity_name: r.text(1)?,
                kind: parse_kind(&r.text(2)?)?,
                start: to_usize(r.int(3)?)?,
                end: to_usize(r.int(4)?)?,
                text: r.text(5)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let events = conn
        .query(
            "SELECT fused_id, record_json FROM event_sources WHERE document_id = ? ORDER BY ord",
            &params![id],
        )?
        .iter()
        .map(|r| {
            let event: EventRecord = serde_json::from_str(&r.text(1)?)?;
            Ok(DocumentEvent {
                fused_id: r.opt_text(0)?,
                event,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Some(DocumentView {
        document: meta,
        text,
        mentions,
        events,
    }))
}

pub(crate) fn documents(
    conn: &mut dyn Conn,
    limit: Option<usize>,
    offset: usize,
) -> Result<Page<DocumentMeta>> {
    let total = conn.query("SELECT COUNT(*) FROM documents", &[])?;
    let total = total.first().map_or(Ok(0), |r| r.int(0))? as u64;
    let items = conn
        .query(
            &format!(
                "SELECT {DOCUMENT_COLUMNS} FROM documents \
                 ORDER BY (published IS NULL), published, id LIMIT ? OFFSET ?"
            ),
            &[limit_param(limit), Param::from(offset)],
        )?
        .iter()
        .map(document_from_row)
        .collect::<Result<Vec<_>>>()?;
    Ok(Page {
        items,
        total,
        limit,
        offset,
    })
}

pub(crate) fn stats(conn: &mut dyn Conn) -> Result<StoreStats> {
    let mut count = |table: &str| -> Result<u64> {
        let rows = conn.query(&format!("SELECT COUNT(*) FROM {table}"), &[])?;
        Ok(rows.first().map_or(Ok(0), |r| r.int(0))? as u64)
    };
    Ok(StoreStats {
        documents: count("documents")?,
        entities: count("entities")?,
        mentions: count("mentions")?,
        event_sources: count("event_sources")?,
        events: count("events")?,
        schema_version: crate::migrations::current_version(conn)?,
    })
}
