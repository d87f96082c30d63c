//! HTML pages: the article found by the Readability port, title and paragraph
//! breaks kept, metadata taken from the page.

mod common;

use common::*;
use communique_input::{page_from_bytes, read_inputs, PageKind, ReadOptions};

fn page(html: &str) -> Doc {
    page_from_bytes(Some("p.html".into()), html.as_bytes(), Some(PageKind::Html))
        .map(Doc::from)
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn news_page_yields_article_without_furniture_and_its_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "tokayev.html", news_page_html("utf-8"));
    let got = docs(read_inputs(&[path], &ReadOptions::default()));
    assert_eq!(
        got,
        vec![Doc {
            id: "tokayev.html".into(),
            url: Some("https://example.kz/news/tokayev-aliyev".into()),
            source: Some("Uralskweek".into()),
            published: Some("2023-11-24T15:45:00+05:00".into()),
            language: Some("ru".into()),
            text: news_page_text(),
        }]
    );
}

#[test]
fn h1_headline_beats_a_title_with_a_rubric_and_br_is_a_line_break() {
    let html = format!(
        "<html><head><title>Новости | {TOKAYEV}</title>\
         <meta property=\"article:published_time\" content=\"2023-11-24T15:45\">\
         <link rel=canonical href=\"/relative/is/useless\">\
         <meta property=\"og:url\" content=\"https://x.kz/a\"></head>\
         <body><div class=menu><a href=/>Главная</a></div><div class=content>\
         <h1>{TOKAYEV}</h1><p>{TOKAYEV_P1}<br>{TOKAYEV_P2}</p><p>{BLINKEN}</p></div></body></html>"
    );
    assert_eq!(
        page(&html),
        Doc {
            id: "p.html".into(),
            url: Some("https://x.kz/a".into()),
            published: Some("2023-11-24T15:45".into()),
            text: format!("{TOKAYEV}\n\n{TOKAYEV_P1}\n{TOKAYEV_P2}\n\n{BLINKEN}"),
            ..Doc::default()
        }
    );
}

#[test]
fn page_without_title_starts_with_its_first_paragraph() {
    let html = format!("<p>{TOKAYEV_P1}</p><p>{TOKAYEV_P2}</p>");
    assert_eq!(page(&html).text, format!("{TOKAYEV_P1}\n\n{TOKAYEV_P2}"));
}

#[test]
fn title_is_prepended_when_the_article_has_no_headline() {
    let html = format!(
        "<html lang=az><head><title>Əli Əsədov Oljas Bektenovla görüşüb</title></head>\
         <body><article><p>{ASADOV}</p></article></body></html>"
    );
    assert_eq!(
        page(&html),
        Doc {
            id: "p.html".into(),
            language: Some("az".into()),
            text: format!("Əli Əsədov Oljas Bektenovla görüşüb\n\n{ASADOV}"),
            ..Doc::default()
        }
    );
}

#[test]
fn truncated_html_yields_the_text_up_to_the_cut() {
    let full = news_page_html("utf-8");
    let cut = full.find("Поблагодарив").unwrap() + 200; // inside a word
    let got = page_from_bytes(None, &full.as_bytes()[..cut], None).unwrap();
    assert_eq!(
        got.text,
        format!(
            "{TOKAYEV}\n\n{TOKAYEV_P1}\n\nПоблагодарив Ильхама Алиева за традиционное гостеприимство и организацию первого Саммита СПЕКА, Касым-Жома"
        )
    );
    assert_eq!(
        got.url.as_deref(),
        Some("https://example.kz/news/tokayev-aliyev")
    );
}

#[test]
fn truncated_html_without_body_is_a_clear_error() {
    let full = news_page_html("utf-8");
    let head_only = &full[..full.find("<body>").unwrap()];
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "cut.html", head_only);
    let want = format!("ERR {}: no article text found in the HTML", path.display());
    assert_eq!(
        outline(read_inputs(&[path], &ReadOptions::default())),
        [want]
    );
}

#[test]
fn html_saved_under_a_text_name_is_sniffed() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "000_page.txt", news_page_html("utf-8"));
    let got = docs(read_inputs(&[path], &ReadOptions::default()));
    assert_eq!(got[0].id, "000_page.txt");
    assert_eq!(got[0].text, news_page_text());
}

#[test]
fn json_ld_and_microdata_dates() {
    let with = |head: &str| {
        page(&format!(
            "<html><head><title>{TOKAYEV}</title>{head}</head><body><p>{TOKAYEV_P1}</p></body></html>"
        ))
        .published
    };
    assert_eq!(
        with(r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-04-28T23:51"}</script>"#).as_deref(),
        Some("2024-04-28T23:51")
    );
    assert_eq!(
        with(r#"<meta itemprop="datePublished" content="2025-03-11">"#).as_deref(),
        Some("2025-03-11")
    );
    assert_eq!(with(""), None);
}
