//! Cleaning: separate the article from site furniture and recover its metadata.
//!
//! Pages arrive as lines: menus, counters, share lines and related headlines around
//! a run of prose paragraphs. The article is that run (prose lines, the short lines
//! between them, minus known furniture) with its title above it. The title is the
//! last headline-like line before the first prose line; the publication date is the
//! first dated line of the header; a dateline (`БАКУ, 25 сен — Sputnik.`) opening the
//! first paragraph is moved into metadata.

use crate::dates::PartialDate;
use crate::kb::KnowledgeBase;
use crate::segment::tokenize_analysed;
use regex::Regex;
// Fx hashing: the sets are asked for every line of every page, and the
// standard library's SipHash was most of what a look-up cost; only their
// contents (fixed furniture lines, a page's own word keys) are hashed, and
// none is ever iterated, so nothing depends on the hash.
use rustc_hash::FxHashSet as HashSet;

/// The cleaned article and what was recovered from its surroundings.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    /// Title line (if any), a blank line, then the paragraphs separated by blank lines.
    pub text: String,
    pub title: Option<String>,
    /// Publication date found on the page.
    pub published: Option<PartialDate>,
    /// Publication time (`HH:MM`), when the page gives one next to the date.
    pub published_time: Option<String>,
    pub dateline: Option<String>,
    /// Agency named in the dateline (`Sputnik`).
    pub dateline_agency: Option<String>,
    /// Place named in the dateline (`БАКУ`).
    pub dateline_place: Option<String>,
}

/// The compiled furniture rules of `data/boilerplate.toml`.
pub struct Furniture {
    lines: HashSet<String>,
    /// The line patterns, in two parts. Those anchored at the start of the line
    /// and without a word boundary are joined into one alternation: a line is
    /// searched once instead of once per pattern (each search has a fixed cost,
    /// and pages are mostly short lines), and the search stops within a few
    /// characters. The others stay apart: an unanchored pattern keeps its own
    /// literal prefilter, and a Unicode word boundary keeps the lazy DFA off
    /// non-ASCII text, so that joined they would slow every pattern down.
    joined_patterns: Option<Regex>,
    separate_patterns: Vec<Regex>,
    related: HashSet<String>,
    datelines: Vec<Regex>,
    /// Marks of a copyright line, lowercased.
    copyright_markers: Vec<String>,
    /// An update label and what follows it up to the next `|` (see
    /// `update_markers` in data/boilerplate.toml).
    update: Option<Regex>,
    time: Regex,
    /// Characters in the longest listed line or marker: a longer line cannot
    /// be one, and need not be folded to find out.
    longest: usize,
}

impl Furniture {
    pub fn new(kb: &KnowledgeBase) -> Furniture {
        let b = &kb.boilerplate;
        let norm = |s: &String| normalize_line(s);
        let lines: HashSet<String> = b.lines.iter().map(norm).collect();
        let related: HashSet<String> = b.related_markers.iter().map(norm).collect();
        // Validated at load time, so compiling a single pattern cannot fail here;
        // should the joined alternation exceed the size limit, its patterns stay apart.
        let compiled = |list: &[&String]| -> Vec<Regex> {
            list.iter().filter_map(|p| Regex::new(p).ok()).collect()
        };
        let (plain, other): (Vec<&String>, Vec<&String>) = b
            .patterns
            .iter()
            .partition(|p| anchored_at_start(p) && !p.contains("\\b"));
        let mut separate_patterns = compiled(&other);
        let joined_patterns = if plain.is_empty() {
            None
        } else {
            let alternation: Vec<String> = plain.iter().map(|p| format!("(?:{p})")).collect();
            let joined = Regex::new(&alternation.join("|")).ok();
            if joined.is_none() {
                separate_patterns.extend(compiled(&plain));
            }
            joined
        };
        let longest = lines
            .iter()
            .chain(&related)
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0);
        Furniture {
            lines,
            joined_patterns,
            separate_patterns,
            related,
            datelines: b
                .datelines
                .iter()
                .filter_map(|p| Regex::new(p).ok())
                .collect(),
            copyright_markers: b.copyright_markers.iter().map(|m| m.to_lowercase()).collect(),
            update: (!b.update_markers.is_empty())
                .then(|| {
                    let labels: Vec<String> =
                        b.update_markers.iter().map(|m| regex::escape(m)).collect();
                    Regex::new(&format!("(?i)(?:{})[^|\n]*", labels.join("|"))).ok()
                })
                .flatten(),
            time: Regex::new(
                r"(?:^|[^\d:])([01]?\d|2[0-3]):([0-5]\d)(?:\s*([AaPp])\.?[Mm](?-u:\b)\.?)?(?:[^\d:]|$)",
            )
            .expect("static regex"),
            longest,
        }
    }

    fn is_furniture(&self, line: &str) -> bool {
        (self.short_enough(line) && self.lines.contains(&normalize_line(line)))
            || self
                .joined_patterns
                .as_ref()
                .is_some_and(|p| p.is_match(line))
            || self.separate_patterns.iter().any(|p| p.is_match(line))
    }

    /// `text` less its update labels and the date and time after each.
    fn without_updates<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        match &self.update {
            Some(re) => re.replace_all(text, ""),
            None => std::borrow::Cow::Borrowed(text),
        }
    }

    /// The latest year of a copyright line ("© АО «РОСБИЗНЕСКОНСАЛТИНГ»,
    /// 1995–2025"); none for any other line.
    fn copyright_year(&self, line: &str) -> Option<i32> {
        let lower = line.to_lowercase();
        if !self
            .copyright_markers
            .iter()
            .any(|m| lower.contains(m.as_str()))
        {
            return None;
        }
        line.split(|c: char| !c.is_ascii_digit())
            .filter(|w| w.len() == 4)
            .filter_map(|w| w.parse::<i32>().ok())
            .filter(|y| (1990..=2100).contains(y))
            .max()
    }

    /// The first time of day in `text` as `HH:MM`, a 12-hour clock read with its
    /// `AM`/`PM` (`7:42 PM` is `19:42`).
    fn time_in(&self, text: &str) -> Option<String> {
        let c = self.time.captures(text)?;
        let mut hour: u32 = c[1].parse().ok()?;
        match c.get(3).map(|m| m.as_str().to_ascii_lowercase()) {
            Some(p) if p == "p" && hour < 12 => hour += 12,
            Some(a) if a == "a" && hour == 12 => hour = 0,
            _ => {}
        }
        Some(format!("{hour:02}:{}", &c[2]))
    }

    fn is_related_marker(&self, line: &str) -> bool {
        self.short_enough(line) && self.related.contains(&normalize_line(line))
    }

    /// Whether `line` could fold to a listed line. Folding maps every
    /// character to at least one, except the combining dot above, which it
    /// drops; so a line with more other characters than the longest listed
    /// line cannot match. Prose lines are most of a page, and folding each of
    /// them (three times per page) only to miss the set was a tenth of the
    /// extractor's time.
    fn short_enough(&self, line: &str) -> bool {
        let core = line.trim().trim_end_matches(':').trim();
        // No more bytes than the longest line has characters: short enough
        // without counting them.
        if core.len() <= self.longest {
            return true;
        }
        core.chars()
            .filter(|&c| c != '\u{307}')
            .nth(self.longest)
            .is_none()
    }
}

/// Whether every match of the pattern starts at the start of the text (`^…`).
fn anchored_at_start(pattern: &str) -> bool {
    regex_syntax::parse(pattern).is_ok_and(|hir| {
        hir.properties()
            .look_set_prefix()
            .contains(regex_syntax::hir::Look::Start)
    })
}

fn normalize_line(s: &str) -> String {
    crate::segment::fold(s.trim().trim_end_matches(':').trim())
}

/// Words with at least one letter in `line`, counted up to `cap`: the callers
/// only compare with small thresholds, and prose lines are long.
fn word_count(line: &str, cap: usize) -> usize {
    use crate::segment::CharKind;
    let mut count = 0;
    let mut has_letter = false;
    for kind in crate::segment::char_kinds(line) {
        match kind {
            CharKind::Space => {
                if has_letter {
                    count += 1;
                    if count >= cap {
                        return count;
                    }
                }
                has_letter = false;
            }
            CharKind::Letter => has_letter = true,
            CharKind::Other => {}
        }
    }
    count + usize::from(has_letter)
}

/// A line of running prose: a sentence or more.
fn is_prose(line: &str) -> bool {
    let ends = line
        .trim_end()
        .ends_with(['.', '!', '?', '…', '»', '"', '”', ')']);
    // Words are counted only as far as the test needs: most lines of a page
    // are prose with its stop, settled by its sixth word.
    if ends {
        return word_count(line, 6) >= 6;
    }
    // A long menu ("Canlı Yayın | Gündem | Türkiye | …") has the words of
    // prose, but not its stops.
    word_count(line, 16) >= 16 && !is_menu(line)
}

/// A line opening with a list bullet ("→ …", "• …", "- …").
fn is_list_item(line: &str) -> bool {
    line.starts_with(['→', '•', '▪', '►', '▸', '»', '·', '*', '-', '–', '—'])
}

/// A line that could be a headline.
fn is_headline(line: &str) -> bool {
    let words = word_count(line, 41);
    (3..=40).contains(&words) && !line.trim_end().ends_with(':')
}

pub fn clean(raw: &str, kb: &KnowledgeBase, furniture: &Furniture) -> Cleaned {
    let normalized: std::borrow::Cow<str> = if raw.contains('\r') {
        raw.replace("\r\n", "\n").replace('\r', "\n").into()
    } else {
        raw.into()
    };
    let lines: Vec<&str> = normalized.lines().map(|l| l.trim()).collect();
    let mut out = Cleaned::default();

    // Each line is judged once; the passes below only read these.
    let furniture_line: Vec<bool> = lines.iter().map(|l| furniture.is_furniture(l)).collect();
    let prose: Vec<bool> = lines
        .iter()
        .zip(&furniture_line)
        .map(|(l, &f)| !f && is_prose(l))
        .collect();
    let Some(mut body_start) = prose.iter().position(|&p| p) else {
        // No prose at all: keep every non-furniture line so that nothing is lost.
        let kept: Vec<&str> = lines
            .iter()
            .zip(&furniture_line)
            .filter(|(l, &f)| !l.is_empty() && !f)
            .map(|(l, _)| *l)
            .collect();
        out.text = kept.join("\n\n");
        return out;
    };
    let body_end = prose.iter().rposition(|&p| p).unwrap_or(body_start);

    // Title: the last headline-like line above the body.
    // A headline that reads as prose ("XİN … cavab verib: "Qərəzli …"", "… на
    // 2025-2026 гг.") is still the headline when the page's date line comes right
    // under it, or when it ends without a sentence's stop (a quotation, "… в
    // «Крокус Сити Холле»", or a long headline with none) and prose follows.
    let next_prose = (body_start + 1..lines.len()).find(|&i| prose[i]);
    let headline_as_prose = next_prose.filter(|&next| {
        let below = (body_start + 1..next).find(|&i| !lines[i].is_empty());
        word_count(lines[body_start], 26) <= 25
            && (!ends_with_sentence_stop(lines[body_start])
                || below.is_some_and(|i| is_date_line(lines[i], kb, furniture)))
    });
    let body: Vec<&str> = (body_start..=body_end)
        .filter(|&i| prose[i])
        .map(|i| lines[i])
        .collect();
    let candidates: Vec<usize> = (0..body_start)
        .filter(|&i| is_headline(lines[i]) && !furniture_line[i] && !is_menu(lines[i]))
        .collect();
    // A standfirst under the title, kept as the article's first paragraph.
    let mut standfirst = None;
    let title_idx = match headline_as_prose {
        Some(next) => {
            // Unless it is the standfirst, under a headline that names the story
            // ("Cumhurbaşkanı Erdoğan, … ile telefonda görüştü" above "Cumhurbaşkanı
            // Erdoğan, … ele aldı; … de görüştü.").
            // (Past the date line and byline a page may print between them.)
            let above = (0..body_start)
                .rev()
                .filter(|&i| {
                    !lines[i].is_empty()
                        && !furniture_line[i]
                        && !is_date_line(lines[i], kb, furniture)
                })
                .take_while(|&i| !is_menu(lines[i]) || furniture.time_in(lines[i]).is_some())
                .take(MAX_LINES_UNDER_HEADLINE)
                .find(|&i| is_headline(lines[i]) && !is_menu(lines[i]));
            // A standfirst is longer than its headline; a photo's caption, set
            // apart from the headline by the photo's credit (furniture), need
            // not be ("Фото: пресс-служба Кремля" above "Владимир Путин и
            // Ильхам Алиев перед началом переговоров в резиденции «Загульба»",
            // which ends as prose may).
            let headline_above = above.filter(|&i| {
                !ends_with_full_stop(lines[i])
                    && (ends_with_full_stop(lines[body_start])
                        || word_count(lines[i], 41) < word_count(lines[body_start], 41)
                        || (i + 1..body_start).any(|j| furniture_line[j]))
                    && shared_words(&lines, &[i], &body)[0] >= MIN_HEADLINE_SHARED_WORDS
            });
            if headline_above.is_some() {
                standfirst = Some(body_start);
            }
            let title = headline_above.unwrap_or(body_start);
            body_start = next;
            Some(title)
        }
        // Date lines are no titles; finding dates is dear, so only the preferred
        // candidates are asked, in order, until one has none.
        None => title_ranking(&lines, &candidates, &body, furniture)
            .into_iter()
            .find(|&i| !has_date(lines[i], kb)),
    };
    out.title = title_idx.map(|i| lines[i].to_string());

    // Publication date and time: the header, read as one line.
    let header: Vec<&str> = (0..body_start)
        .filter(|&i| Some(i) != title_idx)
        .map(|i| lines[i])
        .collect();
    let header_text = header.join("\n");
    // The time a page was updated is not when it was published, unless the
    // page gives no other ("Updated: 20 Jun 2025 18:54 GMT").
    let published_text = furniture.without_updates(&header_text);
    // Some sites print the date under the standfirst, which reads as the first
    // paragraph ("Published On 2 May 2024"): a date line before the next paragraph.
    let mut body_date_line = None;
    // (The header is read again only when an update label was taken out of it.)
    let updated = matches!(published_text, std::borrow::Cow::Owned(_));
    let header_date = first_dated(&published_text, kb)
        .map(|d| (d, &*published_text))
        .or_else(|| {
            updated
                .then(|| first_dated(&header_text, kb))
                .flatten()
                .map(|d| (d, header_text.as_str()))
        });
    let dated_text = header_date.or_else(|| {
        let next = (body_start + 1..lines.len()).find(|&i| prose[i]);
        body_date_line = (body_start + 1..next.unwrap_or(body_start + 1))
            .find(|&i| !furniture_line[i] && is_date_line(lines[i], kb, furniture));
        body_date_line.and_then(|i| Some((first_dated(lines[i], kb)?, lines[i])))
    });
    if let Some((date, text)) = dated_text {
        out.published = Some(date);
        out.published_time = furniture.time_in(text);
    }
    // "13 июн, 18:47" names no year; the footer's copyright ("© РБК, 1995–2025")
    // runs to the year the page was served, which for news is its own.
    if let Some(date) = out.published.as_mut().filter(|d| d.year.is_none()) {
        date.year = lines
            .get(body_end + 1..)
            .unwrap_or_default()
            .iter()
            .rev()
            .find_map(|l| furniture.copyright_year(l));
    }
    // Body: prose lines and the short lines between them, less furniture.
    let mut paragraphs: Vec<&str> = Vec::new();
    let mut in_related = false;
    let mut after_dropped = false;
    for i in body_start..=body_end {
        let line = lines[i];
        if line.is_empty() {
            continue;
        }
        let continuation = after_dropped && line.chars().next().is_some_and(char::is_lowercase);
        let related_marker = furniture.is_related_marker(line);
        // A related headline may read as prose ("→ Qafarova … Budapeştdə
        // görüşüb (video)"); its bullet still marks it as one of the list.
        let related_item = in_related && (!prose[i] || is_list_item(line));
        let drop = furniture_line[i]
            || related_marker
            || related_item
            || continuation
            || out.title.as_deref() == Some(line)
            || Some(i) == body_date_line;
        if related_marker {
            in_related = true;
        } else if prose[i] && !related_item {
            in_related = false;
        }
        if drop {
            after_dropped = true;
            continue;
        }
        after_dropped = false;
        paragraphs.push(line);
    }

    if let Some(i) = standfirst {
        paragraphs.insert(0, lines[i]);
    }

    // The dateline opens the story, which may follow a lead paragraph.
    'paragraphs: for first in paragraphs.iter().take(3) {
        for re in &furniture.datelines {
            if let Some(c) = re.captures(first) {
                // (A pattern may look at the story's first letter after it: `next`.)
                let end = match c.name("next") {
                    Some(next) => next.start(),
                    None => c.get(0).map_or(0, |m| m.end()),
                };
                let whole = first[..end].trim().to_string();
                out.dateline_place = c.name("place").map(|m| m.as_str().trim().to_string());
                out.dateline_agency = c.name("agency").map(|m| m.as_str().trim().to_string());
                if out.published.is_none() {
                    out.published = c.name("date").and_then(|m| first_dated(m.as_str(), kb));
                }
                // The dateline stays in the text: its place and agency are mentions too.
                out.dateline = Some(
                    whole
                        .trim_end_matches(['.', ' ', '-', '—', '–'])
                        .to_string(),
                );
                break 'paragraphs;
            }
        }
    }

    let mut text = String::with_capacity(normalized.len());
    if let Some(t) = &out.title {
        text.push_str(t);
    }
    for p in paragraphs.iter().filter(|p| !p.is_empty()) {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(p);
    }
    out.text = text;
    out
}

/// The headline-like lines above the article, best title first: the one sharing
/// the most words with the article's paragraphs, as a headline names the story's
/// actors and places while the labels, bylines and credits around it rarely do.
/// On a tie, and when no line shares a word, the one nearest the article (the
/// site's name, which an article may also name, heads the page).
fn title_ranking(
    lines: &[&str],
    candidates: &[usize],
    body: &[&str],
    furniture: &Furniture,
) -> Vec<usize> {
    if candidates.len() < 2 {
        return candidates.to_vec();
    }
    let scores: Vec<(usize, usize)> = shared_words(lines, candidates, body)
        .into_iter()
        .zip(candidates.iter().copied())
        .collect();
    let mut ranked = scores.clone();
    ranked.sort_unstable_by(|a, b| b.cmp(a));
    // A standfirst under the headline retells the story at more length and so
    // shares more words with it: a headline-like line above the best one that
    // shares a few words, and at least half as many unless the best one is a
    // sentence with its full stop, is the headline; so is the nearest such line
    // above it when shorter.
    let sentence = |i: usize| ends_with_full_stop(lines[i]);
    if let Some(&(best_score, best)) = ranked.first() {
        let nearest_above = candidates.iter().copied().filter(|&i| i < best).max();
        let words = |i: usize| word_count(lines[i], 41);
        // A headline stands right above its standfirst, a few lines (a date, a
        // byline) apart, and no menu comes between them; the site's name at the
        // top of the page is no headline ("MINISTRY OF FOREIGN AFFAIRS OF
        // TURKMENISTAN" above a menu, "Xabar24.uz — новости Узбекистана" above
        // "Главная | Политика | …"). A byline split by bars like a menu gives
        // the time of posting, which no menu does ("By … | May 16, 2025, 11:20 |
        // 3 min read" between a headline and its photo's caption).
        let close_above = |i: usize| {
            let between = &lines[i + 1..best];
            between.iter().filter(|l| !l.is_empty()).count() <= MAX_LINES_UNDER_HEADLINE
                && !between
                    .iter()
                    .any(|l| is_menu(l) && furniture.time_in(l).is_none())
        };
        let headline_above = scores
            .iter()
            .rev()
            .filter(|&&(_, i)| i < best && close_above(i))
            .find(|&&(score, i)| {
                score >= MIN_HEADLINE_SHARED_WORDS
                    && (score * 2 >= best_score
                        || sentence(best)
                        || (Some(i) == nearest_above && words(i) < words(best)))
                    && !sentence(i)
            });
        if let Some(&(_, above)) = headline_above {
            ranked.retain(|&(_, i)| i != above);
            ranked.insert(0, (best_score, above));
        }
    }
    ranked.into_iter().map(|(_, i)| i).collect()
}

/// Most lines between a headline and the standfirst under it: a date line, a
/// byline, a label, a photo credit.
const MAX_LINES_UNDER_HEADLINE: usize = 4;

/// A sentence's end, which headlines seldom have.
fn ends_with_full_stop(line: &str) -> bool {
    line.trim_end().ends_with('.')
}

/// A sentence's end of any kind (a quotation's closing mark is none).
fn ends_with_sentence_stop(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', '…'])
}

/// For each of the lines numbered `which`, how many of its distinct words (as
/// [`title_word_keys`] compares them) the article's paragraphs use.
fn shared_words(lines: &[&str], which: &[usize], body: &[&str]) -> Vec<usize> {
    // Only these lines' words are looked for in the body, by a hash of their
    // folded first letters: collecting every body word was a tenth of the extractor's time.
    let wanted: HashSet<u64> = which
        .iter()
        .flat_map(|&i| title_word_keys(lines[i]))
        .collect();
    let found: HashSet<u64> = body
        .iter()
        .flat_map(|l| title_word_keys(l))
        .filter(|k| wanted.contains(k))
        .collect();
    which
        .iter()
        .map(|&i| {
            let mut seen = HashSet::default();
            title_word_keys(lines[i])
                .filter(|k| found.contains(k) && seen.insert(*k))
                .count()
        })
        .collect()
}

/// Words a headline above the best-scoring line must share with the article
/// to be taken over it (see [`title_ranking`]).
const MIN_HEADLINE_SHARED_WORDS: usize = 3;

/// The words a title and its article are compared by: folded, of four letters
/// or more, cut to five letters so that inflected forms meet (`Бектенов`,
/// `Бектеновтың`); each as a hash of those letters, to compare without allocating.
fn title_word_keys(line: &str) -> impl Iterator<Item = u64> + '_ {
    line.split(|c: char| !crate::segment::is_letter(c))
        .filter(|w| w.chars().nth(3).is_some())
        .map(|w| {
            let (mut key, mut letters) = (0xcbf2_9ce4_8422_2325_u64, 0);
            crate::segment::fold_into(w, |c| {
                if letters < 5 {
                    key = (key ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
                    letters += 1;
                }
            });
            key
        })
}

/// A line giving a date and little else (`18 oktyabr 2023 17:25`), as under a
/// headline. A time of day marks a timestamp, which may spell out more: the
/// weekday, and when the page was updated (`26 Nisan 2025 Cumartesi 21:14 |
/// Son Güncelleme: 26 Nisan 2025 22:03`).
fn is_date_line(line: &str, kb: &KnowledgeBase, furniture: &Furniture) -> bool {
    if line.is_empty() {
        return false;
    }
    let words = word_count(line, MAX_TIMESTAMP_WORDS + 1);
    (words <= 4 || (words <= MAX_TIMESTAMP_WORDS && furniture.time_in(line).is_some()))
        && has_date(line, kb)
}

/// Most words of a date line with a time of day: two dates, their weekdays and labels.
const MAX_TIMESTAMP_WORDS: usize = 8;

/// A menu or breadcrumb: items separated by two bars or middle dots or more
/// (`ANASAYFA · GÜNDEM · SİYASET`), by a
/// breadcrumb's arrow, which no headline uses (`Siyasət > Milli Məclis`,
/// `Diplomatiya » Xarici siyasət`, two items only, share the story's words; a
/// closing quotation mark has no space before it), or by wide gaps of spaces
/// where a page's menu bar was flattened to text (`Главная   Политика   Экономика`).
fn is_menu(line: &str) -> bool {
    line.matches(" | ").count() >= 2
        || line.matches(" · ").count() >= 2
        || line.contains('›')
        || line.contains(" > ")
        || line.contains(" » ")
        || wide_gaps(line) >= MIN_MENU_GAPS
}

/// Gaps between a menu's items, at least: a headline typed with a stray
/// double space has one.
const MIN_MENU_GAPS: usize = 3;

/// How many runs of two or more spaces (or a tab) stand between words.
fn wide_gaps(line: &str) -> usize {
    line.trim()
        .split(|c: char| !c.is_whitespace())
        .filter(|gap| gap.contains('\t') || gap.chars().count() >= 2)
        .count()
}

/// `text` with its numeric dates written as the date reader knows them,
/// `day.month.year`: slashed ("Жарияланды: 03/06/2025 · 18:40" is 3 June),
/// with the month in Roman numerals ("13.III.2025"), or with the year in two
/// digits ("19.09.24", "22/08/25", this century's). The day comes first, as
/// on the pages read here, unless only the first number can be a month
/// ("06/23/2025", an American page's 23 June). Only page headers are read so:
/// in a story "1.2.24" may be a clause's number.
fn numeric_dates_dotted(text: &str) -> std::borrow::Cow<'_, str> {
    static NUMERIC: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    let numeric = NUMERIC.get_or_init(|| {
        Regex::new(
            r"(?-u:\b)([0-9]{1,2})([./-])([0-9]{1,2}|[IVX]{1,4})([./-])([0-9]{4}|[0-9]{2})(?-u:\b)",
        )
        .expect("static regex")
    });
    numeric.replace_all(text, |c: &regex::Captures<'_>| {
        let whole = c.get(0).expect("match");
        // "1.2.3.4" and "2.1.10.5" are numbers, not dates.
        let rest = &text[whole.end()..];
        let dotted_on =
            rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_ascii_digit());
        let dotted_before = text[..whole.start()].ends_with('.');
        // A Roman month is a date with any separators ("18/IX-2025"); digits
        // need one kind, a dot or a slash, as in ranges "10-12" is none.
        let roman = roman_month(&c[3]);
        let mixed = c[2] != c[4] || &c[2] == "-" || &c[4] == "-";
        if (mixed && roman.is_none()) || dotted_on || dotted_before {
            return whole.as_str().to_string();
        }
        let year = match c[5].len() {
            2 => format!("20{}", &c[5]),
            _ => c[5].to_string(),
        };
        let month = roman.map_or_else(|| c[3].to_string(), |m| m.to_string());
        let (a, b) = (&c[1], month.as_str());
        let month_first = &c[2] == "/"
            && a.parse::<u32>().is_ok_and(|m| m <= 12)
            && b.parse::<u32>().is_ok_and(|d| d > 12);
        if month_first {
            format!("{b}.{a}.{year}")
        } else {
            format!("{a}.{b}.{year}")
        }
    })
}

/// The month a Roman numeral writes (`III` is March), as dates in Central
/// Asian and Caucasian print have it.
fn roman_month(numeral: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ];
    MONTHS
        .iter()
        .position(|m| *m == numeral)
        .map(|k| k as u32 + 1)
}

fn has_date(line: &str, kb: &KnowledgeBase) -> bool {
    first_dated(line, kb).is_some()
}

/// The first date in `text` that names at least a day and a month.
/// The first full date of `text`, else its first day and month: a dateline
/// without a year (`Баку, 13 февраля /Тренд/`) often precedes the dated line.
fn first_dated(text: &str, kb: &KnowledgeBase) -> Option<PartialDate> {
    let dotted = numeric_dates_dotted(text);
    let text = dotted.as_ref();
    // Analysed words carry their keys: the date words are then looked up by
    // number, as in the body, instead of by string.
    let tokens = tokenize_analysed(text, &kb.endings, &kb.vocabulary);
    let days: Vec<PartialDate> = kb
        .dates
        .find(&tokens, &kb.endings, None)
        .into_iter()
        .filter(|d| d.value.month.is_some() && d.value.day.is_some())
        .map(|d| d.value)
        .collect();
    days.iter()
        .find(|d| d.year.is_some())
        .or(days.first())
        .copied()
}
