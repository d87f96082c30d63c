//! Read side for entities: search by any name, and profiles.

use crate::backend::{params, Conn, Param, Row};
use crate::error::Result;
use crate::model::{
    Counterpart, EntityName, EntityProfile, EntitySummary, Page, RoleSeen, TypeYearCount,
};
use crate::query::parse_kind;
use crate::text::{contains_pattern, fold};
use communique_record::EntityKind;

const SUMMARY_COLUMNS: &str = "e.id, e.kind, e.name, e.country, e.unconfirmed, \
     (SELECT COUNT(*) FROM document_entities de WHERE de.entity_id = e.id), \
     (SELECT COUNT(DISTINCT a.event_id) FROM event_actors a WHERE a.actor_id = e.id)";

fn summary_from_row(r: &Row) -> Result<EntitySummary> {
    Ok(EntitySummary {
        id: r.text(0)?,
        kind: parse_kind(&r.text(1)?)?,
        name: r.text(2)?,
        country: r.opt_text(3)?,
        unconfirmed: r.int(4)? != 0,
        matched_names: Vec::new(),
        num_documents: r.int(5)? as u64,
        num_events: r.int(6)? as u64,
    })
}

/// Entities named by at least one stored document whose id, canonical name, ISO
/// code or any mention's surface form contains `query` (case-insensitively, any
/// script). Most-documented first.
pub(crate) fn search(
    conn: &mut dyn Conn,
    query: &str,
    kind: Option<EntityKind>,
    limit: Option<usize>,
    offset: usize,
) -> Result<Page<EntitySummary>> {
    let folded = fold(query);
    let pattern = contains_pattern(&folded);
    let mut clauses = vec![
        "EXISTS (SELECT 1 FROM document_entities de WHERE de.entity_id = e.id)".to_owned(),
        "(EXISTS (SELECT 1 FROM entity_names n WHERE n.entity_id = e.id \
         AND n.folded LIKE ? ESCAPE '\\') OR e.id = ?)"
            .to_owned(),
    ];
    let mut ps: Vec<Param> = params![pattern.as_str(), query.trim()].to_vec();
    if let Some(k) = kind {
        clauses.push("e.kind = ?".to_owned());
        ps.push(k.as_str().into());
    }
    let where_sql = clauses.join(" AND ");
    let total = conn.query(
        &format!("SELECT COUNT(*) FROM entities e WHERE {where_sql}"),
        &ps,
    )?;
    let total = total.first().map_or(Ok(0), |r| r.int(0))? as u64;
    let mut page_ps = ps.clone();
    page_ps.push(limit.map_or(Param::Int(Some(i64::MAX)), Param::from));
    page_ps.push(Param::from(offset));
    let mut items = conn
        .query(
            &format!(
                "SELECT {SUMMARY_COLUMNS} FROM entities e WHERE {where_sql} \
                 ORDER BY 6 DESC, e.id LIMIT ? OFFSET ?"
            ),
            &page_ps,
        )?
        .iter()
        .map(summary_from_row)
        .collect::<Result<Vec<_>>>()?;
    for item in &mut items {
        item.matched_names = conn
            .query(
                "SELECT DISTINCT name FROM entity_names WHERE entity_id = ? \
                 AND folded LIKE ? ESCAPE '\\' ORDER BY name",
                &params![&item.id, pattern.as_str()],
            )?
            .iter()
            .map(|r| r.text(0))
            .collect::<Result<_>>()?;
    }
    Ok(Page {
        items,
        total,
        limit,
        offset,
    })
}

pub(crate) fn summary(conn: &mut dyn Conn, id: &str) -> Result<Option<EntitySummary>> {
    let rows = conn.query(
        &format!("SELECT {SUMMARY_COLUMNS} FROM entities e WHERE e.id = ?"),
        &params![id],
    )?;
    rows.first().map(summary_from_row).transpose()
}

/// Roles, names, counterparts and yearly counts of one entity.
pub(crate) fn profile(conn: &mut dyn Conn, id: &str) -> Result<Option<EntityProfile>> {
    let Some(entity) = summary(conn, id)? else {
        return Ok(None);
    };
    let names = conn
        .query(
            "SELECT name, language FROM entity_names WHERE entity_id = ? ORDER BY language, name",
            &params![id],
        )?
        .iter()
        .map(|r| {
            Ok(EntityName {
                name: r.text(0)?,
                language: r.text(1)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;

    let mut roles = conn
        .query(
            // Year-less publication dates (`XXXX-09-25`) cannot be placed in time.
            "SELECT de.role, \
             MIN(CASE WHEN d.published LIKE 'X%' THEN NULL ELSE d.published END), \
             MAX(CASE WHEN d.published LIKE 'X%' THEN NULL ELSE d.published END), COUNT(*) \
             FROM document_entities de JOIN documents d ON d.id = de.document_id \
             WHERE de.entity_id = ? AND de.role IS NOT NULL GROUP BY de.role",
            &params![id],
        )?
        .iter()
        .map(|r| {
            Ok(RoleSeen {
                role: r.text(0)?,
                first_seen: r.opt_text(1)?,
                last_seen: r.opt_text(2)?,
                documents: r.int(3)? as u64,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    roles.sort_by(|a, b| {
        (a.first_seen.is_none(), &a.first_seen, &a.role).cmp(&(
            b.first_seen.is_none(),
            &b.first_seen,
            &b.role,
        ))
    });

    let counterparts = conn
        .query(
            "SELECT b.actor_id, b.kind, COALESCE(en.name, b.actor_id), COUNT(DISTINCT a.event_id) \
             FROM event_actors a \
             JOIN event_actors b ON b.event_id = a.event_id AND b.side <> a.side \
             LEFT JOIN entities en ON en.id = b.actor_id \
             WHERE a.actor_id = ? AND b.actor_id <> ? \
             GROUP BY b.actor_id, b.kind, en.name ORDER BY 4 DESC, 1",
            &params![id, id],
        )?
        .iter()
        .map(|r| {
            Ok(Counterpart {
                id: r.text(0)?,
                kind: r.text(1)?,
                name: r.text(2)?,
                events: r.int(3)? as u64,
            })
        })
        .collect::<Result<Vec<_>>>()?;

    let event_counts = conn
        .query(
            "SELECT e.event_type, substr(e.date_lo, 1, 4), COUNT(*) FROM events e \
             WHERE EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND a.actor_id = ?) \
             GROUP BY e.event_type, substr(e.date_lo, 1, 4)",
            &params![id],
        )?
        .iter()
        .map(|r| {
            Ok(TypeYearCount {
                event_type: r.text(0)?,
                year: r.opt_text(1)?.and_then(|y| y.parse().ok()),
                events: r.int(2)? as u64,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    // Undated last, whatever the backend's NULL ordering.
    let mut event_counts = event_counts;
    event_counts.sort_by(|a, b| {
        (a.year.is_none(), a.year, &a.event_type).cmp(&(b.year.is_none(), b.year, &b.event_type))
    });

    Ok(Some(EntityProfile {
        entity,
        names,
        roles,
        counterparts,
        event_counts,
    }))
}

/// What a user typed, as entity candidates: the entity itself when `text` is a
/// stored id; else the search hits, narrowed to exact name matches when there are
/// some ("Aliyev" should not be ambiguous because "Aliyeva" also exists).
pub(crate) fn resolve(
    conn: &mut dyn Conn,
    text: &str,
    kind: Option<EntityKind>,
) -> Result<Vec<EntitySummary>> {
    if let Some(e) = summary(conn, text.trim())? {
        if kind.is_none_or(|k| k == e.kind) {
            return Ok(vec![e]);
        }
    }
    let hits = search(conn, text, kind, Some(50), 0)?.items;
    let wanted = fold(text);
    let exact: Vec<EntitySummary> = hits
        .iter()
        .filter(|e| fold(&e.name) == wanted || e.matched_names.iter().any(|n| fold(n) == wanted))
        .cloned()
        .collect();
    Ok(if exact.is_empty() { hits } else { exact })
}
