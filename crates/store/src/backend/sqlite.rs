//! SQLite driver: one file, WAL journal, durable commits.

use super::{Cell, Conn, Dialect, Param, Row};
use crate::error::Result;
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, ToSql};
use std::time::Duration;

pub(crate) struct SqliteConn {
    conn: Connection,
}

impl SqliteConn {
    pub(crate) fn open(path: &str) -> Result<Self> {
        let conn = Connection::open(path)?;
        // Another ingest process may hold the write lock for one document's
        // transaction; wait for it rather than failing.
        conn.busy_timeout(Duration::from_secs(60))?;
        // WAL: readers (queries, the server) never block the writer and a killed
        // writer leaves the last committed state intact. synchronous=FULL makes
        // each commit durable across power loss too, which is what SPEC.md 7
        // promises ("loses nothing already committed"); one fsync per document is
        // cheap next to extraction.
        if path != ":memory:" {
            // Switching a new file to WAL needs an exclusive lock, and SQLite
            // answers "database is locked" at once (without the busy handler)
            // when another connection is opening the same file: retry.
            retry_while_busy(|| conn.pragma_update(None, "journal_mode", "WAL"))?;
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        Ok(SqliteConn { conn })
    }
}

/// Runs `f` again while SQLite reports busy/locked, for up to a minute.
fn retry_while_busy<T>(mut f: impl FnMut() -> rusqlite::Result<T>) -> rusqlite::Result<T> {
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    let mut pause = Duration::from_millis(2);
    loop {
        match f() {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if matches!(
                    e.code,
                    rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                ) && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(200));
            }
            other => return other,
        }
    }
}

impl ToSql for Param {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Param::Text(Some(s)) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Param::Int(Some(v)) => ToSqlOutput::Borrowed(ValueRef::Integer(*v)),
            Param::Real(Some(v)) => ToSqlOutput::Borrowed(ValueRef::Real(*v)),
            Param::Text(None) | Param::Int(None) | Param::Real(None) => {
                ToSqlOutput::Borrowed(ValueRef::Null)
            }
        })
    }
}

impl Conn for SqliteConn {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    fn execute(&mut self, sql: &str, params: &[Param]) -> Result<u64> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let n = stmt.execute(rusqlite::params_from_iter(params.iter()))?;
        Ok(n as u64)
    }

    fn query(&mut self, sql: &str, params: &[Param]) -> Result<Vec<Row>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let ncols = stmt.column_count();
        let mut rows = stmt.query(rusqlite::params_from_iter(params.iter()))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let mut cells = Vec::with_capacity(ncols);
            for i in 0..ncols {
                cells.push(match row.get_ref(i)? {
                    ValueRef::Null => Cell::Null,
                    ValueRef::Integer(v) => Cell::Int(v),
                    ValueRef::Real(v) => Cell::Real(v),
                    ValueRef::Text(t) | ValueRef::Blob(t) => {
                        Cell::Text(String::from_utf8_lossy(t).into_owned())
                    }
                });
            }
            out.push(Row(cells));
        }
        Ok(out)
    }

    fn execute_batch(&mut self, sql: &str) -> Result<()> {
        self.conn.execute_batch(sql)?;
        Ok(())
    }

    fn begin(&mut self) -> Result<()> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        Ok(())
    }

    fn commit(&mut self) -> Result<()> {
        self.conn.execute_batch("COMMIT")?;
        Ok(())
    }

    fn rollback(&mut self) -> Result<()> {
        if !self.conn.is_autocommit() {
            self.conn.execute_batch("ROLLBACK")?;
        }
        Ok(())
    }

    fn lock(&mut self, _namespace: i32, _key: i32) -> Result<()> {
        Ok(())
    }
}
