//! The seeds scored against their gold files: the quality bar of issue 2, kept from regressing.

mod common;

use communique_core::eval::{score_document, GoldDocument, Report};

fn score(pages: &std::path::Path, gold: &std::path::Path) -> Report {
    let mut report = Report::default();
    let mut gold_files: Vec<_> = std::fs::read_dir(gold)
        .expect("gold folder")
        .map(|e| e.unwrap().path())
        .collect();
    gold_files.sort();
    for path in gold_files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
    {
        let g: GoldDocument =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).expect("gold parses");
        let text = std::fs::read_to_string(pages.join(&g.document)).expect("page of gold file");
        let record = common::extractor()
            .extract(&common::doc(&g.document, &text))
            .expect("extracts");
        score_document(&g, &record, &mut report);
    }
    report
}

#[test]
fn seeds_meet_the_quality_bar() {
    let shared = common::shared();
    let report = score(&shared.join("seeds"), &shared.join("gold"));
    let summary = report.render(true);
    assert_eq!(report.documents, 5, "{summary}");
    assert!(report.events.f1() >= 0.9, "events F1 below 0.9\n{summary}");
    assert!(
        report.entities["person"].f1() >= 0.95,
        "persons F1 below 0.95\n{summary}"
    );
    assert!(
        report.entities["country"].f1() >= 0.95,
        "countries F1 below 0.95\n{summary}"
    );
    assert_eq!(report.title.right, 5, "{summary}");
    assert_eq!(report.language.right, 5, "{summary}");
    assert_eq!(report.published.right, 5, "{summary}");
}
