//! Linking: every mention to one canonical entity.
//!
//! Full names link directly; a surname alone links to the person named in full in
//! the same document, else to the only person of that surname holding a role on the
//! document's date. National bodies (`МИД Азербайджана`) become entities of their
//! own (`org:mfa-aze`). The outlet's own country (for "Глава государства", "нашей
//! страны") comes from the cited agency, the dateline, the address or the language.

use crate::dates::PartialDate;
use crate::kb::model::{LangData, OrgKind};
use crate::kb::{GrammarRef, KnowledgeBase};
use crate::lexicon::Match;
use crate::mentions::{Mention, MentionKind};
use crate::segment::Token;

/// What a mention resolved to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    Country(u32),
    Person(u32),
    Org(u32),
    /// A national body: template index and country.
    NationalBody {
        template: u32,
        country: u32,
    },
    Place(u32),
    /// Titles resolve later, in groups with their country and name.
    Title(u32),
    /// A person the knowledge base does not know: an unconfirmed entity with this id and name.
    NewPerson {
        id: String,
        name: String,
    },
    /// A country adjective: names the country, but is an actor only before a noun
    /// such as "сторона".
    CountryAdj(u32),
    /// A mention the linker could not settle (an ambiguous surname) or that sits in a
    /// phrase that is no reference to an actor ("долларов США").
    Nothing,
}

impl Resolved {
    /// Whether the mention names a person, known or not.
    pub fn is_person(&self) -> bool {
        matches!(self, Resolved::Person(_) | Resolved::NewPerson { .. })
    }
}

#[derive(Debug, Clone)]
pub struct Linked {
    /// One entry per mention, in the same order.
    pub resolved: Vec<Resolved>,
    /// The outlet's country.
    pub home: Option<u32>,
    /// The cited agency's name.
    pub agency: Option<String>,
    /// Token ranges of report clauses ("сообщает АЗЕРТАДЖ"): mentions there are sources, not actors.
    pub report_spans: Vec<std::ops::Range<usize>>,
    /// Token ranges of actor nouns ("стороны", "tərəfi") following a country adjective.
    pub actor_noun_starts: Vec<usize>,
    /// Where each of those nouns ends, in the same order ("nümayəndə heyətinin"
    /// takes its case from its last word).
    pub actor_noun_ends: Vec<usize>,
    /// Words that name the parties of the story ("стороны", "the two sides", "tərəflər").
    pub party_word_starts: Vec<usize>,
    /// Words that name the other party of whoever acts ("his counterpart").
    pub counterpart_word_starts: Vec<usize>,
    /// Nouns of gatherings ("саммитіне", "zirvesi"), which a bare name before
    /// them qualifies.
    pub gathering_starts: Vec<usize>,
    /// Delegations named after their leader ("… rəhbərlik etdiyi nümayəndə
    /// heyətini"): where the words saying so start, and the delegation noun's
    /// last word, whose ending is the leader's case.
    pub led_delegations: Vec<(usize, usize)>,
    /// Token ranges of phrases saying whose initiative a call was ("по
    /// инициативе германской стороны").
    pub initiative_spans: Vec<std::ops::Range<usize>>,
    /// The country of each unknown person whose title names one ("Заместитель
    /// премьер-министра Азербайджанской Республики Шахин Мустафаев"), for the
    /// mentions of the name without it.
    pub new_person_countries: Vec<(String, u32)>,
    /// The organisation of each unknown person whose title names an
    /// international one ("спецпредставитель Евросоюза Эдуардс Стипрайс",
    /// "Aİ-nin xüsusi nümayəndəsi …"), for the mentions of the name without it.
    pub new_person_organizations: Vec<(String, u32)>,
}

impl Linked {
    /// The country an unknown person's title gave on this page, if any.
    pub fn new_person_country(&self, id: &str) -> Option<u32> {
        self.new_person_countries
            .iter()
            .find(|(known, _)| known == id)
            .map(|&(_, c)| c)
    }
}

pub struct LinkContext<'a> {
    pub kb: &'a KnowledgeBase,
    pub tokens: &'a [Token],
    pub chars: &'a [char],
    pub date: Option<PartialDate>,
    pub lang: &'a str,
    pub url: Option<&'a str>,
    pub dateline_place: Option<&'a str>,
    pub dateline_agency: Option<&'a str>,
}

/// How many words on each side of a report cue can name the report's source.
const REPORT_REACH: usize = 4;

/// "Bakü-Tiflis-Kars demiryolu", "Баку–Тбилиси–Джейхан": a mention (tokens
/// `first..last`) joined by a hyphen or dash with no space between is part of
/// a longer name (a route's, a place's). The characters are read: a token's
/// gap does not tell a bare en dash from one set off by spaces.
pub fn joined_by_hyphen(tokens: &[Token], chars: &[char], first: usize, last: usize) -> bool {
    let dash = |c: Option<&char>| matches!(c, Some('-' | '‐' | '–' | '—'));
    let letter = |c: Option<&char>| c.is_some_and(|c| c.is_alphabetic());
    let start = tokens[first].start;
    let end = tokens[last - 1].end;
    (dash(chars.get(end)) && letter(chars.get(end + 1)))
        || (start >= 2 && dash(chars.get(start - 1)) && letter(chars.get(start - 2)))
}

/// Whether mention `i` follows a person's name in the same sentence across
/// particles of names ("Əl", "bin"). (Right next to it, a surname may be
/// another's: "Ə.Əsədov O.Bektenova".)
fn after_a_name(mentions: &[Mention], i: usize, cx: &LinkContext<'_>) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &mentions[p]) else {
        return false;
    };
    let lang = cx.kb.lang(cx.lang);
    matches!(prev.kind, MentionKind::Person { .. })
        && prev.last < mentions[i].first
        && cx.tokens[prev.first].sentence == cx.tokens[mentions[i].first].sentence
        && cx.tokens[prev.last..mentions[i].first].iter().all(|t| {
            matches!(
                t.gap,
                crate::segment::Gap::Space | crate::segment::Gap::Hyphen
            ) && lang.name_particles.iter().any(|p| *p == t.fold)
        })
        && cx.tokens[mentions[i].first].gap != crate::segment::Gap::Punct
}

/// Whether token `first` is glued by a hyphen to an article of names before
/// it ("аль-Ганим", "al-Sudani"): a name's word, not a country or place.
fn after_name_article(cx: &LinkContext<'_>, first: usize) -> bool {
    let Some(prev) = first.checked_sub(1).map(|p| &cx.tokens[p]) else {
        return false;
    };
    let start = cx.tokens[first].start;
    prev.end + 1 == start
        && matches!(cx.chars.get(prev.end), Some('-' | '‐' | '–'))
        && cx
            .kb
            .lang(cx.lang)
            .name_articles
            .iter()
            .any(|a| *a == prev.fold)
}

/// Whether mention `i` is one of two names set side by side with a dash
/// ("переговоры Путин–Токаев"), each still a person.
fn hyphen_pair_of_names(mentions: &[Mention], i: usize) -> bool {
    let is_name = |m: &Mention| matches!(m.kind, MentionKind::Person { .. });
    let m = &mentions[i];
    let before = i.checked_sub(1).map(|j| &mentions[j]);
    before.is_some_and(|b| b.last == m.first && is_name(b))
        || mentions
            .get(i + 1)
            .is_some_and(|a| a.first == m.last && is_name(a))
}

pub fn link(mentions: &[Mention], cx: &LinkContext<'_>) -> Linked {
    let kb = cx.kb;
    let grammar = kb.grammar.find_all(cx.tokens, &kb.endings);
    let non_actor: Vec<(usize, usize)> = grammar
        .iter()
        .filter(|g| *g.payload == GrammarRef::NonActor)
        .map(|g| (g.start, g.end))
        .collect();
    // In a verb-final language the report's source comes before its cue, a
    // postposition or the verb ("açıklamaya göre Erdoğan, … görüştü": Erdoğan
    // is the story's actor, not the report's source).
    let verb_final = kb.lang(cx.lang).syntax == "sov";
    let report_spans: Vec<std::ops::Range<usize>> = grammar
        .iter()
        .filter(|g| *g.payload == GrammarRef::Report)
        .map(|g| {
            // The source named with a report cue stands right beside it ("сообщает
            // пресс-служба Akorda.kz", "Metbuat.az-a verilən məlumata görə").
            let clause = clause_around(cx.tokens, cx.chars, g.start, g.end);
            let reach_after = if verb_final { 0 } else { REPORT_REACH };
            clause.start.max(g.start.saturating_sub(REPORT_REACH))
                ..clause.end.min(g.end + reach_after)
        })
        .collect();
    let actor_noun_starts: Vec<usize> = grammar
        .iter()
        .filter(|g| *g.payload == GrammarRef::ActorNoun)
        .map(|g| g.start)
        .collect();
    let actor_noun_ends: Vec<usize> = grammar
        .iter()
        .filter(|g| *g.payload == GrammarRef::ActorNoun)
        .map(|g| g.end)
        .collect();
    let party_word_starts = grammar
        .iter()
        .filter(|g| *g.payload == GrammarRef::Parties)
        .map(|g| g.start)
        .collect();
    let counterpart_word_starts = grammar
        .iter()
        .filter(|g| *g.payload == GrammarRef::Counterpart)
        .map(|g| g.start)
        .collect();
    let gathering_starts = grammar
        .iter()
        .filter(|g| *g.payload == GrammarRef::Gathering)
        .map(|g| g.start)
        .collect();
    let led_delegations = led_delegations(&grammar, cx.tokens);
    let initiative_spans = grammar
        .iter()
        .filter(|g| *g.payload == GrammarRef::Initiative)
        .map(|g| g.start..g.end)
        .collect();

    let fully_named: Vec<u32> = mentions
        .iter()
        .filter_map(|m| match &m.kind {
            MentionKind::Person {
                candidates,
                full: true,
            } => Some(candidates.clone()),
            _ => None,
        })
        .flatten()
        .collect();

    let mut resolved = Vec::with_capacity(mentions.len());
    for (i, m) in mentions.iter().enumerate() {
        if non_actor.iter().any(|&(s, e)| m.first >= s && m.last <= e) {
            resolved.push(Resolved::Nothing);
            continue;
        }
        let r = match &m.kind {
            MentionKind::Country(_) | MentionKind::CountryAdj(_) | MentionKind::Place(_)
                if after_name_article(cx, m.first) =>
            {
                Resolved::Nothing
            }
            MentionKind::Country(c) => Resolved::Country(*c),
            // Resolved below, once the outlet's country is known.
            MentionKind::HomeCountry => Resolved::Nothing,
            MentionKind::CountryAdj(c) => Resolved::CountryAdj(*c),
            MentionKind::Org(o) => {
                national_namesake(kb, *o, mentions, i, cx).unwrap_or(Resolved::Org(*o))
            }
            MentionKind::Place(p) => Resolved::Place(*p),
            MentionKind::Title(t) => Resolved::Title(*t),
            MentionKind::NewPerson(name) => {
                // Records name entities in Latin letters, as the knowledge base does.
                let name = crate::romanize::romanize(name, &kb.lang(cx.lang).romanization);
                Resolved::NewPerson {
                    id: format!("person:{}", slug(&name)),
                    name,
                }
            }
            // "Heysəm bin Tarik Əl Səidə": a surname right after a person's name,
            // across a particle of names at most, is the rest of that name.
            MentionKind::Person { full: false, .. } if after_a_name(mentions, i, cx) => {
                Resolved::Nothing
            }
            // "Мазари-Шариф": a surname glued by a hyphen to a word that names
            // no one is part of a longer name, a place's.
            MentionKind::Person { full: false, .. }
                if joined_by_hyphen(cx.tokens, cx.chars, m.first, m.last)
                    && !hyphen_pair_of_names(mentions, i) =>
            {
                Resolved::Nothing
            }
            // A surname that is also a common given name or a place's word
            // ("Abbas") names its person only once the page names him in full.
            MentionKind::Person { candidates, full } => {
                pick_person(kb, candidates, *full, &fully_named, cx.date)
                    .filter(|&p| {
                        *full || kb.persons[p as usize].surname_alone || fully_named.contains(&p)
                    })
                    .map(Resolved::Person)
                    .unwrap_or(Resolved::Nothing)
            }
            MentionKind::OrgTemplate(t) => match body_country(mentions, i, cx) {
                Some(c) => Resolved::NationalBody {
                    template: *t,
                    country: c,
                },
                None => Resolved::Nothing,
            },
        };
        resolved.push(r);
    }

    let agency = find_agency(mentions, &resolved, &report_spans, cx);
    let home = home_country(&agency, cx);
    if let Some(home) = home {
        for (m, r) in mentions.iter().zip(resolved.iter_mut()) {
            let non_actor_phrase = non_actor.iter().any(|&(s, e)| m.first >= s && m.last <= e);
            if m.kind == MentionKind::HomeCountry && !non_actor_phrase {
                *r = Resolved::Country(home);
            }
        }
    }
    // A national body named without a country is that of the official named before
    // it in its sentence ("Пашинян, выступая в парламенте"), else the home
    // country's ("Dışişleri Bakanlığı kaynaklarından", "Представитель МИД").
    // Named in the plural it is no one body ("Parlamentolar Arası İşbirliği"):
    // told so in verb-final languages, whose plural ending comes before any
    // case ending and is never one (Russian `-ы` is also a genitive).
    let plural_endings: &[String] = if verb_final {
        &kb.lang(cx.lang).plural_endings
    } else {
        &[]
    };
    for i in 0..mentions.len() {
        let MentionKind::OrgTemplate(template) = mentions[i].kind else {
            continue;
        };
        if resolved[i] != Resolved::Nothing {
            continue;
        }
        let suffix = mentions[i].suffix.as_str();
        if plural_endings
            .iter()
            .any(|e| !suffix.is_empty() && suffix.starts_with(e.as_str()))
        {
            continue;
        }
        let sentence = cx.tokens[mentions[i].first].sentence;
        let official = (0..i)
            .rev()
            .take_while(|&k| cx.tokens[mentions[k].first].sentence == sentence)
            .find_map(|k| match resolved[k] {
                Resolved::Person(p) => kb.person_country(p).and_then(|c| kb.country(c)),
                _ => None,
            });
        if let Some(country) = official.or(home) {
            resolved[i] = Resolved::NationalBody { template, country };
        }
    }
    let new_person_countries = new_person_countries(
        kb,
        mentions,
        &resolved,
        cx.tokens,
        &actor_noun_starts,
        kb.lang(cx.lang),
        home,
    );
    let new_person_organizations =
        new_person_organizations(kb, mentions, &resolved, cx.tokens, kb.lang(cx.lang));
    Linked {
        resolved,
        home,
        agency: agency.map(|(name, _)| name),
        report_spans,
        actor_noun_starts,
        actor_noun_ends,
        gathering_starts,
        led_delegations,
        initiative_spans,
        party_word_starts,
        counterpart_word_starts,
        new_person_countries,
        new_person_organizations,
    }
}

/// Unknown persons introduced by a title and an international organisation
/// right before the name, in either order ("специального представителя
/// Евросоюза Эдуардса Стипрайса", "ATƏT-in Baş katibi …").
fn new_person_organizations(
    kb: &KnowledgeBase,
    mentions: &[Mention],
    resolved: &[Resolved],
    tokens: &[Token],
    lang: &crate::kb::model::LangData,
) -> Vec<(String, u32)> {
    let topic_after = lang.topic_after.as_slice();
    let mut out: Vec<(String, u32)> = Vec::new();
    let adjacent = |a: usize, b: usize| mentions[a].last == mentions[b].first;
    // A portfolio may stand between the title's body and the name
    // ("специального представителя Евросоюза по Центральной Азии Эдуардса
    // Стипрайса").
    let named_after = |a: usize, b: usize| {
        adjacent(a, b)
            || crate::mentions::after_portfolio(
                tokens,
                mentions[a].last,
                &lang.portfolio_prepositions,
            ) == mentions[b].first
    };
    // What the title is about may stand between the body and the title
    // ("Еуропалық Одақтың Орталық Азия жөніндегі арнайы өкілі").
    let about_between = |a: usize, b: usize| {
        let gap = mentions[a].last..mentions[b].first;
        gap.len() <= MAX_OFFICIAL_NAME_WORDS + 1 && what_a_title_is_about(&tokens[gap], topic_after)
    };
    let international = |o: u32| kb.organizations[o as usize].country.is_none();
    for i in 2..resolved.len() {
        let Resolved::NewPerson { id, .. } = &resolved[i] else {
            continue;
        };
        let body_first = matches!(resolved[i - 2], Resolved::Org(_));
        if !(adjacent(i - 2, i - 1) || (body_first && about_between(i - 2, i - 1)))
            || !named_after(i - 1, i)
        {
            continue;
        }
        let org = match (&resolved[i - 2], &resolved[i - 1]) {
            (Resolved::Title(_), Resolved::Org(o)) | (Resolved::Org(o), Resolved::Title(_))
                if international(*o) =>
            {
                *o
            }
            _ => continue,
        };
        if !out.iter().any(|(known, _)| known == id) {
            out.push((id.clone(), org));
        }
    }
    out
}

/// Whether `words` are capitalised words closed by a topic word: what a
/// title is about, set before it in a verb-final language ("Орталық Азия
/// жөніндегі арнайы өкілі").
pub fn what_a_title_is_about(words: &[Token], topic_after: &[String]) -> bool {
    match words.split_last() {
        Some((topic, about)) => {
            !about.is_empty()
                && topic_after.iter().any(|w| *w == topic.fold)
                && about.iter().all(|t| t.is_capitalized())
        }
        None => false,
    }
}

/// Most words between "led by" and the delegation's noun ("rəhbərlik etdiyi
/// parlament nümayəndə heyəti", a parliamentary delegation).
const LED_DELEGATION_REACH: usize = 2;

/// Each "led by" followed closely by a delegation's noun in its sentence: where
/// the "led by" starts, and the noun's last word.
fn led_delegations(grammar: &[Match<'_, GrammarRef>], tokens: &[Token]) -> Vec<(usize, usize)> {
    grammar
        .iter()
        .filter(|g| *g.payload == GrammarRef::LedBy)
        .filter_map(|led| {
            let noun = grammar.iter().find(|n| {
                *n.payload == GrammarRef::ActorNoun
                    && (led.end..=led.end + LED_DELEGATION_REACH).contains(&n.start)
                    && tokens[n.end - 1].sentence == tokens[led.start].sentence
            })?;
            Some((led.start, noun.end - 1))
        })
        .collect()
}

/// Capitalised words of a body's or a government's name that may stand between
/// its country and a title: "Özbəkistan Respublikası Ali Məclisi Senatının
/// sədri" (the rest of the name is three words).
pub const MAX_OFFICIAL_NAME_WORDS: usize = 3;

/// Unknown persons introduced by a title and a country, in either order
/// ("министр транспорта России Роман Старовойт", "Azərbaycanın Baş naziri …"),
/// with that country, also across the rest of a body's name between them. A
/// body the knowledge base knows may be part of that name ("Özbəkistan
/// Respublikası Ali Məclisi Senatının sədri") or give the country itself
/// ("Özbəkistan Ali Məclisinin Spikeri"). A body may stand between a title and
/// the country after it ("официальный представитель МИД Пакистана Тахир
/// Андраби").
fn new_person_countries(
    kb: &KnowledgeBase,
    mentions: &[Mention],
    resolved: &[Resolved],
    tokens: &[Token],
    actor_nouns: &[usize],
    lang: &LangData,
    home: Option<u32>,
) -> Vec<(String, u32)> {
    let mut out: Vec<(String, u32)> = Vec::new();
    let adjacent = |a: usize, b: usize| mentions[a].last == mentions[b].first;
    let body = |r: &Resolved| matches!(r, Resolved::Org(_) | Resolved::NationalBody { .. });
    // The title before mention `k`, across at most one body.
    let title_before = |k: usize| {
        (k.saturating_sub(2)..k)
            .rev()
            .take_while(|&j| adjacent(j, j + 1))
            .find(|&j| !body(&resolved[j]))
            .is_some_and(|j| matches!(resolved[j], Resolved::Title(_)))
    };
    for i in 1..resolved.len() {
        let Resolved::NewPerson { id, .. } = &resolved[i] else {
            continue;
        };
        if !adjacent(i - 1, i) {
            continue;
        }
        let country = match &resolved[i - 1] {
            Resolved::Country(c) | Resolved::CountryAdj(c) if title_before(i - 1) => Some(*c),
            // A national body after the title ("Председатель Сената Олий
            // Мажлиса Танзила Нарбаева") is of its country.
            Resolved::NationalBody { country, .. } if title_before(i - 1) => Some(*country),
            Resolved::Org(o) if title_before(i - 1) => kb.org_country(*o),
            Resolved::Title(t) => {
                country_before_title(kb, mentions, resolved, tokens, actor_nouns, lang, i - 1)
                    .or_else(|| {
                        // A government title with no country before it ("Milli Savunma
                        // Bakanı Yaşar Güler") is the outlet's own official's, as the
                        // title alone is: so the name is when written again alone.
                        // A diplomat's rank after it is his too ("Dışişleri Bakan
                        // Yardımcısı Büyükelçi Nuh Yılmaz").
                        let own = |t: u32| {
                            let title = &kb.titles[t as usize];
                            title.country.is_none()
                                && title.organization.is_none()
                                && !title.serves_abroad
                        };
                        let in_own_office = (0..i)
                            .rev()
                            .take_while(|&j| adjacent(j, j + 1))
                            .map_while(|j| match resolved[j] {
                                Resolved::Title(t) => Some(t),
                                _ => None,
                            })
                            .any(own);
                        home.filter(|_| own(*t) || in_own_office)
                    })
            }
            _ => None,
        };
        if let Some(country) = country {
            if !out.iter().any(|(known, _)| known == id) {
                out.push((id.clone(), country));
            }
        }
    }
    out
}

/// The country named before the title at `title`, across known bodies and at
/// most `MAX_OFFICIAL_NAME_WORDS` other capitalised words, or the noun of a
/// government ("Taliban yönetiminin sözcüsü"); else the country of the bodies
/// passed.
fn country_before_title(
    kb: &KnowledgeBase,
    mentions: &[Mention],
    resolved: &[Resolved],
    tokens: &[Token],
    actor_nouns: &[usize],
    lang: &LangData,
    title: usize,
) -> Option<u32> {
    let topic_after = &lang.topic_after;
    let mut body_country = None;
    // "Qırğızıstan Respublikasının ölkəmizdəki səfiri": the country in the
    // locative is where the envoy serves; whose he is comes before it.
    let mut host = None;
    let mut loose_words = 0;
    let mut k = title;
    // A country the title is about is not whose it is: "Қазақстан Президентінің
    // Ауғанстан жөніндегі арнайы өкілі" is Kazakhstan's envoy on Afghanistan,
    // and the title before the topic is the one he serves.
    let mut past_topic = false;
    while k > 0 {
        let gap = mentions[k - 1].last..mentions[k].first;
        loose_words += gap.len();
        let actor_noun = gap.len() == 1 && actor_nouns.contains(&gap.start);
        let topic_word = gap.len() == 1 && topic_after.iter().any(|w| *w == tokens[gap.start].fold);
        if topic_word
            && !past_topic
            && matches!(
                resolved[k - 1],
                Resolved::Country(_) | Resolved::CountryAdj(_)
            )
        {
            past_topic = true;
            k -= 1;
            continue;
        }
        if loose_words > MAX_OFFICIAL_NAME_WORDS
            || !(actor_noun || tokens[gap].iter().all(|t| t.is_capitalized()))
        {
            break;
        }
        match &resolved[k - 1] {
            Resolved::Country(c)
                if host.is_none() && lang.is_location_suffix(&mentions[k - 1].suffix) =>
            {
                host = Some(*c);
            }
            Resolved::Country(c) | Resolved::CountryAdj(c) => return Some(*c),
            Resolved::Title(_) if past_topic => {}
            Resolved::Org(o) => {
                body_country = kb.org_country(*o).or(body_country);
            }
            Resolved::NationalBody { country, .. } => body_country = Some(*country),
            _ => break,
        }
        k -= 1;
    }
    body_country.or(host)
}

fn pick_person(
    kb: &KnowledgeBase,
    candidates: &[u32],
    full: bool,
    fully_named: &[u32],
    date: Option<PartialDate>,
) -> Option<u32> {
    if candidates.len() == 1 {
        return candidates.first().copied();
    }
    if !full {
        if let Some(&p) = candidates.iter().find(|p| fully_named.contains(p)) {
            return Some(p);
        }
    }
    let active: Vec<u32> = candidates
        .iter()
        .copied()
        .filter(|&p| {
            kb.persons[p as usize]
                .roles
                .iter()
                .any(|r| crate::kb::role_active(r, date))
        })
        .collect();
    (active.len() == 1).then(|| active[0])
}

/// An international organisation's name written beside a country ("Ermənistan
/// Təhlükəsizlik Şurası", "Совет безопасности Армении") names that country's own
/// body, when organizations.toml gives the organisation a `national_template`.
fn national_namesake(
    kb: &KnowledgeBase,
    org: u32,
    mentions: &[Mention],
    i: usize,
    cx: &LinkContext<'_>,
) -> Option<Resolved> {
    let key = kb.organizations[org as usize]
        .national_template
        .as_deref()?;
    let template = kb
        .org_templates
        .iter()
        .position(|t| t.key.get_ref() == key)? as u32;
    let country = body_country(mentions, i, cx)?;
    Some(Resolved::NationalBody { template, country })
}

/// The country of a national body: the country named right after it (`МИД
/// Азербайджана`), or right before it (`Azərbaycan XİN`, `азербайджанское
/// внешнеполитическое ведомство`); in languages that put the possessor first,
/// the one before it first.
fn body_country(mentions: &[Mention], i: usize, cx: &LinkContext<'_>) -> Option<u32> {
    let m = &mentions[i];
    // A chamber beside its parliament's name ("Сенат Олий Мажлиса",
    // "Kazakistan Parlamentosu Senato") is of the parliament's country.
    let country_of = |k: &MentionKind| match k {
        MentionKind::Country(c) | MentionKind::CountryAdj(c) => Some(*c),
        MentionKind::Org(o) => cx.kb.org_country(*o),
        _ => None,
    };
    // A body after a body ("Сенат парламента Казахстана") is passed over: both
    // are the country's after them.
    let after = || {
        let mut k = i + 1;
        let mut follower = m;
        loop {
            let next = mentions.get(k).filter(|next| {
                next.first == follower.last
                    && cx.tokens[next.first].gap == crate::segment::Gap::Space
            })?;
            if matches!(next.kind, MentionKind::OrgTemplate(_)) {
                k += 1;
                follower = next;
                continue;
            }
            return country_of(&next.kind);
        }
    };
    let lang = cx.kb.lang(cx.lang);
    let before = || {
        let mut k = i.checked_sub(1)?;
        let mut follower = m;
        loop {
            let prev = &mentions[k];
            if !(prev.last + 1 >= follower.first && prev.last <= follower.first) {
                return None;
            }
            // "Түркияның Қазақстандағы елшілігі", "Türkiyənin Azərbaycandakı
            // səfirliyi": a country in the locative hosts the body; its owner
            // stands before it.
            if lang.is_location_suffix(&prev.suffix) {
                k = k.checked_sub(1)?;
                follower = prev;
                continue;
            }
            // "Azerbaycan'ın Ankara Büyükelçiliği": a city between the owner in
            // the genitive and the body is the body's seat.
            let seat = matches!(prev.kind, MentionKind::Place(_))
                && prev.suffix.is_empty()
                && k.checked_sub(1).is_some_and(|o| {
                    let owner = &mentions[o];
                    owner.last + 1 >= prev.first
                        && owner.last <= prev.first
                        && country_of(&owner.kind).is_some()
                        && lang.genitive_suffixes.contains(&owner.suffix)
                });
            // So is a body before the body ("Kazakistan Parlamentosu Senato").
            if seat || matches!(prev.kind, MentionKind::OrgTemplate(_)) {
                k = k.checked_sub(1)?;
                follower = prev;
                continue;
            }
            return country_of(&prev.kind);
        }
    };
    // Languages that put the possessor first name the country before the body
    // ("Azərbaycan Respublikasının Xarici İşlər Nazirliyi"); a country after it
    // more often opens the next phrase ("… Nazirliyi Ermənistan Təhlükəsizlik
    // Şurasının …"), and names the body's country only when none precedes it.
    if lang.syntax == "sov" {
        before().or_else(after)
    } else {
        after().or_else(before)
    }
}

/// Token range of the clause (between commas or sentence bounds) around a match.
pub fn clause_around(
    tokens: &[Token],
    chars: &[char],
    start: usize,
    end: usize,
) -> std::ops::Range<usize> {
    let sentence = tokens[start].sentence;
    let breaks_before = |i: usize| -> bool {
        // A comma, colon or sentence boundary in the gap before token i.
        let t = &tokens[i];
        if i == 0 || tokens[i - 1].sentence != sentence {
            return true;
        }
        chars[tokens[i - 1].end..t.start]
            .iter()
            .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')'))
    };
    let mut s = start;
    while s > 0 && !breaks_before(s) {
        s -= 1;
    }
    let mut e = end;
    while e < tokens.len() && tokens[e].sentence == sentence && !breaks_before(e) {
        e += 1;
    }
    s..e
}

/// The cited agency: a media or government organisation in a report clause, or the
/// dateline's agency.
fn find_agency(
    mentions: &[Mention],
    resolved: &[Resolved],
    report_spans: &[std::ops::Range<usize>],
    cx: &LinkContext<'_>,
) -> Option<(String, Option<u32>)> {
    let mut best: Option<(u8, String, Option<u32>)> = None;
    for (m, r) in mentions.iter().zip(resolved) {
        if !report_spans.iter().any(|s| s.contains(&m.first)) {
            continue;
        }
        let candidate = match r {
            Resolved::Org(o) => {
                let org = &cx.kb.organizations[*o as usize];
                let rank = match org.kind {
                    OrgKind::Media => 0,
                    OrgKind::Government => 1,
                    _ => continue,
                };
                let country = org.country.as_deref().and_then(|c| cx.kb.country(c));
                (rank, org.name.clone(), country)
            }
            Resolved::NationalBody { template, country } => {
                let name = cx.kb.org_templates[*template as usize]
                    .name
                    .replace("{country}", &cx.kb.countries[*country as usize].name);
                (2, name, Some(*country))
            }
            _ => continue,
        };
        if best.as_ref().is_none_or(|b| candidate.0 < b.0) {
            best = Some(candidate);
        }
    }
    if let Some((_, name, country)) = best {
        return Some((name, country));
    }
    cx.dateline_agency.map(|a| (a.to_string(), None))
}

fn home_country(agency: &Option<(String, Option<u32>)>, cx: &LinkContext<'_>) -> Option<u32> {
    if let Some((_, Some(c))) = agency {
        return Some(*c);
    }
    let language_home = cx
        .kb
        .langs
        .get(cx.lang)
        .and_then(|l| l.default_home.as_deref())
        .and_then(|c| cx.kb.country(c));
    if let Some(place) = cx.dateline_place {
        let toks = crate::segment::tokenize(place);
        let filed_in = crate::mentions::find(&toks, cx.kb, cx.lang)
            .into_iter()
            .find_map(|m| match m.kind {
                MentionKind::Place(p) => cx.kb.country(&cx.kb.places[p as usize].country),
                MentionKind::Country(c) => Some(c),
                _ => None,
            });
        // A story filed abroad in a language of one country ("МӘСКЕУ" over a
        // Kazakh report) is still that country's outlet's.
        if let Some(c) = filed_in.filter(|&c| language_home.is_none_or(|h| h == c)) {
            return Some(c);
        }
    }
    if let Some(tld) = cx.url.and_then(url_tld) {
        if let Some(c) = cx.kb.country_by_alpha2(&tld) {
            return Some(c);
        }
    }
    language_home
}

fn url_tld(url: &str) -> Option<String> {
    let host = url
        .split("://")
        .nth(1)
        .unwrap_or(url)
        .split(['/', '?', '#', ':'])
        .next()?;
    let tld = host.rsplit('.').next()?;
    (tld.len() == 2).then(|| tld.to_ascii_lowercase())
}

/// Lower-case ASCII slug of a name in any script (`Ян Борг` → `ian-borg`).
pub fn slug(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_ascii_lowercase();
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}
