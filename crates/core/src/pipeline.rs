//! The pipeline: one pure function from an input document and the knowledge base
//! to a record, running the stages in order over one [`Document`].

use crate::clean::{self, Furniture};
use crate::dates::PartialDate;
use crate::document::{Document, InputDocument};
use crate::events::{self, Event, EventContext};
use crate::kb::KnowledgeBase;
use crate::language::{self, Lang};
use crate::link::{self, LinkContext, Resolved};
use crate::mentions::Mention;
use crate::{acronyms, fuse, mentions, segment, whereabouts};
use communique_record::{
    EntityKind, EntityRecord, EventRecord, Evidence, Location, MentionRecord, Record, Side,
};
use rustc_hash::FxHashMap as HashMap;
use sha2::{Digest, Sha256};
use std::fmt::Write as _;

/// Why a document could not be extracted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    #[error("empty document: no text after cleaning")]
    Empty,
    #[error("document has {0} characters, over the limit of {1}")]
    TooLarge(usize, usize),
    #[error("text does not look like natural language (only {0}% letters)")]
    NotText(u32),
}

/// Options of one extraction run.
#[derive(Debug, Clone)]
pub struct Options {
    /// Add the cleaned text to each record.
    pub include_text: bool,
    /// Largest document accepted, in characters.
    pub max_chars: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            include_text: false,
            max_chars: 20_000_000,
        }
    }
}

/// Extraction with a loaded knowledge base. Cheap to share between threads.
pub struct Extractor {
    kb: KnowledgeBase,
    furniture: Furniture,
    options: Options,
}

impl Extractor {
    pub fn new(kb: KnowledgeBase) -> Extractor {
        Self::with_options(kb, Options::default())
    }

    pub fn with_options(kb: KnowledgeBase, options: Options) -> Extractor {
        let furniture = Furniture::new(&kb);
        Extractor {
            kb,
            furniture,
            options,
        }
    }

    pub fn kb(&self) -> &KnowledgeBase {
        &self.kb
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Run the stages up to events, for inspection.
    pub fn annotate(&self, input: &InputDocument) -> Result<Document, ExtractError> {
        let segment::Census {
            chars,
            visible,
            letters,
        } = segment::census(&input.text);
        if chars > self.options.max_chars {
            return Err(ExtractError::TooLarge(chars, self.options.max_chars));
        }
        if visible == 0 {
            return Err(ExtractError::Empty);
        }
        let share = (letters * 100 / visible) as u32;
        if share < 30 {
            return Err(ExtractError::NotText(share));
        }
        let cleaned = clean::clean(&input.text, &self.kb, &self.furniture);
        if cleaned.text.trim().is_empty() {
            return Err(ExtractError::Empty);
        }
        let mut evidence = language::Evidence::new(&self.kb.language_profiles);
        let mut tokens = segment::tokenize_identifying(
            &cleaned.text,
            &self.kb.endings,
            &self.kb.vocabulary,
            &mut evidence,
        );
        let lang = match input
            .language
            .as_deref()
            .filter(|l| self.kb.langs.contains_key(*l))
        {
            Some(l) => Lang(l.to_string()),
            None => evidence.language(),
        };
        // Counted first: collecting would start from a quarter of the bytes and
        // copy the vector at each growth.
        let mut chars: Vec<char> = Vec::with_capacity(cleaned.text.chars().count());
        chars.extend(cleaned.text.chars());
        let ordinal_dot = self.kb.lang(lang.code()).ordinal_dot;
        let sentences =
            segment::sentences(&chars, &mut tokens, &self.kb.abbreviations, ordinal_dot);
        let mut mentions = mentions::find(&tokens, &self.kb, lang.code());
        acronyms::apply_defined(&mut mentions, &tokens, &chars);
        let published = self.published(input, &cleaned);
        let dates = self.kb.dates.find(&tokens, &self.kb.endings, published);
        // A surname alone inside a date is the month's name: the Azerbaijani
        // "Martın 18-də" (on 18 March) is not Ireland's Micheál Martin.
        mentions.retain(|m| {
            !matches!(m.kind, mentions::MentionKind::Person { full: false, .. })
                || !dates.iter().any(|d| d.start < m.last && m.first < d.end)
        });
        let dateline_tokens = dateline_tokens(&cleaned, &tokens);
        Ok(Document {
            id: input.id.clone(),
            url: input.url.clone(),
            source: input.source.clone(),
            cleaned,
            chars,
            lang,
            published,
            sentences,
            tokens,
            mentions,
            dates,
            dateline_tokens,
        })
    }

    fn published(&self, input: &InputDocument, cleaned: &clean::Cleaned) -> Option<PartialDate> {
        input
            .published
            .as_deref()
            .and_then(PartialDate::parse_iso)
            .or(cleaned.published)
    }

    /// Extract one document's record.
    pub fn extract(&self, input: &InputDocument) -> Result<Record, ExtractError> {
        let doc = self.annotate(input)?;
        let published = doc.published;
        let chars = &doc.chars;
        let linked = link::link(
            &doc.mentions,
            &LinkContext {
                kb: &self.kb,
                tokens: &doc.tokens,
                chars,
                date: published,
                lang: doc.lang.code(),
                url: doc.url.as_deref(),
                dateline_place: doc.cleaned.dateline_place.as_deref(),
                dateline_agency: doc.cleaned.dateline_agency.as_deref(),
            },
        );
        let events = events::extract(&EventContext {
            kb: &self.kb,
            tokens: &doc.tokens,
            chars,
            sentences: &doc.sentences,
            mentions: &doc.mentions,
            linked: &linked,
            dates: &doc.dates,
            published,
            lang: doc.lang.code(),
            lang_data: self.kb.lang(doc.lang.code()),
            dateline_tokens: doc.dateline_tokens.clone(),
        });
        let mut events = fuse::fuse(events, &self.kb);
        whereabouts::settle(&mut events, &self.kb, &named_places(&doc, &linked));

        let published_text = match (published, &input.published) {
            (_, Some(given)) if PartialDate::parse_iso(given).is_some() => Some(given.clone()),
            (Some(d), _) => Some(match &doc.cleaned.published_time {
                Some(t) if doc.cleaned.published.is_some() => format!("{d}T{t}"),
                _ => d.to_string(),
            }),
            (None, _) => None,
        };
        Ok(Record {
            document: doc.id.clone(),
            url: doc.url.clone(),
            language: doc.lang.code().to_string(),
            title: doc.cleaned.title.clone(),
            published: published_text,
            agency: linked.agency.clone(),
            source: doc.source.clone(),
            dateline: doc.cleaned.dateline.clone(),
            entities: self.entities(&doc, &linked, chars, published),
            events: events
                .into_iter()
                .map(|e| self.event_record(&doc.id, e, chars))
                .collect(),
            text: self.options.include_text.then(|| doc.cleaned.text.clone()),
        })
    }

    /// The country whose capital a mention names as an actor ("Moscow had asked
    /// Beijing", "Баку настаивает", "Yerevan denied"): a capital with no preposition
    /// before it and no locative ending, not written in capitals as a dateline is.
    fn capital_as_state(&self, doc: &Document, m: &Mention, place: u32) -> Option<u32> {
        let country = self.kb.capital_of(place)?;
        let first = &doc.tokens[m.first];
        let dateline = first
            .text
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        (!dateline && !self.place_governed(doc, m)).then_some(country)
    }

    /// Whether a place mention is marked as a place: after a preposition or an
    /// article, with a case ending other than the subject's, object's or
    /// possessor's in a language of cases, inside a longer name, or coordinated
    /// with such a place ("between Astana and Ulaanbaatar").
    fn place_governed(&self, doc: &Document, m: &Mention) -> bool {
        let lang = self.kb.lang(doc.lang.code());
        if lang.syntax == "sov" {
            let actor_case = m.suffix.is_empty()
                || lang.accusative_suffixes.contains(&m.suffix)
                || lang.genitive_suffixes.contains(&m.suffix);
            if !actor_case {
                return true;
            }
        } else if lang.is_location_suffix(&m.suffix) {
            return true;
        }
        let sentence = doc.tokens[m.first].sentence;
        // Part of a longer name: "Bakı-Tbilisi-Ceyhan", "Bakı Enerji Həftəsi".
        let next = doc.tokens.get(m.last).filter(|t| t.sentence == sentence);
        let in_name = next.is_some_and(|t| {
            t.gap == segment::Gap::Hyphen
                || (t.gap == segment::Gap::Space
                    && t.is_capitalized()
                    && doc
                        .mentions
                        .binary_search_by_key(&m.last, |o| o.first)
                        .is_err())
        }) || (m.first > 0 && doc.tokens[m.first].gap == segment::Gap::Hyphen);
        if in_name {
            return true;
        }
        let Some(before) = m
            .first
            .checked_sub(1)
            .filter(|&i| doc.tokens[i].sentence == sentence)
        else {
            return false;
        };
        let w = doc.tokens[before].fold.as_str();
        let listed = |list: &Vec<String>| list.iter().any(|x| x == w);
        if listed(&lang.conjunctions) {
            return doc
                .mentions
                .iter()
                .find(|p| p.last == before)
                .is_some_and(|p| self.place_governed(doc, p));
        }
        // An article ("the Baku summit") also makes it a modifier, not an actor.
        listed(&lang.prepositions) || listed(&lang.location_prepositions) || listed(&lang.articles)
    }

    fn entities(
        &self,
        doc: &Document,
        linked: &link::Linked,
        chars: &[char],
        date: Option<PartialDate>,
    ) -> Vec<EntityRecord> {
        let kb = &self.kb;
        let mut list: Vec<EntityRecord> = Vec::new();
        // Most mentions repeat an entity already listed: it is found by its
        // number first, and its id and name are built only for its first mention.
        let mut by_key: HashMap<EntityKey<'_>, usize> = HashMap::default();
        let mut by_id: HashMap<String, usize> = HashMap::default();
        for (m, r) in doc.mentions.iter().zip(&linked.resolved) {
            let capital_state = match r {
                Resolved::Place(p) => self.capital_as_state(doc, m, *p),
                _ => None,
            };
            let key = match r {
                Resolved::Person(p) => EntityKey::Person(*p),
                Resolved::Country(c) | Resolved::CountryAdj(c) => EntityKey::Country(*c),
                // Conferences are events, not organisations.
                Resolved::Org(o)
                    if kb.organizations[*o as usize].kind == crate::kb::model::OrgKind::Forum =>
                {
                    continue
                }
                Resolved::Org(o) => EntityKey::Org(*o),
                Resolved::NationalBody { template, country } => {
                    EntityKey::NationalBody(*template, *country)
                }
                Resolved::Place(p) => match capital_state {
                    Some(c) => EntityKey::Country(c),
                    None => EntityKey::Place(*p),
                },
                Resolved::NewPerson { id, name } => EntityKey::NewPerson(id, name),
                Resolved::Title(_) | Resolved::Nothing => continue,
            };
            let index = match by_key.get(&key) {
                Some(&i) => i,
                None => {
                    let record = self.entity_record(doc, linked, m, &key, date);
                    // Two numbers may still name one id (an organisation listed
                    // under a national body's id): the first mention's record holds.
                    let i = *by_id.entry(record.id.clone()).or_insert_with(|| {
                        list.push(record);
                        list.len() - 1
                    });
                    by_key.insert(key, i);
                    i
                }
            };
            list[index].mentions.push(MentionRecord {
                start: m.start,
                end: m.end,
                text: m.text(chars),
            });
        }
        // First mention first within each kind, so records read like the article;
        // the id settles the (rare) ties.
        list.sort_by(|a, b| {
            let first = |e: &EntityRecord| e.mentions.first().map(|m| m.start).unwrap_or(0);
            (kind_order(a.kind), first(a), &a.id).cmp(&(kind_order(b.kind), first(b), &b.id))
        });
        list
    }

    /// The record of the entity `key`, first named by the mention `m`, without its mentions.
    fn entity_record(
        &self,
        doc: &Document,
        linked: &link::Linked,
        m: &Mention,
        key: &EntityKey<'_>,
        date: Option<PartialDate>,
    ) -> EntityRecord {
        let kb = &self.kb;
        let (id, kind, name, country, role) = match *key {
            EntityKey::Person(p) => {
                let person = &kb.persons[p as usize];
                (
                    person.id.get_ref().clone(),
                    EntityKind::Person,
                    person.name.clone(),
                    person.country.clone(),
                    kb.role_label(p, date),
                )
            }
            EntityKey::Country(c) => {
                let c = &kb.countries[c as usize];
                (
                    format!("country:{}", c.id.get_ref()),
                    EntityKind::Country,
                    c.name.clone(),
                    None,
                    None,
                )
            }
            EntityKey::Org(o) => {
                let o = &kb.organizations[o as usize];
                (
                    o.id.get_ref().clone(),
                    EntityKind::Organization,
                    o.name.clone(),
                    o.country.clone(),
                    None,
                )
            }
            EntityKey::NationalBody(template, country) => {
                let t = &kb.org_templates[template as usize];
                let c = &kb.countries[country as usize];
                (
                    t.id_for(c.id.get_ref()),
                    EntityKind::Organization,
                    t.name.replace("{country}", &c.name),
                    Some(c.id.get_ref().clone()),
                    None,
                )
            }
            EntityKey::Place(p) => {
                let p = &kb.places[p as usize];
                (
                    p.id.get_ref().clone(),
                    EntityKind::Place,
                    p.name.clone(),
                    Some(p.country.clone()),
                    None,
                )
            }
            EntityKey::NewPerson(id, name) => {
                let (country, role) = self.new_person_context(doc, linked, m, id);
                (
                    id.to_string(),
                    EntityKind::Person,
                    name.to_string(),
                    country,
                    role,
                )
            }
        };
        EntityRecord {
            id,
            kind,
            name,
            country,
            role,
            unconfirmed: matches!(key, EntityKey::NewPerson(..)),
            mentions: Vec::new(),
        }
    }

    /// The country and role of a person the knowledge base lacks, from the title and
    /// country written before the name.
    fn new_person_context(
        &self,
        doc: &Document,
        linked: &link::Linked,
        m: &crate::mentions::Mention,
        id: &str,
    ) -> (Option<String>, Option<String>) {
        let kb = &self.kb;
        // The country the linker found before the title, past bodies and the
        // country the title is about, when it found one.
        let linked_country = linked
            .new_person_country(id)
            .map(|c| kb.countries[c as usize].id.get_ref().clone());
        let (mut country, mut role) = (linked_country, None);
        let mut edge = m.first;
        for (prev, r) in doc.mentions.iter().zip(&linked.resolved).rev() {
            if prev.last > edge || prev.first >= m.first {
                continue;
            }
            if prev.last != edge {
                break;
            }
            match r {
                Resolved::Country(c) | Resolved::CountryAdj(c) => {
                    country.get_or_insert_with(|| kb.countries[*c as usize].id.get_ref().clone());
                }
                Resolved::Title(t) => {
                    let title = &kb.titles[*t as usize];
                    role.get_or_insert_with(|| title.label.clone());
                    if let Some(c) = &title.country {
                        country.get_or_insert_with(|| c.clone());
                    }
                }
                _ => break,
            }
            edge = prev.first;
        }
        (country, role)
    }

    /// The record of an event, its id a hash of what identifies it.
    fn event_record(&self, doc_id: &str, e: Event, chars: &[char]) -> EventRecord {
        let side = |a: events::Actor| Side {
            countries: a.countries,
            persons: a.persons,
            organizations: a.orgs,
        };
        let date = e.date.map(|d| d.to_string());
        let mut hasher = Sha256::new();
        for part in [
            doc_id,
            &e.event_type,
            &e.mode,
            &e.status,
            &side_key(&e.source),
            &side_key(&e.target),
            date.as_deref().unwrap_or(""),
        ] {
            hasher.update(part.as_bytes());
            hasher.update([0u8]);
        }
        let digest = hasher.finalize();
        let mut id = String::with_capacity(3 + 16);
        id.push_str("ev_");
        for b in &digest[..8] {
            // Writing into a String cannot fail.
            let _ = write!(id, "{b:02x}");
        }
        EventRecord {
            id,
            event_type: e.event_type,
            mode: e.mode,
            cameo: e.cameo,
            status: e.status,
            date,
            source: side(e.source),
            target: side(e.target),
            location: Location {
                country: e.location.0,
                place: e.location.1,
            },
            topics: e.topics,
            documents: e.documents,
            confidence: (e.confidence * 100.0).round() / 100.0,
            evidence: e
                .evidence
                .iter()
                .map(|&(s, t)| Evidence {
                    document: doc_id.to_string(),
                    start: s,
                    end: t,
                    text: segment::string_of(&chars[s..t]),
                })
                .collect(),
        }
    }
}

fn side_key(a: &events::Actor) -> String {
    let mut v: Vec<&str> = a
        .countries
        .iter()
        .chain(&a.orgs)
        .map(String::as_str)
        .collect();
    v.sort();
    v.join(",")
}

/// Which entity a mention names, as numbers of the knowledge base (or the id
/// of a person it lacks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum EntityKey<'d> {
    Person(u32),
    Country(u32),
    Org(u32),
    NationalBody(u32, u32),
    Place(u32),
    /// Its id and name.
    NewPerson(&'d str, &'d str),
}

fn kind_order(k: EntityKind) -> u8 {
    match k {
        EntityKind::Person => 0,
        EntityKind::Country => 1,
        EntityKind::Organization => 2,
        EntityKind::Place => 3,
    }
}

/// The places the page names, for events told without theirs.
fn named_places(doc: &Document, linked: &link::Linked) -> Vec<whereabouts::NamedPlace> {
    doc.mentions
        .iter()
        .zip(&linked.resolved)
        .filter_map(|(m, r)| match r {
            Resolved::Place(p) => Some(whereabouts::NamedPlace {
                place: *p,
                at: doc.tokens[m.first].start,
                in_dateline: doc.dateline_tokens.contains(&m.first),
            }),
            _ => None,
        })
        .collect()
}

/// The tokens the dateline spans: it stays at the head of its paragraph in the
/// cleaned text, so its first occurrence is the one.
fn dateline_tokens(cleaned: &clean::Cleaned, tokens: &[segment::Token]) -> std::ops::Range<usize> {
    let Some((dateline, at)) = cleaned
        .dateline
        .as_deref()
        .and_then(|d| Some((d, cleaned.text.find(d)?)))
    else {
        return 0..0;
    };
    let start = cleaned.text[..at].chars().count();
    let end = start + dateline.chars().count();
    tokens.partition_point(|t| t.start < start)..tokens.partition_point(|t| t.end <= end)
}
