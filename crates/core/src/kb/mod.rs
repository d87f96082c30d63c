//! The knowledge base: actors, titles, languages and cue words, loaded from
//! `data/` and indexed for matching.
//!
//! Loading parses every file, validates the whole (see [`load::validate`]) and
//! builds the lexicons the stages match against. A built `KnowledgeBase` is
//! immutable and shared by all extraction threads.

pub mod load;
pub mod model;

use crate::dates::{DateLexicon, PartialDate};
use crate::lexicon::{CaseRule, Endings, Lexicon};
use crate::vocabulary::Vocabulary;
use model::*;
use std::collections::HashMap;
use std::path::Path;

pub use load::{KbError, Problem};

/// What a mention phrase points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionRef {
    Country(u32),
    /// An adjective of a country (`казахстанской`).
    CountryAdj(u32),
    /// A person by full name, or by surname alone (`surname = true`).
    Person {
        idx: u32,
        surname: bool,
    },
    Org(u32),
    /// A national body named with its country (`МИД` + `Азербайджана`).
    OrgTemplate(u32),
    Place(u32),
    Title(u32),
    /// "Our country": the outlet's own.
    HomeCountry,
}

/// What a cue phrase signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueRef {
    Event(u32),
    Mode(u32),
    Status(u32),
    Topic(u32),
    /// Not a cue after all: cancels event cues it overlaps.
    Block,
}

/// Grammar words of the event stage (see `LangData`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrammarRef {
    Report,
    ActorNoun,
    NonActor,
    /// "стороны", "the two sides": the parties of the story's main event.
    Parties,
    /// "rəhbərlik etdiyi", "бастаған": a leader before the delegation he leads.
    LedBy,
    /// "саммит*", "zirve*": a gathering that a bare name before it qualifies.
    Gathering,
    /// "по инициативе", "бастамасымен": whose initiative a call was.
    Initiative,
    /// "his counterpart", "mevkidaşını": the other side of the story, unnamed.
    Counterpart,
}

pub struct KnowledgeBase {
    pub countries: Vec<Country>,
    pub persons: Vec<Person>,
    pub titles: Vec<Title>,
    pub organizations: Vec<Organization>,
    pub org_templates: Vec<OrgTemplate>,
    pub places: Vec<Place>,
    pub langs: HashMap<String, LangData>,
    pub cues: Vec<EventCue>,
    pub modifiers: Vec<ModeModifier>,
    pub event_types: Vec<EventTypeRules>,
    pub statuses: Vec<StatusCue>,
    pub topics: Vec<Topic>,
    pub boilerplate: Boilerplate,

    pub endings: Endings,
    /// Each language's bit in [`KnowledgeBase::endings`].
    language_bits: HashMap<String, u32>,
    pub mentions: Lexicon<MentionRef>,
    pub cue_words: Lexicon<CueRef>,
    pub grammar: Lexicon<GrammarRef>,
    pub dates: DateLexicon,
    /// The numbers of the four lexicons' keys ([`crate::vocabulary`]).
    pub vocabulary: Vocabulary,
    /// Fx-hashed: asked for every word before a full stop of every page.
    pub abbreviations: rustc_hash::FxHashSet<String>,
    /// The folded first word of each title's names in every language, longest
    /// first: the event stage reads a title's ending off its head word.
    pub title_heads: Vec<Vec<String>>,
    pub language_profiles: crate::language::Profiles,
    country_index: HashMap<String, u32>,
    person_index: HashMap<String, u32>,
    org_index: HashMap<String, u32>,
    place_index: HashMap<String, u32>,
    alpha2_index: HashMap<String, u32>,
    /// For each place, the country it is the capital of.
    capital_of: Vec<Option<u32>>,
}

impl KnowledgeBase {
    /// The knowledge base compiled into the binary from the repository's `data/`.
    pub fn embedded() -> Result<KnowledgeBase, KbError> {
        Self::from_sources(&load::Sources::embedded(), Path::new("data"))
    }

    /// A knowledge base from a folder laid out like `data/`.
    pub fn load(dir: &Path) -> Result<KnowledgeBase, KbError> {
        Self::from_sources(&load::Sources::from_dir(dir)?, dir)
    }

    fn from_sources(sources: &load::Sources, root: &Path) -> Result<KnowledgeBase, KbError> {
        let parsed = load::parse(sources, root)?;
        load::validate(&parsed, root)?;
        Ok(Self::build(parsed))
    }

    fn build(mut p: load::Parsed) -> KnowledgeBase {
        for role in p.persons.iter_mut().flat_map(|person| &mut person.roles) {
            role.read_dates();
        }
        // A phrase takes only endings of its own language: Turkish `göre` less `e`
        // must not meet Azerbaijani `görə` less `ə`.
        let bits: HashMap<String, u32> = p
            .langs
            .iter()
            .enumerate()
            .map(|(i, l)| (l.code.clone(), 1u32 << i))
            .collect();
        let endings = Endings::of_languages(
            p.langs
                .iter()
                .map(|l| (bits[&l.code], l.endings.iter().collect())),
        );
        let morph = Morphology {
            bits,
            endings: endings.clone(),
            apostrophe_suffixes: p
                .langs
                .iter()
                .filter(|l| l.apostrophe_suffixes)
                .map(|l| l.code.clone())
                .collect(),
        };
        let mut mentions = Lexicon::default();
        for (i, c) in p.countries.iter().enumerate() {
            let i = i as u32;
            add_all(
                &mut mentions,
                &c.names,
                CaseRule::Capitalized,
                MentionRef::Country(i),
                &morph,
            );
            add_all(
                &mut mentions,
                &c.acronyms,
                CaseRule::Exact,
                MentionRef::Country(i),
                &morph,
            );
            add_all(
                &mut mentions,
                &c.adjectives,
                CaseRule::Any,
                MentionRef::CountryAdj(i),
                &morph,
            );
            for (code, names) in &c.names {
                let Some(lang) = p.langs.iter().find(|l| l.code == *code) else {
                    continue;
                };
                // (The lexicon folds the phrase: "İsveç" + "li" is `isveçli`. Kept
                // whole, not cut to a stem that the country's name already keys,
                // which every mention of the name would then try.)
                for name in names.iter().filter(|n| !n.contains([' ', '-'])) {
                    for suffix in &lang.demonym_suffixes {
                        mentions.add_unreduced(
                            &format!("{name}{suffix}"),
                            CaseRule::Any,
                            MentionRef::CountryAdj(i),
                            &morph.endings,
                            morph.mask(code),
                        );
                    }
                }
            }
            for (code, adjectives) in &c.adjectives {
                let Some(lang) = p.langs.iter().find(|l| l.code == *code) else {
                    continue;
                };
                for adjective in adjectives {
                    for (suffix, joiner) in &lang.compound_prefixes {
                        if let Some(stem) = adjective.strip_suffix(suffix.as_str()) {
                            mentions.add_unreduced(
                                &format!("{stem}{joiner}"),
                                CaseRule::Any,
                                MentionRef::CountryAdj(i),
                                &morph.endings,
                                morph.mask(code),
                            );
                        }
                    }
                }
            }
        }
        for (i, person) in p.persons.iter().enumerate() {
            let i = i as u32;
            add_all(
                &mut mentions,
                &person.names,
                CaseRule::Capitalized,
                MentionRef::Person {
                    idx: i,
                    surname: false,
                },
                &morph,
            );
            // One entry per surname, taking the endings of every language it is
            // written in, except those where a name of its ending is not declined:
            // the Russian "Хасани" is no stem of "Хасана" (of Hasan).
            let mut surnames: HashMap<&str, (u32, u32)> = HashMap::new();
            for (code, names) in &person.names {
                let lang = p.langs.iter().find(|l| l.code == *code);
                let indeclinable = lang.map_or(&[][..], |l| &l.indeclinable_name_endings[..]);
                let articles = lang.map_or(&[][..], |l| &l.name_articles[..]);
                for name in names {
                    let Some(s) = surname(name) else {
                        continue;
                    };
                    // "əz-Zəyani" is written "Zəyani", "Zəyanini" too: the
                    // surname without its article of names is his as well.
                    let bare = without_name_article(s, articles);
                    for s in std::iter::once(s).chain(bare) {
                        let masks = surnames.entry(s).or_default();
                        let folded = crate::segment::fold(s);
                        if indeclinable.iter().any(|e| folded.ends_with(e.as_str())) {
                            masks.1 |= morph.mask(code);
                        } else {
                            masks.0 |= morph.mask(code);
                        }
                    }
                }
            }
            let surname_ref = MentionRef::Person {
                idx: i,
                surname: true,
            };
            for (s, (declined, indeclinable)) in surnames {
                // A surname stands alone: reduced to three letters, it would meet
                // common words of some language.
                if declined != 0 {
                    mentions.add_with_stems_of(
                        SURNAME_STEM_CHARS,
                        s,
                        CaseRule::Capitalized,
                        surname_ref,
                        &morph.endings,
                        declined,
                    );
                }
                if indeclinable != 0 {
                    mentions.add_unreduced(
                        s,
                        CaseRule::Capitalized,
                        surname_ref,
                        &morph.endings,
                        indeclinable,
                    );
                }
            }
        }
        for (i, o) in p.organizations.iter().enumerate() {
            add_all(
                &mut mentions,
                &o.names,
                CaseRule::Capitalized,
                MentionRef::Org(i as u32),
                &morph,
            );
            add_all(
                &mut mentions,
                &o.acronyms,
                CaseRule::Exact,
                MentionRef::Org(i as u32),
                &morph,
            );
        }
        for (i, t) in p.org_templates.iter().enumerate() {
            add_all(
                &mut mentions,
                &t.names,
                CaseRule::Any,
                MentionRef::OrgTemplate(i as u32),
                &morph,
            );
            add_all(
                &mut mentions,
                &t.acronyms,
                CaseRule::Exact,
                MentionRef::OrgTemplate(i as u32),
                &morph,
            );
        }
        for (i, pl) in p.places.iter().enumerate() {
            add_all(
                &mut mentions,
                &pl.names,
                CaseRule::Capitalized,
                MentionRef::Place(i as u32),
                &morph,
            );
        }
        for (i, t) in p.titles.iter().enumerate() {
            add_all(
                &mut mentions,
                &t.names,
                CaseRule::Any,
                MentionRef::Title(i as u32),
                &morph,
            );
        }
        for lang in &p.langs {
            for phrase in &lang.home_country_phrases {
                mentions.add(
                    phrase,
                    CaseRule::Any,
                    MentionRef::HomeCountry,
                    &morph.endings,
                    morph.mask(&lang.code),
                );
            }
        }

        let mut cue_words = Lexicon::default();
        for (i, c) in p.cues.iter().enumerate() {
            add_all(
                &mut cue_words,
                &c.phrases,
                CaseRule::Any,
                CueRef::Event(i as u32),
                &morph,
            );
        }
        for (i, m) in p.modifiers.iter().enumerate() {
            add_all(
                &mut cue_words,
                &m.phrases,
                CaseRule::Any,
                CueRef::Mode(i as u32),
                &morph,
            );
        }
        for (i, s) in p.statuses.iter().enumerate() {
            add_all(
                &mut cue_words,
                &s.phrases,
                CaseRule::Any,
                CueRef::Status(i as u32),
                &morph,
            );
        }
        for b in &p.blocks {
            add_all(
                &mut cue_words,
                &b.phrases,
                CaseRule::Any,
                CueRef::Block,
                &morph,
            );
        }
        for (i, t) in p.topics.iter().enumerate() {
            add_all(
                &mut cue_words,
                &t.phrases,
                CaseRule::Any,
                CueRef::Topic(i as u32),
                &morph,
            );
        }

        let mut grammar = Lexicon::default();
        for lang in &p.langs {
            for (list, r) in [
                (&lang.report_cues, GrammarRef::Report),
                (&lang.actor_nouns, GrammarRef::ActorNoun),
                (&lang.non_actor_phrases, GrammarRef::NonActor),
                (&lang.party_words, GrammarRef::Parties),
                (&lang.led_by, GrammarRef::LedBy),
                (&lang.gathering_nouns, GrammarRef::Gathering),
                (&lang.initiative_markers, GrammarRef::Initiative),
                (&lang.counterpart_nouns, GrammarRef::Counterpart),
            ] {
                for phrase in list {
                    grammar.add(
                        phrase,
                        CaseRule::Any,
                        r,
                        &morph.endings,
                        morph.mask(&lang.code),
                    );
                }
            }
        }
        let mut dates = DateLexicon::build(&p.langs, &morph.endings, |code| morph.mask(code));
        // One numbering of every lexicon's keys: a word is looked up once for all four.
        let mut vocabulary = Vocabulary::default();
        mentions.add_keys_to(&mut vocabulary);
        cue_words.add_keys_to(&mut vocabulary);
        grammar.add_keys_to(&mut vocabulary);
        dates.words_mut().add_keys_to(&mut vocabulary);
        mentions.key_by(&vocabulary);
        cue_words.key_by(&vocabulary);
        grammar.key_by(&vocabulary);
        dates.words_mut().key_by(&vocabulary);
        let abbreviations = p
            .langs
            .iter()
            .flat_map(|l| &l.abbreviations)
            .map(|a| crate::segment::fold(a))
            .collect();
        let title_heads = p
            .titles
            .iter()
            .map(|t| {
                let mut heads: Vec<String> = t
                    .names
                    .values()
                    .flatten()
                    .filter_map(|n| n.split_whitespace().next())
                    .map(crate::segment::fold)
                    .collect();
                heads.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
                heads.dedup();
                heads
            })
            .collect();

        let language_profiles = crate::language::Profiles::new(&p.langs);
        vocabulary.set_stopwords(language_profiles.stopword_bits());
        vocabulary.set_letters(language_profiles.letter_slots().clone());

        let index = |ids: Vec<&String>| -> HashMap<String, u32> {
            ids.into_iter()
                .enumerate()
                .map(|(i, id)| (id.clone(), i as u32))
                .collect()
        };
        let country_index = index(p.countries.iter().map(|c| c.id.get_ref()).collect());
        let person_index = index(p.persons.iter().map(|c| c.id.get_ref()).collect());
        let org_index = index(p.organizations.iter().map(|c| c.id.get_ref()).collect());
        let place_index = index(p.places.iter().map(|c| c.id.get_ref()).collect());
        let mut capital_of = vec![None; p.places.len()];
        for (i, c) in p.countries.iter().enumerate() {
            if let Some(&place) = c
                .capital
                .as_ref()
                .and_then(|id| place_index.get(id.as_str()))
            {
                capital_of[place as usize] = Some(i as u32);
            }
        }
        let alpha2_index = p
            .countries
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                c.alpha2
                    .as_ref()
                    .map(|a| (a.to_ascii_lowercase(), i as u32))
            })
            .collect();

        KnowledgeBase {
            countries: p.countries,
            persons: p.persons,
            titles: p.titles,
            organizations: p.organizations,
            org_templates: p.org_templates,
            places: p.places,
            langs: p
                .langs
                .into_iter()
                .map(|mut l| {
                    l.fold_word_lists();
                    (l.code.clone(), l)
                })
                .collect(),
            cues: p
                .cues
                .into_iter()
                .map(|mut c| {
                    c.fold_word_lists();
                    c
                })
                .collect(),
            modifiers: p.modifiers,
            event_types: p.event_types,
            statuses: p.statuses,
            topics: p.topics,
            boilerplate: p.boilerplate,
            endings,
            language_bits: morph.bits,
            mentions,
            cue_words,
            grammar,
            dates,
            vocabulary,
            abbreviations,
            title_heads,
            language_profiles,
            country_index,
            person_index,
            org_index,
            place_index,
            alpha2_index,
            capital_of,
        }
    }

    /// How an event type behaves beyond its cues, if events.toml says.
    pub fn event_type(&self, name: &str) -> Option<&EventTypeRules> {
        self.event_types.iter().find(|t| t.name.get_ref() == name)
    }

    /// Whether events of `status` are still to come (`future` in events.toml).
    pub fn is_future(&self, status: &str) -> bool {
        self.statuses
            .iter()
            .any(|s| s.future && s.status.get_ref() == status)
    }

    /// Rank of `mode` among the modes of `event_type`, least specific first;
    /// `None` when the type lists no such mode.
    pub fn mode_rank(&self, event_type: &str, mode: &str) -> Option<usize> {
        self.event_type(event_type)?
            .modes
            .iter()
            .position(|m| m == mode)
    }

    /// The data of a language, or empty data for one the knowledge base lacks.
    /// The bit of the language `code` among the endings' languages: every
    /// language's for a code without data.
    pub fn language_bit(&self, code: &str) -> u32 {
        self.language_bits
            .get(code)
            .copied()
            .unwrap_or(crate::lexicon::ANY_LANGUAGE)
    }

    pub fn lang(&self, code: &str) -> &LangData {
        static NONE: std::sync::OnceLock<LangData> = std::sync::OnceLock::new();
        self.langs
            .get(code)
            .unwrap_or_else(|| NONE.get_or_init(LangData::default))
    }

    /// Whether an organisation id names a body of one state: a national body built
    /// from a template (`org:mfa-aze`) or a government organisation of organizations.toml.
    pub fn is_national_body(&self, id: &str) -> bool {
        let templated = self.org_templates.iter().any(|t| {
            id.strip_prefix("org:")
                .and_then(|rest| rest.strip_prefix(t.key.get_ref().as_str()))
                .and_then(|rest| rest.strip_prefix('-'))
                .is_some_and(|iso| {
                    iso.len() == 3 && self.country(&iso.to_ascii_uppercase()).is_some()
                })
        });
        templated
            || self
                .org(id)
                .is_some_and(|o| self.organizations[o as usize].kind == OrgKind::Government)
    }

    pub fn country(&self, iso3: &str) -> Option<u32> {
        self.country_index.get(iso3).copied()
    }
    pub fn country_by_alpha2(&self, alpha2: &str) -> Option<u32> {
        self.alpha2_index.get(&alpha2.to_ascii_lowercase()).copied()
    }
    pub fn person(&self, id: &str) -> Option<u32> {
        self.person_index.get(id).copied()
    }
    pub fn org(&self, id: &str) -> Option<u32> {
        self.org_index.get(id).copied()
    }
    pub fn place(&self, id: &str) -> Option<u32> {
        self.place_index.get(id).copied()
    }
    /// The country whose capital the place is.
    pub fn capital_of(&self, place: u32) -> Option<u32> {
        self.capital_of.get(place as usize).copied().flatten()
    }

    /// The persons holding `role` (of `country` or `organization`) on `date`.
    pub fn holders(
        &self,
        role: &str,
        country: Option<&str>,
        organization: Option<&str>,
        date: Option<PartialDate>,
    ) -> Vec<u32> {
        let mut out = Vec::new();
        for (i, p) in self.persons.iter().enumerate() {
            let holds = p.roles.iter().any(|r| {
                r.role == role
                    && (country.is_none() || r.country.as_deref() == country)
                    && (organization.is_none() || r.organization.as_deref() == organization)
                    && role_active(r, date)
            });
            if holds {
                out.push(i as u32);
            }
        }
        out
    }

    /// The label of the role a person held on `date` (for the record's `role`).
    pub fn role_label(&self, person: u32, date: Option<PartialDate>) -> Option<String> {
        let p = &self.persons[person as usize];
        let labels: Vec<String> = p
            .roles
            .iter()
            .filter(|r| role_active(r, date))
            .map(|r| {
                r.label.clone().unwrap_or_else(|| {
                    self.titles
                        .iter()
                        .find(|t| *t.role.get_ref() == r.role)
                        .map(|t| t.label.clone())
                        .unwrap_or_else(|| r.role.clone())
                })
            })
            .collect();
        (!labels.is_empty()).then(|| labels.join("; "))
    }

    /// The country of a person on `date`: the country of an active state role, else citizenship.
    pub fn person_country(&self, person: u32) -> Option<&str> {
        self.persons[person as usize].country.as_deref()
    }

    /// The country of a national organisation (none for an international one).
    pub fn org_country(&self, org: u32) -> Option<u32> {
        self.organizations[org as usize]
            .country
            .as_deref()
            .and_then(|c| self.country(c))
    }
}

/// Whether a role is held on `date`; with no date, current roles count.
pub fn role_active(r: &Role, date: Option<PartialDate>) -> bool {
    let (from, to) = (r.from_date, r.to_date);
    match date.filter(|d| d.is_complete()) {
        Some(d) => from.is_none_or(|f| f <= d) && to.is_none_or(|t| d <= t),
        None => match date.and_then(|d| d.year) {
            // Only a year (or month) known: any overlap with that year.
            Some(y) => {
                from.and_then(|f| f.year).is_none_or(|fy| fy <= y)
                    && to.and_then(|t| t.year).is_none_or(|ty| y <= ty)
            }
            None => to.is_none(),
        },
    }
}

/// The endings of all languages and each language's bit.
struct Morphology {
    bits: HashMap<String, u32>,
    endings: Endings,
    /// Languages whose proper names take their endings after an apostrophe
    /// (`Sana'ya`): a name is never cut to a stem there, or `Sana` would
    /// meet `Sani`.
    apostrophe_suffixes: Vec<String>,
}

impl Morphology {
    /// The language bit of a phrase written in `code` (no endings for unknown codes).
    fn mask(&self, code: &str) -> u32 {
        self.bits.get(code).copied().unwrap_or(0)
    }
}

fn add_all<T: Copy>(
    lex: &mut Lexicon<T>,
    names: &Names,
    case: CaseRule,
    payload: T,
    morph: &Morphology,
) {
    for (code, list) in names {
        let whole =
            matches!(case, CaseRule::Capitalized) && morph.apostrophe_suffixes.contains(code);
        for name in list {
            if whole {
                lex.add_unreduced(name, case, payload, &morph.endings, morph.mask(code));
            } else {
                lex.add(name, case, payload, &morph.endings, morph.mask(code));
            }
        }
    }
}

/// Fewest letters left of a surname reduced to its stem.
const SURNAME_STEM_CHARS: usize = 4;

/// A surname's last part after one of the language's articles of names and
/// a hyphen ("əz-Zəyani", "al-Sudani"), if long enough to stand alone.
fn without_name_article<'a>(surname: &'a str, articles: &[String]) -> Option<&'a str> {
    let (article, rest) = surname.split_once('-')?;
    let article = crate::segment::fold(article);
    (articles.iter().any(|a| crate::segment::fold(a) == article)
        && rest.chars().count() >= SURNAME_STEM_CHARS)
        .then_some(rest)
}

/// The last word of a multi-word personal name. A name with a regnal number
/// ("Leo XIV", "XIV Лев", "14-cü Leo", "Charles III") has none: a pope or a
/// monarch is named whole, and his given name alone is anyone's.
fn surname(name: &str) -> Option<&str> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    let last = words.last()?;
    let regnal = name.split_whitespace().any(|w| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || crate::segment::is_roman_numeral(w.trim_end_matches('.'))
    });
    (last != first && !regnal && last.chars().count() >= 3).then_some(last)
}
