//! `communique events`, `timeline`, `entities`, `entity`: questions to the store.
//!
//! Also home of what the store commands share: the `--db` option, the event
//! filter options, resolving what the user typed ("Bayramov", "Kazakhstan") to
//! entity ids, and the aligned table printer.

use anyhow::{bail, Context};
use clap::ValueEnum;
use communique_record::{EntityKind, Side};
use communique_store::{EntityProfile, EntitySummary, EventFilter, EventRow, Page, Store};
use std::collections::HashMap;
use std::io::{self, Write};
use std::process::ExitCode;

/// Where the store is. Shared by every command that opens it.
#[derive(clap::Args, Debug, Clone)]
pub struct DbArgs {
    /// The store: a SQLite file (created by `ingest`), or a postgres:// URL.
    #[arg(long, env = "COMMUNIQUE_DB", default_value = communique_store::DEFAULT_DB)]
    pub db: String,
}

impl DbArgs {
    fn is_sqlite_file(&self) -> bool {
        !(self.db.starts_with("postgres://")
            || self.db.starts_with("postgresql://")
            || self.db == ":memory:")
    }

    /// Opens the store for writing, creating a SQLite file if needed.
    pub fn open_or_create(&self) -> anyhow::Result<Store> {
        Store::open(&self.db).with_context(|| format!("cannot open the store {}", self.db))
    }

    /// Opens an existing store; a missing SQLite file is an error rather than a
    /// silently created empty store.
    pub fn open_existing(&self) -> anyhow::Result<Store> {
        if self.is_sqlite_file() {
            let path = self.db.strip_prefix("sqlite://").unwrap_or(&self.db);
            if !std::path::Path::new(path).exists() {
                bail!(
                    "no store at {path}: run `communique ingest --db {path} PAGES...` first, \
                     or point --db / COMMUNIQUE_DB at an existing one"
                );
            }
        }
        self.open_or_create()
    }
}

/// Output formats of the query commands.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Format {
    /// Aligned columns for reading.
    #[default]
    Table,
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header.
    Csv,
}

/// Event filters, shared by `events`, `timeline` and `export`.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct FilterArgs {
    /// Events involving this country (ISO code like AZE, or a name in any language).
    #[arg(long)]
    pub country: Option<String>,
    /// ... with this country on the other side.
    #[arg(long, visible_alias = "with")]
    pub counterpart: Option<String>,
    /// Events involving this person (id like person:ilham-aliyev, or any name).
    #[arg(long)]
    pub person: Option<String>,
    /// Events involving this organisation (id like org:un, or any name or acronym).
    #[arg(long, visible_alias = "org")]
    pub organization: Option<String>,
    /// Event type: CONSULT, AGREE, SUPPORT, ...
    #[arg(long = "type")]
    pub event_type: Option<String>,
    /// Mode: visit, phone, third-party, meeting, sign, agree, praise, gratitude, ...
    #[arg(long)]
    pub mode: Option<String>,
    /// From this date on (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Up to this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.
    #[arg(long)]
    pub to: Option<String>,
    /// occurred, planned, reported or denied.
    #[arg(long)]
    pub status: Option<String>,
    /// Events reported by this document id.
    #[arg(long)]
    pub document: Option<String>,
}

impl FilterArgs {
    /// The store filter, with names resolved to ids.
    pub fn to_filter(&self, store: &mut Store) -> anyhow::Result<EventFilter> {
        let country = |store: &mut Store, v: &Option<String>| -> anyhow::Result<Option<String>> {
            v.as_deref().map(|s| resolve_country(store, s)).transpose()
        };
        Ok(EventFilter {
            country: country(store, &self.country)?,
            counterpart: country(store, &self.counterpart)?,
            person: self
                .person
                .as_deref()
                .map(|p| resolve(store, p, Some(EntityKind::Person)))
                .transpose()?,
            organization: self
                .organization
                .as_deref()
                .map(|o| resolve(store, o, Some(EntityKind::Organization)))
                .transpose()?,
            event_type: self.event_type.clone(),
            mode: self.mode.clone(),
            from: self.from.clone(),
            to: self.to.clone(),
            status: self.status.clone(),
            document: self.document.clone(),
            ..EventFilter::default()
        })
    }
}

/// A country as typed: a three-letter code is taken as is (the store may not
/// know the country yet), anything else is looked up by name.
fn resolve_country(store: &mut Store, text: &str) -> anyhow::Result<String> {
    let t = text.trim();
    if t.len() == 3 && t.chars().all(|c| c.is_ascii_alphabetic()) {
        return Ok(t.to_ascii_uppercase());
    }
    if let Some(code) = t.strip_prefix("country:") {
        return Ok(code.to_ascii_uppercase());
    }
    resolve(store, t, Some(EntityKind::Country))
}

/// Resolves a typed name or id to one entity id, or explains why not.
fn resolve(store: &mut Store, text: &str, kind: Option<EntityKind>) -> anyhow::Result<String> {
    let what = kind.map_or("entity", |k| k.as_str());
    let hits = store.resolve_entity(text, kind)?;
    match hits.as_slice() {
        [one] => Ok(one.id.clone()),
        [] => bail!("no {what} in the store matches {text:?} (try `communique entities {text}`)"),
        many => {
            let list: Vec<String> = many
                .iter()
                .take(8)
                .map(|e| format!("{} ({})", e.id, e.name))
                .collect();
            bail!("{text:?} matches several: {}; give an id", list.join(", "))
        }
    }
}

#[derive(clap::Args)]
pub struct PageArgs {
    /// At most this many rows (default: 50 in a table, all otherwise).
    #[arg(long)]
    pub limit: Option<usize>,
    /// Skip this many rows first.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

impl PageArgs {
    fn limit(&self) -> Option<usize> {
        match (self.limit, self.format) {
            (Some(l), _) => Some(l),
            (None, Format::Table) => Some(50),
            (None, _) => None,
        }
    }
}

#[derive(clap::Args)]
pub struct EventsArgs {
    #[command(flatten)]
    pub db: DbArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub page: PageArgs,
    /// Most recent first.
    #[arg(long)]
    pub newest: bool,
}

#[derive(clap::Args)]
pub struct TimelineArgs {
    /// One actor: a country code or name, or an entity id (person:..., org:...).
    pub a: String,
    /// The other actor.
    pub b: String,
    #[command(flatten)]
    pub db: DbArgs,
    /// Event type: CONSULT, AGREE, SUPPORT, ...
    #[arg(long = "type")]
    pub event_type: Option<String>,
    /// From this date on (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Up to this date, inclusive.
    #[arg(long)]
    pub to: Option<String>,
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(clap::Args)]
pub struct EntitiesArgs {
    /// Any part of any name, in any language (Алиев, Əliyev, aliyev, AZE).
    pub query: String,
    #[command(flatten)]
    pub db: DbArgs,
    /// Only this kind: person, country, organization, place.
    #[arg(long)]
    pub kind: Option<String>,
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(clap::Args)]
pub struct EntityArgs {
    /// An entity id (person:ilham-aliyev, country:AZE) or an unambiguous name.
    pub id: String,
    #[command(flatten)]
    pub db: DbArgs,
    /// Output format (csv: one row per fact, `section,key,value,count`).
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// `communique events`.
pub fn events(args: EventsArgs) -> anyhow::Result<ExitCode> {
    ok_on_broken_pipe(run_events(args))
}

fn run_events(args: EventsArgs) -> anyhow::Result<ExitCode> {
    let mut store = args.db.open_existing()?;
    let mut filter = args.filter.to_filter(&mut store)?;
    filter.limit = args.page.limit();
    filter.offset = args.page.offset;
    filter.newest_first = args.newest;
    let page = store.events(&filter)?;
    print_events(&mut store, &page, args.page.format)
}

/// `communique timeline`.
pub fn timeline(args: TimelineArgs) -> anyhow::Result<ExitCode> {
    ok_on_broken_pipe(run_timeline(args))
}

fn run_timeline(args: TimelineArgs) -> anyhow::Result<ExitCode> {
    let mut store = args.db.open_existing()?;
    let actor = |store: &mut Store, s: &str| -> anyhow::Result<String> {
        if s.contains(':') && !s.starts_with("country:") {
            resolve(store, s, None)
        } else {
            resolve_country(store, s).or_else(|_| resolve(store, s, None))
        }
    };
    let filter = EventFilter {
        country: Some(actor(&mut store, &args.a)?),
        counterpart: Some(actor(&mut store, &args.b)?),
        event_type: args.event_type.clone(),
        from: args.from.clone(),
        to: args.to.clone(),
        limit: args.page.limit(),
        offset: args.page.offset,
        ..EventFilter::default()
    };
    let page = store.events(&filter)?;
    print_events(&mut store, &page, args.page.format)
}

/// `communique entities`.
pub fn entities(args: EntitiesArgs) -> anyhow::Result<ExitCode> {
    ok_on_broken_pipe(run_entities(args))
}

fn run_entities(args: EntitiesArgs) -> anyhow::Result<ExitCode> {
    let mut store = args.db.open_existing()?;
    let kind = args
        .kind
        .as_deref()
        .map(|k| {
            serde_json::from_value::<EntityKind>(serde_json::Value::String(k.to_lowercase()))
                .map_err(|_| {
                    anyhow::anyhow!(
                        "--kind: expected person, country, organization or place, got {k:?}"
                    )
                })
        })
        .transpose()?;
    let page = store.search_entities(&args.query, kind, args.page.limit(), args.page.offset)?;
    let mut out = io::stdout().lock();
    match args.page.format {
        Format::Jsonl => {
            for e in &page.items {
                writeln!(out, "{}", serde_json::to_string(e)?)?;
            }
        }
        Format::Csv => {
            write_csv(
                &mut out,
                &[
                    "id",
                    "kind",
                    "name",
                    "country",
                    "documents",
                    "events",
                    "matched_names",
                ],
            )?;
            for e in &page.items {
                write_csv(&mut out, &entity_cells(e, ";"))?;
            }
        }
        Format::Table => {
            let rows = page.items.iter().map(|e| entity_cells(e, ", ")).collect();
            write_table(
                &mut out,
                &["ID", "KIND", "NAME", "COUNTRY", "DOCS", "EVENTS", "MATCHED"],
                rows,
                &[40, 14, 32, 8, 6, 6, 50],
            )?;
            footer(&mut out, &page, "entities")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn entity_cells(e: &EntitySummary, sep: &str) -> Vec<String> {
    vec![
        e.id.clone(),
        format!(
            "{}{}",
            e.kind.as_str(),
            if e.unconfirmed { " (unconfirmed)" } else { "" }
        ),
        e.name.clone(),
        e.country.clone().unwrap_or_default(),
        e.num_documents.to_string(),
        e.num_events.to_string(),
        e.matched_names.join(sep),
    ]
}

/// `communique entity`.
pub fn entity(args: EntityArgs) -> anyhow::Result<ExitCode> {
    ok_on_broken_pipe(run_entity(args))
}

fn run_entity(args: EntityArgs) -> anyhow::Result<ExitCode> {
    let mut store = args.db.open_existing()?;
    let id = resolve(&mut store, &args.id, None)?;
    let Some(p) = store.entity(&id)? else {
        bail!("no entity {id} in the store");
    };
    let mut out = io::stdout().lock();
    match args.format {
        Format::Jsonl => writeln!(out, "{}", serde_json::to_string(&p)?)?,
        Format::Csv => {
            write_csv(&mut out, &["section", "key", "value", "count"])?;
            for row in profile_facts(&p) {
                write_csv(&mut out, &row)?;
            }
        }
        Format::Table => print_profile(&mut out, &p)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The profile as long-format rows: `section,key,value,count`.
fn profile_facts(p: &EntityProfile) -> Vec<[String; 4]> {
    let e = &p.entity;
    let mut rows = vec![
        ["entity".into(), "id".into(), e.id.clone(), String::new()],
        [
            "entity".into(),
            "kind".into(),
            e.kind.as_str().into(),
            String::new(),
        ],
        [
            "entity".into(),
            "name".into(),
            e.name.clone(),
            String::new(),
        ],
        [
            "entity".into(),
            "country".into(),
            e.country.clone().unwrap_or_default(),
            String::new(),
        ],
        [
            "entity".into(),
            "documents".into(),
            String::new(),
            e.num_documents.to_string(),
        ],
        [
            "entity".into(),
            "events".into(),
            String::new(),
            e.num_events.to_string(),
        ],
    ];
    for n in &p.names {
        rows.push([
            "name".into(),
            n.language.clone(),
            n.name.clone(),
            String::new(),
        ]);
    }
    for r in &p.roles {
        let span = format!(
            "{}..{}",
            r.first_seen.as_deref().unwrap_or("?"),
            r.last_seen.as_deref().unwrap_or("?")
        );
        rows.push(["role".into(), r.role.clone(), span, r.documents.to_string()]);
    }
    for c in &p.counterparts {
        rows.push([
            "counterpart".into(),
            c.id.clone(),
            c.name.clone(),
            c.events.to_string(),
        ]);
    }
    for c in &p.event_counts {
        let year = c
            .year
            .map_or_else(|| "undated".to_owned(), |y| y.to_string());
        rows.push([
            "events".into(),
            c.event_type.clone(),
            year,
            c.events.to_string(),
        ]);
    }
    rows
}

fn print_profile(out: &mut dyn Write, p: &EntityProfile) -> io::Result<()> {
    let e = &p.entity;
    writeln!(
        out,
        "{} ({}{}){}",
        e.name,
        e.kind.as_str(),
        e.country
            .as_deref()
            .map(|c| format!(", {c}"))
            .unwrap_or_default(),
        if e.unconfirmed { " [unconfirmed]" } else { "" }
    )?;
    writeln!(
        out,
        "id: {}   documents: {}   events: {}",
        e.id, e.num_documents, e.num_events
    )?;
    let mut by_lang: Vec<(String, Vec<String>)> = Vec::new();
    for n in &p.names {
        match by_lang.iter_mut().find(|(l, _)| *l == n.language) {
            Some((_, v)) => v.push(n.name.clone()),
            None => by_lang.push((n.language.clone(), vec![n.name.clone()])),
        }
    }
    writeln!(out, "\nNames")?;
    for (lang, names) in by_lang {
        writeln!(out, "  {lang:<10} {}", names.join(", "))?;
    }
    if !p.roles.is_empty() {
        writeln!(out, "\nRoles in the records")?;
        let rows = p
            .roles
            .iter()
            .map(|r| {
                vec![
                    r.role.clone(),
                    r.first_seen.clone().unwrap_or_default(),
                    r.last_seen.clone().unwrap_or_default(),
                    r.documents.to_string(),
                ]
            })
            .collect();
        write_table(
            out,
            &["ROLE", "FIRST SEEN", "LAST SEEN", "DOCS"],
            rows,
            &[60, 20, 20, 6],
        )?;
    }
    if !p.counterparts.is_empty() {
        writeln!(out, "\nCounterparts")?;
        let rows = p
            .counterparts
            .iter()
            .map(|c| {
                vec![
                    c.id.clone(),
                    c.name.clone(),
                    c.kind.clone(),
                    c.events.to_string(),
                ]
            })
            .collect();
        write_table(
            out,
            &["ID", "NAME", "KIND", "EVENTS"],
            rows,
            &[40, 32, 14, 6],
        )?;
    }
    if !p.event_counts.is_empty() {
        writeln!(out, "\nEvents by type and year")?;
        let rows = p
            .event_counts
            .iter()
            .map(|c| {
                vec![
                    c.year
                        .map_or_else(|| "undated".to_owned(), |y| y.to_string()),
                    c.event_type.clone(),
                    c.events.to_string(),
                ]
            })
            .collect();
        write_table(out, &["YEAR", "TYPE", "EVENTS"], rows, &[8, 12, 6])?;
    }
    Ok(())
}

/// `communique events | head` closes the pipe early: that is not a failure.
pub fn ok_on_broken_pipe(r: anyhow::Result<ExitCode>) -> anyhow::Result<ExitCode> {
    match r {
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<io::Error>()
                    .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
            }) =>
        {
            Ok(ExitCode::SUCCESS)
        }
        other => other,
    }
}

/// Short names for the actors of the events on a page (one lookup per id).
fn actor_names(store: &mut Store, events: &[EventRow]) -> anyhow::Result<HashMap<String, String>> {
    let mut names = HashMap::new();
    for e in events {
        for side in [&e.source, &e.target] {
            for id in side.persons.iter().chain(&side.organizations) {
                if !names.contains_key(id) {
                    let name = store
                        .entity_summary(id)?
                        .map_or_else(|| id.clone(), |s| s.name);
                    names.insert(id.clone(), name);
                }
            }
        }
    }
    Ok(names)
}

/// `AZE: Jeyhun Bayramov` — countries, then who acted for them.
fn side_cell(side: &Side, names: &HashMap<String, String>) -> String {
    let who: Vec<&str> = side
        .persons
        .iter()
        .chain(&side.organizations)
        .map(|id| names.get(id).map_or(id.as_str(), String::as_str))
        .collect();
    match (side.countries.is_empty(), who.is_empty()) {
        (false, false) => format!("{}: {}", side.countries.join("+"), who.join(", ")),
        (false, true) => side.countries.join("+"),
        (true, _) => who.join(", "),
    }
}

fn print_events(
    store: &mut Store,
    page: &Page<EventRow>,
    format: Format,
) -> anyhow::Result<ExitCode> {
    let mut out = io::stdout().lock();
    match format {
        Format::Jsonl => {
            for e in &page.items {
                writeln!(out, "{}", serde_json::to_string(e)?)?;
            }
        }
        Format::Csv => {
            write_csv(
                &mut out,
                &[
                    "id",
                    "date",
                    "type",
                    "mode",
                    "cameo",
                    "status",
                    "source",
                    "target",
                    "documents",
                    "confidence",
                    "evidence",
                ],
            )?;
            let names = actor_names(store, &page.items)?;
            for e in &page.items {
                write_csv(&mut out, &event_cells(e, &names, usize::MAX))?;
            }
        }
        Format::Table => {
            let names = actor_names(store, &page.items)?;
            let rows = page
                .items
                .iter()
                .map(|e| event_cells(e, &names, 70))
                .collect();
            write_table(
                &mut out,
                &[
                    "ID", "DATE", "TYPE", "MODE", "CAMEO", "STATUS", "SOURCE", "TARGET", "DOCS",
                    "CONF", "EVIDENCE",
                ],
                rows,
                &[19, 10, 10, 11, 5, 8, 36, 36, 4, 4, 70],
            )?;
            footer(&mut out, page, "events")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn event_cells(
    e: &EventRow,
    names: &HashMap<String, String>,
    evidence_width: usize,
) -> Vec<String> {
    let evidence = e
        .sources
        .first()
        .and_then(|s| s.evidence.first())
        .map(|ev| ev.text.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    vec![
        e.id.clone(),
        e.date.clone().unwrap_or_else(|| "-".to_owned()),
        e.event_type.clone(),
        e.mode.clone(),
        e.cameo.clone(),
        e.status.clone(),
        side_cell(&e.source, names),
        side_cell(&e.target, names),
        e.num_documents.to_string(),
        format!("{:.2}", e.confidence),
        truncate(&evidence, evidence_width),
    ]
}

fn footer<T>(out: &mut dyn Write, page: &Page<T>, what: &str) -> io::Result<()> {
    let shown = page.items.len();
    if (shown as u64) < page.total {
        writeln!(
            out,
            "{} to {} of {} {what} (--limit, --offset for more)",
            page.offset + usize::from(shown > 0),
            page.offset + shown,
            page.total
        )
    } else {
        writeln!(out, "{} {what}", page.total)
    }
}

fn truncate(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(width.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// One CSV record (RFC 4180: fields with a comma, quote or line break are quoted).
pub fn write_csv<S: AsRef<str>>(out: &mut dyn Write, cells: &[S]) -> io::Result<()> {
    let fields: Vec<String> = cells
        .iter()
        .map(|c| {
            let c = c.as_ref();
            if c.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.to_owned()
            }
        })
        .collect();
    writeln!(out, "{}", fields.join(","))
}

/// Writes rows as left-aligned columns (widths in characters, so Cyrillic and
/// Azerbaijani line up), each cell cut to its column's maximum width.
pub fn write_table(
    out: &mut dyn Write,
    headers: &[&str],
    rows: Vec<Vec<String>>,
    max_widths: &[usize],
) -> io::Result<()> {
    let rows: Vec<Vec<String>> = rows
        .into_iter()
        .map(|r| {
            r.into_iter()
                .enumerate()
                .map(|(i, c)| truncate(&c, max_widths.get(i).copied().unwrap_or(usize::MAX)))
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let last = cells.len().saturating_sub(1);
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            s.push_str(c);
            if i < last {
                s.push_str(&" ".repeat(widths[i] - c.chars().count() + 2));
            }
        }
        s
    };
    writeln!(out, "{}", line(headers.to_vec()))?;
    for r in &rows {
        writeln!(out, "{}", line(r.iter().map(String::as_str).collect()))?;
    }
    Ok(())
}
