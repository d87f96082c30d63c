//! Any UTF-8 text through the tokenizer and the date resolver, against a
//! publication date taken from the first bytes: no panic, and every date
//! found points at real tokens and holds a possible month and day.
#![no_main]

use communique_core::dates::PartialDate;
use communique_core::segment::tokenize;
use communique_core::KnowledgeBase;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn kb() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(|| KnowledgeBase::embedded().expect("embedded knowledge base loads"))
}

/// A publication date from three bytes: any year from 1 to 4096 (including
/// the edges chrono cares about), a month and day that may be missing. Days
/// stop at 28 because the pipeline only ever passes valid dates.
fn published(head: &[u8]) -> Option<PartialDate> {
    let [y0, y1, md, ..] = *head else { return None };
    if y0 == 0 {
        return None;
    }
    let year = i32::from(u16::from_le_bytes([y0, y1]) % 4096) + 1;
    let month = u32::from(md % 13);
    let day = u32::from(md / 8) % 29;
    Some(PartialDate {
        year: Some(year),
        month: (month > 0).then_some(month),
        day: (day > 0 && month > 0).then_some(day),
    })
}

fuzz_target!(|data: &[u8]| {
    let (head, rest) = data.split_at(data.len().min(3));
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let kb = kb();
    let _ = PartialDate::parse_iso(text);
    let tokens = tokenize(text);
    for d in kb.dates.find(&tokens, &kb.endings, published(head)) {
        assert!(
            d.start <= d.end && d.end <= tokens.len(),
            "date spans tokens {}..{} of {}",
            d.start,
            d.end,
            tokens.len()
        );
        assert!(
            d.value.month.is_none_or(|m| (1..=12).contains(&m)),
            "month {:?}",
            d.value
        );
        assert!(
            d.value.day.is_none_or(|m| (1..=31).contains(&m)),
            "day {:?}",
            d.value
        );
        let _ = d.value.to_string();
    }
});
