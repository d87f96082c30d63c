//! Language identification from distinctive letters and frequent words.
//!
//! The languages we read are told apart by a handful of letters (`ə` for
//! Azerbaijani, `ң`, `ұ`, `қ` for Kazakh, `ы`, `э` for Russian) and by their most
//! frequent words; both lists live in `data/lang/*.toml`. Scores are per document,
//! and [`identify_paragraphs`] gives the same per paragraph for mixed pages.

use crate::kb::model::LangData;
use crate::kb::KnowledgeBase;
use crate::segment::{Gap, Token};
use rustc_hash::FxHashMap;

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

/// What identification needs of each language, prepared once per knowledge base:
/// the folded distinctive letters, the script, and one table from frequent word
/// to the languages it is frequent in, so that each word is looked up once
/// rather than once per language.
#[derive(Debug, Clone, Default)]
pub struct Profiles {
    langs: Vec<Profile>,
    /// Frequent word → indices (in `langs`) of the languages it is frequent in.
    stopwords: FxHashMap<String, Vec<usize>>,
    letters: LetterSlots,
}

/// Every distinctive letter of any language, numbered: only these are counted.
#[derive(Debug, Clone, Default)]
pub struct LetterSlots {
    slots: FxHashMap<char, usize>,
    /// The same for the first [`TABLE_CHARS`] code points, as a table: Cyrillic
    /// pages ask for every letter.
    table: Vec<u16>,
}

const TABLE_CHARS: usize = 0x530;
const NO_SLOT: u16 = u16::MAX;

#[derive(Debug, Clone)]
struct Profile {
    code: String,
    script: String,
    /// The slots of the language's distinctive letters.
    letters: Vec<usize>,
    ascii_only: bool,
}

/// At most this many languages: a word's frequent-word languages are 16 bits.
pub const MAX_LANGUAGES: usize = 16;

impl Profiles {
    pub fn new<'a>(langs: impl IntoIterator<Item = &'a LangData>) -> Profiles {
        let mut profiles = Profiles::default();
        let mut langs: Vec<&LangData> = langs.into_iter().collect();
        langs.sort_by(|a, b| a.code.cmp(&b.code));
        for (i, lang) in langs.into_iter().enumerate() {
            let letters = crate::segment::fold(&lang.letters)
                .chars()
                .map(|c| profiles.letters.number(c))
                .collect();
            profiles.langs.push(Profile {
                code: lang.code.clone(),
                script: lang.script.clone(),
                letters,
                ascii_only: lang.ascii_only,
            });
            for w in &lang.stopwords {
                let langs = profiles
                    .stopwords
                    .entry(crate::segment::fold(w))
                    .or_default();
                if !langs.contains(&i) {
                    langs.push(i);
                }
            }
        }
        profiles.letters.fill_table();
        profiles
    }

    /// The numbered distinctive letters, for [`crate::vocabulary::Vocabulary::set_letters`].
    pub fn letter_slots(&self) -> &LetterSlots {
        &self.letters
    }

    /// Each frequent word with one bit per language it is frequent in, in the
    /// order of this profile's languages, for [`crate::vocabulary::Vocabulary::set_stopwords`].
    pub fn stopword_bits(&self) -> impl Iterator<Item = (String, u16)> + '_ {
        self.stopwords.iter().map(|(word, langs)| {
            let bits = langs
                .iter()
                .filter(|&&i| i < MAX_LANGUAGES)
                .fold(0u16, |b, &i| b | 1 << i);
            (word.clone(), bits)
        })
    }
}

impl LetterSlots {
    /// The slot of `c`, given one if it has none yet.
    fn number(&mut self, c: char) -> usize {
        let next = self.slots.len();
        *self.slots.entry(c).or_insert(next)
    }

    fn fill_table(&mut self) {
        self.table = vec![NO_SLOT; TABLE_CHARS];
        for (&c, &slot) in &self.slots {
            if let Some(entry) = self.table.get_mut(c as usize) {
                *entry = slot as u16;
            }
        }
    }

    fn len(&self) -> usize {
        self.slots.len()
    }

    fn slot(&self, c: char) -> Option<usize> {
        match self.table.get(c as usize) {
            Some(&NO_SLOT) => None,
            Some(&slot) => Some(slot as usize),
            None => self.slots.get(&c).copied(),
        }
    }

    /// What identification reads of one word: the script of `text` (the word as
    /// written) and the distinctive letters of `fold` (its folded form).
    pub fn word_letters(&self, text: &str, fold: &str) -> WordLetters {
        let mut word = WordLetters::default();
        match script_of(text) {
            Some(Script::Cyrillic) => word.flags |= WordLetters::CYRILLIC,
            Some(Script::Latin) => {
                word.flags |= WordLetters::LATIN;
                if !text.is_ascii() {
                    word.flags |= WordLetters::BEYOND_ASCII;
                }
            }
            None => {}
        }
        for c in fold.chars().filter(|c| !c.is_ascii()) {
            if let Some(slot) = self.slot(c) {
                word.count(slot);
            }
        }
        word
    }
}

/// One word's evidence for language identification, small enough to be
/// remembered with the word's analysis ([`crate::segment::tokenize_identifying`]):
/// decoding every letter of every word again was a thirtieth of the extraction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordLetters {
    flags: u8,
    /// (slot, occurrences) of the distinctive letters, in order of appearance.
    counts: [(u8, u8); 4],
    len: u8,
}

impl WordLetters {
    const CYRILLIC: u8 = 1;
    const LATIN: u8 = 2;
    const BEYOND_ASCII: u8 = 4;
    /// More distinct letters, or more of one, than the counts hold: the word's
    /// folded form is read again when it is counted.
    const OVERFLOW: u8 = 8;

    fn count(&mut self, slot: usize) {
        if self.flags & Self::OVERFLOW != 0 {
            return;
        }
        let used = &mut self.counts[..self.len as usize];
        if let Some(entry) = used.iter_mut().find(|(s, _)| *s as usize == slot) {
            if entry.1 < u8::MAX {
                entry.1 += 1;
                return;
            }
        } else if (self.len as usize) < self.counts.len() && slot <= u8::MAX as usize {
            self.counts[self.len as usize] = (slot as u8, 1);
            self.len += 1;
            return;
        }
        self.flags |= Self::OVERFLOW;
    }
}

/// Language identification's counts over a stretch of words, added one word
/// at a time; [`Evidence::language`] decides.
#[derive(Debug, Clone)]
pub struct Evidence<'p> {
    profiles: &'p Profiles,
    words: usize,
    cyrillic: usize,
    latin: usize,
    latin_beyond_ascii: usize,
    letter_counts: Vec<usize>,
    stop_hits: Vec<usize>,
}

impl<'p> Evidence<'p> {
    pub fn new(profiles: &'p Profiles) -> Evidence<'p> {
        Evidence {
            profiles,
            words: 0,
            cyrillic: 0,
            latin: 0,
            latin_beyond_ascii: 0,
            letter_counts: vec![0; profiles.letters.len()],
            stop_hits: vec![0; profiles.langs.len()],
        }
    }

    /// Count one word: its letters, its folded form, the gap before it, and
    /// its frequent-word languages when they were read with its keys (`None`:
    /// look them up).
    pub fn add(&mut self, letters: &WordLetters, fold: &str, gap: Gap, stop_bits: Option<u16>) {
        self.words += 1;
        if letters.flags & WordLetters::CYRILLIC != 0 {
            self.cyrillic += 1;
        }
        if letters.flags & WordLetters::LATIN != 0 {
            self.latin += 1;
            if letters.flags & WordLetters::BEYOND_ASCII != 0 {
                self.latin_beyond_ascii += 1;
            }
        }
        if letters.flags & WordLetters::OVERFLOW != 0 {
            for c in fold.chars().filter(|c| !c.is_ascii()) {
                if let Some(slot) = self.profiles.letters.slot(c) {
                    self.letter_counts[slot] += 1;
                }
            }
        } else {
            for &(slot, n) in &letters.counts[..letters.len as usize] {
                self.letter_counts[slot as usize] += n as usize;
            }
        }
        // A case ending after an apostrophe ("Fidan'a") is no word of its own: counted,
        // the Turkish dative would pass for the English article.
        if gap == Gap::Apostrophe {
            return;
        }
        match stop_bits.filter(|_| self.profiles.langs.len() <= MAX_LANGUAGES) {
            Some(mut bits) => {
                while bits != 0 {
                    self.stop_hits[bits.trailing_zeros() as usize] += 1;
                    bits &= bits - 1;
                }
            }
            None => {
                for &i in self.profiles.stopwords.get(fold).into_iter().flatten() {
                    self.stop_hits[i] += 1;
                }
            }
        }
    }

    /// The language the counted words are most likely in.
    pub fn language(&self) -> Lang {
        let words = self.words.max(1) as f64;
        let mut best: Option<(&str, f64)> = None;
        for (lang, &stop_hits) in self.profiles.langs.iter().zip(&self.stop_hits) {
            let letter_hits: usize = lang
                .letters
                .iter()
                .map(|&slot| self.letter_counts[slot])
                .sum();
            let script_hits = match lang.script.as_str() {
                "cyrillic" => self.cyrillic,
                "latin" => self.latin,
                _ => 0,
            };
            // Words in the language's script are a precondition; letters and frequent words decide.
            let score = (script_hits as f64 / words)
                * (1.0 + 3.0 * stop_hits as f64 / words + letter_hits as f64 / words);
            // A language with letters of its own is unlikely when none of them appears.
            let score = if !lang.letters.is_empty() && letter_hits == 0 {
                score * 0.5
            } else {
                score
            };
            // One Latin word in ten with a letter beyond ASCII rules out an ASCII-only language.
            let score = if lang.ascii_only && self.latin_beyond_ascii * 10 > self.latin {
                score * 0.5
            } else {
                score
            };
            // Languages are in code order: on a tie the first code wins.
            if score > 0.05 && best.is_none_or(|(_, b)| score > b) {
                best = Some((lang.code.as_str(), score));
            }
        }
        best.map(|(c, _)| Lang(c.to_string()))
            .unwrap_or_else(Lang::undetermined)
    }
}

/// Identify the language of a stretch of text given its words.
pub fn identify(tokens: &[Token], kb: &KnowledgeBase) -> Lang {
    let profiles = &kb.language_profiles;
    let mut evidence = Evidence::new(profiles);
    for t in tokens {
        // Analysed words carry their frequent-word languages; others are looked up.
        let stop_bits = t
            .keys
            .numbered_by(kb.vocabulary.stamp())
            .map(|_| t.stop_languages);
        let letters = profiles.letters.word_letters(&t.text, &t.fold);
        evidence.add(&letters, &t.fold, t.gap, stop_bits);
    }
    evidence.language()
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

enum Script {
    Cyrillic,
    Latin,
}

fn script_of(word: &str) -> Option<Script> {
    let c = word.chars().find(|&c| crate::segment::is_letter(c))?;
    match c as u32 {
        0x0400..=0x04FF => Some(Script::Cyrillic),
        0x0041..=0x024F => Some(Script::Latin),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Distinctive letters counted word by word through [`WordLetters`], as
    /// the tokenizer remembers them, and character by character.
    fn letter_counts(text: &str) -> (Vec<usize>, Vec<usize>) {
        let kb = KnowledgeBase::embedded().unwrap();
        let profiles = &kb.language_profiles;
        let mut evidence = Evidence::new(profiles);
        for t in crate::segment::tokenize(text) {
            let letters = profiles.letters.word_letters(&t.text, &t.fold);
            evidence.add(&letters, &t.fold, t.gap, None);
        }
        let mut direct = vec![0; profiles.letters.len()];
        for c in crate::segment::fold(text).chars() {
            if let Some(slot) = profiles.letters.slot(c) {
                direct[slot] += 1;
            }
        }
        (evidence.letter_counts, direct)
    }

    #[test]
    fn word_letters_count_every_distinctive_letter() {
        // Few letters, repeated letters, more distinct letters than a word's
        // counts hold, and more of one letter than a count holds.
        let many = "ә".repeat(300);
        for text in [
            "Қазақстан мен Әзербайжан",
            "Ilham Əliyev Qazaxıstana səfər edib",
            "әғқңөұүһі",
            many.as_str(),
        ] {
            let (counted, direct) = letter_counts(text);
            assert!(direct.iter().sum::<usize>() > 0, "{text}");
            assert_eq!(counted, direct, "{text}");
        }
    }
}
