//! Shared fixtures: real Cyrillic text from the seed pages, temporary corpora,
//! and one-line summaries of what the reader yields, so that tests assert
//! exact outputs.
#![allow(dead_code)] // each test binary uses its own part of this module

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use communique_input::{InputDocument, InputItem};
use flate2::write::GzEncoder;
use flate2::Compression;

/// A plain text page in the shape of `seeds/000_e56c7479846dcf6a.txt`, limited
/// to characters that Windows-1251 and KOI8-R both have.
pub const PAGE: &str = "\
Глава МИД Казахстана проинформирован о процессе нормализации азербайджано-армянских отношений

13:02 / 11.03.2025 Просмотров: 2104

11 марта 2025 года министр иностранных дел Азербайджанской Республики Джейхун Байрамов в рамках официального визита в Казахстан встретился с вице-премьером, министром иностранных дел этой страны Муратом Нуртлеу.

Как сообщили в МИД Азербайджана, встреча один на один между министрами потом была продолжена в расширенном составе с участием делегаций двух стран.

Стороны обсудили вопросы стратегического партнерства двух стран, перспективы двустороннего и многостороннего сотрудничества. Ещё раз подчеркнуто значение Среднего коридора.
";

/// Sentences from `seeds/003_696e72025905c470.txt`.
pub const TOKAYEV: &str = "Касым-Жомарт Токаев и Ильхам Алиев провели переговоры";
pub const TOKAYEV_P1: &str = "В ходе рабочей поездки в Баку Глава государства провел встречу с Президентом Азербайджана, сообщает пресс-служба Akorda.kz.";
pub const TOKAYEV_P2: &str = "Как отметил Глава нашего государства, взаимоотношения между Казахстаном и Азербайджаном развиваются по восходящей линии.";
/// From `seeds/001_df5243bf1c4e2f29.txt`.
pub const BLINKEN: &str = "28 апреля государственный секретарь США Энтони Блинкен позвонил Президенту Азербайджанской Республики Ильхаму Алиеву.";
/// From `seeds/004_15d7fedb3d65d3cb.txt` (Azerbaijani, Latin script).
pub const ASADOV: &str = "Martın 3-də Azərbaycan Baş naziri Əli Əsədov onun dəvəti ilə Bakıda rəsmi səfərdə olan Qazaxıstanın Baş naziri Oljas Bektenovla görüşüb.";

/// A news page as outlets serve it: menu, article, related news, footer,
/// Open Graph, canonical link and JSON-LD.
pub fn news_page_html(charset: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="ru-RU">
<head>
<meta charset="{charset}">
<title>{TOKAYEV} | Новости Казахстана</title>
<link rel="canonical" href="https://example.kz/news/tokayev-aliyev">
<meta property="og:url" content="https://example.kz/amp/tokayev-aliyev">
<meta property="og:site_name" content="Uralskweek">
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"WebSite","name":"Uralskweek"}},{{"@type":"NewsArticle","headline":"x","datePublished":"2023-11-24T15:45:00+05:00"}}]}}</script>
</head>
<body>
<header><nav><ul><li><a href="/">Главная</a></li><li><a href="/politics">Политика</a></li><li><a href="/sport">Спорт</a></li></ul></nav></header>
<main>
<article>
<h1>{TOKAYEV}</h1>
<p>{TOKAYEV_P1}</p>
<p>Поблагодарив Ильхама Алиева за традиционное гостеприимство и организацию первого Саммита СПЕКА, Касым-Жомарт Токаев назвал Баку жемчужиной Каспийского региона и одним из красивейших городов мира.</p>
<p>{TOKAYEV_P2}</p>
<p>В свою очередь Президент Азербайджана поблагодарил Касым-Жомарта Токаева за участие в предстоящем Саммите СПЕКА.</p>
</article>
<aside class="related"><h3>Другие новости</h3><ul><li><a href="/n/1">Погода в Уральске</a></li><li><a href="/n/2">Курс валют</a></li></ul></aside>
</main>
<footer><p>Все права защищены. Копирование запрещено.</p></footer>
</body>
</html>
"#
    )
}

/// What [`news_page_html`] must come out as.
pub fn news_page_text() -> String {
    format!(
        "{TOKAYEV}\n\n{TOKAYEV_P1}\n\nПоблагодарив Ильхама Алиева за традиционное гостеприимство и организацию первого Саммита СПЕКА, Касым-Жомарт Токаев назвал Баку жемчужиной Каспийского региона и одним из красивейших городов мира.\n\n{TOKAYEV_P2}\n\nВ свою очередь Президент Азербайджана поблагодарил Касым-Жомарта Токаева за участие в предстоящем Саммите СПЕКА."
    )
}

/// A document's fields, comparable (the record type has no `PartialEq`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Doc {
    pub id: String,
    pub url: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    pub language: Option<String>,
    pub text: String,
}

impl From<InputDocument> for Doc {
    fn from(d: InputDocument) -> Self {
        Doc {
            id: d.id,
            url: d.url,
            source: d.source,
            published: d.published,
            language: d.language,
            text: d.text,
        }
    }
}

/// A text document with only an id.
pub fn text_doc(id: &str, text: &str) -> Doc {
    Doc {
        id: id.into(),
        text: text.into(),
        ..Doc::default()
    }
}

/// `OK <id>` or `ERR <message>`: the order and outcome of a run at a glance.
pub fn outline(items: impl IntoIterator<Item = InputItem>) -> Vec<String> {
    items
        .into_iter()
        .map(|item| match item {
            Ok(d) => format!("OK {}", d.id),
            Err(e) => format!("ERR {e}"),
        })
        .collect()
}

/// Documents, panicking with the error message on any error.
pub fn docs(items: impl IntoIterator<Item = InputItem>) -> Vec<Doc> {
    items
        .into_iter()
        .map(|item| {
            item.map(Doc::from)
                .unwrap_or_else(|e| panic!("unexpected error: {e}"))
        })
        .collect()
}

/// Writes `bytes` at `root/rel`, creating directories.
pub fn write(root: &Path, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, bytes).unwrap();
    path
}

pub fn gzip(bytes: impl AsRef<[u8]>) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(bytes.as_ref()).unwrap();
    encoder.finish().unwrap()
}

/// `text` in a legacy encoding, asserting that every character has a code.
pub fn encode(text: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding.encode(text);
    assert!(!unmappable, "{} cannot encode the fixture", encoding.name());
    bytes.into_owned()
}

/// UTF-16 with a byte order mark (encoding_rs only decodes UTF-16).
pub fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut bytes = if little_endian {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for unit in text.encode_utf16() {
        let pair = if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        };
        bytes.extend_from_slice(&pair);
    }
    bytes
}
