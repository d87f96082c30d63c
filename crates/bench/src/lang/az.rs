//! Azerbaijani (Latin script): case endings are suffixes chosen by vowel
//! harmony (`Qazaxıstanın`, `Bektenovla`, `Bakıda`), which is what the
//! extractor's suffix matching has to see through.

use super::{capitalize, harmony, Case, Grammar, Language, Stamp};

pub static LANGUAGE: Language = Language {
    code: "az",
    grammar: &Azerbaijani,
    sites: &["Metbuat.az", "APA", "Report.az", "Oxu.az", "Qafqazinfo", "Musavat.com"],
    menu: &[
        "Xəbər lenti", "Son xəbərlər", "Siyasət", "İqtisadiyyat", "Cəmiyyət", "Dünya", "İdman", "Mədəniyyət",
        "Paylaş", "Müsahibə", "Video", "Foto", "Əlaqə",
    ],
    subscribe: &[
        "Bizi Telegram-da izləyin",
        "Abunə olun: Metbuat.az Telegram kanalı",
        "Xəbərləri Facebook səhifəmizdə izləyin",
    ],
    views: "Baxış sayı:",
    photo: "Foto:",
    tags: "Etiketlər:",
    related: &["Oxşar xəbərlər", "Digər xəbərlər", "Mövzu ilə bağlı"],
    agencies: &["AZƏRTAC", "APA", "Report", "Trend", "Metbuat.az"],
    headlines: &[
        "{a.sur} {b.sur:ins} görüşüb",
        "{ca} və {cb} arasında yeni sənədlər imzalanıb",
        "{a.title} {b.title:ins} telefonla danışıb",
        "{b.sur} {ca:dat} rəsmi səfərə gələcək",
        "{a.sur}: {cb} ilə əməkdaşlıq yeni mərhələyə qədəm qoyur",
    ],
    events: &[
        "{date} {a} {capa:loc} rəsmi səfərdə olan {b:ins} görüşüb.",
        "{a} {b:ins} telefon danışığı aparıb.",
        "{date} {a} {cb:dat} rəsmi səfərə gəlib.",
        "{a} {b:acc} qəbul edib.",
        "{a} {b.sur:dat} göstərdiyi dəstəyə görə təşəkkür edib.",
        "{a} {b:acc} milli bayram münasibətilə təbrik edib.",
        "Danışıqlardan sonra {a.sur} və {b.sur} {doc} imzalayıblar.",
        "{a} {b.sur:dat} başsağlığı verib.",
        "{b} {date} {ca:dat} səfər edəcək.",
    ],
    filler: &[
        "Görüşdə {ca} ilə {cb} arasında qarşılıqlı faydalı əməkdaşlığın daha da möhkəmləndirilməsi məsələləri müzakirə olunub.",
        "Tərəflər ikitərəfli gündəliyin cari məsələlərini müzakirə ediblər.",
        "Qeyd olunub ki, ötən ilin yekunlarına əsasən qarşılıqlı ticarətin həcmi {n} milyon ABŞ dolları təşkil edib.",
        "{topic} sahəsində əməkdaşlığın inkişafı prioritet istiqamətlərdən biri kimi müəyyən edilib.",
        "Tərəflər regional və beynəlxalq təşkilatlar, o cümlədən BMT, TDT və İƏT çərçivəsində əməkdaşlığı yüksək qiymətləndiriblər.",
        "Orta Dəhlizin inkişafı ilə bağlı birgə səylərin vacibliyi vurğulanıb.",
        "Hökumət başçıları qarşılıqlı maraq doğuran digər məsələləri də müzakirə ediblər.",
        "Xatırladaq ki, {year}-ci ildə iki ölkə arasında {n} sənəd imzalanıb.",
        "{date} {capb:loc} hökumətlərarası komissiyanın iclası keçirilib.",
        "Tərəflər investisiya əməkdaşlığının inkişafının vacibliyini vurğulayıblar.",
        "Mədəni-humanitar sahədə əməkdaşlığın inkişaf tempi müsbət qiymətləndirilib.",
        "Ekspertlərin fikrincə, {topic} sahəsində tərəfdaşlıq hər iki ölkənin maraqlarına cavab verir.",
        "Nəqliyyat və logistika əlaqələrinin inkişafı əməkdaşlığın prioritet istiqamətlərindən biri kimi müəyyən edilib.",
    ],
    topics: &["Enerji", "Nəqliyyat", "Rəqəmsal inkişaf", "Kənd təsərrüfatı", "Təhsil", "Səhiyyə", "Turizm", "Mədəniyyət"],
    documents: &[
        "strateji tərəfdaşlıq haqqında Sazişi",
        "anlaşma memorandumunu",
        "2025-2026-cı illər üçün Fəaliyyət Planını",
        "Birgə Bəyannaməni",
    ],
};

struct Azerbaijani;

const BACK: &str = "aıou";
const FRONT: &str = "əeiöü";
const VOWELS: &str = "aıoueəiöü";

/// A suffix by harmony: `two` is (back, front), `four` picks ı/i/u/ü.
fn suffix(word: &str, back: &str, front: &str) -> String {
    let (is_back, _) = harmony::last_vowel(word, BACK, FRONT).unwrap_or((true, false));
    format!("{word}{}", if is_back { back } else { front })
}

fn four(word: &str, template: &str) -> String {
    let (is_back, rounded) = harmony::last_vowel(word, BACK, FRONT).unwrap_or((true, false));
    let v = match (is_back, rounded) {
        (true, false) => "ı",
        (false, false) => "i",
        (true, true) => "u",
        (false, true) => "ü",
    };
    format!("{word}{}", template.replace('I', v))
}

fn inflect(word: &str, case: Case) -> String {
    let vowel = harmony::ends_with_vowel(word, VOWELS);
    match case {
        Case::Nom => word.to_string(),
        Case::Gen => four(word, if vowel { "nIn" } else { "In" }),
        Case::Acc => four(word, if vowel { "nI" } else { "I" }),
        Case::Dat => suffix(
            word,
            if vowel { "ya" } else { "a" },
            if vowel { "yə" } else { "ə" },
        ),
        Case::Loc => suffix(word, "da", "də"),
        Case::Ins => suffix(
            word,
            if vowel { "yla" } else { "la" },
            if vowel { "ylə" } else { "lə" },
        ),
    }
}

/// `prezident` → `Prezidenti`; titles already in the possessive form
/// (`xarici işlər naziri`, `dövlət başçısı`) stay as they are.
fn possessive_title(title: &str) -> String {
    let multiword = title.contains(' ');
    let last = title.chars().last().unwrap_or(' ');
    let t = if multiword && "ıiuü".contains(last) {
        title.to_string()
    } else if harmony::ends_with_vowel(title, VOWELS) {
        four(title, "sI")
    } else {
        four(title, "I")
    };
    capitalize(&t, true)
}

impl Grammar for Azerbaijani {
    fn name(&self, name: &str, case: Case, _female: bool, _animate: bool) -> String {
        inflect(name, case)
    }

    fn person(
        &self,
        title: &str,
        country: Option<&str>,
        name: &str,
        case: Case,
        _female: bool,
    ) -> String {
        let name = inflect(name, case);
        match country {
            Some(c) => format!(
                "{} {} {name}",
                inflect(c, Case::Gen),
                possessive_title(title)
            ),
            None => format!("{} {name}", capitalize(title, true)),
        }
    }

    fn title(&self, title: &str, case: Case) -> String {
        capitalize(&inflect(title, case), true)
    }

    fn date(&self, d: Stamp, months: &[String], style: usize) -> String {
        let month = &months[d.month as usize - 1];
        match style % 3 {
            0 => format!("{} {month} {}", d.day, d.year),
            1 => format!("{} {month}", d.day),
            _ => format!("{:02}.{:02}.{}", d.day, d.month, d.year),
        }
    }

    fn header_date(&self, d: Stamp, months: &[String], style: usize) -> String {
        let month = &months[d.month as usize - 1];
        match style % 3 {
            0 => format!(
                "{:02}:{:02} {:02}.{:02}.{}",
                d.hour, d.minute, d.day, d.month, d.year
            ),
            1 => format!(
                "{} {month} {}, {:02}:{:02}",
                d.day, d.year, d.hour, d.minute
            ),
            _ => format!(
                "{}-{:02}-{:02} {:02}:{:02}",
                d.year, d.month, d.day, d.hour, d.minute
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes_follow_harmony() {
        assert_eq!(inflect("Qazaxıstan", Case::Gen), "Qazaxıstanın");
        assert_eq!(inflect("Bektenov", Case::Ins), "Bektenovla");
        assert_eq!(inflect("Bakı", Case::Loc), "Bakıda");
        assert_eq!(inflect("Türkiyə", Case::Gen), "Türkiyənin");
        assert_eq!(inflect("Azərbaycan", Case::Dat), "Azərbaycana");
        assert_eq!(possessive_title("prezident"), "Prezidenti");
        assert_eq!(
            possessive_title("xarici işlər naziri"),
            "Xarici işlər naziri"
        );
    }
}
