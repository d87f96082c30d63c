//! One numbering of the look-up keys of all lexicons, so that a text word is
//! hashed and probed once for every lexicon instead of once per lexicon.
//!
//! A lexicon finds its candidate phrases for a word by the word's stems (and, for
//! prefix patterns, its first characters). With four lexicons that was four
//! probes of four hash tables per stem, the top entry of the profile; numbering
//! the keys once took a twentieth off the extraction time (docs/benchmarks.md).
//! The [`Vocabulary`] gives every key of every lexicon a number;
//! [`crate::segment::analyse`] turns each word into the numbers of the keys it
//! has ([`Keys`]); a lexicon keyed by the same vocabulary then reads its
//! candidates for a number from a flat table ([`KeyedLists`]).

use rustc_hash::FxHashMap as HashMap;
use std::sync::atomic::{AtomicU32, Ordering};

/// No vocabulary: keys of a token that was not analysed with one.
const UNSTAMPED: u32 = 0;
static NEXT_STAMP: AtomicU32 = AtomicU32::new(1);

/// The numbered keys of a set of lexicons: stems of first words, and the first
/// characters of prefix patterns (numbered apart: `абв` the stem is not `абв*`).
#[derive(Debug, Clone)]
pub struct Vocabulary {
    /// Tells this vocabulary's numbers from another's: a lexicon uses a token's
    /// keys only if both were numbered by the same vocabulary.
    stamp: u32,
    words: HashMap<String, u32>,
    prefixes: HashMap<String, u32>,
    /// For each number, one bit per lexicon that has the key ([`Vocabulary::new_owner`]):
    /// a lexicon skips a word none of whose keys are its own without reading its
    /// tables, which are large enough for each read to miss the cache.
    owners: Vec<u32>,
    next_owner: u32,
    /// Frequent words, each with one bit per language it is frequent in (in the
    /// order of [`crate::language::Profiles`]): read with a word's keys, so that
    /// language identification needs no look-up of its own.
    stopwords: HashMap<String, u16>,
    /// The languages' distinctive letters: a word's are counted with its keys.
    letters: crate::language::LetterSlots,
}

impl Default for Vocabulary {
    fn default() -> Self {
        Vocabulary {
            stamp: NEXT_STAMP.fetch_add(1, Ordering::Relaxed),
            words: HashMap::default(),
            prefixes: HashMap::default(),
            owners: Vec::new(),
            next_owner: 1,
            stopwords: HashMap::default(),
            letters: Default::default(),
        }
    }
}

impl Vocabulary {
    pub fn stamp(&self) -> u32 {
        self.stamp
    }

    /// Numbers handed out so far.
    pub fn len(&self) -> usize {
        self.words.len() + self.prefixes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn next_id(&self) -> u32 {
        self.len() as u32
    }

    /// A bit of its own for a lexicon that adds keys: the keys it adds carry it.
    /// Past 32 lexicons every later one shares the last bit, which only costs
    /// the skipping.
    pub fn new_owner(&mut self) -> u32 {
        let bit = self.next_owner;
        if self.next_owner != 1 << 31 {
            self.next_owner <<= 1;
        }
        bit
    }

    /// The number of a word key, given one if it has none yet; `owner` is marked
    /// as having it.
    pub fn add_word(&mut self, key: &str, owner: u32) -> u32 {
        let next = self.next_id();
        number(&mut self.words, &mut self.owners, next, key, owner)
    }

    /// The number of a prefix key, given one if it has none yet; `owner` is
    /// marked as having it.
    pub fn add_prefix(&mut self, key: &str, owner: u32) -> u32 {
        let next = self.next_id();
        number(&mut self.prefixes, &mut self.owners, next, key, owner)
    }

    /// Record the frequent words of the languages (see [`Vocabulary::stopword_languages`]).
    pub fn set_stopwords(&mut self, words: impl IntoIterator<Item = (String, u16)>) {
        self.stopwords = words.into_iter().collect();
    }

    /// The languages (bits) a folded word is frequent in; 0 for most words.
    pub fn stopword_languages(&self, word: &str) -> u16 {
        self.stopwords.get(word).copied().unwrap_or(0)
    }

    /// Record the languages' distinctive letters (see [`Vocabulary::word_letters`]).
    pub fn set_letters(&mut self, letters: crate::language::LetterSlots) {
        self.letters = letters;
    }

    /// What language identification reads of a word, `text` as written and
    /// `fold` folded.
    pub fn word_letters(&self, text: &str, fold: &str) -> crate::language::WordLetters {
        self.letters.word_letters(text, fold)
    }

    /// The lexicons (their bits) that have the key numbered `id`.
    pub fn owners(&self, id: u32) -> u32 {
        self.owners.get(id as usize).copied().unwrap_or(0)
    }

    pub fn word(&self, key: &str) -> Option<u32> {
        self.words.get(key).copied()
    }

    pub fn prefix(&self, key: &str) -> Option<u32> {
        self.prefixes.get(key).copied()
    }
}

/// The number of `key` in `numbers` (`next` if it is new), with `owner` marked
/// among the owners of that number.
fn number(
    numbers: &mut HashMap<String, u32>,
    owners: &mut Vec<u32>,
    next: u32,
    key: &str,
    owner: u32,
) -> u32 {
    let id = match numbers.get(key) {
        Some(&id) => id,
        None => {
            numbers.insert(key.to_string(), next);
            owners.push(0);
            next
        }
    };
    owners[id as usize] |= owner;
    id
}

/// The vocabulary numbers a word can be looked up by, in the order a lexicon
/// would look them up: its stems longest first, then its prefix key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keys {
    stamp: u32,
    ids: [u32; 9],
    len: u8,
    /// The lexicons that have any of these keys ([`Vocabulary::owners`]).
    owners: u32,
}

impl Default for Keys {
    fn default() -> Self {
        Keys {
            stamp: UNSTAMPED,
            ids: [0; 9],
            len: 0,
            owners: 0,
        }
    }
}

impl Keys {
    /// No keys yet, numbered by `vocabulary`.
    pub fn of(vocabulary: &Vocabulary) -> Keys {
        Keys {
            stamp: vocabulary.stamp,
            ..Keys::default()
        }
    }

    /// Add the number `id`, which the lexicons `owners` have.
    pub fn push(&mut self, id: u32, owners: u32) {
        if (self.len as usize) < self.ids.len() {
            self.ids[self.len as usize] = id;
            self.len += 1;
            self.owners |= owners;
        }
    }

    /// The numbers, if they were given by the vocabulary stamped `stamp`.
    pub fn numbered_by(&self, stamp: u32) -> Option<&[u32]> {
        (stamp != UNSTAMPED && self.stamp == stamp).then(|| &self.ids[..self.len as usize])
    }

    /// Whether any of the numbers belongs to one of the lexicons `owners`.
    pub fn owned_by(&self, owners: u32) -> bool {
        self.owners & owners != 0
    }
}

/// Lists of `u32` by vocabulary number, stored flat: the list of number `k` is
/// `items[starts[k]..starts[k + 1]]`.
#[derive(Debug, Clone, Default)]
pub struct KeyedLists {
    stamp: u32,
    /// The bit of the lexicon these lists belong to ([`Vocabulary::new_owner`]).
    owner: u32,
    starts: Vec<u32>,
    items: Vec<u32>,
}

impl KeyedLists {
    /// Lists from `(number, item)` pairs of the vocabulary stamped `stamp`;
    /// each list keeps its items in the order given.
    pub fn build(stamp: u32, owner: u32, pairs: &[(u32, u32)]) -> KeyedLists {
        let size = pairs
            .iter()
            .map(|&(k, _)| k as usize + 1)
            .max()
            .unwrap_or(0);
        let mut counts = vec![0u32; size + 1];
        for &(k, _) in pairs {
            counts[k as usize + 1] += 1;
        }
        for k in 1..counts.len() {
            counts[k] += counts[k - 1];
        }
        let starts = counts.clone();
        let mut next = counts;
        let mut items = vec![0u32; pairs.len()];
        for &(k, item) in pairs {
            items[next[k as usize] as usize] = item;
            next[k as usize] += 1;
        }
        KeyedLists {
            stamp,
            owner,
            starts,
            items,
        }
    }

    pub fn stamp(&self) -> u32 {
        self.stamp
    }

    pub fn owner(&self) -> u32 {
        self.owner
    }

    /// The list of number `k`; empty for numbers this table has no list for.
    pub fn get(&self, k: u32) -> &[u32] {
        let k = k as usize;
        match (self.starts.get(k), self.starts.get(k + 1)) {
            (Some(&a), Some(&b)) => &self.items[a as usize..b as usize],
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_prefixes_are_numbered_apart() {
        let mut v = Vocabulary::default();
        let a = v.add_word("абв", 1);
        let p = v.add_prefix("абв", 1);
        assert_ne!(a, p);
        assert_eq!(v.add_word("абв", 1), a);
        assert_eq!(v.word("абв"), Some(a));
        assert_eq!(v.prefix("абв"), Some(p));
        assert_eq!(v.word("где"), None);
        assert_eq!(v.len(), 2);
    }

    #[test]
    fn keys_count_only_for_their_own_vocabulary() {
        let (v, w) = (Vocabulary::default(), Vocabulary::default());
        let mut keys = Keys::of(&v);
        keys.push(7, 0);
        assert_eq!(keys.numbered_by(v.stamp()), Some(&[7][..]));
        assert_eq!(keys.numbered_by(w.stamp()), None);
        assert_eq!(Keys::default().numbered_by(UNSTAMPED), None);
    }

    #[test]
    fn keyed_lists_keep_order_and_answer_unknown_numbers_with_nothing() {
        let lists = KeyedLists::build(3, 1, &[(2, 10), (0, 11), (2, 12), (5, 13)]);
        assert_eq!(lists.get(2), &[10, 12]);
        assert_eq!(lists.get(0), &[11]);
        assert_eq!(lists.get(1), &[] as &[u32]);
        assert_eq!(lists.get(5), &[13]);
        assert_eq!(lists.get(99), &[] as &[u32]);
    }

    #[test]
    fn a_key_remembers_every_lexicon_that_has_it() {
        let mut v = Vocabulary::default();
        let (first, second) = (v.new_owner(), v.new_owner());
        assert_ne!(first, second);
        let shared = v.add_word("визит", first);
        v.add_word("визит", second);
        let own = v.add_prefix("виз", second);
        assert_eq!(v.owners(shared), first | second);
        assert_eq!(v.owners(own), second);
        let mut keys = Keys::of(&v);
        keys.push(own, v.owners(own));
        assert!(keys.owned_by(second));
        assert!(!keys.owned_by(first));
    }
}
