//! Print the annotation layers of one page: `cargo run -p communique-core --example explain FILE [PUBLISHED]`.

use communique_core::{Extractor, InputDocument, KnowledgeBase};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: explain FILE [PUBLISHED]");
    let published = args.next();
    let text = std::fs::read_to_string(&path).expect("readable file");
    let ex = Extractor::new(KnowledgeBase::embedded().expect("knowledge base"));
    let input = InputDocument {
        id: path.clone(),
        published,
        text,
        ..Default::default()
    };
    let doc = ex.annotate(&input).expect("annotates");
    let chars: Vec<char> = doc.text().chars().collect();
    println!(
        "language {} sentences {}",
        doc.lang.code(),
        doc.sentences.len()
    );
    for m in &doc.mentions {
        println!(
            "mention {}..{} {:?} {:?} suffix {:?}",
            m.first,
            m.last,
            m.text(&chars),
            m.kind,
            m.suffix
        );
    }
    for d in &doc.dates {
        println!("date {}..{} {}", d.start, d.end, d.value);
    }
    for g in ex.kb().grammar.find_all(&doc.tokens, &ex.kb().endings) {
        println!(
            "grammar {}..{} {:?} {:?}",
            g.start, g.end, g.payload, doc.tokens[g.start].text
        );
    }
    let cues = ex.kb().cue_words.find_all(&doc.tokens, &ex.kb().endings);
    for c in cues {
        println!(
            "cue {}..{} {:?} {:?}",
            c.start, c.end, c.payload, doc.tokens[c.start].text
        );
    }
}
