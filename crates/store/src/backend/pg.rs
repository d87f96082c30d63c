//! PostgreSQL driver (the sync `postgres` crate), for a store shared by a team.

use super::{Cell, Conn, Dialect, Param, Row};
use crate::error::{Result, StoreError};
use postgres::types::{ToSql, Type};
use postgres::{Client, NoTls, Statement};
use std::collections::HashMap;

pub(crate) struct PgConn {
    client: Client,
    /// Prepared statements by their `?`-form SQL: a round trip saved per call.
    statements: HashMap<String, Statement>,
    in_transaction: bool,
}

impl PgConn {
    pub(crate) fn connect(url: &str) -> Result<Self> {
        let client = Client::connect(url, NoTls)?;
        Ok(PgConn {
            client,
            statements: HashMap::new(),
            in_transaction: false,
        })
    }

    fn statement(&mut self, sql: &str) -> Result<Statement> {
        if let Some(st) = self.statements.get(sql) {
            return Ok(st.clone());
        }
        let st = self.client.prepare(&numbered_placeholders(sql))?;
        self.statements.insert(sql.to_owned(), st.clone());
        Ok(st)
    }
}

/// Rewrites `?` placeholders to `$1, $2, ...`, leaving quoted strings alone.
pub(crate) fn numbered_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 16);
    let mut n = 0;
    let mut in_quote = false;
    for c in sql.chars() {
        match c {
            '\'' => {
                in_quote = !in_quote;
                out.push(c);
            }
            '?' if !in_quote => {
                n += 1;
                out.push('$');
                out.push_str(&n.to_string());
            }
            _ => out.push(c),
        }
    }
    out
}

fn as_sql(p: &Param) -> &(dyn ToSql + Sync) {
    match p {
        Param::Text(v) => v,
        Param::Int(v) => v,
        Param::Real(v) => v,
    }
}

fn read_cell(row: &postgres::Row, i: usize) -> Result<Cell> {
    let ty = row.columns()[i].type_().clone();
    let cell = if ty == Type::TEXT || ty == Type::VARCHAR || ty == Type::BPCHAR || ty == Type::NAME
    {
        row.try_get::<_, Option<String>>(i)?
            .map_or(Cell::Null, Cell::Text)
    } else if ty == Type::INT8 {
        row.try_get::<_, Option<i64>>(i)?
            .map_or(Cell::Null, Cell::Int)
    } else if ty == Type::INT4 {
        row.try_get::<_, Option<i32>>(i)?
            .map_or(Cell::Null, |v| Cell::Int(v.into()))
    } else if ty == Type::INT2 {
        row.try_get::<_, Option<i16>>(i)?
            .map_or(Cell::Null, |v| Cell::Int(v.into()))
    } else if ty == Type::FLOAT8 {
        row.try_get::<_, Option<f64>>(i)?
            .map_or(Cell::Null, Cell::Real)
    } else if ty == Type::FLOAT4 {
        row.try_get::<_, Option<f32>>(i)?
            .map_or(Cell::Null, |v| Cell::Real(v.into()))
    } else if ty == Type::BOOL {
        row.try_get::<_, Option<bool>>(i)?
            .map_or(Cell::Null, |v| Cell::Int(v.into()))
    } else {
        return Err(StoreError::Corrupt(format!(
            "column {i} has PostgreSQL type {ty} the store does not read"
        )));
    };
    Ok(cell)
}

impl Conn for PgConn {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }

    fn execute(&mut self, sql: &str, params: &[Param]) -> Result<u64> {
        let st = self.statement(sql)?;
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(as_sql).collect();
        Ok(self.client.execute(&st, &refs)?)
    }

    fn query(&mut self, sql: &str, params: &[Param]) -> Result<Vec<Row>> {
        let st = self.statement(sql)?;
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(as_sql).collect();
        let rows = self.client.query(&st, &refs)?;
        rows.iter()
            .map(|r| {
                (0..r.len())
                    .map(|i| read_cell(r, i))
                    .collect::<Result<Vec<_>>>()
                    .map(Row)
            })
            .collect()
    }

    fn execute_batch(&mut self, sql: &str) -> Result<()> {
        self.client.batch_execute(sql)?;
        Ok(())
    }

    fn begin(&mut self) -> Result<()> {
        self.client
            .batch_execute("BEGIN ISOLATION LEVEL READ COMMITTED")?;
        self.in_transaction = true;
        Ok(())
    }

    fn commit(&mut self) -> Result<()> {
        self.in_transaction = false;
        self.client.batch_execute("COMMIT")?;
        Ok(())
    }

    fn rollback(&mut self) -> Result<()> {
        if self.in_transaction {
            self.in_transaction = false;
            self.client.batch_execute("ROLLBACK")?;
        }
        Ok(())
    }

    fn lock(&mut self, namespace: i32, key: i32) -> Result<()> {
        let st = self.statement("SELECT pg_advisory_xact_lock(?::int4, ?::int4)")?;
        self.client.execute(&st, &[&namespace, &key])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::numbered_placeholders;

    #[test]
    fn placeholders_are_numbered_outside_quotes() {
        assert_eq!(
            numbered_placeholders("SELECT '?' , a FROM t WHERE x = ? AND y LIKE ? ESCAPE '\\'"),
            "SELECT '?' , a FROM t WHERE x = $1 AND y LIKE $2 ESCAPE '\\'"
        );
    }
}
