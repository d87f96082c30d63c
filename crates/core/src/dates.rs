//! Dates: finding date expressions in text and resolving them against the
//! publication date.
//!
//! A date whose year cannot be known stays partial (`XXXX-09-24`); nothing is
//! invented. Month names, weekdays and relative words come from `data/lang/*.toml`.

use crate::lexicon::{CaseRule, Endings, Lexicon};
use crate::segment::{Gap, Token};
use chrono::{Datelike, Duration, NaiveDate};
use std::fmt;

/// A date with possibly unknown parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl PartialDate {
    pub fn ymd(year: i32, month: u32, day: u32) -> PartialDate {
        PartialDate {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        }
    }

    pub(crate) fn from_naive(d: NaiveDate) -> PartialDate {
        PartialDate::ymd(d.year(), d.month(), d.day())
    }

    /// Parse `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, with `XXXX` for an unknown year; a
    /// time after `T` or a space is ignored.
    pub fn parse_iso(s: &str) -> Option<PartialDate> {
        let date = s.split(['T', ' ']).next()?;
        let mut parts = date.split('-');
        let year = match parts.next()? {
            "XXXX" => None,
            y if y.len() == 4 => Some(y.parse().ok()?),
            _ => return None,
        };
        let month = match parts.next() {
            None => None,
            Some("XX") => None,
            Some(m) if m.len() == 2 => Some(m.parse().ok().filter(|m| (1..=12).contains(m))?),
            Some(_) => return None,
        };
        let day = match parts.next() {
            None => None,
            Some(d) if d.len() == 2 => Some(d.parse().ok().filter(|d| (1..=31).contains(d))?),
            Some(_) => return None,
        };
        if parts.next().is_some() || (year.is_none() && month.is_none()) {
            return None;
        }
        let pd = PartialDate { year, month, day };
        if pd.is_complete() && pd.to_naive().is_none() {
            return None;
        }
        Some(pd)
    }

    pub fn is_complete(&self) -> bool {
        self.year.is_some() && self.month.is_some() && self.day.is_some()
    }

    pub fn to_naive(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year?, self.month?, self.day?)
    }

    /// Days from `other` to `self`, when both are complete.
    pub fn days_since(&self, other: &PartialDate) -> Option<i64> {
        Some((self.to_naive()? - other.to_naive()?).num_days())
    }

    /// The same date `years` later (earlier when negative).
    pub fn years_later(self, years: i32) -> PartialDate {
        PartialDate {
            year: self.year.map(|y| y + years),
            ..self
        }
    }

    /// True when the known parts of both agree (`XXXX-09-24` and `2021-09-24`).
    pub fn compatible(&self, other: &PartialDate) -> bool {
        fn agree<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
            a.is_none() || b.is_none() || a == b
        }
        agree(self.year, other.year) && agree(self.month, other.month) && agree(self.day, other.day)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}")?,
            None => write!(f, "XXXX")?,
        }
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "-{m:02}-{d:02}"),
            (Some(m), None) => write!(f, "-{m:02}"),
            (None, Some(d)) => write!(f, "-XX-{d:02}"),
            (None, None) => Ok(()),
        }
    }
}

/// A date expression found in the text, already resolved.
#[derive(Debug, Clone)]
pub struct DateExpr {
    /// Token range.
    pub start: usize,
    pub end: usize,
    pub value: PartialDate,
    /// True when the text itself gave the year (not the publication date).
    pub explicit_year: bool,
    /// A weekday read as the last one up to the publication date ("в пятницу"):
    /// for an event still to come it is the next one.
    pub weekday: bool,
    /// A month named without its year ("5 апреля", "в апреле"), read as the one
    /// nearest the publication: for an event still to come it is the next one.
    pub year_guessed: bool,
    /// Told as past by a word before it ("last July", "geçen temmuz"): an
    /// adverb of time, which dates the event wherever it stands.
    pub past: bool,
    /// Days from the day the story tells of, for a word counted from it
    /// ("накануне", "a day earlier"); `value` counts them from the publication,
    /// which stands in when no earlier sentence gave a day.
    pub story_shift: Option<i64>,
}

impl DateExpr {
    /// A date written out with its year, over tokens `start..end`.
    fn with_year(start: usize, end: usize, value: PartialDate) -> DateExpr {
        DateExpr {
            start,
            end,
            value,
            explicit_year: true,
            weekday: false,
            year_guessed: false,
            past: false,
            story_shift: None,
        }
    }
}

/// What a date word means.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DateWord {
    Month(u32),
    MonthAbbr(u32),
    Weekday(u32),
    /// Days from the publication, or from the story's day (`from_story`).
    ShiftDays {
        days: i64,
        from_story: bool,
    },
    ShiftYears(i32),
    /// Months from the publication's month ("next month", "в прошлом месяце").
    ShiftMonths(i32),
    YearWord,
}

/// What a word beside a month name makes of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MonthMarker {
    /// The month of the year nearest the publication ("в апреле").
    Nearest,
    /// The last such month before the publication ("last July").
    Past,
}

/// The date vocabulary of every loaded language.
#[derive(Debug, Clone, Default)]
pub struct DateLexicon {
    words: Lexicon<DateWord>,
    /// Words that make a month named alone a date (`в`, `ay`, `in`). Apart from
    /// `words`: they are among the commonest words, and are only asked about
    /// beside a month.
    month_markers: Lexicon<MonthMarker>,
    /// The languages' prepositions, folded: a preposition is no date word,
    /// though its letters may read as one with an ending ("среди", "сред-а").
    prepositions: rustc_hash::FxHashSet<String>,
    /// Month names in the locative case ("шілдеде", "iyulda", "temmuzda"),
    /// folded: the case ending says "in July" as a marker word does.
    locative_months: rustc_hash::FxHashSet<String>,
    /// The forms of the year word that say "in that year", folded (`году`).
    in_year_forms: rustc_hash::FxHashSet<String>,
    /// Endings of ordinal day numbers written in one word (`th`), folded.
    ordinal_suffixes: Vec<String>,
    /// Words before a day alone that make it a day of the publication's
    /// month, each phrase folded and split into its words.
    day_markers: Vec<Vec<String>>,
}

impl DateLexicon {
    pub fn words(&self) -> &Lexicon<DateWord> {
        &self.words
    }

    /// The month and date words, to number their keys with other lexicons'.
    pub fn words_mut(&mut self) -> &mut Lexicon<DateWord> {
        &mut self.words
    }

    pub fn build(
        langs: &[crate::kb::model::LangData],
        endings: &Endings,
        mask_of: impl Fn(&str) -> u32,
    ) -> DateLexicon {
        let mut words = Lexicon::default();
        let mut month_markers = Lexicon::default();
        let prepositions = langs
            .iter()
            .flat_map(|l| &l.prepositions)
            .map(|p| crate::segment::fold(p))
            .collect();
        let mut locative_months = rustc_hash::FxHashSet::default();
        let in_year_forms = langs
            .iter()
            .flat_map(|l| &l.dates.in_year_forms)
            .map(|f| crate::segment::fold(f))
            .collect();
        let ordinal_suffixes = langs
            .iter()
            .flat_map(|l| &l.dates.ordinal_suffixes)
            .map(|f| crate::segment::fold(f))
            .collect();
        let day_markers = langs
            .iter()
            .flat_map(|l| &l.dates.day_markers)
            .map(|f| {
                crate::segment::fold(f)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect()
            })
            .collect();
        for lang in langs {
            let mask = mask_of(&lang.code);
            let d = &lang.dates;
            for m in &d.months {
                let m = crate::segment::fold(m);
                for suffix in &lang.location_suffixes {
                    locative_months.insert(format!("{m}{}", crate::segment::fold(suffix)));
                }
            }
            for (i, m) in d.months.iter().enumerate() {
                words.add(
                    m,
                    CaseRule::Any,
                    DateWord::Month(i as u32 + 1),
                    endings,
                    mask,
                );
            }
            for f in &d.month_forms {
                words.add(
                    &f.form,
                    CaseRule::Any,
                    DateWord::Month(f.month),
                    endings,
                    mask,
                );
            }
            for (i, m) in d.month_abbreviations.iter().enumerate() {
                words.add(
                    m.trim_end_matches('.'),
                    CaseRule::Any,
                    DateWord::MonthAbbr(i as u32 + 1),
                    endings,
                    mask,
                );
            }
            for (i, w) in d.weekdays.iter().enumerate() {
                words.add(w, CaseRule::Any, DateWord::Weekday(i as u32), endings, mask);
            }
            // Adverbs of time exist only as they are: reduced to a stem, the
            // Kazakh "кеше" (yesterday) would meet "кешке" (in the evening).
            for r in &d.relative_days {
                words.add_unreduced(
                    &r.phrase,
                    CaseRule::Any,
                    DateWord::ShiftDays {
                        days: r.days,
                        from_story: r.from_story,
                    },
                    endings,
                    mask,
                );
            }
            let years = d
                .relative_years
                .iter()
                .map(|r| (r, DateWord::ShiftYears(r.years)));
            let months = (d.relative_months.iter()).map(|r| (r, DateWord::ShiftMonths(r.months)));
            for (r, word) in years.chain(months) {
                words.add(&r.phrase, CaseRule::Any, word, endings, mask);
            }
            for w in &d.year_words {
                words.add(w, CaseRule::Any, DateWord::YearWord, endings, mask);
            }
            for w in &d.month_markers {
                month_markers.add(w, CaseRule::Any, MonthMarker::Nearest, endings, mask);
            }
            for w in &d.past_month_markers {
                month_markers.add(w, CaseRule::Any, MonthMarker::Past, endings, mask);
            }
        }
        DateLexicon {
            words,
            month_markers,
            prepositions,
            locative_months,
            in_year_forms,
            ordinal_suffixes,
            day_markers,
        }
    }

    /// Find and resolve every date expression in `tokens` against `published`.
    pub fn find(
        &self,
        tokens: &[Token],
        endings: &Endings,
        published: Option<PartialDate>,
    ) -> Vec<DateExpr> {
        let mut at: Vec<Vec<(usize, DateWord)>> = vec![Vec::new(); tokens.len()];
        for m in self.words.find_all(tokens, endings) {
            // A bare abbreviation must be the whole word ("сен", not "сенат").
            if matches!(m.payload, DateWord::MonthAbbr(_)) && !m.suffix.is_empty() {
                continue;
            }
            // So must a day named relative to another: an ending turns the
            // Turkish "dün" (yesterday) into "Dünya" (world). Forms with a
            // suffix of their own ("dünkü", yesterday's) are listed as phrases.
            if matches!(m.payload, DateWord::ShiftDays { .. }) && !m.suffix.is_empty() {
                continue;
            }
            if m.end == m.start + 1 && self.prepositions.contains(tokens[m.start].fold.as_str()) {
                continue;
            }
            at[m.start].push((m.end, *m.payload));
        }
        let month_at = |i: usize| -> Option<(usize, u32)> {
            at.get(i)?.iter().find_map(|&(end, w)| match w {
                DateWord::Month(m) | DateWord::MonthAbbr(m) => Some((end, m)),
                _ => None,
            })
        };
        // A day number, perhaps with its ordinal ending ("12th").
        let day_at = |i: usize| -> Option<u32> {
            let t = tokens.get(i)?;
            let digits = t.text.trim_end_matches(|c: char| !c.is_ascii_digit());
            let ordinal = digits.len() < t.text.len()
                && self.ordinal_suffixes.iter().any(|s| {
                    t.fold.ends_with(s.as_str()) && t.fold.len() == digits.len() + s.len()
                });
            ((t.is_number() || ordinal)
                && !digits.is_empty()
                && digits.len() <= 2
                && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d))
        };
        // Whether one of the day markers ends right before token `i`.
        let day_marker_before = |i: usize| {
            self.day_markers.iter().any(|words| {
                i >= words.len()
                    && tokens[i - words.len()..i]
                        .iter()
                        .zip(words)
                        .all(|(t, w)| t.fold == *w && t.sentence == tokens[i].sentence)
            })
        };
        let year_at = |i: usize| -> Option<i32> {
            let t = tokens.get(i)?;
            (t.is_number() && t.text.len() == 4)
                .then(|| t.text.parse().ok())
                .flatten()
                .filter(|y| (1900..=2100).contains(y))
        };

        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            // Every form below starts at a number or a date word: most words
            // start none and are passed over at once.
            if at[i].is_empty() && !tokens[i].text.starts_with(|c: char| c.is_ascii_digit()) {
                i += 1;
                continue;
            }
            // dd.mm.yyyy and yyyy-mm-dd
            if let Some(found) = numeric_date(tokens, i) {
                out.push(found);
                i = out.last().map(|d: &DateExpr| d.end).unwrap_or(i + 1);
                continue;
            }
            // year [year word] day month ("2025 жылғы 20 ақпан", the Kazakh order),
            // the year perhaps with an ordinal ending ("2023-cü ilin 30 mayında")
            if let Some(year) = year_at(i) {
                let after_year = i + 1 + usize::from(ordinal_ending(tokens, i + 1));
                let d = skip_year_word(&at, after_year);
                if let (Some(day), Some((mend, month))) = (day_at(d), month_at(d + 1)) {
                    if let Some(value) = resolve(Some(year), month, Some(day), published, 0) {
                        out.push(DateExpr::with_year(i, mend, value));
                        i = mend;
                        continue;
                    }
                }
                // year, year word, month ("2023-cü ilin mayında", "2024 жылдың
                // мамырында", "2023 yılının mayıs ayında"): the year word is
                // required, so that a bare number before a month stays a number
                // (and a day after the month: "2022-ci il dekabrın 14-də")
                if d > after_year {
                    if let Some((mut end, month)) = month_at(d) {
                        let day = day_at(end).filter(|_| gap_ok(tokens, end));
                        if day.is_some() {
                            end = past_case_suffix(tokens, end + 1);
                        }
                        let Some(value) = resolve(Some(year), month, day, published, 0) else {
                            i += 1;
                            continue;
                        };
                        out.push(DateExpr::with_year(i, end, value));
                        i = end;
                        continue;
                    }
                    // A year alone with its year word in the form that says
                    // "in" ("в 2019 году", "2019-cu ildə", "2019 жылы"): it
                    // dates an act told before its verb ("В 2019 году …
                    // подписали"), or one still to come. One end of a span
                    // ("в 2025–2027 годах") dates nothing.
                    let in_year = d == after_year + 1
                        && self
                            .in_year_forms
                            .contains(tokens[after_year].fold.as_str());
                    let in_span = tokens[i].gap == Gap::Hyphen
                        || tokens
                            .get(i + 1)
                            .is_some_and(|t| t.gap == Gap::Hyphen && year_at(i + 1).is_some());
                    if in_year && !in_span {
                        let value = PartialDate {
                            year: Some(year),
                            month: None,
                            day: None,
                        };
                        out.push(DateExpr::with_year(i, d, value));
                        i = d;
                        continue;
                    }
                }
            }
            // A range of days ("5-6 декабря", "5–6 December") is dated by its first.
            let range_end = (day_at(i).is_some()
                && tokens.get(i + 1).is_some_and(|t| t.gap == Gap::Hyphen)
                && day_at(i + 1).is_some()
                && month_at(i + 2).is_some())
            .then_some(i + 1);
            // day month [year]
            let month_after = range_end.map_or(i + 1, |r| r + 1);
            if let (Some(day), Some((mend, month))) = (day_at(i), month_at(month_after)) {
                let (year, end) = match year_at(mend) {
                    Some(y) if gap_ok(tokens, mend) => (Some(y), skip_year_word(&at, mend + 1)),
                    _ => (None, mend),
                };
                let shift = shift_years_near(&at, i, end);
                if let Some(d) = resolve(year, month, Some(day), published, shift.unwrap_or(0)) {
                    out.push(DateExpr {
                        start: i,
                        end,
                        value: d,
                        explicit_year: year.is_some(),
                        weekday: false,
                        year_guessed: year.is_none() && shift.is_none(),
                        past: false,
                        story_shift: None,
                    });
                    i = end;
                    continue;
                }
            }
            if let Some((mend, month)) = month_at(i) {
                // month day[, year]  ("Feb 17", "Martın 3-də")
                if let Some(day) = day_at(mend).filter(|_| gap_ok(tokens, mend)) {
                    let mut end = mend + 1;
                    let year = year_at(end);
                    if year.is_some() {
                        end += 1;
                    } else {
                        end = past_case_suffix(tokens, end);
                    }
                    if let Some(d) = resolve(year, month, Some(day), published, 0) {
                        out.push(DateExpr {
                            start: i,
                            end,
                            value: d,
                            explicit_year: year.is_some(),
                            weekday: false,
                            year_guessed: year.is_none(),
                            past: false,
                            story_shift: None,
                        });
                        i = end;
                        continue;
                    }
                }
                // month year  ("в марте 2024") or month with a relative year
                if let Some(y) = year_at(mend) {
                    out.push(DateExpr {
                        start: i,
                        end: mend + 1,
                        value: PartialDate {
                            year: Some(y),
                            month: Some(month),
                            day: None,
                        },
                        explicit_year: true,
                        weekday: false,
                        year_guessed: false,
                        past: false,
                        story_shift: None,
                    });
                    i = mend + 1;
                    continue;
                }
                if let Some(shift) = shift_years_near(&at, i, mend) {
                    if let Some(py) = published.and_then(|p| p.year) {
                        out.push(DateExpr {
                            start: i,
                            end: mend,
                            value: PartialDate {
                                year: Some(py + shift),
                                month: Some(month),
                                day: None,
                            },
                            explicit_year: false,
                            weekday: false,
                            year_guessed: false,
                            past: false,
                            story_shift: None,
                        });
                    }
                    i = mend;
                    continue;
                }
                // A month alone ("в апреле", "aprel ayında"): the nearest to publication.
                let marker = |k: usize| -> Option<MonthMarker> {
                    let t = tokens.get(k)?;
                    let found = self
                        .month_markers
                        .find_all(std::slice::from_ref(t), endings);
                    found.first().map(|m| *m.payload)
                };
                let full_name = at[i].iter().any(|&(_, w)| matches!(w, DateWord::Month(_)));
                let locative =
                    mend == i + 1 && self.locative_months.contains(tokens[i].fold.as_str());
                let found = full_name
                    .then(|| {
                        i.checked_sub(1)
                            .and_then(marker)
                            .or_else(|| marker(mend).filter(|m| *m == MonthMarker::Nearest))
                            .or(locative.then_some(MonthMarker::Nearest))
                    })
                    .flatten();
                if let Some(kind) = found {
                    let value = published.and_then(|p| match kind {
                        MonthMarker::Nearest => nearest_month(month, p),
                        MonthMarker::Past => past_month(month, p),
                    });
                    if let Some(value) = value {
                        out.push(DateExpr {
                            start: i,
                            end: mend,
                            value,
                            explicit_year: false,
                            weekday: false,
                            year_guessed: kind == MonthMarker::Nearest,
                            past: kind == MonthMarker::Past,
                            story_shift: None,
                        });
                    }
                    i = mend;
                    continue;
                }
            }
            // A day alone after its marker ("on the 12th", "ayın 12-də"): of
            // the publication's month, or of the month before when later.
            if let (Some(day), true) = (day_at(i), day_marker_before(i)) {
                let end = past_case_suffix(tokens, i + 1);
                let value = published.and_then(|p| {
                    let back = i32::from(p.day.is_some_and(|pd| day > pd));
                    let month = shift_month(p, -back)?;
                    resolve(month.year, month.month?, Some(day), None, 0)
                });
                if let Some(value) = value {
                    out.push(DateExpr {
                        start: i,
                        end,
                        value,
                        explicit_year: false,
                        weekday: false,
                        year_guessed: false,
                        past: false,
                        story_shift: None,
                    });
                    i = end;
                    continue;
                }
            }
            for &(end, w) in &at[i] {
                let base = published.and_then(|p| p.to_naive());
                let value = match (w, base) {
                    (DateWord::ShiftDays { days: n, .. }, Some(b)) => {
                        Some(PartialDate::from_naive(b + Duration::days(n)))
                    }
                    (DateWord::Weekday(wd), Some(b)) => {
                        let back =
                            (b.weekday().num_days_from_monday() as i64 - wd as i64).rem_euclid(7);
                        Some(PartialDate::from_naive(b - Duration::days(back)))
                    }
                    // "next year" alone: a year, which dates an event still to
                    // come. Beside a month ("ötən ilin noyabrında") it is that
                    // month's year, told with it.
                    (DateWord::ShiftYears(n), _) if !beside_month(&at, i, end) => published
                        .and_then(|p| {
                            Some(PartialDate {
                                year: Some(p.year? + n),
                                month: None,
                                day: None,
                            })
                        }),
                    (DateWord::ShiftMonths(n), _) => published.and_then(|p| shift_month(p, n)),
                    _ => None,
                };
                if let Some(value) = value {
                    out.push(DateExpr {
                        start: i,
                        end,
                        value,
                        explicit_year: false,
                        weekday: matches!(w, DateWord::Weekday(_)),
                        year_guessed: false,
                        // "last month" is told as past wherever it stands.
                        past: matches!(w, DateWord::ShiftMonths(n) if n < 0),
                        story_shift: match w {
                            DateWord::ShiftDays {
                                days,
                                from_story: true,
                            } => Some(days),
                            _ => None,
                        },
                    });
                    break;
                }
            }
            i += 1;
        }
        out
    }
}

/// The month `months` away from the publication's ("next month" in December
/// 2024 is January 2025).
fn shift_month(published: PartialDate, months: i32) -> Option<PartialDate> {
    let index = published.year? * 12 + published.month? as i32 - 1 + months;
    Some(PartialDate {
        year: Some(index.div_euclid(12)),
        month: Some(index.rem_euclid(12) as u32 + 1),
        day: None,
    })
}

/// Whether a month name stands within three words of `start..end`.
fn beside_month(at: &[Vec<(usize, DateWord)>], start: usize, end: usize) -> bool {
    let near = start.saturating_sub(3)..(end + 3).min(at.len());
    at[near]
        .iter()
        .flatten()
        .any(|(_, w)| matches!(w, DateWord::Month(_) | DateWord::MonthAbbr(_)))
}

fn gap_ok(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| matches!(t.gap, Gap::Space | Gap::Hyphen | Gap::Punct | Gap::Dot))
}

/// Past the case suffix a day may carry at `i` ("3-də", "14-də").
fn past_case_suffix(tokens: &[Token], i: usize) -> usize {
    let suffix = tokens
        .get(i)
        .is_some_and(|t| t.gap == Gap::Hyphen && !t.is_number());
    i + usize::from(suffix)
}

/// Whether token `i` is an ordinal ending set off by a hyphen ("2023-cü",
/// "2024-жылы" is a year word instead): a short lower-case word.
fn ordinal_ending(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| {
        t.gap == Gap::Hyphen && !t.is_number() && !t.is_capitalized() && t.text.chars().count() <= 3
    })
}

fn skip_year_word(at: &[Vec<(usize, DateWord)>], i: usize) -> usize {
    at.get(i)
        .and_then(|v| v.iter().find(|(_, w)| *w == DateWord::YearWord))
        .map(|&(e, _)| e)
        .unwrap_or(i)
}

/// The last `month` before the publication's month ("last July" in March 2025
/// is July 2024).
fn past_month(month: u32, published: PartialDate) -> Option<PartialDate> {
    let (py, pm) = (published.year?, published.month?);
    Some(PartialDate {
        year: Some(if month >= pm { py - 1 } else { py }),
        month: Some(month),
        day: None,
    })
}

/// The month `month` of the year that puts it nearest `published`: within
/// six months before or after it ("in February", written in December, is next year's).
fn nearest_month(month: u32, published: PartialDate) -> Option<PartialDate> {
    let (py, pm) = (published.year?, published.month?);
    let year = match month as i32 - pm as i32 {
        d if d > 6 => py - 1,
        d if d < -6 => py + 1,
        _ => py,
    };
    Some(PartialDate {
        year: Some(year),
        month: Some(month),
        day: None,
    })
}

/// The year shift of a relative-year phrase right before or after a month
/// ("ötən ilin martında", "в ноябре прошлого года", "bu ilin may ayında").
fn shift_years_near(at: &[Vec<(usize, DateWord)>], start: usize, end: usize) -> Option<i32> {
    for (i, list) in at
        .iter()
        .enumerate()
        .skip(start.saturating_sub(3))
        .take(end - start.saturating_sub(3) + 3)
    {
        for &(e, w) in list {
            if let DateWord::ShiftYears(n) = w {
                if e <= start || i >= end {
                    return Some(n);
                }
            }
        }
    }
    None
}

fn numeric_date(tokens: &[Token], i: usize) -> Option<DateExpr> {
    let a = tokens.get(i)?;
    let b = tokens.get(i + 1)?;
    let c = tokens.get(i + 2)?;
    if !(a.is_number() && b.is_number() && c.is_number()) {
        return None;
    }
    let (y, m, d) = if b.gap == Gap::Dot
        && c.gap == Gap::Dot
        && a.text.len() <= 2
        && b.text.len() <= 2
        && c.text.len() == 4
    {
        (
            c.text.parse().ok()?,
            b.text.parse().ok()?,
            a.text.parse().ok()?,
        )
    } else if a.text.len() == 4
        && b.text.len() == 2
        && c.text.len() == 2
        && b.gap == c.gap
        && (b.gap == Gap::Hyphen
            // The year first is unambiguous whatever one mark joins the
            // numbers ("2025/05/16", "2025.05.16").
            || (matches!(b.gap, Gap::Dot | Gap::Punct)
                && b.start == a.end + 1
                && c.start == b.end + 1))
    {
        (
            a.text.parse().ok()?,
            b.text.parse().ok()?,
            c.text.parse().ok()?,
        )
    } else {
        return None;
    };
    NaiveDate::from_ymd_opt(y, m, d)?;
    Some(DateExpr {
        start: i,
        end: i + 3,
        value: PartialDate::ymd(y, m, d),
        explicit_year: true,
        weekday: false,
        year_guessed: false,
        past: false,
        story_shift: None,
    })
}

/// Fill a missing year from the publication date: the same year, or the year
/// before when that would put the date more than half a year after publication.
fn resolve(
    year: Option<i32>,
    month: u32,
    day: Option<u32>,
    published: Option<PartialDate>,
    shift: i32,
) -> Option<PartialDate> {
    if let Some(d) = day {
        NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, d)?;
    }
    if let Some(y) = year {
        return Some(PartialDate {
            year: Some(y),
            month: Some(month),
            day,
        });
    }
    let Some(py) = published.and_then(|p| p.year) else {
        return Some(PartialDate {
            year: None,
            month: Some(month),
            day,
        });
    };
    let mut y = py + shift;
    if shift == 0 {
        if let (Some(pub_date), Some(d)) = (published.and_then(|p| p.to_naive()), day) {
            if let Some(candidate) = NaiveDate::from_ymd_opt(y, month, d) {
                if (candidate - pub_date).num_days() > 183 {
                    y -= 1;
                }
            }
        }
    }
    Some(PartialDate {
        year: Some(y),
        month: Some(month),
        day,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_round_trip_and_partials() {
        for s in ["2025-03-11", "XXXX-09-24", "2025-03", "2024"] {
            assert_eq!(PartialDate::parse_iso(s).unwrap().to_string(), s);
        }
        assert_eq!(
            PartialDate::parse_iso("2025-03-11T13:02")
                .unwrap()
                .to_string(),
            "2025-03-11"
        );
        assert!(PartialDate::parse_iso("2025-02-30").is_none());
        assert!(PartialDate::parse_iso("11.03.2025").is_none());
        let a = PartialDate::parse_iso("XXXX-09-24").unwrap();
        assert!(a.compatible(&PartialDate::parse_iso("2021-09-24").unwrap()));
        assert!(!a.compatible(&PartialDate::parse_iso("2021-09-25").unwrap()));
    }

    #[test]
    fn missing_year_comes_from_publication_or_stays_partial() {
        let pubd = PartialDate::parse_iso("2025-01-03");
        assert_eq!(
            resolve(None, 12, Some(28), pubd, 0).unwrap().to_string(),
            "2024-12-28"
        );
        assert_eq!(
            resolve(None, 1, Some(2), pubd, 0).unwrap().to_string(),
            "2025-01-02"
        );
        assert_eq!(
            resolve(None, 9, Some(24), None, 0).unwrap().to_string(),
            "XXXX-09-24"
        );
        assert!(resolve(None, 2, Some(30), pubd, 0).is_none());
    }
}
