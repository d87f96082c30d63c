//! Any UTF-8 text through the cleaner: no panic, and what it keeps comes from
//! the input (the title is one of its lines, the text holds no line the page
//! did not have).
#![no_main]

use communique_core::clean::{clean, Furniture};
use communique_core::KnowledgeBase;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// Loading and indexing the knowledge base takes far longer than one input;
/// once per process keeps the fuzzer on the code under test.
fn kb() -> &'static (KnowledgeBase, Furniture) {
    static KB: OnceLock<(KnowledgeBase, Furniture)> = OnceLock::new();
    KB.get_or_init(|| {
        let kb = KnowledgeBase::embedded().expect("embedded knowledge base loads");
        let furniture = Furniture::new(&kb);
        (kb, furniture)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (kb, furniture) = kb();
    let cleaned = clean(text, kb, furniture);
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    if let Some(title) = &cleaned.title {
        assert!(
            normalized.lines().any(|l| l.trim() == title),
            "title {title:?} is not a line of the input"
        );
    }
    for line in cleaned.text.split("\n\n").filter(|l| !l.is_empty()) {
        assert!(
            normalized.contains(line),
            "kept line {line:?} is not in the input"
        );
    }
});
