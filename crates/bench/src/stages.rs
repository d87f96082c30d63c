//! Where the time goes: each stage of the extractor timed apart over the
//! corpus, on one thread.
//!
//! The stages of `Extractor::annotate` (crates/core/src/pipeline.rs) are
//! called one by one, in its order, on each document; what follows annotation
//! (linking, events, fusion and building the record) is timed as the rest of
//! `Extractor::extract`. A profiler says the same at finer grain; this is the
//! figure anyone can reproduce with the benchmark's command.

use communique_core::{
    clean, language, mentions, segment, Extractor, InputDocument, KnowledgeBase,
};
use communique_input::{read_inputs, ReadOptions};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The stages timed apart, in pipeline order.
pub const STAGES: [&str; 8] = [
    "clean",
    "tokenize, stems, letters",
    "language",
    "sentences",
    "mentions",
    "dates",
    "rest of annotation",
    "link, events, fuse, record",
];

/// Seconds per stage over the whole corpus, and the text bytes extracted.
pub struct Breakdown {
    pub seconds: [Duration; 8],
    pub text_bytes: u64,
}

pub fn measure(inputs: &[PathBuf], kb: KnowledgeBase) -> anyhow::Result<Breakdown> {
    let docs: Vec<InputDocument> = read_inputs(inputs, &ReadOptions::default())
        .filter_map(Result::ok)
        .collect();
    let furniture = clean::Furniture::new(&kb);
    let extractor = Extractor::new(kb);
    let kb = extractor.kb();
    let mut seconds = [Duration::ZERO; 8];
    let mut text_bytes = 0u64;
    for doc in &docs {
        text_bytes += doc.text.len() as u64;
        let mut staged = [Duration::ZERO; 6];
        let mut lap = Instant::now();
        let mut time = |stage: usize, lap: &mut Instant| {
            staged[stage] = lap.elapsed();
            *lap = Instant::now();
        };
        let cleaned = clean::clean(&doc.text, kb, &furniture);
        time(0, &mut lap);
        // One pass, as the pipeline runs them: words, their stems and keys, and
        // the letters language identification counts.
        let mut evidence = language::Evidence::new(&kb.language_profiles);
        let mut tokens = segment::tokenize_identifying(
            &cleaned.text,
            &kb.endings,
            &kb.vocabulary,
            &mut evidence,
        );
        time(1, &mut lap);
        let lang = evidence.language();
        time(2, &mut lap);
        let chars: Vec<char> = cleaned.text.chars().collect();
        segment::sentences(
            &chars,
            &mut tokens,
            &kb.abbreviations,
            kb.lang(lang.code()).ordinal_dot,
        );
        time(3, &mut lap);
        mentions::find(&tokens, kb, lang.code());
        time(4, &mut lap);
        kb.dates.find(&tokens, &kb.endings, cleaned.published);
        time(5, &mut lap);
        // The pipeline's own annotation and extraction of the same document:
        // annotation beyond the stages above (checks, copies) and everything
        // after it are the differences.
        let annotating = Instant::now();
        let _ = extractor.annotate(doc);
        let annotate = annotating.elapsed();
        let extracting = Instant::now();
        let _ = extractor.extract(doc);
        let extract = extracting.elapsed();
        for (total, stage) in seconds.iter_mut().zip(staged) {
            *total += stage;
        }
        seconds[6] += annotate.saturating_sub(staged.iter().sum());
        seconds[7] += extract.saturating_sub(annotate);
    }
    Ok(Breakdown {
        seconds,
        text_bytes,
    })
}
