//! Writing records: one document per transaction, then re-fusing what it touched.
//!
//! The transaction, in order (the order matters for PostgreSQL, see below):
//! 1. lock the document id; compare the record's hash with the stored one and stop
//!    there when equal (`Unchanged`: nothing written);
//! 2. lock every fusion bucket the old and the new version touch, in key order;
//! 3. delete the old version's rows, write the document, entities (sorted by id),
//!    names, mentions, source events and evidence;
//! 4. recompute each touched bucket ([`refuse_bucket`]) and commit.
//!
//! SQLite: the write transaction (`BEGIN IMMEDIATE`) excludes other writers, so a
//! killed process leaves either the whole document or none of it. PostgreSQL runs
//! at READ COMMITTED with transaction-scoped advisory locks: the document lock
//! serialises two ingests of one id, the bucket locks serialise the fusion of one
//! bucket, and because each statement sees everything committed before it, the
//! second ingest into a bucket re-fuses with the first one's sources. Locks are
//! taken in one global order (document, then buckets by key) and entity rows are
//! upserted in id order, so concurrent ingests do not deadlock; if PostgreSQL
//! reports one anyway, the whole document is retried.

use crate::backend::{params, Conn, Param};
use crate::dates::{utc_now_rfc3339, PartialDate};
use crate::error::{Result, StoreError};
use crate::fusion::{self, bucket_key, country_code, FusedEvent, Payload, SourceEvent};
use crate::model::IngestOutcome;
use crate::text::fold;
use communique_record::{EntityRecord, EventRecord, Record, SCHEMA_VERSION};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Advisory-lock namespaces (first key of `pg_advisory_xact_lock(int, int)`).
const LOCK_DOCUMENT: i32 = 1;
const LOCK_BUCKET: i32 = 2;
/// Attempts for a document whose transaction hit a deadlock or serialization failure.
const MAX_ATTEMPTS: usize = 8;

/// sha256 of the record as JSON with the schema version: equal hashes mean the
/// same extraction of the same document.
pub fn content_hash(record: &Record) -> String {
    let mut h = Sha256::new();
    h.update(SCHEMA_VERSION.as_bytes());
    h.update([0]);
    h.update(serde_json::to_vec(record).expect("a Record always serialises"));
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// 32-bit lock key of a string (first bytes of its sha256).
fn lock_key(s: &str) -> i32 {
    let d = Sha256::digest(s.as_bytes());
    i32::from_be_bytes([d[0], d[1], d[2], d[3]])
}

fn invalid(record: &Record, reason: impl Into<String>) -> StoreError {
    StoreError::InvalidRecord {
        document: record.document.clone(),
        reason: reason.into(),
    }
}

/// Rejects what the schema cannot hold, before anything is written.
fn validate(record: &Record) -> Result<()> {
    if record.document.trim().is_empty() {
        return Err(invalid(record, "empty document id"));
    }
    for e in &record.entities {
        if e.id.trim().is_empty() {
            return Err(invalid(record, "an entity has an empty id"));
        }
        if let Some(m) = e.mentions.iter().find(|m| m.start > m.end) {
            return Err(invalid(
                record,
                format!(
                    "mention of {} ends before it starts ({}..{})",
                    e.id, m.start, m.end
                ),
            ));
        }
    }
    for ev in &record.events {
        if ev.event_type.trim().is_empty() {
            return Err(invalid(record, format!("event {} has no type", ev.id)));
        }
        if !ev.confidence.is_finite() {
            return Err(invalid(
                record,
                format!("event {} has a non-finite confidence", ev.id),
            ));
        }
        if let Some(e) = ev.evidence.iter().find(|e| e.start > e.end) {
            return Err(invalid(
                record,
                format!(
                    "evidence of event {} ends before it starts ({}..{})",
                    ev.id, e.start, e.end
                ),
            ));
        }
    }
    Ok(())
}

/// Entities of a record merged by id (a record may list one entity twice; the
/// first listing's attributes win, mentions are concatenated), sorted by id.
fn merged_entities(record: &Record) -> Vec<EntityRecord> {
    let mut by_id: BTreeMap<&str, EntityRecord> = BTreeMap::new();
    for e in &record.entities {
        by_id
            .entry(e.id.as_str())
            .and_modify(|acc| acc.mentions.extend(e.mentions.iter().cloned()))
            .or_insert_with(|| e.clone());
    }
    by_id.into_values().collect()
}

/// Ingests one record in one transaction, retrying transient conflicts.
pub(crate) fn ingest(conn: &mut dyn Conn, record: &Record) -> Result<IngestOutcome> {
    validate(record)?;
    let hash = content_hash(record);
    // Re-running over a corpus is mostly unchanged documents: answer those from a
    // plain read, without taking SQLite's write lock. (Checked again under the
    // lock below; a replacement racing with this read is simply the later write.)
    let stored = conn.query(
        "SELECT content_hash FROM documents WHERE id = ?",
        &params![record.document.as_str()],
    )?;
    if stored.first().map(|r| r.text(0)).transpose()?.as_deref() == Some(hash.as_str()) {
        return Ok(IngestOutcome::Unchanged);
    }
    let mut attempt = 0;
    loop {
        attempt += 1;
        conn.begin()?;
        match ingest_in_transaction(conn, record, &hash) {
            Ok(IngestOutcome::Unchanged) => {
                conn.rollback()?;
                return Ok(IngestOutcome::Unchanged);
            }
            Ok(outcome) => {
                conn.commit()?;
                return Ok(outcome);
            }
            Err(e) => {
                let _ = conn.rollback();
                if !(e.is_transient() && attempt < MAX_ATTEMPTS) {
                    return Err(e);
                }
                std::thread::sleep(std::time::Duration::from_millis(10 * attempt as u64));
            }
        }
    }
}

fn ingest_in_transaction(
    conn: &mut dyn Conn,
    record: &Record,
    hash: &str,
) -> Result<IngestOutcome> {
    let doc = record.document.as_str();
    conn.lock(LOCK_DOCUMENT, lock_key(doc))?;
    let existing = conn.query(
        "SELECT content_hash FROM documents WHERE id = ?",
        &params![doc],
    )?;
    let outcome = match existing.first() {
        Some(row) if row.text(0)? == hash => return Ok(IngestOutcome::Unchanged),
        Some(_) => IngestOutcome::Replaced,
        None => IngestOutcome::Inserted,
    };

    let mut buckets: BTreeSet<String> = document_buckets(conn, doc)?.into_iter().collect();
    let new_buckets: Vec<String> = record
        .events
        .iter()
        .enumerate()
        .map(|(i, ev)| bucket_key(doc, i, ev))
        .collect();
    buckets.extend(new_buckets.iter().cloned());
    let buckets: Vec<String> = buckets.into_iter().collect();
    lock_buckets(conn, &buckets)?;

    if outcome == IngestOutcome::Replaced {
        delete_document_rows(conn, doc)?;
    }
    insert_document(conn, record, hash)?;
    insert_entities(conn, record)?;
    insert_events(conn, record, &new_buckets)?;
    for bucket in &buckets {
        refuse_bucket(conn, bucket)?;
    }
    Ok(outcome)
}

/// Removes a document and re-fuses the buckets it contributed to; false when the
/// id was not stored.
pub(crate) fn delete(conn: &mut dyn Conn, doc: &str) -> Result<bool> {
    let mut attempt = 0;
    loop {
        attempt += 1;
        conn.begin()?;
        let result = (|| -> Result<bool> {
            conn.lock(LOCK_DOCUMENT, lock_key(doc))?;
            if conn
                .query("SELECT 1 FROM documents WHERE id = ?", &params![doc])?
                .is_empty()
            {
                return Ok(false);
            }
            let buckets = document_buckets(conn, doc)?;
            lock_buckets(conn, &buckets)?;
            delete_document_rows(conn, doc)?;
            for b in &buckets {
                refuse_bucket(conn, b)?;
            }
            Ok(true)
        })();
        match result {
            Ok(found) => {
                conn.commit()?;
                return Ok(found);
            }
            Err(e) => {
                let _ = conn.rollback();
                if !(e.is_transient() && attempt < MAX_ATTEMPTS) {
                    return Err(e);
                }
            }
        }
    }
}

/// Recomputes every bucket, one transaction each: for a store written by an
/// older fusion. Returns the number of buckets.
pub(crate) fn refuse_all(conn: &mut dyn Conn) -> Result<usize> {
    let buckets: BTreeSet<String> = conn
        .query(
            "SELECT DISTINCT bucket FROM event_sources UNION SELECT DISTINCT bucket FROM events",
            &[],
        )?
        .iter()
        .map(|r| r.text(0))
        .collect::<Result<_>>()?;
    for b in &buckets {
        conn.begin()?;
        let step = lock_buckets(conn, std::slice::from_ref(b)).and_then(|_| refuse_bucket(conn, b));
        match step {
            Ok(()) => conn.commit()?,
            Err(e) => {
                let _ = conn.rollback();
                return Err(e);
            }
        }
    }
    Ok(buckets.len())
}

fn document_buckets(conn: &mut dyn Conn, doc: &str) -> Result<Vec<String>> {
    conn.query(
        "SELECT DISTINCT bucket FROM event_sources WHERE document_id = ?",
        &params![doc],
    )?
    .iter()
    .map(|r| r.text(0))
    .collect()
}

/// Bucket locks in one global order (by lock key), so two ingests never wait on
/// each other in a cycle.
fn lock_buckets(conn: &mut dyn Conn, buckets: &[String]) -> Result<()> {
    let mut keys: Vec<i32> = buckets.iter().map(|b| lock_key(b)).collect();
    keys.sort_unstable();
    keys.dedup();
    for k in keys {
        conn.lock(LOCK_BUCKET, k)?;
    }
    Ok(())
}

/// Deletes a document and everything that hangs off it (children first, so the
/// result does not depend on the connection enforcing cascades).
fn delete_document_rows(conn: &mut dyn Conn, doc: &str) -> Result<()> {
    for sql in [
        "DELETE FROM evidence WHERE document_id = ?",
        "DELETE FROM event_sources WHERE document_id = ?",
        "DELETE FROM mentions WHERE document_id = ?",
        "DELETE FROM document_entities WHERE document_id = ?",
        "DELETE FROM documents WHERE id = ?",
    ] {
        conn.execute(sql, &params![doc])?;
    }
    Ok(())
}

fn insert_document(conn: &mut dyn Conn, r: &Record, hash: &str) -> Result<()> {
    let published_day = r
        .published
        .as_deref()
        .and_then(PartialDate::parse)
        .filter(PartialDate::is_exact)
        .map(|d| d.to_string());
    // The text is kept in its own column; the JSON copy keeps everything else.
    let mut without_text = r.clone();
    without_text.text = None;
    conn.execute(
        "INSERT INTO documents (id, url, language, title, published, published_day, agency, \
         source, dateline, content_hash, schema_version, text, record_json, ingested_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        &params![
            &r.document,
            &r.url,
            &r.language,
            &r.title,
            &r.published,
            published_day,
            &r.agency,
            &r.source,
            &r.dateline,
            hash,
            SCHEMA_VERSION,
            &r.text,
            serde_json::to_string(&without_text)?,
            utc_now_rfc3339(),
        ],
    )?;
    Ok(())
}

fn insert_name(conn: &mut dyn Conn, entity: &str, name: &str, language: &str) -> Result<()> {
    let name = name.trim();
    if name.is_empty() {
        return Ok(());
    }
    conn.execute(
        "INSERT INTO entity_names (entity_id, name, language, folded) VALUES (?, ?, ?, ?) \
         ON CONFLICT (entity_id, name, language) DO NOTHING",
        &params![entity, name, language, fold(name)],
    )?;
    Ok(())
}

fn insert_entities(conn: &mut dyn Conn, r: &Record) -> Result<()> {
    let doc = r.document.as_str();
    for e in merged_entities(r) {
        // Latest record wins for the name and kind (the knowledge base may have been
        // corrected); a country once known is kept; confirmed once means confirmed.
        conn.execute(
            "INSERT INTO entities (id, kind, name, country, unconfirmed) VALUES (?, ?, ?, ?, ?) \
             ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, \
             country = COALESCE(excluded.country, entities.country), \
             unconfirmed = CASE WHEN entities.unconfirmed = 0 THEN 0 ELSE excluded.unconfirmed END",
            &params![&e.id, e.kind.as_str(), &e.name, &e.country, e.unconfirmed],
        )?;
        insert_name(conn, &e.id, &e.name, "canonical")?;
        if let Some(code) = e.id.strip_prefix("country:") {
            insert_name(conn, &e.id, code, "code")?;
        }
        let mut surface: BTreeSet<&str> = BTreeSet::new();
        for m in &e.mentions {
            surface.insert(m.text.as_str());
        }
        for s in surface {
            insert_name(conn, &e.id, s, &r.language)?;
        }
        conn.execute(
            "INSERT INTO document_entities (document_id, entity_id, name, role, unconfirmed) \
             VALUES (?, ?, ?, ?, ?)",
            &params![doc, &e.id, &e.name, &e.role, e.unconfirmed],
        )?;
        for (i, m) in e.mentions.iter().enumerate() {
            conn.execute(
                "INSERT INTO mentions (document_id, entity_id, ord, start_char, end_char, text) \
                 VALUES (?, ?, ?, ?, ?, ?)",
                &params![doc, &e.id, i, m.start, m.end, &m.text],
            )?;
        }
    }
    Ok(())
}

fn insert_events(conn: &mut dyn Conn, r: &Record, buckets: &[String]) -> Result<()> {
    let doc = r.document.as_str();
    for (i, (ev, bucket)) in r.events.iter().zip(buckets).enumerate() {
        conn.execute(
            "INSERT INTO event_sources (document_id, ord, event_id, bucket, fused_id, event_type, \
             mode, cameo, status, date, confidence, record_json) \
             VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)",
            &params![
                doc,
                i,
                &ev.id,
                bucket,
                &ev.event_type,
                &ev.mode,
                &ev.cameo,
                &ev.status,
                &ev.date,
                ev.confidence,
                serde_json::to_string(ev)?,
            ],
        )?;
        for (j, e) in ev.evidence.iter().enumerate() {
            conn.execute(
                "INSERT INTO evidence (document_id, source_ord, ord, start_char, end_char, text) \
                 VALUES (?, ?, ?, ?, ?, ?)",
                &params![doc, i, j, e.start, e.end, &e.text],
            )?;
        }
    }
    Ok(())
}

/// The per-document events of one bucket, with their current fused event.
fn load_bucket(conn: &mut dyn Conn, bucket: &str) -> Result<Vec<(SourceEvent, Option<String>)>> {
    let rows = conn.query(
        "SELECT s.document_id, s.ord, s.record_json, s.fused_id, d.published, d.language, d.url, \
         COALESCE(d.source, d.agency) \
         FROM event_sources s JOIN documents d ON d.id = s.document_id WHERE s.bucket = ?",
        &params![bucket],
    )?;
    rows.iter()
        .map(|r| {
            let event: EventRecord = serde_json::from_str(&r.text(2)?)?;
            Ok((
                SourceEvent {
                    document: r.text(0)?,
                    ord: usize::try_from(r.int(1)?)
                        .map_err(|_| StoreError::Corrupt("negative ord".into()))?,
                    published: r.opt_text(4)?,
                    language: r.text(5)?,
                    url: r.opt_text(6)?,
                    outlet: r.opt_text(7)?,
                    event,
                },
                r.opt_text(3)?,
            ))
        })
        .collect()
}

/// Recomputes the fused events of one bucket from its sources and writes the
/// difference: events whose content changed are rewritten, vanished ones deleted,
/// and sources re-pointed only where their fused event changed.
pub(crate) fn refuse_bucket(conn: &mut dyn Conn, bucket: &str) -> Result<()> {
    let loaded = load_bucket(conn, bucket)?;
    let mut current: HashMap<(String, usize), Option<String>> = HashMap::new();
    let mut sources = Vec::with_capacity(loaded.len());
    for (s, fused) in loaded {
        current.insert((s.document.clone(), s.ord), fused);
        sources.push(s);
    }
    let fused: Vec<FusedEvent> = fusion::cluster(sources)
        .into_iter()
        .map(|c| fusion::merge(bucket, c))
        .collect();

    let stored: HashMap<String, String> = conn
        .query(
            "SELECT id, fingerprint FROM events WHERE bucket = ?",
            &params![bucket],
        )?
        .iter()
        .map(|r| Ok((r.text(0)?, r.text(1)?)))
        .collect::<Result<_>>()?;
    let wanted: HashMap<&str, &FusedEvent> = fused.iter().map(|f| (f.row.id.as_str(), f)).collect();

    for (id, fp) in &stored {
        let keep = wanted
            .get(id.as_str())
            .is_some_and(|f| &f.fingerprint == fp);
        if !keep {
            conn.execute(
                "UPDATE event_sources SET fused_id = NULL WHERE fused_id = ?",
                &params![id],
            )?;
            conn.execute("DELETE FROM event_actors WHERE event_id = ?", &params![id])?;
            conn.execute("DELETE FROM events WHERE id = ?", &params![id])?;
            for v in current.values_mut() {
                if v.as_deref() == Some(id.as_str()) {
                    *v = None;
                }
            }
        }
    }
    for f in &fused {
        if stored.get(&f.row.id) != Some(&f.fingerprint) {
            insert_fused(conn, f)?;
        }
        for (doc, ord) in &f.members {
            let now = current.get(&(doc.clone(), *ord)).cloned().flatten();
            if now.as_deref() != Some(f.row.id.as_str()) {
                conn.execute(
                    "UPDATE event_sources SET fused_id = ? WHERE document_id = ? AND ord = ?",
                    &params![&f.row.id, doc, *ord],
                )?;
            }
        }
    }
    Ok(())
}

fn insert_fused(conn: &mut dyn Conn, f: &FusedEvent) -> Result<()> {
    let r = &f.row;
    conn.execute(
        "INSERT INTO events (id, bucket, event_type, mode, cameo, status, date, date_lo, date_hi, \
         location_country, location_place, confidence, num_documents, num_evidence, payload, \
         fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        &params![
            &r.id,
            &f.bucket,
            &r.event_type,
            &r.mode,
            &r.cameo,
            &r.status,
            &r.date,
            &f.date_lo,
            &f.date_hi,
            r.location.country.as_deref().map(country_code),
            &r.location.place,
            r.confidence,
            r.num_documents,
            r.num_evidence,
            serde_json::to_string(&Payload::of(r))?,
            &f.fingerprint,
        ],
    )?;
    let mut actors: BTreeSet<(&str, String, &str)> = BTreeSet::new();
    for (side_name, side) in [("source", &r.source), ("target", &r.target)] {
        for c in &side.countries {
            actors.insert((side_name, format!("country:{}", country_code(c)), "country"));
        }
        for p in &side.persons {
            actors.insert((side_name, p.clone(), "person"));
        }
        for o in &side.organizations {
            actors.insert((side_name, o.clone(), "organization"));
        }
    }
    for (side, actor, kind) in actors {
        conn.execute(
            "INSERT INTO event_actors (event_id, side, actor_id, kind) VALUES (?, ?, ?, ?)",
            &[Param::from(&r.id), side.into(), actor.into(), kind.into()],
        )?;
    }
    Ok(())
}
