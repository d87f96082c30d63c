//! Plain types of the knowledge base, as they are written in `data/*.toml`.
//!
//! Field names follow the files one to one so that serde does the parsing and the
//! validator only checks what serde cannot (references, dates, overlaps).

use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// Names keyed by language code (`ru`, `az`, `kk`, `en`, `tr`).
pub type Names = BTreeMap<String, Vec<String>>;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub id: Spanned<String>,
    pub name: String,
    #[serde(default)]
    pub alpha2: Option<String>,
    #[serde(default)]
    pub capital: Option<String>,
    #[serde(default)]
    pub names: Names,
    #[serde(default)]
    pub adjectives: Names,
    #[serde(default)]
    pub acronyms: Names,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: Spanned<String>,
    pub name: String,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub gender: Option<String>,
    #[serde(default)]
    pub names: Names,
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Whether the last word of his names stands for him alone. Not when it is
    /// a common given name or a place's word as well ("Abbas" of Mahmoud
    /// Abbas is also Bandar Abbas's and Abbas Araghchi's): then only on a page
    /// that names him in full.
    #[serde(default = "surname_alone_default")]
    pub surname_alone: bool,
}

fn surname_alone_default() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub role: String,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub organization: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub label: Option<String>,
    /// `from` and `to` read as dates once the file is validated
    /// ([`Role::read_dates`]): whether a role is held is asked for every
    /// mention of its holder.
    #[serde(skip)]
    pub from_date: Option<crate::dates::PartialDate>,
    #[serde(skip)]
    pub to_date: Option<crate::dates::PartialDate>,
}

impl Role {
    /// Fill [`Role::from_date`] and [`Role::to_date`] from the text of the file.
    pub fn read_dates(&mut self) {
        let read = |d: &Option<String>| d.as_deref().and_then(crate::dates::PartialDate::parse_iso);
        self.from_date = read(&self.from);
        self.to_date = read(&self.to);
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Title {
    pub role: Spanned<String>,
    pub label: String,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub organization: Option<String>,
    /// The holder serves abroad (an ambassador, a special representative): one
    /// named with no country is not taken for the outlet's own official.
    #[serde(default)]
    pub serves_abroad: bool,
    #[serde(default)]
    pub names: Names,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    pub id: Spanned<String>,
    pub name: String,
    #[serde(default = "default_org_kind")]
    pub kind: OrgKind,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub venue: Option<String>,
    /// The place a body's building stands in ("в Кремле", "Ақордада"): named
    /// in the locative beside officials, it is where they meet.
    #[serde(default)]
    pub seat: Option<String>,
    #[serde(default)]
    pub names: Names,
    #[serde(default)]
    pub acronyms: Names,
    /// The key of the org template (org_templates.toml) that a country's own
    /// body of the same name takes: "Təhlükəsizlik Şurası" is the UN's, but
    /// "Ermənistan Təhlükəsizlik Şurası" is Armenia's.
    #[serde(default)]
    pub national_template: Option<String>,
}

fn default_org_kind() -> OrgKind {
    OrgKind::International
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OrgKind {
    International,
    Forum,
    Government,
    Media,
    Ngo,
    Company,
    /// An armed group (Tehreek-e-Taliban Pakistan): an actor of its own, not
    /// of the country it fights in.
    #[serde(rename = "armed_group")]
    ArmedGroup,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgTemplate {
    pub key: Spanned<String>,
    pub name: String,
    #[serde(default)]
    pub names: Names,
    #[serde(default)]
    pub acronyms: Names,
    /// The body sits in another country than its own (an embassy): going to it
    /// is no journey abroad.
    #[serde(default)]
    pub seated_abroad: bool,
}

impl OrgTemplate {
    /// The entity id of this body of the country `iso3` (`org:mfa-aze`).
    pub fn id_for(&self, iso3: &str) -> String {
        format!("org:{}-{}", self.key.get_ref(), iso3.to_ascii_lowercase())
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub id: Spanned<String>,
    pub name: String,
    pub country: String,
    /// The organisation the city stands for when named as an actor rather
    /// than its country ("призвал Брюссель", the EU; not Belgium).
    #[serde(default)]
    pub stands_for: Option<String>,
    #[serde(default)]
    pub names: Names,
}

/// Per-language data for the language-specific mechanisms.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LangData {
    pub version: u32,
    pub code: String,
    pub name: String,
    pub script: String,
    /// `svo`: an event's target follows its verb; `sov`: case suffixes tell.
    pub syntax: String,
    /// A full stop after a number writes an ordinal (`79. Genel Kurulu`), not a
    /// sentence end: so in Turkish and Azerbaijani, whose sentences end with a verb.
    #[serde(default)]
    pub ordinal_dot: bool,
    #[serde(default)]
    pub letters: String,
    /// The language writes no letter beyond ASCII (English): text where many
    /// words carry such letters (`Cumhurbaşkanı`, `Aliyev'i`) is unlikely to be it.
    #[serde(default)]
    pub ascii_only: bool,
    /// Headlines capitalise every word (English): in a sentence written so, a
    /// capitalised word after a title is no sign of a name. Languages that
    /// capitalise only names and titles (`Dışişleri Bakanı İshak Dar`) leave it off.
    #[serde(default)]
    pub title_case_headlines: bool,
    /// Proper names take their case endings after an apostrophe (Turkish
    /// `Muttaki'ye`): a name written without one has none, and an unknown
    /// name's last word is not cut (`Muttaki` is no `Mut` + `taki`).
    #[serde(default)]
    pub apostrophe_suffixes: bool,
    #[serde(default)]
    pub stopwords: Vec<String>,
    #[serde(default)]
    pub endings: Vec<String>,
    #[serde(default)]
    pub plural_endings: Vec<String>,
    /// Endings of surnames that take no case ending (Georgian `-швили`,
    /// `-дзе`, Ukrainian `-ко`): an unknown name ending so is left whole.
    #[serde(default)]
    pub indeclinable_name_endings: Vec<String>,
    /// Endings of surnames (`-ov`, `-yev`, `-in`): an unknown name whose stem
    /// ends so, before a case ending of one letter ("Sätqaliyevi"), is that
    /// stem in a case, though the page never writes the stem alone.
    #[serde(default)]
    pub surname_endings: Vec<String>,
    #[serde(default)]
    pub abbreviations: Vec<String>,
    #[serde(default)]
    pub conjunctions: Vec<String>,
    /// Prepositions: a country after one is an actor or a place, not a noun's complement.
    #[serde(default)]
    pub prepositions: Vec<String>,
    /// Prepositions that join a possessor to its noun ("the embassy of
    /// Azerbaijan"): they open no phrase of their own between two actors.
    #[serde(default)]
    pub genitive_prepositions: Vec<String>,
    /// Prepositions that give an actor noun its country ("коллег из
    /// Азербайджана", "counterparts from Iran"): the country names the actor.
    #[serde(default)]
    pub origin_prepositions: Vec<String>,
    #[serde(default)]
    pub target_prepositions: Vec<String>,
    #[serde(default)]
    pub target_suffixes: Vec<String>,
    /// Separate words after an actor that mark it as the counterpart (`ilə`, `мен`).
    #[serde(default)]
    pub target_postpositions: Vec<String>,
    /// Accusative endings: the direct object ("Stoltenberqi qəbul edib", "Блинкенді қабылдады").
    /// In `svo` languages only a country adjective's ending is read ("иранского
    /// министра принял Путин"), and a known person's before a hosting verb
    /// ("Масуда Пезешкиана принял"), whose names' own forms are nominative.
    #[serde(default)]
    pub accusative_suffixes: Vec<String>,
    /// Possessive endings of a compound title ("NATO-nun Baş katibi"): the same letters
    /// as some accusatives, but no object marker on a title.
    #[serde(default)]
    pub possessive_suffixes: Vec<String>,
    /// Genitive endings: a possessor, part of the object phrase rather than the subject.
    #[serde(default)]
    pub genitive_suffixes: Vec<String>,
    /// Words before (`о`, `about`) or after (`bağlı`, `haqqında`, `туралы`) a mention
    /// that make it what is talked about, not who acts.
    #[serde(default)]
    pub topic_before: Vec<String>,
    #[serde(default)]
    pub topic_after: Vec<String>,
    #[serde(default)]
    pub location_prepositions: Vec<String>,
    #[serde(default)]
    pub location_suffixes: Vec<String>,
    /// Those of `location_suffixes` that make the noun an attribute
    /// ("Azərbaycandakı səfiri", the ambassador in Azerbaijan), not the
    /// place where something happens ("Sinqapurda").
    #[serde(default)]
    pub attributive_location_suffixes: Vec<String>,
    #[serde(default)]
    pub report_cues: Vec<String>,
    /// Nouns that make a country adjective an actor ("казахстанской стороны").
    #[serde(default)]
    pub actor_nouns: Vec<String>,
    /// Words after which a noun cue refers to an event rather than reporting one
    /// ("в ходе встречи", "по итогам переговоров"), besides the prepositions.
    #[serde(default)]
    pub reference_markers: Vec<String>,
    /// Participles of the verbs that carry a cue in `sov` languages ("təşəkkür
    /// edən", "minnətdarlığını bildirən"): the actor named right after one is the
    /// cue's subject ("… bildirən Prezident İlham Əliyev"), not its counterpart.
    #[serde(default)]
    pub participles: Vec<String>,
    /// Personal pronouns that stand for a person as a verb's subject ("he",
    /// "он"): with no actor named before a cue, the subject is the last person
    /// named before the sentence ("He thanked Qatar and Türkiye").
    #[serde(default)]
    pub subject_pronouns: Vec<String>,
    /// Relative pronouns that open a clause about a noun of the clause before
    /// it ("направил телеграмму Мишустину, в которой выразил соболезнования"):
    /// a cue in such a clause takes its actors from that clause.
    #[serde(default)]
    pub relative_pronouns: Vec<String>,
    /// Participles that make a date next to them describe a noun, not the
    /// sentence's event: "oktyabrın 26-da keçirilmiş seçkilərdə" (the elections
    /// held on the 26th), "на выборах, прошедших 26 октября".
    #[serde(default)]
    pub attributive_participles: Vec<String>,
    /// Future participles ("keçiriləcək", "yapılacak"): a day right before one
    /// is that of something still to come, which dates no act told as done.
    #[serde(default)]
    pub future_participles: Vec<String>,
    /// Endings of converbs in `sov` languages ("arayarak", "zəng edərək"): a
    /// cue in such a form is a verb that carries its clause on to the next
    /// verb, not a noun in some case that the next verb's clause is about.
    #[serde(default)]
    pub converb_endings: Vec<String>,
    /// Endings of the participles that open a relative clause in `sov`
    /// languages, their subject in the genitive before them ("Türkiyə
    /// parlamentinin göstərdiyi dəstəyə görə"): that subject did what the
    /// clause tells, and is the counterpart of the act answering it, never
    /// its subject.
    #[serde(default)]
    pub relative_participle_endings: Vec<String>,
    /// The subject of such a participle may stand without a case (Kazakh
    /// "Қазақстан жіберген көмек үшін алғыс", thanks for the aid Kazakhstan
    /// sent): a bare name right before one, a noun after it, is that subject.
    #[serde(default)]
    pub bare_relative_subjects: bool,
    /// Nouns in the instrumental that name an order or a decision ("шешімімен",
    /// "kararıyla"), in `sov` languages: the possessor before one, in the
    /// genitive, is the act's subject ("Қазақстан Үкіметінің шешімімен …
    /// жөнелтіледі", sent by decision of the government of Kazakhstan).
    #[serde(default)]
    pub agent_nouns: Vec<String>,
    /// Indefinite articles, read through between a preposition and a noun cue
    /// ("no date for a signing" refers to a signing as "for the signing" does).
    #[serde(default)]
    pub articles: Vec<String>,
    /// Words naming the parties of the story ("стороны", "the two sides").
    #[serde(default)]
    pub party_words: Vec<String>,
    /// Nouns for the other party of whoever acts ("коллегу", "his counterpart",
    /// "mevkidaşını"): with no country beside them, the story's other side.
    #[serde(default)]
    pub counterpart_nouns: Vec<String>,
    /// Words between a leader and the delegation he leads, in languages that
    /// name the leader first ("… rəhbərlik etdiyi nümayəndə heyətini", "…
    /// бастаған делегацияны"): the leader's phrase takes the case of the
    /// delegation's noun (one of `actor_nouns`), which says what the
    /// delegation does in the sentence.
    #[serde(default)]
    pub led_by: Vec<String>,
    /// Phrases naming the outlet's own country ("нашей стране", "ölkəmizə",
    /// "our country"): that country, when the page says which it is.
    #[serde(default)]
    pub home_country_phrases: Vec<String>,
    /// Bare titles by which an outlet names its own official ("мемлекет
    /// басшысы", "глава государства"): before the name of someone of another
    /// country they are not his title but the official who acts on him.
    #[serde(default)]
    pub home_titles: Vec<String>,
    /// Nouns for the guest of a reception, in the nominative ("гость", "qonaq",
    /// "guest"): as a subject they stand for the side that last visited.
    #[serde(default)]
    pub guest_nouns: Vec<String>,
    /// The same nouns as objects ("гостя", "qonağı"; in English the nominative
    /// after the verb): under a hosting verb they stand for the side received.
    #[serde(default)]
    pub guest_objects: Vec<String>,
    /// Articles joined to a name by a hyphen ("аль-" of "аль-Ганим", "al-",
    /// "əl-"): the word after one is a name's, whatever country or place its
    /// letters spell ("Ганим" is no case of "Гана").
    #[serde(default)]
    pub name_articles: Vec<String>,
    /// Endings of a verb that agrees with a woman ("-ла" of "приняла"): an
    /// unknown name followed by one is a woman's, in the nominative as written
    /// ("Танзила Нарбаева оценила"), where a case ending would be cut from a man's.
    #[serde(default)]
    pub feminine_verb_endings: Vec<String>,
    /// Lower-case words inside a name ("бин" of "Хасан бин Абдулла", "ibn",
    /// "аль"): an unknown name runs on across one to the next capitalised word.
    #[serde(default)]
    pub name_particles: Vec<String>,
    /// Prepositions that open a title's portfolio or region before the
    /// holder's name ("Commissioner for Enlargement Marta Kos", "спецпредставитель
    /// ЕС по Центральной Азии Терхи Хакала").
    #[serde(default)]
    pub portfolio_prepositions: Vec<String>,
    /// Stems of the noun for a capital city ("столиц", "başkent", "paytaxt"):
    /// "в столице Греции", "Yunanistan'ın başkentinde" name the capital as a place.
    #[serde(default)]
    pub capital_nouns: Vec<String>,
    /// Postpositions of the agent of a passive verb ("tarafından", "tərəfindən"):
    /// the actor right before one, where a passive cue begins with it, is the
    /// counterpart ("Fidan, … Miçotakis tarafından kabul edildi"), though a
    /// subject set off by a comma heads the sentence.
    #[serde(default)]
    pub agent_postpositions: Vec<String>,
    /// Nouns for a body, in the nominative ("министерство", "nazirlik", "the
    /// ministry"): opening a sentence they stand for the body named last.
    #[serde(default)]
    pub body_nouns: Vec<String>,
    /// Bare titles in the nominative that no name follows ("nazir",
    /// "министр"): opening a sentence they stand for the story's first
    /// official of one of their roles ("Nazir qeyd edib …" is the minister the
    /// release is about, not the counterpart named since).
    #[serde(default)]
    pub role_nouns: Vec<RoleNoun>,
    /// Endings of the verbal nouns that close what a request or a demand asks
    /// for, in `sov` languages ("ulaştırılmasını talep etti"): a noun cue
    /// before one is part of the content.
    #[serde(default)]
    pub content_endings: Vec<String>,
    /// Endings of a past before the story's (the Azerbaijani "ünvanlamışdı",
    /// had sent): a sentence with such a verb recalls what came before, and
    /// the story does not move to its day.
    #[serde(default)]
    pub pluperfect_endings: Vec<String>,
    /// Words saying that a host received several guests one by one ("по
    /// отдельности", "separately"): only then is each guest's visit its own
    /// event; a host receiving several guests together is one event. Phrases
    /// of several words (or hyphenated, `жеке-жеке`) are matched word by word.
    #[serde(default)]
    pub separately: Vec<String>,
    /// Nouns of gatherings that a bare name before them qualifies, in languages
    /// that put the qualifier first ("ШЫҰ саммитіне", the SCO summit; "NATO …
    /// Toplantısı"): the name is the gathering's, no actor.
    #[serde(default)]
    pub gathering_nouns: Vec<String>,
    /// Phrases whose country mentions are not actors ("долларов США").
    #[serde(default)]
    pub non_actor_phrases: Vec<String>,
    /// Phrases saying whose initiative a call was ("по инициативе", "бастамасымен",
    /// "at the initiative of"): the side named beside them is the caller.
    #[serde(default)]
    pub initiative_markers: Vec<String>,
    /// How an adjective's first part of a compound is formed: `["ский", "о"]`
    /// turns `азербайджанский` into `азербайджано` (`азербайджано-казахстанский`).
    #[serde(default)]
    pub compound_prefixes: Vec<(String, String)>,
    /// Suffixes that make a country's one-word name into the adjective of its
    /// people, in languages that build it so from any name ("Slovakiya" +
    /// "lı" is `slovakiyalı`, "Словакия" + "лық" is `словакиялық`): every
    /// such form is that country's adjective, listed or not.
    #[serde(default)]
    pub demonym_suffixes: Vec<String>,
    /// The country most outlets writing in this language belong to, used when the
    /// page does not say (Azerbaijani pages are mostly from Azerbaijan).
    #[serde(default)]
    pub default_home: Option<String>,
    /// How the names of persons the knowledge base lacks are written in Latin
    /// letters, for their ids and entity names.
    #[serde(default)]
    pub romanization: Romanization,
    pub dates: DateWords,
}

/// Letters of a language's names spelled as its English-language press does,
/// where the general transliteration (`deunicode`) differs: Azerbaijani `ş` is
/// `sh` and `c` is `j` ("Cabbarov" is Jabbarov), Kazakh `қ` is `k`, Russian
/// `я` is `ya`. Keys are single lower-case letters; an upper-case letter takes
/// its key's spelling, capitalised.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Romanization {
    #[serde(default)]
    pub letters: BTreeMap<String, String>,
    /// Spellings at a word's start and after a vowel, where they differ from
    /// `letters` (Russian `е` is `ye` there: "Бакаев" is Bakayev).
    #[serde(default)]
    pub after_vowel: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateWords {
    /// Twelve month names, January first.
    pub months: Vec<String>,
    /// Twelve abbreviations matched exactly (an optional full stop may follow).
    #[serde(default)]
    pub month_abbreviations: Vec<String>,
    /// Other forms a month's name takes before its endings (Kazakh voices a
    /// final consonant: "қыркүйек", "қыркүйегінде").
    #[serde(default)]
    pub month_forms: Vec<MonthForm>,
    /// Seven weekday names, Monday first.
    #[serde(default)]
    pub weekdays: Vec<String>,
    /// Phrases that shift the day: `{ phrase = "вчера", days = -1 }`.
    #[serde(default)]
    pub relative_days: Vec<RelativeShift>,
    /// Phrases that shift the year of a nearby month: `{ phrase = "прошлого года", years = -1 }`.
    #[serde(default)]
    pub relative_years: Vec<RelativeShift>,
    /// Phrases that name a month by its distance from the publication's:
    /// `{ phrase = "next month", months = 1 }`.
    #[serde(default)]
    pub relative_months: Vec<RelativeShift>,
    /// Words after a year number that mean "year" (`года`, `il`).
    #[serde(default)]
    pub year_words: Vec<String>,
    /// Forms of the year word that say "in that year" (`году` of "в 2019
    /// году", `ildə`, `жылы`, `yılında`): only with one does a year alone date
    /// an act. Other cases name something of the year ("Договор 1996 года",
    /// "2025-ci ilin ... İli elan edilməsi") or a span ("2022-ci ildən bəri").
    #[serde(default)]
    pub in_year_forms: Vec<String>,
    /// Words right before or after a month name that make it a date on its
    /// own, a month of the year nearest the publication (`в` of "в апреле",
    /// `ay` of "aprel ayında", `in` of "in April"). Without one a month name
    /// alone is no date: `Kasım` and `Aralık` are also a name and a noun.
    #[serde(default)]
    pub month_markers: Vec<String>,
    /// Words right before a month name that make it the last such month before
    /// the publication (`last` of "last July", `geçen` of "geçen temmuz").
    #[serde(default)]
    pub past_month_markers: Vec<String>,
    /// Endings an ordinal day number carries in one word (`th` of "12th").
    #[serde(default)]
    pub ordinal_suffixes: Vec<String>,
    /// Words right before a day number with no month that make it a day of
    /// the publication's month (`on the` of "on the 12th", `ayın` of "ayın
    /// 12-də", `айдың` of "осы айдың 12-сінде"); a day later than the
    /// publication's is of the month before.
    #[serde(default)]
    pub day_markers: Vec<String>,
}

/// Another form of the name of month `month` (1 to 12).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonthForm {
    pub month: u32,
    pub form: String,
}

/// A bare title and the roles (`titles.toml`, `persons.toml`) of those it may
/// stand for.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleNoun {
    pub phrase: String,
    pub roles: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelativeShift {
    pub phrase: String,
    #[serde(default)]
    pub days: i64,
    /// Counted from the day the story tells of, once a sentence has given one
    /// ("накануне", "a day earlier"), rather than from the publication.
    #[serde(default)]
    pub from_story: bool,
    #[serde(default)]
    pub years: i32,
    #[serde(default)]
    pub months: i32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventCue {
    #[serde(rename = "type")]
    pub event_type: Spanned<String>,
    pub mode: String,
    pub cameo: String,
    /// Which actor the grammar puts first: `source` (default) or `target`
    /// (a hosting verb: "X принял Y" names the host, the target, first).
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    /// Symmetric events list both sides with no direction (meetings, signings).
    #[serde(default)]
    pub symmetric: bool,
    /// A noun rather than a verb ("переговоры", "встреча"): it opens an event only
    /// when a named person or a title takes part in its clause.
    #[serde(default)]
    pub weak: bool,
    /// A noun that, after a preposition, still tells its event when the
    /// counterpart follows it ("в ходе телефонного разговора с главой МИД Ирана",
    /// "in a phone call with"): calls are not a process one reports the
    /// progress of, as talks are ("о ходе переговоров с Арменией").
    #[serde(default)]
    pub told_with_counterpart: bool,
    /// With no counterpart named, the country where it happens is the counterpart
    /// (condolences "over the earthquake in Myanmar" go to Myanmar), as for a
    /// type's `target_is_location`.
    #[serde(default)]
    pub target_is_location: bool,
    /// A noun whose owner acts, not whoever hands it over: in "передал Токаеву
    /// приглашение Президента Эрдогана" Erdogan invites, and the messenger is
    /// no party. The owner follows the noun (its genitive, "from X") in
    /// verb-medial languages and precedes it in the genitive in verb-final ones.
    #[serde(default)]
    pub owner_is_subject: bool,
    /// A judgement of someone's act ("kabul edilemez", unacceptable): in
    /// verb-final languages the act's doer, in the genitive before the cue
    /// ("İsrail'in … engellemesinin kabul edilemez olduğunu"), is the target,
    /// whatever head it has, and never the one who judges.
    #[serde(default)]
    pub doer_is_target: bool,
    /// By language, words of which one must follow the cue in its clause for
    /// it to tell its event: "called on the Speaker to visit …" asks something.
    #[serde(default)]
    pub when_followed_by: Names,
    /// By language, words none of which may follow the cue in its clause: with
    /// nothing asked, "called on the Speaker" is a courtesy call.
    #[serde(default)]
    pub unless_followed_by: Names,
    #[serde(default)]
    pub phrases: Names,
}

impl EventCue {
    /// Fold the words that gate the cue, as tokens are.
    pub fn fold_word_lists(&mut self) {
        for words in self
            .when_followed_by
            .values_mut()
            .chain(self.unless_followed_by.values_mut())
        {
            for word in words.iter_mut() {
                *word = crate::segment::fold(word);
            }
        }
    }
}

/// How an event type behaves beyond its cues (`[[type]]` in events.toml).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventTypeRules {
    pub name: Spanned<String>,
    /// A sentence tells at most one event of the type, whatever its cues: several
    /// cues of a meeting name one meeting, while thanks and congratulations are two.
    #[serde(default)]
    pub one_per_sentence: bool,
    /// Reports of one event fuse on the unordered pair of its actors, whichever
    /// side they name first.
    #[serde(default)]
    pub fuse_unordered: bool,
    /// The type's modes, least specific first. Mode modifiers ("по телефону")
    /// apply to types that list modes, and when reports disagree the most
    /// specific mode wins (a "meeting" that was a visit is a visit).
    #[serde(default)]
    pub modes: Vec<String>,
    /// Its topics are the whole document's, not only its sentence's (the
    /// subjects of a meeting are what the report is about).
    #[serde(default)]
    pub document_topics: bool,
    /// Its first event with countries on both sides names the document's main
    /// pair, before the events of other types.
    #[serde(default)]
    pub names_main_pair: bool,
    /// Told without any actor, it is between the document's main pair.
    #[serde(default)]
    pub implicit_parties: bool,
    /// Told with one side, the other is not taken from the main pair.
    #[serde(default)]
    pub named_counterpart: bool,
    /// The mode in which documents are signed: its events list them, take the
    /// main pair when told without actors and the counterpart when told with one.
    #[serde(default)]
    pub signing_mode: Option<String>,
    /// The mode of contacts at a distance (a phone call): they have no location.
    #[serde(default)]
    pub remote_mode: Option<String>,
    /// The mode, and its CAMEO code, of contacts in a country of neither side or
    /// at a forum.
    #[serde(default)]
    pub third_location_mode: Option<String>,
    #[serde(default)]
    pub third_location_cameo: Option<String>,
    /// The mode of a visit: the visitor is the side away from home, and a visit
    /// without a place is in the host's country.
    #[serde(default)]
    pub visit_mode: Option<String>,
    /// The CAMEO code of talks held during a visit with another host than the
    /// visit's own report names (042, "make a visit"); without it they take
    /// that report's code.
    #[serde(default)]
    pub visit_cameo: Option<String>,
    /// The mode, and its CAMEO code, of a visit to a body seated abroad (an
    /// embassy in the visitor's own capital): a meeting, not a journey.
    #[serde(default)]
    pub mission_mode: Option<String>,
    #[serde(default)]
    pub mission_cameo: Option<String>,
    /// Told without a target, its target is the country where it takes place
    /// (aid goes where it is sent).
    #[serde(default)]
    pub target_is_location: bool,
    /// A side the report leaves out is not guessed to be the country where the
    /// act took place: an attack condemned in Pakistan is no criticism of it.
    #[serde(default)]
    pub location_not_counterpart: bool,
    /// A side the report leaves out is not guessed to be one its known side
    /// deals with as a friend on the same page: one it thanks, praises or
    /// condoles, or visits or hosts. Each entry names an event type or a mode
    /// ("SUPPORT", "visit"): the condemnation of an attack in a call of
    /// condolence is no criticism of the bereaved.
    #[serde(default)]
    pub not_guessed_toward: Vec<String>,
    /// Modes of events held where people gather (talks, a visit, a signing):
    /// told without a place, they took place where the story's other
    /// gatherings did, or in a place of their country that the page names.
    #[serde(default)]
    pub gathering_modes: Vec<String>,
    /// What follows its cue in the clause is what is asked for, not an event
    /// told: "asked the United States to continue humanitarian assistance" is a
    /// request and no aid (in languages that put the object after the verb).
    #[serde(default)]
    pub object_is_content: bool,
    /// A month or a year alone in its sentence dates what the act answers
    /// (the floods of last April that aid was thanked for), not the act, once
    /// the story has a later day: "geçen yılın nisan ayında … sel felaketinin
    /// ardından … teşekkür etti", told on the day of a visit, is thanks given then.
    #[serde(default)]
    pub coarse_date_is_cause: bool,
}

impl EventTypeRules {
    /// Whether `mode` is the one that `role` names (`None`: no mode plays it).
    pub fn is(role: &Option<String>, mode: &str) -> bool {
        role.as_deref() == Some(mode)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModeModifier {
    pub mode: Spanned<String>,
    pub cameo: String,
    #[serde(default)]
    pub phrases: Names,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusCue {
    pub status: Spanned<String>,
    /// The marker qualifies every event its sentence tells on its side (before it
    /// in SVO, after it in SOV), not only its own clause's: a denial governs the
    /// report it denies ("опровергла сообщения о том, что … проведут встречу"),
    /// and overrides the status of the cue itself.
    #[serde(default)]
    pub whole_sentence: bool,
    /// The marker is a verdict on the report before it, in any language: it
    /// qualifies every event its sentence tells before it ("Сообщения о том,
    /// что … встречался, не соответствуют действительности").
    #[serde(default)]
    pub verdict: bool,
    /// Events of this status are still to come: a weekday dates them on its
    /// next day ("will receive … on Friday"), not its last.
    #[serde(default)]
    pub future: bool,
    #[serde(default)]
    pub phrases: Names,
}

/// Phrases that look like a cue but are none ("принял участие").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueBlock {
    #[serde(default)]
    pub phrases: Names,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: Spanned<String>,
    #[serde(default)]
    pub phrases: Names,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Boilerplate {
    pub version: u32,
    /// Whole lines dropped wherever they stand (compared case-insensitively).
    #[serde(default)]
    pub lines: Vec<String>,
    /// Regular expressions for whole lines.
    #[serde(default)]
    pub patterns: Vec<String>,
    /// Lines after which a list of related headlines follows.
    #[serde(default)]
    pub related_markers: Vec<String>,
    /// Regular expressions for a dateline at the start of the first paragraph;
    /// named groups `place`, `date` and `agency`.
    #[serde(default)]
    pub datelines: Vec<String>,
    /// Marks of a footer's copyright line (`©`, `copyright`), compared
    /// case-insensitively: its latest year dates a page whose date line has none.
    #[serde(default)]
    pub copyright_markers: Vec<String>,
    /// Labels of the time a page was last updated (`Güncelleme`, `Обновлено`,
    /// `Updated`), compared case-insensitively: the date and time after one, up
    /// to the next `|`, are not the publication's.
    #[serde(default)]
    pub update_markers: Vec<String>,
}

impl LangData {
    /// Whether `suffix` (a mention's case ending) marks a place: the locative.
    pub fn is_location_suffix(&self, suffix: &str) -> bool {
        !suffix.is_empty() && self.location_suffixes.iter().any(|s| s == suffix)
    }

    /// Whether `word` (a verb, or the ending read off it) ends as a converb
    /// ("reddederek", "ziyarət edib"): it carries the sentence on to the next verb.
    pub fn is_converb(&self, word: &str) -> bool {
        self.converb_endings
            .iter()
            .any(|e| word.ends_with(e.as_str()))
    }

    /// Whether `word` is a participle opening a relative clause ("etdiyi").
    pub fn is_relative_participle(&self, word: &str) -> bool {
        self.relative_participle_endings
            .iter()
            .any(|e| word.ends_with(e.as_str()))
    }

    /// Fold the word lists that are compared with text words as they are, once at
    /// load, so that matching compares folded strings directly.
    pub fn fold_word_lists(&mut self) {
        for list in [
            &mut self.stopwords,
            &mut self.plural_endings,
            &mut self.indeclinable_name_endings,
            &mut self.surname_endings,
            &mut self.conjunctions,
            &mut self.prepositions,
            &mut self.genitive_prepositions,
            &mut self.origin_prepositions,
            &mut self.target_prepositions,
            &mut self.target_suffixes,
            &mut self.target_postpositions,
            &mut self.genitive_suffixes,
            &mut self.accusative_suffixes,
            &mut self.possessive_suffixes,
            &mut self.topic_before,
            &mut self.topic_after,
            &mut self.location_prepositions,
            &mut self.location_suffixes,
            &mut self.attributive_location_suffixes,
            &mut self.reference_markers,
            &mut self.participles,
            &mut self.attributive_participles,
            &mut self.converb_endings,
            &mut self.relative_participle_endings,
            &mut self.agent_nouns,
            &mut self.actor_nouns,
            &mut self.subject_pronouns,
            &mut self.relative_pronouns,
            &mut self.articles,
            &mut self.guest_nouns,
            &mut self.guest_objects,
            &mut self.name_articles,
            &mut self.feminine_verb_endings,
            &mut self.name_particles,
            &mut self.capital_nouns,
            &mut self.agent_postpositions,
            &mut self.body_nouns,
            &mut self.future_participles,
            &mut self.separately,
            &mut self.home_titles,
            &mut self.content_endings,
            &mut self.pluperfect_endings,
        ] {
            for word in list.iter_mut() {
                *word = crate::segment::fold(word);
            }
        }
        for noun in &mut self.role_nouns {
            noun.phrase = crate::segment::fold(&noun.phrase);
        }
    }
}
