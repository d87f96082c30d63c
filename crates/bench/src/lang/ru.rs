//! Russian: the language of most of the region's outlets (Sputnik, Trend,
//! Kazinform's Russian service), and the one with the richest inflection.

use super::{Case, Grammar, Language, Stamp};

pub static LANGUAGE: Language = Language {
    code: "ru",
    grammar: &Russian,
    sites: &["Sputnik Азербайджан", "Trend", "Казинформ", "Vesti.az", "Report.az", "Zakon.kz", "Tengrinews"],
    menu: &[
        "Главная", "Новости", "Политика", "Экономика", "Общество", "В мире", "Спорт", "Культура", "Интервью",
        "Шоу-бизнес", "MEDIA", "Лента новостей", "Все новости", "Самое читаемое", "Контакты", "Реклама", "О нас",
    ],
    subscribe: &[
        "Подписывайтесь на наш Telegram-канал",
        "Подписывайтесь на нас в Дзен",
        "Следите за новостями в нашем Telegram-канале",
        "Узнайте первым о главных новостях",
        "Читайте нас в WhatsApp",
    ],
    views: "Просмотров:",
    photo: "Фото:",
    tags: "Теги:",
    related: &["Читайте также:", "Другие новости", "По теме", "Другие новости по теме"],
    agencies: &["Sputnik", "АЗЕРТАДЖ", "Trend", "Казинформ", "ТАСС", "РИА Новости"],
    headlines: &[
        "{a.title} {ca:gen} встретил{a|ся|ась} с {b.title:ins} {cb:gen}",
        "{a.sur} и {b.sur} обсудили вопросы двустороннего сотрудничества",
        "{ca} и {cb} подписали {doc}",
        "{a.sur} провел{a||а} телефонный разговор с {b.sur:ins}",
        "{b.title} {cb:gen} посетит {ca:acc} с официальным визитом",
        "Глава МИД {cb:gen} проинформирован о процессе нормализации отношений",
        "{a.sur}: сотрудничество с {cb:ins} выходит на новый уровень",
    ],
    events: &[
        "{date} {a} встретил{a|ся|ась} с {b:ins}.",
        "{date} {a} провел{a||а} телефонный разговор с {b:ins}.",
        "{a} прибыл{a||а} с официальным визитом в {cb:acc}, где провел{a||а} переговоры с {b:ins}.",
        "{date} в {capb:loc} {a} принял{a||а} {b:acc}.",
        "{a} поблагодарил{a||а} {b.sur:acc} за поддержку, оказанную {ca:dat}.",
        "{a} поздравил{a||а} {b:acc} с национальным праздником.",
        "По итогам переговоров {a.sur} и {b.sur} подписали {doc}.",
        "{a} и {b} провели встречу в расширенном составе с участием делегаций двух стран.",
        "Как сообщили в МИД {ca:gen}, {a.sur} высоко оценил{a||а} вклад {cb:gen} в укрепление региональной безопасности.",
        "{a} выразил{a||а} соболезнования {b.sur:dat} в связи с многочисленными жертвами.",
        "{b} совершит официальный визит в {ca:acc} {date}.",
    ],
    filler: &[
        "Стороны обсудили вопросы стратегического партнерства двух стран, перспективы двустороннего и многостороннего сотрудничества.",
        "Было отмечено, что товарооборот между {ca:ins} и {cb:ins} по итогам прошлого года вырос на {n} процентов.",
        "Особое внимание было уделено реализации совместных проектов в области {topic}.",
        "Стороны также обменялись мнениями по актуальным вопросам региональной и международной повестки дня.",
        "Была высоко оценена постоянная поддержка {adjb} стороны в рамках международных организаций, включая ООН, ОИС и СВМДА.",
        "В заключение {a.sur} пригласил{a||а} {b.sur:acc} посетить {ca:acc} в удобное для него время.",
        "По данным министерства, объем взаимных инвестиций превысил {n} миллионов долларов.",
        "Говоря о транспортно-коммуникационных направлениях, стороны подчеркнули значение Среднего коридора.",
        "Эксперты считают, что расширение сотрудничества в сфере {topic} отвечает интересам обеих стран.",
        "На встрече также состоялся обмен мнениями по вопросам, представляющим взаимный интерес.",
        "Ранее, {date}, в {capa:loc} прошло заседание межправительственной комиссии.",
        "Отмечалось, что в {year} году между странами было подписано более {n} документов.",
    ],
    topics: &[
        "энергетики", "транспорта и логистики", "цифровизации", "сельского хозяйства", "образования",
        "здравоохранения", "туризма", "культуры", "безопасности", "торговли",
    ],
    documents: &[
        "Меморандум о взаимопонимании",
        "План действий на 2025-2026 гг.",
        "Соглашение о стратегическом партнерстве",
        "Программу сотрудничества в области энергетики",
        "Совместное заявление",
    ],
};

struct Russian;

const VOWELS: &str = "аеёиоуыэюя";

impl Grammar for Russian {
    fn name(&self, name: &str, case: Case, female: bool, animate: bool) -> String {
        name.split(' ')
            .map(|w| word(w, case, female, animate))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn person(
        &self,
        title: &str,
        country: Option<&str>,
        name: &str,
        case: Case,
        female: bool,
    ) -> String {
        let title = title_phrase(title, case);
        let name = self.name(name, case, female, true);
        match country {
            Some(c) => format!("{title} {} {name}", word(c, Case::Gen, false, false)),
            None => format!("{title} {name}"),
        }
    }

    fn title(&self, title: &str, case: Case) -> String {
        title_phrase(title, case)
    }

    fn adjective(&self, adjective: &str) -> String {
        match adjective
            .strip_suffix("ий")
            .or_else(|| adjective.strip_suffix("ый"))
        {
            Some(stem) => format!("{stem}ой"),
            None => adjective.to_string(),
        }
    }

    fn date(&self, d: Stamp, months: &[String], style: usize) -> String {
        let month = genitive_month(&months[d.month as usize - 1]);
        match style % 4 {
            0 => format!("{} {month} {} года", d.day, d.year),
            1 => format!("{} {month}", d.day),
            2 => format!("{:02}.{:02}.{}", d.day, d.month, d.year),
            _ => format!("{} {month} {} г.", d.day, d.year),
        }
    }

    fn header_date(&self, d: Stamp, months: &[String], style: usize) -> String {
        let month = genitive_month(&months[d.month as usize - 1]);
        match style % 4 {
            0 => format!(
                "{:02}:{:02} / {:02}.{:02}.{}",
                d.hour, d.minute, d.day, d.month, d.year
            ),
            1 => format!(
                "{} {month} {}, {:02}:{:02}",
                d.day, d.year, d.hour, d.minute
            ),
            2 => format!(
                "{}-{:02}-{:02} {:02}:{:02}",
                d.year, d.month, d.day, d.hour, d.minute
            ),
            _ => format!(
                "{:02}.{:02}.{} | {:02}:{:02}",
                d.day, d.month, d.year, d.hour, d.minute
            ),
        }
    }
}

/// `март` → `марта`, `май` → `мая`, `январь` → `января`.
fn genitive_month(m: &str) -> String {
    match m.strip_suffix(['ь', 'й']) {
        Some(stem) => format!("{stem}я"),
        None => format!("{m}а"),
    }
}

/// A title with its leading adjectives and head noun in `case` ("первого
/// вице-премьера", "министром иностранных дел"); the rest is a genitive
/// complement and stays as it is.
fn title_phrase(title: &str, case: Case) -> String {
    let mut out = Vec::new();
    let mut inflecting = true;
    for w in title.split(' ') {
        if !inflecting {
            out.push(w.to_string());
        } else if w.chars().count() > 3
            && (w.ends_with("ый") || w.ends_with("ий") || w.ends_with("ой"))
        {
            out.push(adjective_word(w, case));
        } else {
            out.push(word(w, case, false, true));
            inflecting = false;
        }
    }
    out.join(" ")
}

fn adjective_word(w: &str, case: Case) -> String {
    let stem: String = w.chars().take(w.chars().count() - 2).collect();
    let ending = match case {
        Case::Nom => return w.to_string(),
        Case::Gen | Case::Acc => "ого",
        Case::Dat => "ому",
        Case::Ins => "ым",
        Case::Loc => "ом",
    };
    format!("{stem}{ending}")
}

/// One word in `case`. Acronyms, Latin words and most vowel-final foreign
/// names do not decline.
fn word(w: &str, case: Case, female: bool, animate: bool) -> String {
    if case == Case::Nom
        || !w.chars().any(char::is_lowercase)
        || !w.chars().any(|c| ('а'..='я').contains(&c))
    {
        return w.to_string();
    }
    if let Some((head, tail)) = w.rsplit_once('-') {
        return format!("{head}-{}", word(tail, case, female, animate));
    }
    let last = w.chars().last().unwrap_or(' ');
    let stem: String = w.chars().take(w.chars().count() - 1).collect();
    let after = |set: &str| stem.chars().last().is_some_and(|c| set.contains(c));
    let case = match case {
        Case::Acc if matches!(last, 'а' | 'я') => {
            return format!("{stem}{}", if last == 'а' { 'у' } else { 'ю' })
        }
        Case::Acc if animate && !female => Case::Gen,
        Case::Acc => return w.to_string(),
        c => c,
    };
    if w.ends_with("ия") {
        return format!("{stem}{}", if case == Case::Ins { "ей" } else { "и" });
    }
    let female_surname = ["ова", "ева", "ёва", "ина", "ына"]
        .iter()
        .any(|s| w.ends_with(s));
    let ending = match last {
        'а' if female && female_surname => "ой",
        'а' => match case {
            Case::Gen if after("гкхжшщч") => "и",
            Case::Gen => "ы",
            Case::Ins if after("жшщчц") => "ей",
            Case::Ins => "ой",
            _ => "е",
        },
        'я' => match case {
            Case::Gen => "и",
            Case::Ins => "ей",
            _ => "е",
        },
        'ь' | 'й' => match case {
            Case::Gen => "я",
            Case::Dat => "ю",
            Case::Ins => "ем",
            _ if w.ends_with("ий") => "и",
            _ => "е",
        },
        _ if female || VOWELS.contains(last) => return w.to_string(),
        _ => {
            let surname = ["ов", "ев", "ёв", "ин", "ын"]
                .iter()
                .any(|s| w.ends_with(s));
            let ins = if surname {
                "ым"
            } else if "жшщчц".contains(last) {
                "ем"
            } else {
                "ом"
            };
            let ending = match case {
                Case::Gen => "а",
                Case::Dat => "у",
                Case::Ins => ins,
                _ => "е",
            };
            return format!("{w}{ending}");
        }
    };
    format!("{stem}{ending}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_titles_decline() {
        let g = Russian;
        assert_eq!(
            g.name("Мурат Нуртлеу", Case::Ins, false, true),
            "Муратом Нуртлеу"
        );
        assert_eq!(
            g.name("Джейхун Байрамов", Case::Ins, false, true),
            "Джейхуном Байрамовым"
        );
        assert_eq!(
            g.name("Мария Захарова", Case::Gen, true, true),
            "Марии Захаровой"
        );
        assert_eq!(g.name("Казахстан", Case::Gen, false, false), "Казахстана");
        assert_eq!(g.name("Россия", Case::Acc, false, false), "Россию");
        assert_eq!(
            g.name("Касым-Жомарт Токаев", Case::Dat, false, true),
            "Касым-Жомарту Токаеву"
        );
        assert_eq!(
            g.person(
                "министр иностранных дел",
                Some("Казахстан"),
                "Мурат Нуртлеу",
                Case::Ins,
                false
            ),
            "министром иностранных дел Казахстана Муратом Нуртлеу"
        );
        assert_eq!(
            title_phrase("первый вице-премьер", Case::Gen),
            "первого вице-премьера"
        );
        assert_eq!(genitive_month("май"), "мая");
    }
}
