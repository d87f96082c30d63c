//! Actor groups: a sentence's mentions gathered into the phrases that name one
//! actor ("министр иностранных дел Казахстана Мурат Нуртлеу") or one place, each
//! read as an actor with its case, its standing and its countries.

use super::{listed, push_unique, within, Actor, EventContext};
use crate::kb::model::{LangData, OrgKind};
use crate::link::Resolved;
use crate::mentions::{Mention, MentionKind};
use crate::segment::{Gap, Token};

/// A group of adjacent mentions read as one actor or one location.
#[derive(Debug, Clone)]
pub(super) struct Group {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) members: Vec<usize>,
    pub(super) suffix: String,
    pub(super) actor: Actor,
    pub(super) has_person: bool,
    /// A person or a title heads the group: it names an official actor.
    pub(super) has_head: bool,
    /// Joined to the group before it by a conjunction only ("Азербайджана и Армении").
    pub(super) coordinated: bool,
    /// Followed by a postposition that marks the counterpart ("Rəisi ilə").
    pub(super) postposed_target: bool,
    /// The actor is an international organisation (or its official).
    pub(super) org_capacity: bool,
    /// The last mention is a title ("NATO-nun Baş katibi"), whose ending is possessive.
    pub(super) ends_with_title: bool,
    pub(super) location: Option<(Option<String>, String)>,
    /// A country adjective with no actor noun: names a country but is no actor.
    pub(super) weak: bool,
    /// A country adjective before an actor noun ("азербайджанского коллегу"): an
    /// actor named by neither name nor title, who can still be a host's guest.
    pub(super) noun_headed: bool,
}

/// Gather the sentence's mentions into actor groups, leaving out those in a
/// report clause ("сообщает АЗЕРТАДЖ"): they name who tells the story.
/// `cue_tokens` are the words of the sentence's event cues, `noun_cues` those
/// of its noun cues ("переговоры"), which the words before them may qualify.
pub(super) fn groups_in(
    cx: &EventContext<'_>,
    range: std::ops::Range<usize>,
    cue_tokens: &[usize],
    noun_cues: &[usize],
) -> Vec<Group> {
    groups_where(cx, range, cue_tokens, noun_cues, false)
}

/// The groups of the sentence's report clauses only: who says what it tells
/// ("…, - написала Захарова").
pub(super) fn speaker_groups(cx: &EventContext<'_>, range: std::ops::Range<usize>) -> Vec<Group> {
    groups_where(cx, range, &[], &[], true)
}

fn groups_where(
    cx: &EventContext<'_>,
    range: std::ops::Range<usize>,
    cue_tokens: &[usize],
    noun_cues: &[usize],
    in_report: bool,
) -> Vec<Group> {
    let lang = cx.lang_data;
    let conj = &lang.conjunctions;
    let loc_preps = &lang.location_prepositions;
    let plural_endings = &lang.plural_endings;
    let preps = &lang.prepositions;
    let sov = lang.syntax == "sov";
    let topic_after = &lang.topic_after;
    let topic_before = &lang.topic_before;
    let target_posts = &lang.target_postpositions;

    // Mentions are sorted by position: the sentence's are one slice of them.
    let offset = cx.mentions.partition_point(|m| m.first < range.start);
    let idx: Vec<usize> = within(cx.mentions, |m| m.first, &range)
        .iter()
        .enumerate()
        .map(|(k, m)| (offset + k, m))
        .filter(|(i, m)| {
            range.contains(&m.first)
                && cx.linked.resolved[*i] != Resolved::Nothing
                && cx.linked.report_spans.iter().any(|s| s.contains(&m.first)) == in_report
        })
        .map(|(i, _)| i)
        .collect();
    // "Қазақстан Президентінің Ауғанстан жөніндегі арнайы өкілі": a country
    // between a title in the genitive and the title it governs, with a topic
    // word after it, is what the second title is about, inside the phrase; it
    // is no actor, and the two titles stay one phrase across it.
    let title = |i: usize| matches!(cx.linked.resolved[i], Resolved::Title(_));
    let topic_inside: Vec<usize> = if sov {
        idx.windows(3)
            .filter(|w| {
                let (before, m, after) =
                    (&cx.mentions[w[0]], &cx.mentions[w[1]], &cx.mentions[w[2]]);
                title(w[0])
                    && title(w[2])
                    && matches!(cx.linked.resolved[w[1]], Resolved::Country(_))
                    && before.last == m.first
                    && lang
                        .genitive_suffixes
                        .iter()
                        .any(|e| before.suffix.ends_with(e.as_str()))
                    && after.first == m.last + 1
                    && listed(topic_after, cx.tokens[m.last].fold.as_str())
            })
            .map(|w| w[1])
            .collect()
    } else {
        Vec::new()
    };
    let idx: Vec<usize> = idx
        .into_iter()
        .filter(|i| !topic_inside.contains(i))
        .collect();

    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut coordinated: Vec<bool> = Vec::new();
    for (pos, &i) in idx.iter().enumerate() {
        let m = &cx.mentions[i];
        let body_pair = groups.last().is_some_and(|g| {
            let prev_i = *g.last().unwrap();
            let prev = &cx.mentions[prev_i];
            let adjacent = prev.last == m.first;
            let is_country =
                |r: &Resolved| matches!(r, Resolved::Country(_) | Resolved::CountryAdj(_));
            let is_body = |r: &Resolved| matches!(r, Resolved::NationalBody { .. });
            // "МИД Армении" and "Armenia's Foreign Ministry"; a language that puts
            // the possessor first names the country before the body only.
            adjacent
                && ((!sov
                    && is_body(&cx.linked.resolved[prev_i])
                    && is_country(&cx.linked.resolved[i]))
                    || (is_country(&cx.linked.resolved[prev_i]) && is_body(&cx.linked.resolved[i])))
        });
        // "ҚХР-дың Қазақстандағы Елшісі", "Türkiyənin Azərbaycandakı səfiri": the
        // possessor's country, then the host's in the locative, then the title
        // are one phrase (the host is dropped from it in `fill_group`).
        let hosted_in = sov
            && groups.last().is_some_and(|g| {
                let prev_i = *g.last().unwrap();
                let prev = &cx.mentions[prev_i];
                prev.last == m.first
                    && matches!(cx.linked.resolved[prev_i], Resolved::Country(_))
                    && lang.genitive_suffixes.contains(&prev.suffix)
                    && matches!(cx.linked.resolved[i], Resolved::Country(_))
                    && lang.is_location_suffix(&m.suffix)
            });
        // "Türkiye Büyük Millet Meclisi (TBMM) Başkanı": a name repeated in
        // brackets (an acronym) belongs to the phrase it repeats, and the
        // bracket closing after it does not end the phrase.
        let bracketed_repeat = groups
            .last()
            .is_some_and(|g| repeats_in_brackets(cx, *g.last().unwrap(), i));
        let after_bracketed_repeat = groups.last().is_some_and(|g| {
            g.len() >= 2 && repeats_in_brackets(cx, g[g.len() - 2], g[g.len() - 1])
        });
        // "Заместитель Премьер-министра РК – министр иностранных дел Мурат
        // Нуртлеу": a title after a dash, right after a phrase of titles that
        // names no one yet, is the same holder's second office.
        let second_office = matches!(cx.linked.resolved[i], Resolved::Title(_))
            && groups.last().is_some_and(|g| {
                let prev = &cx.mentions[*g.last().unwrap()];
                let gap = gap_chars(cx, prev.last, m.first);
                prev.last == m.first
                    && gap.iter().any(|&c| c == '–' || c == '—')
                    && gap
                        .iter()
                        .all(|&c| c.is_whitespace() || c == '–' || c == '—')
                    && g.iter()
                        .any(|&k| matches!(cx.linked.resolved[k], Resolved::Title(_)))
                    && !g.iter().any(|&k| cx.linked.resolved[k].is_person())
            });
        // "Национальный Лидер туркменского народа, Председатель Халк Маслахаты
        // Туркменистана Гурбангулы Бердымухамедов": after a comma too, when the
        // title's own phrase goes on to a name and no other country.
        let second_office_after_comma = !second_office
            && matches!(cx.linked.resolved[i], Resolved::Title(_))
            && groups.last().is_some_and(|g| {
                let prev = &cx.mentions[*g.last().unwrap()];
                let between = &cx.tokens[prev.last..m.first];
                between.len() <= SECOND_OFFICE_WORDS
                    && comma_right_before(cx, m.first)
                    && !between.iter().any(|t| listed(conj, t.fold.as_str()))
                    && g.iter()
                        .any(|&k| matches!(cx.linked.resolved[k], Resolved::Title(_)))
                    && !g.iter().any(|&k| cx.linked.resolved[k].is_person())
                    && named_in_phrase(cx, &idx[pos..], &countries_of(cx, g))
            });
        let joins = body_pair
            || hosted_in
            || bracketed_repeat
            || second_office
            || second_office_after_comma
            || groups.last().is_some_and(|g| {
                let prev = &cx.mentions[*g.last().unwrap()];
                let between = &cx.tokens[after_suffix(cx, prev)..m.first];
                let has_conj = between.iter().any(|t| listed(conj, t.fold.as_str()));
                let has_person = g.iter().any(|&k| cx.linked.resolved[k].is_person());
                let has_title = g
                    .iter()
                    .any(|&k| matches!(cx.linked.resolved[k], Resolved::Title(_)));
                let is_person = cx.linked.resolved[i].is_person();
                // "Afganistan Geçici Hükümeti Dışişleri Bakanı": the rest of a
                // country's official name, or of its government's, may stand
                // between it and a title (see the title's case below).
                // So may the rest of a body's name ("Qazaxıstan Parlamenti Məclisinin
                // sədri", the chairman of the Parliament's Mazhilis).
                let named_before = matches!(
                    cx.linked.resolved[*g.last().unwrap()],
                    Resolved::Country(_) | Resolved::Org(_) | Resolved::NationalBody { .. }
                );
                // Or what the title is about, capitalised words and a topic word
                // after them ("Еуропалық Одақтың Орталық Азия жөніндегі арнайы
                // өкілі", the EU's special representative for Central Asia).
                let name_words = |between: &[Token]| {
                    between.iter().all(|t| t.is_capitalized())
                        || (sov && crate::link::what_a_title_is_about(between, topic_after))
                };
                let official_name_gap = matches!(cx.linked.resolved[i], Resolved::Title(_))
                    && named_before
                    && name_words(between);
                let max_gap = if is_person && has_title {
                    3
                } else if official_name_gap {
                    crate::link::MAX_OFFICIAL_NAME_WORDS
                } else {
                    1
                };
                let crosses_cue = (prev.last..m.first).any(|t| cue_tokens.contains(&t));
                let comma = gap_chars(cx, prev.last, m.first).contains(&',');
                let closed_bracket = after_bracketed_repeat
                    && gap_chars(cx, prev.last, m.first)
                        .iter()
                        .all(|&c| c == ')' || c.is_whitespace());
                // An article is no word apart: "President of the Kyrgyz
                // Republic" is as close as "President of Kyrgyzstan".
                let topic_between = topic_inside.iter().any(|&t| {
                    cx.mentions[t].first == prev.last && cx.mentions[t].last + 1 == m.first
                });
                let words_between = between
                    .iter()
                    .filter(|t| !listed(&lang.articles, t.fold.as_str()))
                    .count()
                    * usize::from(!topic_between);
                let close = words_between <= max_gap
                    && !has_conj
                    && !crosses_cue
                    && (closed_bracket || !breaks_between(cx, prev.last, m.first));
                // "31 марта в Худжанде президенты …", "принял в Акорде
                // министра", "Belqradda Sahibə Qafarova ilə …": a place where
                // something happens is no title's seat nor a person's, nor is
                // a body's building; nor is a country so told ("dünən
                // Sinqapurda nazir Bayramov", "в Сингапуре министр …").
                let located_place = match cx.linked.resolved[*g.last().unwrap()] {
                    Resolved::Place(_) => true,
                    // (Not one that makes an attribute, "Yaponiyanın
                    // ölkəmizdəki səfiri", the ambassador in our country.)
                    Resolved::Country(_) => {
                        g.len() == 1
                            && !listed(&lang.attributive_location_suffixes, prev.suffix.as_str())
                    }
                    Resolved::Org(o) => cx.kb.organizations[o as usize].seat.is_some(),
                    _ => false,
                } && (lang.is_location_suffix(&prev.suffix)
                    || cx.tokens[..cx.mentions[g[0]].first]
                        .last()
                        .is_some_and(|t| listed(loc_preps, t.fold.as_str())));
                close
                    && match cx.linked.resolved[i] {
                        // A name after a comma belongs to a title before it ("министром …, Муратом"), not to anything else.
                        Resolved::Person(p) => {
                            let his_title = if g.len() > 1 {
                                !title_of_another_country(cx, g, p)
                            } else {
                                !title_not_his(cx, g[0], prev.last, m.first, p)
                            };
                            !has_person && (has_title || !comma) && his_title && !located_place
                        }
                        Resolved::NewPerson { .. } => {
                            !has_person && (has_title || !comma) && !located_place
                        }
                        // Turkic titles stand before the name; one after a name opens the next phrase.
                        Resolved::Title(_) => {
                            // "Paraqvay Respublikasının xarici işlər naziri": the rest of a
                            // country's official name may stand between it and the title.
                            let official_name = named_before
                                && between.len() <= crate::link::MAX_OFFICIAL_NAME_WORDS
                                && name_words(between);
                            // A title after a comma and a country or body opens a phrase of
                            // its own ("сообщении МИД РФ, послу был заявлен протест").
                            // So may the noun of its government in the genitive
                            // ("Taliban yönetiminin sözcüsü", the Taliban
                            // government's spokesman), but not a noun the title
                            // stands beside ("Өзбекстан көшбасшысы Мемлекет басшысын").
                            let government_noun = sov
                                && named_before
                                && between.len() == 1
                                && cx.linked.actor_noun_starts.contains(&prev.last)
                                && lang
                                    .genitive_suffixes
                                    .iter()
                                    .any(|g| between[0].fold.ends_with(g.as_str()));
                            (between.is_empty()
                                || official_name
                                || government_noun
                                || topic_between)
                                && !(sov && has_person)
                                && !(comma && named_before)
                                && !located_place
                        }
                        // A title's country follows it in Russian and English ("Президент
                        // Азербайджана") but precedes it in Turkic languages ("Türkiyə Prezidenti"),
                        // where a country after a title opens the next phrase. So does one
                        // after a comma: "the foreign ministers of Azerbaijan, Georgia and
                        // Türkiye" list three parties.
                        // A country after "в" in the accusative is where someone goes
                        // ("визит Президента России в Узбекистан"), not the seat of the
                        // title's holder ("посол России в Узбекистане"), in a language
                        // that marks the difference by case.
                        Resolved::Country(_)
                        | Resolved::CountryAdj(_)
                        | Resolved::Org(_)
                        | Resolved::NationalBody { .. } => {
                            let destination = !lang.accusative_suffixes.is_empty()
                                && between.len() == 1
                                && listed(loc_preps, between[0].fold.as_str())
                                && (m.suffix.is_empty()
                                    || lang.target_suffixes.contains(&m.suffix));
                            has_title && !has_person && !sov && !comma && !destination
                        }
                        _ => false,
                    }
            });
        if joins {
            groups.last_mut().unwrap().push(i);
        } else {
            // The noun of a country's government may close each member
            // ("Qazaxıstan Respublikası Hökuməti və Özbəkistan …").
            let coord = groups.last().is_some_and(|g| {
                let prev = &cx.mentions[*g.last().unwrap()];
                let from = noun_end(cx, prev.last);
                let between = &cx.tokens[from.min(m.first)..m.first];
                !between.is_empty() && between.iter().all(|t| listed(conj, t.fold.as_str()))
            });
            groups.push(vec![i]);
            coordinated.push(coord);
        }
    }

    let mut built: Vec<Group> = groups
        .into_iter()
        .zip(coordinated)
        .map(|(members, coordinated)| {
            let first = cx.mentions[members[0]].first;
            let last = cx.mentions[*members.last().unwrap()].last;
            // "Assambleyasının (AŞPA)": an acronym repeated in brackets carries
            // no case; the name before it does.
            let case_member = match members.len() {
                n if n >= 2 && repeats_in_brackets(cx, members[n - 2], members[n - 1]) => {
                    members[n - 2]
                }
                n => members[n - 1],
            };
            let suffix = cx.mentions[case_member].suffix.clone();
            let mut g = Group {
                first,
                last,
                members: members.clone(),
                suffix,
                actor: Actor::default(),
                has_person: false,
                has_head: false,
                coordinated: false,
                postposed_target: false,
                org_capacity: false,
                ends_with_title: matches!(
                    cx.linked.resolved[*members.last().unwrap()],
                    Resolved::Title(_)
                ),
                location: None,
                weak: false,
                noun_headed: false,
            };
            fill_group(cx, &mut g, plural_endings);
            // Country adjectives with no noun of their own are no actor, except
            // in the object of a verb ("condemned the recent Israeli strikes":
            // whom the act is aimed at) or before an event's noun, a word apart
            // at most, past the rest of a compound ("казахстанско-иранские
            // политические консультации": its parties). Before a verb they
            // qualify a noun of their own ("китайского гостя встретил").
            let bare_adjectives = !sov && !g.noun_headed && adjectives_only(cx, &g);
            let compound_rest =
                usize::from(cx.tokens.get(last).is_some_and(|t| t.gap == Gap::Hyphen));
            let adjectives_of_cue = bare_adjectives
                && (last..=last + 1 + compound_rest).any(|t| {
                    noun_cues.contains(&t) && cx.tokens[t].sentence == cx.tokens[first].sentence
                });
            if bare_adjectives && (adjectives_of_cue || in_cue_object(cx, first, preps, cue_tokens))
            {
                g.weak = false;
            }
            let before = first.checked_sub(1).map(|p| &cx.tokens[p]);
            let loc_marked = before.is_some_and(|t| {
                listed(loc_preps, t.fold.as_str()) && t.sentence == cx.tokens[first].sentence
            }) || lang.is_location_suffix(&g.suffix);
            let case_marked = lang.is_location_suffix(&g.suffix);
            if loc_marked && !g.has_head {
                g.location = location_of(cx, &members);
                // An organisation in the locative case is where something happens
                // ("BM'deki temasları"), not who acts.
                if g.location.is_none() && case_marked {
                    g.weak = true;
                }
            }
            g.coordinated = coordinated;
            // "принял коллег из Азербайджана": the country an actor noun comes
            // from names the actor, a guest as "азербайджанского коллегу" does.
            g.noun_headed |= !sov && first >= 2 && {
                let prep = &cx.tokens[first - 1];
                listed(&lang.origin_prepositions, prep.fold.as_str())
                    && cx.linked.actor_noun_starts.contains(&(first - 2))
                    && prep.sentence == cx.tokens[first].sentence
            };
            // A case suffix written apart ("Lübnan'a yönelik") ends the mention's word.
            let suffix_apart = suffix_written_apart(cx, last, &g.suffix);
            let after = cx
                .tokens
                .get(last + usize::from(suffix_apart))
                .filter(|t| t.sentence == cx.tokens[first].sentence);
            // The word before the phrase, or before its actor noun ("от имени
            // народа Казахстана").
            let phrase_start = if first > 0 && cx.linked.actor_noun_starts.contains(&(first - 1)) {
                first - 1
            } else {
                first
            };
            let before = phrase_start
                .checked_sub(1)
                .map(|p| &cx.tokens[p])
                .filter(|t| t.sentence == cx.tokens[first].sentence);
            // "ШЫҰ саммитіне": a bare name before a gathering's noun names the gathering,
            // also across the words that qualify it ("NATO Dışişleri Bakanları
            // gayriresmi toplantısına"). A comma between them ("Bakan Fidan,
            // toplantı kapsamında …") keeps the name the sentence's subject.
            let gathering = g.suffix.is_empty()
                && !suffix_apart
                && gathering_follows(cx, last, cx.tokens[first].sentence);
            // A topic word that continues a cue's phrase is the cue's
            // ("called on the Speaker"), no topic; a one-word cue stays a
            // topic word ("по приглашению Мирзиёева").
            let topic_word_before = before.is_some_and(|t| listed(topic_before, t.fold.as_str()))
                && !(phrase_start >= 2
                    && cue_tokens.contains(&(phrase_start - 1))
                    && cue_tokens.contains(&(phrase_start - 2)));
            if after.is_some_and(|t| listed(topic_after, t.fold.as_str()))
                || topic_word_before
                || gathering
            {
                g.weak = true;
            }
            // "Türkiyə parlamentinin göstərdiyi dəstəyə görə … təşəkkür edib",
            // "Azərbaycanın göstərdiyi yardıma görə": a possessor before a
            // relative participle did what the clause tells, which the act
            // answers; it is the act's counterpart, never its subject (unless
            // the participle is the cue itself: "üç liderin imzaladığı").
            let genitive = lang
                .genitive_suffixes
                .iter()
                .any(|e| g.suffix.ends_with(e.as_str()));
            let next_to_group = last + usize::from(suffix_apart);
            let named_at = |t: usize| mentions_at(cx, t).next().is_some();
            let sentence = cx.tokens[first].sentence;
            let in_sentence = |t: &&Token| t.sentence == sentence;
            let is_relative_participle = |t: usize| {
                cx.tokens
                    .get(t)
                    .filter(in_sentence)
                    .is_some_and(|t| t.gap == Gap::Space && lang.is_relative_participle(&t.fold))
            };
            // A possessor may stand a word or two before its participle
            // ("Mirzoyanın iclasda səsləndirdiyi … iddiaları"): plain words, no names.
            let plain =
                |t: usize| {
                    cx.tokens.get(t).filter(in_sentence).is_some_and(|t| {
                        t.gap == Gap::Space && !t.is_capitalized() && !t.is_number()
                    }) && !named_at(t)
                };
            let participle_at = if genitive && !is_relative_participle(next_to_group) {
                (next_to_group + 1..=next_to_group + POSSESSOR_REACH)
                    .find(|&p| is_relative_participle(p) && (next_to_group..p).all(plain))
                    .unwrap_or(next_to_group)
            } else {
                next_to_group
            };
            let relative_participle = is_relative_participle(participle_at);
            // The sentence's own subject, a person without a case, named earlier:
            // a second caseless name can only be a relative clause's.
            let subject_before = || {
                (0..members[0])
                    .rev()
                    .take_while(|&k| cx.tokens[cx.mentions[k].first].sentence == sentence)
                    .any(|k| cx.mentions[k].suffix.is_empty() && cx.linked.resolved[k].is_person())
            };
            // A caseless subject only where a noun follows the participle, and not
            // before a participle that dates ("Тоқаев өткен аптада") or a name
            // that ends like one ("ауған").
            let bare_subject = lang.bare_relative_subjects
                && g.suffix.is_empty()
                && !suffix_apart
                && !named_at(participle_at)
                && after.is_some_and(|t| !listed(&lang.attributive_participles, &t.fold))
                && cx
                    .tokens
                    .get(participle_at + 1)
                    .filter(in_sentence)
                    .is_some_and(|n| n.gap == Gap::Space && n.stop_languages == 0)
                && subject_before();
            let relative_subject = sov
                && (genitive || bare_subject)
                && relative_participle
                && !cue_tokens.contains(&participle_at);
            g.postposed_target =
                relative_subject || after.is_some_and(|t| listed(target_posts, t.fold.as_str()));
            // "Қазақстан Үкіметінің шешімімен": the possessor of a decision the
            // act follows is its subject, as if named without a case.
            // (The name's actor noun, "Үкіметінің", carries the case: the
            // decision follows it.)
            let past_noun = if cx.linked.actor_noun_starts.contains(&last) {
                cx.tokens
                    .get(last + 1)
                    .filter(|t| t.sentence == cx.tokens[first].sentence)
            } else {
                after
            };
            if sov
                && genitive
                && past_noun
                    .is_some_and(|t| t.gap == Gap::Space && listed(&lang.agent_nouns, &t.fold))
            {
                g.suffix.clear();
            }
            // "Ayaz Sadiqin rəhbərlik etdiyi nümayəndə heyətini qəbul edib": the
            // leader stands for his delegation, in the case of its noun.
            let led_from = last + usize::from(suffix_apart);
            if let Some(&(_, noun)) = cx.linked.led_delegations.iter().find(|d| d.0 == led_from) {
                g.suffix = noun_case(lang, cx.tokens[noun].fold.as_str());
            }
            let bare_country = g.actor.orgs.is_empty() && !g.actor.countries.is_empty();
            if !sov
                && bare_country
                && !g.has_head
                && g.location.is_none()
                && !g.weak
                && !adjectives_of_cue
                && governed_by_noun(cx, first, preps, conj, cue_tokens)
                // "курс армянского руководства": an actor noun after the adjective
                // makes the pair an actor, whatever governs it.
                && !(cx.linked.actor_noun_starts.contains(&last)
                    && cx.tokens[last].sentence == cx.tokens[first].sentence)
            {
                g.weak = true;
            }
            g
        })
        .collect();
    // "Pakistan Başbakan Yardımcısı ve Dışişleri Bakanı İshak Dar'ı", "Deputy
    // Prime Minister and Foreign Minister Ishaq Dar": a title naming no one,
    // coordinated with a phrase that names the one who holds it, is that
    // holder's other office, not a second party.
    for k in (1..built.len()).rev() {
        let names_person = |g: &Group| g.members.iter().any(|&i| cx.linked.resolved[i].is_person());
        let (office, holder) = (&built[k - 1], &built[k]);
        if holder.coordinated
            && office.has_head
            && !names_person(office)
            && names_person(holder)
            && !office.actor.persons.is_empty()
            && office.actor.persons == holder.actor.persons
        {
            let office = built.remove(k - 1);
            let holder = &mut built[k - 1];
            holder.first = office.first;
            holder.members.splice(0..0, office.members);
            holder.coordinated = office.coordinated;
        }
    }
    // What describes a led delegation ("parlament nümayəndə heyəti") is no
    // actor of its own: the leader before it is.
    for &(from, noun) in &cx.linked.led_delegations {
        for g in built
            .iter_mut()
            .filter(|g| g.first >= from && g.last <= noun + 1)
        {
            g.weak = true;
        }
    }
    // A country coordinated with a titled actor shares its standing:
    // "министры иностранных дел Азербайджана и Армении", and so does a list set
    // off by commas that a conjunction closes ("the foreign ministers of
    // Azerbaijan, Georgia and Türkiye").
    let bare_country = |g: &Group| {
        !g.has_head
            && g.location.is_none()
            && g.actor.persons.is_empty()
            && g.actor.orgs.is_empty()
            && !g.actor.countries.is_empty()
    };
    for k in 1..built.len() {
        if !built[k - 1].has_head || !bare_country(&built[k]) {
            continue;
        }
        if built[k].coordinated {
            built[k].has_head = true;
            continue;
        }
        if !comma_apart(cx, &built[k - 1], &built[k]) {
            continue;
        }
        let mut end = k;
        while end + 1 < built.len()
            && bare_country(&built[end + 1])
            && comma_apart(cx, &built[end], &built[end + 1])
        {
            end += 1;
        }
        if end + 1 < built.len() && bare_country(&built[end + 1]) && built[end + 1].coordinated {
            for g in &mut built[k..=end + 1] {
                g.has_head = true;
            }
        }
    }
    // Country adjectives coordinated before one noun share it: "азербайджанской
    // и армянской делегаций" names both delegations.
    for k in (1..built.len()).rev() {
        if built[k].coordinated
            && built[k].noun_headed
            && !built[k - 1].noun_headed
            && adjectives_only(cx, &built[k - 1])
            && adjectives_only(cx, &built[k])
        {
            built[k - 1].noun_headed = true;
            built[k - 1].weak = false;
            built[k - 1].suffix = built[k].suffix.clone();
        }
    }
    // A case ending closes a whole coordination in Turkic languages:
    // "Myanmar ve Tayland'a taziye" is to both.
    if sov {
        for k in (1..built.len()).rev() {
            if built[k].coordinated
                && built[k - 1].suffix.is_empty()
                && !built[k - 1].ends_with_title
                && !built[k].suffix.is_empty()
            {
                built[k - 1].suffix = built[k].suffix.clone();
            }
        }
    }
    // A postposition governs every member of a coordination before it:
    // "Bayramov ve Arakçi ile görüştü" meets both.
    for k in (1..built.len()).rev() {
        if built[k].coordinated && built[k].postposed_target {
            built[k - 1].postposed_target = true;
        }
    }
    // "взаимодействие в ООН, ШОС, СНГ": international bodies after a noun and a
    // location preposition are where something happens, not who acts (opening
    // a clause, "В ООН заявили", they still speak); a list after the first
    // shares its standing.
    if !sov {
        let mut venue = vec![false; built.len()];
        for k in 0..built.len() {
            let g = &built[k];
            let bodies_only = !g.has_head
                && g.location.is_none()
                && g.members
                    .iter()
                    .all(|&i| matches!(cx.linked.resolved[i], Resolved::Org(_)));
            if !bodies_only {
                continue;
            }
            let after_preposition = g.first >= 1 && {
                let prep = &cx.tokens[g.first - 1];
                listed(loc_preps, prep.fold.as_str())
                    && prep.sentence == cx.tokens[g.first].sentence
            };
            let listed_after_venue =
                k > 0 && venue[k - 1] && (g.coordinated || comma_apart(cx, &built[k - 1], g));
            venue[k] = listed_after_venue
                || (after_preposition
                    && governed_by_noun(cx, g.first - 1, preps, conj, cue_tokens));
            if venue[k] {
                built[k].weak = true;
            }
        }
    }
    // "в здании МИД Таджикистана": a body after a common noun that a location
    // preposition governs owns the place where something happens; it does not act.
    if !sov {
        for g in &mut built {
            let a_body = g.members.iter().any(|&i| {
                matches!(
                    cx.linked.resolved[i],
                    Resolved::Org(_) | Resolved::NationalBody { .. }
                )
            }) && g.members.iter().all(|&i| {
                matches!(
                    cx.linked.resolved[i],
                    Resolved::Org(_) | Resolved::NationalBody { .. } | Resolved::Country(_)
                )
            });
            let in_a_place = g.first >= 2 && {
                let prep = &cx.tokens[g.first - 2];
                listed(loc_preps, prep.fold.as_str())
                    && prep.sentence == cx.tokens[g.first].sentence
                    && prep.gap != Gap::Hyphen
            };
            if a_body && in_a_place && governed_by_noun(cx, g.first, preps, conj, cue_tokens) {
                g.weak = true;
            }
        }
    }
    // "В Кремле осудили": a body's seat after a preposition, in a sentence
    // that names no official, is the body speaking, not where something
    // happens ("принял в Кремле" names the host).
    if !sov && !built.iter().any(|g| g.has_head) {
        for g in &mut built {
            let seated = g.members.iter().any(|&i| {
                matches!(cx.linked.resolved[i], Resolved::Org(o) if cx.kb.organizations[o as usize].seat.is_some())
            });
            if seated && g.location.is_some() {
                g.location = None;
            }
        }
    }
    // "Katar'ın başkenti Doha'yı hedef alan": a country's capital named in
    // apposition stands where its name does.
    for k in 1..built.len() {
        let (head, name) = (&built[k - 1], &built[k]);
        let noun_between = (head.last..=head.last + 1)
            .any(|t| t + 1 == name.first && cx.linked.actor_noun_starts.contains(&t));
        if noun_between
            && name.weak
            && !head.actor.countries.is_empty()
            && head.actor.countries == name.actor.countries
        {
            built[k - 1].weak = true;
        }
    }
    // "ATƏT-in fəaliyyətdə olan sədri, Finlandiyanın xarici işlər naziri
    // Elina Valtonen": a title that names no one, set off by a comma right
    // before a phrase that names a person, is that person's apposition, not
    // another actor.
    for k in 1..built.len() {
        let (title, named) = (&built[k - 1], &built[k]);
        if title.ends_with_title
            && title.actor.persons.is_empty()
            && !named.actor.persons.is_empty()
            && !named.coordinated
            && comma_apart(cx, title, named)
        {
            built[k - 1].weak = true;
        }
    }
    // So does a topic or frame postposition: in "BMT, TDT və İƏT çərçivəsində"
    // none of the three acts.
    let mut framed: Vec<bool> = built
        .iter()
        .map(|g| {
            cx.tokens.get(g.last).is_some_and(|t| {
                t.sentence == cx.tokens[g.first].sentence && listed(topic_after, t.fold.as_str())
            })
        })
        .collect();
    for k in (1..built.len()).rev() {
        if framed[k] && (built[k].coordinated || comma_apart(cx, &built[k - 1], &built[k])) {
            framed[k - 1] = true;
            built[k - 1].weak = true;
        }
    }
    built
}

/// Words of a cue's object before a country it governs: the noun and two
/// adjectives ("односторонние санкции США").
const OBJECT_WORDS: usize = 3;

/// Whether the words right before `first` are a cue's object, its adjectives
/// and article included ("подверг критике односторонние санкции", "condemned
/// the recent"): what stands there is the one the act is aimed at.
fn in_cue_object(cx: &EventContext<'_>, first: usize, preps: &[String], cues: &[usize]) -> bool {
    let Some(sentence) = cx.tokens.get(first).map(|t| t.sentence) else {
        return false;
    };
    let lang = cx.lang_data;
    let object_word = |t: &Token| {
        t.sentence == sentence
            && t.gap == Gap::Space
            && t.text.chars().next().is_some_and(char::is_lowercase)
            && (listed(&lang.articles, &t.fold)
                || (!listed(&lang.stopwords, &t.fold) && !listed(preps, &t.fold)))
    };
    let mut at = first;
    for _ in 0..=OBJECT_WORDS {
        let Some(before) = at.checked_sub(1) else {
            return false;
        };
        if cues.contains(&before) {
            return cx.tokens[before].sentence == sentence;
        }
        if !object_word(&cx.tokens[before]) {
            return false;
        }
        at = before;
    }
    false
}

/// A country named right after a common noun is that noun's complement
/// ("еврейской общины США", "Конституции Армении"), not an actor; after a
/// preposition, a conjunction or an actor noun ("правительство Азербайджана") it is one.
fn governed_by_noun(
    cx: &EventContext<'_>,
    first: usize,
    preps: &[String],
    conj: &[String],
    cues: &[usize],
) -> bool {
    let Some(prev) = first.checked_sub(1).map(|p| &cx.tokens[p]) else {
        return false;
    };
    if prev.sentence != cx.tokens[first].sentence || cx.tokens[first].gap != Gap::Space {
        return false;
    }
    // "осудил действия Израиля", "подверг критике односторонние санкции США":
    // the complement of the cue's own object is whom the act is aimed at.
    if in_cue_object(cx, first, preps, cues) {
        return false;
    }
    let is_noun_like =
        prev.text.chars().next().is_some_and(char::is_lowercase) && prev.text.chars().count() > 3;
    let actor_noun = cx.linked.actor_noun_starts.contains(&(first - 1));
    // A frequent word ("demanded that Moscow …") is a function word, not a noun.
    let function_word = listed(&cx.lang_data.stopwords, &prev.fold);
    // "В среду Азербайджан осудил": the last word of a date governs nothing;
    // the name after it opens the clause.
    let ends_a_date = {
        let at = first - 1;
        let upto = cx.dates.partition_point(|d| d.start <= at);
        cx.dates[..upto].iter().any(|d| at < d.end)
    };
    is_noun_like
        && !actor_noun
        && !function_word
        && !ends_a_date
        && !listed(preps, &prev.fold)
        && !listed(conj, &prev.fold)
}

/// Whether a bare title (mention `title`, no country or body named with it),
/// right before a known person, is one he never held: "Мемлекет басшысы Джорджа
/// Мелонидің үлесін жоғары бағалады" is the head of state praising Meloni, who
/// was never one. A person with no role in the knowledge base keeps any title.
fn title_not_his(
    cx: &EventContext<'_>,
    title: usize,
    end: usize,
    next: usize,
    person: u32,
) -> bool {
    let Resolved::Title(t) = cx.linked.resolved[title] else {
        return false;
    };
    let person = &cx.kb.persons[person as usize];
    let role = cx.kb.titles[t as usize].role.get_ref();
    // "Hüseyn Əmir Abdullahian": a title word may be part of the name.
    let m = &cx.mentions[title];
    let in_name = || {
        cx.tokens[m.first..m.last].iter().any(|w| {
            person.names.values().flatten().any(|n| {
                n.split_whitespace()
                    .any(|part| crate::segment::fold(part) == w.fold.as_str())
            })
        })
    };
    // "Мемлекет басшысы Владимир Путинді … шақырды": the outlet's own head
    // of state invites Putin, whatever titles Putin holds.
    let home_title_of_another = || {
        let words: Vec<&str> = cx.tokens[m.first..m.last]
            .iter()
            .map(|w| w.fold.as_str())
            .collect();
        let home = cx
            .linked
            .home
            .map(|h| cx.kb.countries[h as usize].id.get_ref().as_str());
        listed(&cx.lang_data.home_titles, &words.join(" "))
            && home.is_some_and(|h| person.country.as_deref().is_some_and(|c| c != h))
    };
    end == next
        && ((!person.roles.is_empty() && !person.roles.iter().any(|r| r.role == *role))
            || home_title_of_another())
        && !in_name()
}

/// Whether a title named with its country ("Ukrayna Prezidenti") stands
/// before a known person of another country: "Ukrayna Prezidenti İlham Əliyevi
/// … dəvət edib" is Ukraine's president inviting Aliyev. A phrase that names
/// the person's own country anywhere ("посол Азербайджана в России") is his.
fn title_of_another_country(cx: &EventContext<'_>, phrase: &[usize], person: u32) -> bool {
    let Some(his) = cx.kb.persons[person as usize].country.as_deref() else {
        return false;
    };
    // Only a title and countries: a body or a place in the phrase may say more.
    let mut titles = 0;
    let mut countries = Vec::new();
    for &k in phrase {
        match cx.linked.resolved[k] {
            Resolved::Title(_) => titles += 1,
            Resolved::Country(c) => countries.push(cx.kb.countries[c as usize].id.get_ref()),
            _ => return false,
        }
    }
    titles == 1 && !countries.is_empty() && !countries.iter().any(|c| *c == his)
}

/// Whether mention `b` repeats mention `a` right after it, in brackets.
fn repeats_in_brackets(cx: &EventContext<'_>, a: usize, b: usize) -> bool {
    let (ma, mb) = (&cx.mentions[a], &cx.mentions[b]);
    ma.last == mb.first
        && cx.linked.resolved[a] == cx.linked.resolved[b]
        && gap_chars(cx, ma.last, mb.first).contains(&'(')
}

/// Whether punctuation that closes a phrase (a colon, a bracket, a quotation
/// mark, a dash) stands between two token positions.
pub(super) fn breaks_between(cx: &EventContext<'_>, from: usize, to: usize) -> bool {
    if from == 0 || to >= cx.tokens.len() || from > to {
        return false;
    }
    gap_chars(cx, from, to)
        .iter()
        .any(|c| matches!(c, ';' | ':' | '(' | ')' | '«' | '»' | '"' | '–' | '—'))
}

/// Words that may close a holder's first office before the comma of his
/// second ("туркменского народа,").
const SECOND_OFFICE_WORDS: usize = 2;

/// Mentions of a title phrase before its holder's name: its countries,
/// bodies and titles.
const TITLE_PHRASE_MENTIONS: usize = 6;

fn countries_of(cx: &EventContext<'_>, members: &[usize]) -> Vec<u32> {
    members
        .iter()
        .filter_map(|&k| match cx.linked.resolved[k] {
            Resolved::Country(c) | Resolved::CountryAdj(c) => Some(c),
            Resolved::NationalBody { country, .. } => Some(country),
            _ => None,
        })
        .collect()
}

/// Whether the token before `at` ends with a comma and nothing else.
fn comma_right_before(cx: &EventContext<'_>, at: usize) -> bool {
    at > 0
        && gap_chars(cx, at, at)
            .iter()
            .filter(|c| !c.is_whitespace())
            .eq([','].iter())
}

/// Whether the title phrase opening `phrase` (mention indices, its title
/// first) runs word by word to a person's name, naming on its way no country
/// but those in `countries` (when either names one).
fn named_in_phrase(cx: &EventContext<'_>, phrase: &[usize], countries: &[u32]) -> bool {
    let mut seen: Vec<u32> = Vec::new();
    for (k, &i) in phrase.iter().enumerate().take(TITLE_PHRASE_MENTIONS) {
        if k > 0 {
            let prev = &cx.mentions[phrase[k - 1]];
            let m = &cx.mentions[i];
            let apart = m.first < prev.last
                || m.first - prev.last > crate::link::MAX_OFFICIAL_NAME_WORDS
                || gap_chars(cx, prev.last, m.first)
                    .iter()
                    .any(|c| !c.is_whitespace() && !c.is_alphanumeric() && *c != '-');
            if apart {
                return false;
            }
        }
        let r = &cx.linked.resolved[i];
        if r.is_person() {
            return countries.is_empty()
                || seen.is_empty()
                || seen.iter().all(|c| countries.contains(c));
        }
        seen.extend(countries_of(cx, &[i]));
    }
    false
}

/// Whether two groups of a list stand next to each other with only a comma
/// between them ("Şahbaz Şerif, Katar Emiri …").
pub(super) fn comma_apart(cx: &EventContext<'_>, a: &Group, b: &Group) -> bool {
    let end = noun_end(cx, a.last);
    if end != b.first {
        return false;
    }
    let gap = gap_chars(cx, end, b.first);
    gap.contains(&',') && gap.iter().all(|&c| c == ',' || c == ' ')
}

/// Where a phrase ending before token `end` ends with the actor noun that may
/// follow it ("Azərbaycan Respublikası Hökuməti", "Ресей тарапы").
fn noun_end(cx: &EventContext<'_>, end: usize) -> usize {
    if cx.linked.actor_noun_starts.contains(&end) {
        end + 1
    } else {
        end
    }
}

/// The characters between the token before `end` (a mention's exclusive end)
/// and the token `next` (the next mention's first).
pub(super) fn gap_chars<'c>(cx: &EventContext<'c>, end: usize, next: usize) -> &'c [char] {
    &cx.chars[cx.tokens[end - 1].end..cx.tokens[next].start]
}

fn joined_by_hyphen(cx: &EventContext<'_>, m: &Mention) -> bool {
    crate::link::joined_by_hyphen(cx.tokens, cx.chars, m.first, m.last)
}

fn location_of(cx: &EventContext<'_>, members: &[usize]) -> Option<(Option<String>, String)> {
    for &k in members {
        match cx.linked.resolved[k] {
            Resolved::Place(p) => {
                let place = &cx.kb.places[p as usize];
                return Some((Some(place.id.get_ref().clone()), place.country.clone()));
            }
            Resolved::Country(c) => {
                return Some((None, cx.kb.countries[c as usize].id.get_ref().clone()))
            }
            Resolved::Org(o) => {
                if let Some(seat) = seat_of(cx, o) {
                    return Some(seat);
                }
            }
            _ => {}
        }
    }
    None
}

/// Most words between a name and the gathering noun it qualifies.
const GATHERING_QUALIFIERS: usize = 3;

/// The indices of the mentions that start at token `t` (mentions are sorted by start).
fn mentions_at<'a>(cx: &'a EventContext<'_>, t: usize) -> impl Iterator<Item = usize> + 'a {
    let from = cx.mentions.partition_point(|m| m.first < t);
    (from..cx.mentions.len()).take_while(move |&i| cx.mentions[i].first == t)
}

/// Whether a gathering's noun follows token `next` closely: each word up to it
/// set off by a space only, none of them an actor (a title may qualify it) nor
/// a frequent word ("Dövlətimizin başçısı isə Zirvə görüşünə …": `isə` ends the
/// phrase of the subject).
fn gathering_follows(cx: &EventContext<'_>, next: usize, sentence: u32) -> bool {
    let actor_at = |t: usize| {
        mentions_at(cx, t).any(|i| {
            !matches!(
                cx.linked.resolved[i],
                Resolved::Title(_) | Resolved::Nothing
            )
        })
    };
    for t in next..=next + GATHERING_QUALIFIERS {
        let Some(tok) = cx.tokens.get(t) else {
            return false;
        };
        if tok.gap != Gap::Space || tok.sentence != sentence {
            return false;
        }
        if cx.linked.gathering_starts.contains(&t) {
            return gathering_possessed(cx, t);
        }
        if actor_at(t) || (tok.stop_languages != 0 && !tok.is_capitalized()) {
            return false;
        }
    }
    false
}

/// Whether the gathering's noun starting at token `start` bears the possessive
/// ending that a name before it requires ("ШЫҰ отырысы", "NATO zirvəsinə"): a bare
/// or case-only noun ("Бектенов отырыс аясында", "Əliyev sammitdə") is not
/// qualified by the name, which stays the sentence's actor.
fn gathering_possessed(cx: &EventContext<'_>, start: usize) -> bool {
    let lang = cx.lang_data;
    let head_stems: Vec<String> = lang
        .gathering_nouns
        .iter()
        .filter_map(|p| p.split_whitespace().last())
        .map(|w| crate::segment::fold(w.trim_end_matches('*')))
        .collect();
    // The head noun is the last word of a pattern, at most two words on.
    cx.tokens.iter().skip(start).take(3).any(|tok| {
        head_stems.iter().any(|stem| {
            tok.fold.strip_prefix(stem.as_str()).is_some_and(|rest| {
                // A plural ending may come first ("ASEAN toplantıları").
                let rest = lang
                    .plural_endings
                    .iter()
                    .find_map(|p| rest.strip_prefix(p.as_str()))
                    .unwrap_or(rest);
                lang.possessive_suffixes
                    .iter()
                    .any(|s| rest.starts_with(s.as_str()))
            })
        })
    })
}

/// Where the building of a body stands, if the knowledge base says.
fn seat_of(cx: &EventContext<'_>, org: u32) -> Option<(Option<String>, String)> {
    let seat = cx.kb.organizations[org as usize].seat.as_deref()?;
    let place = &cx.kb.places[cx.kb.place(seat)? as usize];
    Some((Some(seat.to_string()), place.country.clone()))
}

/// Read a group as an actor: its person (named, or found through its title, country
/// and the date), organisations and countries.
fn fill_group(cx: &EventContext<'_>, g: &mut Group, plural_endings: &[String]) {
    let kb = cx.kb;
    let mut countries: Vec<String> = Vec::new();
    let mut title: Option<(u32, bool)> = None;
    let mut org_for_title: Option<String> = None;
    let mut adjective_only = true;
    let mut capital: Option<String> = None;
    let mut dative_head: Option<String> = None;
    for &k in &g.members {
        match &cx.linked.resolved[k] {
            Resolved::Person(p) => {
                adjective_only = false;
                g.has_person = true;
                g.has_head = true;
                let person = &kb.persons[*p as usize];
                push_unique(&mut g.actor.persons, person.id.get_ref());
                // A person acts in the capacity held on the date: the head of an
                // international organisation speaks for it, not for a country.
                let active: Vec<_> = person
                    .roles
                    .iter()
                    .filter(|r| crate::kb::role_active(r, cx.published))
                    .collect();
                let org_only = !active.is_empty()
                    && active
                        .iter()
                        .all(|r| r.organization.is_some() && r.country.is_none());
                if org_only {
                    for r in &active {
                        if let Some(o) = &r.organization {
                            // A national body's official speaks for the country; an
                            // international organisation's, for the organisation.
                            if !kb.is_national_body(o) {
                                push_unique(&mut g.actor.orgs, o);
                                g.org_capacity = true;
                            } else if let Some(c) = &person.country {
                                countries.insert(0, c.clone());
                            }
                        }
                    }
                } else if let Some(c) = &person.country {
                    countries.insert(0, c.clone());
                }
            }
            Resolved::Country(c) => {
                adjective_only = false;
                // The host of a phrase "X's … in Y" (`Қазақстандағы` after
                // `ҚХР-дың`) is where the office is, not whose it is.
                let host = k > g.members[0]
                    && cx.lang_data.syntax == "sov"
                    && cx.lang_data.is_location_suffix(&cx.mentions[k].suffix);
                if !host {
                    push_unique(&mut countries, kb.countries[*c as usize].id.get_ref());
                }
            }
            Resolved::CountryAdj(c) => {
                push_unique(&mut countries, kb.countries[*c as usize].id.get_ref())
            }
            Resolved::Org(o) => {
                adjective_only = false;
                let org = &kb.organizations[*o as usize];
                match org.kind {
                    _ if org.venue.is_some() => {}
                    OrgKind::Media | OrgKind::Forum | OrgKind::Company => {}
                    kind => {
                        push_unique(&mut g.actor.orgs, org.id.get_ref());
                        org_for_title = Some(org.id.get_ref().clone());
                        if kind == OrgKind::International {
                            g.org_capacity = true;
                        }
                        if kind == OrgKind::Government {
                            if let Some(c) = &org.country {
                                push_unique(&mut countries, c);
                            }
                        }
                    }
                }
            }
            Resolved::NationalBody { template, country } => {
                adjective_only = false;
                let iso = kb.countries[*country as usize].id.get_ref();
                push_unique(
                    &mut g.actor.orgs,
                    &kb.org_templates[*template as usize].id_for(iso),
                );
                push_unique(&mut countries, iso);
            }
            Resolved::Title(t) => {
                adjective_only = false;
                g.has_head = true;
                let m = &cx.mentions[k];
                let head_ending = first_word_suffix(cx, m);
                let head_plural = plural_endings
                    .iter()
                    .any(|e| !e.is_empty() && (*e == head_ending || *e == m.suffix));
                // "Послу Азербайджана был заявлен протест": in a language
                // that puts the head first, a title opening the group gives
                // the case of the whole phrase, not the genitive after it.
                if k == g.members[0] && cx.lang_data.syntax != "sov" {
                    dative_head = head_case(cx, m, *t, &cx.lang_data.target_suffixes);
                }
                title = Some((*t, head_plural));
            }
            Resolved::NewPerson { id, .. } => {
                adjective_only = false;
                g.has_person = true;
                g.has_head = true;
                push_unique(&mut g.actor.persons, id);
            }
            Resolved::Place(p) => {
                // "Баку отверг", "Moscow demands": a capital as actor is its state;
                // in a route's name ("Bakü-Tiflis-Kars") it is no one.
                let in_route = joined_by_hyphen(cx, &cx.mentions[k]);
                let stands_for = kb.places[*p as usize]
                    .stands_for
                    .as_deref()
                    .and_then(|id| kb.org(id))
                    .filter(|_| !in_route);
                if let Some(o) = stands_for {
                    adjective_only = false;
                    push_unique(&mut g.actor.orgs, kb.organizations[o as usize].id.get_ref());
                    g.org_capacity = true;
                } else if let Some(c) = kb.capital_of(*p).filter(|_| !in_route) {
                    adjective_only = false;
                    capital = Some(kb.countries[c as usize].id.get_ref().clone());
                }
            }
            Resolved::Nothing => {}
        }
    }
    if let Some(ending) = dative_head {
        g.suffix = ending;
    }
    if let Some((t, plural)) = title {
        let t = &kb.titles[t as usize];
        if countries.is_empty() {
            if let Some(c) = &t.country {
                countries.push(c.clone());
            }
        }
        // A title of one body's members names the body of whoever holds it
        // ("European Commissioner Marta Kos").
        if let Some(o) = &t.organization {
            if countries.is_empty() && g.actor.orgs.is_empty() {
                push_unique(&mut g.actor.orgs, o);
            }
        }
        if !g.has_person && !plural {
            let org = t.organization.clone().or(org_for_title.clone());
            let country = if org.is_some() {
                None
            } else {
                // A title with no country ("Глава государства", "dövlətimizin başçısı")
                // is the outlet's own official.
                countries.first().cloned().or_else(|| {
                    cx.linked
                        .home
                        .map(|h| kb.countries[h as usize].id.get_ref().clone())
                })
            };
            if country.is_some() || org.is_some() {
                let holders = kb.holders(
                    t.role.get_ref(),
                    country.as_deref(),
                    org.as_deref(),
                    cx.published,
                );
                if holders.len() == 1 {
                    let p = &kb.persons[holders[0] as usize];
                    push_unique(&mut g.actor.persons, p.id.get_ref());
                    g.has_person = true;
                    if countries.is_empty() {
                        if let Some(c) = country.or(p.country.clone()).filter(|_| org.is_none()) {
                            countries.push(c);
                        }
                    }
                }
            }
        }
    }
    if adjective_only {
        // A country adjective is an actor only before a noun like "сторона".
        let noun = cx
            .linked
            .actor_noun_starts
            .iter()
            .copied()
            .find(|&s| s >= g.last && s <= g.last + 1);
        g.weak = noun.is_none();
        g.noun_headed = noun.is_some();
        // In Turkic languages the case of "Türk mevkidaşına" is on the noun: it
        // decides whether the group is the subject or the counterpart.
        if let Some(word) = noun.filter(|_| cx.lang_data.syntax == "sov") {
            g.suffix = case_ending(cx.lang_data, cx.tokens[word].fold.as_str());
        }
    } else if cx.lang_data.syntax == "sov"
        && g.suffix.is_empty()
        && g.members.iter().all(|&k| {
            matches!(
                cx.linked.resolved[k],
                Resolved::Country(_) | Resolved::Org(_)
            )
        })
    {
        // So is that of a country or a body named before such a noun ("Грузия
        // тарапымен", with the Georgian side; "Aİ rəhbərliyinin", the EU
        // leadership's). The noun's possessive ending ties it to the name
        // ("Azərbaycan tərəfi", the Azerbaijani side) and is no case.
        if let Some(k) = cx
            .linked
            .actor_noun_starts
            .iter()
            .position(|&s| s == g.last)
        {
            let word = cx.linked.actor_noun_ends[k] - 1;
            g.suffix = noun_case(cx.lang_data, cx.tokens[word].fold.as_str());
            // "Azərbaycan nazirini … qəbul edib": an actor told by the noun,
            // a guest a host can receive.
            g.noun_headed = true;
        }
    }
    if countries.is_empty() {
        // An unknown person named without his title is of the country it gave.
        let new_person_country = g.actor.persons.iter().find_map(|id| {
            cx.linked
                .new_person_country(id)
                .map(|c| kb.countries[c as usize].id.get_ref().clone())
        });
        if let Some(c) = new_person_country.or(capital) {
            countries.push(c);
        }
    }
    if countries.is_empty() && g.actor.orgs.is_empty() {
        // So is one introduced as an international body's official, of that body.
        let new_person_org = g.actor.persons.iter().find_map(|id| {
            cx.linked
                .new_person_organizations
                .iter()
                .find(|(known, _)| known == id)
                .map(|&(_, o)| &kb.organizations[o as usize])
        });
        if let Some(org) = new_person_org {
            push_unique(&mut g.actor.orgs, org.id.get_ref());
            g.org_capacity = true;
        }
    }
    // A government title with no country before an unknown name ("Сыртқы
    // істер министрінің орынбасары Әлібек Бақаев") is the outlet's own
    // official, as the title alone is; not an envoy's, who serves abroad.
    let home_title = title
        .map(|(t, _)| &kb.titles[t as usize])
        .is_some_and(|t| t.organization.is_none() && !t.serves_abroad);
    if countries.is_empty() && g.actor.orgs.is_empty() && home_title {
        // (A person the knowledge base knows has given his country by now; one
        // whose title gave a country elsewhere on the page took it above.)
        let named_without_country = g
            .actor
            .persons
            .iter()
            .any(|id| cx.linked.new_person_country(id).is_none());
        if let Some(h) = cx.linked.home.filter(|_| named_without_country) {
            countries.push(kb.countries[h as usize].id.get_ref().clone());
        }
    }
    // A handful of countries at most: a linear scan beats hashing each.
    let mut unique: Vec<String> = Vec::with_capacity(countries.len());
    for c in countries {
        if !unique.contains(&c) {
            unique.push(c);
        }
    }
    let countries = unique;
    // An organisation's official acts for the organisation: no country side.
    g.actor.countries = if g.org_capacity {
        Vec::new()
    } else {
        countries
    };
}

/// The case of a noun that stands for the actor before it ("Грузия тарапымен",
/// "… nümayəndə heyətini"): its case ending, where a possessive one, which only
/// ties the noun to the name ("Azərbaycan tərəfi"), is none.
fn noun_case(lang: &LangData, word: &str) -> String {
    let ending = case_ending(lang, word);
    if lang.possessive_suffixes.contains(&ending) {
        String::new()
    } else {
        ending
    }
}

/// Where the words after a mention start: past its case ending when that is
/// written apart ("NATO-nun Baş katibi" is as close as "Rusiyanın xarici
/// işlər naziri").
fn after_suffix(cx: &EventContext<'_>, m: &Mention) -> usize {
    m.last + usize::from(suffix_written_apart(cx, m.last, &m.suffix))
}

/// Whether the token at `at` is the case ending `suffix` set off by an
/// apostrophe or a hyphen ("Lübnan'a", "NATO-nun").
fn suffix_written_apart(cx: &EventContext<'_>, at: usize, suffix: &str) -> bool {
    cx.tokens.get(at).is_some_and(|t| {
        matches!(t.gap, Gap::Apostrophe | Gap::Hyphen) && !suffix.is_empty() && t.fold == suffix
    })
}

/// Whether the group is made of country adjectives only ("российско-
/// азербайджанские").
fn adjectives_only(cx: &EventContext<'_>, g: &Group) -> bool {
    g.members
        .iter()
        .all(|&i| matches!(cx.linked.resolved[i], Resolved::CountryAdj(_)))
}

/// The longest case ending of the language (counterpart, genitive or
/// accusative) that `word` ends with, leaving a stem of three letters or more,
/// and at least the stem of the actor noun it is ("үкімет*": "Үкіметі" is the
/// possessive of "үкімет", not an accusative in "-ті"); empty if none.
fn case_ending(lang: &LangData, word: &str) -> String {
    let noun_stem = lang
        .actor_nouns
        .iter()
        .filter_map(|n| n.strip_suffix('*'))
        .filter(|stem| word.starts_with(stem))
        .map(str::len)
        .max()
        .unwrap_or(0);
    lang.target_suffixes
        .iter()
        .chain(&lang.genitive_suffixes)
        .chain(&lang.accusative_suffixes)
        .filter(|e| {
            word.strip_suffix(e.as_str())
                .is_some_and(|stem| stem.chars().count() >= 3 && stem.len() >= noun_stem)
        })
        .max_by_key(|e| e.len())
        .cloned()
        .unwrap_or_default()
}

/// The ending of `endings` on a title's first word, when what it leaves is the
/// start of one of the title's head words ("послу": "посл" of "посла").
fn head_case(cx: &EventContext<'_>, m: &Mention, title: u32, endings: &[String]) -> Option<String> {
    let word = cx.tokens[m.first].fold.as_str();
    let heads = &cx.kb.title_heads[title as usize];
    endings
        .iter()
        .filter(|e| {
            word.strip_suffix(e.as_str()).is_some_and(|stem| {
                stem.chars().count() >= 3 && heads.iter().any(|h| h.starts_with(stem))
            })
        })
        .max_by_key(|e| e.len())
        .cloned()
}

fn first_word_suffix(cx: &EventContext<'_>, m: &Mention) -> String {
    // The ending on the title's head word: its text beyond the folded lexicon form is
    // not kept per word, so read it off the word itself against the endings.
    let tok = &cx.tokens[m.first];
    let title_word = match &m.kind {
        MentionKind::Title(t) => cx.kb.title_heads[*t as usize]
            .iter()
            .find(|w| tok.fold.starts_with(w.as_str())),
        _ => None,
    };
    match title_word {
        Some(w) => tok.fold[w.len()..].to_string(),
        None => String::new(),
    }
}

/// Plain words that may stand between a possessor in the genitive and the
/// relative participle it is the subject of ("Mirzoyanın iclasda səsləndirdiyi").
const POSSESSOR_REACH: usize = 2;
