//! The actors of one language's pages, drawn from the knowledge base: every
//! person with a name and a title in that language, and every country with
//! its name, adjective and capital.
//!
//! Taking names from the knowledge base (rather than a list of our own) makes
//! the corpus exercise the same lexicon entries real pages hit, and keeps it
//! in step as the knowledge base grows.

use crate::lang::Language;
use communique_core::kb::model::Names;
use communique_core::KnowledgeBase;

/// A person as a page in this language names them.
#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub surname: String,
    /// Title of one of the person's roles, as written in this language.
    pub title: String,
    /// Index into [`Cast::countries`].
    pub country: usize,
    pub female: bool,
}

/// A country as a page in this language names it.
#[derive(Debug, Clone)]
pub struct Country {
    pub iso3: String,
    pub name: String,
    pub adjective: String,
    pub capital: String,
}

/// Everything a page in one language can mention.
pub struct Cast {
    pub language: &'static Language,
    pub persons: Vec<Person>,
    pub countries: Vec<Country>,
    /// Persons of the countries the seed outlets mostly write about, which
    /// real corpora over-represent.
    pub regional: Vec<usize>,
    /// Month names of the language, January first.
    pub months: Vec<String>,
}

/// The countries whose officials dominate the region's diplomatic news.
const REGION: [&str; 6] = ["AZE", "KAZ", "RUS", "TUR", "UZB", "KGZ"];

impl Cast {
    pub fn new(kb: &KnowledgeBase, language: &'static Language) -> anyhow::Result<Cast> {
        let code = language.code;
        let months = kb
            .langs
            .get(code)
            .map(|l| l.dates.months.clone())
            .filter(|m| m.len() == 12)
            .ok_or_else(|| anyhow::anyhow!("knowledge base has no month names for `{code}`"))?;
        let mut countries = Vec::new();
        let mut by_kb_index = vec![None; kb.countries.len()];
        for (i, c) in kb.countries.iter().enumerate() {
            let Some(name) = preferred(&c.names, &c.acronyms, code) else {
                continue;
            };
            let capital = c
                .capital
                .as_deref()
                .and_then(|id| kb.place(id))
                .and_then(|p| first(&kb.places[p as usize].names, code))
                .unwrap_or(&name)
                .to_string();
            let adjective = first(&c.adjectives, code).unwrap_or(&name).to_string();
            by_kb_index[i] = Some(countries.len());
            countries.push(Country {
                iso3: c.id.get_ref().clone(),
                name,
                adjective,
                capital,
            });
        }
        let mut persons = Vec::new();
        for p in &kb.persons {
            let Some(name) = first(&p.names, code) else {
                continue;
            };
            let Some(country) = p
                .country
                .as_deref()
                .and_then(|c| kb.country(c))
                .and_then(|i| by_kb_index[i as usize])
            else {
                continue;
            };
            let Some(title) = title_of(kb, p, code) else {
                continue;
            };
            let surname = name.split_whitespace().last().unwrap_or(name).to_string();
            let female = p.gender.as_deref() == Some("f");
            persons.push(Person {
                name: name.to_string(),
                surname,
                title,
                country,
                female,
            });
        }
        if persons.len() < 2 || countries.len() < 3 {
            anyhow::bail!(
                "knowledge base has too few persons or countries in `{code}` to generate pages"
            );
        }
        let regional = (0..persons.len())
            .filter(|&i| REGION.contains(&countries[persons[i].country].iso3.as_str()))
            .collect();
        Ok(Cast {
            language,
            persons,
            countries,
            regional,
            months,
        })
    }
}

fn first<'n>(names: &'n Names, code: &str) -> Option<&'n str> {
    names.get(code).and_then(|v| v.first()).map(String::as_str)
}

/// The name a page would use in passing, in a form the templates can
/// decline: the first name when it is one word (`Казахстан`), else an
/// acronym (`США`, `ОАЭ`), else the first one-word name.
fn preferred(names: &Names, acronyms: &Names, code: &str) -> Option<String> {
    let list = names.get(code)?;
    let first = list.first()?;
    if !first.contains(' ') {
        return Some(first.clone());
    }
    acronyms
        .get(code)
        .and_then(|a| a.first())
        .or_else(|| list.iter().find(|n| !n.contains(' ')))
        .or(Some(first))
        .cloned()
}

/// The title of the person's most recent role with a title in this language.
fn title_of(
    kb: &KnowledgeBase,
    p: &communique_core::kb::model::Person,
    code: &str,
) -> Option<String> {
    p.roles.iter().rev().find_map(|r| {
        kb.titles
            .iter()
            .filter(|t| *t.role.get_ref() == r.role)
            .filter(|t| t.country.is_none() || t.country == r.country)
            .find_map(|t| first(&t.names, code))
            .map(str::to_string)
    })
}
