//! Encodings detected, not assumed: one Russian page saved in every encoding a
//! Cyrillic outlet uses comes out as the identical string.

mod common;

use common::*;
use communique_input::{content_id, read_inputs, read_stream, InputItem, ReadOptions};
use encoding_rs::{KOI8_R, WINDOWS_1251};

/// The page in every supported encoding, named after it.
fn encodings(text: &str) -> Vec<(&'static str, Vec<u8>)> {
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());
    vec![
        ("utf-8", text.as_bytes().to_vec()),
        ("utf-8-bom", bom),
        ("windows-1251", encode(text, WINDOWS_1251)),
        ("koi8-r", encode(text, KOI8_R)),
        ("utf-16le-bom", utf16(text, true)),
        ("utf-16be-bom", utf16(text, false)),
    ]
}

#[test]
fn fixtures_really_differ_in_bytes() {
    let all = encodings(PAGE);
    for (i, (a, x)) in all.iter().enumerate() {
        for (b, y) in &all[i + 1..] {
            assert_ne!(x, y, "{a} and {b} must be different byte sequences");
        }
    }
}

#[test]
fn text_page_in_every_encoding_decodes_to_the_same_text() {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<_> = encodings(PAGE)
        .into_iter()
        .map(|(name, bytes)| write(dir.path(), &format!("{name}.txt"), bytes))
        .collect();
    let got = docs(read_inputs(&paths, &ReadOptions::default()));
    let want: Vec<Doc> = encodings(PAGE)
        .into_iter()
        .map(|(name, _)| text_doc(&format!("{name}.txt"), PAGE))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn stdin_in_every_encoding_gets_the_same_text_and_content_id() {
    for (name, bytes) in encodings(PAGE) {
        let got: Vec<InputItem> =
            read_stream("<stdin>", bytes.as_slice(), &ReadOptions::default()).collect();
        assert_eq!(
            docs(got),
            vec![text_doc(&content_id(PAGE), PAGE)],
            "encoding {name}"
        );
    }
}

#[test]
fn html_page_with_meta_charset_in_every_encoding() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (name, _) in encodings("") {
        // Each page declares its own encoding, as the outlet served it.
        let label = name.trim_end_matches("-bom");
        let html = news_page_html(label);
        let bytes = encodings(&html)
            .into_iter()
            .find(|(n, _)| *n == name)
            .unwrap()
            .1;
        paths.push(write(dir.path(), &format!("{name}.html"), bytes));
    }
    for doc in docs(read_inputs(&paths, &ReadOptions::default())) {
        assert_eq!(doc.text, news_page_text(), "{}", doc.id);
        assert_eq!(doc.published.as_deref(), Some("2023-11-24T15:45:00+05:00"));
    }
}

#[test]
fn undeclared_and_misdeclared_html_is_detected() {
    let html = news_page_html("utf-8");
    let cases = [
        // Served as Windows-1251 while claiming UTF-8: the bytes win.
        ("lying-meta.html", encode(&html, WINDOWS_1251)),
        // KOI8-R with no declaration at all: chardetng decides.
        (
            "no-meta.html",
            encode(&html.replace("<meta charset=\"utf-8\">", ""), KOI8_R),
        ),
        // Re-saved as UTF-8 by the crawler, old declaration kept.
        (
            "stale-meta.html",
            news_page_html("windows-1251").into_bytes(),
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<_> = cases.iter().map(|(n, b)| write(dir.path(), n, b)).collect();
    let got: Vec<(String, String)> = docs(read_inputs(&paths, &ReadOptions::default()))
        .into_iter()
        .map(|d| (d.id, d.text))
        .collect();
    assert_eq!(
        got,
        vec![
            ("lying-meta.html".to_string(), news_page_text()),
            ("no-meta.html".to_string(), news_page_text()),
            ("stale-meta.html".to_string(), news_page_text()),
        ]
    );
}

#[test]
fn meta_charset_decides_when_detection_could_not() {
    // Two words are too little for statistics; the declaration settles it.
    let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><title>Токаев</title></head><body><p>Токаев и Алиев провели переговоры в Баку.</p></body></html>";
    let got = docs(read_stream(
        "<stdin>",
        encode(html, KOI8_R).as_slice(),
        &ReadOptions::default(),
    ));
    assert_eq!(
        got[0].text,
        "Токаев\n\nТокаев и Алиев провели переговоры в Баку."
    );
}

#[test]
fn long_pages_are_detected_from_their_beginning_correctly() {
    // Detection stops after a sample; the whole page must still decode right.
    let long = PAGE.repeat(30);
    for encoding in [WINDOWS_1251, KOI8_R] {
        let got = docs(read_stream(
            "<stdin>",
            encode(&long, encoding).as_slice(),
            &ReadOptions::default(),
        ));
        assert_eq!(got[0].text, long, "{}", encoding.name());
    }
}

#[test]
fn one_sentence_is_enough_to_detect_a_cyrillic_encoding() {
    use encoding_rs::{IBM866, ISO_8859_5};
    for text in [TOKAYEV, BLINKEN, "Встреча в Баку"] {
        for encoding in [WINDOWS_1251, KOI8_R, IBM866, ISO_8859_5] {
            let got = docs(read_stream(
                "<stdin>",
                encode(text, encoding).as_slice(),
                &ReadOptions::default(),
            ));
            assert_eq!(got[0].text, text, "{}", encoding.name());
        }
    }
}
