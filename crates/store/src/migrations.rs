//! Versioned schema migrations.
//!
//! Numbered SQL files embedded with `include_str!`, one directory per dialect, and a
//! `schema_migrations` table recording which numbers ran. We do not use
//! `rusqlite_migration`: it is SQLite-only (it keys on `PRAGMA user_version`), and
//! the store must migrate PostgreSQL the same way, from files a reviewer can read
//! side by side. Each migration runs in its own transaction with its bookkeeping
//! row, so a crash leaves the schema at a numbered version, never between two.

use crate::backend::{params, Conn, Dialect};
use crate::dates::utc_now_rfc3339;
use crate::error::{Result, StoreError};

/// One numbered migration, in both dialects.
struct Migration {
    version: i64,
    name: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
}

/// All migrations, in order. Append; never edit one that has shipped.
const MIGRATIONS: &[Migration] = &[Migration {
    version: 1,
    name: "initial",
    sqlite: include_str!("../migrations/sqlite/0001_initial.sql"),
    postgres: include_str!("../migrations/postgres/0001_initial.sql"),
}];

/// The schema version this build writes and reads.
pub const LATEST_SCHEMA: i64 = 1;

/// Advisory lock key serialising concurrent migrators on PostgreSQL.
const MIGRATION_LOCK: (i32, i32) = (0x636f_6d6d, 0);

/// Brings the database to [`LATEST_SCHEMA`]; returns the versions applied.
pub(crate) fn migrate(conn: &mut dyn Conn) -> Result<Vec<i64>> {
    // Under the lock too: two PostgreSQL sessions creating the same table at once
    // can fail on the catalog's unique index even with IF NOT EXISTS.
    conn.begin()?;
    let created = conn.lock(MIGRATION_LOCK.0, MIGRATION_LOCK.1).and_then(|_| {
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                     version    BIGINT PRIMARY KEY,
                     name       TEXT NOT NULL,
                     applied_at TEXT NOT NULL
                 )",
        )
    });
    match created {
        Ok(()) => conn.commit()?,
        Err(e) => {
            let _ = conn.rollback();
            return Err(e);
        }
    }
    let mut applied = Vec::new();
    for m in MIGRATIONS {
        conn.begin()?;
        let step = (|| -> Result<bool> {
            conn.lock(MIGRATION_LOCK.0, MIGRATION_LOCK.1)?;
            // Read inside the lock: another process may have just migrated.
            let current = current_version(conn)?;
            if current > LATEST_SCHEMA {
                return Err(StoreError::Schema(format!(
                    "the database has schema version {current}, newer than this build's \
                     {LATEST_SCHEMA}: use a newer communique"
                )));
            }
            if current >= m.version {
                return Ok(false);
            }
            let sql = match conn.dialect() {
                Dialect::Sqlite => m.sqlite,
                Dialect::Postgres => m.postgres,
            };
            conn.execute_batch(sql)?;
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                &params![m.version, m.name, utc_now_rfc3339()],
            )?;
            Ok(true)
        })();
        match step {
            Ok(ran) => {
                conn.commit()?;
                if ran {
                    applied.push(m.version);
                }
            }
            Err(e) => {
                let _ = conn.rollback();
                return Err(e);
            }
        }
    }
    // A database newer than this build (no migration to run, but a higher number).
    let current = current_version(conn)?;
    if current > LATEST_SCHEMA {
        return Err(StoreError::Schema(format!(
            "the database has schema version {current}, newer than this build's \
             {LATEST_SCHEMA}: use a newer communique"
        )));
    }
    Ok(applied)
}

/// Highest applied migration, 0 for an empty database.
pub(crate) fn current_version(conn: &mut dyn Conn) -> Result<i64> {
    let rows = conn.query(
        "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
        &[],
    )?;
    rows.first().map_or(Ok(0), |r| r.int(0))
}
