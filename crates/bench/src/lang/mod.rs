//! What the generator needs to know about each language: site furniture,
//! sentence templates, and just enough grammar to put knowledge-base names
//! into the cases the templates ask for.
//!
//! The extractor matches names through inflection (`Байрамовым`, `Bektenovla`),
//! so a corpus of nominatives only would measure an easier problem than real
//! pages pose; the grammar here is a rough approximation, good enough to make
//! the matcher do realistic work, not a morphology to be trusted elsewhere.

mod az;
mod en;
mod kk;
mod ru;

/// A grammatical case a template can ask for. Languages without the case
/// map it to the nearest construction (Azerbaijani and Kazakh read `Ins` as
/// the comitative, English ignores cases).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    Nom,
    Gen,
    Dat,
    Acc,
    Ins,
    Loc,
}

impl Case {
    /// The case named in a template placeholder (`{b:ins}`).
    pub fn parse(name: &str) -> Option<Case> {
        Some(match name {
            "nom" => Case::Nom,
            "gen" => Case::Gen,
            "dat" => Case::Dat,
            "acc" => Case::Acc,
            "ins" => Case::Ins,
            "loc" => Case::Loc,
            _ => return None,
        })
    }
}

/// A calendar date with a time of day, for publication stamps and date phrases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
}

/// The inflection and formatting rules of one language.
pub trait Grammar: Sync {
    /// A person's or place's name in `case` (`female` chooses feminine endings,
    /// `animate` the accusative of persons).
    fn name(&self, name: &str, case: Case, female: bool, animate: bool) -> String;

    /// Title, country and name as one phrase in `case`: "министра иностранных
    /// дел Казахстана Мурата Нуртлеу", "Qazaxıstanın Baş naziri Oljas Bektenov".
    /// `country` is `None` when the title already names its country.
    fn person(
        &self,
        title: &str,
        country: Option<&str>,
        name: &str,
        case: Case,
        female: bool,
    ) -> String;

    /// A title alone, in `case`, as headlines use it ("Глава МИД", "Prezident").
    fn title(&self, title: &str, case: Case) -> String;

    /// A country adjective agreeing with a feminine noun in an oblique case
    /// ("казахстанской стороны"); unchanged where adjectives do not agree.
    fn adjective(&self, adjective: &str) -> String {
        adjective.to_string()
    }

    /// A date in running text, in one of the forms outlets use.
    fn date(&self, d: Stamp, months: &[String], style: usize) -> String;

    /// The publication stamp in a page header, in one of several site styles.
    fn header_date(&self, d: Stamp, months: &[String], style: usize) -> String;
}

/// Everything language-specific the page generator uses.
pub struct Language {
    /// Knowledge-base language code (names are taken from `names[code]`).
    pub code: &'static str,
    pub grammar: &'static dyn Grammar,
    /// Site names shown in page headers and copyright lines.
    pub sites: &'static [&'static str],
    pub menu: &'static [&'static str],
    pub subscribe: &'static [&'static str],
    /// Label of a view counter ("Просмотров").
    pub views: &'static str,
    pub photo: &'static str,
    pub tags: &'static str,
    /// Lines that open a list of related headlines.
    pub related: &'static [&'static str],
    /// Agencies named in datelines and attributions.
    pub agencies: &'static [&'static str],
    pub headlines: &'static [&'static str],
    /// Sentences that report a diplomatic event between persons `a` and `b`.
    pub events: &'static [&'static str],
    /// Background sentences: what articles say around the event.
    pub filler: &'static [&'static str],
    /// Topics in the form the templates' `{topic}` slot needs.
    pub topics: &'static [&'static str],
    /// Documents that can be signed, for `{doc}`.
    pub documents: &'static [&'static str],
}

/// The languages of the corpus, with the share of pages each gets (percent).
/// Russian dominates as it does in the region's outlets.
pub fn all() -> [(&'static Language, u32); 4] {
    [
        (&ru::LANGUAGE, 45),
        (&az::LANGUAGE, 25),
        (&en::LANGUAGE, 15),
        (&kk::LANGUAGE, 15),
    ]
}

/// The first letter in upper case, with the Turkic dotted capital İ for `i`.
pub fn capitalize(s: &str, turkic: bool) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some('i') if turkic => format!("İ{}", chars.as_str()),
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Whether a title already names its country ("канцлер Германии", "ҚХР
/// төрағасы"), in which case the phrase must not add the country again.
pub fn title_names_country(title: &str) -> bool {
    title
        .split_whitespace()
        .any(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Azerbaijani and Kazakh vowel harmony: the last vowel of a word decides
/// whether a suffix takes its back or front form, and (for four-way
/// suffixes) its rounded form.
pub(crate) mod harmony {
    /// Back or front, rounded or not, of the word's last vowel.
    pub fn last_vowel(word: &str, back: &str, front: &str) -> Option<(bool, bool)> {
        word.chars().rev().find_map(|c| {
            let c = c.to_lowercase().next().unwrap_or(c);
            let rounded = matches!(c, 'o' | 'u' | 'ö' | 'ü' | 'о' | 'ұ' | 'ө' | 'ү' | 'у');
            if back.contains(c) {
                Some((true, rounded))
            } else if front.contains(c) {
                Some((false, rounded))
            } else {
                None
            }
        })
    }

    pub fn ends_with_vowel(word: &str, vowels: &str) -> bool {
        word.chars()
            .last()
            .is_some_and(|c| vowels.contains(c.to_lowercase().next().unwrap_or(c)))
    }
}
