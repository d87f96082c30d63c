//! Names of persons the knowledge base lacks, in Latin letters: their ids and
//! entity names are built from the page's spelling, which may be Cyrillic or
//! carry letters the general transliteration renders badly (Azerbaijani `ə`
//! and Kazakh `ә` come out of `deunicode` as `@`).

use crate::kb::model::Romanization;

/// `name` in ASCII letters, spelled by the language's `rules` where they have a
/// letter and by `deunicode` elsewhere (`Әлібек Бақаев` is "Alibek Bakayev",
/// `Pərviz Şahbazov` is "Parviz Shahbazov").
pub fn romanize(name: &str, rules: &Romanization) -> String {
    let mut out = String::with_capacity(name.len());
    let mut key = [0u8; 4];
    for c in name.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let key: &str = lower.encode_utf8(&mut key);
        let after_vowel = out
            .chars()
            .last()
            .is_none_or(|p| !p.is_ascii_alphabetic() || "aeiouy".contains(p.to_ascii_lowercase()));
        let spelled = after_vowel
            .then(|| rules.after_vowel.get(key))
            .flatten()
            .or_else(|| rules.letters.get(key));
        match spelled {
            Some(s) if c.is_uppercase() => {
                let mut letters = s.chars();
                if let Some(first) = letters.next() {
                    out.extend(first.to_uppercase());
                    out.push_str(letters.as_str());
                }
            }
            Some(s) => out.push_str(s),
            None => out.push_str(deunicode::deunicode_char(c).unwrap_or("")),
        }
    }
    out
}
