//! Reading and validating the knowledge base files.
//!
//! Every problem is reported with the file and line it comes from, so a user who
//! edits `data/` sees at once what to fix. Validation collects all problems rather
//! than stopping at the first.

use super::model::*;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// The files of a knowledge base, by path relative to its root, with their text.
pub struct Sources {
    pub files: BTreeMap<String, String>,
}

impl Sources {
    /// The data folder compiled into the binary.
    pub fn embedded() -> Sources {
        static DATA: include_dir::Dir = include_dir::include_dir!("$CARGO_MANIFEST_DIR/../../data");
        let mut files = BTreeMap::new();
        collect_embedded(&DATA, &mut files);
        Sources { files }
    }

    /// Every `.toml` file below `dir`.
    pub fn from_dir(dir: &Path) -> Result<Sources, KbError> {
        let mut files = BTreeMap::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(current) = stack.pop() {
            let entries =
                std::fs::read_dir(&current).map_err(|e| KbError::single(&current, 0, e))?;
            for entry in entries {
                let entry = entry.map_err(|e| KbError::single(&current, 0, e))?;
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "toml") {
                    let text =
                        std::fs::read_to_string(&path).map_err(|e| KbError::single(&path, 0, e))?;
                    let rel = path
                        .strip_prefix(dir)
                        .unwrap_or(&path)
                        .to_string_lossy()
                        .replace('\\', "/");
                    files.insert(rel, text);
                }
            }
        }
        if files.is_empty() {
            return Err(KbError::single(
                dir,
                0,
                "no .toml files: is this a communique data folder?",
            ));
        }
        Ok(Sources { files })
    }
}

fn collect_embedded(dir: &include_dir::Dir<'_>, out: &mut BTreeMap<String, String>) {
    for file in dir.files() {
        let path = file.path().to_string_lossy().replace('\\', "/");
        if path.ends_with(".toml") {
            if let Some(text) = file.contents_utf8() {
                out.insert(path, text.to_string());
            }
        }
    }
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
        } else {
            write!(f, "{}: {}", self.file.display(), self.message)
        }
    }
}

/// All problems found while loading a knowledge base.
#[derive(Debug, Clone, thiserror::Error)]
pub struct KbError {
    pub problems: Vec<Problem>,
}

impl KbError {
    fn single(file: &Path, line: usize, message: impl fmt::Display) -> KbError {
        KbError {
            problems: vec![Problem {
                file: file.to_path_buf(),
                line,
                message: message.to_string(),
            }],
        }
    }
}

impl fmt::Display for KbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "knowledge base has {} problem(s):", self.problems.len())?;
        for p in &self.problems {
            write!(f, "\n  {p}")?;
        }
        Ok(())
    }
}

/// The parsed files, before indexing.
#[derive(Debug, Default)]
pub struct Parsed {
    pub countries: Vec<Country>,
    pub persons: Vec<Person>,
    pub titles: Vec<Title>,
    pub organizations: Vec<Organization>,
    pub org_templates: Vec<OrgTemplate>,
    pub places: Vec<Place>,
    pub langs: Vec<LangData>,
    pub cues: Vec<EventCue>,
    pub modifiers: Vec<ModeModifier>,
    pub event_types: Vec<EventTypeRules>,
    pub statuses: Vec<StatusCue>,
    pub blocks: Vec<CueBlock>,
    pub topics: Vec<Topic>,
    pub boilerplate: Boilerplate,
    /// For line numbers in validation messages: the byte offset of each line
    /// break, by file name. (Counting them from the file's start for every
    /// entry made validating persons.toml quadratic in its size.)
    line_index: BTreeMap<String, Vec<usize>>,
}

#[derive(Deserialize)]
struct CountriesFile {
    version: u32,
    #[serde(default)]
    country: Vec<Country>,
}
#[derive(Deserialize)]
struct PersonsFile {
    version: u32,
    #[serde(default)]
    person: Vec<Person>,
}
#[derive(Deserialize)]
struct TitlesFile {
    version: u32,
    #[serde(default)]
    title: Vec<Title>,
}
#[derive(Deserialize)]
struct OrgsFile {
    version: u32,
    #[serde(default)]
    organization: Vec<Organization>,
}
#[derive(Deserialize)]
struct TemplatesFile {
    version: u32,
    #[serde(default)]
    template: Vec<OrgTemplate>,
}
#[derive(Deserialize)]
struct PlacesFile {
    version: u32,
    #[serde(default)]
    place: Vec<Place>,
}
#[derive(Deserialize)]
struct EventsFile {
    version: u32,
    #[serde(default)]
    cue: Vec<EventCue>,
    #[serde(default, rename = "type")]
    types: Vec<EventTypeRules>,
    #[serde(default)]
    modifier: Vec<ModeModifier>,
    #[serde(default)]
    status: Vec<StatusCue>,
    #[serde(default)]
    block: Vec<CueBlock>,
}
#[derive(Deserialize)]
struct TopicsFile {
    version: u32,
    #[serde(default)]
    topic: Vec<Topic>,
}

const SUPPORTED_VERSION: u32 = 1;

/// Parse every known file; unknown files are reported, missing optional files are empty.
pub fn parse(sources: &Sources, root: &Path) -> Result<Parsed, KbError> {
    let mut parsed = Parsed::default();
    let mut problems = Vec::new();
    for (name, text) in &sources.files {
        let path = root.join(name);
        let mut check_version = |v: u32| {
            if v != SUPPORTED_VERSION {
                problems.push(Problem {
                    file: path.clone(),
                    line: 1,
                    message: format!("version {v} is not supported (this build reads version {SUPPORTED_VERSION})"),
                });
            }
        };
        macro_rules! read {
            ($ty:ty) => {
                match parse_toml::<$ty>(&path, text) {
                    Ok(v) => v,
                    Err(p) => {
                        problems.push(p);
                        continue;
                    }
                }
            };
        }
        match name.as_str() {
            "countries.toml" => {
                let f = read!(CountriesFile);
                check_version(f.version);
                parsed.countries = f.country;
            }
            "persons.toml" => {
                let f = read!(PersonsFile);
                check_version(f.version);
                parsed.persons = f.person;
            }
            "titles.toml" => {
                let f = read!(TitlesFile);
                check_version(f.version);
                parsed.titles = f.title;
            }
            "organizations.toml" => {
                let f = read!(OrgsFile);
                check_version(f.version);
                parsed.organizations = f.organization;
            }
            "org_templates.toml" => {
                let f = read!(TemplatesFile);
                check_version(f.version);
                parsed.org_templates = f.template;
            }
            "places.toml" => {
                let f = read!(PlacesFile);
                check_version(f.version);
                parsed.places = f.place;
            }
            "events.toml" => {
                let f = read!(EventsFile);
                check_version(f.version);
                parsed.cues = f.cue;
                parsed.modifiers = f.modifier;
                parsed.event_types = f.types;
                parsed.statuses = f.status;
                parsed.blocks = f.block;
            }
            "topics.toml" => {
                let f = read!(TopicsFile);
                check_version(f.version);
                parsed.topics = f.topic;
            }
            "boilerplate.toml" => {
                let f = read!(Boilerplate);
                check_version(f.version);
                parsed.boilerplate = f;
            }
            other if other.starts_with("lang/") => {
                let f = read!(LangData);
                check_version(f.version);
                let expected = other.trim_start_matches("lang/").trim_end_matches(".toml");
                if f.code != expected {
                    problems.push(Problem {
                        file: path.clone(),
                        line: 1,
                        message: format!("code \"{}\" does not match the file name (expected \"{expected}\")", f.code),
                    });
                }
                parsed.langs.push(f);
            }
            _ => problems.push(Problem {
                file: path.clone(),
                line: 0,
                message: "unknown file: expected one of countries, persons, titles, organizations, org_templates, places, events, topics, boilerplate (.toml) or lang/<code>.toml".into(),
            }),
        }
        let breaks = text
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i)
            .collect();
        parsed.line_index.insert(name.clone(), breaks);
    }
    if problems.is_empty() {
        Ok(parsed)
    } else {
        Err(KbError { problems })
    }
}

fn parse_toml<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, Problem> {
    toml::from_str::<T>(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
        Problem {
            file: path.to_path_buf(),
            line,
            message: e.message().to_string(),
        }
    })
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

/// Cross-file checks: ids well formed and unique, references resolve, dates valid,
/// roles known, and no impossible overlaps of one person's roles.
pub fn validate(parsed: &Parsed, root: &Path) -> Result<(), KbError> {
    let mut problems = Vec::new();
    let at = |file: &str, span: std::ops::Range<usize>| -> (PathBuf, usize) {
        let line = parsed
            .line_index
            .get(file)
            .map(|breaks| breaks.partition_point(|&b| b < span.start) + 1)
            .unwrap_or(0);
        (root.join(file), line)
    };
    let mut push = |(file, line): (PathBuf, usize), message: String| {
        problems.push(Problem {
            file,
            line,
            message,
        })
    };

    let countries: HashSet<&str> = parsed
        .countries
        .iter()
        .map(|c| c.id.get_ref().as_str())
        .collect();
    let places: HashSet<&str> = parsed
        .places
        .iter()
        .map(|p| p.id.get_ref().as_str())
        .collect();
    let mut orgs: HashSet<String> = parsed
        .organizations
        .iter()
        .map(|o| o.id.get_ref().clone())
        .collect();
    // National bodies exist for every country through their templates (`org:mfa-aze`).
    for t in &parsed.org_templates {
        for c in &parsed.countries {
            orgs.insert(t.id_for(c.id.get_ref()));
        }
    }
    let roles: HashSet<&str> = parsed
        .titles
        .iter()
        .map(|t| t.role.get_ref().as_str())
        .collect();

    let mut seen = HashSet::new();
    for c in &parsed.countries {
        let id = c.id.get_ref();
        if id.len() != 3 || !id.chars().all(|ch| ch.is_ascii_uppercase()) {
            push(
                at("countries.toml", c.id.span()),
                format!("country id \"{id}\" is not an ISO 3166 alpha-3 code"),
            );
        }
        if !seen.insert(id.clone()) {
            push(
                at("countries.toml", c.id.span()),
                format!("duplicate country id \"{id}\""),
            );
        }
        if let Some(cap) = &c.capital {
            if !places.contains(cap.as_str()) {
                push(
                    at("countries.toml", c.id.span()),
                    format!("capital \"{cap}\" of {id} is not in places.toml"),
                );
            }
        }
    }
    for (file, items) in [
        (
            "persons.toml",
            parsed
                .persons
                .iter()
                .map(|p| (&p.id, "person:"))
                .collect::<Vec<_>>(),
        ),
        (
            "organizations.toml",
            parsed
                .organizations
                .iter()
                .map(|o| (&o.id, "org:"))
                .collect(),
        ),
        (
            "places.toml",
            parsed.places.iter().map(|p| (&p.id, "place:")).collect(),
        ),
    ] {
        let mut seen = HashSet::new();
        for (id, prefix) in items {
            let text = id.get_ref();
            let slug = text.strip_prefix(prefix);
            let ok = slug.is_some_and(|s| {
                !s.is_empty()
                    && s.chars()
                        .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
            });
            if !ok {
                push(
                    at(file, id.span()),
                    format!("id \"{text}\" must be {prefix} followed by a lower-case ASCII slug"),
                );
            }
            if !seen.insert(text.clone()) {
                push(at(file, id.span()), format!("duplicate id \"{text}\""));
            }
        }
    }
    for p in &parsed.persons {
        let loc = at("persons.toml", p.id.span());
        if let Some(c) = &p.country {
            if !countries.contains(c.as_str()) {
                push(
                    loc.clone(),
                    format!(
                        "{}: country \"{c}\" is not in countries.toml",
                        p.id.get_ref()
                    ),
                );
            }
        }
        if p.names.values().all(|v| v.is_empty()) {
            push(loc.clone(), format!("{}: no names", p.id.get_ref()));
        }
        for r in &p.roles {
            if !roles.contains(r.role.as_str()) {
                push(
                    loc.clone(),
                    format!(
                        "{}: role \"{}\" is not defined in titles.toml",
                        p.id.get_ref(),
                        r.role
                    ),
                );
            }
            if let Some(c) = &r.country {
                if !countries.contains(c.as_str()) {
                    push(
                        loc.clone(),
                        format!(
                            "{}: role country \"{c}\" is not in countries.toml",
                            p.id.get_ref()
                        ),
                    );
                }
            }
            if let Some(o) = &r.organization {
                if !orgs.contains(o) {
                    push(
                        loc.clone(),
                        format!(
                            "{}: role organization \"{o}\" is not in organizations.toml",
                            p.id.get_ref()
                        ),
                    );
                }
            }
            for d in [&r.from, &r.to].into_iter().flatten() {
                if crate::dates::PartialDate::parse_iso(d).is_none_or(|pd| !pd.is_complete()) {
                    push(
                        loc.clone(),
                        format!("{}: role date \"{d}\" is not YYYY-MM-DD", p.id.get_ref()),
                    );
                }
            }
        }
    }
    for (msg, loc) in role_overlaps(parsed) {
        push(at("persons.toml", loc), msg);
    }
    for o in &parsed.organizations {
        let loc = at("organizations.toml", o.id.span());
        if let Some(c) = &o.country {
            if !countries.contains(c.as_str()) {
                push(
                    loc.clone(),
                    format!(
                        "{}: country \"{c}\" is not in countries.toml",
                        o.id.get_ref()
                    ),
                );
            }
        }
        if let Some(t) = &o.national_template {
            if !parsed.org_templates.iter().any(|k| k.key.get_ref() == t) {
                push(
                    loc.clone(),
                    format!(
                        "{}: national_template \"{t}\" is not in org_templates.toml",
                        o.id.get_ref()
                    ),
                );
            }
        }
        for (field, place) in [("venue", &o.venue), ("seat", &o.seat)] {
            if let Some(v) = place {
                if !places.contains(v.as_str()) {
                    push(
                        loc.clone(),
                        format!("{}: {field} \"{v}\" is not in places.toml", o.id.get_ref()),
                    );
                }
            }
        }
    }
    for p in &parsed.places {
        if let Some(o) = p.stands_for.as_ref().filter(|o| !orgs.contains(*o)) {
            push(
                at("places.toml", p.id.span()),
                format!(
                    "{}: stands_for \"{o}\" is not in organizations.toml",
                    p.id.get_ref()
                ),
            );
        }
        if !countries.contains(p.country.as_str()) {
            push(
                at("places.toml", p.id.span()),
                format!(
                    "{}: country \"{}\" is not in countries.toml",
                    p.id.get_ref(),
                    p.country
                ),
            );
        }
    }
    for t in &parsed.titles {
        if let Some(c) = &t.country {
            if !countries.contains(c.as_str()) {
                push(
                    at("titles.toml", t.role.span()),
                    format!(
                        "title {}: country \"{c}\" is not in countries.toml",
                        t.role.get_ref()
                    ),
                );
            }
        }
    }
    for b in parsed
        .boilerplate
        .patterns
        .iter()
        .chain(&parsed.boilerplate.datelines)
    {
        if let Err(e) = regex::Regex::new(b) {
            push(
                (root.join("boilerplate.toml"), 0),
                format!("bad regular expression {b:?}: {e}"),
            );
        }
    }
    for lang in &parsed.langs {
        let file = format!("lang/{}.toml", lang.code);
        if lang.dates.months.len() != 12 {
            push(
                (root.join(&file), 0),
                format!(
                    "dates.months has {} names, expected 12",
                    lang.dates.months.len()
                ),
            );
        }
        if !lang.dates.month_abbreviations.is_empty() && lang.dates.month_abbreviations.len() != 12
        {
            push(
                (root.join(&file), 0),
                "dates.month_abbreviations must have 12 entries".into(),
            );
        }
        for f in lang
            .dates
            .month_forms
            .iter()
            .filter(|f| !(1..=12).contains(&f.month))
        {
            push(
                (root.join(&file), 0),
                format!(
                    "dates.month_forms: \"{}\" has month {}, expected 1 to 12",
                    f.form, f.month
                ),
            );
        }
        if !lang.dates.weekdays.is_empty() && lang.dates.weekdays.len() != 7 {
            push(
                (root.join(&file), 0),
                "dates.weekdays must have 7 entries".into(),
            );
        }
        for key in lang
            .romanization
            .letters
            .keys()
            .chain(lang.romanization.after_vowel.keys())
        {
            let mut chars = key.chars();
            let single_lower =
                matches!((chars.next(), chars.next()), (Some(c), None) if !c.is_uppercase());
            if !single_lower {
                push(
                    (root.join(&file), 0),
                    format!("romanization: key \"{key}\" must be one lower-case letter"),
                );
            }
        }
        if lang.syntax != "svo" && lang.syntax != "sov" {
            push(
                (root.join(&file), 0),
                format!("syntax \"{}\" must be svo or sov", lang.syntax),
            );
        }
    }
    let mut type_names = HashSet::new();
    for rules in &parsed.event_types {
        let name = rules.name.get_ref();
        if !type_names.insert(name.as_str()) {
            push(
                at("events.toml", rules.name.span()),
                format!("event type \"{name}\" is described twice"),
            );
        }
        // A mode given a role must be one the type's events can have.
        let cue_modes: HashSet<&str> = parsed
            .cues
            .iter()
            .filter(|c| c.event_type.get_ref() == name)
            .map(|c| c.mode.as_str())
            .collect();
        for (key, role) in [
            ("signing_mode", &rules.signing_mode),
            ("remote_mode", &rules.remote_mode),
            ("third_location_mode", &rules.third_location_mode),
            ("visit_mode", &rules.visit_mode),
            ("mission_mode", &rules.mission_mode),
        ] {
            if let Some(mode) = role {
                if !rules.modes.contains(mode) && !cue_modes.contains(mode.as_str()) {
                    push(
                        at("events.toml", rules.name.span()),
                        format!("{name} {key} \"{mode}\" is neither among the type's modes nor the mode of any of its cues"),
                    );
                }
            }
        }
        for mode in &rules.gathering_modes {
            if !rules.modes.contains(mode) && !cue_modes.contains(mode.as_str()) {
                push(
                    at("events.toml", rules.name.span()),
                    format!("{name} gathering_modes \"{mode}\" is neither among the type's modes nor the mode of any of its cues"),
                );
            }
        }
        // Each name must be a type or a mode some cue has: a misspelt one would
        // silently never apply.
        for friendly in &rules.not_guessed_toward {
            let known = parsed
                .cues
                .iter()
                .any(|c| c.event_type.get_ref() == friendly || c.mode == *friendly);
            if !known {
                push(
                    at("events.toml", rules.name.span()),
                    format!("{name} not_guessed_toward \"{friendly}\" is neither an event type nor the mode of any cue"),
                );
            }
        }
        for (mode, cameo, mode_key, cameo_key) in [
            (
                &rules.third_location_mode,
                &rules.third_location_cameo,
                "third_location_mode",
                "third_location_cameo",
            ),
            (
                &rules.mission_mode,
                &rules.mission_cameo,
                "mission_mode",
                "mission_cameo",
            ),
        ] {
            if mode.is_some() != cameo.is_some() {
                push(
                    at("events.toml", rules.name.span()),
                    format!("{name} needs both {mode_key} and {cameo_key}, or neither"),
                );
            }
        }
        if rules.modes.is_empty() {
            continue;
        }
        for cue in parsed
            .cues
            .iter()
            .filter(|c| c.event_type.get_ref() == name)
        {
            if !rules.modes.contains(&cue.mode) {
                push(
                    at("events.toml", cue.event_type.span()),
                    format!(
                        "{name} cue mode \"{}\" is not among the type's modes {:?}",
                        cue.mode, rules.modes
                    ),
                );
            }
        }
    }
    // A modifier applies to the types that list its mode: one no type lists is dead.
    for modifier in &parsed.modifiers {
        let mode = modifier.mode.get_ref();
        if !parsed.event_types.iter().any(|t| t.modes.contains(mode)) {
            push(
                at("events.toml", modifier.mode.span()),
                format!("modifier mode \"{mode}\" is listed by no [[type]]"),
            );
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(KbError { problems })
    }
}

/// A person cannot hold the same role of the same country twice at once, and two
/// persons cannot both be the one head of state of a country on the same day.
fn role_overlaps(parsed: &Parsed) -> Vec<(String, std::ops::Range<usize>)> {
    use crate::dates::PartialDate;
    let exclusive = ["head-of-state", "head-of-government", "foreign-minister"];
    type Tenure<'a> = (
        &'a str,
        PartialDate,
        Option<PartialDate>,
        std::ops::Range<usize>,
    );
    let mut holders: BTreeMap<(String, String), Vec<Tenure>> = BTreeMap::new();
    for p in &parsed.persons {
        for r in &p.roles {
            let (Some(country), true) = (&r.country, exclusive.contains(&r.role.as_str())) else {
                continue;
            };
            let Some(from) = r.from.as_deref().and_then(PartialDate::parse_iso) else {
                continue;
            };
            let to = r.to.as_deref().and_then(PartialDate::parse_iso);
            holders
                .entry((r.role.clone(), country.clone()))
                .or_default()
                .push((p.id.get_ref().as_str(), from, to, p.id.span()));
        }
    }
    let mut out = Vec::new();
    for ((role, country), mut list) in holders {
        list.sort_by_key(|t| t.1);
        for pair in list.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            // Handovers on the same day are normal; more than a day of overlap is not.
            let overlaps = match &a.2 {
                None => true,
                Some(end) => b.1.days_since(end).is_some_and(|d| d < -1),
            };
            if overlaps {
                out.push((
                    format!(
                        "{} and {} both hold {role} of {country} at once (from {})",
                        a.0, b.0, b.1
                    ),
                    b.3.clone(),
                ));
            }
        }
    }
    out
}
