//! The corpus generator's promises: the same seed gives the same pages, pages
//! stay within their size bounds, and every language of the corpus appears.
//! (The benchmark itself is not a test: it takes minutes and its figures
//! depend on the machine.)

use communique_bench::{cast::Cast, lang, page, render, rng::Rng};
use communique_core::KnowledgeBase;

fn pages(kb: &KnowledgeBase, seed: u64, n: u64) -> Vec<(String, String)> {
    let casts: Vec<Cast> = lang::all()
        .into_iter()
        .map(|(l, _)| Cast::new(kb, l).expect("cast"))
        .collect();
    (0..n)
        .map(|i| {
            let mut rng = Rng::fork(seed, i);
            let cast = &casts[(i % casts.len() as u64) as usize];
            let p = page::generate(cast, &mut rng);
            (p.language.to_string(), render::text(&p))
        })
        .collect()
}

#[test]
fn same_seed_same_corpus_within_bounds() {
    let kb = KnowledgeBase::embedded().expect("embedded knowledge base loads");
    let a = pages(&kb, 7, 40);
    assert_eq!(a, pages(&kb, 7, 40));
    assert_ne!(a, pages(&kb, 8, 40));
    for (language, text) in &a {
        // The frame alone may be a little short of the lower bound, and the last
        // paragraph may overshoot the upper one by a few lines of furniture.
        assert!(
            text.len() >= page::MIN_BYTES / 2,
            "{language} page of {} bytes",
            text.len()
        );
        assert!(
            text.len() <= page::MAX_BYTES + 512,
            "{language} page of {} bytes",
            text.len()
        );
        assert!(
            !text.contains('{'),
            "unfilled placeholder in {language} page:\n{text}"
        );
    }
    for code in ["ru", "az", "kk", "en"] {
        assert!(a.iter().any(|(l, _)| l == code), "no {code} page");
    }
}
