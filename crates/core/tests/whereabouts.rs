//! Where events told without their place happened: from the story's other
//! gatherings, the places the page names, and the capital of a country visited.

mod common;

use communique_record::{EventRecord, Record};

fn extract(published: &str, text: &str) -> Record {
    common::extractor()
        .extract(&common::dated("t", published, text))
        .expect("extracts")
}

fn with_mode<'r>(r: &'r Record, mode: &str) -> &'r EventRecord {
    r.events
        .iter()
        .find(|e| e.mode == mode)
        .unwrap_or_else(|| panic!("no {mode} event in {:#?}", r.events))
}

fn location(e: &EventRecord) -> (Option<&str>, Option<&str>) {
    (e.location.country.as_deref(), e.location.place.as_deref())
}

#[test]
fn a_signing_after_talks_is_where_the_talks_were() {
    let r = extract(
        "2025-03-11",
        "11 марта в Баку Президент Азербайджана Ильхам Алиев принял министра иностранных дел Узбекистана Бахтиёра Саидова.\n\
         По итогам переговоров министры подписали меморандум о сотрудничестве между министерствами иностранных дел двух стран.\n\
         В тот же день Ильхам Алиев провел телефонный разговор с Президентом Турции Реджепом Тайипом Эрдоганом.\n\
         Бахтиёр Саидов высоко оценил уровень стратегического партнерства между Узбекистаном и Азербайджаном.",
    );
    assert_eq!(
        location(with_mode(&r, "sign")),
        (Some("AZE"), Some("place:baku"))
    );
    // A call is made at a distance, and praise has no place of its own.
    assert_eq!(location(with_mode(&r, "phone")), (None, None));
    assert_eq!(location(with_mode(&r, "praise")), (None, None));
}

#[test]
fn a_visit_to_a_country_is_at_the_place_of_it_the_page_names() {
    let r = extract(
        "2024-03-21",
        "Uzbek President Shavkat Mirziyoyev on Thursday received British Foreign Secretary David Cameron, who is on an official visit to Uzbekistan.\n\
         Earlier in the day, Cameron toured the old city of Samarkand and met students of the local university.",
    );
    assert_eq!(
        location(with_mode(&r, "visit")),
        (Some("UZB"), Some("place:samarkand"))
    );
}

#[test]
fn a_visit_to_a_country_whose_places_go_unnamed_is_to_its_capital() {
    let r = extract(
        "2025-01-10",
        "Armenian Prime Minister Nikol Pashinyan accepted the invitation and will visit France in February.",
    );
    let e = with_mode(&r, "visit");
    assert_eq!(e.status, "planned");
    assert_eq!(location(e), (Some("FRA"), Some("place:paris")));
}

#[test]
fn a_meeting_on_the_sidelines_is_where_the_days_other_meetings_were() {
    let r = extract(
        "2024-07-04",
        "Президент Казахстана Касым-Жомарт Токаев 4 июля в Астане встретился с Президентом Турции Реджепом Тайипом Эрдоганом.\n\
         На полях саммита Эрдоган также провел встречу с Президентом Азербайджана Ильхамом Алиевым.",
    );
    let side_meeting = r
        .events
        .iter()
        .find(|e| {
            e.source.countries.contains(&"AZE".to_string())
                || e.target.countries.contains(&"AZE".to_string())
        })
        .unwrap_or_else(|| panic!("no meeting with Azerbaijan in {:#?}", r.events));
    assert_eq!(location(side_meeting), (Some("KAZ"), Some("place:astana")));
}

#[test]
fn a_visit_still_to_come_lends_no_place_to_todays_sideline_talks() {
    // The trip to Beijing has no date yet; the sideline meeting told without a
    // place is where today's talks were, not where the trip will go.
    let r = extract(
        "2025-06-24",
        "Georgian Prime Minister Irakli Kobakhidze met Chinese Premier Li Qiang in Tianjin on Tuesday.\n\n\
         Kobakhidze is expected in Beijing later, where he is due to meet Chinese Vice President Han Zheng.\n\n\
         On the sidelines of the forum, Kobakhidze also held a separate meeting with Kyrgyz Prime Minister Adylbek Kasymaliev.",
    );
    assert_eq!(
        location(with_mode(&r, "third-party")),
        (Some("CHN"), Some("place:tianjin"))
    );
}

#[test]
fn talks_on_the_sidelines_told_without_a_place_are_where_the_story_gathered() {
    let r = extract(
        "2025-04-12",
        "В пятницу в Минске прошло очередное заседание Совета министров иностранных дел СНГ.\n\nНа полях заседания министр иностранных дел Кыргызстана Жээнбек Кулубаев провёл переговоры с узбекским коллегой Бахтиёром Саидовым.",
    );
    let e = r
        .events
        .iter()
        .find(|e| e.source.persons == ["person:jeenbek-kulubaev"])
        .unwrap_or_else(|| panic!("no talks of Kulubaev in {:#?}", r.events));
    assert_eq!(e.mode, "third-party");
    assert_eq!(e.location.place.as_deref(), Some("place:minsk"));
    assert_eq!(e.location.country.as_deref(), Some("BLR"));
}
