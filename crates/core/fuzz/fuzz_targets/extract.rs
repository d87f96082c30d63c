//! Any bytes (read as UTF-8, lossily, as the input side would hand them
//! over) through the whole extractor, with the language and publication date
//! given or not: no panic, and every offset in the record points into the
//! cleaned text and spells the text it claims.
#![no_main]

use communique_core::{Extractor, InputDocument, KnowledgeBase, Options};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        let kb = KnowledgeBase::embedded().expect("embedded knowledge base loads");
        Extractor::with_options(
            kb,
            Options {
                include_text: true,
                ..Options::default()
            },
        )
    })
}

const LANGUAGES: [Option<&str>; 7] = [
    None,
    Some("ru"),
    Some("az"),
    Some("kk"),
    Some("en"),
    Some("tr"),
    Some("xx"),
];
const PUBLISHED: [Option<&str>; 4] = [
    None,
    Some("2025-03-11"),
    Some("2025-03-11T13:02"),
    Some("XXXX-09"),
];

fuzz_target!(|data: &[u8]| {
    let (selector, rest) = match data.split_first() {
        Some((s, rest)) => (*s, rest),
        None => (0, data),
    };
    let input = InputDocument {
        id: "fuzz".into(),
        url: None,
        source: None,
        published: PUBLISHED[usize::from(selector >> 4) % PUBLISHED.len()].map(str::to_string),
        language: LANGUAGES[usize::from(selector & 0x0f) % LANGUAGES.len()].map(str::to_string),
        text: String::from_utf8_lossy(rest).into_owned(),
    };
    let Ok(record) = extractor().extract(&input) else {
        return;
    };
    let text: Vec<char> = record.text.as_deref().unwrap_or_default().chars().collect();
    let slice = |start: usize, end: usize| -> String {
        assert!(
            start <= end && end <= text.len(),
            "offsets {start}..{end} outside a text of {} characters",
            text.len()
        );
        text[start..end].iter().collect()
    };
    for entity in &record.entities {
        for m in &entity.mentions {
            assert_eq!(slice(m.start, m.end), m.text, "mention of {}", entity.id);
        }
    }
    for event in &record.events {
        for e in &event.evidence {
            assert_eq!(slice(e.start, e.end), e.text, "evidence of {}", event.id);
        }
    }
});
