//! Acronyms a page defines for itself: "Avrupa Parlamentosu (AP)", "Шанхайская
//! организация сотрудничества (ШОС)". Within that page the acronym names what
//! it was defined for, whether the knowledge base knows it for something else
//! (`AP`, the Associated Press) or not at all.

use crate::mentions::{Mention, MentionKind};
use crate::segment::{Gap, Token};

/// Letters an acronym has at most; longer upper-case words are shouting.
const MAX_ACRONYM_LETTERS: usize = 8;
/// Letters of an ending written after an acronym's apostrophe (`AP'nin`).
const MAX_SUFFIX_LETTERS: usize = 4;

/// Rebinds every use of an acronym defined in parentheses after a named
/// country or organisation to that entity, adding mentions where the
/// knowledge base had none.
pub fn apply_defined(mentions: &mut Vec<Mention>, tokens: &[Token], chars: &[char]) {
    let definitions: Vec<(String, MentionKind)> = mentions
        .iter()
        .filter(|m| {
            matches!(
                m.kind,
                MentionKind::Org(_) | MentionKind::OrgTemplate(_) | MentionKind::Country(_)
            )
        })
        .filter_map(|m| {
            let t = m.last;
            let acronym = tokens.get(t)?;
            let opens = only_char(&chars[tokens[t - 1].end..acronym.start], '(');
            let closes = chars[acronym.end..]
                .iter()
                .find(|c| !c.is_whitespace())
                .is_some_and(|&c| c == ')');
            (opens && closes && is_acronym(acronym))
                .then(|| (acronym.text.to_string(), m.kind.clone()))
        })
        .collect();
    if definitions.is_empty() {
        return;
    }
    for (i, token) in tokens.iter().enumerate() {
        let Some((_, kind)) = definitions.iter().find(|(a, _)| token.text == *a) else {
            continue;
        };
        // A longer name that holds the acronym ("AP Genel Kurulu") keeps its own reading.
        if mentions
            .iter()
            .any(|m| m.first <= i && m.last > i && m.last - m.first > 1)
        {
            continue;
        }
        mentions.retain(|m| !(m.first == i && m.last == i + 1));
        mentions.push(Mention {
            first: i,
            last: i + 1,
            start: token.start,
            end: token.end,
            kind: kind.clone(),
            suffix: apart_suffix(tokens, i + 1),
        });
    }
    mentions.sort_by_key(|m| m.first);
}

/// Whether `gap` holds `wanted` and nothing else but spaces. Checked for
/// every named country and organisation of every page, so nothing is allocated.
fn only_char(gap: &[char], wanted: char) -> bool {
    let mut marks = gap.iter().filter(|c| !c.is_whitespace());
    marks.next() == Some(&wanted) && marks.next().is_none()
}

fn is_acronym(t: &Token) -> bool {
    let letters = t.text.chars().count();
    (2..=MAX_ACRONYM_LETTERS).contains(&letters)
        && t.text
            .chars()
            .all(|c| c.is_alphabetic() && c.is_uppercase())
}

/// The case ending written after an apostrophe or hyphen (`AP'nin`, `ШОС-а`).
fn apart_suffix(tokens: &[Token], next: usize) -> String {
    tokens
        .get(next)
        .filter(|t| matches!(t.gap, Gap::Apostrophe | Gap::Hyphen))
        .filter(|t| !t.is_capitalized() && t.fold.chars().count() <= MAX_SUFFIX_LETTERS)
        .map(|t| t.fold.to_string())
        .unwrap_or_default()
}
