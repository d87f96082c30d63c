//! Events: typed, directed, dated and located, each with its evidence sentence.
//!
//! In every sentence a cue word (`встретился`, `görüşüb`, `позвонил`) opens an
//! event. The sentence's mentions are gathered into actor groups (a title, its
//! country and a name make one actor); groups that mark a place (`в Казахстан`,
//! `Bakıda`) give the location instead. Which group is the source and which the
//! target follows the language's grammar: word order for SVO languages (Russian,
//! English), case suffixes for SOV ones (Azerbaijani, Kazakh, Turkish). Modifiers
//! in the sentence refine the mode (a visit, a phone call, a meeting on a summit's
//! sidelines), status cues mark planned or denied events.

use crate::dates::{DateExpr, PartialDate};
use crate::kb::model::{EventCue, EventTypeRules, LangData};
use crate::kb::{CueRef, KnowledgeBase};
use crate::link::{Linked, Resolved};
use crate::mentions::Mention;
use crate::segment::{Gap, Sentence, Token};

mod groups;
use groups::{breaks_between, comma_apart, groups_in, speaker_groups, Group};

/// One actor of an event: a person, an organisation or a country, with the countries it stands for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Actor {
    pub persons: Vec<String>,
    pub countries: Vec<String>,
    pub orgs: Vec<String>,
}

impl Actor {
    fn is_empty(&self) -> bool {
        self.persons.is_empty() && self.countries.is_empty() && self.orgs.is_empty()
    }

    /// Whether the actor says whom it stands for: a country or a body.
    fn is_placed(&self) -> bool {
        !self.countries.is_empty() || !self.orgs.is_empty()
    }

    /// Both sides as one: the parties of a story taken together.
    fn joined(&self, other: &Actor) -> Actor {
        let mut both = self.clone();
        for (into, from) in [
            (&mut both.persons, &other.persons),
            (&mut both.countries, &other.countries),
            (&mut both.orgs, &other.orgs),
        ] {
            from.iter().for_each(|x| push_unique(into, x));
        }
        both
    }
}

/// Where an event's date came from, least telling first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum DateFrom {
    /// The page's publication date: the text dates the event nowhere.
    #[default]
    Published,
    /// An earlier sentence's date, carried on by the story ("вчера", then
    /// "По итогам переговоров … подписали").
    Narrative,
    /// A date in the event's own sentence.
    Stated,
}

#[derive(Debug, Clone)]
pub struct Event {
    pub event_type: String,
    pub mode: String,
    pub cameo: String,
    pub status: String,
    pub date: Option<PartialDate>,
    /// Where the date came from, which decides whose date a fused event keeps.
    pub date_from: DateFrom,
    pub source: Actor,
    pub target: Actor,
    pub location: (Option<String>, Option<String>),
    pub topics: Vec<String>,
    pub documents: Vec<String>,
    pub confidence: f64,
    /// Evidence sentences as character ranges.
    pub evidence: Vec<(usize, usize)>,
    pub symmetric: bool,
    /// True when a side came from the document's main event rather than the sentence.
    pub inferred: bool,
    /// The clause names its actors only as "the parties" of the story.
    pub parties: bool,
    /// The clause names a counterpart by a noun alone ("invited his
    /// counterpart"): a missing side is the story's other party.
    pub counterpart_noun: bool,
    /// Several officials of different countries on the target side of a directed
    /// event ("соболезнования президенту Турции … и президенту Сирии …"): one event each.
    pub split_targets: Vec<Actor>,
    /// The split actors are the event's sources: guests of one host, named as the
    /// objects of the host's verb ("принял Алиева и Пашиняна по отдельности").
    pub split_sources: bool,
}

pub struct EventContext<'a> {
    pub kb: &'a KnowledgeBase,
    pub tokens: &'a [Token],
    pub chars: &'a [char],
    pub sentences: &'a [Sentence],
    pub mentions: &'a [Mention],
    pub linked: &'a Linked,
    pub dates: &'a [DateExpr],
    pub published: Option<PartialDate>,
    pub lang: &'a str,
    /// The grammar words of `lang`, looked up once per document rather than
    /// per cue and per actor group.
    pub lang_data: &'a LangData,
    /// The dateline's tokens (see [`crate::document::Document::dateline_tokens`]).
    pub dateline_tokens: std::ops::Range<usize>,
}

pub fn extract(cx: &EventContext<'_>) -> Vec<Event> {
    let kb = cx.kb;
    let cues = kb.cue_words.find_all(cx.tokens, &kb.endings);
    let doc_topics = topics_in(cx, &cues, 0..cx.tokens.len());
    let lang = cx.lang_data;
    let sov = lang.syntax == "sov";

    let mut events: Vec<Event> = Vec::new();
    let mut pending: Vec<Event> = Vec::new(); // events missing a side, filled after the main dyad is known
    let mut narrative_date: Option<(PartialDate, bool)> = None;
    // Whether that day is the dateline's only, which the lead may still correct.
    let mut narrative_from_dateline = false;
    // Whether the story's day is that of events still to come: it dates what
    // follows of them ("noyabrın 6-da … iştirak edəcək", then the talks
    // planned there), but no act told as done ("… a meeting in Brussels on
    // May 14", then "In Moscow, Zakharova criticised …").
    let mut narrative_to_come = false;
    // The day stated by the sentence before, when it told no event: "Putin
    // apologised to Aliyev on Saturday … Putin called Aliyev" dates the call.
    // (Not the dateline's: that dates the report, and the story carries it.)
    let mut day_before: Option<(PartialDate, bool)> = None;
    // Whether that sentence stated that day alone: a day counted from the
    // story's then counts from it.
    let mut day_before_alone = false;
    // Whether an earlier sentence told an event: "накануне" then counts from
    // the story's day, where it opens a story counting from the publication.
    let mut story_told = false;
    // The side of the last visit told, whom "the guest" names.
    let mut guest: Option<Actor> = None;
    for sentence in cx.sentences {
        let range = sentence.tokens.clone();
        let in_sentence: Vec<_> = within(&cues, |c| c.start, &range).iter().collect();
        let cue_tokens: Vec<usize> = in_sentence
            .iter()
            .filter(|c| matches!(c.payload, CueRef::Event(_)))
            .flat_map(|c| c.start..c.end)
            .collect();
        // Most sentences tell no event: their actors need not be grouped. The
        // story's lead may still date what follows ("Hacızadə dünən axşam bəyanat
        // yayaraq …", then the accusation and the demand it made).
        // A day before a participle is its clause's, not the sentence's ("dün
        // Kuveyt'te temaslarda bulunan Erdoğan, bugün Doha'ya geçti": today is
        // the day stated).
        let day_of_sentence =
            |d: &&DateExpr| d.value.day.is_some() && !describes_a_noun(cx, d, &[]);
        let stated_days = || {
            within(cx.dates, |d| d.start, &range)
                .iter()
                .filter(day_of_sentence)
                .filter(|d| !cx.dateline_tokens.contains(&d.start))
        };
        let stated_day = || stated_days().next().map(|d| (d.value, true));
        let states_one_day = || stated_days().nth(1).is_none() && stated_day().is_some();
        let lead_day = || {
            within(cx.dates, |d| d.start, &range)
                .iter()
                .find(day_of_sentence)
                .map(|d| (d.value, true))
        };
        if cue_tokens.is_empty() {
            day_before = stated_day();
            day_before_alone = states_one_day();
            // The lead's day is the story's, even after events the headline told;
            // a day the lead names itself wins over the dateline's ("МИНСК, 12
            // апреля. В пятницу в Минске прошло заседание …").
            if lead(cx, sentence) {
                take_lead_day(
                    &mut narrative_date,
                    &mut narrative_from_dateline,
                    stated_day(),
                    lead_day(),
                );
            }
            continue;
        }
        // The words of its noun cues, which country adjectives may qualify.
        let noun_cues: Vec<usize> = in_sentence
            .iter()
            .filter(|c| matches!(c.payload, CueRef::Event(i) if kb.cues[*i as usize].weak))
            .flat_map(|c| c.start..c.end)
            .collect();
        let mut sentence_dates: Vec<&DateExpr> = within(cx.dates, |d| d.start, &range)
            .iter()
            .filter(|d| !describes_a_noun(cx, d, &cue_tokens))
            .collect();
        // "WASHINGTON, Nov 7 — … on Thursday hosted": the dateline dates the
        // report; a day or a month the sentence names itself dates the event
        // ("TOKYO, 30/07/2024 — … will travel to Kazakhstan next month").
        let in_dateline = |d: &DateExpr| cx.dateline_tokens.contains(&d.start);
        if sentence_dates
            .iter()
            .any(|d| !in_dateline(d) && d.value.month.is_some())
        {
            sentence_dates.retain(|d| !in_dateline(d));
        }
        let groups = groups_in(cx, range.clone(), &cue_tokens, &noun_cues);
        // The most precise date of the sentence: a day if one is named, else a month.
        let in_range = |d: &&DateExpr| range.contains(&d.start) && d.value.month.is_some();
        let first_cue = in_sentence
            .iter()
            .filter(|c| matches!(c.payload, CueRef::Event(_)))
            .map(|c| c.start)
            .min();
        // A month alone dates the event when it stands before the verb ("в ноябре
        // встретились"); after it, it usually dates something else ("the statement
        // of November 2020"), unless it is told as past ("visited … last July").
        let sentence_date_expr = sentence_dates
            .iter()
            .copied()
            .filter(in_range)
            .find(|d| d.value.day.is_some())
            .or_else(|| {
                sentence_dates
                    .iter()
                    .copied()
                    .filter(in_range)
                    .find(|d| d.past || first_cue.is_none_or(|c| d.start < c))
            })
            // A year alone before the verb ("В прошлом году … посетил").
            .or_else(|| {
                sentence_dates
                    .iter()
                    .copied()
                    .find(|d| range.contains(&d.start) && first_cue.is_some_and(|c| d.start < c))
            });
        // "fevralın 7-də keçiriləcək seçki ərəfəsində … ittiham edib": a day
        // before a future participle is that of something still to come, and
        // dates no act told as done.
        let date_to_come = sentence_date_expr.is_some_and(|d| before_future_participle(cx, d));
        let sentence_date = sentence_date_expr.map(|d| {
            // (The one day the sentence before stated, when it told no event:
            // "Моңғолия Президенті кеше Астанаға келген болатын. Сол күні ол …".)
            let lone_day_before = day_before.filter(|_| day_before_alone);
            let story_day = lone_day_before.or(narrative_date).map(|(day, _)| day);
            from_story_day(
                d,
                story_told || lone_day_before.is_some(),
                story_day,
                cx.published,
            )
        });
        // Whether the story moves on to the sentence's day (see `from_story_day`).
        let story_moves = sentence_date.is_none_or(|(_, moves)| moves);
        let sentence_date = sentence_date.map(|(d, _)| (d, true));
        // An event still to come is dated by a month or a year after its verb too
        // ("посетит Азербайджан в апреле", "will visit … later this year").
        let later_date = sentence_dates
            .iter()
            .copied()
            .filter(|d| range.contains(&d.start))
            .find(|d| first_cue.is_some_and(|c| d.start > c))
            .map(|d| (d.value, true));
        // The story's day so far, else the publication's: what a date told is
        // earlier than.
        let story = narrative_date.map(|(d, _)| d).or(cx.published);
        // A year alone, before the story's.
        let an_earlier_year = |d: &PartialDate| {
            d.month.is_none()
                && d.year
                    .zip(story.and_then(|s| s.year))
                    .is_some_and(|(y, s)| y < s)
        };
        // An act told as done in a year before the story's, named after its verb
        // ("был подписан ещё в 1996 году"), is of that year, not the story's day:
        // so dated, it is read as background below.
        let past_year = sentence_dates
            .iter()
            .copied()
            .filter(|d| range.contains(&d.start) && d.explicit_year)
            .find(|d| an_earlier_year(&d.value))
            .map(|d| (d.value, true));
        let mut seen_types: Vec<(String, String)> = Vec::new();
        let mut told_done = false;
        let blocked: Vec<(usize, usize)> = in_sentence
            .iter()
            .filter(|c| matches!(c.payload, CueRef::Block))
            .map(|c| (c.start, c.end))
            .collect();
        for cue_match in in_sentence
            .iter()
            .filter(|c| matches!(c.payload, CueRef::Event(_)))
        {
            if blocked
                .iter()
                .any(|&(s, e)| cue_match.start >= s && cue_match.start < e)
            {
                continue;
            }
            let CueRef::Event(ci) = *cue_match.payload else {
                continue;
            };
            // Within a longer cue, a shorter one is part of its phrase: in
            // "приветствовал подписание" the signing is what was welcomed.
            let within_longer = in_sentence.iter().any(|c| {
                matches!(c.payload, CueRef::Event(_))
                    && c.start <= cue_match.start
                    && c.end >= cue_match.end
                    && c.end - c.start > cue_match.end - cue_match.start
            });
            let cue = &kb.cues[ci as usize];
            // The event the cue tells, from the sentence's groups.
            let build = || {
                let modifiers = modifiers_in(kb, &in_sentence);
                build_event(
                    cx,
                    cue,
                    cue_match.start,
                    cue_match.end,
                    sentence,
                    &groups,
                    &modifiers,
                    sov,
                    guest.as_ref(),
                )
            };
            // Nor does a cue of another type start in the middle of one: in "held
            // separate phone calls on Tuesday", "calls on" is the end of "phone
            // calls". (Cues of one type may chain: "провел телефонный разговор".)
            let overlaps_earlier = in_sentence.iter().any(|c| {
                let CueRef::Event(other) = *c.payload else {
                    return false;
                };
                c.start < cue_match.start
                    && cue_match.start < c.end
                    && c.end < cue_match.end
                    && kb.cues[other as usize].event_type != cue.event_type
            });
            if within_longer || overlaps_earlier {
                continue;
            }
            // One consultation or agreement per sentence; support and blame of several
            // kinds ("поблагодарил и поздравил") are separate events (events.toml says which).
            let one_per_type = kb
                .event_type(cue.event_type.get_ref())
                .is_some_and(|t| t.one_per_sentence);
            if seen_types.iter().any(|(t, mode)| {
                t == cue.event_type.get_ref() && (one_per_type || *mode == cue.mode)
            }) {
                // "paid a working visit to Turkmenistan …, holding talks with
                // President Serdar Berdimuhamedow": the second cue names who
                // the sentence's event was with, where the first named only
                // his country.
                if one_per_type && !cue.weak {
                    let told = (sentence.start, sentence.end);
                    let earlier = events.iter_mut().chain(pending.iter_mut()).rev().find(|e| {
                        e.evidence.first() == Some(&told)
                            && e.event_type == *cue.event_type.get_ref()
                    });
                    if let Some(earlier) = earlier.filter(|e| e.target.persons.is_empty()) {
                        if let Some(second) = build().filter(|s| {
                            !s.target.persons.is_empty()
                                && !s.target.countries.is_empty()
                                && s.target
                                    .countries
                                    .iter()
                                    .all(|c| earlier.target.countries.contains(c))
                                && s.source
                                    .persons
                                    .iter()
                                    .any(|p| earlier.source.persons.contains(p))
                        }) {
                            earlier.target.persons = second.target.persons;
                        }
                    }
                }
                continue;
            }
            let cue_clause =
                crate::link::clause_around(cx.tokens, cx.chars, cue_match.start, cue_match.end);
            if !followed_as_required(cx, cue, cue_match.end) {
                continue;
            }
            // The one event of its type is the main clause's, not that of a
            // relative clause on the way ("Gilani, who arrived in Uzbekistan
            // earlier this week, held talks in Tashkent with …").
            if one_per_type
                && opens_relative_clause(cx, &cue_clause, cue_match.start)
                && in_sentence.iter().any(|c| {
                    c.start >= cue_clause.end
                        && matches!(c.payload, CueRef::Event(other)
                            if kb.cues[*other as usize].event_type == cue.event_type
                                && !kb.cues[*other as usize].weak)
                })
            {
                continue;
            }
            // An event named by its noun ("визит Путина в Таджикистан, который
            // запланирован на октябрь", "the state visit of …, scheduled for later
            // this month", "встречи президентов …, которая … может состояться") is
            // the subject of the predicate after it.
            let noun_cue = cue.weak && !sov;
            let noun_with_owner = noun_cue && cue.owner_is_subject;
            let status_span = if noun_cue {
                with_qualifying_clause(cx, &in_sentence, &cue_clause)
            } else {
                cue_clause.clone()
            };
            let status = cue.status.clone().or_else(|| {
                // In SVO languages the marker precedes the verb it qualifies ("в скором
                // времени встретятся"); one after it qualifies something else ("за участие
                // в предстоящем саммите"). Turkic markers follow the verb.
                in_sentence
                    .iter()
                    .filter(|c| {
                        status_span.contains(&c.start)
                            && if sov {
                                // A marker before a verb describes a noun on the
                                // way ("fevralın 7-də keçiriləcək … seçki
                                // ərəfəsində … ittiham edib"); before a noun cue
                                // it may be the noun's ("yapması planlanan resmi
                                // ziyaretin hazırlıkları … görüşmenin").
                                c.start >= cue_match.end || cue.weak
                            } else {
                                noun_cue || c.start <= cue_match.start
                            }
                    })
                    .find_map(|c| match c.payload {
                        CueRef::Status(s) => {
                            Some(kb.statuses[*s as usize].status.get_ref().clone())
                        }
                        _ => None,
                    })
            });
            // A whole-sentence marker stands on the side of the sentence its
            // language puts it; a verdict on the report follows it in every
            // language ("Сообщения о том, что … встречался, не соответствуют
            // действительности").
            let sentence_status = in_sentence
                .iter()
                .filter_map(|c| match c.payload {
                    CueRef::Status(s) => Some((c.start, &kb.statuses[*s as usize])),
                    _ => None,
                })
                .find(|(start, marker)| {
                    let after = sov || marker.verdict;
                    (marker.whole_sentence || marker.verdict)
                        && if after {
                            *start >= cue_match.end
                        } else {
                            *start < cue_match.start
                        }
                })
                .map(|(_, marker)| marker.status.get_ref().clone());
            // A plan called off ("… planlanan görüşme ertelendi") keeps the day
            // it was planned for.
            let planned_then_off =
                sentence_status.is_some() && status.as_deref().is_some_and(|s| kb.is_future(s));
            let status = sentence_status.or(status);
            // A noun cue after a preposition ("для переговоров", "в ходе встречи")
            // refers to an event told elsewhere; it opens none.
            // "The two leaders witnessed the signing of 15 agreements": an article
            // alone after a verb whose subject is the story's parties reports it.
            if cue.weak
                && cue_match.start > 0
                && reference_marker(cx, cue_match.start - 1)
                && !(article_after_verb(cx, cue_match.start) && parties_before(cx, cue_match.start))
                && !(cue.told_with_counterpart && counterpart_follows(cx, cue_match.end))
                && !(noun_with_owner
                    && cue.status.is_none()
                    && status.as_deref().is_some_and(|s| kb.is_future(s)))
            {
                continue;
            }
            // A verb form after an article is a noun ("the accused were tried").
            if !cue.weak
                && cue_match.start > 0
                && listed(&lang.articles, cx.tokens[cue_match.start - 1].fold.as_str())
            {
                continue;
            }
            // A noun cue as the object of another event's verb ("отвергает голословные
            // обвинения Пашиняна", "rejected the accusations") is that event's topic.
            if cue.weak && governed_by_cue(cx, &in_sentence, cue_match.start) {
                continue;
            }
            // So is a cue in what an earlier event of its clause was about ("spoke
            // by phone … about a truce in Gaza and the delivery of humanitarian aid").
            if !sov && in_topic_of_earlier_cue(cx, &in_sentence, cue_match.start, &cue_clause) {
                continue;
            }
            // So is a cue in what an earlier cue of its clause asks for ("asked
            // the United States to continue humanitarian assistance").
            if !sov && in_content_of_earlier_cue(cx, &in_sentence, cue_match.start, &cue_clause) {
                continue;
            }
            // In a verb-final language what is asked for comes before the asking
            // verb, ended by a verbal noun ("insani yardımın … ulaştırılmasını talep
            // etti").
            if sov && in_content_of_later_cue(cx, &in_sentence, cue_match.end, &cue_clause) {
                continue;
            }
            // Turkic languages put the marker after the noun ("кездесу барысында",
            // "təbriki üçün"): whatever it follows is told elsewhere or is a reason.
            if sov && postposed_reference(cx, cue_match.end) {
                continue;
            }
            // So is a cue in the genitive, the possessor of a short phrase the
            // marker closes ("құтқарушылардың жедел іс-қимылы үшін алғыс").
            let genitive = || {
                lang.genitive_suffixes
                    .iter()
                    .any(|g| cue_match.suffix.ends_with(g.as_str()))
            };
            if sov
                && genitive()
                && (cue_match.end + 1..=cue_match.end + POSSESSED_PHRASE_WORDS)
                    .take_while(|&t| sentence.tokens.contains(&t))
                    .any(|t| postposed_reference(cx, t))
            {
                continue;
            }
            // So is a cue inside a clause the marker closes before the sentence's own
            // verb cue ("гуманитарлық жүкті Газаға жеткізуге … келісім бергені үшін
            // алғыс айтты": the aid is what the thanks are for).
            // The cue is a noun in some case: a verb's converb ("ziyaret ederek")
            // carries the clause on.
            let event_cue_from = |from: usize| {
                in_sentence
                    .iter()
                    .filter(|c| matches!(c.payload, CueRef::Event(_)))
                    .map(|c| c.start)
                    .find(|&s| s >= from)
            };
            let next_cue = || event_cue_from(cue_match.end + 1);
            if sov
                && !cue_match.suffix.is_empty()
                && !lang.is_converb(cue_match.suffix)
                && next_cue().is_some_and(|next| {
                    (cue_match.end..next.min(cue_match.end + REASON_CLAUSE_WORDS))
                        .take_while(|&t| cx.tokens[t].gap != Gap::Punct)
                        .any(|t| postposed_reference(cx, t))
                })
            {
                continue;
            }
            // A noun cue in the dative before another cue of its clause is whom
            // that act is toward ("… iştirak edən azərbaycanlı xilasedicilərə …
            // minnətdarlığını ifadə edib": the rescuers are thanked).
            if sov
                && !lang.is_converb(cue_match.suffix)
                && lang
                    .target_suffixes
                    .iter()
                    .any(|s| cue_match.suffix.ends_with(s.as_str()))
                && event_cue_from(cue_match.end).is_some_and(|next| {
                    (cue_match.end..=next).all(|t| cx.tokens[t].gap != Gap::Punct)
                })
            {
                continue;
            }
            // So does the locative case on a noun cue ("görüşmede", in the talks); the
            // ending may close a longer tail after a prefix pattern's stem ("görüş-mede").
            // A participle dating it before it tells which meeting, one of its
            // own ("oktyabrın 26-da keçirilmiş görüşdə"), where "Caparov ve
            // Rahman ile yapılan görüşmelerde" refers to the calls told.
            let described = || {
                cue_match.start > 1
                    && listed(
                        &lang.attributive_participles,
                        cx.tokens[cue_match.start - 1].fold.as_str(),
                    )
                    && cx.dates.iter().any(|d| d.end == cue_match.start - 1)
            };
            if cue.weak
                && sov
                && lang
                    .location_suffixes
                    .iter()
                    .any(|l| cue_match.suffix.ends_with(l.as_str()))
                && !described()
            {
                continue;
            }
            // A hosting verb as a participle before a noun that names no one is
            // another sense of the verb ("AŞPA-nın … qəbul etdiyi qərar", the
            // decision PACE adopted).
            if sov
                && cue.subject.as_deref() == Some("target")
                && lang.is_relative_participle(&cx.tokens[cue_match.end - 1].fold)
                && cx.tokens.get(cue_match.end).is_some_and(|t| {
                    t.sentence == cx.tokens[cue_match.start].sentence
                        && t.gap == Gap::Space
                        && !t.is_capitalized()
                        && !listed(&lang.guest_objects, t.fold.as_str())
                })
                && !groups.iter().any(|g| g.first == cue_match.end)
            {
                continue;
            }
            let Some(mut ev) = build() else {
                continue;
            };
            let done = status.is_none();
            ev.status = status.unwrap_or_else(|| "occurred".into());
            let future = kb.is_future(&ev.status);
            if cue.symmetric {
                meeting_at_home_is_a_visit(kb, &mut ev);
            }
            let of_the_cause = |(d, _): &(PartialDate, bool)| {
                kb.event_type(cue.event_type.get_ref())
                    .is_some_and(|r| r.coarse_date_is_cause)
                    && d.day.is_none()
                    && story.is_some_and(|story| {
                        let earlier = match d.month {
                            Some(_) => months_after(&story, d).is_some_and(|n| n > 0),
                            None => an_earlier_year(d),
                        };
                        story.day.is_some() && earlier
                    })
            };
            // A year after the publication's is no date of an act told as done
            // ("razılığa gəliblər" on holding the next round "gələn il"): it
            // dates what was agreed.
            let in_a_later_year = |(d, _): &(PartialDate, bool)| {
                d.month.is_none()
                    && d.year
                        .zip(cx.published.and_then(|p| p.year))
                        .is_some_and(|(y, p)| y > p)
            };
            // An event still to come is in the later month its sentence names
            // after its verb, not on the day the plan was told ("will travel
            // to Kazakhstan next month, … told a news conference on Tuesday").
            let before_the_plan = |(d, _): &(PartialDate, bool)| {
                future
                    && later_date.is_some_and(|(l, _)| months_after(&l, d).is_some_and(|n| n > 0))
            };
            let own_date = sentence_date
                .filter(|d| !before_the_plan(d))
                .filter(|_| !(done && date_to_come))
                .filter(|d| !(done && in_a_later_year(d)))
                .filter(|d| !(done && of_the_cause(d)))
                .or(later_date.filter(|_| future))
                .or(past_year.filter(|d| done && !of_the_cause(d)));
            // The story's day dates acts told as done, and events still to come
            // only when it is itself the day of one ("noyabrın 6-da … iştirak
            // edəcək", then the talks planned there). An invitation accepted at
            // talks held today is a visit with no day yet.
            let story_date = narrative_date.filter(|_| future == narrative_to_come);
            if let Some((d, explicit)) = own_date.or(day_before).or(story_date) {
                ev.date = Some(d);
                ev.date_from = if explicit && own_date.is_some() {
                    DateFrom::Stated
                } else {
                    DateFrom::Narrative
                };
            } else if !future {
                ev.date = cx.published;
            }
            // "will receive … on Friday": an event still to come is on the
            // weekday's next day, where a past one was on its last.
            if let (true, Some(d), Some(p)) = (future || planned_then_off, ev.date, cx.published) {
                let by_weekday = sentence_dates.iter().any(|x| x.weekday && x.value == d);
                if by_weekday && d.days_since(&p).is_some_and(|n| n < 0) {
                    ev.date = d
                        .to_naive()
                        .map(|n| PartialDate::from_naive(n + chrono::Duration::days(7)));
                }
                // So is a month named without its year ("will visit in April",
                // "посетит 5 апреля", written in October): next year's.
                // A few weeks before publication is a late report, not next year.
                let long_before = match d.day {
                    Some(_) => d
                        .days_since(&p)
                        .is_some_and(|n| n < -PLANNED_LATE_REPORT_DAYS),
                    None => months_after(&d, &p).is_some_and(|n| n < -1),
                };
                if long_before && year_guessed(&sentence_dates, &d) {
                    ev.date = Some(d.years_later(1));
                }
            }
            // An event told as done is not after the publication: a month named
            // without its year ("в декабре встретились", written in August) is
            // the last one before it, where the nearest would be next December.
            // A denial may be of something still to come, and keeps its date.
            if let (true, Some(d), Some(p)) = (done, ev.date, cx.published) {
                let after = match d.day {
                    Some(_) => d
                        .days_since(&p)
                        .is_some_and(|n| n > PAST_EVENT_AFTER_PUBLICATION_DAYS),
                    None => months_after(&d, &p).is_some_and(|n| n > 0),
                };
                if after && year_guessed(&sentence_dates, &d) {
                    ev.date = Some(d.years_later(-1));
                }
            }
            // An act told as done in an earlier year written out, with no month
            // or day, is background ("в 2018 году между странами было подписано
            // более 116 документов", "2014-cü ildə imzalanıb"), not news: the
            // gold conventions make such recollections optional. (A year told
            // relative to the story's, "geçen yılın sonunda göreve gelen", may
            // date a clause of its own.)
            let background = ev.date.is_some_and(|d| {
                an_earlier_year(&d)
                    && sentence_dates
                        .iter()
                        .any(|x| x.explicit_year && x.value == d)
            });
            if done && background {
                continue;
            }
            let rules = kb.event_type(&ev.event_type);
            ev.topics = if rules.is_some_and(|r| r.document_topics) {
                doc_topics.clone()
            } else {
                topics_in(cx, &cues, range.clone())
            };
            if signing(kb, &ev) {
                ev.documents = signed_documents(cx, sentence, cue_match.start, cue_match.end, sov);
            }
            ev.evidence = vec![(sentence.start, sentence.end)];
            seen_types.push((ev.event_type.clone(), ev.mode.clone()));
            told_done |= !future;
            story_told = true;
            let clause =
                crate::link::clause_around(cx.tokens, cx.chars, cue_match.start, cue_match.end);
            // "the two sides" told with no other actor are both parties; told
            // after the cue of a known actor ("приветствовал … волю руководства
            // обеих стран"), they are whom the act is toward.
            ev.parties =
                ev.target.is_empty()
                    && cx.linked.party_word_starts.iter().any(|p| {
                        clause.contains(p) && (ev.source.is_empty() || *p >= cue_match.end)
                    });
            let visit = kb
                .event_type(&ev.event_type)
                .is_some_and(|r| EventTypeRules::is(&r.visit_mode, &ev.mode));
            if !ev.split_targets.is_empty() {
                for actor in std::mem::take(&mut ev.split_targets) {
                    let mut one = ev.clone();
                    if ev.split_sources {
                        one.source = actor;
                    } else {
                        // A trip to three countries: each visit is where its host is.
                        if one
                            .location
                            .0
                            .as_ref()
                            .is_some_and(|c| !actor.countries.contains(c))
                        {
                            let host = actor.countries.first().cloned().filter(|_| visit);
                            one.location = (host, None);
                        }
                        one.target = actor;
                        drop_shared_countries(&mut one.source, &mut one.target);
                    }
                    events.push(one);
                }
                continue;
            }
            if visit && ev.status == "occurred" && !ev.source.is_empty() {
                guest = Some(ev.source.clone());
            }
            if ev.source.is_empty() || ev.target.is_empty() {
                let one_side_missing = !(ev.source.is_empty() && ev.target.is_empty());
                if !(one_side_missing && unknown_subject(cx, sentence, cue_match.start)) {
                    pending.push(ev);
                }
            } else {
                events.push(ev);
            }
        }
        // Only a day carries on to the next sentences: a month alone is more often
        // background ("ötən ilin noyabrında COP29-un təşkili") than the story's date.
        // A day counted back from the story's ("накануне") is a look back: the
        // story stays on its day.
        if sentence_date.is_some_and(|(d, _)| d.day.is_some())
            && story_moves
            && !seen_types.is_empty()
            && !recalls(cx, sentence)
        {
            narrative_date = sentence_date;
            narrative_from_dateline = false;
            narrative_to_come = !told_done;
        }
        (day_before, day_before_alone) = if seen_types.is_empty() {
            (stated_day(), states_one_day())
        } else {
            (None, false)
        };
        // So is that of a lead whose cue told no event ("… dünən … ikitərəfli
        // görüşlər keçirib", meetings with no one named).
        if seen_types.is_empty() && lead(cx, sentence) {
            take_lead_day(
                &mut narrative_date,
                &mut narrative_from_dateline,
                stated_day(),
                lead_day(),
            );
        }
    }

    caller_by_initiative(cx, &mut events);

    let main = main_dyad(kb, &events);
    for mut ev in pending {
        let Some((a, b)) = &main else { continue };
        // Only what a report leaves implicit is filled in: the parties of a signing
        // or a meeting told without names, or the counterpart of thanks and praise
        // (events.toml says which types).
        let rules = kb.event_type(&ev.event_type);
        let signing = signing(kb, &ev);
        let (source_was_empty, target_was_empty) = (ev.source.is_empty(), ev.target.is_empty());
        let filled = if ev.source.is_empty() && ev.target.is_empty() {
            if ev.parties || signing || rules.is_some_and(|r| r.implicit_parties) {
                ev.source = a.clone();
                ev.target = b.clone();
                // "тогда президенты провели переговоры в Астане": of the two
                // parties of a visit, the host is the one at home.
                let visit = rules.is_some_and(|r| EventTypeRules::is(&r.visit_mode, &ev.mode));
                let at = |x: &Actor| {
                    ev.location
                        .0
                        .as_ref()
                        .is_some_and(|c| x.countries.contains(c))
                };
                if visit && at(&ev.source) && !at(&ev.target) {
                    std::mem::swap(&mut ev.source, &mut ev.target);
                }
                true
            } else {
                false
            }
        } else if ev.parties && outside_both(&ev.source, a, b) {
            // A third side's act toward both parties of the story: the EU
            // welcoming what they signed.
            ev.target = a.joined(b);
            true
        } else if !signing && !ev.counterpart_noun && rules.is_some_and(|r| r.named_counterpart) {
            false
        } else if ev.source.is_empty() {
            counterpart_told_before(kb, &events, &ev, &ev.target)
                .or_else(|| counterpart(&ev.target, a, b))
                .map(|other| ev.source = other)
                .is_some()
        } else {
            counterpart_told_before(kb, &events, &ev, &ev.source)
                .or_else(|| counterpart(&ev.source, a, b))
                .map(|other| ev.target = other)
                .is_some()
        };
        // "Pakistan'da … terör saldırısını kınayarak": the guessed counterpart
        // of a condemnation is not where the condemned act happened.
        let guessed_at_location = rules.is_some_and(|r| r.location_not_counterpart)
            && ev.location.0.as_ref().is_some_and(|c| {
                (source_was_empty && ev.source.countries.contains(c))
                    || (target_was_empty && ev.target.countries.contains(c))
            });
        // Nor one its known side deals with as a friend on the page: the attack
        // condemned in a call of condolence is no criticism of the bereaved.
        let friendly_kinds: &[String] = rules.map_or(&[], |r| &r.not_guessed_toward);
        let meets = |x: &Actor, y: &Actor| x.countries.iter().any(|c| y.countries.contains(c));
        let guessed_toward_friend = !friendly_kinds.is_empty()
            && (source_was_empty != target_was_empty)
            && events.iter().any(|e| {
                friendly_kinds
                    .iter()
                    .any(|k| *k == e.event_type || *k == e.mode)
                    && ((meets(&e.source, &ev.source) && meets(&e.target, &ev.target))
                        || (meets(&e.source, &ev.target) && meets(&e.target, &ev.source)))
            });
        if filled && !guessed_at_location && !guessed_toward_friend {
            ev.inferred = true;
            ev.confidence = (ev.confidence - 0.25).max(0.1);
            events.push(ev);
        }
    }
    // A side must say whom it stands for: a country or a body. An unknown
    // person whose title named no country ("Глава МИД Мака Ботчоришвили")
    // cannot be placed on the map of relations.
    // Unless a visit places them: "President Asif Ali Zardari received Aliyev"
    // in a story of Aliyev's visit to Pakistan is received in Pakistan, by the
    // other side of the story's main pair.
    if let Some((a, b)) = &main {
        for ev in events.iter_mut().filter(|e| {
            kb.event_type(&e.event_type)
                .is_some_and(|r| EventTypeRules::is(&r.visit_mode, &e.mode))
        }) {
            let (known, unplaced) = match (ev.source.is_placed(), ev.target.is_placed()) {
                (true, false) => (&ev.source, &ev.target),
                (false, true) => (&ev.target, &ev.source),
                _ => continue,
            };
            if unplaced.persons.is_empty() {
                continue;
            }
            let Some(other) = counterpart(known, a, b) else {
                continue;
            };
            let countries = other.countries;
            if ev.source.countries.is_empty() {
                ev.source.countries = countries;
            } else {
                ev.target.countries = countries;
            }
            ev.inferred = true;
            ev.confidence = (ev.confidence - 0.25).max(0.1);
        }
    }
    events.retain(|e| !overlapping_sides(e) && e.source.is_placed() && e.target.is_placed());
    events
}

/// The sentence's mode modifiers: each mode, its CAMEO code and where it is told.
fn modifiers_in(
    kb: &KnowledgeBase,
    in_sentence: &[&crate::lexicon::Match<'_, CueRef>],
) -> Vec<(String, String, usize)> {
    in_sentence
        .iter()
        .filter_map(|c| match c.payload {
            CueRef::Mode(m) => Some((
                kb.modifiers[*m as usize].mode.get_ref().clone(),
                kb.modifiers[*m as usize].cameo.clone(),
                c.start,
            )),
            _ => None,
        })
        .collect()
}

/// A side does not act on itself: a country named on both sides is context on
/// the side that names others as well (with the source first: a country named
/// with the source is context on the target side).
fn drop_shared_countries(src: &mut Actor, tgt: &mut Actor) {
    if !src.countries.is_empty() && tgt.countries.iter().any(|c| !src.countries.contains(c)) {
        tgt.countries.retain(|c| !src.countries.contains(c));
    } else if !tgt.countries.is_empty() && src.countries.iter().any(|c| !tgt.countries.contains(c))
    {
        src.countries.retain(|c| !tgt.countries.contains(c));
    }
}

/// The day a date expression names, and whether the story moves on to it.
/// `story_told`: an earlier sentence told an event; `story_day`: the day an
/// earlier sentence gave, if any. A word counted from the story's day
/// ("накануне вечером" after "Вчера … прошло совещание") counts from that day,
/// or from the publication when no sentence gave one, and looks back: the
/// story stays on its day. Opening the story, it counts from the publication
/// and dates the story; so it does after a sentence that dated the story on the
/// day of publication, where it reads as "yesterday" as well ("Лавров в среду
/// провел … Соболезнования накануне выразили и лидеры … Алиев позвонил").
fn from_story_day(
    d: &DateExpr,
    story_told: bool,
    story_day: Option<PartialDate>,
    published: Option<PartialDate>,
) -> (PartialDate, bool) {
    let Some(n) = d.story_shift.filter(|_| story_told) else {
        return (d.value, true);
    };
    match story_day.and_then(|day| day.to_naive()) {
        Some(day) => {
            let on_publication = published.and_then(|p| p.to_naive()) == Some(day);
            (
                PartialDate::from_naive(day + chrono::Duration::days(n)),
                on_publication,
            )
        }
        None => (d.value, false),
    }
}

/// Words a possessed noun phrase may run to after its possessor before the
/// postposition that closes it.
const POSSESSED_PHRASE_WORDS: usize = 3;

/// Words a reason or reference clause may hold after a cue before the marker
/// that closes it ("… Газаға жеткізуге жәрдемдесуге келісім бергені үшін").
const REASON_CLAUSE_WORDS: usize = 6;

/// Days before its publication that a report may date an event it calls still
/// to come (a late report) before the date is taken for next year's.
const PLANNED_LATE_REPORT_DAYS: i64 = 31;

/// Whether the sentence's date `d` was given without its year, which was guessed.
fn year_guessed(sentence_dates: &[&DateExpr], d: &PartialDate) -> bool {
    sentence_dates
        .iter()
        .any(|x| x.year_guessed && x.value == *d)
}

/// Months from `p` to `d`, counted by calendar month.
fn months_after(d: &PartialDate, p: &PartialDate) -> Option<i32> {
    let months = |x: &PartialDate| Some(x.year? * 12 + x.month? as i32);
    Some(months(d)? - months(p)?)
}

/// Days a past event may seem to fall after its report's publication before
/// its guessed year is taken for the year before: a page may be dated by when
/// it was first filed, or its date line misread, and a day a few weeks on is
/// likelier that than a year back.
const PAST_EVENT_AFTER_PUBLICATION_DAYS: i64 = 31;

/// Most words from a visit's participle to the head of the noun phrase it
/// describes ("келген Ауғанстан уақытша үкіметінің Сыртқы істер министрі").
const PARTICIPLE_NOUN_REACH: usize = 5;

/// Whether the sentence opens with a word in capitals and a colon
/// ("ISLAMABAD: …"), the way some papers write their dateline.
fn dateline_colon(cx: &EventContext<'_>, start: usize, end: usize) -> bool {
    let first = &cx.tokens[start];
    start + 1 < end
        && first.text.chars().count() >= 3
        && first.text.chars().all(char::is_uppercase)
        && cx.chars[first.end..cx.tokens[start + 1].start].contains(&':')
}

/// The group a relative clause holding token `at` follows: "Асадовым, который
/// находится у нас с визитом" is about Асадов. None when `at` is in no
/// relative clause or no actor ends right before it.
fn relative_clause_owner<'g>(
    cx: &EventContext<'_>,
    groups: &'g [Group],
    at: usize,
) -> Option<&'g Group> {
    let clause = crate::link::clause_around(cx.tokens, cx.chars, at, at + 1);
    if !opens_relative_clause(cx, &clause, at + 1) {
        return None;
    }
    groups
        .iter()
        .find(|g| g.last == clause.start && g.location.is_none() && !g.actor.is_empty())
}

/// Whether a relative pronoun ("который", "в которой") is among the first two
/// words of `clause`, before token `before`.
fn opens_relative_clause(
    cx: &EventContext<'_>,
    clause: &std::ops::Range<usize>,
    before: usize,
) -> bool {
    (clause.start..(clause.start + 2).min(before))
        .any(|t| listed(&cx.lang_data.relative_pronouns, cx.tokens[t].fold.as_str()))
}

/// A meeting of two named people in the country of one of them is the other's
/// visit to him: "Tokayev held separate talks with Aliyev" at the Astana
/// summit, or "подготовка встречи президентов Путина и Эрдогана, которая может
/// состояться в Сочи" (a session of a commission there stays a meeting, and so
/// does a meeting on the sidelines of a forum).
pub(crate) fn meeting_at_home_is_a_visit(kb: &KnowledgeBase, ev: &mut Event) {
    let Some(rules) = kb.event_type(&ev.event_type) else {
        return;
    };
    let (Some(visit_mode), Some(visit_cameo)) = (&rules.visit_mode, &rules.visit_cameo) else {
        return;
    };
    let Some(at) = ev.location.0.clone() else {
        return;
    };
    let gathering = rules.gathering_modes.contains(&ev.mode);
    let named = !ev.source.persons.is_empty() && !ev.target.persons.is_empty();
    let (in_src, in_tgt) = (
        ev.source.countries.contains(&at),
        ev.target.countries.contains(&at),
    );
    if ev.mode == *visit_mode || !gathering || !named || in_src == in_tgt {
        return;
    }
    // On the sidelines of a forum there it is still the forum's.
    if EventTypeRules::is(&rules.third_location_mode, &ev.mode) {
        return;
    }
    if in_src {
        std::mem::swap(&mut ev.source, &mut ev.target);
    }
    ev.mode = visit_mode.clone();
    ev.cameo = visit_cameo.clone();
}

/// `clause` and, when the clause after it opens with a relative pronoun or a
/// status marker ("…, который запланирован на октябрь", "…, scheduled for"),
/// that clause too (with a parenthetical after the pronoun, up to
/// [`RELATIVE_CLAUSE_PARTS`] parts): it says what became of the noun before it.
fn with_qualifying_clause(
    cx: &EventContext<'_>,
    in_sentence: &[&crate::lexicon::Match<'_, CueRef>],
    clause: &std::ops::Range<usize>,
) -> std::ops::Range<usize> {
    let end = clause.end;
    if end >= cx.tokens.len() || cx.tokens[end].sentence != cx.tokens[clause.start].sentence {
        return clause.clone();
    }
    let next = crate::link::clause_around(cx.tokens, cx.chars, end, end + 1);
    if in_sentence
        .iter()
        .any(|c| c.start == next.start && matches!(c.payload, CueRef::Status(_)))
    {
        return clause.start..next.end;
    }
    if !opens_relative_clause(cx, &next, next.end) {
        return clause.clone();
    }
    // A relative pronoun set off by a parenthetical ("которая, по данным СМИ,
    // может состояться") finds its predicate a clause or two further on.
    let mut span_end = next.end;
    for _ in 0..RELATIVE_CLAUSE_PARTS - 1 {
        if span_end >= cx.tokens.len()
            || cx.tokens[span_end].sentence != cx.tokens[clause.start].sentence
        {
            break;
        }
        span_end = crate::link::clause_around(cx.tokens, cx.chars, span_end, span_end + 1).end;
    }
    clause.start..span_end
}

/// `clause` run on to the end of the clause where an official's group begun
/// in it ends: the commas of a chain of titles ("встреча заместителя Председателя
/// Кабинета Министров, министра иностранных дел Рашида Мередова с …") are
/// inside one actor's name, and what follows the name is still the clause's.
fn through_appositions(
    cx: &EventContext<'_>,
    groups: &[Group],
    mut clause: std::ops::Range<usize>,
) -> std::ops::Range<usize> {
    while let Some(g) = groups
        .iter()
        .find(|g| g.has_head && clause.contains(&g.first) && g.last > clause.end)
    {
        clause.end = crate::link::clause_around(cx.tokens, cx.chars, g.last - 1, g.last).end;
    }
    clause
}

/// Whether a word of the group's one known person is written with one of
/// `endings` after a word of the name as the page's language spells it.
fn given_name_inflected(cx: &EventContext<'_>, g: &Group, endings: &[String]) -> bool {
    let Some(p) = g.actor.persons.first().and_then(|id| cx.kb.person(id)) else {
        return false;
    };
    let Some(names) = cx.kb.persons[p as usize].names.get(cx.lang) else {
        return false;
    };
    let words: Vec<String> = names
        .iter()
        .flat_map(|n| n.split_whitespace())
        .map(crate::segment::fold)
        .collect();
    cx.tokens[g.first..g.last].iter().any(|t| {
        words.iter().any(|w| {
            t.fold
                .strip_prefix(w.as_str())
                .is_some_and(|rest| endings.iter().any(|e| e == rest))
        })
    })
}

/// How many comma-set parts a relative clause that qualifies a noun cue may
/// run to: the pronoun's own, a parenthetical, and its predicate's.
const RELATIVE_CLAUSE_PARTS: usize = 3;

/// Whether `actor` is on `side` and not on `other`: by its persons when it
/// names any, else by its countries.
fn on_side(actor: &Actor, side: &Actor, other: &Actor) -> bool {
    if actor.persons.is_empty() {
        actor.countries.iter().any(|c| side.countries.contains(c))
            && !actor.countries.iter().any(|c| other.countries.contains(c))
    } else {
        actor.persons.iter().all(|p| side.persons.contains(p))
            && !actor.persons.iter().any(|p| other.persons.contains(p))
    }
}

/// Whether the sentence says its acts were done one by one ("принял … по
/// отдельности"): one of the language's `separately` phrases (folded at load),
/// word by word, as hyphens part words too (`жеке-жеке`).
fn told_separately(cx: &EventContext<'_>, sentence: &Sentence) -> bool {
    let words: Vec<&str> = cx.tokens[sentence.tokens.clone()]
        .iter()
        .map(|t| t.fold.as_str())
        .collect();
    cx.lang_data.separately.iter().any(|phrase| {
        let parts: Vec<&str> = phrase
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
            .collect();
        !parts.is_empty() && words.windows(parts.len()).any(|w| w == parts.as_slice())
    })
}

/// Whether the sentence recalls what came before the story: it has a verb of
/// a past before the story's (the language's `pluperfect_endings`).
/// "Prezident İlham Əliyev isə yanvarın 2-də … məktubu ünvanlamışdı" leaves
/// the story on its day, and "Görüşdən sonra … imzalayıblar" after it is dated
/// by the meeting, not by the letter recalled.
fn recalls(cx: &EventContext<'_>, sentence: &Sentence) -> bool {
    let endings = &cx.lang_data.pluperfect_endings;
    !endings.is_empty()
        && cx.tokens[sentence.tokens.clone()].iter().any(|t| {
            endings
                .iter()
                .any(|e| t.fold.len() > e.len() && t.fold.ends_with(e.as_str()))
        })
}

/// Whether a word list of the language data holds `word`.
fn listed(list: &[String], word: &str) -> bool {
    list.iter().any(|w| w == word)
}

/// Whether a topic word ("about", "о") stands between an earlier event cue of
/// the clause and `start`: what follows it is what that event was about. A
/// topic word before a date ("on Sunday") dates, and opens no topic; a cue
/// right after a conjunction is a verb of its own.
fn in_topic_of_earlier_cue(
    cx: &EventContext<'_>,
    cues: &[&crate::lexicon::Match<'_, CueRef>],
    start: usize,
    clause: &std::ops::Range<usize>,
) -> bool {
    let topic_before = &cx.lang_data.topic_before;
    let dated = |t: usize| cx.dates.iter().any(|d| d.start == t);
    // "held talks on trade and signed five agreements": a verb right after a
    // conjunction is a predicate of its own.
    let coordinated = start > 0
        && listed(
            &cx.lang_data.conjunctions,
            cx.tokens[start - 1].fold.as_str(),
        );
    !coordinated
        && cues.iter().any(|c| {
            matches!(c.payload, CueRef::Event(_))
                && c.end <= start
                && clause.contains(&c.start)
                && (c.end..start)
                    .any(|t| listed(topic_before, cx.tokens[t].fold.as_str()) && !dated(t + 1))
        })
}

/// Whether a cue of a type whose object is its content (a request, a demand)
/// stands before `start` in its clause with no conjunction between, which
/// would open a predicate of its own ("asked … and confirmed that he had
/// accepted an invitation to pay an official visit").
fn in_content_of_earlier_cue(
    cx: &EventContext<'_>,
    cues: &[&crate::lexicon::Match<'_, CueRef>],
    start: usize,
    clause: &std::ops::Range<usize>,
) -> bool {
    let conjunction_in = |from: usize| {
        (from..start).any(|t| listed(&cx.lang_data.conjunctions, cx.tokens[t].fold.as_str()))
    };
    cues.iter().any(|c| {
        c.end <= start
            && clause.contains(&c.start)
            && asks_for_content(cx, c)
            && !conjunction_in(c.end)
    })
}

/// Whether the words after a cue are as the cue requires (`when_followed_by`,
/// `unless_followed_by` in events.toml): "called on X to …" asks, "called on
/// X" alone pays a courtesy call. They are read to the end of the sentence,
/// past the commas of an apposition ("call on the international community,
/// including the Red Cross, to take …"), up to a relative pronoun, which
/// opens a predicate of someone else's ("…, who accepted an invitation to").
fn followed_as_required(cx: &EventContext<'_>, cue: &EventCue, end: usize) -> bool {
    let sentence = cx.tokens[end - 1].sentence;
    let follows = |words: &[String]| {
        cx.tokens[end..]
            .iter()
            .take_while(|t| {
                t.sentence == sentence && !listed(&cx.lang_data.relative_pronouns, t.fold.as_str())
            })
            .any(|t| listed(words, t.fold.as_str()))
    };
    cue.when_followed_by
        .get(cx.lang)
        .is_none_or(|words| follows(words))
        && !cue
            .unless_followed_by
            .get(cx.lang)
            .is_some_and(|words| follows(words))
}

/// Whether the cue is of a type whose object is its content (a request, a demand).
fn asks_for_content(cx: &EventContext<'_>, c: &crate::lexicon::Match<'_, CueRef>) -> bool {
    let CueRef::Event(i) = *c.payload else {
        return false;
    };
    cx.kb
        .event_type(cx.kb.cues[i as usize].event_type.get_ref())
        .is_some_and(|r| r.object_is_content)
}

/// Whether a cue of a type whose object is its content (a request, a demand)
/// follows `end` in its clause, after a verbal noun of the language's
/// `content_endings` that closes what it asks for, or right after the noun cue
/// ("insani yardım talebinde bulundu", asked for humanitarian aid): the noun
/// cue before is part of that content, no event of its own.
fn in_content_of_later_cue(
    cx: &EventContext<'_>,
    cues: &[&crate::lexicon::Match<'_, CueRef>],
    end: usize,
    clause: &std::ops::Range<usize>,
) -> bool {
    let endings = &cx.lang_data.content_endings;
    if endings.is_empty() {
        return false;
    }
    cues.iter().any(|c| {
        c.start >= end
            && clause.contains(&c.start)
            && asks_for_content(cx, c)
            && (c.start == end
                || (end..c.start).any(|t| {
                    let word = cx.tokens[t].fold.as_str();
                    endings.iter().any(|e| word.ends_with(e.as_str()))
                }))
    })
}

/// Whether an event cue ends at most one word before `start`, in the same clause.
fn governed_by_cue(
    cx: &EventContext<'_>,
    cues: &[&crate::lexicon::Match<'_, CueRef>],
    start: usize,
) -> bool {
    cues.iter().any(|c| {
        matches!(c.payload, CueRef::Event(i) if !cx.kb.cues[*i as usize].weak)
            && c.end <= start
            && start - c.end <= 1
            && crate::link::clause_around(cx.tokens, cx.chars, c.start, c.end).contains(&start)
    })
}

/// Whether the word at `tok` (right after a cue) is one of the language's reference
/// markers, in the same sentence: the postpositions of Turkic languages.
fn postposed_reference(cx: &EventContext<'_>, tok: usize) -> bool {
    cx.tokens.get(tok).is_some_and(|t| {
        t.sentence == cx.tokens[tok - 1].sentence
            && listed(&cx.lang_data.reference_markers, t.fold.as_str())
    })
}

/// Whether the word at `tok` (right before a noun cue) is a preposition or,
/// in a verb-medial language, a reference marker ("в ходе встречи"). A
/// verb-final language's markers are postpositions of the words before them:
/// "Respublika Günü münasibətilə təbrik məktubu" is a letter on the occasion
/// of a holiday, not a reference to one.
fn reference_marker(cx: &EventContext<'_>, tok: usize) -> bool {
    let lang = cx.lang_data;
    let word = cx.tokens[tok].fold.as_str();
    let marker_before = lang.syntax != "sov" && listed(&lang.reference_markers, word);
    if listed(&lang.prepositions, word) || marker_before {
        return true;
    }
    tok > 0 && listed(&lang.articles, word) && reference_marker(cx, tok - 1)
}

/// How far after the comitative preposition a counterpart's name may start
/// ("с главой МИД Ирана Аббасом": the title comes first).
const COUNTERPART_WORDS: usize = 4;

/// Whether a counterpart is named right after the noun cue ending before token
/// `end` ("в ходе телефонного разговора с главой МИД Ирана", "during a phone call
/// with"): the phrase then tells the event with its parties, not one told elsewhere.
fn counterpart_follows(cx: &EventContext<'_>, end: usize) -> bool {
    cx.tokens.get(end).is_some_and(|t| {
        t.sentence == cx.tokens[end - 1].sentence
            && listed(&cx.lang_data.target_prepositions, t.fold.as_str())
            && (end + 1..=end + COUNTERPART_WORDS).any(|w| {
                cx.tokens.get(w).is_some_and(|n| n.sentence == t.sentence)
                    && (!within(cx.mentions, |m| m.first, &(w..w + 1)).is_empty()
                        || cx.linked.counterpart_word_starts.contains(&w))
            })
    })
}

/// Whether "the two leaders" (or another word for the story's parties) stands
/// before token `cue` in its clause.
fn parties_before(cx: &EventContext<'_>, cue: usize) -> bool {
    let clause = crate::link::clause_around(cx.tokens, cx.chars, cue, cue + 1);
    cx.linked
        .party_word_starts
        .iter()
        .any(|&p| clause.contains(&p) && p < cue)
}

/// Whether the word before token `cue` is an article that follows no preposition
/// or reference word ("witnessed the signing", not "during the signing").
fn article_after_verb(cx: &EventContext<'_>, cue: usize) -> bool {
    cue >= 2
        && listed(&cx.lang_data.articles, cx.tokens[cue - 1].fold.as_str())
        && !reference_marker(cx, cue - 2)
}

/// The items (sorted by `key`) whose key falls in `range`: long documents stay
/// linear instead of scanning every item for every sentence.
fn within<'a, T>(
    items: &'a [T],
    key: impl Fn(&T) -> usize,
    range: &std::ops::Range<usize>,
) -> &'a [T] {
    let start = items.partition_point(|x| key(x) < range.start);
    let end = items.partition_point(|x| key(x) < range.end);
    &items[start..end.max(start)]
}

/// Whether a capitalized word that is no known mention stands before the cue in
/// its clause ("Представители Комитета поблагодарили"): an actor we cannot name,
/// so the missing side must not be guessed from the document's main pair.
fn unknown_subject(cx: &EventContext<'_>, sentence: &Sentence, cue: usize) -> bool {
    let clause = crate::link::clause_around(cx.tokens, cx.chars, cue, cue + 1);
    (clause.start..cue).any(|t| {
        let tok = &cx.tokens[t];
        t != sentence.tokens.start
            && tok.is_capitalized()
            && !tok.is_number()
            // "Қазақстан Үкіметі": a capitalised actor noun names no one new.
            && !cx.linked.actor_noun_starts.contains(&t)
            && !within(cx.mentions, |m| m.first, &(t.saturating_sub(8)..t + 1))
                .iter()
                .any(|m| m.first <= t && t < m.last)
            && !within(cx.dates, |d| d.start, &(t.saturating_sub(8)..t + 1))
                .iter()
                .any(|d| d.start <= t && t < d.end)
    })
}

/// "invited his counterpart", "mevkidaşını … davet etti": a counterpart noun in
/// the cue's clause, after the verb where the object follows it ("приглашение
/// коллеги приняли" has the colleagues for its subject).
fn counterpart_named_by_noun(
    cx: &EventContext<'_>,
    clause: &std::ops::Range<usize>,
    cue_tok: usize,
    sov: bool,
) -> bool {
    cx.linked
        .counterpart_word_starts
        .iter()
        .any(|&p| clause.contains(&p) && (sov || p > cue_tok))
}

/// Whether `side` belongs to neither party of the main pair `a`, `b`.
fn outside_both(side: &Actor, a: &Actor, b: &Actor) -> bool {
    let shares = |x: &Actor| x.countries.iter().any(|c| side.countries.contains(c));
    !shares(a) && !shares(b) && counterpart(side, a, b).is_none()
}

/// The other side of the main dyad, when `known` names one side of it.
fn counterpart(known: &Actor, a: &Actor, b: &Actor) -> Option<Actor> {
    // A side is known by its countries, or by its organisations when it has none
    // (the UN thanked after a meeting with its coordinator).
    let same = |x: &Actor, y: &Actor| {
        if x.countries.is_empty() {
            !x.orgs.is_empty()
                && y.countries.is_empty()
                && x.orgs.iter().all(|o| y.orgs.contains(o))
        } else {
            x.countries.iter().all(|c| y.countries.contains(c))
        }
    };
    if same(known, a) {
        Some(b.clone())
    } else if same(known, b) {
        Some(a.clone())
    } else {
        None
    }
}

/// The other party of the consultation told last before `ev`, when `known`
/// was one of its two sides, alone, on the same day: "Стипрайс, в свою
/// очередь, высоко оценил …" answers the talks just told, not the story's main
/// pair. A consultation of several parties, or of another day, says nothing.
fn counterpart_told_before(
    kb: &KnowledgeBase,
    events: &[Event],
    ev: &Event,
    known: &Actor,
) -> Option<Actor> {
    let at = ev.evidence.first()?.0;
    let last = events
        .iter()
        .filter(|e| {
            e.evidence.first().is_some_and(|&(start, _)| start < at)
                && !overlapping_sides(e)
                && kb
                    .event_type(&e.event_type)
                    .is_some_and(|r| r.names_main_pair)
        })
        .max_by_key(|e| e.evidence.first().map(|&(start, _)| start))?;
    // One country, or bodies and no country, on each side.
    let single = |a: &Actor| a.countries.len() + a.orgs.len().min(1) == 1;
    let same_day = last.date.is_some() && last.date == ev.date;
    if !(same_day && single(&last.source) && single(&last.target)) {
        return None;
    }
    counterpart(known, &last.source, &last.target)
}

/// Whether the event is of its type's signing mode (events.toml), in which the
/// documents signed are listed.
fn signing(kb: &KnowledgeBase, ev: &Event) -> bool {
    kb.event_type(&ev.event_type)
        .is_some_and(|r| EventTypeRules::is(&r.signing_mode, &ev.mode))
}

/// The document's main pair of actors: the sides of its first consultation with
/// countries on both sides, else of its first event with countries on both
/// sides, else of its first consultation with an organisation (a minister
/// meeting the UN's coordinator).
fn main_dyad(kb: &KnowledgeBase, events: &[Event]) -> Option<(Actor, Actor)> {
    let with_countries =
        |e: &&Event| !e.source.countries.is_empty() && !e.target.countries.is_empty();
    let names_main_pair = |e: &&Event| {
        kb.event_type(&e.event_type)
            .is_some_and(|r| r.names_main_pair)
    };
    events
        .iter()
        .filter(with_countries)
        .find(names_main_pair)
        .or_else(|| events.iter().find(with_countries))
        .or_else(|| {
            events
                .iter()
                .filter(|e| e.source.is_placed() && e.target.is_placed())
                .find(names_main_pair)
        })
        .map(|e| (e.source.clone(), e.target.clone()))
}

/// "Разговор состоялся по инициативе германской стороны", "Телефон әңгімесі
/// неміс тарапының бастамасымен өтті": the side whose initiative the page
/// names is the caller of the last call told up to there.
fn caller_by_initiative(cx: &EventContext<'_>, events: &mut [Event]) {
    let remote = |e: &Event| {
        cx.kb
            .event_type(&e.event_type)
            .is_some_and(|r| EventTypeRules::is(&r.remote_mode, &e.mode))
    };
    // Reports already turned by the initiative told for their call: a later
    // call's initiative does not turn them again (an undated headline).
    let mut settled = vec![false; events.len()];
    for span in &cx.linked.initiative_spans {
        let Some(sentence) = cx.sentences.get(cx.tokens[span.start].sentence as usize) else {
            continue;
        };
        let groups = groups_in(cx, sentence.tokens.clone(), &[], &[]);
        let side = groups.iter().find(|g| names_initiator(cx, g, span));
        let Some(initiator) = side.and_then(|g| g.actor.countries.first()) else {
            continue;
        };
        let told_before = |e: &Event| {
            remote(e)
                && e.evidence
                    .first()
                    .is_some_and(|&(s, _)| s <= sentence.start)
        };
        let Some(last_call) = events.iter().rposition(told_before) else {
            continue;
        };
        // Of the calls one sentence tells ("с Даром и Джайшанкаром"), the one
        // to the initiator's side.
        let told_with_it = |e: &Event| {
            told_before(e)
                && e.evidence.first() == events[last_call].evidence.first()
                && e.target.countries.contains(initiator)
        };
        let last_call = events.iter().rposition(told_with_it).unwrap_or(last_call);
        // Its other reports (the headline's, the lead's) are the same call:
        // they turn with it, or fusion would keep the first one's direction.
        let pair = |e: &Event| {
            let mut sides = [e.source.countries.clone(), e.target.countries.clone()];
            sides.sort();
            sides
        };
        let last_pair = pair(&events[last_call]);
        let last_date = events[last_call].date;
        for (call, settled) in events[..=last_call].iter_mut().zip(settled.iter_mut()) {
            // (A call of the same pair on another stated day is another call.)
            let same_call =
                call.date == last_date || (call.date_from != DateFrom::Stated && !*settled);
            if !(told_before(call) && pair(call) == last_pair && same_call) {
                continue;
            }
            *settled = true;
            if call.target.countries.contains(initiator)
                && !call.source.countries.contains(initiator)
            {
                std::mem::swap(&mut call.source, &mut call.target);
            }
        }
    }
}

/// Whether `g` is the side an initiative phrase names: it stands after the
/// phrase ("по инициативе германской стороны"), or before it in the genitive
/// in verb-final languages, where its actor noun may follow it ("неміс
/// тарапының бастамасымен").
fn names_initiator(cx: &EventContext<'_>, g: &Group, span: &std::ops::Range<usize>) -> bool {
    if cx.lang_data.syntax == "sov" {
        g.last == span.start
            || (g.last + 1 == span.start && cx.linked.actor_noun_starts.contains(&g.last))
    } else {
        g.first >= span.end && g.first <= span.end + 1
    }
}

fn overlapping_sides(e: &Event) -> bool {
    let same_countries = !e.source.countries.is_empty() && e.source.countries == e.target.countries;
    let same_persons = !e.source.persons.is_empty() && e.source.persons == e.target.persons;
    let same_orgs = e.source.countries.is_empty()
        && !e.source.orgs.is_empty()
        && e.source.orgs == e.target.orgs;
    same_countries || same_persons || same_orgs
}

#[allow(clippy::too_many_arguments)]
fn build_event(
    cx: &EventContext<'_>,
    cue: &EventCue,
    cue_tok: usize,
    cue_end: usize,
    sentence: &Sentence,
    groups: &[Group],
    modifiers: &[(String, String, usize)],
    sov: bool,
    guest: Option<&Actor>,
) -> Option<Event> {
    let lang = cx.lang_data;
    let event_type = cue.event_type.get_ref();
    let rules = cx.kb.event_type(event_type);
    let target_preps = &lang.target_prepositions;
    let target_suffixes = &lang.target_suffixes;
    let topic_before = &lang.topic_before;
    let genitive = &lang.genitive_suffixes;
    let accusative = &lang.accusative_suffixes;
    let possessive = &lang.possessive_suffixes;

    // Actors come from the cue's own clause; when that clause has no subject, from
    // the sentence's opening clause (a participle or "что" clause sits between).
    let clause = through_appositions(
        cx,
        groups,
        crate::link::clause_around(cx.tokens, cx.chars, cue_tok, cue_end),
    );
    // A dateline set off by a colon ("ISLAMABAD: Chairman of the Senate …")
    // does not open the clause.
    let opens_at = sentence.tokens.start
        + usize::from(dateline_colon(
            cx,
            sentence.tokens.start,
            sentence.tokens.end,
        ));
    let opening = crate::link::clause_around(cx.tokens, cx.chars, opens_at, opens_at + 1);
    let usable = |g: &&Group| g.location.is_none() && !g.weak && !g.actor.is_empty();
    let mut actors: Vec<&Group> = groups
        .iter()
        .filter(usable)
        .filter(|g| clause.contains(&g.first))
        .collect();
    // "по инициативе израильской стороны состоялся телефонный разговор Путина
    // с … Нетаньяху": the side whose initiative it was is no third party; the
    // call's direction is settled by `caller_by_initiative`. Only where the
    // clause names both parties besides.
    let initiator = |g: &&Group| {
        cx.linked
            .initiative_spans
            .iter()
            .any(|span| names_initiator(cx, g, span))
    };
    if actors.iter().filter(|g| !initiator(g)).count() >= 2 {
        actors.retain(|g| !initiator(g));
    }
    // The actors listed before the clause take the part of the coordination
    // they open: in "…, Şahbaz Şerif, Katar Emiri … ve … Tokayev ile
    // telefonda görüştü" all three are called.
    let list: Option<(usize, &Group)> = prepend_listed_before(cx, groups, &mut actors);
    if !sov {
        append_listed_after(cx, groups, &mut actors, &clause, sentence.tokens.end);
    }
    // "Sadyr Japarov, Recep Tayyip Erdogan hold talks": in a headline a comma
    // joins the two parties of a symmetric act.
    if list.is_none() && cue.symmetric && !sov {
        let first = actors.first().copied();
        let named_before = first.and_then(|first| {
            let k = groups.iter().position(|g| std::ptr::eq(g, first))?;
            let before = groups.get(k.checked_sub(1)?)?;
            (first.has_person
                && before.has_person
                && first.first < cue_tok
                && comma_apart(cx, before, first)
                && usable(&before))
            .then_some(before)
        });
        if let Some(before) = named_before {
            actors.insert(0, before);
        }
    }
    let list_lead = list.map(|(_, lead)| lead);
    let listed_before =
        |g: &Group| list.is_some_and(|(from, lead)| (from..lead.first).contains(&g.first));
    // "МИД Грузии вызвал посла ЕС и обвинил его …": in a verb-medial language,
    // a group between a subject and a conjunction before the cue, set off from
    // the subject by words (the first verb), is that verb's object, and the cue's
    // verb shares the subject.
    let is_conjunction = |t: usize| listed(&lang.conjunctions, cx.tokens[t].fold.as_str());
    // "Байрамов, в свою очередь, проинформировал кыргызскую сторону о ходе
    // переговоров … и поблагодарил Бишкек": with a conjunction right before the
    // cue, everything from the first verb's object to it is that verb's.
    let first_group_start = groups
        .iter()
        .filter(usable)
        .find(|p| clause.contains(&p.first) || opening.contains(&p.first))
        .map(|p| p.first);
    // (An adverb may stand between: "и также поблагодарил"; a name may not:
    // "Aref and Psaki signed" is one subject.)
    let conjunction_before_cue = (cue_tok.saturating_sub(2)..cue_tok).find(|&t| {
        cx.tokens[t].sentence == cx.tokens[cue_tok].sentence
            && is_conjunction(t)
            && (t + 1..cue_tok).all(|w| !cx.tokens[w].is_capitalized())
    });
    let object_of_first_verb = |g: &Group| -> bool {
        // (In a verb-final language "ile" after a name is the postposition that
        // marks the cue's counterpart, "Şerif ile telefonda görüşerek".)
        let conj_after = g.last < cue_tok
            && cx.tokens[g.last].sentence == cx.tokens[cue_tok].sentence
            && is_conjunction(g.last)
            && !(sov && g.postposed_target);
        let before_cue_conjunction = !sov && conjunction_before_cue.is_some_and(|c| g.last <= c);
        (conj_after
            && groups.iter().filter(usable).any(|p| {
                p.last < g.first
                    && clause.contains(&p.first)
                    && !(p.last..g.first).any(is_conjunction)
                    && !breaks_between(cx, p.last, g.first)
            }))
            || (before_cue_conjunction
                && groups.iter().filter(usable).any(|p| {
                    // The subject, the clause's or the sentence's first actor:
                    // set off from the object by more than a conjunction
                    // ("Байрамов и Кулубаев провели … и подписали" share it).
                    Some(p.first) == first_group_start
                        && p.last < g.first
                        && (p.last..g.first).any(|t| !is_conjunction(t))
                }))
    };
    // "иранского министра принял … Путин": in a verb-medial language an actor
    // named by a country adjective in the accusative is the object, whatever
    // the word order (a name's ending is not read so: "Захарова" is nominative).
    // So is a known person whose name carries an accusative ending before a
    // hosting verb ("Масуда Пезешкиана принял … Бердымухамедов"): the name's
    // own form is its nominative.
    // The ending may sit on the given name alone, before an indeclinable
    // surname ("Романа Василенко принял … Кулубаев").
    let hosting = cue.subject.as_deref() == Some("target");
    let known_person_before = |g: &Group| hosting && g.has_person && g.actor.persons.len() == 1;
    let accusative_before = |g: &Group| {
        g.first < cue_tok
            && ((g.noun_headed && !g.has_head && accusative.contains(&g.suffix))
                || (known_person_before(g)
                    && (accusative.contains(&g.suffix) || given_name_inflected(cx, g, accusative))))
    };
    // Whether a group is the cue's counterpart rather than its subject: after a
    // preposition, or marked by its case or a postposition.
    let is_target = |g: &Group| -> bool {
        let g = match list_lead {
            Some(lead) if listed_before(g) => lead,
            _ => g,
        };
        let after_prep = g.first > 0
            && target_preps
                .iter()
                .any(|p| *p == cx.tokens[g.first - 1].fold);
        if sov {
            let agent_of_passive = g.last == cue_tok
                && listed(&lang.agent_postpositions, cx.tokens[cue_tok].fold.as_str());
            let genitive_possessor =
                (!g.has_head || cue.doer_is_target) && genitive.contains(&g.suffix);
            let object = accusative.contains(&g.suffix)
                && !(g.ends_with_title && possessive.contains(&g.suffix));
            after_prep
                || agent_of_passive
                || g.postposed_target
                || genitive_possessor
                || object
                || target_suffixes.contains(&g.suffix)
                || g.first > cue_tok
        } else {
            let oblique_before = g.first < cue_tok && target_suffixes.contains(&g.suffix);
            after_prep
                || oblique_before
                || accusative_before(g)
                || g.first > cue_tok
                || object_of_first_verb(g)
        }
    };
    // The clause has its subject only if a group before the cue is not its
    // counterpart: in "Bayramov, Fidan'a teşekkür etti" the clause after the comma
    // holds only the one thanked, and the subject opens the sentence.
    let subject_before_cue = |g: &&Group| g.first < cue_tok && !is_target(g);
    // Where a missing subject is looked for: in SOV, all the clauses before the
    // cue's own ("İletişim Başkanlığından yapılan açıklamaya göre, Erdoğan,
    // Mirziyoyev'in … tebrik etti"); else the sentence's opening clause.
    let opening = if sov && opening.end <= clause.start {
        sentence.tokens.start..clause.start
    } else {
        opening
    };
    // In SOV languages a headed subject set off by a comma opens the sentence
    // ("Dışişleri Bakanlığı, İsrail'in … saldırılarını kınadı", "Erdoğan,
    // Mirziyoyev'in … Bayramı'nı tebrik etti"): in the clause after it, a bare
    // place ("başkent Şam çevresindeki") or a possessor in the genitive is no
    // subject of its own.
    let headed = |g: &Group| g.has_head || !g.actor.orgs.is_empty();
    let opening_subject = sov
        && opening.end <= clause.start
        && groups
            .iter()
            .filter(usable)
            .any(|g| opening.contains(&g.first) && headed(g) && !is_target(g));
    let has_subject = if opening_subject {
        actors
            .iter()
            .any(|g| subject_before_cue(g) && headed(g) && !genitive.contains(&g.suffix))
    } else {
        actors.iter().any(subject_before_cue)
    };
    let mut subject_after: Option<&Group> = None;
    if !has_subject && !sov && cue_tok == clause.start && clause.end < sentence.tokens.end {
        // "Поблагодарив Алиева за ..., Токаев назвал": an opening participle's
        // subject heads the next clause.
        let next = crate::link::clause_around(cx.tokens, cx.chars, clause.end, clause.end + 1);
        subject_after = groups
            .iter()
            .filter(usable)
            .find(|g| next.contains(&g.first) && g.has_head);
    }
    // "подготовка встречи президентов Владимира Путина и Реджепа Тайипа Эрдогана":
    // a noun of a meeting followed by its parties in the genitive names the
    // whole event; whoever speaks of it in the opening clause takes no part.
    let owners_follow = cue.weak
        && cue.symmetric
        && !sov
        && actors.iter().filter(|g| g.first >= cue_end).count() >= 2
        && actors.iter().all(|g| g.first >= cue_end)
        && actors.first().is_some_and(|g| {
            g.first <= cue_end + 1
                && !target_preps
                    .iter()
                    .any(|p| *p == cx.tokens[g.first - 1].fold)
        });
    if !has_subject && !owners_follow && opening.end <= clause.start {
        let mut before: Vec<&Group> = groups
            .iter()
            .filter(usable)
            .filter(|g| opening.contains(&g.first))
            .collect();
        // A relative clause ("… Арипов направил телеграмму Мишустину, в которой
        // выразил соболезнования") takes its actors from the clause before it.
        let relative = opens_relative_clause(cx, &clause, cue_tok);
        if before.is_empty() && relative && clause.start > sentence.tokens.start {
            let previous =
                crate::link::clause_around(cx.tokens, cx.chars, clause.start - 1, clause.start);
            before = groups
                .iter()
                .filter(usable)
                .filter(|g| previous.contains(&g.first))
                .collect();
        }
        before.append(&mut actors);
        actors = before;
    }
    // A noun cue opens an event when an official names it, or when the story's
    // parties are its subject ("the two leaders witnessed the signing").
    // An official's title whose country the sentence leaves to others counts
    // ("казахстанско-иранские консультации на уровне заместителей министров").
    let titled =
        |g: &Group| g.has_head && !g.weak && g.location.is_none() && clause.contains(&g.first);
    let officials_named =
        actors.iter().any(|g| g.has_head) || (actors.len() >= 2 && groups.iter().any(titled));
    if cue.weak && !officials_named && !parties_before(cx, cue_tok) {
        return None;
    }
    let mut source: Vec<&Group> = Vec::new();
    let mut target: Vec<&Group> = Vec::new();
    // With the subject in the opening clause, the cue's own clause names whom
    // the act is about.
    let clause_is_object = opening_subject && !has_subject;
    // In verb-final languages the clause ends with its verb: an actor after a
    // conjunction that follows a verb cue belongs to the next clause ("… kabul
    // edilemez olduğunu belirtti ve Katar'ın … çabalarını takdirle karşıladı").
    // A noun cue may open the clause ("Görüşmeye Fidan ve Bayraktar katıldı").
    // So does one after a converb, which closes its clause and carries the
    // sentence on ("suçlamaları reddederek Afganistan topraklarının … savundu").
    if sov && !cue.weak {
        let converb = lang.is_converb(&cx.tokens[cue_end - 1].fold);
        actors
            .retain(|g| g.first < cue_end || !(converb || (cue_end..g.first).any(is_conjunction)));
    }
    // The first verb's objects are the cue's counterpart only when the cue
    // names none of its own ("вызвал посла ЕС и обвинил его").
    let own_counterpart = actors.iter().any(|g| g.first > cue_tok);
    for g in &actors {
        if own_counterpart && g.first < cue_tok && object_of_first_verb(g) {
            continue;
        }
        if is_target(g) || (clause_is_object && clause.contains(&g.first) && g.first < cue_tok) {
            target.push(g);
        } else {
            source.push(g);
        }
    }
    // "передал Токаеву приглашение Президента Эрдогана": the noun's owner is
    // the subject, its receiver the counterpart, the messenger neither.
    if cue.owner_is_subject {
        let owner = if sov {
            actors
                .iter()
                .copied()
                .rfind(|g| g.last <= cue_tok && genitive.contains(&g.suffix))
        } else {
            let from = |t: usize| {
                t < cx.tokens.len()
                    && target_preps.iter().all(|p| *p != cx.tokens[t].fold)
                    && listed(&lang.prepositions, cx.tokens[t].fold.as_str())
            };
            actors
                .iter()
                .copied()
                .find(|g| g.first == cue_end || (g.first == cue_end + 1 && from(cue_end)))
        };
        if let Some(owner) = owner {
            target.retain(|g| !std::ptr::eq(*g, owner));
            source = vec![owner];
        }
    }
    // One person is no counterpart of himself: a title set off from his name
    // by a dash ("заместитель премьер-министра – министр иностранных дел …
    // Нуртлеу") is a group of its own that stands for the same holder.
    let mut seen: Vec<&String> = Vec::new();
    for side in [&mut source, &mut target] {
        side.retain(|g| {
            let again =
                !g.actor.persons.is_empty() && g.actor.persons.iter().all(|p| seen.contains(&p));
            seen.extend(&g.actor.persons);
            !again
        });
    }
    // Named people are the actors of a side; bare countries beside them are what
    // they talk about.
    // So is one named by an adjective in the accusative before the verb
    // ("иранского министра принял … Путин").
    for side in [&mut source, &mut target] {
        if side.iter().any(|g| g.has_head) {
            side.retain(|g| g.has_head || (!sov && accusative_before(g)));
        }
    }
    // "Salamlara görə minnətdarlığını bildirən Prezident İlham Əliyev …": the
    // actor a participle of the cue's verb describes is its subject.
    if sov {
        let participle = (cue_end.saturating_sub(1)..=cue_end + 1)
            .filter(|&t| {
                t < cx.tokens.len() && cx.tokens[t].sentence == cx.tokens[cue_tok].sentence
            })
            .find(|&t| listed(&lang.participles, cx.tokens[t].fold.as_str()));
        if let Some(p) = participle {
            // The described noun's own case belongs to the main clause: the guest
            // "Türkiye'ye resmi ziyarette bulunan … Zelenskiy'i" received is still
            // the one visiting.
            let visit = rules.is_some_and(|r| EventTypeRules::is(&r.visit_mode, &cue.mode));
            // Its noun phrase may open with the country ("Ауғанстан уақытша
            // үкіметінің Сыртқы істер министрі …"): the first headed group.
            let described = |g: &&Group| {
                let reach = if visit { PARTICIPLE_NOUN_REACH } else { 1 };
                g.first > p && g.first <= p + reach && (g.suffix.is_empty() || visit) && g.has_head
            };
            if let Some(pos) = target.iter().position(described) {
                let subject = target.remove(pos);
                target.append(&mut source);
                source = vec![subject];
            }
        }
    }
    if let Some(subject) = subject_after {
        source = vec![subject];
    }
    // "Президенту Токаеву позвонил Президент Путин": with the object before the verb,
    // the subject (no case ending) follows it.
    // So does "соболезнования индийскому коллеге … выразил министр … Нуртлеу":
    // a noun cue, its receiver in the dative, then the verb and its subject.
    if !sov && source.is_empty() {
        if let Some(pos) = target
            .iter()
            .position(|g| g.first > cue_tok && g.suffix.is_empty() && g.has_head)
        {
            let subject_first = target[pos].first;
            let receiver = actors
                .iter()
                .copied()
                .find(|g| g.first < subject_first && target_suffixes.contains(&g.suffix));
            if target.iter().any(|g| g.first < cue_tok) {
                source.push(target.remove(pos));
            } else if let Some(receiver) = receiver {
                // (Only when nothing else stands for the counterpart.)
                let others = target
                    .iter()
                    .any(|g| g.first != subject_first && !std::ptr::eq(*g, receiver));
                if !others {
                    source.push(target.remove(pos));
                    target = vec![receiver];
                }
            }
        }
    }
    // "сообщения о телефонном разговоре Путина с Трампом": a cue that is itself a
    // topic names its parties after it.
    if cue_tok > 0 && listed(topic_before, cx.tokens[cue_tok - 1].fold.as_str()) {
        let after: Vec<&Group> = actors
            .iter()
            .copied()
            .filter(|g| g.first > cue_tok)
            .collect();
        if !after.is_empty() {
            source = vec![after[0]];
            target = after[1..].to_vec();
        }
    }
    // "X and Y met …, hosted by Z": two named parties before a symmetric verb are
    // the event's two sides; whoever follows is a host or a topic.
    if cue.symmetric && source.len() >= 2 && source.iter().filter(|g| g.has_head).count() >= 2 {
        let rest = source.split_off(1);
        let with_prep: Vec<&Group> = target
            .iter()
            .copied()
            .filter(|g| {
                g.first > 0
                    && target_preps
                        .iter()
                        .any(|p| *p == cx.tokens[g.first - 1].fold)
            })
            .collect();
        target = rest;
        target.extend(with_prep);
    }
    // A host receives someone: "qəbul edib" with no named guest is acceptance, not
    // hosting. A guest told as "his counterpart" is the story's other party.
    // So is one told as "the guest" after a visit ("Həmin gün qonağı …
    // Prezident … qəbul edib").
    let counterpart_noun = !cue.weak && counterpart_named_by_noun(cx, &clause, cue_tok, sov);
    let guest_noun_in_clause = || {
        (clause.start..clause.end).any(|t| listed(&lang.guest_objects, cx.tokens[t].fold.as_str()))
    };
    let guest_told = guest.is_some() && guest_noun_in_clause();
    if cue.subject.as_deref() == Some("target")
        && !target.iter().any(|g| g.has_head || g.noun_headed)
        && !counterpart_noun
        && !guest_told
    {
        return None;
    }
    // "He thanked Qatar and Türkiye": objects after a directed verb are all its
    // counterparts; their subject is not among them.
    let objects_after_directed_verb =
        !sov && !cue.symmetric && target.iter().all(|g| g.first > cue_tok);
    // "высоко оценил посредничество Омана в контактах Ирана и США": a country
    // inside a prepositional phrase after the first of them is what the act is
    // about, and so is whatever is coordinated with it ("и США").
    if objects_after_directed_verb && target.len() >= 2 {
        // Every group counts for the chain, a possessor too weak to be an
        // actor ("Ирана") included.
        let first = target[0].first;
        let mut inside = false;
        let mut dropped: Vec<usize> = Vec::new();
        let mut previous_end = target[0].last;
        for g in groups
            .iter()
            .filter(|g| g.first > first && clause.contains(&g.first))
        {
            if phrase_opens_between(cx, previous_end, g.first) {
                inside = true;
            }
            if inside {
                dropped.push(g.first);
            }
            previous_end = g.last;
        }
        target.retain(|g| !dropped.contains(&g.first));
    }
    // "Гостя принял также спикер … Исмоилов": under a hosting verb the guest
    // noun is the one received, and the one named the host; under another
    // ("китайского гостя встретил премьер-министр Арипов") the one met.
    // The host may stand as the subject already ("qonağı … Prezident Şavkat
    // Mirziyoyev qəbul edib").
    let one_host =
        (source.is_empty() && target.len() == 1) || (target.is_empty() && source.len() == 1);
    let guest_received = guest.filter(|_| one_host && guest_told);
    if guest_received.is_some() && source.is_empty() {
        source = std::mem::take(&mut target);
    }
    // "Qonaq … təşəkkürünü bildirib", "Гость поблагодарил …": the guest of the
    // story's visit, named by the noun alone, is the subject.
    // The noun may open the sentence set off by a comma, and stays the subject
    // before a country that is no official ("Qonaq, həmçinin ölkəmizin
    // Ukraynaya göstərdiyi yardımı … yüksək qiymətləndirib": the country is what
    // is praised); but only of the verb that closes the clause, not of a noun
    // cue inside its object ("… göstərdiyi yardımı və …").
    let is_guest_noun = |t: &usize| listed(&lang.guest_nouns, cx.tokens[*t].fold.as_str());
    // (A noun cue is closed by its light verb: "təşəkkürünü çatdırıb,".)
    let clause_ends_at = |t: usize| {
        t >= cx.tokens.len()
            || cx.tokens[t].sentence != cx.tokens[cue_tok].sentence
            || cx.tokens[t].gap == Gap::Punct
    };
    let closes_clause = clause_ends_at(cue_end) || clause_ends_at(cue_end + 1);
    let opening_guest = Some(sentence.tokens.start).filter(|t| closes_clause && is_guest_noun(t));
    let guest_noun = (clause.start..cue_tok)
        .find(is_guest_noun)
        .or(opening_guest);
    let guest_opens = closes_clause
        && guest_noun.is_some_and(|t| {
            source.iter().all(|g| !g.has_head && g.first > t) && target.iter().all(|g| g.first > t)
        });
    let guest_subject =
        guest.filter(|_| guest_noun.is_some() && (source.is_empty() || guest_opens));
    if guest_subject.is_some() && !source.is_empty() {
        target.splice(0..0, std::mem::take(&mut source));
    }
    // With no subject, the first counterpart stands in for it; under a verb whose
    // subject is the host ("litvalı həmkarını Azərbaycana səfərə dəvət edib"),
    // that first counterpart is already the guest and the next the host.
    let role_subject = if source.is_empty() && guest_subject.is_none() {
        role_noun_antecedent(cx, sentence, cue_tok)
    } else {
        None
    };
    let mut counterpart_for_subject = false;
    if source.is_empty()
        && guest_subject.is_none()
        && role_subject.is_none()
        && target.len() >= 2
        && !objects_after_directed_verb
    {
        let first = target.remove(0);
        // (Only an object by its case or its place after the verb: a subject
        // read as a counterpart, "Премьер-министр Казахстана пригласил …", is
        // still the host.)
        counterpart_for_subject = if sov {
            accusative.contains(&first.suffix)
        } else {
            first.first > cue_tok
        };
        source.push(first);
    } else if target.is_empty() && source.len() >= 2 {
        target = source.split_off(1);
    }
    let mut src = merge_actors(&source);
    let mut tgt = merge_actors(&target);
    if let Some(g) = guest_subject {
        src = g.clone();
    }
    if let Some(g) = guest_received {
        tgt = g.clone();
    }
    if let Some(official) = role_subject {
        src = official;
    }
    // "Nazirlik AŞPA-nı … ittiham edib": the body named last is the subject,
    // and whoever the clause names is its counterpart.
    if let Some(body) = body_antecedent(cx, sentence, &clause, cue_tok) {
        let mut all = source.clone();
        all.extend(target.iter().copied());
        tgt = merge_actors(&all);
        src = body;
    }
    if src.is_empty() {
        if let Some(antecedent) = pronoun_antecedent(cx, sentence, &clause, cue_tok, sov) {
            src = antecedent;
        }
    }
    // An act told without its agent is the act of the official who reports it:
    // whatever he says he did ("Токаев сообщил, что провел разговор с Путиным"),
    // and a directed act said after it ("«Послу был заявлен протест», - написала
    // Захарова"), where a meeting told so is not the speaker's.
    if src.is_empty() {
        if let Some((speaker, first)) = reporting_official(cx, sentence, cue_tok) {
            if first || (!cue.symmetric && !tgt.is_empty()) {
                src = speaker;
            }
        }
    }
    // An international body on the target side beside the source's own country
    // alone: the country is what the body's act was about ("AŞPA-nın Azərbaycan
    // nümayəndə heyəti barədə qərarını rədd edib").
    let international = |id: &String| {
        cx.kb
            .org(id)
            .is_some_and(|o| cx.kb.organizations[o as usize].country.is_none())
    };
    if !tgt.orgs.is_empty()
        && tgt.orgs.iter().all(international)
        && !src.countries.is_empty()
        && tgt.countries.iter().all(|c| src.countries.contains(c))
    {
        tgt.countries.clear();
    }
    drop_shared_countries(&mut src, &mut tgt);
    if cue.subject.as_deref() == Some("target") && !counterpart_for_subject {
        std::mem::swap(&mut src, &mut tgt);
    }

    let mut mode = cue.mode.clone();
    let mut cameo = cue.cameo.clone();
    let location_group = groups.iter().find(|g| g.location.is_some());
    let mut location: (Option<String>, Option<String>) = location_group
        .and_then(|g| g.location.clone())
        .map(|(place, country)| (Some(country), place))
        .unwrap_or_default();
    let is = |role: fn(&EventTypeRules) -> &Option<String>, mode: &str| {
        rules.is_some_and(|r| EventTypeRules::is(role(r), mode))
    };
    if let Some(rules) = rules.filter(|r| !r.modes.is_empty()) {
        let venue = forum_venue(cx, groups);
        let rank = |x: &str| cx.kb.mode_rank(event_type, x);
        // A modifier applies to the types that list its mode. One of the cue's
        // own mode keeps the cue's code: "принял …, находящегося с визитом"
        // is the host's reception (043), not the guest's visit (042).
        // A call stays a call whatever it is about ("телефон шалып, сапар
        // бағдарламасын талқылаған": the visit is its topic).
        let remote_cue = is(|r| &r.remote_mode, &cue.mode);
        let mut modifier_at: Option<usize> = None;
        for (m, c, at) in modifiers
            .iter()
            .filter(|(m, ..)| rank(m).is_some() && !remote_cue)
        {
            if *m != cue.mode && (rank(m) > rank(&mode) || mode == cue.mode) {
                mode = m.clone();
                cameo = c.clone();
                modifier_at = Some(*at);
            }
        }
        let third_location = |mode: &mut String, cameo: &mut String| {
            if let (Some(m), Some(c)) = (&rules.third_location_mode, &rules.third_location_cameo) {
                *mode = m.clone();
                *cameo = c.clone();
            }
        };
        // "посетил посольство России в Ташкенте": a visit to a body seated
        // abroad is a meeting with it, wherever it is.
        let to_mission = target.iter().any(|g| {
            g.members.iter().any(|&k| {
                matches!(cx.linked.resolved[k], Resolved::NationalBody { template, .. }
                    if cx.kb.org_templates[template as usize].seated_abroad)
            })
        });
        if to_mission && is(|r| &r.visit_mode, &mode) {
            if let (Some(m), Some(c)) = (&rules.mission_mode, &rules.mission_cameo) {
                mode = m.clone();
                cameo = c.clone();
            }
        }
        let remote = is(|r| &r.remote_mode, &mode);
        if venue.is_some() && !remote {
            third_location(&mut mode, &mut cameo);
        }
        if location.0.is_none() {
            if let Some((place, country)) = venue {
                location = (Some(country), Some(place));
            }
        }
        if !remote {
            if let Some(loc) = location.0.clone() {
                let in_src = src.countries.contains(&loc);
                let in_tgt = tgt.countries.contains(&loc);
                let target_is_location = cue.target_is_location || rules.target_is_location;
                if target_is_location && tgt.is_empty() && !src.is_empty() && !in_src {
                    // "прибыл в Бишкек", "arrived in Kyrgyzstan": where no
                    // counterpart is named, the country visited is the host.
                    tgt.countries.push(loc);
                } else if !in_src
                    && !in_tgt
                    && (!src.countries.is_empty() || !tgt.countries.is_empty())
                {
                    third_location(&mut mode, &mut cameo);
                } else if cue.symmetric
                    && src.countries.len() + tgt.countries.len() >= 3
                    && src.persons.is_empty()
                    && tgt.persons.is_empty()
                {
                    // "The foreign ministers of Azerbaijan, Georgia and Türkiye met
                    // in Baku": of three parties or more, the host is one side and
                    // its guests the other.
                    let mut guests: Vec<String> = Vec::new();
                    for c in src.countries.iter().chain(&tgt.countries) {
                        if *c != loc {
                            push_unique(&mut guests, c);
                        }
                    }
                    src.countries = guests;
                    tgt.countries = vec![loc];
                } else if is(|r| &r.visit_mode, &mode) && in_src && !in_tgt {
                    // The visitor is the side away from home.
                    std::mem::swap(&mut src, &mut tgt);
                }
            } else if is(|r| &r.visit_mode, &mode) {
                // "провел переговоры с Асадовым, который находится … с
                // официальным визитом": a visit told in a relative clause is
                // the visit of whom the clause follows.
                let owner = modifier_at.and_then(|at| relative_clause_owner(cx, groups, at));
                if cue.symmetric && owner.is_some_and(|o| on_side(&o.actor, &tgt, &src)) {
                    std::mem::swap(&mut src, &mut tgt);
                }
                location = (tgt.countries.first().cloned(), None);
            }
        }
    }

    if is(|r| &r.remote_mode, &mode) {
        location = (None, None);
    }
    // Aid goes where it is sent ("в Турцию направлены").
    if (cue.target_is_location || rules.is_some_and(|r| r.target_is_location)) && tgt.is_empty() {
        if let Some(c) = location.0.clone() {
            tgt.countries.push(c);
        }
    }
    // The heads of the target side; where the target is a place, the countries
    // visited ("a trip to Kazakhstan, Uzbekistan and Mongolia").
    let visited =
        !cue.symmetric && rules.is_some_and(|r| EventTypeRules::is(&r.visit_mode, &cue.mode));
    let heads: Vec<&&Group> = target
        .iter()
        .filter(|g| (g.has_head || (visited && !g.weak)) && !g.actor.countries.is_empty())
        .collect();
    let distinct: std::collections::BTreeSet<&String> = heads
        .iter()
        .flat_map(|g| g.actor.countries.iter())
        .collect();
    // Guests received together ("received the credentials of the ambassadors of
    // …") are one reception; received "separately", one each, as are
    // counterparts met "ayrı ayrı".
    let guests_received = cue.subject.as_deref() == Some("target");
    let separately = || told_separately(cx, sentence);
    // A call joins two parties: one placed to leaders of several countries
    // ("провел телефонные переговоры с … Даром и … Джайшанкаром") is a call each.
    let one_line_each = is(|r| &r.remote_mode, &mode);
    let split_targets = if heads.len() >= 2
        && distinct.len() >= 2
        && ((!cue.symmetric && !guests_received) || one_line_each || separately())
    {
        heads.iter().map(|g| g.actor.clone()).collect()
    } else {
        Vec::new()
    };
    let both = !src.persons.is_empty() && !tgt.persons.is_empty();
    let confidence: f64 = 0.6
        + if both { 0.2 } else { 0.0 }
        + if !src.is_empty() && !tgt.is_empty() {
            0.1
        } else {
            0.0
        };
    Some(Event {
        event_type: cue.event_type.get_ref().clone(),
        mode,
        cameo,
        status: "occurred".into(),
        date: None,
        date_from: DateFrom::Published,
        source: src,
        target: tgt,
        location,
        topics: Vec::new(),
        documents: Vec::new(),
        confidence: confidence.min(0.95),
        evidence: Vec::new(),
        symmetric: cue.symmetric,
        inferred: false,
        parties: false,
        counterpart_noun,
        split_targets,
        split_sources: cue.subject.as_deref() == Some("target"),
    })
}

/// Whether a phrase of its own opens between the end of one group (exclusive)
/// and the start of the next: the nearest conjunction or preposition there is
/// a preposition ("в контактах", "между"), not coordinated with an earlier
/// phrase ("и с …"), and not a genitive one ("of") joining a possessor to its
/// noun.
fn phrase_opens_between(cx: &EventContext<'_>, end: usize, next: usize) -> bool {
    let lang = cx.lang_data;
    let word = |t: usize| cx.tokens[t].fold.as_str();
    let conjunction = |t: usize| listed(&lang.conjunctions, word(t));
    let opening = |t: usize| {
        listed(&lang.prepositions, word(t)) && !listed(&lang.genitive_prepositions, word(t))
    };
    (end..next)
        .rev()
        .find(|&t| conjunction(t) || opening(t))
        .is_some_and(|t| !(conjunction(t) || (t > end && conjunction(t - 1))))
}

fn merge_actors(groups: &[&Group]) -> Actor {
    let mut a = Actor::default();
    for g in groups {
        for p in &g.actor.persons {
            push_unique(&mut a.persons, p);
        }
        for c in &g.actor.countries {
            push_unique(&mut a.countries, c);
        }
        for o in &g.actor.orgs {
            push_unique(&mut a.orgs, o);
        }
    }
    a
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    if !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

/// A forum (a General Assembly session, a summit) named in the sentence: its venue.
fn forum_venue(cx: &EventContext<'_>, groups: &[Group]) -> Option<(String, String)> {
    for g in groups {
        for &mi in &g.members {
            if let Resolved::Org(o) = cx.linked.resolved[mi] {
                let org = &cx.kb.organizations[o as usize];
                if let Some(place) = org.venue.as_deref() {
                    let pi = cx.kb.place(place)?;
                    return Some((place.to_string(), cx.kb.places[pi as usize].country.clone()));
                }
            }
        }
    }
    None
}

/// "received the ambassadors of Kyrgyzstan, Georgia, Mongolia and Malaysia":
/// when the clause ends with an actor, the clauses after it that hold nothing
/// but actors (joined by conjunctions) continue its list, though commas end it.
fn append_listed_after<'g>(
    cx: &EventContext<'_>,
    groups: &'g [Group],
    actors: &mut Vec<&'g Group>,
    clause: &std::ops::Range<usize>,
    sentence_end: usize,
) {
    // A name the knowledge base does not know may close an actor ("Ambassador of
    // Georgia Levan Gogoberidze"): capitalised words only.
    let ends = |g: &Group, end: usize| (g.last..end).all(|t| cx.tokens[t].is_capitalized());
    if !actors
        .last()
        .is_some_and(|g| g.last <= clause.end && ends(g, clause.end))
    {
        return;
    }
    let conj = &cx.lang_data.conjunctions;
    let mut end = clause.end;
    while end < sentence_end {
        let next = crate::link::clause_around(cx.tokens, cx.chars, end, end + 1);
        let mut members: Vec<&Group> = groups
            .iter()
            .filter(|g| next.contains(&g.first) && g.location.is_none() && !g.weak)
            .collect();
        // The list's last clause may close on where it happened ("… and
        // Turkmen President Serdar Berdimuhamedov at the Palace of
        // Independence"); the list ends there, whatever the rest of the
        // clause names ("… and Uzbekistan in New Delhi for the meeting of
        // the India-Central Asia Dialogue").
        let place_after_at = members.iter().position(|g| {
            g.last < next.end
                && listed(
                    &cx.lang_data.location_prepositions,
                    cx.tokens[g.last].fold.as_str(),
                )
        });
        if let Some(k) = place_after_at {
            members.truncate(k + 1);
        }
        let place_after = place_after_at.is_some();
        let (Some(first), Some(last)) = (members.first(), members.last()) else {
            break;
        };
        let only_actors = first.first == next.start
            && last.last <= next.end
            && (ends(last, next.end) || place_after)
            && !members.iter().any(|g| g.actor.is_empty())
            && members.windows(2).all(|w| {
                let gap = w[0].last..w[1].first;
                // "… Казахстана и Туркменистана — Джейхуна Байрамова, …": the names
                // after a dash restate the list before it.
                let restated = gap.is_empty()
                    && groups::gap_chars(cx, w[0].last, w[1].first)
                        .iter()
                        .any(|&c| c == '—' || c == '–');
                let joined = gap
                    .clone()
                    .any(|t| listed(conj, cx.tokens[t].fold.as_str()));
                (joined || restated)
                    && gap.into_iter().all(|t| {
                        listed(conj, cx.tokens[t].fold.as_str()) || cx.tokens[t].is_capitalized()
                    })
            });
        if !only_actors {
            break;
        }
        actors.extend(members);
        if place_after {
            break;
        }
        end = next.end;
    }
}

/// "Рахмон, Жапаров и Мирзиёев подписали": a list of actors set off by commas
/// and closed by a conjunction is one coordination, though its commas open
/// clauses. When the clause's actors begin with such a coordination, the
/// actors listed before it, each followed by a bare comma, join them.
/// Returned: where the list begins, and the coordination's first group, whose
/// part the listed ones share.
fn prepend_listed_before<'g>(
    cx: &EventContext<'_>,
    groups: &'g [Group],
    actors: &mut Vec<&'g Group>,
) -> Option<(usize, &'g Group)> {
    let first = *actors.first()?;
    let k = groups.iter().position(|g| std::ptr::eq(g, first))?;
    // The coordination goes on with another actor, not a place ("Tajani ile
    // Brüksel'de": Turkish "ile" is both "and" and "with").
    let goes_on =
        |next: &Group| next.coordinated && next.location.is_none() && !next.actor.is_empty();
    if !groups.get(k + 1).is_some_and(goes_on) {
        return None;
    }
    let mut listed = Vec::new();
    let mut next = &groups[k];
    for g in groups[..k].iter().rev() {
        // A named official before a list of bare countries is its subject, set
        // off by a comma ("Fidan, ABD ve Avrupa Birliği'ne … çağrısında bulundu").
        let other_kind = g.has_head && !first.has_head;
        if !comma_apart(cx, g, next)
            || g.location.is_some()
            || g.weak
            || g.actor.is_empty()
            || other_kind
        {
            break;
        }
        listed.push(g);
        next = g;
    }
    let from = listed.last()?.first;
    listed.reverse();
    listed.append(actors);
    *actors = listed;
    Some((from, first))
}

/// "He thanked …", "Он поблагодарил …": a personal pronoun right before the
/// cue, in its clause, stands for the last person named before the sentence;
/// that person's actor group (with its title's country) is the subject. A
/// verb-final language opens the sentence with it, far from the verb ("O, …
/// yüksək qiymətləndirib").
fn pronoun_antecedent(
    cx: &EventContext<'_>,
    sentence: &Sentence,
    clause: &std::ops::Range<usize>,
    cue_tok: usize,
    sov: bool,
) -> Option<Actor> {
    let pronouns = &cx.lang_data.subject_pronouns;
    let is_pronoun = |t: usize| listed(pronouns, cx.tokens[t].fold.as_str());
    let from = cue_tok
        .saturating_sub(2)
        .max(clause.start)
        .max(sentence.tokens.start);
    // In a subject-first language the pronoun opening the sentence is also the
    // subject of a second predicate joined to the first ("He also said the
    // ceasefire had to be respected, and sharply criticised Israel").
    let coordinated =
        || (from..cue_tok).any(|t| listed(&cx.lang_data.conjunctions, cx.tokens[t].fold.as_str()));
    // (After the sentence's date: "Сол күні ол … кездесіп".)
    let in_date = |t: usize| cx.dates.iter().any(|d| d.start <= t && t < d.end);
    let first = sentence.tokens.clone().find(|&t| !in_date(t));
    let opens =
        first.is_some_and(|first| first < cue_tok && is_pronoun(first)) && (sov || coordinated());
    if !opens && (sov || !(from..cue_tok).any(is_pronoun)) {
        return None;
    }
    // The last person named, by name or by a title that names its holder
    // ("Моңғолия Президенті кеше Астанаға келген болатын. Сол күні ол …").
    let named = cx
        .mentions
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, m)| m.first < sentence.tokens.start)
        .filter(|&(i, _)| {
            let r = &cx.linked.resolved[i];
            r.is_person() || matches!(r, Resolved::Title(_))
        })
        .take(MAX_TITLES_BEFORE_PRONOUN);
    for (i, m) in named {
        let Some(its_sentence) = cx.sentences.get(cx.tokens[m.first].sentence as usize) else {
            continue;
        };
        let group = groups_in(cx, its_sentence.tokens.clone(), &[], &[])
            .into_iter()
            .find(|g| g.members.contains(&i));
        if let Some(g) = group.filter(|g| !g.actor.persons.is_empty()) {
            return Some(g.actor);
        }
    }
    None
}

/// Mentions looked back at for a pronoun's antecedent: a title that names no
/// one (a bare "министр") is passed over for the person before it.
const MAX_TITLES_BEFORE_PRONOUN: usize = 4;

/// The body a sentence's opening noun stands for ("Министерство …",
/// "Nazirlik …", "The ministry …", one of the language's `body_nouns` as the
/// sentence's first word, in the clause of the cue, before it): the last
/// national body (a ministry of one country, not an international body)
/// named before the sentence.
fn body_antecedent(
    cx: &EventContext<'_>,
    sentence: &Sentence,
    clause: &std::ops::Range<usize>,
    cue_tok: usize,
) -> Option<Actor> {
    let nouns = &cx.lang_data.body_nouns;
    let start = sentence.tokens.start;
    let opens = |words: usize| {
        let phrase: Vec<&str> = cx.tokens[start..(start + words).min(cue_tok)]
            .iter()
            .map(|t| t.fold.as_str())
            .collect();
        phrase.len() == words && listed(nouns, &phrase.join(" "))
    };
    if !clause.contains(&start) || !(opens(1) || opens(2)) {
        return None;
    }
    last_named_before(cx, start, |r| match r {
        Resolved::NationalBody { .. } => true,
        Resolved::Org(o) => cx.kb.organizations[*o as usize].country.is_some(),
        _ => false,
    })
}

/// Words an adverb takes before a bare title that opens a sentence.
const MAX_WORDS_BEFORE_ROLE_NOUN: usize = 2;

/// "Nazir qeyd edib …", "Министр подтвердил …": a bare title (one of the
/// language's `role_nouns`) opening the sentence (after its date or an adverb),
/// before the cue and with no name after it, stands for the first official of
/// its roles the story named: a ministry's release names its own minister
/// first, and the counterparts it names since are not "the minister".
fn role_noun_antecedent(
    cx: &EventContext<'_>,
    sentence: &Sentence,
    cue_tok: usize,
) -> Option<Actor> {
    let told = sentence.tokens.clone();
    let in_date = |t: usize| cx.dates.iter().any(|d| d.start <= t && t < d.end);
    let first = told.clone().find(|&t| !in_date(t))?;
    // (The cue may be in a clause the noun's verb reports: "Nazir qeyd edib
    // ki, … tələb edib".)
    if first >= cue_tok {
        return None;
    }
    // An adverb may open the sentence ("Daha sonra nazir …", "Затем министр
    // …"): a few words that name no one.
    let (noun, start, end) = (first..(first + MAX_WORDS_BEFORE_ROLE_NOUN + 1).min(cue_tok))
        .find_map(|start| {
            cx.lang_data.role_nouns.iter().find_map(|n| {
                // (Words of the phrase are tokens: "премьер министр" is
                // "Премьер-министр", and "премьер" alone is not its first half.)
                let end = start + n.phrase.split(' ').count();
                let opens = end <= cue_tok
                    && cx.tokens[start..end]
                        .iter()
                        .map(|t| t.fold.as_str())
                        .eq(n.phrase.split(' '))
                    && cx.tokens[end].gap != Gap::Hyphen;
                opens.then_some((n, start, end))
            })
        })?;
    if cx
        .mentions
        .iter()
        .any(|m| m.first < start && m.last > first)
    {
        return None;
    }
    // "Nazir Ceyhun Bayramov": a title before a name is that name's, and, in
    // a language that names the country after the title, one before a country
    // ("Премьер-министр Казахстана") is no bare title. (In Turkic languages
    // the country opens the next phrase: "nazir Türkiyənin … naziri ilə".)
    let svo = cx.lang_data.syntax != "sov";
    let named = cx.mentions.iter().enumerate().any(|(i, m)| {
        m.first == end
            && (cx.linked.resolved[i].is_person()
                || (svo && matches!(cx.linked.resolved[i], Resolved::Country(_))))
    });
    if named {
        return None;
    }
    let of_role = |role: &String| noun.roles.contains(role);
    let holds = |p: u32| {
        cx.kb.persons[p as usize]
            .roles
            .iter()
            .any(|r| of_role(&r.role) && crate::kb::role_active(r, cx.published))
    };
    let titled = |g: &Group| {
        g.members.iter().any(|&k| match cx.linked.resolved[k] {
            Resolved::Title(t) => of_role(cx.kb.titles[t as usize].role.get_ref()),
            _ => false,
        })
    };
    for (i, m) in cx.mentions.iter().enumerate() {
        if m.first >= told.start {
            break;
        }
        let known = match cx.linked.resolved[i] {
            Resolved::Person(p) => holds(p),
            Resolved::NewPerson { .. } => false,
            _ => continue,
        };
        let Some(its_sentence) = cx.sentences.get(cx.tokens[m.first].sentence as usize) else {
            continue;
        };
        let group = groups_in(cx, its_sentence.tokens.clone(), &[], &[])
            .into_iter()
            .find(|g| g.members.contains(&i));
        if let Some(g) = group.filter(|g| known || titled(g)) {
            return Some(g.actor);
        }
    }
    None
}

/// The actor of the phrase that holds the last mention before token `start`
/// whose resolution `fits`: the antecedent a pronoun or a noun stands for.
fn last_named_before(
    cx: &EventContext<'_>,
    start: usize,
    fits: impl Fn(&Resolved) -> bool,
) -> Option<Actor> {
    let named = cx
        .mentions
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, m)| m.first < start)
        .find(|&(i, _)| fits(&cx.linked.resolved[i]))?
        .0;
    let its_sentence = cx
        .sentences
        .get(cx.tokens[cx.mentions[named].first].sentence as usize)?;
    groups_in(cx, its_sentence.tokens.clone(), &[], &[])
        .into_iter()
        .find(|g| g.members.contains(&named))
        .map(|g| g.actor)
}

/// The official named in the sentence's report clause, standing for a country
/// or a body (a spokesperson speaks for the side that acts; an agency or a
/// newspaper reporting is no official), and whether he is named before the cue.
fn reporting_official(
    cx: &EventContext<'_>,
    sentence: &Sentence,
    cue_tok: usize,
) -> Option<(Actor, bool)> {
    let told = &sentence.tokens;
    // Most sentences have no report clause: nothing to group.
    if !cx
        .linked
        .report_spans
        .iter()
        .any(|s| s.start < told.end && told.start < s.end)
    {
        return None;
    }
    speaker_groups(cx, sentence.tokens.clone())
        .into_iter()
        .find(|g| g.has_person && !(g.actor.countries.is_empty() && g.actor.orgs.is_empty()))
        .map(|g| (g.actor, g.first < cue_tok))
}

/// Letters a word keeps before a genitive ending for the ending to be read as
/// one (`için`, "for", ends like a genitive but is a postposition).
const MIN_GENITIVE_STEM_CHARS: usize = 4;

/// Whether a date stands right before one of the language's future
/// participles ("fevralın 7-də keçiriləcək").
fn before_future_participle(cx: &EventContext<'_>, d: &DateExpr) -> bool {
    let after = (d.end..cx.tokens.len())
        .find(|&t| cx.tokens[t].gap != Gap::Apostrophe)
        .unwrap_or(d.end);
    cx.tokens.get(after).is_some_and(|t| {
        t.sentence == cx.tokens[d.start].sentence
            && listed(&cx.lang_data.future_participles, t.fold.as_str())
    })
}

/// Whether a date describes a noun through a participle beside it ("oktyabrın
/// 26-da keçirilmiş seçkilərdə", "выборах, прошедших 26 октября", "elections
/// held on 26 October"), or as the bare first part of a noun in the genitive
/// ("6 Şubat depremlerinin"), rather than dating the sentence's event. When the noun
/// is the event's own cue ("5 mayda keçirilmiş görüşdə", "the talks, held on
/// 5 May"), the date is the event's.
fn describes_a_noun(cx: &EventContext<'_>, d: &DateExpr, cue_tokens: &[usize]) -> bool {
    // What happened on the day of the report is answered that day: "bu gün
    // Myanmada baş vermiş zəlzələ ilə əlaqədar başsağlığı" dates the condolences.
    if cx
        .published
        .is_some_and(|p| d.value.days_since(&p) == Some(0))
    {
        return false;
    }
    // "condemned the April 22 terrorist attack": a date between an article and
    // a noun names the noun's day.
    let lang = cx.lang_data;
    let article_before =
        d.start > 0 && listed(&lang.articles, cx.tokens[d.start - 1].fold.as_str());
    let noun_after = cx.tokens.get(d.end).is_some_and(|t| {
        t.sentence == cx.tokens[d.start].sentence
            && t.gap == Gap::Space
            && !t.is_capitalized()
            && !t.is_number()
            && ![&lang.articles, &lang.prepositions, &lang.conjunctions]
                .iter()
                .any(|words| listed(words, t.fold.as_str()))
    });
    if article_before && noun_after {
        return true;
    }
    let participles = &cx.lang_data.attributive_participles;
    if participles.is_empty() {
        return false;
    }
    // A participle may be two words ("kabul edilen", adopted), read from `t`.
    let is_participle = |t: usize| {
        participles.iter().any(|p| {
            p.split(' ')
                .enumerate()
                .all(|(i, word)| cx.tokens.get(t + i).is_some_and(|tok| tok.fold == word))
        })
    };
    // The word after the date, past a case ending set off by an apostrophe
    // ("8 Mayıs'ta toplanan konklavda").
    let after = (d.end..cx.tokens.len())
        .find(|&t| cx.tokens[t].gap != Gap::Apostrophe)
        .unwrap_or(d.end);
    // (In a verb-final language a participle precedes its noun, and one right
    // before a date qualifies the day: "өткен бейсенбіде", last Thursday.)
    let word_before = d.start.checked_sub(1);
    let before = word_before.filter(|_| cx.lang_data.syntax != "sov");
    let one_preposition_apart = word_before
        .filter(|&b| listed(&cx.lang_data.prepositions, cx.tokens[b].fold.as_str()))
        .and_then(|b| b.checked_sub(1));
    // In verb-final languages the place may stand between the date and the
    // participle ("ötən ilin noyabrında Bakıda keçirilmiş COP29"), also with a
    // postposition in the locative ("dekabrın 25-də Aktau yaxınlığında qəzaya
    // uğrayan təyyarə", the plane that crashed near Aktau on 25 December).
    let one_place_apart = (cx.lang_data.syntax == "sov")
        .then(|| {
            within(cx.mentions, |m| m.first, &(d.end..d.end + 1))
                .iter()
                .filter(|m| m.first == d.end)
                .find_map(|m| {
                    // "dün Kuveyt'te temaslarda bulunan": a noun in the locative
                    // may follow the place before the participle.
                    let place_suffix = cx.lang_data.is_location_suffix(&m.suffix);
                    // (past a case ending set off by an apostrophe: "Kuveyt'te")
                    let end = (m.last..cx.tokens.len())
                        .find(|&t| cx.tokens[t].gap != Gap::Apostrophe)
                        .unwrap_or(m.last);
                    let locative_noun = cx.tokens.get(end).filter(|t| {
                        t.gap == Gap::Space
                            && !t.is_capitalized()
                            && cx.lang_data.location_suffixes.iter().any(|s| {
                                t.fold.ends_with(s.as_str())
                                    && t.fold.chars().count()
                                        >= s.chars().count() + MIN_GENITIVE_STEM_CHARS
                            })
                    });
                    match (place_suffix, locative_noun) {
                        (_, Some(_)) => Some(end + 1),
                        (true, None) => Some(end),
                        (false, None) => None,
                    }
                })
        })
        .flatten();
    // A bare date before a noun in the genitive names that noun ("6 Şubat
    // depremlerinin ardından", the earthquakes of 6 February): a case ending
    // too short to tell a genitive from a word's own letters is not read.
    let names_a_noun = cx.lang_data.syntax == "sov"
        && cx.tokens.get(d.end).is_some_and(|t| {
            t.gap == Gap::Space
                && !t.is_capitalized()
                && cx.lang_data.genitive_suffixes.iter().any(|g| {
                    t.fold.ends_with(g.as_str())
                        && t.fold.chars().count() >= g.chars().count() + MIN_GENITIVE_STEM_CHARS
                })
        });
    if names_a_noun {
        return true;
    }
    let participle = [Some(after), before, one_preposition_apart, one_place_apart]
        .into_iter()
        .flatten()
        .find(|&t| is_participle(t));
    participle.is_some_and(|p| {
        let near_cue = cue_tokens.iter().any(|&c| c + 3 >= p && c <= p + 2);
        !near_cue
    })
}

/// Let a lead sentence that tells no event date the story: its day if the
/// story has none, or if the one it has is only the dateline's and the lead
/// names a day of its own (`stated`).
fn take_lead_day(
    story_day: &mut Option<(PartialDate, bool)>,
    from_dateline: &mut bool,
    stated: Option<(PartialDate, bool)>,
    any: Option<(PartialDate, bool)>,
) {
    if story_day.is_none() {
        *story_day = any;
        *from_dateline = any.is_some() && stated.is_none();
    } else if *from_dateline && stated.is_some() {
        *story_day = stated;
        *from_dateline = false;
    }
}

/// Whether a sentence opens the story: the title or one of the two after it.
fn lead(cx: &EventContext<'_>, sentence: &Sentence) -> bool {
    cx.sentences
        .iter()
        .take(3)
        .any(|s| std::ptr::eq(s, sentence))
}

fn topics_in(
    cx: &EventContext<'_>,
    cues: &[crate::lexicon::Match<'_, CueRef>],
    range: std::ops::Range<usize>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // Cues come sorted by position: the range's are one slice of them.
    for c in within(cues, |c| c.start, &range) {
        if let CueRef::Topic(t) = c.payload {
            push_unique(&mut out, cx.kb.topics[*t as usize].id.get_ref());
        }
    }
    out
}

/// The names of the documents signed: what follows the verb (SVO) or what precedes
/// it in its clause (SOV), split at commas in the SOV case where lists are usual.
fn signed_documents(
    cx: &EventContext<'_>,
    sentence: &Sentence,
    cue_start: usize,
    cue_end: usize,
    sov: bool,
) -> Vec<String> {
    let text: String = if sov || cue_end >= sentence.tokens.end {
        let clause = crate::link::clause_around(cx.tokens, cx.chars, cue_start, cue_end);
        let mut start_tok = clause.start.max(sentence.tokens.start);
        // The clause opens with an adverbial ("Danışıqlardan sonra") before the list.
        if start_tok + 2 < cue_start {
            start_tok += 2;
        }
        let (from, to) = (cx.tokens[start_tok].start, cx.tokens[cue_start].start);
        crate::segment::string_of(&cx.chars[from..to])
    } else {
        crate::segment::string_of(&cx.chars[cx.tokens[cue_end].start..sentence.end])
    };
    let text = text.trim();
    let parts: Vec<&str> = if sov {
        text.split(", ").collect()
    } else {
        vec![text]
    };
    parts
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| s.chars().filter(|c| c.is_alphabetic()).count() > 3)
        .collect()
}
