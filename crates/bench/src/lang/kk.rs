//! Kazakh (Cyrillic): suffixes by vowel harmony and by the final consonant
//! (`Қазақстанның`, `Тоқаевпен`), on names the knowledge base lists in
//! Kazakh spelling.

use super::{capitalize, harmony, Case, Grammar, Language, Stamp};

pub static LANGUAGE: Language = Language {
    code: "kk",
    grammar: &Kazakh,
    sites: &["Kazinform", "Akorda.kz", "Egemen Qazaqstan", "Tengrinews.kz", "Abai.kz"],
    menu: &["Жаңалықтар", "Саясат", "Экономика", "Қоғам", "Әлем", "Спорт", "Мәдениет", "Бөлісу", "Сұхбат"],
    subscribe: &["Telegram арнамызға жазылыңыз", "Бізді Instagram-да оқыңыз", "Жаңалықтарды бірінші болып біліңіз"],
    views: "Қаралым:",
    photo: "Фото:",
    tags: "Тегтер:",
    related: &["Тағы оқыңыз", "Ұқсас жаңалықтар"],
    agencies: &["Kazinform", "Akorda.kz", "ҚазАқпарат", "Sputnik Қазақстан"],
    headlines: &[
        "{a.sur} {b.sur:ins} кездесті",
        "{ca} мен {cb} арасында жаңа құжаттарға қол қойылды",
        "{a.title} {b.title:ins} телефон арқылы сөйлесті",
        "{b.sur} {ca:dat} ресми сапармен келеді",
    ],
    events: &[
        "{date} {a} {b:ins} кездесті.",
        "{a} {b:ins} телефон арқылы сөйлесті.",
        "{date} {a} {cb:dat} ресми сапармен барды.",
        "{a} {b:acc} қабылдады.",
        "{a} {b.sur:dat} көрсеткен қолдауы үшін алғыс айтты.",
        "{a} {b:acc} ұлттық мерекемен құттықтады.",
        "Келіссөздер қорытындысы бойынша {a.sur} мен {b.sur} {doc} қол қойды.",
        "Ақорданың баспасөз қызметінің хабарлауынша, {a} {b:ins} келіссөз жүргізді.",
    ],
    filler: &[
        "Тараптар екіжақты ынтымақтастықтың өзекті мәселелерін талқылады.",
        "Былтырғы қорытынды бойынша {ca} мен {cb} арасындағы тауар айналымы {n} миллион долларды құрады.",
        "{topic} саласындағы ынтымақтастыққа ерекше назар аударылды.",
        "Тараптар өңірлік және халықаралық күн тәртібіндегі мәселелер бойынша пікір алмасты.",
        "Орта дәлізді дамыту маңыздылығы атап өтілді.",
        "Кездесу барысында БҰҰ, ТМД және ШЫҰ аясындағы өзара іс-қимыл қарастырылды.",
        "Еске сала кетейік, {year} жылы екі ел арасында {n} құжатқа қол қойылған.",
        "Екі ел арасындағы инвестициялық ынтымақтастықтың әлеуеті жоғары екені айтылды.",
        "Тараптар көлік-логистика саласындағы бірлескен жобаларды іске асыру барысын қарады.",
        "Кездесуде мәдени-гуманитарлық байланыстарды нығайту мәселелері де сөз болды.",
        "{date} {capb:loc} үкіметаралық комиссияның кезекті отырысы өтті.",
        "Сарапшылардың пікірінше, {topic} саласындағы әріптестік екі елдің де мүддесіне сай келеді.",
        "Ақорданың баспасөз қызметі хабарлағандай, келіссөздер сындарлы сипатта өтті.",
        "Өткен жылы екіжақты сауда көлемі {n} пайызға өсті.",
    ],
    topics: &["Энергетика", "Көлік және логистика", "Цифрландыру", "Ауыл шаруашылығы", "Білім беру", "Денсаулық сақтау", "Туризм"],
    documents: &["стратегиялық әріптестік туралы келісімге", "өзара түсіністік туралы меморандумға", "бірлескен мәлімдемеге"],
};

struct Kazakh;

const BACK: &str = "аоұыуя";
const FRONT: &str = "әеөіүиэ";
const VOWELS: &str = "аоұыуяәеөіүиэю";

/// How the word ends, for choosing between н/д/т, м/б/п and г/к forms.
#[derive(PartialEq)]
enum Final {
    Vowel,
    Sonorant,
    Voiced,
    Voiceless,
}

fn final_of(word: &str) -> Final {
    let c = word
        .chars()
        .last()
        .map(|c| c.to_lowercase().next().unwrap_or(c))
        .unwrap_or('а');
    if VOWELS.contains(c) {
        Final::Vowel
    } else if "мнң".contains(c) {
        Final::Sonorant
    } else if "лрйзж".contains(c) {
        Final::Voiced
    } else {
        Final::Voiceless
    }
}

fn inflect(word: &str, case: Case) -> String {
    let back = harmony::last_vowel(word, BACK, FRONT).is_none_or(|(b, _)| b);
    let pick = |b: &'static str, f: &'static str| if back { b } else { f };
    let fin = final_of(word);
    let suffix = match case {
        Case::Nom => return word.to_string(),
        Case::Gen => match fin {
            Final::Vowel | Final::Sonorant => pick("ның", "нің"),
            Final::Voiced => pick("дың", "дің"),
            Final::Voiceless => pick("тың", "тің"),
        },
        Case::Acc => match fin {
            Final::Vowel => pick("ны", "ні"),
            Final::Sonorant | Final::Voiced => pick("ды", "ді"),
            Final::Voiceless => pick("ты", "ті"),
        },
        Case::Dat => match fin {
            Final::Voiceless => pick("қа", "ке"),
            _ => pick("ға", "ге"),
        },
        Case::Loc => match fin {
            Final::Voiceless => pick("та", "те"),
            _ => pick("да", "де"),
        },
        // The comitative postposition is written apart after a name.
        Case::Ins => {
            let postposition = match fin {
                Final::Vowel | Final::Voiced => "мен",
                Final::Sonorant => "бен",
                Final::Voiceless => "пен",
            };
            return format!("{word}{postposition}");
        }
    };
    format!("{word}{suffix}")
}

fn possessive_title(title: &str) -> String {
    let last = title.chars().last().unwrap_or(' ');
    let back = harmony::last_vowel(title, BACK, FRONT).is_none_or(|(b, _)| b);
    let t = if title.contains(' ') && "ыі".contains(last) {
        title.to_string()
    } else if harmony::ends_with_vowel(title, VOWELS) {
        format!("{title}{}", if back { "сы" } else { "сі" })
    } else {
        format!("{title}{}", if back { "ы" } else { "і" })
    };
    capitalize(&t, false)
}

impl Grammar for Kazakh {
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
            None => format!("{} {name}", capitalize(title, false)),
        }
    }

    fn title(&self, title: &str, case: Case) -> String {
        capitalize(&inflect(title, case), false)
    }

    fn date(&self, d: Stamp, months: &[String], style: usize) -> String {
        let month = &months[d.month as usize - 1];
        match style % 3 {
            0 => format!("{} жылғы {} {month}", d.year, d.day),
            1 => format!("{} {month}", d.day),
            _ => format!("{:02}.{:02}.{}", d.day, d.month, d.year),
        }
    }

    fn header_date(&self, d: Stamp, months: &[String], style: usize) -> String {
        let month = &months[d.month as usize - 1];
        match style % 2 {
            0 => format!(
                "{:02}.{:02}.{} {:02}:{:02}",
                d.day, d.month, d.year, d.hour, d.minute
            ),
            _ => format!(
                "{} {month} {}, {:02}:{:02}",
                d.day, d.year, d.hour, d.minute
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes_follow_harmony_and_final_sound() {
        assert_eq!(inflect("Қазақстан", Case::Gen), "Қазақстанның");
        assert_eq!(inflect("Тоқаев", Case::Ins), "Тоқаевпен");
        assert_eq!(inflect("Әзірбайжан", Case::Dat), "Әзірбайжанға");
        assert_eq!(possessive_title("президент"), "Президенті");
        assert_eq!(
            possessive_title("сыртқы істер министрі"),
            "Сыртқы істер министрі"
        );
    }
}
