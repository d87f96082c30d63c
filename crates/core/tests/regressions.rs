//! Inputs that once broke the extractor, or sit on an edge it must hold: every
//! file under `tests/regressions/` (except `README.md`) goes through the whole
//! extractor, which must not panic, and whose record must point into its own
//! text: every mention and every evidence span spells the text it claims.
//!
//! A crash found by `crates/core/fuzz` is minimised (`cargo fuzz tmin`) and
//! added here as a file named after what it broke.

use communique_core::{Extractor, InputDocument, KnowledgeBase, Options};
use std::path::PathBuf;

fn cases() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/regressions exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    files.sort();
    files
}

/// The characters `start..end` of `text`, or a failure naming the case.
fn spell(case: &str, text: &[char], start: usize, end: usize) -> String {
    assert!(
        start <= end && end <= text.len(),
        "{case}: offsets {start}..{end} outside a text of {} characters",
        text.len()
    );
    text[start..end].iter().collect()
}

#[test]
fn every_regression_input_extracts_with_consistent_offsets() {
    let kb = KnowledgeBase::embedded().expect("embedded knowledge base loads");
    let extractor = Extractor::with_options(
        kb,
        Options {
            include_text: true,
            ..Options::default()
        },
    );
    let cases = cases();
    assert!(!cases.is_empty(), "no regression inputs found");
    for path in cases {
        let case = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let bytes = std::fs::read(&path).expect("readable case");
        let input = InputDocument {
            id: case.clone(),
            text: String::from_utf8_lossy(&bytes).into_owned(),
            ..Default::default()
        };
        // Refusing a document (empty, not text) is a fine outcome; panicking is not.
        let Ok(record) = extractor.extract(&input) else {
            continue;
        };
        let text: Vec<char> = record.text.as_deref().unwrap_or_default().chars().collect();
        for entity in &record.entities {
            for m in &entity.mentions {
                assert_eq!(
                    spell(&case, &text, m.start, m.end),
                    m.text,
                    "{case}: mention of {}",
                    entity.id
                );
            }
        }
        for event in &record.events {
            for e in &event.evidence {
                assert_eq!(
                    spell(&case, &text, e.start, e.end),
                    e.text,
                    "{case}: evidence of {}",
                    event.id
                );
            }
        }
    }
}
