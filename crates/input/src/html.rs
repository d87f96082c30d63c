//! HTML page to article text and metadata.
//!
//! The article is found by `dom_smoothie`, a maintained Rust port of Mozilla's
//! Readability (the algorithm behind Firefox Reader View), not by stripping
//! tags: menus, footers and related-news blocks are the cleaner's hardest
//! input, and Readability removes most of them with scoring that has years of
//! real-world tuning behind it.
//!
//! The downstream cleaner works on lines, so the text keeps the page's
//! structure: the title as the first line, then a blank line, then the
//! paragraphs separated by blank lines.

use std::panic::{self, AssertUnwindSafe};

use dom_smoothie::{Config, Readability, ReadabilityError, TextMode};

use crate::error::Reason;

/// What an HTML page yields: the article text and whatever metadata it carries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    /// Title line, blank line, then paragraphs separated by blank lines.
    pub text: String,
    /// The page's title as Readability resolved it (metadata, then `<title>`).
    pub title: Option<String>,
    /// Canonical URL: `<link rel=canonical>`, else `og:url`, else JSON-LD `url`;
    /// absolute `http(s)` URLs only, since a relative one cannot be resolved.
    pub url: Option<String>,
    /// Publication date-time as the page states it (JSON-LD `datePublished`,
    /// `article:published_time` and other common meta tags).
    pub published: Option<String>,
    /// The outlet's name (`og:site_name`).
    pub site_name: Option<String>,
    /// Primary language subtag of `<html lang>`, lower-case (`ru` for `ru-RU`).
    pub language: Option<String>,
}

/// Extracts the article from an HTML page.
///
/// Truncated HTML is parsed as far as it goes (HTML parsing never fails); a
/// page with no text at all is [`Reason::NoArticle`]. A panic inside the
/// extractor is caught and reported as [`Reason::HtmlExtractor`], because one
/// hostile page must not end a run over a whole corpus.
pub fn extract_article(html: &str) -> Result<Article, Reason> {
    panic::catch_unwind(AssertUnwindSafe(|| extract(html))).unwrap_or_else(|_| {
        Err(Reason::HtmlExtractor(
            "the extractor panicked on this page".into(),
        ))
    })
}

/// Deepest element nesting accepted. Real pages stay under a few dozen levels; the
/// readability pass grows with the square of the depth, so a page nested thousands
/// deep (a broken or hostile one) would stall a whole run.
const MAX_NESTING: usize = 512;

/// An upper bound of the element nesting depth, from the tags alone: every opening
/// tag that is not void or self-closed counts one level, every closing tag one less.
fn nesting_depth(html: &str) -> usize {
    const VOID: [&str; 14] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    ];
    let (mut depth, mut deepest) = (0usize, 0usize);
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        let start = i + off + 1;
        let end = html[start..]
            .find('>')
            .map(|e| start + e)
            .unwrap_or(html.len());
        let tag = &html[start..end];
        if tag.starts_with('/') {
            depth = depth.saturating_sub(1);
        } else if bytes.get(start).is_some_and(|b| b.is_ascii_alphabetic()) && !tag.ends_with('/') {
            let name: String = tag
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            if !VOID.contains(&name.as_str()) {
                depth += 1;
                deepest = deepest.max(depth);
            }
        }
        i = end.min(html.len());
        if i >= html.len() {
            break;
        }
    }
    deepest
}

fn extract(html: &str) -> Result<Article, Reason> {
    let depth = nesting_depth(html);
    if depth > MAX_NESTING {
        return Err(Reason::HtmlExtractor(format!(
            "elements nested {depth} deep, more than the {MAX_NESTING} a page can have"
        )));
    }
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let mut readability = Readability::new(html, None, Some(config))
        .map_err(|e| Reason::HtmlExtractor(e.to_string()))?;

    // Read before `parse`, which rewrites the document.
    let canonical = canonical_url(&readability);
    let h1 = collapse_whitespace(&readability.doc.select("h1").first().text());
    let published_fallback = published_from_markup(&readability);

    let article = match readability.parse() {
        Ok(article) => article,
        Err(ReadabilityError::GrabFailed) => return Err(Reason::NoArticle),
        Err(e) => return Err(Reason::HtmlExtractor(e.to_string())),
    };

    let title = headline(collapse_whitespace(&article.title), h1);
    let body = paragraphs(&article.text_content);
    let text = match (title.is_empty(), body.is_empty()) {
        (true, true) => return Err(Reason::NoArticle),
        (true, false) => body,
        (false, true) => title.clone(),
        (false, false) if starts_with_headline(&body, &title) => body,
        (false, false) => format!("{title}\n\n{body}"),
    };

    Ok(Article {
        text,
        title: non_empty(title),
        url: canonical.or_else(|| article.url.filter(|u| is_absolute_http(u))),
        published: article
            .published_time
            .and_then(|p| non_empty(p.trim().to_owned()))
            .or(published_fallback),
        site_name: article
            .site_name
            .and_then(|s| non_empty(collapse_whitespace(&s))),
        language: article.lang.as_deref().and_then(primary_language),
    })
}

/// `<link rel=canonical>`, else `og:url`, when absolute.
fn canonical_url(readability: &Readability) -> Option<String> {
    let doc = &readability.doc;
    let candidates = [
        doc.select(r#"link[rel~="canonical"]"#).attr("href"),
        doc.select(r#"meta[property="og:url"]"#).attr("content"),
    ];
    candidates
        .into_iter()
        .flatten()
        .map(|u| u.trim().to_owned())
        .find(|u| is_absolute_http(u))
}

/// Publication time from markup that Readability's metadata does not read:
/// JSON-LD `datePublished` anywhere in the graph (Readability only reads a
/// top-level Article object), microdata, and common `<meta name>` variants.
fn published_from_markup(readability: &Readability) -> Option<String> {
    let doc = &readability.doc;
    for script in doc.select(r#"script[type="application/ld+json"]"#).iter() {
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(&script.text()) {
            if let Some(date) = find_string_field(&value, "datePublished") {
                return Some(date);
            }
        }
    }
    const SELECTORS: &[(&str, &str)] = &[
        (r#"meta[itemprop="datePublished"]"#, "content"),
        (r#"time[itemprop="datePublished"]"#, "datetime"),
        (r#"meta[property="og:published_time"]"#, "content"),
        (r#"meta[name="pubdate"]"#, "content"),
        (r#"meta[name="publishdate"]"#, "content"),
        (r#"meta[name="publish-date"]"#, "content"),
        (r#"meta[name="date"]"#, "content"),
    ];
    SELECTORS.iter().find_map(|(selector, attr)| {
        doc.select(selector)
            .attr(attr)
            .and_then(|v| non_empty(v.trim().to_owned()))
    })
}

/// Depth-first search for a non-empty string under `key` in a JSON-LD value
/// (objects, arrays, `@graph`).
fn find_string_field(value: &serde_json::Value, key: &str) -> Option<String> {
    match value {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::String(s)) = map.get(key) {
                if !s.trim().is_empty() {
                    return Some(s.trim().to_owned());
                }
            }
            map.values().find_map(|v| find_string_field(v, key))
        }
        serde_json::Value::Array(items) => items.iter().find_map(|v| find_string_field(v, key)),
        _ => None,
    }
}

/// The extractor's formatted text with one blank line between paragraphs,
/// no trailing spaces, and no blank lines at either end.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_blank = false;
    for line in text.lines().map(str::trim_end) {
        if line.trim().is_empty() {
            pending_blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if pending_blank { "\n\n" } else { "\n" });
        }
        out.push_str(line.trim_start());
        pending_blank = false;
    }
    out
}

/// The page's `<h1>` when it is the headline that the `<title>` wraps in site
/// furniture ("Новости | headline", "headline - Site"), else the title.
///
/// The `<h1>` must make up most of the title, so that a logo or rubric in an
/// `<h1>` ("Uralskweek") is not taken for the headline.
fn headline(title: String, h1: String) -> String {
    let (title_words, h1_words) = (words(&title), words(&h1));
    if h1_words.is_empty() {
        return title;
    }
    if title_words.is_empty()
        || (covered_share(&h1_words, &title_words) >= 0.75
            && covered_share(&title_words, &h1_words) >= 0.5)
    {
        h1
    } else {
        title
    }
}

/// Whether the article's first line already is the headline, so that the
/// title is not repeated. Readability drops an `<h1>` that duplicates the
/// `<title>`, but keeps one that differs, for instance by a `| Site` suffix.
fn starts_with_headline(body: &str, title: &str) -> bool {
    let first = body.lines().next().unwrap_or_default();
    similar_lines(first, title)
}

/// Two lines say the same: mostly the same words, one way or the other, and
/// neither is more than twice as long as the other (a rubric such as "Новости"
/// is not the headline it belongs to; a paragraph that contains the headline's
/// words is not the headline).
fn similar_lines(a: &str, b: &str) -> bool {
    let (a, b) = (words(a), words(b));
    if a.is_empty() || b.is_empty() || a.len() > 2 * b.len() || b.len() > 2 * a.len() {
        return false;
    }
    covered_share(&a, &b) >= 0.75 || covered_share(&b, &a) >= 0.75
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Share of the characters of `of`'s words that also occur among `among`'s
/// words (Readability's `textSimilarity`).
fn covered_share(of: &[String], among: &[String]) -> f64 {
    let total: usize = of.iter().map(|w| w.chars().count()).sum();
    let covered: usize = of
        .iter()
        .filter(|w| among.contains(w))
        .map(|w| w.chars().count())
        .sum();
    covered as f64 / total.max(1) as f64
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn non_empty(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

fn is_absolute_http(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && !url.contains(char::is_whitespace)
}

/// `ru` from `ru-RU`, if it is a plausible ISO 639 code (2 or 3 letters).
fn primary_language(lang: &str) -> Option<String> {
    let primary = lang.trim().split(['-', '_']).next()?;
    ((2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| primary.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_separated_by_one_blank_line() {
        assert_eq!(paragraphs("\n\n  a  \n\n\n\nb\nc \n\n"), "a\n\nb\nc");
    }

    #[test]
    fn headline_detection() {
        let title = "Глава МИД Казахстана проинформирован | Новости";
        assert!(starts_with_headline(
            "Глава МИД Казахстана проинформирован о процессе нормализации\n\nТекст",
            title
        ));
        assert!(!starts_with_headline("Новости\n\nТекст", title));
        assert!(!starts_with_headline(
            "11 марта 2025 года министр иностранных дел",
            title
        ));
        // All the title's words, but in a paragraph, not a headline.
        assert!(!starts_with_headline(
            "Martın 3-də Azərbaycan Baş naziri Əli Əsədov onun dəvəti ilə Bakıda rəsmi səfərdə olan Qazaxıstanın Baş naziri Oljas Bektenovla görüşüb.",
            "Əli Əsədov Oljas Bektenovla görüşüb"
        ));
    }

    #[test]
    fn h1_wins_over_a_title_with_site_furniture() {
        let h = |t: &str, h1: &str| headline(t.into(), h1.into());
        assert_eq!(
            h(
                "Новости | Токаев и Алиев провели переговоры",
                "Токаев и Алиев провели переговоры"
            ),
            "Токаев и Алиев провели переговоры"
        );
        assert_eq!(
            h(
                "Токаев и Алиев провели переговоры | Uralskweek",
                "Uralskweek"
            ),
            "Токаев и Алиев провели переговоры | Uralskweek"
        );
        assert_eq!(h("", "Токаев"), "Токаев");
        assert_eq!(h("Токаев", ""), "Токаев");
    }

    #[test]
    fn json_ld_graph_date() {
        let v: serde_json::Value = serde_json::from_str(
            r#"{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2024-04-28T23:51:00+04:00"}]}"#,
        )
        .unwrap();
        assert_eq!(
            find_string_field(&v, "datePublished").as_deref(),
            Some("2024-04-28T23:51:00+04:00")
        );
    }

    #[test]
    fn language_subtag() {
        assert_eq!(primary_language("ru-RU").as_deref(), Some("ru"));
        assert_eq!(primary_language("AZ").as_deref(), Some("az"));
        assert_eq!(primary_language("x"), None);
    }
}

#[cfg(test)]
mod nesting_tests {
    use super::*;

    #[test]
    fn hostile_nesting_is_refused_quickly() {
        let page = format!(
            "<html><body>{}text{}</body></html>",
            "<div>".repeat(5000),
            "</div>".repeat(5000)
        );
        let started = std::time::Instant::now();
        let Err(err) = extract_article(&page) else {
            panic!("a page nested 5002 deep was accepted")
        };
        assert!(err.to_string().contains("nested 5002 deep"), "{err}");
        assert!(started.elapsed().as_secs() < 2);
    }

    #[test]
    fn void_and_closed_tags_do_not_count() {
        assert_eq!(
            nesting_depth("<html><body><p>a<br>b<img src=x/></p><p>c</p></body></html>"),
            3
        );
    }
}
