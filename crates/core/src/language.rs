//! Language identification from distinctive letters and frequent words.
//!
//! The languages we read are told apart by a handful of letters (`ə` for
//! Azerbaijani, `ң`, `ұ`, `қ` for Kazakh, `ы`, `э` for Russian) and by their most
//! frequent words; both lists live in `data/lang/*.toml`. Scores are per document,
//! and [`identify_paragraphs`] gives the same per paragraph for mixed pages.

use crate::kb::model::LangData;
use crate::kb::KnowledgeBase;
use crate::segment::Token;
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
    /// Every distinctive letter of any language, numbered: only these are counted.
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
                .map(|c| {
                    let next = profiles.slots.len();
                    *profiles.slots.entry(c).or_insert(next)
                })
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
        profiles.table = vec![NO_SLOT; TABLE_CHARS];
        for (&c, &slot) in &profiles.slots {
            if let Some(entry) = profiles.table.get_mut(c as usize) {
                *entry = slot as u16;
            }
        }
        profiles
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

    fn slot(&self, c: char) -> Option<usize> {
        match self.table.get(c as usize) {
            Some(&NO_SLOT) => None,
            Some(&slot) => Some(slot as usize),
            None => self.slots.get(&c).copied(),
        }
    }
}

/// Identify the language of a stretch of text given its words.
pub fn identify(tokens: &[Token], kb: &KnowledgeBase) -> Lang {
    let profiles = &kb.language_profiles;
    let words = tokens.len().max(1) as f64;
    // One pass over the words: scripts, distinctive letters and frequent words.
    let (mut cyrillic, mut latin, mut latin_beyond_ascii) = (0usize, 0usize, 0usize);
    let mut letter_counts = vec![0usize; profiles.slots.len()];
    let mut stop_hits = vec![0usize; profiles.langs.len()];
    let few_languages = profiles.langs.len() <= MAX_LANGUAGES;
    for t in tokens {
        match script_of(&t.text) {
            Some(Script::Cyrillic) => cyrillic += 1,
            Some(Script::Latin) => {
                latin += 1;
                if !t.text.is_ascii() {
                    latin_beyond_ascii += 1;
                }
            }
            None => {}
        }
        for c in t.fold.chars().filter(|c| !c.is_ascii()) {
            if let Some(slot) = profiles.slot(c) {
                letter_counts[slot] += 1;
            }
        }
        // A case ending after an apostrophe ("Fidan'a") is no word of its own: counted,
        // the Turkish dative would pass for the English article.
        if t.gap == crate::segment::Gap::Apostrophe {
            continue;
        }
        // Analysed words carry their frequent-word languages; others are looked up.
        if few_languages && t.keys.numbered_by(kb.vocabulary.stamp()).is_some() {
            let mut bits = t.stop_languages;
            while bits != 0 {
                stop_hits[bits.trailing_zeros() as usize] += 1;
                bits &= bits - 1;
            }
        } else {
            for &i in profiles
                .stopwords
                .get(t.fold.as_str())
                .into_iter()
                .flatten()
            {
                stop_hits[i] += 1;
            }
        }
    }
    let mut best: Option<(&str, f64)> = None;
    for (lang, &stop_hits) in profiles.langs.iter().zip(&stop_hits) {
        let letter_hits: usize = lang.letters.iter().map(|&slot| letter_counts[slot]).sum();
        let script_hits = match lang.script.as_str() {
            "cyrillic" => cyrillic,
            "latin" => latin,
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
        let score = if lang.ascii_only && latin_beyond_ascii * 10 > latin {
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
