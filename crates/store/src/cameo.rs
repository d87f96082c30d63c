//! The CAMEO code table (Goldstein weight, QuadClass, name) used by the GDELT-like
//! export, loaded from `data/cameo.tsv`.
//!
//! Kept as a data file, not a match statement, so an analyst can adjust weights
//! or add codes; it is embedded in the binary and parsed at start, and a file of
//! the same format can be loaded instead ([`CameoTable::load`]).

use crate::error::{Result, StoreError};
use std::collections::HashMap;
use std::path::Path;

/// One CAMEO code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    pub code: String,
    pub goldstein: f64,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    pub name: String,
}

/// CAMEO codes by code.
#[derive(Debug, Clone)]
pub struct CameoTable {
    codes: HashMap<String, CameoCode>,
}

const EMBEDDED: &str = include_str!("../data/cameo.tsv");

impl CameoTable {
    /// The table shipped with the store.
    pub fn embedded() -> Self {
        Self::parse(EMBEDDED, "data/cameo.tsv").expect("the embedded data/cameo.tsv is valid")
    }

    /// A table from a file in the same format (tab-separated `code goldstein quad_class name`).
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path)?;
        Self::parse(&text, &path.display().to_string())
    }

    /// Parses the TSV; errors name the file and line.
    pub fn parse(text: &str, origin: &str) -> Result<Self> {
        let mut codes = HashMap::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err =
                |what: &str| StoreError::InvalidArgument(format!("{origin}:{}: {what}", i + 1));
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 4 {
                return Err(err(
                    "expected 4 tab-separated columns: code goldstein quad_class name",
                ));
            }
            let code = cols[0];
            if !(2..=4).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_digit()) {
                return Err(err("the code must be 2 to 4 digits"));
            }
            let goldstein: f64 = cols[1]
                .parse()
                .map_err(|_| err("goldstein is not a number"))?;
            if !(-10.0..=10.0).contains(&goldstein) {
                return Err(err("goldstein must be within -10..10"));
            }
            let quad_class: u8 = cols[2]
                .parse()
                .map_err(|_| err("quad_class is not a number"))?;
            if !(1..=4).contains(&quad_class) {
                return Err(err("quad_class must be 1 to 4"));
            }
            let entry = CameoCode {
                code: code.to_owned(),
                goldstein,
                quad_class,
                name: cols[3].to_owned(),
            };
            if codes.insert(code.to_owned(), entry).is_some() {
                return Err(err("duplicate code"));
            }
        }
        Ok(CameoTable { codes })
    }

    /// The entry for a code, else its 3-digit base, else its 2-digit root.
    pub fn lookup(&self, code: &str) -> Option<&CameoCode> {
        let code = code.trim();
        self.codes
            .get(code)
            .or_else(|| code.get(..3).and_then(|c| self.codes.get(c)))
            .or_else(|| code.get(..2).and_then(|c| self.codes.get(c)))
    }

    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_table_has_the_standard_weights() {
        let t = CameoTable::embedded();
        assert_eq!(t.lookup("042").unwrap().goldstein, 1.9);
        assert_eq!(t.lookup("057").unwrap().goldstein, 8.0);
        assert_eq!(t.lookup("051").unwrap().quad_class, 1);
        assert_eq!(
            t.lookup("1123").unwrap().code,
            "112",
            "falls back to the base code"
        );
        assert_eq!(t.lookup("190").unwrap().quad_class, 4);
        assert!(t.lookup("99").is_none());
    }

    #[test]
    fn errors_name_the_line() {
        let e = CameoTable::parse("# c\n042\tx\t1\tVisit\n", "t.tsv").unwrap_err();
        assert!(e.to_string().contains("t.tsv:2"), "{e}");
    }
}
