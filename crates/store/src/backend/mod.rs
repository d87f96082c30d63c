//! The two database backends behind one small connection trait.
//!
//! Everything above this module (migrations, ingest, fusion, queries, export) is
//! written once, in the SQL subset that SQLite and PostgreSQL share: `?`
//! placeholders (rewritten to `$n` for PostgreSQL), `ON CONFLICT`, `||`, `substr`,
//! `COALESCE`, `LIMIT/OFFSET`. Only the migrations have a file per dialect, because
//! column types differ. Keeping the driver surface this narrow is what lets the
//! same tests run against both stores.

mod pg;
mod sqlite;

use crate::error::{Result, StoreError};

pub(crate) use pg::PgConn;
pub(crate) use sqlite::SqliteConn;

/// Which SQL dialect a connection speaks; selects the migration files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// A bound parameter. Nulls are typed because PostgreSQL needs the type of every
/// parameter, even a null one.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Param {
    Text(Option<String>),
    Int(Option<i64>),
    Real(Option<f64>),
}

impl From<&str> for Param {
    fn from(v: &str) -> Self {
        Param::Text(Some(v.to_owned()))
    }
}
impl From<String> for Param {
    fn from(v: String) -> Self {
        Param::Text(Some(v))
    }
}
impl From<&String> for Param {
    fn from(v: &String) -> Self {
        Param::Text(Some(v.clone()))
    }
}
impl From<Option<String>> for Param {
    fn from(v: Option<String>) -> Self {
        Param::Text(v)
    }
}
impl From<Option<&str>> for Param {
    fn from(v: Option<&str>) -> Self {
        Param::Text(v.map(str::to_owned))
    }
}
impl From<&Option<String>> for Param {
    fn from(v: &Option<String>) -> Self {
        Param::Text(v.clone())
    }
}
impl From<i64> for Param {
    fn from(v: i64) -> Self {
        Param::Int(Some(v))
    }
}
impl From<usize> for Param {
    fn from(v: usize) -> Self {
        Param::Int(Some(i64::try_from(v).unwrap_or(i64::MAX)))
    }
}
impl From<bool> for Param {
    fn from(v: bool) -> Self {
        Param::Int(Some(i64::from(v)))
    }
}
impl From<f64> for Param {
    fn from(v: f64) -> Self {
        Param::Real(Some(v))
    }
}

/// `params![a, b, c]` builds a `[Param; N]` from anything convertible.
macro_rules! params {
    () => { [] as [$crate::backend::Param; 0] };
    ($($p:expr),+ $(,)?) => { [$($crate::backend::Param::from($p)),+] };
}
pub(crate) use params;

/// One value read back from a row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

/// A result row, read by column position.
#[derive(Debug, Clone)]
pub(crate) struct Row(pub(crate) Vec<Cell>);

impl Row {
    fn cell(&self, i: usize) -> Result<&Cell> {
        self.0
            .get(i)
            .ok_or_else(|| StoreError::Corrupt(format!("row has no column {i}")))
    }

    pub(crate) fn text(&self, i: usize) -> Result<String> {
        self.opt_text(i)?
            .ok_or_else(|| StoreError::Corrupt(format!("column {i} is null")))
    }

    pub(crate) fn opt_text(&self, i: usize) -> Result<Option<String>> {
        match self.cell(i)? {
            Cell::Null => Ok(None),
            Cell::Text(s) => Ok(Some(s.clone())),
            Cell::Int(v) => Ok(Some(v.to_string())),
            Cell::Real(v) => Ok(Some(v.to_string())),
        }
    }

    pub(crate) fn int(&self, i: usize) -> Result<i64> {
        match self.cell(i)? {
            Cell::Int(v) => Ok(*v),
            Cell::Real(v) => Ok(*v as i64),
            other => Err(StoreError::Corrupt(format!(
                "column {i}: expected an integer, found {other:?}"
            ))),
        }
    }

    pub(crate) fn real(&self, i: usize) -> Result<f64> {
        match self.cell(i)? {
            Cell::Real(v) => Ok(*v),
            Cell::Int(v) => Ok(*v as f64),
            other => Err(StoreError::Corrupt(format!(
                "column {i}: expected a number, found {other:?}"
            ))),
        }
    }
}

/// The operations the store needs from a database connection.
///
/// `begin` opens a *write* transaction: SQLite takes its write lock at once
/// (`BEGIN IMMEDIATE`), so two writers never deadlock upgrading read locks;
/// PostgreSQL runs at READ COMMITTED and relies on [`Conn::lock`] for the rows
/// fusion rewrites.
pub(crate) trait Conn: Send {
    fn dialect(&self) -> Dialect;
    fn execute(&mut self, sql: &str, params: &[Param]) -> Result<u64>;
    fn query(&mut self, sql: &str, params: &[Param]) -> Result<Vec<Row>>;
    /// Runs several `;`-separated statements without parameters (migrations).
    fn execute_batch(&mut self, sql: &str) -> Result<()>;
    fn begin(&mut self) -> Result<()>;
    fn commit(&mut self) -> Result<()>;
    fn rollback(&mut self) -> Result<()>;
    /// Takes a lock held until the end of the current transaction. PostgreSQL:
    /// `pg_advisory_xact_lock(namespace, key)`. SQLite: nothing to do, since its
    /// write transaction already excludes every other writer.
    fn lock(&mut self, namespace: i32, key: i32) -> Result<()>;
}

/// Opens a connection from a `postgres://` / `postgresql://` URL, a `sqlite://`
/// URL, or a plain file path (`:memory:` for a private in-memory database).
pub(crate) fn connect(url_or_path: &str) -> Result<Box<dyn Conn>> {
    if url_or_path.starts_with("postgres://") || url_or_path.starts_with("postgresql://") {
        Ok(Box::new(PgConn::connect(url_or_path)?))
    } else {
        let path = url_or_path
            .strip_prefix("sqlite://")
            .or_else(|| url_or_path.strip_prefix("sqlite:"))
            .unwrap_or(url_or_path);
        Ok(Box::new(SqliteConn::open(path)?))
    }
}
