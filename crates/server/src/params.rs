//! Query-string parsing and validation: every parameter the API takes is checked
//! here, before any store call, so that a wrong request gets a 400 naming the
//! parameter and what it expects instead of an empty result or a 500.
//!
//! Parameters are parsed by hand rather than with a serde extractor because the
//! messages matter (`from: "2025-13-01" is not a date ...`) and because unknown
//! or repeated parameters are rejected: a typo such as `contry=AZE` silently
//! ignored would answer a different question than the one asked.
//!
//! An empty value (`from=`) counts as absent, as HTML forms send empty fields.
//! Values are not trimmed: ` AZE` is not a country code, and what is accepted is
//! exactly what `openapi.json` describes (its patterns mirror the checks here).

use crate::error::{ApiError, ApiResult};
use communique_record::EntityKind;
use communique_store::dates::PartialDate;
use std::collections::BTreeMap;

/// Longest accepted value of any parameter, in characters.
pub const MAX_VALUE_CHARS: usize = 200;
/// Page size when `limit` is not given.
pub const DEFAULT_LIMIT: usize = 100;
/// Largest page size.
pub const MAX_LIMIT: usize = 1000;
/// Largest offset: far beyond any real store, well inside the store's integers.
pub const MAX_OFFSET: usize = 1_000_000_000;

/// Event statuses of the record schema (SPEC.md section 10).
pub const STATUSES: &[&str] = &["occurred", "planned", "reported", "denied"];

/// The parameters of one request, by name.
#[derive(Debug, Default)]
pub struct Query {
    values: BTreeMap<String, String>,
}

impl Query {
    /// Parses a raw query string; names not in `allowed` and names given twice
    /// are errors.
    pub fn parse(raw: Option<&str>, allowed: &[&str]) -> ApiResult<Query> {
        let mut values = BTreeMap::new();
        for (name, value) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
            if !allowed.contains(&name.as_ref()) {
                return Err(ApiError::bad(if allowed.is_empty() {
                    format!("unknown parameter {name:?}: this endpoint takes no parameters")
                } else {
                    format!(
                        "unknown parameter {name:?}: this endpoint takes {}",
                        allowed.join(", ")
                    )
                }));
            }
            if values
                .insert(name.to_string(), value.into_owned())
                .is_some()
            {
                return Err(ApiError::bad(format!(
                    "{name}: given more than once; give it once"
                )));
            }
        }
        Ok(Query { values })
    }

    /// A non-empty value, at most [`MAX_VALUE_CHARS`] long.
    pub fn text(&self, name: &str) -> ApiResult<Option<&str>> {
        match self.values.get(name).map(String::as_str) {
            None | Some("") => Ok(None),
            Some(v) if v.chars().count() > MAX_VALUE_CHARS => Err(ApiError::bad(format!(
                "{name}: too long (over {MAX_VALUE_CHARS} characters)"
            ))),
            Some(v) => Ok(Some(v)),
        }
    }

    /// A value that must be present.
    pub fn required(&self, name: &str, example: &str) -> ApiResult<&str> {
        self.text(name)?.ok_or_else(|| {
            ApiError::bad(format!("{name}: missing; give it, e.g. {name}={example}"))
        })
    }

    /// `limit` (default [`DEFAULT_LIMIT`], at most [`MAX_LIMIT`]) and `offset`.
    pub fn page(&self) -> ApiResult<(usize, usize)> {
        let limit = self.number("limit", MAX_LIMIT)?.unwrap_or(DEFAULT_LIMIT);
        let offset = self.number("offset", MAX_OFFSET)?.unwrap_or(0);
        Ok((limit, offset))
    }

    fn number(&self, name: &str, max: usize) -> ApiResult<Option<usize>> {
        let Some(v) = self.text(name)? else {
            return Ok(None);
        };
        if !v.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ApiError::bad(format!(
                "{name}: {v:?} is not a whole number (0 to {max})"
            )));
        }
        match v.parse::<usize>() {
            Ok(n) if n <= max => Ok(Some(n)),
            _ => Err(ApiError::bad(format!(
                "{name}: {v} is over the maximum of {max}"
            ))),
        }
    }

    /// `from` and `to`, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, `from` not after `to`.
    pub fn date_range(&self) -> ApiResult<(Option<String>, Option<String>)> {
        let from = self.date("from")?;
        let to = self.date("to")?;
        if let (Some((f, f_days)), Some((t, t_days))) = (&from, &to) {
            // Compare the first possible day of `from` with the last of `to`:
            // `from=2025-03&to=2025-03` is one month, not an empty range.
            if f_days.0 > t_days.1 {
                return Err(ApiError::bad(format!(
                    "from: {f} is after to: {t}; swap them"
                )));
            }
        }
        Ok((from.map(|(s, _)| s), to.map(|(s, _)| s)))
    }

    /// A calendar date bound and its first and last possible days.
    fn date(&self, name: &str) -> ApiResult<Option<(String, (String, String))>> {
        let Some(v) = self.text(name)? else {
            return Ok(None);
        };
        let err = || {
            ApiError::bad(format!(
                "{name}: {v:?} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
            ))
        };
        // The store's parser also takes `X`s and times; a filter bound must be a
        // plain calendar date, so the shape is checked first.
        let shape_ok = matches!(v.len(), 4 | 7 | 10)
            && v.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
        if !shape_ok {
            return Err(err());
        }
        let days = PartialDate::parse(v)
            .and_then(|d| d.day_range())
            .ok_or_else(err)?;
        Ok(Some((v.to_owned(), days)))
    }

    /// One of a fixed set of words.
    pub fn choice(&self, name: &str, options: &[&'static str]) -> ApiResult<Option<&'static str>> {
        let Some(v) = self.text(name)? else {
            return Ok(None);
        };
        options
            .iter()
            .find(|o| **o == v)
            .copied()
            .map(Some)
            .ok_or_else(|| {
                ApiError::bad(format!(
                    "{name}: {v:?} is not one of {}",
                    options.join(", ")
                ))
            })
    }

    /// An entity kind: person, country, organization or place.
    pub fn kind(&self, name: &str) -> ApiResult<Option<EntityKind>> {
        const KINDS: &[&str] = &["person", "country", "organization", "place"];
        Ok(self.choice(name, KINDS)?.map(|k| match k {
            "person" => EntityKind::Person,
            "country" => EntityKind::Country,
            "organization" => EntityKind::Organization,
            _ => EntityKind::Place,
        }))
    }

    /// An event type, upper-cased. Only the shape is checked: the vocabulary is
    /// the knowledge base's (`data/events.toml`), which users extend, so a
    /// well-formed type the store has never seen simply matches nothing.
    pub fn event_type(&self, name: &str) -> ApiResult<Option<String>> {
        self.word(name, "an event type (PLOVER, like CONSULT or AGREE)")
            .map(|v| v.map(|t| t.to_ascii_uppercase()))
    }

    /// An event mode, lower-cased; shape only, as for [`Query::event_type`].
    pub fn mode(&self, name: &str) -> ApiResult<Option<String>> {
        self.word(name, "an event mode (like visit, phone, meeting or sign)")
            .map(|v| v.map(|m| m.to_ascii_lowercase()))
    }

    fn word(&self, name: &str, what: &str) -> ApiResult<Option<&str>> {
        let Some(v) = self.text(name)? else {
            return Ok(None);
        };
        let ok = v.len() <= 32
            && v.starts_with(|c: char| c.is_ascii_alphabetic())
            && v.chars()
                .all(|c| c.is_ascii_alphabetic() || c == '-' || c == '_');
        if ok {
            Ok(Some(v))
        } else {
            Err(ApiError::bad(format!("{name}: {v:?} is not {what}")))
        }
    }

    /// A country as an ISO 3166 alpha-3 code (`AZE`, `aze` or `country:AZE`),
    /// returned as the upper-case code.
    pub fn country(&self, name: &str) -> ApiResult<Option<String>> {
        let Some(v) = self.text(name)? else {
            return Ok(None);
        };
        country_code(v).map(Some).ok_or_else(|| {
            ApiError::bad(format!(
                "{name}: {v:?} is not a country code (ISO 3166 alpha-3 like AZE, or country:AZE); \
                 find codes with /api/entities?kind=country&q={}",
                url_word(v)
            ))
        })
    }

    /// An entity id with the given prefix (`person:`, `org:`).
    pub fn entity_id(&self, name: &str, prefix: &str, example: &str) -> ApiResult<Option<String>> {
        let Some(v) = self.text(name)? else {
            return Ok(None);
        };
        match v.strip_prefix(prefix) {
            Some(rest) if is_slug(rest) => Ok(Some(v.to_owned())),
            _ => Err(ApiError::bad(format!(
                "{name}: {v:?} is not an id like {example}; find ids with /api/entities?q={}",
                url_word(v)
            ))),
        }
    }

    /// Either side of a dyad: a country code or any entity id. Country codes come
    /// back as `AZE`, entity ids unchanged.
    pub fn actor(&self, name: &str, example: &str) -> ApiResult<String> {
        let v = self.required(name, example)?;
        if let Some(code) = country_code(v) {
            return Ok(code);
        }
        match v.split_once(':') {
            Some(("person" | "org" | "place", rest)) if is_slug(rest) => Ok(v.to_owned()),
            _ => Err(ApiError::bad(format!(
                "{name}: {v:?} is neither a country code (like AZE) nor an entity id \
                 (like person:ilham-aliyev); find ids with /api/entities?q={}",
                url_word(v)
            ))),
        }
    }
}

/// `AZE`, `aze`, `country:AZE` → `AZE`.
fn country_code(v: &str) -> Option<String> {
    let code = v.strip_prefix("country:").unwrap_or(v);
    (code.len() == 3 && code.bytes().all(|b| b.is_ascii_alphabetic()))
        .then(|| code.to_ascii_uppercase())
}

/// The part of an entity id after its prefix: non-empty, no spaces or controls.
fn is_slug(s: &str) -> bool {
    !s.is_empty() && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A value made safe to quote back inside a suggested URL.
fn url_word(v: &str) -> String {
    form_urlencoded::byte_serialize(v.as_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(raw: &str) -> Query {
        Query::parse(
            Some(raw),
            &["from", "to", "limit", "offset", "country", "a", "type"],
        )
        .unwrap()
    }

    fn err(r: ApiResult<impl std::fmt::Debug>) -> String {
        match r {
            Err(ApiError::BadRequest(m)) => m,
            other => panic!("expected a 400, got {other:?}"),
        }
    }

    #[test]
    fn dates_are_calendar_dates() {
        assert_eq!(
            q("from=2025&to=2025-03-11").date_range().unwrap(),
            (Some("2025".into()), Some("2025-03-11".into()))
        );
        assert_eq!(
            err(q("from=2025-13-01").date_range()),
            r#"from: "2025-13-01" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"#
        );
        for bad in [
            "2025-02-30",
            "XXXX-09-24",
            "2025-3-1",
            "25",
            "2025-03-11T10:00",
        ] {
            assert!(q(&format!("to={bad}")).date_range().is_err(), "{bad}");
        }
        // One month is not an empty range; a reversed one is.
        assert!(q("from=2025-03&to=2025-03").date_range().is_ok());
        assert!(err(q("from=2025-04&to=2025-03-31").date_range()).contains("swap"));
    }

    #[test]
    fn unknown_repeated_and_empty_parameters() {
        let e = Query::parse(Some("contry=AZE"), &["country"]).unwrap_err();
        assert!(e.message().contains("unknown parameter \"contry\""));
        let e = Query::parse(Some("a=1&a=2"), &["a"]).unwrap_err();
        assert!(e.message().contains("more than once"));
        assert_eq!(q("from=").date_range().unwrap(), (None, None));
    }

    #[test]
    fn pages_and_numbers() {
        assert_eq!(q("").page().unwrap(), (DEFAULT_LIMIT, 0));
        assert_eq!(q("limit=0&offset=5").page().unwrap(), (0, 5));
        assert!(err(q("limit=-1").page()).contains("not a whole number"));
        assert!(err(q("limit=1001").page()).contains("maximum of 1000"));
        assert!(err(q("offset=99999999999999999999999").page()).contains("maximum"));
    }

    #[test]
    fn actors_and_words() {
        assert_eq!(q("country=aze").country("country").unwrap().unwrap(), "AZE");
        assert_eq!(
            q("country=country:KAZ")
                .country("country")
                .unwrap()
                .unwrap(),
            "KAZ"
        );
        assert!(err(q("country=Azerbaijan").country("country")).contains("alpha-3"));
        assert_eq!(q("a=person:x-y").actor("a", "AZE").unwrap(), "person:x-y");
        assert!(err(q("a=Aliyev").actor("a", "AZE")).contains("q=Aliyev"));
        assert_eq!(
            q("type=consult").event_type("type").unwrap().unwrap(),
            "CONSULT"
        );
        assert!(q("type=DROP%20TABLE").event_type("type").is_err());
    }
}
