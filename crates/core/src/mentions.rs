//! Mentions: spans of the text that name a country, person, organisation, place
//! or title, found with the inflection-aware lexicon of the knowledge base.
//!
//! Overlapping candidates are settled longest-first (`Совета Безопасности ООН`
//! beats `ООН`); a span that several persons share (a surname) keeps all of them
//! for the linker to decide.

use crate::kb::{KnowledgeBase, MentionRef};
use crate::lexicon::Match;
use crate::segment::{Gap, Token};

#[derive(Debug, Clone, PartialEq)]
pub enum MentionKind {
    Country(u32),
    CountryAdj(u32),
    /// Candidate persons; `full` when the whole name (not the surname alone) was written.
    Person { candidates: Vec<u32>, full: bool },
    Org(u32),
    OrgTemplate(u32),
    Place(u32),
    Title(u32),
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
    pub fn text<'t>(&self, chars: &'t [char]) -> String {
        chars[self.start..self.end].iter().collect()
    }
}

fn rank(r: &MentionRef) -> u8 {
    match r {
        MentionRef::Person { surname: false, .. } => 0,
        MentionRef::Org(_) => 1,
        MentionRef::OrgTemplate(_) => 2,
        MentionRef::Country(_) => 3,
        MentionRef::Title(_) => 4,
        MentionRef::Place(_) => 5,
        MentionRef::Person { surname: true, .. } => 6,
        MentionRef::CountryAdj(_) => 7,
    }
}

pub fn find(tokens: &[Token], kb: &KnowledgeBase) -> Vec<Mention> {
    let all = kb.mentions.find_all(tokens, &kb.endings);
    // Persons sharing a span are candidates of one mention, not rivals.
    let kept = crate::lexicon::longest_first(all.clone(), rank);
    let mut out = Vec::with_capacity(kept.len());
    for m in kept {
        let kind = match *m.payload {
            MentionRef::Person { surname, .. } => {
                let mut candidates: Vec<u32> = same_span(&all, &m)
                    .filter_map(|r| match r {
                        MentionRef::Person { idx, surname: s } if s == surname => Some(idx),
                        _ => None,
                    })
                    .collect();
                candidates.sort_unstable();
                candidates.dedup();
                MentionKind::Person { candidates, full: !surname }
            }
            MentionRef::Country(i) => MentionKind::Country(i),
            MentionRef::CountryAdj(i) => MentionKind::CountryAdj(i),
            MentionRef::Org(i) => MentionKind::Org(i),
            MentionRef::OrgTemplate(i) => MentionKind::OrgTemplate(i),
            MentionRef::Place(i) => MentionKind::Place(i),
            MentionRef::Title(i) => MentionKind::Title(i),
        };
        let mut first = m.start;
        if let MentionKind::Person { candidates, full: false } = &kind {
            // An initial before a surname (`O.Bektenov`, `Ə. Əsədov`) belongs to the
            // mention and must agree with the person's first name.
            if let Some(initial) = initial_before(tokens, m.start) {
                let agreeing: Vec<u32> =
                    candidates.iter().copied().filter(|&p| has_initial(kb, p, &initial)).collect();
                if agreeing.is_empty() {
                    continue;
                }
                first = m.start - 1;
                out.push(Mention {
                    first,
                    last: m.end,
                    start: tokens[first].start,
                    end: tokens[m.end - 1].end,
                    kind: MentionKind::Person { candidates: agreeing, full: false },
                    suffix: m.suffix.clone(),
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
            suffix: m.suffix.clone(),
        });
    }
    out
}

fn same_span<'a>(all: &'a [Match<'a, MentionRef>], m: &'a Match<'a, MentionRef>) -> impl Iterator<Item = MentionRef> + 'a {
    all.iter().filter(move |o| o.start == m.start && o.end == m.end).map(|o| *o.payload)
}

/// The folded initial written before token `i`, if any.
fn initial_before(tokens: &[Token], i: usize) -> Option<String> {
    let cur = tokens.get(i)?;
    let prev = tokens.get(i.checked_sub(1)?)?;
    let single = prev.text.chars().count() == 1 && prev.is_capitalized();
    let dotted = cur.gap == Gap::Dot || (cur.gap == Gap::Punct && cur.start == prev.end + 2);
    (single && dotted).then(|| prev.fold.clone())
}

fn has_initial(kb: &KnowledgeBase, person: u32, initial: &str) -> bool {
    kb.persons[person as usize]
        .names
        .values()
        .flatten()
        .filter_map(|n| n.split_whitespace().next())
        .any(|first| crate::segment::fold(first).starts_with(initial))
}
