//! Phrase matching with inflection: the one mechanism behind names, titles, cue
//! words, months and topics.
//!
//! Instead of listing every case form, a phrase word matches a text word when the
//! text word is the phrase word (or the phrase word less one ending) followed by an
//! ending of the language (`Байрамов` + `ым`, `Армени` + `и`, `Qazaxıstan` + `ın`).
//! Endings come from `data/lang/*.toml`; a text word is reduced to its candidate
//! stems (at most one per ending that it ends with) and each is looked up in a hash
//! map, so matching costs a few lookups per word whatever the size of the lexicon.

use crate::segment::{Gap, Token};
use crate::vocabulary::{KeyedLists, Vocabulary};
use compact_str::CompactString;
use rustc_hash::FxHashMap as HashMap;

/// The inflectional endings of all loaded languages, each tagged with the
/// languages it belongs to (one bit per language), so that a phrase of one
/// language only ever takes endings of that language.
#[derive(Debug, Clone, Default)]
pub struct Endings {
    set: HashMap<String, u32>,
    /// The endings spelt backwards as a trie: node 0 is the root, and
    /// `(node, char)` leads to the node of one more character. A word is read
    /// from its end through it, one small lookup per character, and only as far
    /// as some ending goes, instead of hashing each of its tails.
    trie: HashMap<(u32, char), u32>,
    /// Whether a trie node spells a whole ending.
    ends: Vec<bool>,
    /// The bits of the languages that have endings.
    languages: u32,
}

/// A word's stem lengths in bytes, longest first, kept inline: one per ending the
/// word may end with, and never more than a handful.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stems {
    cuts: [u8; 8],
    len: u8,
}

impl Stems {
    fn push(&mut self, cut: u8) {
        if (self.len as usize) < self.cuts.len() {
            self.cuts[self.len as usize] = cut;
            self.len += 1;
        }
    }

    pub fn as_slice(&self) -> &[u8] {
        &self.cuts[..self.len as usize]
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl IntoIterator for Stems {
    type Item = u8;
    type IntoIter = std::iter::Take<std::array::IntoIter<u8, 8>>;

    fn into_iter(self) -> Self::IntoIter {
        self.cuts.into_iter().take(self.len as usize)
    }
}

/// Every language: for phrases that belong to no single one.
pub const ANY_LANGUAGE: u32 = u32::MAX;

/// Shortest stem left after stripping an ending from a text word.
const MIN_STEM_CHARS: usize = 2;
/// Shortest stem left after stripping an ending from a phrase word: phrase words
/// are reduced more carefully, or short names would swallow unrelated words.
const MIN_PHRASE_STEM_CHARS: usize = 3;

impl Endings {
    /// Endings of one language (bit 1), as a convenience for tests and single-language use.
    pub fn new<'a>(endings: impl IntoIterator<Item = &'a String>) -> Endings {
        Self::of_languages([(1u32, endings.into_iter().collect::<Vec<_>>())])
    }

    /// Endings of several languages, each list with its language's bit.
    pub fn of_languages<'a>(langs: impl IntoIterator<Item = (u32, Vec<&'a String>)>) -> Endings {
        let mut set: HashMap<String, u32> = HashMap::default();
        for (bit, list) in langs {
            for e in list {
                *set.entry(crate::segment::fold(e)).or_default() |= bit;
            }
        }
        let mut trie = HashMap::default();
        let mut ends = vec![false];
        for ending in set.keys() {
            let mut node = 0u32;
            for c in ending.chars().rev() {
                let next = ends.len() as u32;
                node = *trie.entry((node, c)).or_insert_with(|| {
                    ends.push(false);
                    next
                });
            }
            ends[node as usize] = true;
        }
        let languages = set.values().fold(0, |all, &m| all | m);
        Endings {
            set,
            trie,
            ends,
            languages,
        }
    }

    /// Whether `s` is an ending of one of the languages in `mask` (the empty ending always is).
    pub fn is_ending(&self, s: &str, mask: u32) -> bool {
        s.is_empty() || self.set.get(s).is_some_and(|m| m & mask != 0)
    }

    pub fn contains(&self, s: &str) -> bool {
        self.is_ending(s, ANY_LANGUAGE)
    }

    /// Each way of reading `word` as stem + ending (of any language), longest stem first.
    pub fn splits<'s, 'w: 's>(
        &'s self,
        word: &'w str,
    ) -> impl Iterator<Item = (&'w str, &'w str)> + 's {
        self.stem_lengths(word)
            .into_iter()
            .map(move |cut| word.split_at(cut as usize))
    }

    /// Byte lengths of the stems of `word` (the whole word first): a word's last few
    /// characters are tried as endings, without allocating.
    pub fn stem_lengths(&self, word: &str) -> Stems {
        let mut stems = Stems::default();
        if word.len() > u8::MAX as usize {
            return stems;
        }
        stems.push(word.len() as u8);
        let mut node = 0u32;
        for (cut, c) in word.char_indices().rev() {
            match self.trie.get(&(node, c)) {
                Some(&next) => node = next,
                None => break,
            }
            let long_enough = word[..cut].chars().nth(MIN_STEM_CHARS - 1).is_some();
            if !long_enough {
                break;
            }
            if self.ends[node as usize] {
                stems.push(cut as u8);
            }
        }
        stems
    }

    /// The phrase word's stems, one for each language of `mask` (see
    /// [`Endings::phrase_stem`]), with the bits of the languages that give each.
    fn phrase_stems(&self, word: &str, mask: u32, min_chars: usize) -> Vec<(CompactString, u32)> {
        let mut stems: Vec<(CompactString, u32)> = Vec::new();
        let languages = mask & self.languages;
        for bit in (0..u32::BITS)
            .map(|i| 1u32 << i)
            .filter(|b| languages & b != 0)
        {
            let Some(stem) = self.phrase_stem(word, bit, min_chars) else {
                continue;
            };
            match stems.iter_mut().find(|(s, _)| *s == stem) {
                Some((_, bits)) => *bits |= bit,
                None => stems.push((stem.into(), bit)),
            }
        }
        stems
    }

    /// The phrase word less its longest ending of the languages in `mask` that
    /// leaves at least `min_chars` characters.
    fn phrase_stem(&self, word: &str, mask: u32, min_chars: usize) -> Option<String> {
        let n = word.chars().count();
        self.splits(word)
            .filter(|(stem, ending)| {
                !ending.is_empty()
                    && self.is_ending(ending, mask)
                    && n - ending.chars().count() >= min_chars
                    && !stem.is_empty()
            })
            .last()
            .map(|(stem, _)| stem.to_string())
    }
}

/// How the text's letter case must agree with the phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseRule {
    Any,
    /// The first word must start with a capital letter (names).
    Capitalized,
    /// Every word must be written exactly as in the phrase (acronyms: `ООН`, `AZAL`).
    Exact,
}

/// The strings are inline up to 24 bytes (most words): verifying a candidate
/// reads them for every word that shares a key with some phrase, and a heap
/// string was one more cache miss after the entry and its word list.
#[derive(Debug, Clone)]
enum WordPattern {
    /// A word with its folded form, its stems, and its original spelling (for
    /// [`CaseRule::Exact`]). Each stem is the word less an ending of some of the
    /// phrase's languages, with those languages' bits: a stem takes only the
    /// endings of the languages that cut it (`Колонна` is `колонн` + Russian
    /// `а`, and `колон` + Kazakh `на`; `Колонне` is the first, `Колоны` neither).
    Word {
        full: CompactString,
        stems: Box<[(CompactString, u32)]>,
        original: CompactString,
    },
    /// `встрет*`: any word that starts with it.
    Prefix(CompactString),
}

#[derive(Debug, Clone)]
struct Entry<T> {
    words: Vec<WordPattern>,
    case: CaseRule,
    /// Languages whose endings the phrase's words may take.
    mask: u32,
    payload: T,
}

/// One match of a phrase in a token sequence.
#[derive(Debug)]
pub struct Match<'a, T> {
    /// Token range of the match.
    pub start: usize,
    pub end: usize,
    pub payload: &'a T,
    /// The ending left on the last word (`ым` of `Байрамовым`), or a suffix joined
    /// by a hyphen or apostrophe (`a` of `AZAL-a`): a slice of that token's folded form.
    pub suffix: &'a str,
}

// A match only borrows its payload: it copies whatever the payload's type.
impl<T> Clone for Match<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Match<'_, T> {}

/// Prefix patterns are indexed by their first few characters, so that a word
/// costs one lookup whatever the lengths of the prefixes; a shorter prefix is
/// tried against every word.
const PREFIX_KEY_CHARS: usize = 3;

/// A set of phrases, each carrying a payload of type `T`.
#[derive(Debug, Clone)]
pub struct Lexicon<T> {
    entries: Vec<Entry<T>>,
    by_word: HashMap<String, Vec<u32>>,
    /// Entries whose first word is a prefix, by its first [`PREFIX_KEY_CHARS`] characters.
    by_prefix_key: HashMap<String, Vec<u32>>,
    /// Entries whose first word is a prefix shorter than that.
    short_prefixes: Vec<u32>,
    /// The two maps above by vocabulary number, once [`Lexicon::key_by`] has
    /// numbered them: used for tokens whose keys that vocabulary numbered.
    keyed: KeyedLists,
    /// This lexicon's bit in the vocabulary its keys were added to (0: none yet).
    owner: u32,
}

impl<T> Default for Lexicon<T> {
    fn default() -> Self {
        Lexicon {
            entries: Vec::new(),
            by_word: HashMap::default(),
            by_prefix_key: HashMap::default(),
            short_prefixes: Vec::new(),
            keyed: KeyedLists::default(),
            owner: 0,
        }
    }
}

/// The first `n` characters of `word`, if it has that many.
pub(crate) fn first_chars(word: &str, n: usize) -> Option<&str> {
    match word.char_indices().nth(n) {
        Some((cut, _)) => Some(&word[..cut]),
        None => (word.chars().count() == n).then_some(word),
    }
}

/// A token's stems: those [`crate::segment::analyse`] stored, or computed now for
/// tokens that were not analysed.
fn stems_of(tok: &Token, endings: &Endings) -> Stems {
    if tok.stems.is_empty() {
        endings.stem_lengths(&tok.fold)
    } else {
        tok.stems
    }
}

impl<T> Lexicon<T> {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Add a phrase. Words are split as the tokenizer splits text and reduced by the
    /// endings of the phrase's own language. Returns false for a phrase with no words.
    pub fn add(
        &mut self,
        phrase: &str,
        case: CaseRule,
        payload: T,
        endings: &Endings,
        mask: u32,
    ) -> bool {
        self.add_with_stems_of(MIN_PHRASE_STEM_CHARS, phrase, case, payload, endings, mask)
    }

    /// Add a phrase whose words keep at least `min_chars` characters when reduced
    /// to a stem. For names that stand alone, such as surnames: `Borne` less the
    /// Turkish `ne` is `Bor`, which meets `Boru` (pipe); kept to four letters it
    /// is `Born`, which still takes its endings.
    pub fn add_with_stems_of(
        &mut self,
        min_chars: usize,
        phrase: &str,
        case: CaseRule,
        payload: T,
        endings: &Endings,
        mask: u32,
    ) -> bool {
        self.add_phrase(phrase, case, payload, endings, mask, Some(min_chars))
    }

    /// Add a phrase whose words are not reduced to a stem: a text word matches
    /// only as the whole phrase word plus an ending. For word forms that exist
    /// only as they are, such as the first part of a compound (`датско-`), whose
    /// stem would meet unrelated words (`дат` of `дата`).
    pub fn add_unreduced(
        &mut self,
        phrase: &str,
        case: CaseRule,
        payload: T,
        endings: &Endings,
        mask: u32,
    ) -> bool {
        self.add_phrase(phrase, case, payload, endings, mask, None)
    }

    fn add_phrase(
        &mut self,
        phrase: &str,
        case: CaseRule,
        payload: T,
        endings: &Endings,
        mask: u32,
        min_stem_chars: Option<usize>,
    ) -> bool {
        let mut words = Vec::new();
        for raw in phrase
            .split(|c: char| c.is_whitespace() || c == '-' || c == '\'' || c == '’' || c == '.')
        {
            if raw.is_empty() {
                continue;
            }
            if let Some(prefix) = raw.strip_suffix('*') {
                words.push(WordPattern::Prefix(crate::segment::fold(prefix).into()));
            } else {
                let full = crate::segment::fold(raw);
                let stems = match min_stem_chars {
                    Some(min) if case != CaseRule::Exact => endings.phrase_stems(&full, mask, min),
                    _ => Vec::new(),
                };
                words.push(WordPattern::Word {
                    full: full.into(),
                    stems: stems.into_boxed_slice(),
                    original: raw.into(),
                });
            }
        }
        if words.is_empty() {
            return false;
        }
        let idx = self.entries.len() as u32;
        // Numbers given before this phrase do not know its key.
        self.keyed = KeyedLists::default();
        match &words[0] {
            WordPattern::Word { full, stems, .. } => {
                self.by_word.entry(full.to_string()).or_default().push(idx);
                for (stem, _) in stems.iter().filter(|(stem, _)| stem != full) {
                    self.by_word.entry(stem.to_string()).or_default().push(idx);
                }
            }
            WordPattern::Prefix(p) => match first_chars(p, PREFIX_KEY_CHARS) {
                Some(key) => self
                    .by_prefix_key
                    .entry(key.to_string())
                    .or_default()
                    .push(idx),
                None => self.short_prefixes.push(idx),
            },
        }
        self.entries.push(Entry {
            words,
            case,
            mask,
            payload,
        });
        true
    }

    /// Give this lexicon's keys numbers in `vocabulary` (see [`Lexicon::key_by`]),
    /// marked with a bit of this lexicon's own.
    pub fn add_keys_to(&mut self, vocabulary: &mut Vocabulary) {
        self.owner = vocabulary.new_owner();
        for key in self.by_word.keys() {
            vocabulary.add_word(key, self.owner);
        }
        for key in self.by_prefix_key.keys() {
            vocabulary.add_prefix(key, self.owner);
        }
    }

    /// Look candidates up by the numbers of `vocabulary`, for tokens analysed
    /// with it ([`crate::segment::analyse`]): one flat-table read per key instead
    /// of a hash-table probe per stem. Needs every key of this lexicon numbered
    /// ([`Lexicon::add_keys_to`]); otherwise, and after any later
    /// [`Lexicon::add`], look-ups go by strings as before.
    pub fn key_by(&mut self, vocabulary: &Vocabulary) {
        self.keyed = KeyedLists::default();
        let mut pairs = Vec::new();
        for (key, list) in &self.by_word {
            let Some(id) = vocabulary.word(key) else {
                return;
            };
            pairs.extend(list.iter().map(|&e| (id, e)));
        }
        for (key, list) in &self.by_prefix_key {
            let Some(id) = vocabulary.prefix(key) else {
                return;
            };
            pairs.extend(list.iter().map(|&e| (id, e)));
        }
        // A lexicon keyed by numbers that it did not add itself reads every word.
        let owner = if self.owner == 0 {
            u32::MAX
        } else {
            self.owner
        };
        self.keyed = KeyedLists::build(vocabulary.stamp(), owner, &pairs);
    }

    /// Whether look-ups go by the numbers of `vocabulary`.
    pub fn is_keyed_by(&self, vocabulary: &Vocabulary) -> bool {
        self.keyed.stamp() == vocabulary.stamp()
    }

    /// Every match starting at every token (overlapping matches included), each
    /// word taking the endings of its phrase's languages.
    pub fn find_all<'a>(&'a self, tokens: &'a [Token], endings: &Endings) -> Vec<Match<'a, T>> {
        self.find_with(tokens, endings, Grammar::Phrase)
    }

    /// Every match as [`Lexicon::find_all`], on a page of the languages `page`
    /// (their bits): words take that page's endings, and a common word (case
    /// [`CaseRule::Any`]) of other languages only is not looked for. A name
    /// crosses languages, and is inflected by the page's grammar (`Blinken` +
    /// Azerbaijani `in`); a common word does not (the Turkish adjective `fin`
    /// is not in the English `fine`).
    pub fn find_on_page<'a>(
        &'a self,
        tokens: &'a [Token],
        endings: &Endings,
        page: u32,
    ) -> Vec<Match<'a, T>> {
        self.find_with(tokens, endings, Grammar::Page(page))
    }

    fn find_with<'a>(
        &'a self,
        tokens: &'a [Token],
        endings: &Endings,
        grammar: Grammar,
    ) -> Vec<Match<'a, T>> {
        let mut out = Vec::new();
        let mut candidates: Vec<u32> = Vec::new();
        for i in 0..tokens.len() {
            candidates.clear();
            let keys = &tokens[i].keys;
            if let Some(ids) = keys.numbered_by(self.keyed.stamp()) {
                if keys.owned_by(self.keyed.owner()) {
                    for &id in ids {
                        candidates.extend(self.keyed.get(id));
                    }
                }
            } else {
                self.candidates_by_string(&tokens[i], endings, &mut candidates);
            }
            candidates.extend(&self.short_prefixes);
            if candidates.len() > 1 {
                candidates.sort_unstable();
                candidates.dedup();
            }
            for &c in &candidates {
                let entry = &self.entries[c as usize];
                if let Some((end, suffix)) = match_entry(entry, tokens, i, endings, grammar) {
                    out.push(Match {
                        start: i,
                        end,
                        payload: &entry.payload,
                        suffix,
                    });
                }
            }
        }
        out
    }

    /// Candidates for a token without keys of this lexicon's vocabulary.
    fn candidates_by_string(&self, tok: &Token, endings: &Endings, out: &mut Vec<u32>) {
        let word = tok.fold.as_str();
        for cut in stems_of(tok, endings) {
            if let Some(list) = self.by_word.get(&word[..cut as usize]) {
                out.extend(list);
            }
        }
        if !self.by_prefix_key.is_empty() {
            if let Some(list) =
                first_chars(word, PREFIX_KEY_CHARS).and_then(|k| self.by_prefix_key.get(k))
            {
                out.extend(list);
            }
        }
    }
}

/// The numbers `vocabulary` gives a word's keys: each stem that some lexicon
/// looks up, then its prefix key, in the order [`Lexicon::find_all`] reads them.
pub fn keys_of(word: &str, stems: Stems, vocabulary: &Vocabulary) -> crate::vocabulary::Keys {
    let mut keys = crate::vocabulary::Keys::of(vocabulary);
    for cut in stems {
        if let Some(id) = vocabulary.word(&word[..cut as usize]) {
            keys.push(id, vocabulary.owners(id));
        }
    }
    if let Some(id) = first_chars(word, PREFIX_KEY_CHARS).and_then(|k| vocabulary.prefix(k)) {
        keys.push(id, vocabulary.owners(id));
    }
    keys
}

/// Whose endings a text word may take to match a phrase word.
#[derive(Debug, Clone, Copy)]
enum Grammar {
    /// Those of the phrase's own languages.
    Phrase,
    /// Those of the page's languages (their bits).
    Page(u32),
}

/// Whether token `i` follows an ordinal written with a full stop and a space
/// ("14. Leo", "XIV. Leo"), which a name may hold like a space.
fn after_ordinal(tokens: &[Token], i: usize) -> bool {
    let (prev, tok) = (&tokens[i - 1], &tokens[i]);
    tok.gap == Gap::Punct
        && tok.start == prev.end + 2
        && (prev.is_number() || prev.is_roman_numeral())
}

fn match_entry<'t, T>(
    entry: &Entry<T>,
    tokens: &'t [Token],
    start: usize,
    endings: &Endings,
    grammar: Grammar,
) -> Option<(usize, &'t str)> {
    let languages = match grammar {
        Grammar::Phrase => entry.mask,
        Grammar::Page(page) => {
            if entry.case == CaseRule::Any && entry.mask != 0 && entry.mask & page == 0 {
                return None;
            }
            page
        }
    };
    let mut suffix = "";
    for (k, pattern) in entry.words.iter().enumerate() {
        let tok = tokens.get(start + k)?;
        if k > 0
            && !matches!(tok.gap, Gap::Space | Gap::Hyphen | Gap::Dot)
            && !after_ordinal(tokens, start + k)
        {
            return None;
        }
        // A regnal number may open a name ("14. Leo"); it has no capital to test.
        if k == 0
            && entry.case == CaseRule::Capitalized
            && !tok.is_capitalized()
            && !tok.is_number()
        {
            return None;
        }
        suffix = match pattern {
            WordPattern::Prefix(p) => tok.fold.strip_prefix(p.as_str())?,
            WordPattern::Word {
                full,
                stems,
                original,
            } => {
                if entry.case == CaseRule::Exact {
                    if tok.text != *original {
                        return None;
                    }
                    ""
                } else {
                    let word = tok.fold.as_str();
                    stems_of(tok, endings)
                        .into_iter()
                        .map(|cut| word.split_at(cut as usize))
                        .find(|(s, e)| {
                            (*s == full.as_str() && endings.is_ending(e, languages))
                                || stems.iter().any(|(stem, bits)| {
                                    stem == s && endings.is_ending(e, bits & languages)
                                })
                        })
                        .map(|(_, e)| e)?
                }
            }
        };
    }
    let end = start + entry.words.len();
    // A suffix written apart (`AZAL-a`, `Türkiye'nin`) belongs to the last word. It
    // is an ending of any language: a name listed in one language (`Türkiye`, the
    // English name too) takes the Turkish case endings after an apostrophe.
    // After an apostrophe the ending is always apart, whatever the word itself
    // seemed to end with (`Bakü'de` is `Bakü` + `de`, not `Bak` + `ü`).
    let apostrophe_next = tokens.get(end).is_some_and(|t| t.gap == Gap::Apostrophe);
    if suffix.is_empty() || apostrophe_next {
        if let Some(next) = tokens.get(end) {
            if matches!(next.gap, Gap::Hyphen | Gap::Apostrophe)
                && !next.is_capitalized()
                && next.fold.chars().count() <= 4
                && endings.is_ending(&next.fold, ANY_LANGUAGE)
            {
                suffix = next.fold.as_str();
            }
        }
    }
    Some((end, suffix))
}

/// Keep the longest of overlapping matches (earliest first on ties); `rank` breaks
/// ties between matches of the same span (lower wins), and the order found
/// breaks the rest.
///
/// Matches compete only with those their spans overlap, directly or through
/// others: each run of overlapping spans is settled on its own, and a match
/// alone in its run (most of them) is kept without sorting anything.
pub fn longest_first<'a, T>(
    matches: &[Match<'a, T>],
    rank: impl Fn(&T) -> u8,
) -> Vec<Match<'a, T>> {
    let mut by_start: Vec<usize> = (0..matches.len()).collect();
    if !matches.windows(2).all(|w| w[0].start <= w[1].start) {
        // Stable: matches of one start stay in the order found.
        by_start.sort_by_key(|&i| matches[i].start);
    }
    let mut kept = Vec::with_capacity(matches.len());
    let mut run: Vec<usize> = Vec::new();
    let mut scratch = SettleScratch::default();
    let mut run_end = 0;
    for &i in &by_start {
        let m = &matches[i];
        if !run.is_empty() && m.start >= run_end {
            settle_run(matches, &run, &rank, &mut kept, &mut scratch);
            run.clear();
        }
        run_end = if run.is_empty() {
            m.end
        } else {
            run_end.max(m.end)
        };
        run.push(i);
    }
    settle_run(matches, &run, &rank, &mut kept, &mut scratch);
    kept
}

/// The working lists of [`settle_run`], kept across the runs of one
/// [`longest_first`]: a page has some ninety runs of two or more matches, and
/// allocating three lists for each was over a third of the cost of settling
/// them (59.5 M of 5.235 G instructions on two bench directories, now 37.8 M).
#[derive(Default)]
struct SettleScratch {
    /// Sort key and index of each match of the run.
    order: Vec<(std::cmp::Reverse<usize>, usize, u8, usize)>,
    /// Which tokens of the run a kept match already covers.
    taken: Vec<bool>,
    /// The kept matches of the run.
    chosen: Vec<usize>,
}

/// [`longest_first`] within one run of overlapping matches (indices into
/// `matches`, by start), appending the kept ones to `kept` in text order.
fn settle_run<'a, T>(
    matches: &[Match<'a, T>],
    run: &[usize],
    rank: &impl Fn(&T) -> u8,
    kept: &mut Vec<Match<'a, T>>,
    scratch: &mut SettleScratch,
) {
    if let [only] = run {
        kept.push(matches[*only]);
        return;
    }
    // One key per match, computed once: the sort compares keys, not matches.
    let order = &mut scratch.order;
    order.clear();
    order.extend(run.iter().map(|&i| {
        let m = &matches[i];
        (
            std::cmp::Reverse(m.end - m.start),
            m.start,
            rank(m.payload),
            i,
        )
    }));
    order.sort_unstable();
    // Which tokens of the run a kept match already covers.
    let base = run.iter().map(|&i| matches[i].start).min().unwrap_or(0);
    let end = run.iter().map(|&i| matches[i].end).max().unwrap_or(base);
    let taken = &mut scratch.taken;
    taken.clear();
    taken.resize(end - base, false);
    let chosen = &mut scratch.chosen;
    chosen.clear();
    for &(_, _, _, i) in order.iter() {
        let m = &matches[i];
        let span = m.start - base..m.end - base;
        if !taken[span.clone()].iter().any(|&t| t) {
            taken[span].iter_mut().for_each(|t| *t = true);
            chosen.push(i);
        }
    }
    // Kept matches never share a start, so this is their order in the text.
    chosen.sort_unstable_by_key(|&i| matches[i].start);
    kept.extend(chosen.iter().map(|&i| matches[i]));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokenize;

    fn endings() -> Endings {
        let list: Vec<String> = [
            "а", "у", "ом", "ым", "е", "и", "ии", "ией", "ию", "ия", "ий", "ого", "ой", "о", "ın",
            "la", "a", "da", "ı",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        Endings::new(&list)
    }

    /// The matches in `text`, found twice: by strings, and by the numbers of a
    /// vocabulary (as the knowledge base does), which must agree.
    fn found(lex: &Lexicon<&'static str>, text: &str) -> Vec<(&'static str, String)> {
        let e = endings();
        let toks = tokenize(text);
        let by_string: Vec<_> = lex
            .find_all(&toks, &e)
            .into_iter()
            .map(|m| (*m.payload, m.suffix.to_string()))
            .collect();
        let mut keyed = lex.clone();
        let vocabulary = numbered(&mut keyed);
        let mut analysed = toks.clone();
        crate::segment::analyse(&mut analysed, &e, &vocabulary);
        let by_number: Vec<_> = keyed
            .find_all(&analysed, &e)
            .into_iter()
            .map(|m| (*m.payload, m.suffix.to_string()))
            .collect();
        assert_eq!(by_string, by_number, "{text}");
        by_string
    }

    /// `lex` keyed by a vocabulary of its own keys, as the knowledge base keys its lexicons.
    fn numbered<T>(lex: &mut Lexicon<T>) -> Vocabulary {
        let mut vocabulary = Vocabulary::default();
        lex.add_keys_to(&mut vocabulary);
        lex.key_by(&vocabulary);
        vocabulary
    }

    fn armenia() -> Lexicon<&'static str> {
        let mut lex = Lexicon::default();
        let e = endings();
        lex.add(
            "Армения",
            CaseRule::Capitalized,
            "armenia",
            &e,
            ANY_LANGUAGE,
        );
        lex
    }

    #[test]
    fn a_phrase_added_after_numbering_is_still_found() {
        let e = endings();
        let mut lex = armenia();
        let vocabulary = numbered(&mut lex);
        lex.add("Грузия", CaseRule::Capitalized, "georgia", &e, ANY_LANGUAGE);
        let mut toks = tokenize("Армении и Грузии");
        crate::segment::analyse(&mut toks, &e, &vocabulary);
        let got: Vec<_> = lex.find_all(&toks, &e).iter().map(|m| *m.payload).collect();
        assert_eq!(got, ["armenia", "georgia"]);
    }

    #[test]
    fn tokens_of_another_vocabulary_are_looked_up_by_string() {
        let e = endings();
        let mut lex = armenia();
        numbered(&mut lex);
        // Another vocabulary numbers its first key 0 too: the numbers must not be mixed.
        let mut other = Vocabulary::default();
        other.add_word("грузи", 1);
        let mut toks = tokenize("Грузии и Армении");
        crate::segment::analyse(&mut toks, &e, &other);
        let got: Vec<_> = lex.find_all(&toks, &e).iter().map(|m| *m.payload).collect();
        assert_eq!(got, ["armenia"]);
    }

    #[test]
    fn inflected_names_match_through_endings() {
        let e = endings();
        let mut lex = Lexicon::default();
        lex.add(
            "Джейхун Байрамов",
            CaseRule::Capitalized,
            "bayramov",
            &e,
            ANY_LANGUAGE,
        );
        lex.add(
            "Армения",
            CaseRule::Capitalized,
            "armenia",
            &e,
            ANY_LANGUAGE,
        );
        lex.add(
            "азербайджанский",
            CaseRule::Any,
            "aze-adj",
            &e,
            ANY_LANGUAGE,
        );
        lex.add(
            "Азербайджан",
            CaseRule::Capitalized,
            "aze",
            &e,
            ANY_LANGUAGE,
        );
        lex.add("Bakı", CaseRule::Capitalized, "baku", &e, ANY_LANGUAGE);
        assert_eq!(
            found(&lex, "с Джейхуном Байрамовым"),
            [("bayramov", "ым".to_string())]
        );
        assert_eq!(
            found(&lex, "между Арменией и"),
            [("armenia", "ией".to_string())]
        );
        assert_eq!(
            found(&lex, "азербайджанского народа"),
            [("aze-adj", "ого".to_string())]
        );
        assert_eq!(found(&lex, "Bakıda görüş"), [("baku", "da".to_string())]);
        // A lower-case word is not a name.
        assert!(found(&lex, "армения").is_empty());
    }

    /// Russian (bit 1), Kazakh (bit 2), Turkish (bit 4), Azerbaijani (bit 8)
    /// and English (bit 16) endings, a few of each.
    fn five_languages() -> Endings {
        let lists: [(u32, &[&str]); 5] = [
            (1, &["а", "е", "у", "ы", "ой"]),
            (2, &["на", "ның", "пен"]),
            (4, &["e", "de"]),
            (8, &["in", "la"]),
            (16, &["s", "es"]),
        ];
        let owned: Vec<(u32, Vec<String>)> = lists
            .iter()
            .map(|(bit, l)| (*bit, l.iter().map(|s| s.to_string()).collect()))
            .collect();
        Endings::of_languages(owned.iter().map(|(bit, l)| (*bit, l.iter().collect())))
    }

    #[test]
    fn a_stem_takes_only_the_endings_of_the_languages_that_cut_it() {
        let e = five_languages();
        let mut lex = Lexicon::default();
        // A surname written in Russian and Kazakh: `колонн` (less Russian `а`)
        // and `колон` (less Kazakh `на`).
        lex.add_with_stems_of(4, "Колонна", CaseRule::Capitalized, "colonna", &e, 1 | 2);
        let found = |text: &str| -> Vec<&str> {
            let toks = tokenize(text);
            lex.find_all(&toks, &e).iter().map(|m| *m.payload).collect()
        };
        assert_eq!(found("Колонне"), ["colonna"]);
        assert_eq!(found("Колонной"), ["colonna"]);
        assert_eq!(found("Колонпен"), ["colonna"]);
        // The Kazakh stem with a Russian ending is another word.
        assert!(found("Колоны").is_empty());
    }

    #[test]
    fn on_a_page_names_take_its_endings_and_other_languages_common_words_are_not_read() {
        let e = five_languages();
        let mut lex = Lexicon::default();
        lex.add("fin", CaseRule::Any, "finnish", &e, 4 | 8);
        lex.add("Blinken", CaseRule::Capitalized, "blinken", &e, 16);
        lex.add("Aliyev", CaseRule::Capitalized, "aliyev", &e, 8);
        let on = |page: u32, text: &str| -> Vec<&str> {
            let toks = tokenize(text);
            lex.find_on_page(&toks, &e, page)
                .iter()
                .map(|m| *m.payload)
                .collect()
        };
        // English page: no Turkish adjective in "fine", no Azerbaijani ending on "Aliyeva".
        assert!(on(16, "fine").is_empty());
        assert!(on(16, "Aliyeva").is_empty());
        assert_eq!(on(16, "Aliyev"), ["aliyev"]);
        // Turkish and Azerbaijani pages.
        assert_eq!(on(4, "fine"), ["finnish"]);
        assert_eq!(on(8, "Blinkenin"), ["blinken"]);
        assert_eq!(on(8, "Aliyevla"), ["aliyev"]);
        // Read as the phrase's own language, the old way, "fine" is Turkish.
        let toks = tokenize("fine");
        assert_eq!(lex.find_all(&toks, &e).len(), 1);
    }

    #[test]
    fn acronyms_match_exactly_and_keep_a_hyphenated_suffix() {
        let e = endings();
        let mut lex = Lexicon::default();
        lex.add("AZAL", CaseRule::Exact, "azal", &e, ANY_LANGUAGE);
        lex.add("ООН", CaseRule::Exact, "un", &e, ANY_LANGUAGE);
        assert_eq!(found(&lex, "AZAL-a məxsus"), [("azal", "a".to_string())]);
        assert!(found(&lex, "оон").is_empty());
        assert_eq!(found(&lex, "в ООН"), [("un", String::new())]);
    }

    #[test]
    fn prefixes_match_any_continuation() {
        let e = endings();
        let mut lex = Lexicon::default();
        lex.add("встрет*", CaseRule::Any, "meet", &e, ANY_LANGUAGE);
        lex.add(
            "провел* переговор*",
            CaseRule::Any,
            "talks",
            &e,
            ANY_LANGUAGE,
        );
        assert_eq!(
            found(&lex, "Стороны встретились и провели переговоры").len(),
            2
        );
    }

    #[test]
    fn stems_come_from_the_word_end_longest_first() {
        let e = endings();
        let word = "арменией";
        let stems: Vec<&str> = e
            .stem_lengths(word)
            .into_iter()
            .map(|cut| &word[..cut as usize])
            .collect();
        // The whole word, then the word less each listed ending it ends with, the
        // shortest ending first: `й` and `ей` are not listed, `ией` is.
        assert_eq!(stems, ["арменией", "армен"]);
        let stems: Vec<&str> = e
            .stem_lengths("нии")
            .into_iter()
            .map(|cut| &"нии"[..cut as usize])
            .collect();
        // A stem keeps at least two characters.
        assert_eq!(stems, ["нии", "ни"]);
    }

    #[test]
    fn short_and_long_prefixes_both_match() {
        let e = endings();
        let mut lex = Lexicon::default();
        lex.add("вс*", CaseRule::Any, "short", &e, ANY_LANGUAGE);
        lex.add("встреч*", CaseRule::Any, "long", &e, ANY_LANGUAGE);
        lex.add("встре*", CaseRule::Any, "shorter", &e, ANY_LANGUAGE);
        let mut got: Vec<&str> = found(&lex, "встречи").into_iter().map(|(p, _)| p).collect();
        got.sort();
        assert_eq!(got, ["long", "short", "shorter"]);
        assert_eq!(found(&lex, "вставка").len(), 1);
        assert!(found(&lex, "в").is_empty());
    }

    #[test]
    fn longest_match_wins() {
        let e = endings();
        let mut lex = Lexicon::default();
        lex.add(
            "Совет Безопасности ООН",
            CaseRule::Capitalized,
            "unsc",
            &e,
            ANY_LANGUAGE,
        );
        lex.add("ООН", CaseRule::Exact, "un", &e, ANY_LANGUAGE);
        let toks = tokenize("резолюциями Совета Безопасности ООН.");
        let kept = longest_first(&lex.find_all(&toks, &e), |_| 0);
        assert_eq!(kept.len(), 1);
        assert_eq!(*kept[0].payload, "unsc");
    }

    /// The whole-text greedy choice that [`longest_first`] makes run by run.
    fn longest_first_at_once(spans: &[(usize, usize, u8)]) -> Vec<usize> {
        let mut order: Vec<_> = spans
            .iter()
            .enumerate()
            .map(|(i, &(s, e, r))| (std::cmp::Reverse(e - s), s, r, i))
            .collect();
        order.sort_unstable();
        let mut taken = vec![false; spans.iter().map(|s| s.1).max().unwrap_or(0)];
        let mut kept = Vec::new();
        for (_, s, _, i) in order {
            let e = spans[i].1;
            if !taken[s..e].iter().any(|&t| t) {
                taken[s..e].iter_mut().for_each(|t| *t = true);
                kept.push(i);
            }
        }
        kept.sort_unstable_by_key(|&i| spans[i].0);
        kept
    }

    #[test]
    fn settling_runs_apart_keeps_what_settling_the_whole_text_keeps() {
        // Pseudo-random spans, many overlapping, a few ranks: a fixed generator so
        // that the test is the same on every run.
        let mut state = 0x2545_f491_u64;
        let mut next = |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n) as usize
        };
        for _ in 0..200 {
            let mut spans: Vec<(usize, usize, u8)> = (0..next(30) + 1)
                .map(|_| {
                    let start = next(60);
                    (start, start + 1 + next(4), next(3) as u8)
                })
                .collect();
            spans.sort_by_key(|s| s.0);
            let payloads: Vec<u8> = spans.iter().map(|s| s.2).collect();
            let matches: Vec<Match<'_, u8>> = spans
                .iter()
                .zip(&payloads)
                .map(|(&(start, end, _), payload)| Match {
                    start,
                    end,
                    payload,
                    suffix: "",
                })
                .collect();
            let kept: Vec<(usize, usize, u8)> = longest_first(&matches, |r| *r)
                .iter()
                .map(|m| (m.start, m.end, *m.payload))
                .collect();
            let expected: Vec<(usize, usize, u8)> = longest_first_at_once(&spans)
                .into_iter()
                .map(|i| spans[i])
                .collect();
            assert_eq!(kept, expected, "{spans:?}");
        }
    }
}
