//! Mentions: spans of the text that name a country, person, organisation, place
//! or title, found with the inflection-aware lexicon of the knowledge base.
//!
//! Overlapping candidates are settled longest-first (`Совета Безопасности ООН`
//! beats `ООН`); a span that several persons share (a surname) keeps all of them
//! for the linker to decide.

use crate::kb::{KnowledgeBase, MentionRef};
use crate::lexicon::{CaseRule, Lexicon, Match, ANY_LANGUAGE};
use crate::segment::{Gap, Token};

#[derive(Debug, Clone, PartialEq)]
pub enum MentionKind {
    Country(u32),
    CountryAdj(u32),
    /// Candidate persons; `full` when the whole name (not the surname alone) was written.
    Person {
        candidates: Vec<u32>,
        full: bool,
    },
    Org(u32),
    OrgTemplate(u32),
    Place(u32),
    Title(u32),
    /// "Our country" ("нашей стране", "ölkəmizə"): the outlet's, once known.
    HomeCountry,
    /// A name the knowledge base does not know, written after a title
    /// ("министр иностранных дел Мальты Ян Борг"): the name as written, without
    /// its case ending.
    NewPerson(String),
}

#[derive(Debug, Clone)]
pub struct Mention {
    /// Token range.
    pub first: usize,
    pub last: usize,
    /// Character offsets into the cleaned text.
    pub start: usize,
    pub end: usize,
    pub kind: MentionKind,
    /// Inflectional ending on the last word (tells case in Turkic languages).
    pub suffix: String,
}

impl Mention {
    pub fn text(&self, chars: &[char]) -> String {
        crate::segment::string_of(&chars[self.start..self.end])
    }
}

fn rank(r: &MentionRef) -> u8 {
    match r {
        MentionRef::Person { surname: false, .. } => 0,
        MentionRef::Org(_) => 1,
        MentionRef::OrgTemplate(_) => 2,
        MentionRef::Country(_) | MentionRef::HomeCountry => 3,
        MentionRef::Title(_) => 4,
        MentionRef::Place(_) => 5,
        MentionRef::Person { surname: true, .. } => 6,
        MentionRef::CountryAdj(_) => 7,
    }
}

pub fn find(tokens: &[Token], kb: &KnowledgeBase, lang: &str) -> Vec<Mention> {
    let all = kb
        .mentions
        .find_on_page(tokens, &kb.endings, kb.language_bit(lang));
    // Persons sharing a span are candidates of one mention, not rivals.
    let kept = crate::lexicon::longest_first(&all, rank);
    // The tokens some mention claims, for the surname rule; most pages have no
    // surname written alone, and need no map.
    let mut covered = Vec::new();
    if kept
        .iter()
        .any(|m| matches!(m.payload, MentionRef::Person { surname: true, .. }))
    {
        covered = vec![false; tokens.len()];
        for m in &kept {
            covered[m.start..m.end].iter_mut().for_each(|c| *c = true);
        }
    }
    let mut out = Vec::with_capacity(kept.len());
    for m in kept {
        // A Roman numeral alone ("the XIV Forum", "Phase II") is a number, even
        // where it spells a name's stem (`Xivə`, Khiva); in a name it is matched
        // with the name ("Leo XIV").
        if m.end == m.start + 1 && tokens[m.start].is_roman_numeral() {
            continue;
        }
        let kind = match *m.payload {
            MentionRef::Person { surname: true, .. }
                if opens_longer_name(tokens, &covered, m.start, m.end) =>
            {
                continue;
            }
            MentionRef::Person { surname, .. } => {
                let mut candidates: Vec<u32> = same_span(&all, &m)
                    .into_iter()
                    .filter_map(|r| match r {
                        MentionRef::Person { idx, surname: s } if s == surname => Some(idx),
                        _ => None,
                    })
                    .collect();
                candidates.sort_unstable();
                candidates.dedup();
                MentionKind::Person {
                    candidates,
                    full: !surname,
                }
            }
            MentionRef::Country(i) => MentionKind::Country(i),
            MentionRef::CountryAdj(i) => MentionKind::CountryAdj(i),
            MentionRef::Org(i) => MentionKind::Org(i),
            MentionRef::OrgTemplate(i) => MentionKind::OrgTemplate(i),
            MentionRef::Place(i) => MentionKind::Place(i),
            MentionRef::Title(i) => MentionKind::Title(i),
            MentionRef::HomeCountry => MentionKind::HomeCountry,
        };
        let mut first = m.start;
        if let MentionKind::Person {
            candidates,
            full: false,
        } = &kind
        {
            // An initial before a surname (`O.Bektenov`, `Ə. Əsədov`) belongs to the
            // mention and must agree with the person's first name.
            // A given name spelt as another language writes it ("Serdar
            // Berdiməhəmmədov" where the Azerbaijani name is "Sərdar") names
            // its bearer in full, not the namesake the page names elsewhere.
            let widened = if let Some(initial) = initial_before(tokens, m.start) {
                let agreeing: Vec<u32> = candidates
                    .iter()
                    .copied()
                    .filter(|&p| given_names(kb, p).any(|g| g.starts_with(&initial)))
                    .collect();
                if agreeing.is_empty() {
                    continue;
                }
                Some((agreeing, false))
            } else {
                let bearers = given_name_before(kb, tokens, m.start, candidates);
                (!bearers.is_empty()).then_some((bearers, true))
            };
            if let Some((candidates, full)) = widened {
                first = m.start - 1;
                out.push(Mention {
                    first,
                    last: m.end,
                    start: tokens[first].start,
                    end: tokens[m.end - 1].end,
                    kind: MentionKind::Person { candidates, full },
                    suffix: m.suffix.to_string(),
                });
                continue;
            }
        }
        out.push(Mention {
            first,
            last: m.end,
            start: tokens[first].start,
            end: tokens[m.end - 1].end,
            kind,
            suffix: m.suffix.to_string(),
        });
    }
    titles_around_adjectives(tokens, &mut out, kb, lang);
    out.sort_by_key(|m| m.first);
    let new_persons = unknown_names(tokens, &out, kb, lang);
    titles_with_portfolios(tokens, &mut out, &new_persons, kb.lang(lang));
    // A place read in an unknown name's word ("Елшісі Хань Чуньлинь", where
    // `Хань` passes for Hanoi's stem) was part of the name.
    out.retain(|m| {
        !matches!(
            m.kind,
            MentionKind::Place(_) | MentionKind::Person { full: false, .. }
        ) || !new_persons
            .iter()
            .any(|n| n.first <= m.first && m.last <= n.last)
    });
    let repeated = repeated_unknown_names(tokens, &out, &new_persons, kb, lang);
    let mut new_persons: Vec<Mention> = new_persons.into_iter().chain(repeated).collect();
    womens_names(tokens, &mut new_persons, kb.lang(lang));
    out.extend(new_persons);
    capitals_named(tokens, &mut out, kb, lang);
    out.sort_by_key(|m| m.first);
    out
}

/// "Глава российского государства", "главы туркменского МИД": a title of two
/// words with a country adjective set between them. Its words are matched as
/// if side by side; the first stands for the title, next to the adjective, so
/// that the two make one group as "президент России" does.
fn titles_around_adjectives(
    tokens: &[Token],
    out: &mut Vec<Mention>,
    kb: &KnowledgeBase,
    lang: &str,
) {
    let adjectives: Vec<usize> = out
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::CountryAdj(_)) && m.last == m.first + 1)
        .map(|m| m.first)
        .filter(|&k| k > 0 && k + 1 < tokens.len())
        .collect();
    if adjectives.is_empty() {
        return;
    }
    let mut covered = vec![false; tokens.len()];
    for m in out.iter() {
        covered[m.first..m.last].iter_mut().for_each(|c| *c = true);
    }
    // A body's name may close the title ("глава МИД"): the title then takes its word.
    let body_word = |out: &[Mention], k: usize| {
        out.iter().position(|m| {
            m.first == k
                && m.last == k + 1
                && matches!(m.kind, MentionKind::Org(_) | MentionKind::OrgTemplate(_))
        })
    };
    for k in adjectives {
        let (head, adjective, tail) = (&tokens[k - 1], &tokens[k], &tokens[k + 1]);
        let spaced = adjective.gap == Gap::Space && tail.gap == Gap::Space;
        let body = body_word(out, k + 1);
        let tail_free = !covered[k + 1] || body.is_some();
        if covered[k - 1] || !tail_free || !spaced || head.sentence != tail.sentence {
            continue;
        }
        let words = [head.clone(), tail.clone()];
        let title = kb
            .mentions
            .find_on_page(&words, &kb.endings, kb.language_bit(lang))
            .into_iter()
            .find_map(|m| match *m.payload {
                MentionRef::Title(i) if m.start == 0 && m.end == 2 => Some(i),
                _ => None,
            });
        if let Some(i) = title {
            if let Some(b) = body {
                out.remove(b);
            }
            out.push(Mention {
                first: k - 1,
                last: k,
                start: head.start,
                end: head.end,
                kind: MentionKind::Title(i),
                suffix: String::new(),
            });
            covered[k - 1] = true;
        }
    }
}

/// An unknown person named once after a title is named again without it: in
/// full ("Шахин Мустафаев провел переговоры", also in the headline) or by the
/// surname alone ("Мустафаев подчеркнул"), in any case form. Those are the
/// same person, where no name would be found at all. The names found make a
/// lexicon of the page's own, matched as the knowledge base's names are.
fn repeated_unknown_names(
    tokens: &[Token],
    known: &[Mention],
    found: &[Mention],
    kb: &KnowledgeBase,
    lang: &str,
) -> Vec<Mention> {
    let role_nouns = &kb.lang(lang).role_nouns;
    let names: Vec<&str> = found
        .iter()
        .filter_map(|n| match &n.kind {
            MentionKind::NewPerson(name) => Some(name.as_str()),
            _ => None,
        })
        .collect();
    if names.is_empty() {
        return Vec::new();
    }
    // Each name in full, and its surname alone when long enough (payload: the
    // name's index, whether it is the surname alone).
    let mut lexicon: Lexicon<(usize, bool)> = Lexicon::default();
    for (k, name) in names.iter().enumerate() {
        let add = |lexicon: &mut Lexicon<(usize, bool)>, phrase: &str, surname: bool| {
            lexicon.add_unreduced(
                phrase,
                CaseRule::Capitalized,
                (k, surname),
                &kb.endings,
                ANY_LANGUAGE,
            );
        };
        add(&mut lexicon, name, false);
        if let Some(surname) = name
            .split_whitespace()
            .last()
            .filter(|w| w.chars().count() >= MIN_SURNAME_CHARS)
        {
            add(&mut lexicon, surname, true);
        }
    }
    let mut covered = vec![false; tokens.len()];
    for m in known.iter().chain(found) {
        covered[m.first..m.last].iter_mut().for_each(|c| *c = true);
    }
    let mut matches = lexicon.find_all(tokens, &kb.endings);
    // At each word the full name before the surname alone.
    matches.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut out = Vec::new();
    for m in matches {
        let (k, surname_only) = *m.payload;
        if covered[m.start..m.end].iter().any(|&c| c) {
            continue;
        }
        // A surname beside another name's word ("Ильхам Мустафаев") is someone
        // else's; not beside a bare title ("Bakan Güler'in") or across a comma.
        let name_beside = |j: usize, next: usize| {
            tokens.get(j).is_some_and(|t| {
                is_name_word(t)
                    && !covered[j]
                    && t.sentence == tokens[m.start].sentence
                    && tokens[next].gap == Gap::Space
                    && !role_nouns.iter().any(|n| n.phrase == t.fold.as_str())
            })
        };
        if surname_only
            && ((m.start > 0 && name_beside(m.start - 1, m.start))
                || (m.end < tokens.len() && name_beside(m.end, m.end)))
        {
            continue;
        }
        out.push(Mention {
            first: m.start,
            last: m.end,
            start: tokens[m.start].start,
            end: tokens[m.end - 1].end,
            kind: MentionKind::NewPerson(names[k].to_string()),
            suffix: m.suffix.to_string(),
        });
        covered[m.start..m.end].iter_mut().for_each(|c| *c = true);
    }
    out
}

/// A country with the noun for a capital in a place's case is its capital
/// city: "Yunanistan'ın başkentinde" (Turkic, noun after the country, ending
/// of the locative), "в столице Греции" (noun before it, after a preposition
/// of place), "в мексиканской столице" (a country's adjective before it). The
/// mention then spans the noun and names the place.
fn capitals_named(tokens: &[Token], out: &mut [Mention], kb: &KnowledgeBase, lang: &str) {
    let l = kb.lang(lang);
    if l.capital_nouns.is_empty() {
        return;
    }
    let rest_after_noun = |t: &Token| {
        l.capital_nouns
            .iter()
            .find_map(|n| t.fold.strip_prefix(n.as_str()))
            .map(str::to_string)
    };
    for m in out.iter_mut() {
        let (MentionKind::Country(c) | MentionKind::CountryAdj(c)) = m.kind else {
            continue;
        };
        let Some(place) = kb.countries[c as usize]
            .capital
            .as_deref()
            .and_then(|p| kb.place(p))
        else {
            continue;
        };
        let sentence = tokens[m.first].sentence;
        if l.syntax == "sov" {
            // (Past a case ending set off by an apostrophe: "Yunanistan'ın".)
            let next =
                m.last + usize::from(tokens.get(m.last).is_some_and(|t| t.gap == Gap::Apostrophe));
            let Some(noun) = tokens.get(next).filter(|t| t.sentence == sentence) else {
                continue;
            };
            let Some(rest) = rest_after_noun(noun) else {
                continue;
            };
            let Some(case) = l
                .location_suffixes
                .iter()
                .filter(|s| rest.ends_with(s.as_str()))
                .max_by_key(|s| s.len())
            else {
                continue;
            };
            m.kind = MentionKind::Place(place);
            m.suffix = case.clone();
            m.last = next + 1;
            m.end = noun.end;
        } else if matches!(m.kind, MentionKind::CountryAdj(_)) {
            // "в мексиканской столице", "in the Mexican capital": the adjective
            // before the noun, after a preposition of place (and an article).
            let Some(noun) = tokens.get(m.last).filter(|t| t.sentence == sentence) else {
                continue;
            };
            let mut before = m.first;
            while before > 0 && l.articles.iter().any(|a| *a == tokens[before - 1].fold) {
                before -= 1;
            }
            let after_preposition = before
                .checked_sub(1)
                .is_some_and(|p| l.location_prepositions.iter().any(|w| *w == tokens[p].fold));
            if rest_after_noun(noun).is_none() || !after_preposition {
                continue;
            }
            m.kind = MentionKind::Place(place);
            m.last += 1;
            m.end = noun.end;
        } else {
            let Some(noun_at) = m.first.checked_sub(1) else {
                continue;
            };
            let noun = &tokens[noun_at];
            let after_preposition = noun_at
                .checked_sub(1)
                .is_some_and(|p| l.location_prepositions.iter().any(|w| *w == tokens[p].fold));
            if noun.sentence != sentence || rest_after_noun(noun).is_none() || !after_preposition {
                continue;
            }
            m.kind = MentionKind::Place(place);
            m.first = noun_at;
            m.start = noun.start;
        }
    }
}

/// Words after a name within which a verb agreeing with it is looked for
/// ("Танзила Нарбаева высоко оценила").
const AGREEING_VERB_REACH: usize = 2;

/// An unknown name is read with its case endings cut ("Танзилу Нарбаеву" →
/// "Танзил Нарбаев"), which makes a man of a woman named in the nominative.
/// A name followed by a verb that agrees with a woman is written as it stands
/// there, and every mention of the same reading takes it.
fn womens_names(tokens: &[Token], persons: &mut [Mention], lang: &crate::kb::model::LangData) {
    if lang.feminine_verb_endings.is_empty() {
        return;
    }
    let mut renamed: Vec<(String, String)> = Vec::new();
    for m in persons.iter() {
        let MentionKind::NewPerson(name) = &m.kind else {
            continue;
        };
        let sentence = tokens[m.first].sentence;
        let feminine_verb = tokens[m.last..]
            .iter()
            .take(AGREEING_VERB_REACH)
            .take_while(|t| t.sentence == sentence && !t.is_capitalized())
            .any(|t| {
                lang.feminine_verb_endings
                    .iter()
                    .any(|e| t.fold.ends_with(e.as_str()))
            });
        let written: Vec<&str> = tokens[m.first..m.last]
            .iter()
            .map(|t| t.text.as_str())
            .collect();
        let written = written.join(" ");
        // Only a reading that cut a case ending (it differs from the written
        // name) and keeps its words one for one.
        if feminine_verb
            && written != *name
            && written.split(' ').count() == name.split(' ').count()
            && !renamed.iter().any(|(from, _)| from == name)
        {
            renamed.push((name.clone(), written));
        }
    }
    for m in persons.iter_mut() {
        if let MentionKind::NewPerson(name) = &mut m.kind {
            if let Some((_, to)) = renamed.iter().find(|(from, _)| from == name) {
                *name = to.clone();
            }
        }
    }
}

/// Most mentions naming whom a title serves between it and an unknown name
/// (a body and its country).
const TITLE_QUALIFIERS: usize = 2;

/// Fewest letters of an unknown person's surname found alone: shorter ones
/// meet ordinary capitalised words.
const MIN_SURNAME_CHARS: usize = 4;

/// Names of persons the knowledge base lacks: two or three capitalised words right
/// after a title, or after the country that follows a title.
fn unknown_names(
    tokens: &[Token],
    mentions: &[Mention],
    kb: &KnowledgeBase,
    lang: &str,
) -> Vec<Mention> {
    let sov = kb.langs.get(lang).is_some_and(|l| l.syntax == "sov");
    let title_case_headlines = kb.langs.get(lang).is_some_and(|l| l.title_case_headlines);
    let mut out = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        // A place read in the first word after a title (`Хань` of "Елшісі Хань
        // Чуньлинь" passes for Hanoi's stem) may be an unknown name's first word.
        let place_first =
            |o: &Mention| o.first == m.last && matches!(o.kind, MentionKind::Place(_));
        // The title may be followed by whom it serves: a country, a body, or a
        // body and its country ("официальный представитель МИД Пакистана Тахир
        // Андраби").
        let qualifies_title = |k: &MentionKind| {
            matches!(
                k,
                MentionKind::Country(_)
                    | MentionKind::CountryAdj(_)
                    | MentionKind::Org(_)
                    | MentionKind::OrgTemplate(_)
            )
        };
        let after_title = match m.kind {
            MentionKind::Title(_) => true,
            ref k if qualifies_title(k) => (0..i)
                .rev()
                .take(TITLE_QUALIFIERS)
                .take_while(|&j| mentions[j].last == mentions[j + 1].first)
                .find(|&j| !qualifies_title(&mentions[j].kind))
                .is_some_and(|j| matches!(mentions[j].kind, MentionKind::Title(_))),
            _ => false,
        };
        if !after_title
            || mentions
                .get(i + 1)
                .is_some_and(|n| n.first == m.last && !place_first(n))
            || (title_case_headlines && title_case(tokens, mentions, m.first))
        {
            continue;
        }
        // Up to three capitalised words, and the particles between them
        // ("Хасана бин Абдуллу аль-Ганима").
        let particles = &kb.lang(lang).name_particles;
        let in_run = |k: usize| {
            tokens[k].sentence == tokens[m.first].sentence
                && matches!(tokens[k].gap, Gap::Space | Gap::Hyphen | Gap::Dot)
        };
        let from = after_portfolio(tokens, m.last, &kb.lang(lang).portfolio_prepositions);
        let mut end = from;
        let mut name_words = 0;
        while end < tokens.len() && name_words < 3 && in_run(end) {
            if is_name_word(&tokens[end]) {
                name_words += 1;
                end += 1;
            } else if name_words > 0
                && particles.iter().any(|p| *p == tokens[end].fold)
                && end + 1 < tokens.len()
                && in_run(end + 1)
                && is_name_word(&tokens[end + 1])
            {
                end += 1;
            } else {
                break;
            }
        }
        // A name of two words or more ends where a country, body or place
        // begins ("орынбасары Әлібек Бақаев Пәкістанның … елшісі": a Kazakh
        // sentence goes on with the other party's genitive); a place between
        // two of its words is read in it (see `place_inside` below). A known
        // person's name there is the name itself, after honorifics ("Аятолла
        // Сейид Али Хаменеи").
        if let Some(o) = mentions[i + 1..]
            .iter()
            .take_while(|o| o.first < end)
            .find(|o| o.first >= from + 2)
            .filter(|o| match o.kind {
                MentionKind::Place(_) => o.last >= end,
                MentionKind::Country(_)
                | MentionKind::CountryAdj(_)
                | MentionKind::Org(_)
                | MentionKind::OrgTemplate(_) => true,
                _ => false,
            })
        {
            // Words cut off by a country after which a known person is named
            // are a body the title serves, written as no knowledge base has
            // it: "Председатель Халк Маслахаты Туркменистана Гурбангулы
            // Бердымухамедов".
            if held_by_a_known_person(mentions, o.first) {
                continue;
            }
            end = o.first;
        }
        let words = end - from;
        // A known name, title or country there makes it no unknown name; a
        // place in its first word does not, though one after a name is a place.
        // Nor does a place read in a word between two of the name's ("Амиром
        // Ханом Муттаки": `Ханом` passes for Hanoi's stem).
        let place_inside =
            |o: &Mention| matches!(o.kind, MentionKind::Place(_)) && o.first > from && o.last < end;
        let taken = mentions[i + 1..]
            .iter()
            .take_while(|o| o.first < end)
            .any(|o| {
                o.last > from
                    && !place_first(o)
                    && !place_inside(o)
                    && !namesake_inside(kb, lang, tokens, from, o)
            });
        // One word is a name only where a postposition closes it ("naziri
        // Sugiono ilə"): a lone capitalised word after a title is too often
        // something else.
        let closed_by_postposition = || {
            tokens.get(end).is_some_and(|t| {
                t.sentence == tokens[m.first].sentence
                    && t.gap == Gap::Space
                    && kb
                        .lang(lang)
                        .target_postpositions
                        .iter()
                        .any(|p| *p == t.fold)
            })
        };
        if words == 0 || taken || (words == 1 && !closed_by_postposition()) {
            continue;
        }
        // Case endings: Turkic languages put one on the last word ("Leskanonu"),
        // Russian on every word ("Яном Боргом"); a word is reduced only when the
        // pattern of the language shows it is inflected.
        // Only the page's language's endings: the Kazakh `-нен` is no Russian
        // ending, and "Элина Валтонен" is not "Эли Валто" in another case.
        let lang_data = kb.lang(lang);
        // Each reading of a word as a stem (its length in letters) and one of
        // the language's endings.
        let readings = |t: &Token| -> Vec<(usize, String)> {
            kb.endings
                .splits(&t.fold)
                .filter(|(stem, e)| {
                    stem.chars().count() >= 2
                        && !e.is_empty()
                        && lang_data.endings.iter().any(|own| own == e)
                })
                .map(|(stem, e)| (stem.chars().count(), e.to_string()))
                .collect()
        };
        let ending = |t: &Token| readings(t).pop();
        let words_of = &tokens[from..end];
        // Only case endings come off a Turkic name ("Leskanonu"), not derivational
        // ones that names end in ("Botçorişvili").
        let case_ending = |e: &str| {
            [
                &lang_data.target_suffixes,
                &lang_data.genitive_suffixes,
                &lang_data.accusative_suffixes,
                &lang_data.location_suffixes,
            ]
            .iter()
            .any(|list| list.iter().any(|s| s == e))
        };
        // A stem (in letters) that ends as surnames do ("Sätqaliyev-i").
        let surname_stem = |word: &str, stem: usize| {
            let stem: String = word.chars().take(stem).collect();
            lang_data
                .surname_endings
                .iter()
                .any(|e| stem.ends_with(e.as_str()))
        };
        let indeclinable = lang_data
            .indeclinable_name_endings
            .iter()
            .any(|e| words_of[words - 1].fold.ends_with(e.as_str()));
        let reduce_all = !sov
            && !indeclinable
            && ending(&words_of[0]).is_some()
            && ending(&words_of[words - 1]).is_some();
        let reduce_last = sov && !lang_data.apostrophe_suffixes;
        let mut name = Vec::new();
        let mut suffix = String::new();
        // A Turkic ending may be read two ways ("Papuaşvilini": "-ni" after the
        // vowel, or "-ini"); the stem the page also writes as a word is the name.
        let written_stem = |t: &Token| -> Option<(usize, String)> {
            readings(t)
                .into_iter()
                .filter(|(stem, e)| {
                    case_ending(e) && stem_written_elsewhere(tokens, end - 1, *stem)
                })
                .max_by_key(|&(stem, _)| stem)
        };
        for (k, t) in words_of.iter().enumerate() {
            if !is_name_word(t) {
                // A particle stays as written.
                name.push(t.text.to_string());
                continue;
            }
            let last = k == words - 1;
            let read = if last && reduce_last {
                written_stem(t).or_else(|| ending(t))
            } else {
                ending(t)
            };
            let cut = match read {
                Some((stem, e))
                    if reduce_all
                        || (reduce_last
                            && last
                            && case_ending(&e)
                            && (e.chars().count() >= 2
                                || stem_written_elsewhere(tokens, end - 1, stem)
                                || surname_stem(&t.fold, stem))) =>
                {
                    if last {
                        suffix = e;
                    }
                    stem
                }
                _ => t.text.chars().count(),
            };
            name.push(t.text.chars().take(cut).collect::<String>());
        }
        out.push(Mention {
            first: from,
            last: end,
            start: tokens[from].start,
            end: tokens[end - 1].end,
            kind: MentionKind::NewPerson(name.join(" ")),
            suffix,
        });
    }
    out
}

/// Whether the first `stem_chars` characters of token `at` are written as a
/// word of their own elsewhere on the page: a one-letter case ending is cut
/// from a name only then ("Milatoviçi qəbul edib" beside "Milatoviç
/// bildirib"), since so many names end in a vowel ("Meloni", "Kavelaşvili").
fn stem_written_elsewhere(tokens: &[Token], at: usize, stem_chars: usize) -> bool {
    let word = tokens[at].fold.as_str();
    let Some((cut, _)) = word.char_indices().nth(stem_chars) else {
        return false;
    };
    let stem = &word[..cut];
    tokens
        .iter()
        .enumerate()
        .any(|(i, t)| i != at && t.fold == stem && t.is_capitalized())
}

/// Whether the qualifiers of a title that begin at token `from` (a country,
/// a body, side by side) are followed at once by a known person's full name.
fn held_by_a_known_person(mentions: &[Mention], from: usize) -> bool {
    let mut at = from;
    for o in mentions.iter().skip_while(|o| o.first < from) {
        if o.first != at {
            return false;
        }
        match o.kind {
            MentionKind::Country(_)
            | MentionKind::CountryAdj(_)
            | MentionKind::Org(_)
            | MentionKind::OrgTemplate(_) => at = o.last,
            MentionKind::Person { full: true, .. } => return at > from,
            _ => return false,
        }
    }
    false
}

/// A title whose holder's unknown name follows its portfolio ("European
/// Commissioner for Enlargement Marta Kos") runs on to the name: the
/// portfolio is part of the title, and the title stands next to the name as
/// one written without a portfolio does.
fn titles_with_portfolios(
    tokens: &[Token],
    out: &mut [Mention],
    new_persons: &[Mention],
    lang: &crate::kb::model::LangData,
) {
    for person in new_persons {
        let Some(title) = out
            .iter_mut()
            .filter(|m| m.last < person.first)
            .max_by_key(|m| m.last)
        else {
            continue;
        };
        if matches!(title.kind, MentionKind::Title(_))
            && after_portfolio(tokens, title.last, &lang.portfolio_prepositions) == person.first
            && person.first > title.last
        {
            title.last = person.first;
            title.end = tokens[person.first - 1].end;
        }
    }
}

/// Words of an unknown name after a portfolio: the portfolio's own words are
/// capitalised too, and most names have two.
const NAME_AFTER_PORTFOLIO: usize = 2;

/// Where a holder's name may start after a title ending at `at`: past a
/// portfolio ("for Enlargement", "по Центральной Азии") when one opens there and
/// a name of two words follows it; else at `at`.
pub fn after_portfolio(tokens: &[Token], at: usize, prepositions: &[String]) -> usize {
    let opens = tokens
        .get(at)
        .is_some_and(|t| t.gap == Gap::Space && prepositions.iter().any(|p| *p == t.fold));
    if !opens {
        return at;
    }
    let sentence = tokens[at].sentence;
    let capitalised = tokens[at + 1..]
        .iter()
        .take_while(|t| t.sentence == sentence && t.gap == Gap::Space && is_name_word(t))
        .count();
    if capitalised > NAME_AFTER_PORTFOLIO {
        at + 1 + capitalised - NAME_AFTER_PORTFOLIO
    } else {
        at
    }
}

/// Whether mention `o`, inside an unknown name that starts at token `name`, is
/// a known surname after a given name that none of its bearers has: "Kamina
/// Conson Smit" (Jamaica's minister) is not Boris Johnson ("Boris Conson").
/// A bearer with no name in the page's language keeps the surname his, and
/// so does one whose name holds the word before it.
fn namesake_inside(
    kb: &KnowledgeBase,
    lang: &str,
    tokens: &[Token],
    name: usize,
    o: &Mention,
) -> bool {
    let MentionKind::Person {
        candidates,
        full: false,
    } = &o.kind
    else {
        return false;
    };
    if o.first <= name {
        return false;
    }
    let given = tokens[o.first - 1].fold.as_str();
    let initial = given.chars().next();
    candidates.iter().all(|&p| {
        kb.persons[p as usize].names.get(lang).is_some_and(|names| {
            names.iter().all(|n| {
                let words: Vec<String> = n.split_whitespace().map(crate::segment::fold).collect();
                // ("Emir Al Sani": a word of his own name is no other given name.)
                words.first().and_then(|w| w.chars().next()) != initial
                    && !words.iter().any(|w| w == given)
            })
        })
    })
}

/// Headlines in English capitalise every word; no name can be told from them.
/// (Only asked in languages that write headlines so: a Turkish sentence of
/// titles and names, `Dışişleri Bakanı Hakan Fidan, Pakistan Dışişleri Bakanı
/// İshak Dar ile …`, is as capitalised and names an unknown minister.) Words
/// of known names, titles and countries are capitalised in any sentence, so
/// only the others are counted: "Pakistani Defence Minister Khawaja Asif met
/// Turkish Foreign Minister Hakan Fidan in Ankara" is no headline.
fn title_case(tokens: &[Token], mentions: &[Mention], at: usize) -> bool {
    let sentence = tokens[at].sentence;
    let first = (0..at)
        .rev()
        .take_while(|&i| tokens[i].sentence == sentence)
        .last()
        .unwrap_or(at);
    let end = (at..tokens.len())
        .find(|&i| tokens[i].sentence != sentence)
        .unwrap_or(tokens.len());
    // Marked once per sentence: mentions are few, but many to scan per word.
    let mut known = vec![false; end - first];
    for m in mentions.iter().filter(|m| m.first < end && m.last > first) {
        for i in m.first.max(first)..m.last.min(end) {
            known[i - first] = true;
        }
    }
    let words: Vec<&Token> = (first..end)
        .filter(|&i| !known[i - first])
        .map(|i| &tokens[i])
        .filter(|t| !t.is_number())
        .collect();
    let capitalized = words.iter().filter(|t| t.is_capitalized()).count();
    words.len() >= 3 && capitalized * 10 >= words.len() * 7
}

/// "Min Aung Hlaing'e": a short known surname followed by two more name words
/// that nothing else claims opens someone else's longer name (`Min` is also
/// Zhang Ming's surname in Azerbaijani). One word after it may be a capitalised
/// weekday or month ("Putin Salı günü"); a longer surname keeps even two
/// ("Barnye Birgə Bəyannaməni imzalayıblar", the Joint Declaration).
fn opens_longer_name(tokens: &[Token], covered: &[bool], start: usize, end: usize) -> bool {
    let sentence = tokens[start].sentence;
    let short = end == start + 1 && tokens[start].text.chars().count() < MIN_SURNAME_CHARS;
    short
        && (end..end + 2).all(|j| {
            tokens.get(j).is_some_and(|t| {
                t.gap == Gap::Space && t.sentence == sentence && !covered[j] && is_name_word(t)
            })
        })
}

fn is_name_word(t: &Token) -> bool {
    let mut chars = t.text.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let rest_lower = t.text.chars().skip(1).any(char::is_lowercase);
    first_upper && rest_lower && t.text.chars().all(char::is_alphabetic)
}

/// The payloads of every match over exactly `m`'s span. Matches come ordered by
/// start, so the search looks only at those starting where `m` starts.
fn same_span(all: &[Match<'_, MentionRef>], m: &Match<'_, MentionRef>) -> Vec<MentionRef> {
    let from = all.partition_point(|o| o.start < m.start);
    all[from..]
        .iter()
        .take_while(|o| o.start == m.start)
        .filter(|o| o.end == m.end)
        .map(|o| *o.payload)
        .collect()
}

/// The folded initial written before token `i`, if any.
fn initial_before(tokens: &[Token], i: usize) -> Option<String> {
    let cur = tokens.get(i)?;
    let prev = tokens.get(i.checked_sub(1)?)?;
    let single = prev.text.chars().count() == 1 && prev.is_capitalized();
    let dotted = cur.gap == Gap::Dot || (cur.gap == Gap::Punct && cur.start == prev.end + 2);
    (single && dotted).then(|| prev.fold.to_string())
}

/// The candidates whose given name, in any language's spelling, is the
/// capitalised word just before their surname.
fn given_name_before(
    kb: &KnowledgeBase,
    tokens: &[Token],
    i: usize,
    candidates: &[u32],
) -> Vec<u32> {
    let (Some(cur), Some(prev)) = (tokens.get(i), i.checked_sub(1).and_then(|j| tokens.get(j)))
    else {
        return Vec::new();
    };
    if cur.gap != Gap::Space || !prev.is_capitalized() || prev.text.chars().count() < 2 {
        return Vec::new();
    }
    candidates
        .iter()
        .copied()
        .filter(|&p| given_names(kb, p).any(|given| given == prev.fold.as_str()))
        .collect()
}

/// A person's given names, folded, as each language writes them.
fn given_names(kb: &KnowledgeBase, person: u32) -> impl Iterator<Item = String> + '_ {
    kb.persons[person as usize]
        .names
        .values()
        .flatten()
        .filter_map(|n| n.split_whitespace().next())
        .map(crate::segment::fold)
}
