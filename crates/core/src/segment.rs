//! Segmentation: words with character offsets, and sentences.
//!
//! Words split at hyphens and apostrophes so that `азербайджано-казахстанского`
//! yields two words and `AZAL-a` or `Türkiye'nin` leave their suffix as a word of its
//! own; the gap before each word is kept so that phrase matching can tell words
//! joined by a space or hyphen from words separated by punctuation.

use compact_str::CompactString;
// Fx hashing for the abbreviations, asked at every full stop after a word.
use rustc_hash::FxHashSet as HashSet;

/// What separates a word from the word before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// Start of the text.
    None,
    /// Spaces or tabs only.
    Space,
    /// A hyphen or dash, possibly with spaces (`Касым-Жомарт`, `Telegram - канале`).
    Hyphen,
    /// An apostrophe with no space (`Türkiye'nin`).
    Apostrophe,
    /// A full stop with no space, as in initials (`Ə.Əsədov`).
    Dot,
    /// Any other punctuation, or a line break.
    Punct,
}

#[derive(Debug, Clone)]
pub struct Token {
    /// Byte lengths of the word's possible stems (the whole word first), cut at the
    /// inflectional endings of the loaded languages; filled by [`analyse`] so that
    /// every lexicon pass reuses them.
    pub stems: crate::lexicon::Stems,
    /// The vocabulary numbers of those stems and of the word's prefix key, also
    /// filled by [`analyse`]: one hash look-up per stem for all lexicons.
    pub keys: crate::vocabulary::Keys,
    /// Character offsets into the cleaned text.
    pub start: usize,
    pub end: usize,
    /// The word as written. Inline up to 24 bytes, so most words need no heap
    /// allocation: two per word were a tenth of the extractor's time.
    pub text: CompactString,
    /// Case- and variant-folded form used for matching (see [`fold`]).
    pub fold: CompactString,
    pub gap: Gap,
    /// Index of the sentence the word belongs to. 32 bits keep the token at
    /// 128 bytes, two cache lines, for the passes that stream over all tokens.
    pub sentence: u32,
    /// The languages this word is a frequent word of, one bit each in the order
    /// of [`crate::language::Profiles`]; filled by [`analyse`].
    pub stop_languages: u16,
}

impl Token {
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }
    pub fn is_number(&self) -> bool {
        self.text.bytes().all(|b| b.is_ascii_digit())
    }
    /// Whether the word is a Roman number (see [`is_roman_numeral`]).
    pub fn is_roman_numeral(&self) -> bool {
        is_roman_numeral(&self.text)
    }
}

/// Two or more capitals reading as a Roman number up to 39 (`II`, `XIV`,
/// `XXIX`): the numerals of monarchs, popes, congresses and forums. One letter
/// stays a word (`I`, `V.`), and `L`, `C`, `D`, `M` are left out, so that
/// abbreviations such as `DC` or `MD` stay names.
pub fn is_roman_numeral(word: &str) -> bool {
    let rest = word.trim_start_matches('X');
    let units = matches!(
        rest,
        "" | "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX"
    );
    word.len() >= 2 && word.len() - rest.len() <= 3 && units
}

#[derive(Debug, Clone)]
pub struct Sentence {
    /// Character offsets into the cleaned text.
    pub start: usize,
    pub end: usize,
    /// Range of word indices.
    pub tokens: std::ops::Range<usize>,
}

/// The text of a run of characters. Sized for two bytes a character, which
/// holds the Cyrillic and Turkic letters most of our text is made of:
/// collecting would start from one byte each and copy the string as it grows.
pub fn string_of(chars: &[char]) -> String {
    let mut text = String::with_capacity(2 * chars.len());
    text.extend(chars);
    text
}

/// Fold a word for matching: lower case, `ё`→`е`, and the dotted/dotless `i` of
/// Turkic Latin scripts to plain `i`, so that `İlham`, `Ilham` and `ilham` meet.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, |c| out.push(c));
    out
}

/// [`fold`] into a string kept inline when short, as tokens hold it; folded in
/// `scratch` first, as pushing characters one by one onto it is slow.
fn fold_compact(word: &str, scratch: &mut String) -> CompactString {
    scratch.clear();
    fold_into(word, |c| scratch.push(c));
    CompactString::from(scratch.as_str())
}

/// The one folding loop behind [`fold`] and [`fold_compact`].
pub(crate) fn fold_into(word: &str, mut push: impl FnMut(char)) {
    for c in word.chars() {
        match c {
            'İ' | 'I' | 'ı' => push('i'),
            'Ё' | 'ё' => push('е'),
            '\u{307}' => {}
            // The common cases without the Unicode tables: ASCII and basic Cyrillic.
            'A'..='Z' => push(c.to_ascii_lowercase()),
            'a'..='z' | 'а'..='я' => push(c),
            'А'..='Я' => push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
            _ => match small_alphabet(c) {
                Some(entry) if entry.lower != '\0' => push(entry.lower),
                _ => c
                    .to_lowercase()
                    .filter(|&l| l != '\u{307}')
                    .for_each(&mut push),
            },
        }
    }
}

/// A letter, with fast paths for ASCII and Cyrillic (the Unicode tables are slow).
pub fn is_letter(c: char) -> bool {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A => true,
        0..=0x7F => false,
        0x400..=0x481 | 0x48A..=0x52F => true,
        _ => small_alphabet(c).map_or_else(|| c.is_alphabetic(), |e| e.letter),
    }
}

/// Characters, visible (non-space) characters and letters of a text, as
/// [`is_letter`] and [`char::is_whitespace`] count them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Census {
    pub chars: usize,
    pub visible: usize,
    pub letters: usize,
}

/// What a character is to word counts: white space ([`char::is_whitespace`]),
/// a letter ([`is_letter`]), or anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharKind {
    Space,
    Letter,
    Other,
}

/// The kind of each character of `text`, read byte by byte: ASCII and the
/// common Cyrillic letters (lead bytes `D0`, `D1`, `D3`: U+0400..U+047F and
/// U+04C0..U+04FF, all letters) are told from their first byte, and only the
/// other characters are decoded. Whole pages and every line pass here, and
/// decoding each character was a few percent of the extractor's time.
pub fn char_kinds(text: &str) -> impl Iterator<Item = CharKind> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let b = *bytes.get(i)?;
        let (kind, width) = match b {
            b' ' | b'\t'..=b'\r' => (CharKind::Space, 1),
            b'a'..=b'z' | b'A'..=b'Z' => (CharKind::Letter, 1),
            0..=0x7f => (CharKind::Other, 1),
            0xd0 | 0xd1 | 0xd3 => (CharKind::Letter, 2),
            _ => {
                // A lead byte of another character: `i` is always at a character boundary.
                let c = text[i..].chars().next().unwrap_or('\0');
                let kind = if c.is_whitespace() {
                    CharKind::Space
                } else if is_letter(c) {
                    CharKind::Letter
                } else {
                    CharKind::Other
                };
                (kind, c.len_utf8())
            }
        };
        i += width;
        Some(kind)
    })
}

/// Count a whole page's characters, as [`char_kinds`] tells them apart.
///
/// Every page passes here before anything else, so the bytes are counted in
/// chunks of at most 255 with byte-wide counters, which the compiler turns
/// into vector instructions: a character starts at each byte that is not a
/// continuation byte, ASCII spaces and letters and the common Cyrillic lead
/// bytes are told by their value, and only chunks holding other non-ASCII
/// characters (Turkic letters, no-break spaces, punctuation) decode those.
pub fn census(text: &str) -> Census {
    let bytes = text.as_bytes();
    let (mut chars, mut spaces, mut letters) = (0usize, 0usize, 0usize);
    let mut offset = 0;
    for chunk in bytes.chunks(255) {
        let (mut starts, mut ascii_spaces, mut known_letters, mut others) = (0u8, 0u8, 0u8, 0u8);
        for &b in chunk {
            starts += u8::from(b & 0xC0 != 0x80);
            ascii_spaces += u8::from((b == b' ') | (b.wrapping_sub(b'\t') <= b'\r' - b'\t'));
            let ascii_letter = (b | 0x20).wrapping_sub(b'a') < 26;
            let cyrillic = (b == 0xd0) | (b == 0xd1) | (b == 0xd3);
            known_letters += u8::from(ascii_letter | cyrillic);
            others += u8::from((b >= 0xc0) & !cyrillic);
        }
        chars += usize::from(starts);
        spaces += usize::from(ascii_spaces);
        letters += usize::from(known_letters);
        if others > 0 {
            for (i, &b) in chunk.iter().enumerate() {
                if b >= 0xc0 && !matches!(b, 0xd0 | 0xd1 | 0xd3) {
                    // A lead byte: `offset + i` is a character boundary.
                    let c = text[offset + i..].chars().next().unwrap_or('\0');
                    if c.is_whitespace() {
                        spaces += 1;
                    } else {
                        letters += usize::from(is_letter(c));
                    }
                }
            }
        }
        offset += chunk.len();
    }
    Census {
        chars,
        visible: chars - spaces,
        letters,
    }
}

/// What the Unicode tables say of one character of the alphabets we read.
#[derive(Clone, Copy)]
struct AlphabetEntry {
    /// Its one-character lower case, or NUL when lower-casing gives several.
    lower: char,
    letter: bool,
    alphanumeric: bool,
}

/// Characters below this (Latin with its extensions, Greek, Cyrillic) are looked
/// up in a table built once from the Unicode tables, which are slow to search
/// for the Azerbaijani, Turkish and Kazakh letters on every word.
const SMALL_ALPHABET_END: u32 = 0x530;

fn small_alphabet(c: char) -> Option<AlphabetEntry> {
    static TABLE: std::sync::LazyLock<Vec<AlphabetEntry>> = std::sync::LazyLock::new(|| {
        (0..SMALL_ALPHABET_END)
            .map(|u| {
                let c = char::from_u32(u).unwrap_or('\0');
                let mut lower = c.to_lowercase();
                let one = match (lower.next(), lower.next()) {
                    (Some(l), None) => l,
                    _ => '\0',
                };
                AlphabetEntry {
                    lower: one,
                    letter: c.is_alphabetic(),
                    alphanumeric: c.is_alphanumeric(),
                }
            })
            .collect()
    });
    TABLE.get(c as usize).copied()
}

fn is_word_char(c: char) -> bool {
    match c as u32 {
        0x30..=0x39 | 0x41..=0x5A | 0x61..=0x7A => true,
        0..=0x7F => false,
        // Cyrillic letters (without the combining marks and signs of U+0482..0489).
        0x400..=0x481 | 0x48A..=0x52F => true,
        0x301 => true,
        _ => small_alphabet(c).map_or_else(|| c.is_alphanumeric(), |e| e.alphanumeric),
    }
}

/// Split `text` into words. Offsets are in characters.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut scratch = String::new();
    tokenize_with(
        text,
        |word| Analysis {
            fold: fold_compact(word, &mut scratch),
            stems: Default::default(),
            keys: Default::default(),
            stop_languages: 0,
            letters: Default::default(),
        },
        |_, _| {},
    )
}

/// [`tokenize`] and [`analyse`] in one pass, as the pipeline runs them: a word
/// seen before on this thread takes its folded form, stems and keys from the
/// memo, found by the word as written, so that it is neither folded nor
/// hashed twice.
pub fn tokenize_analysed(
    text: &str,
    endings: &crate::lexicon::Endings,
    vocabulary: &crate::vocabulary::Vocabulary,
) -> Vec<Token> {
    tokenize_remembered(text, endings, vocabulary, |_, _| {})
}

/// [`tokenize_analysed`], counting each word into `evidence` for language
/// identification as it goes: the word's letters are remembered with its
/// analysis, so that a repeated word is not decoded again to identify the page.
pub fn tokenize_identifying(
    text: &str,
    endings: &crate::lexicon::Endings,
    vocabulary: &crate::vocabulary::Vocabulary,
    evidence: &mut crate::language::Evidence<'_>,
) -> Vec<Token> {
    tokenize_remembered(text, endings, vocabulary, |analysis, gap| {
        evidence.add(
            &analysis.letters,
            &analysis.fold,
            gap,
            Some(analysis.stop_languages),
        )
    })
}

/// The tokenizer's loop with this thread's memo of analyses; `observe` sees
/// each word's analysis and the gap before it.
fn tokenize_remembered(
    text: &str,
    endings: &crate::lexicon::Endings,
    vocabulary: &crate::vocabulary::Vocabulary,
    observe: impl FnMut(&Analysis, Gap),
) -> Vec<Token> {
    with_memo(endings, vocabulary, |memo| {
        let mut scratch = String::new();
        tokenize_with(
            text,
            |word| memo.analysis(word, &mut scratch, endings, vocabulary),
            observe,
        )
    })
}

/// What a word is to the lexicons: its folded form, its stems and the numbers
/// of its keys.
#[derive(Debug, Clone)]
struct Analysis {
    fold: CompactString,
    stems: crate::lexicon::Stems,
    keys: crate::vocabulary::Keys,
    stop_languages: u16,
    letters: crate::language::WordLetters,
}

/// The tokenizer's loop; `analysis` gives each word's folded form (and, for
/// the pipeline, its stems and keys); `observe` sees each word's analysis and
/// the gap before it.
fn tokenize_with(
    text: &str,
    mut analysis: impl FnMut(&str) -> Analysis,
    mut observe: impl FnMut(&Analysis, Gap),
) -> Vec<Token> {
    // A word and its space take six bytes or more in every script we read:
    // room for all at once, rather than copying the tokens at each growth.
    let mut tokens = Vec::with_capacity(text.len() / 6 + 1);
    // The current word and the gap before it, as byte ranges of `text`: each word
    // is copied once, when it ends, rather than grown a character at a time.
    let mut word_start: Option<(usize, usize)> = None; // (byte, char)
    let mut gap_start = 0;
    let mut chars = 0;
    let mut push = |tokens: &mut Vec<Token>, word: &str, start: usize, end: usize, gap: &str| {
        let gap = if tokens.is_empty() {
            Gap::None
        } else {
            classify_gap(gap)
        };
        let word_analysis = analysis(word);
        observe(&word_analysis, gap);
        let Analysis {
            fold,
            stems,
            keys,
            stop_languages,
            ..
        } = word_analysis;
        tokens.push(Token {
            start,
            end,
            fold,
            text: CompactString::from(word),
            gap,
            sentence: 0,
            stems,
            keys,
            stop_languages,
        });
    };
    // Read by lead byte, as `char_kinds` does: ASCII and the common Cyrillic
    // letters (lead bytes `D0`, `D1`, `D3`) are told without decoding.
    let bytes = text.as_bytes();
    let mut b = 0;
    while let Some(&lead) = bytes.get(b) {
        let (word_char, width) = match lead {
            0..=0x7f => (lead.is_ascii_alphanumeric(), 1),
            0xd0 | 0xd1 | 0xd3 => (true, 2),
            _ => {
                // A lead byte of another character: `b` is at a character boundary.
                let c = text[b..].chars().next().unwrap_or('\0');
                (is_word_char(c), c.len_utf8())
            }
        };
        if word_char {
            if word_start.is_none() {
                word_start = Some((b, chars));
            }
        } else if let Some((wb, wc)) = word_start.take() {
            push(&mut tokens, &text[wb..b], wc, chars, &text[gap_start..wb]);
            gap_start = b;
        }
        b += width;
        chars += 1;
    }
    if let Some((wb, wc)) = word_start {
        push(&mut tokens, &text[wb..], wc, chars, &text[gap_start..wb]);
    }
    tokens
}

fn classify_gap(gap: &str) -> Gap {
    if gap == " " {
        return Gap::Space; // most gaps
    }
    let trimmed = gap.trim_matches(|c: char| c == ' ' || c == '\t' || c == '\u{a0}');
    match trimmed {
        "" if gap.contains('\n') => Gap::Punct,
        "" => Gap::Space,
        "-" | "‐" | "‑" => Gap::Hyphen,
        "–" | "—" if gap.len() > trimmed.len() => Gap::Punct,
        // An en dash between words or numbers joins them as a hyphen does
        // ("29–30 мая", "2025–2027").
        "–" => Gap::Hyphen,
        "'" | "’" | "`" if trimmed.len() == gap.len() => Gap::Apostrophe,
        "." if trimmed.len() == gap.len() => Gap::Dot,
        _ => Gap::Punct,
    }
}

/// Words remembered per thread before the memo starts afresh: enough for the
/// common words of several languages, and at some 600 KB within a core's
/// second-level cache (1 MB here). A memo of 50,000 words (6 MB) missed the
/// cache on most lookups and cost 4 % more CPU time on the bench corpus than
/// 12,000; 5,000 took 2 % less than 12,000 (whose entries had grown to 1.4 MB
/// with the words' letters) and 2,500 3 % more than 5,000.
const ANALYSIS_MEMO_WORDS: usize = 5_000;

/// What [`analyse`] and [`tokenize_analysed`] found for each word lately, on
/// this thread, by the word as written.
struct AnalysisMemo {
    /// The endings (by address) and vocabulary (by stamp) the entries were computed with.
    endings: usize,
    stamp: u32,
    words: rustc_hash::FxHashMap<CompactString, Analysis>,
}

impl AnalysisMemo {
    /// The analysis of `word`, worked out now if it is not remembered.
    fn analysis(
        &mut self,
        word: &str,
        scratch: &mut String,
        endings: &crate::lexicon::Endings,
        vocabulary: &crate::vocabulary::Vocabulary,
    ) -> Analysis {
        // One probe for a remembered word (most words of a page): the entry is
        // copied out rather than borrowed, which would force a second lookup.
        if let Some(known) = self.words.get(word) {
            return known.clone();
        }
        let fold = fold_compact(word, scratch);
        let stems = endings.stem_lengths(&fold);
        let analysis = Analysis {
            keys: crate::lexicon::keys_of(&fold, stems, vocabulary),
            stop_languages: vocabulary.stopword_languages(&fold),
            letters: vocabulary.word_letters(word, &fold),
            fold,
            stems,
        };
        if self.words.len() >= ANALYSIS_MEMO_WORDS {
            self.words.clear();
        }
        self.words
            .insert(CompactString::from(word), analysis.clone());
        analysis
    }
}

thread_local! {
    static ANALYSIS_MEMO: std::cell::RefCell<AnalysisMemo> = std::cell::RefCell::new(AnalysisMemo {
        endings: 0,
        stamp: 0,
        words: Default::default(),
    });
}

/// Run `f` with this thread's memo, emptied first if it was filled for other
/// endings or another vocabulary.
fn with_memo<R>(
    endings: &crate::lexicon::Endings,
    vocabulary: &crate::vocabulary::Vocabulary,
    f: impl FnOnce(&mut AnalysisMemo) -> R,
) -> R {
    ANALYSIS_MEMO.with_borrow_mut(|memo| {
        let endings_id = endings as *const _ as usize;
        if memo.endings != endings_id || memo.stamp != vocabulary.stamp() {
            memo.words.clear();
            memo.endings = endings_id;
            memo.stamp = vocabulary.stamp();
        }
        f(memo)
    })
}

/// Compute each word's candidate stems once for all lexicon passes,
/// and the numbers `vocabulary` gives the keys that lexicons look them up by.
///
/// News text repeats its words from page to page, and working out a word's
/// stems and keys takes a hash probe per candidate ending and per stem, so the
/// results are remembered per thread (bounded by [`ANALYSIS_MEMO_WORDS`]) and a
/// repeated word costs one probe.
pub fn analyse(
    tokens: &mut [Token],
    endings: &crate::lexicon::Endings,
    vocabulary: &crate::vocabulary::Vocabulary,
) {
    with_memo(endings, vocabulary, |memo| {
        let mut scratch = String::new();
        for t in tokens {
            let a = memo.analysis(&t.text, &mut scratch, endings, vocabulary);
            t.stems = a.stems;
            t.keys = a.keys;
            t.stop_languages = a.stop_languages;
        }
    });
}

/// The first character of `chars` that can end a sentence (a line break or a
/// full stop, question or exclamation mark, ellipsis). Sentences run to dozens
/// of characters: blocks of sixteen are tested without branching, which the
/// compiler turns into vector compares, and only a block holding one is searched.
fn next_possible_end(chars: &[char]) -> Option<usize> {
    const BLOCK: usize = 16;
    let can_end = |c: char| (c == '\n') | (c == '.') | (c == '!') | (c == '?') | (c == '…');
    let blocks = chars.chunks_exact(BLOCK);
    let rest = blocks.remainder();
    for (b, block) in blocks.enumerate() {
        let block: &[char; BLOCK] = block.try_into().expect("exact chunk");
        let mut any = false;
        for &c in block {
            any |= can_end(c);
        }
        if any {
            return block
                .iter()
                .position(|&c| can_end(c))
                .map(|k| b * BLOCK + k);
        }
    }
    let done = chars.len() - rest.len();
    rest.iter().position(|&c| can_end(c)).map(|k| done + k)
}

/// Split the text into sentences and number each word with its sentence.
///
/// A sentence ends at a line break, or at `.`, `!`, `?`, `…` followed by a space
/// and a capital letter, a digit, a quote or a dash, unless the full stop closes an
/// abbreviation (`им.`, `гг.` before a lower-case word) or an initial (`Ə.`).
/// `chars` is the text the tokens were cut from, as characters. With
/// `ordinal_dot`, a full stop right after a number writes an ordinal
/// (`BM 79. Genel Kurulu`) and ends no sentence.
pub fn sentences(
    chars: &[char],
    tokens: &mut [Token],
    abbreviations: &HashSet<String>,
    ordinal_dot: bool,
) -> Vec<Sentence> {
    let mut bounds = Vec::new(); // sentence end offsets (exclusive)
    let mut abbrev_buf = String::new(); // a word and its full stop, as abbreviations are listed
    let mut ti = 0; // index of the first token at or after the position
    let n = chars.len();
    let mut i = 0;
    while i < n {
        // Only these characters can end a sentence: skip to the next one.
        match next_possible_end(&chars[i..]) {
            Some(k) => i += k,
            None => break,
        }
        let c = chars[i];
        while ti < tokens.len() && tokens[ti].end <= i {
            ti += 1;
        }
        if c == '\n' {
            bounds.push(i);
        } else if matches!(c, '.' | '!' | '?' | '…') {
            let mut j = i + 1;
            while j < n && matches!(chars[j], '.' | '!' | '?' | '…' | '»' | '"' | '”' | ')') {
                j += 1;
            }
            let next_is_space = j < n && (chars[j] == ' ' || chars[j] == '\u{a0}');
            let mut k = j;
            while k < n && (chars[k] == ' ' || chars[k] == '\u{a0}') {
                k += 1;
            }
            let next = chars.get(k).copied();
            let starts_new = next.is_none_or(|nc| {
                nc.is_uppercase()
                    || nc.is_ascii_digit()
                    || matches!(nc, '«' | '"' | '“' | '–' | '—' | '-' | '\n')
            });
            let prev_word = ti.checked_sub(1).map(|p| &tokens[p]).filter(|t| t.end == i);
            let is_abbrev = c == '.'
                && prev_word.is_some_and(|w| {
                    let single_upper =
                        w.text.chars().count() == 1 && w.text.chars().all(char::is_uppercase);
                    abbrev_buf.clear();
                    abbrev_buf.push_str(&w.fold);
                    abbrev_buf.push('.');
                    single_upper
                        || abbreviations.contains(&abbrev_buf)
                        || (ordinal_dot && w.is_number() && j == i + 1)
                });
            if (next_is_space || next.is_none()) && starts_new && !is_abbrev {
                bounds.push(j);
                i = j;
                continue;
            }
        }
        i += 1;
    }
    bounds.push(n);

    let mut result = Vec::new();
    let mut start = 0;
    let mut tok = 0;
    for end in bounds {
        // Trim whitespace so that offsets hold the sentence itself.
        let mut s = start;
        while s < end && chars[s].is_whitespace() {
            s += 1;
        }
        let mut e = end;
        while e > s && chars[e - 1].is_whitespace() {
            e -= 1;
        }
        if e > s {
            let first = tok;
            while tok < tokens.len() && tokens[tok].start < e {
                tokens[tok].sentence = result.len() as u32;
                tok += 1;
            }
            if tok > first {
                result.push(Sentence {
                    start: s,
                    end: e,
                    tokens: first..tok,
                });
            }
        }
        start = end;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.text.into()).collect()
    }

    #[test]
    fn possible_ends_are_found_in_every_block_position() {
        // Every length around the block size, with the mark at every place
        // (in a block, in the remainder) or nowhere.
        for len in 0..40 {
            for at in (0..len).map(Some).chain([None]) {
                for mark in ['\n', '.', '!', '?', '…'] {
                    let chars: Vec<char> = (0..len)
                        .map(|i| if Some(i) == at { mark } else { 'ж' })
                        .collect();
                    assert_eq!(next_possible_end(&chars), at, "{len} {at:?} {mark:?}");
                }
            }
        }
    }

    #[test]
    fn hyphens_and_apostrophes_split_words() {
        assert_eq!(
            words("азербайджано-казахстанского"),
            ["азербайджано", "казахстанского"]
        );
        assert_eq!(words("AZAL-a məxsus"), ["AZAL", "a", "məxsus"]);
        let toks = tokenize("Türkiye'nin Ə.Əsədov");
        assert_eq!(toks[1].gap, Gap::Apostrophe);
        assert_eq!(toks[3].gap, Gap::Dot);
    }

    #[test]
    fn remembered_analyses_match_fresh_ones_and_follow_the_vocabulary() {
        let endings = crate::lexicon::Endings::new(&["ым".to_string(), "а".to_string()]);
        let (mut first, mut second) = (
            crate::vocabulary::Vocabulary::default(),
            crate::vocabulary::Vocabulary::default(),
        );
        let bayramov = first.add_word("байрамов", 1);
        second.add_word("другое", 1);
        let text = "Байрамовым и Байрамовым";
        let mut once = tokenize(text);
        analyse(&mut once, &endings, &first);
        // The second word was served from the memo, and the same text again too.
        assert_eq!(once[0].keys, once[2].keys);
        assert_eq!(
            once[0].keys.numbered_by(first.stamp()),
            Some(&[bayramov][..])
        );
        let mut again = tokenize(text);
        analyse(&mut again, &endings, &first);
        assert_eq!(again[2].stems, endings.stem_lengths("байрамовым"));
        assert_eq!(again[2].keys, once[2].keys);
        // Tokenizing and analysing in one pass gives the same tokens.
        let one_pass = tokenize_analysed(text, &endings, &first);
        for (a, b) in one_pass.iter().zip(&again) {
            assert_eq!(
                (&a.text, &a.fold, a.stems, a.keys, a.start, a.end, a.gap),
                (&b.text, &b.fold, b.stems, b.keys, b.start, b.end, b.gap)
            );
        }
        assert_eq!(one_pass.len(), again.len());
        // Another vocabulary does not get the first one's numbers.
        let mut other = tokenize(text);
        analyse(&mut other, &endings, &second);
        assert_eq!(other[0].keys.numbered_by(second.stamp()), Some(&[][..]));
        assert_eq!(other[0].keys.numbered_by(first.stamp()), None);
    }

    #[test]
    fn the_byte_census_counts_as_the_character_tables_do() {
        let by_chars = |text: &str| {
            let mut n = Census::default();
            for c in text.chars() {
                n.chars += 1;
                if !c.is_whitespace() {
                    n.visible += 1;
                    n.letters += usize::from(is_letter(c));
                }
            }
            n
        };
        // Every character below U+0600, then scripts and spaces beyond it.
        let low: String = (0..0x600u32).filter_map(char::from_u32).collect();
        assert_eq!(census(&low), by_chars(&low));
        let mixed = "Байрамов\u{a0}ve Əliyev: «Қазақстан» — 2025\u{2003}年\u{3000}😀 \u{85}ok\r\n";
        assert_eq!(census(mixed), by_chars(mixed));
        // Characters cut by the edges of the byte chunks the census counts in.
        for shift in 0..4 {
            let long = format!("{}{}", "x".repeat(shift), mixed.repeat(40));
            assert_eq!(census(&long), by_chars(&long));
        }
        assert_eq!(census(""), Census::default());
        let n = census("Баку 25 сен");
        assert_eq!((n.chars, n.visible, n.letters), (11, 9, 7));
    }

    #[test]
    fn the_byte_reading_tokenizer_splits_words_as_the_character_test_does() {
        // Words as runs of `is_word_char`, offsets in characters.
        let by_chars = |text: &str| {
            let mut words = Vec::new();
            let mut start = None;
            let chars: Vec<char> = text.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                match (is_word_char(c), start) {
                    (true, None) => start = Some(i),
                    (false, Some(s)) => {
                        words.push((s, i, chars[s..i].iter().collect::<String>()));
                        start = None;
                    }
                    _ => {}
                }
            }
            if let Some(s) = start {
                words.push((s, chars.len(), chars[s..].iter().collect()));
            }
            words
        };
        let low: String = (0x20..0x600u32).filter_map(char::from_u32).collect();
        let mixed = "Байрамов\u{a0}ve Əliyev: «Қазақстан» — 2025\u{2003}年 ҳ҂҃ Ӏӿ 😀ok";
        for text in [low.as_str(), mixed] {
            let got: Vec<(usize, usize, String)> = tokenize(text)
                .into_iter()
                .map(|t| (t.start, t.end, t.text.to_string()))
                .collect();
            assert_eq!(got, by_chars(text));
        }
    }

    #[test]
    fn a_token_fills_two_cache_lines_exactly() {
        assert_eq!(std::mem::size_of::<Token>(), 128);
    }

    #[test]
    fn folding_meets_turkic_i_and_yo() {
        assert_eq!(fold("İlham"), "ilham");
        assert_eq!(fold("Ilham"), "ilham");
        assert_eq!(fold("Əliyevin"), "əliyevin");
        assert_eq!(fold("Алёна"), "алена");
    }

    #[test]
    fn letters_of_the_turkic_alphabets_fold_through_the_table() {
        // Azerbaijani, Turkish and Kazakh capitals outside basic Latin and Cyrillic.
        assert_eq!(fold("ŞUŞA"), "şuşa");
        assert_eq!(fold("ÇAĞDAŞ"), "çağdaş");
        assert_eq!(fold("ÖĞRENCİ"), "öğrenci");
        assert_eq!(fold("ҚАЗАҚСТАН"), "қазақстан");
        assert_eq!(fold("ӘЛЕМ ҢҰҮҒІӨҺ"), "әлем ңұүғіөһ");
        // A capital whose lower case is two characters keeps the general path.
        assert_eq!(fold("İ"), "i");
        assert!(is_letter('ə') && is_letter('Ş') && is_letter('ң'));
        assert!(!is_letter('×') && !is_letter('§'));
        let words: Vec<String> = tokenize("Şuşa×Ağdam")
            .into_iter()
            .map(|t| t.text.into())
            .collect();
        assert_eq!(words, ["Şuşa", "Ağdam"]);
    }

    #[test]
    fn sentences_respect_abbreviations_and_initials() {
        let text = "Центр им. Курмангазы открыт. Затем Ə.Əsədov и O.Bektenov говорили. План на 2025-2026 гг.\nНовая строка";
        let mut toks = tokenize(text);
        let abbr: HashSet<String> = ["им.".to_string()].into_iter().collect();
        let chars: Vec<char> = text.chars().collect();
        let s = sentences(&chars, &mut toks, &abbr, false);
        let got: Vec<&str> = s
            .iter()
            .map(|s| {
                let b: String = text.chars().skip(s.start).take(s.end - s.start).collect();
                Box::leak(b.into_boxed_str()) as &str
            })
            .collect();
        assert_eq!(
            got,
            [
                "Центр им. Курмангазы открыт.",
                "Затем Ə.Əsədov и O.Bektenov говорили.",
                "План на 2025-2026 гг.",
                "Новая строка"
            ]
        );
    }
}
