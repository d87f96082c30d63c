//! Language identification from distinctive letters and frequent words.
//!
//! The languages we read are told apart by a handful of letters (`ə` for
//! Azerbaijani, `ң`, `ұ`, `қ` for Kazakh, `ы`, `э` for Russian) and by their most
//! frequent words; both lists live in `data/lang/*.toml`. Scores are per document,
//! and [`identify_paragraphs`] gives the same per paragraph for mixed pages.

use crate::kb::KnowledgeBase;
use crate::segment::Token;
use std::collections::HashMap;

/// A language code (`ru`, `az`, `kk`, `en`, `tr`), or `und` when nothing fits.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Lang(pub String);

impl Lang {
    pub fn undetermined() -> Lang {
        Lang("und".into())
    }
    pub fn code(&self) -> &str {
        &self.0
    }
}

/// Identify the language of a stretch of text given its words.
pub fn identify(tokens: &[Token], kb: &KnowledgeBase) -> Lang {
    let mut scores: HashMap<&str, f64> = HashMap::new();
    let words = tokens.len().max(1) as f64;
    // One pass over the words: scripts, and every distinctive letter once.
    let mut script_counts: HashMap<&str, usize> = HashMap::new();
    let mut letter_counts = LetterCounts::default();
    for t in tokens {
        if let Some(script) = script_of(&t.text) {
            *script_counts.entry(script).or_default() += 1;
        }
        for c in t.fold.chars().filter(|c| !c.is_ascii()) {
            letter_counts.add(c);
        }
    }
    for (code, lang) in &kb.langs {
        let letter_hits: usize = crate::segment::fold(&lang.letters)
            .chars()
            .map(|c| letter_counts.get(c))
            .sum();
        let stop_hits = tokens
            .iter()
            .filter(|t| lang.stopword_set.contains(&t.fold))
            .count();
        let script_hits = script_counts
            .get(lang.script.as_str())
            .copied()
            .unwrap_or(0);
        // Words in the language's script are a precondition; letters and frequent words decide.
        let score = (script_hits as f64 / words)
            * (1.0 + 3.0 * stop_hits as f64 / words + letter_hits as f64 / words);
        // A language with letters of its own is unlikely when none of them appears.
        let score = if !lang.letters.is_empty() && letter_hits == 0 {
            score * 0.5
        } else {
            score
        };
        scores.insert(code.as_str(), score);
    }
    scores
        .into_iter()
        .filter(|(_, s)| *s > 0.05)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(c, _)| Lang(c.to_string()))
        .unwrap_or_else(Lang::undetermined)
}

/// The language of each paragraph (blank-line separated) of the cleaned text, with
/// the paragraph's character range.
pub fn identify_paragraphs(
    text: &str,
    tokens: &[Token],
    kb: &KnowledgeBase,
) -> Vec<(std::ops::Range<usize>, Lang)> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i <= chars.len() {
        let at_break = i == chars.len() || (chars[i] == '\n' && chars.get(i + 1) == Some(&'\n'));
        if at_break {
            if i > start {
                let toks: Vec<Token> = tokens
                    .iter()
                    .filter(|t| t.start >= start && t.end <= i)
                    .cloned()
                    .collect();
                out.push((start..i, identify(&toks, kb)));
            }
            start = i + 2;
            i += 2;
            continue;
        }
        i += 1;
    }
    out
}

/// How often each non-ASCII letter occurs. Every letter of a Cyrillic page
/// is counted, so the alphabets we read (Latin Extended and Cyrillic, below
/// U+0500) are counted in an array rather than hashed one by one.
struct LetterCounts {
    common: Vec<usize>,
    rare: HashMap<char, usize>,
}

impl Default for LetterCounts {
    fn default() -> Self {
        LetterCounts {
            common: vec![0; 0x500],
            rare: HashMap::new(),
        }
    }
}

impl LetterCounts {
    fn add(&mut self, c: char) {
        match self.common.get_mut(c as usize) {
            Some(n) => *n += 1,
            None => *self.rare.entry(c).or_default() += 1,
        }
    }

    fn get(&self, c: char) -> usize {
        match self.common.get(c as usize) {
            Some(&n) => n,
            None => self.rare.get(&c).copied().unwrap_or(0),
        }
    }
}

fn script_of(word: &str) -> Option<&'static str> {
    let c = word.chars().find(|c| c.is_alphabetic())?;
    match c as u32 {
        0x0400..=0x04FF => Some("cyrillic"),
        0x0041..=0x024F => Some("latin"),
        _ => None,
    }
}
