//! Rendering a generated page as the two forms crawlers save: the text a
//! scraper keeps (lines, blank lines between paragraphs, furniture included)
//! and an HTML page with navigation, scripts and a related-links aside.

use crate::page::{Block, Page};
use std::fmt::Write;

/// The page as a scraper's plain-text dump, like the files in `seeds/`.
pub fn text(page: &Page) -> String {
    let mut out = String::with_capacity(8 * 1024);
    out.push_str(page.site);
    out.push('\n');
    for item in &page.menu {
        out.push_str(item);
        out.push('\n');
    }
    let _ = write!(out, "\n{}\n\n{}", page.title, page.header_date);
    match &page.views {
        // Counters share the date line on some sites and stand alone on others.
        Some(v) if page.published.minute.is_multiple_of(2) => {
            let _ = write!(out, " {v}");
        }
        Some(v) => {
            let _ = write!(out, "\n{v}");
        }
        None => {}
    }
    out.push('\n');
    for line in [&page.image, &page.photo].into_iter().flatten() {
        let _ = writeln!(out, "{line}");
    }
    for block in &page.body {
        match block {
            Block::Paragraph(p) => {
                let _ = write!(out, "\n{p}\n");
                if p.len() % 3 == 0 {
                    out.push('\n');
                }
            }
            Block::Noise(n) => {
                let _ = write!(out, "\n{n}\n");
            }
        }
    }
    out.push('\n');
    for line in [page.subscribe.map(str::to_string), page.tags.clone()]
        .into_iter()
        .flatten()
    {
        let _ = writeln!(out, "{line}\n");
    }
    if let Some((marker, headlines)) = &page.related {
        let _ = writeln!(out, "{marker}\n");
        for h in headlines {
            let _ = writeln!(out, "{h}\n");
        }
    }
    for item in &page.footer_menu {
        let _ = writeln!(out, "{item}\n");
    }
    out.push_str(&page.copyright);
    out.push('\n');
    out
}

/// The page as an outlet's HTML, for the input side's article extractor.
pub fn html(page: &Page) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let d = page.published;
    let iso = format!(
        "{}-{:02}-{:02}T{:02}:{:02}:00+04:00",
        d.year, d.month, d.day, d.hour, d.minute
    );
    let title = escape(&page.title);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <title>{title} | {site}</title>\
         <meta property=\"og:title\" content=\"{title}\">\
         <meta property=\"article:published_time\" content=\"{iso}\">\
         <script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script>\
         <style>body{{font-family:sans-serif}}.menu li{{display:inline}}</style></head>\n<body>\
         <header><div class=\"logo\">{site}</div><nav><ul class=\"menu\">",
        page.language,
        site = escape(page.site),
    );
    for (i, item) in page.menu.iter().enumerate() {
        let _ = write!(
            out,
            "<li><a href=\"/category/{i}\">{}</a></li>",
            escape(item)
        );
    }
    let _ = write!(out, "</ul></nav></header>\n<main><article><h1>{title}</h1><div class=\"meta\"><time datetime=\"{iso}\">{}</time>", escape(&page.header_date));
    if let Some(v) = &page.views {
        let _ = write!(out, " <span class=\"views\">{}</span>", escape(v));
    }
    out.push_str("</div>\n");
    if let Some(id) = &page.image {
        let caption = page.photo.as_deref().map(escape).unwrap_or_default();
        let _ = writeln!(out, "<figure><img src=\"/uploads/{id}.jpg\" alt=\"{id}\"><figcaption>{caption}</figcaption></figure>");
    }
    for block in &page.body {
        match block {
            Block::Paragraph(p) => {
                let _ = writeln!(out, "<p>{}</p>", escape(p));
            }
            Block::Noise(n) => {
                let _ = writeln!(out, "<div class=\"inline-related\">{}</div>", escape(n));
            }
        }
    }
    if let Some(s) = page.subscribe {
        let _ = write!(
            out,
            "<div class=\"subscribe\"><a href=\"https://t.me/example\">{}</a></div>",
            escape(s)
        );
    }
    out.push_str("</article>\n");
    if let Some((marker, headlines)) = &page.related {
        let _ = write!(
            out,
            "<aside class=\"related\"><h3>{}</h3><ul>",
            escape(marker)
        );
        for (i, h) in headlines.iter().enumerate() {
            let _ = write!(out, "<li><a href=\"/news/{i}\">{}</a></li>", escape(h));
        }
        out.push_str("</ul></aside>");
    }
    let _ = write!(out, "</main>\n<footer><ul>");
    for item in &page.footer_menu {
        let _ = write!(out, "<li>{}</li>", escape(item));
    }
    let _ = writeln!(
        out,
        "</ul><p>{}</p></footer><script src=\"/static/app.js\"></script></body></html>",
        escape(&page.copyright)
    );
    out
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}
