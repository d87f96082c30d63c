//! Any bytes through the decoder and the HTML extractor, as a file of unknown
//! format and as standard input: no panic, and the contract holds (a document
//! has non-blank text and an id; an error is one line).
//!
//! libfuzzer-sys installs a panic hook that aborts, so a panic inside the
//! extractor is reported as a crash even though `extract_article` catches it
//! in production.
#![no_main]

use communique_input::{page_from_bytes, read_stream, InputDocument, PageKind, ReadOptions};
use libfuzzer_sys::fuzz_target;

fn check(result: Result<InputDocument, String>) {
    match result {
        Ok(document) => {
            assert!(!document.text.trim().is_empty());
            assert!(!document.id.is_empty());
        }
        Err(message) => assert!(!message.contains('\n'), "{message}"),
    }
}

fuzz_target!(|data: &[u8]| {
    check(page_from_bytes(None, data, None).map_err(|e| e.to_string()));
    check(page_from_bytes(Some("f.html".into()), data, Some(PageKind::Html)).map_err(|e| e.to_string()));
    let opts = ReadOptions { max_bytes: 1 << 20 };
    for item in read_stream("<fuzz>", data, &opts) {
        check(item.map_err(|e| e.to_string()));
    }
});
