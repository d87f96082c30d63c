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
}

impl Default for Vocabulary {
    fn default() -> Self {
        Vocabulary {
            stamp: NEXT_STAMP.fetch_add(1, Ordering::Relaxed),
            words: HashMap::default(),
            prefixes: HashMap::default(),
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

    /// The number of a word key, given one if it has none yet.
    pub fn add_word(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.words.get(key) {
            return id;
        }
        let id = self.next_id();
        self.words.insert(key.to_string(), id);
        id
    }

    /// The number of a prefix key, given one if it has none yet.
    pub fn add_prefix(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.prefixes.get(key) {
            return id;
        }
        let id = self.next_id();
        self.prefixes.insert(key.to_string(), id);
        id
    }

    pub fn word(&self, key: &str) -> Option<u32> {
        self.words.get(key).copied()
    }

    pub fn prefix(&self, key: &str) -> Option<u32> {
        self.prefixes.get(key).copied()
    }
}

/// The vocabulary numbers a word can be looked up by, in the order a lexicon
/// would look them up: its stems longest first, then its prefix key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keys {
    stamp: u32,
    ids: [u32; 9],
    len: u8,
}

impl Default for Keys {
    fn default() -> Self {
        Keys {
            stamp: UNSTAMPED,
            ids: [0; 9],
            len: 0,
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

    pub fn push(&mut self, id: u32) {
        if (self.len as usize) < self.ids.len() {
            self.ids[self.len as usize] = id;
            self.len += 1;
        }
    }

    /// The numbers, if they were given by the vocabulary stamped `stamp`.
    pub fn numbered_by(&self, stamp: u32) -> Option<&[u32]> {
        (stamp != UNSTAMPED && self.stamp == stamp).then(|| &self.ids[..self.len as usize])
    }
}

/// Lists of `u32` by vocabulary number, stored flat: the list of number `k` is
/// `items[starts[k]..starts[k + 1]]`.
#[derive(Debug, Clone, Default)]
pub struct KeyedLists {
    stamp: u32,
    starts: Vec<u32>,
    items: Vec<u32>,
}

impl KeyedLists {
    /// Lists from `(number, item)` pairs of the vocabulary stamped `stamp`;
    /// each list keeps its items in the order given.
    pub fn build(stamp: u32, pairs: &[(u32, u32)]) -> KeyedLists {
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
            starts,
            items,
        }
    }

    pub fn stamp(&self) -> u32 {
        self.stamp
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
        let a = v.add_word("абв");
        let p = v.add_prefix("абв");
        assert_ne!(a, p);
        assert_eq!(v.add_word("абв"), a);
        assert_eq!(v.word("абв"), Some(a));
        assert_eq!(v.prefix("абв"), Some(p));
        assert_eq!(v.word("где"), None);
        assert_eq!(v.len(), 2);
    }

    #[test]
    fn keys_count_only_for_their_own_vocabulary() {
        let (v, w) = (Vocabulary::default(), Vocabulary::default());
        let mut keys = Keys::of(&v);
        keys.push(7);
        assert_eq!(keys.numbered_by(v.stamp()), Some(&[7][..]));
        assert_eq!(keys.numbered_by(w.stamp()), None);
        assert_eq!(Keys::default().numbered_by(UNSTAMPED), None);
    }

    #[test]
    fn keyed_lists_keep_order_and_answer_unknown_numbers_with_nothing() {
        let lists = KeyedLists::build(3, &[(2, 10), (0, 11), (2, 12), (5, 13)]);
        assert_eq!(lists.get(2), &[10, 12]);
        assert_eq!(lists.get(0), &[11]);
        assert_eq!(lists.get(1), &[] as &[u32]);
        assert_eq!(lists.get(5), &[13]);
        assert_eq!(lists.get(99), &[] as &[u32]);
    }
}
