//! Bad input never stops the stream and never passes silently: each bad
//! document is one error naming the input (and line) and the reason, and the
//! documents after it still come out.

mod common;

use common::*;
use communique_input::{read_inputs, read_stream, ReadOptions};

fn small_limit() -> ReadOptions {
    ReadOptions { max_bytes: 1000 }
}

#[test]
fn default_limit_is_50_mb() {
    assert_eq!(ReadOptions::default().max_bytes, 50_000_000);
}

#[test]
fn a_corpus_of_bad_files_yields_one_error_each_and_the_good_ones() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let png = [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".as_slice(),
        &[7u8; 64],
    ]
    .concat();
    let control_soup: Vec<u8> = (1u8..32).cycle().take(600).collect();
    let long_page = PAGE.repeat(3); // over 1000 bytes
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("01_good.txt", BLINKEN.into()),
        ("02_image.png", png),
        ("03_empty.txt", Vec::new()),
        ("04_blank.txt", b" \n\r\n\t\n".to_vec()),
        ("05_controls.dat", control_soup),
        ("06_big.txt", long_page.clone().into_bytes()),
        ("07_big.txt.gz", gzip(&long_page)), // small on disk, big inside
        // A valid 10-byte gzip header, then bytes that are not deflate data.
        (
            "08_bad.txt.gz",
            b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xff\xffgarbage".to_vec(),
        ),
        ("09_cut.txt.gz", gzip(PAGE)[..40].to_vec()),
        ("10_empty.jsonl", Vec::new()),
        ("11_good.txt", ASADOV.into()),
    ];
    for (name, bytes) in &files {
        write(root, name, bytes);
    }
    let p = |name: &str| root.join(name).display().to_string();
    assert_eq!(
        outline(read_inputs(
            &[root.to_path_buf(), root.join("missing.txt")],
            &small_limit()
        )),
        [
            "OK 01_good.txt".to_string(),
            format!("ERR {}: binary content, not text", p("02_image.png")),
            format!("ERR {}: empty file", p("03_empty.txt")),
            format!("ERR {}: no text, only whitespace", p("04_blank.txt")),
            format!("ERR {}: binary content, not text", p("05_controls.dat")),
            format!(
                "ERR {}: file is {} bytes, over the 1000-byte limit",
                p("06_big.txt"),
                long_page.len()
            ),
            format!(
                "ERR {}: more than 1000 bytes, over the limit",
                p("07_big.txt.gz")
            ),
            format!(
                "ERR {}: corrupt or truncated gzip data: corrupt deflate stream",
                p("08_bad.txt.gz")
            ),
            format!(
                "ERR {}: corrupt or truncated gzip data: incomplete deflate stream",
                p("09_cut.txt.gz")
            ),
            format!("ERR {}: empty file", p("10_empty.jsonl")),
            "OK 11_good.txt".to_string(),
            format!("ERR {}: no such file or directory", p("missing.txt")),
        ]
    );
}

#[test]
fn errors_carry_a_stable_key_for_the_run_summary() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "big.txt", PAGE.repeat(3));
    let keys: Vec<&str> = read_inputs(&[path, dir.path().join("nope")], &small_limit())
        .map(|item| item.unwrap_err().reason.key())
        .collect();
    assert_eq!(keys, ["too-large", "not-found"]);
}

#[test]
fn jsonl_bad_lines_are_reported_by_line_and_the_rest_goes_on() {
    let long_text = "Токаев ".repeat(200); // 2600 bytes: over the limit
    let lines = [
        format!("{{\"id\":\"ok-1\",\"text\":\"{BLINKEN}\"}}"),
        "{\"id\":\"x\",\"text\":\"oops\"".to_string(),
        "not json at all".to_string(),
        "[\"an\",\"array\"]".to_string(),
        "{\"id\":\"no-text\",\"url\":\"https://x\"}".to_string(),
        "{\"id\":\"nulls\",\"text\":null,\"html\":null}".to_string(),
        format!("{{\"id\":\"long\",\"text\":\"{long_text}\"}}"),
        "{\"id\":\"empty-html\",\"html\":\"<html><head><title></title></head></html>\"}"
            .to_string(),
        "{\"id\":\"wrong-type\",\"text\":\"x\",\"published\":20250311}".to_string(),
        format!("{{\"id\":\"ok-2\",\"text\":\"{ASADOV}\"}}"),
    ];
    let mut feed = lines.join("\n").into_bytes();
    // A line in Windows-1251, which JSON does not allow.
    feed.extend_from_slice(b"\n{\"id\":\"cp1251\",\"text\":\"");
    feed.extend_from_slice(&encode(TOKAYEV, encoding_rs::WINDOWS_1251));
    feed.extend_from_slice(b"\"}\n");
    feed.extend_from_slice(format!("{{\"id\":\"ok-3\",\"text\":\"{TOKAYEV}\"}}\n").as_bytes());

    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "feed.jsonl", &feed);
    let p = path.display().to_string();
    assert_eq!(
        outline(read_inputs(&[path], &small_limit())),
        [
            "OK ok-1".to_string(),
            format!("ERR {p}:2: malformed JSON: EOF while parsing an object (column 23)"),
            format!("ERR {p}:3: malformed JSON: expected ident (column 2)"),
            format!("ERR {p}:4: invalid record: not a JSON object"),
            format!("ERR {p}:5: record has neither \"text\" nor \"html\""),
            format!("ERR {p}:6: record has neither \"text\" nor \"html\""),
            format!("ERR {p}:7: line is longer than the 1000-byte limit"),
            format!("ERR {p}:8: no article text found in the HTML"),
            format!("ERR {p}:9: invalid record: invalid type: integer `20250311`, expected a string (column 50)"),
            "OK ok-2".to_string(),
            format!("ERR {p}:11: invalid UTF-8 at byte 23 of the line"),
            "OK ok-3".to_string(),
        ]
    );
}

#[test]
fn stdin_over_the_limit_is_refused_without_reading_it_all() {
    /// Endless input: the reader must stop at the limit, not run out of memory.
    struct Endless;
    impl std::io::Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            buf.fill(b'a');
            Ok(buf.len())
        }
    }
    assert_eq!(
        outline(read_stream("<stdin>", Endless, &small_limit())),
        ["ERR <stdin>: more than 1000 bytes, over the limit"]
    );
}

#[test]
fn stdin_errors_are_named_stdin() {
    assert_eq!(
        outline(read_stream("<stdin>", &b""[..], &small_limit())),
        ["ERR <stdin>: empty file"]
    );
    assert_eq!(
        outline(read_stream(
            "<stdin>",
            &b"\x00\x01\x02binary"[..],
            &small_limit()
        )),
        ["ERR <stdin>: binary content, not text"]
    );
}

#[test]
fn a_read_error_mid_stream_ends_that_input_with_one_error() {
    /// Gives one good JSON line, then fails like a dropped network mount.
    struct Failing(Vec<u8>);
    impl std::io::Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.0.is_empty() {
                return Err(std::io::Error::other("connection reset"));
            }
            let n = buf.len().min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0.drain(..n);
            Ok(n)
        }
    }
    let line = format!("{{\"id\":\"a\",\"text\":\"{BLINKEN}\"}}\n");
    assert_eq!(
        outline(read_stream(
            "<stdin>",
            Failing(line.into_bytes()),
            &small_limit()
        )),
        ["OK a", "ERR <stdin>:2: read failed: connection reset"]
    );
}
