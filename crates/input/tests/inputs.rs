//! Every kind of input: text and HTML files, gzip, JSON Lines files, and
//! standard input with its format sniffed.

mod common;

use common::*;
use communique_input::{content_id, read_inputs, read_stream, ReadOptions};

fn jsonl_feed() -> String {
    let html = news_page_html("utf-8").replace('\n', " ");
    [
        serde_json_line(&[
            ("id", "kz-1"),
            ("url", "https://kz/1"),
            ("source", "Akorda"),
            ("published", "2023-11-24"),
            ("language", "ru"),
            ("text", PAGE),
        ]),
        "{\"id\": \"broken\", \"text\": \"Токаев".to_string(),
        serde_json_line(&[("html", &html), ("source", "Given beats og:site_name")]),
        String::new(),
        serde_json_line(&[("id", "az-1"), ("text", ASADOV)]),
    ]
    .join("\n")
}

/// One JSON object per line, fields in the order given.
fn serde_json_line(fields: &[(&str, &str)]) -> String {
    let map: serde_json::Map<String, serde_json::Value> = fields
        .iter()
        .map(|(k, v)| (k.to_string(), serde_json::Value::String(v.to_string())))
        .collect();
    serde_json::Value::Object(map).to_string()
}

fn want_feed() -> Vec<Result<Doc, String>> {
    vec![
        Ok(Doc {
            id: "kz-1".into(),
            url: Some("https://kz/1".into()),
            source: Some("Akorda".into()),
            published: Some("2023-11-24".into()),
            language: Some("ru".into()),
            text: PAGE.into(),
        }),
        Err(":2: malformed JSON: EOF while parsing a string (column 38)".into()),
        Ok(Doc {
            id: content_id(&news_page_text()),
            url: Some("https://example.kz/news/tokayev-aliyev".into()),
            source: Some("Given beats og:site_name".into()),
            published: Some("2023-11-24T15:45:00+05:00".into()),
            language: Some("ru".into()),
            text: news_page_text(),
        }),
        Ok(text_doc("az-1", ASADOV)),
    ]
}

/// Documents as `Ok`, errors as their message with `prefix` (the input) cut off.
fn results(
    items: impl IntoIterator<Item = communique_input::InputItem>,
    prefix: &str,
) -> Vec<Result<Doc, String>> {
    items
        .into_iter()
        .map(|item| {
            item.map(Doc::from)
                .map_err(|e| e.to_string().replacen(prefix, "", 1))
        })
        .collect()
}

#[test]
fn plain_text_file_keeps_its_text_and_is_named_by_its_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "corpus/000_e56c7479846dcf6a.txt", PAGE);
    assert_eq!(
        docs(read_inputs(&[path], &ReadOptions::default())),
        vec![text_doc("000_e56c7479846dcf6a.txt", PAGE)]
    );
}

#[test]
fn gzip_is_transparent_and_keeps_the_id() {
    let dir = tempfile::tempdir().unwrap();
    let paths = vec![
        write(dir.path(), "000_e56c7479846dcf6a.txt.gz", gzip(PAGE)),
        write(dir.path(), "tokayev.html.gz", gzip(news_page_html("utf-8"))),
        // Mislabelled: gzip content without the suffix is still recognised.
        write(dir.path(), "001.txt", gzip(BLINKEN)),
        // Multi-member gzip, as `cat a.gz b.gz > c.gz` makes.
        write(
            dir.path(),
            "002.txt.gz",
            [gzip("Первая часть. "), gzip("Вторая часть.")].concat(),
        ),
    ];
    let got: Vec<(String, String)> = docs(read_inputs(&paths, &ReadOptions::default()))
        .into_iter()
        .map(|d| (d.id, d.text))
        .collect();
    assert_eq!(
        got,
        vec![
            ("000_e56c7479846dcf6a.txt".into(), PAGE.into()),
            ("tokayev.html".into(), news_page_text()),
            ("001.txt".into(), BLINKEN.into()),
            ("002.txt".into(), "Первая часть. Вторая часть.".into()),
        ]
    );
}

#[test]
fn jsonl_file_with_a_bad_line_among_good_ones() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "feed.jsonl", jsonl_feed());
    let prefix = path.display().to_string();
    assert_eq!(
        results(read_inputs(&[path], &ReadOptions::default()), &prefix),
        want_feed()
    );
}

#[test]
fn jsonl_gz_and_ndjson() {
    let dir = tempfile::tempdir().unwrap();
    let gz = write(dir.path(), "feed.jsonl.gz", gzip(jsonl_feed()));
    let nd = write(dir.path(), "feed.ndjson", jsonl_feed());
    for path in [gz, nd] {
        let prefix = path.display().to_string();
        assert_eq!(
            results(read_inputs(&[path], &ReadOptions::default()), &prefix),
            want_feed()
        );
    }
}

#[test]
fn stdin_sniffs_json_lines() {
    let feed = jsonl_feed();
    let got = results(
        read_stream("<stdin>", feed.as_bytes(), &ReadOptions::default()),
        "<stdin>",
    );
    assert_eq!(got, want_feed());
    let gz = gzip(&feed);
    let got = results(
        read_stream("<stdin>", gz.as_slice(), &ReadOptions::default()),
        "<stdin>",
    );
    assert_eq!(got, want_feed());
}

#[test]
fn stdin_sniffs_html_and_text() {
    let html = news_page_html("utf-8");
    let got = docs(read_stream(
        "<stdin>",
        html.as_bytes(),
        &ReadOptions::default(),
    ));
    assert_eq!(got[0].id, content_id(&news_page_text()));
    assert_eq!(got[0].text, news_page_text());
    assert_eq!(
        got[0].url.as_deref(),
        Some("https://example.kz/news/tokayev-aliyev")
    );

    let got = docs(read_stream(
        "<stdin>",
        PAGE.as_bytes(),
        &ReadOptions::default(),
    ));
    assert_eq!(got, vec![text_doc(&content_id(PAGE), PAGE)]);

    let gz = gzip(PAGE);
    let got = docs(read_stream(
        "<stdin>",
        gz.as_slice(),
        &ReadOptions::default(),
    ));
    assert_eq!(got, vec![text_doc(&content_id(PAGE), PAGE)]);
}

#[test]
fn stdin_reads_in_small_pieces() {
    /// A reader that hands out one byte per call, as a slow pipe may.
    struct Trickle<'a>(&'a [u8]);
    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.0.is_empty() || buf.is_empty() {
                return Ok(0);
            }
            buf[0] = self.0[0];
            self.0 = &self.0[1..];
            Ok(1)
        }
    }
    let gz = gzip(jsonl_feed());
    let got = results(
        read_stream("<stdin>", Trickle(&gz), &ReadOptions::default()),
        "<stdin>",
    );
    assert_eq!(got, want_feed());
}

#[test]
fn same_content_same_id_on_reingest() {
    let a: Vec<_> = docs(read_stream(
        "<stdin>",
        PAGE.as_bytes(),
        &ReadOptions::default(),
    ));
    let b: Vec<_> = docs(read_stream(
        "<stdin>",
        gzip(PAGE).as_slice(),
        &ReadOptions::default(),
    ));
    assert_eq!(a[0].id, b[0].id);
    assert!(
        a[0].id.starts_with("sha256:") && a[0].id.len() == 7 + 16,
        "{}",
        a[0].id
    );
}
