//! Name folding for case-insensitive search in any script.
//!
//! SQLite's `lower()` and `LIKE` fold ASCII only and PostgreSQL's depend on the
//! database collation, so names are folded here, once, identically for both
//! backends: stored folded at ingest, queries folded the same way.

/// Lower-cases (Unicode), maps `ё` to `е` (Russian text writes either), and drops
/// the combining dot that lower-casing the Turkic capital `İ` leaves behind.
pub fn fold(s: &str) -> String {
    s.trim()
        .to_lowercase()
        .chars()
        .filter(|&c| c != '\u{0307}')
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

/// A `LIKE` pattern matching `needle` anywhere, with `\` as the escape character.
pub(crate) fn contains_pattern(needle: &str) -> String {
    let mut p = String::with_capacity(needle.len() + 2);
    p.push('%');
    for c in needle.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_cyrillic_and_azerbaijani() {
        assert_eq!(fold("Байрамовым"), "байрамовым");
        assert_eq!(fold("ƏLİYEV"), "əliyev");
        assert_eq!(fold("Алёна"), "алена");
        assert_eq!(contains_pattern("50%_a\\"), "%50\\%\\_a\\\\%");
    }
}
