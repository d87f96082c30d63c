//! Events on real sentences in each language: type, mode, direction, status, location.

mod common;

use communique_record::{EventRecord, Record};

fn extract(published: &str, text: &str) -> Record {
    common::extractor()
        .extract(&common::dated("t", published, text))
        .expect("extracts")
}

fn only(r: &Record) -> &EventRecord {
    assert_eq!(r.events.len(), 1, "expected one event, got {:#?}", r.events);
    &r.events[0]
}

/// The record's first event of `mode`.
fn with_mode<'r>(r: &'r Record, mode: &str) -> &'r EventRecord {
    r.events
        .iter()
        .find(|e| e.mode == mode)
        .unwrap_or_else(|| panic!("no {mode} event in {:#?}", r.events))
}

fn sides(e: &EventRecord) -> (Vec<&str>, Vec<&str>) {
    (
        e.source.countries.iter().map(String::as_str).collect(),
        e.target.countries.iter().map(String::as_str).collect(),
    )
}

#[test]
fn russian_phone_call_keeps_caller_and_callee() {
    let r = extract("2024-04-28", "28 апреля государственный секретарь США Энтони Блинкен позвонил Президенту Азербайджанской Республики Ильхаму Алиеву.");
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str(), e.cameo.as_str()),
        ("CONSULT", "phone", "041")
    );
    assert_eq!(sides(e), (vec!["USA"], vec!["AZE"]));
    assert_eq!(e.source.persons, ["person:antony-blinken"]);
    assert_eq!(e.target.persons, ["person:ilham-aliyev"]);
    assert_eq!(e.date.as_deref(), Some("2024-04-28"));
    assert_eq!(e.status, "occurred");
    // The evidence is the sentence, at its offsets in the cleaned text.
    assert!(e.evidence[0]
        .text
        .starts_with("28 апреля государственный секретарь США"));
}

#[test]
fn azerbaijani_visit_runs_from_the_guest_to_the_host() {
    let r = extract(
        "2025-03-03",
        "Martın 3-də Azərbaycan Baş naziri Əli Əsədov onun dəvəti ilə Bakıda rəsmi səfərdə olan Qazaxıstanın Baş naziri Oljas Bektenovla görüşüb.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("CONSULT", "visit")
    );
    assert_eq!(sides(e), (vec!["KAZ"], vec!["AZE"]));
    assert_eq!(e.location.place.as_deref(), Some("place:baku"));
    assert_eq!(e.date.as_deref(), Some("2025-03-03"));
}

#[test]
fn hosting_names_the_host_as_target() {
    let r = extract("2024-07-10", "President Ilham Aliyev received Kazakh Foreign Minister Murat Nurtleu in Baku on Wednesday.");
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("CONSULT", "visit")
    );
    assert_eq!(sides(e), (vec!["KAZ"], vec!["AZE"]));
    assert_eq!(e.date.as_deref(), Some("2024-07-10"));
}

#[test]
fn a_turkish_welcome_with_a_ceremony_is_a_reception_and_welcoming_progress_is_not() {
    let r = extract(
        "2025-03-12",
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Türkiye'ye çalışma ziyareti gerçekleştiren Azerbaycan Cumhurbaşkanı İlham Aliyev'i Cumhurbaşkanlığı Külliyesi'nde resmi törenle karşıladı.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("CONSULT", "visit")
    );
    assert_eq!(sides(e), (vec!["AZE"], vec!["TUR"]));
    assert_eq!(e.source.persons, ["person:ilham-aliyev"]);
    assert_eq!(e.target.persons, ["person:recep-tayyip-erdogan"]);
    let r = extract(
        "2025-03-12",
        "Erdoğan, Azerbaycan ile Ermenistan arasındaki barış müzakerelerinde kaydedilen ilerlemeyi memnuniyetle karşıladığını belirtti.",
    );
    assert!(
        r.events.iter().all(|e| e.mode != "visit"),
        "{:#?}",
        r.events
    );
}

#[test]
fn kazakh_meeting_and_azerbaijani_thanks() {
    let r = extract(
        "2024-09-12",
        "Қазақстан Президенті Қасым-Жомарт Тоқаев Әзербайжан Президенті Ильхам Әлиевпен кездесті.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "CONSULT");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["AZE"]));

    let r = extract(
        "2025-03-03",
        "Ə.Əsədov Qazaxıstan hökumətinin köməyinə görə O.Bektenova təşəkkür edib.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("SUPPORT", "gratitude")
    );
    assert_eq!(e.source.persons, ["person:ali-asadov"]);
    assert_eq!(e.target.persons, ["person:oljas-bektenov"]);
}

#[test]
fn planned_and_sideline_meetings_are_marked() {
    let r = extract(
        "2024-04-28",
        "Министры иностранных дел Азербайджана и Армении в скором времени встретятся в Алматы.",
    );
    let e = only(&r);
    assert_eq!(e.status, "planned");
    assert_eq!(e.mode, "third-party");
    assert_eq!(e.location.country.as_deref(), Some("KAZ"));

    let r = extract(
        "2021-09-25",
        "Министр иностранных дел Азербайджана Джейхун Байрамов на полях Генассамблеи ООН встретился с министром иностранных дел Кыргызстана Русланом Казакбаевым.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "third-party");
    assert_eq!(e.location.place.as_deref(), Some("place:new-york"));
}

#[test]
fn signing_lists_the_documents_and_both_parties() {
    let r = extract("2025-03-11", "В заключение встречи МИД Азербайджана и Казахстана подписали План действий на 2025-2026 гг.");
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str(), e.cameo.as_str()),
        ("AGREE", "sign", "057")
    );
    assert_eq!(sides(e), (vec!["AZE"], vec!["KAZ"]));
    assert_eq!(e.source.organizations, ["org:mfa-aze"]);
    assert_eq!(e.documents, ["План действий на 2025-2026 гг."]);
}

#[test]
fn conflictual_events_keep_their_direction() {
    let r = extract("2024-03-14", "Azerbaijan's Foreign Ministry condemned the resolution of the European Parliament on Monday.");
    let e = only(&r);
    assert_eq!(e.event_type, "DISAPPROVE");
    assert_eq!(e.source.countries, ["AZE"]);

    let r = extract(
        "2023-05-10",
        "Министр иностранных дел России Сергей Лавров обвинил США во вмешательстве.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "ACCUSE");
    assert_eq!(sides(e), (vec!["RUS"], vec!["USA"]));
}

#[test]
fn a_story_told_three_times_is_one_event() {
    let text = "Касым-Жомарт Токаев и Ильхам Алиев провели переговоры\n\n\
                В ходе рабочей поездки в Баку Глава государства провел встречу с Президентом Азербайджана, сообщает пресс-служба Akorda.kz.\n\n\
                На встрече стороны обсудили вопросы сотрудничества.";
    let r = extract("2023-11-24", text);
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["AZE"]));
    assert_eq!(e.evidence.len(), 2);
}

#[test]
fn condolences_of_two_officials_of_one_country_are_two_events() {
    let text = "Dışişleri Bakanı Hakan Fidan, İranlı mevkidaşı Abbas Arakçi'ye taziyelerini iletti.\n\n\
                Cumhurbaşkanı Recep Tayyip Erdoğan da İran Cumhurbaşkanı Mesud Pezeşkiyan'a başsağlığı diledi.\n\n\
                Fidan, Arakçi'ye bir kez daha başsağlığı diledi.";
    let r = extract("2025-04-26", text);
    let condolences: Vec<_> = r.events.iter().filter(|e| e.mode == "condolence").collect();
    let speakers: Vec<&Vec<String>> = condolences.iter().map(|e| &e.source.persons).collect();
    assert_eq!(
        speakers,
        [
            &vec!["person:hakan-fidan".to_string()],
            &vec!["person:recep-tayyip-erdogan".to_string()]
        ],
        "{condolences:#?}"
    );
    // Fidan's second sentence is the same condolence told again.
    assert_eq!(condolences[0].evidence.len(), 2);
}

#[test]
fn thanks_of_a_minister_named_by_title_alone_go_to_the_organisation_met() {
    let text = "Министр БҰҰ-ға алғыс айтты\n\n\
                Бүгін Астанада Қазақстан Республикасының Төтенше жағдайлар министрі Біріккен Ұлттар Ұйымының Қазақстандағы тұрақты үйлестірушісімен кездесті.\n\n\
                Министр су тасқыны кезінде көрсетілген қолдау үшін БҰҰ-ға алғыс білдірді. Оның айтуынша, БҰҰ агенттіктері отбасыларға ауыз су жеткізген.";
    let r = extract("2024-05-16", text);
    let thanks = with_mode(&r, "gratitude");
    assert_eq!(thanks.source.countries, ["KAZ"]);
    assert_eq!(thanks.target.organizations, ["org:un"]);
}

#[test]
fn a_counterpart_named_by_nationality_can_be_invited() {
    // The guest is named by neither name nor title; the inviter is the host.
    for (published, text, guest, host) in [
        (
            "2025-02-12",
            "Бахтиёр Саидов пригласил азербайджанского коллегу посетить Ташкент с ответным визитом.",
            "AZE",
            "UZB",
        ),
        (
            "2025-05-21",
            "The Turkish leader invited his Kazakh counterpart to pay a state visit to Türkiye.",
            "KAZ",
            "TUR",
        ),
    ] {
        let r = extract(published, text);
        let e = only(&r);
        assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
        assert_eq!(sides(e), (vec![guest], vec![host]), "{text}");
    }
}

#[test]
fn english_verb_forms_used_as_nouns_open_no_event() {
    // "the accused" are defendants; "for signing" names a condition, not a signing.
    let r = extract(
        "2025-01-22",
        "Azerbaijani Foreign Ministry spokesperson Aykhan Hajizada said the accused were being tried for war crimes. \
         He urged Yerevan to remove the territorial claims against Azerbaijan, a condition Baku has set for signing a peace treaty.",
    );
    assert!(
        r.events
            .iter()
            .all(|e| e.event_type != "ACCUSE" && e.mode != "sign"),
        "{:#?}",
        r.events
    );
    // The verb still opens its event.
    let r = extract(
        "2025-01-22",
        "Armenia's Foreign Ministry accused Azerbaijan of holding show trials. Aliyev and Pashinyan signed a peace treaty.",
    );
    let kinds: Vec<&str> = r.events.iter().map(|e| e.mode.as_str()).collect();
    assert_eq!(kinds, ["accuse", "sign"], "{:#?}", r.events);
}

#[test]
fn a_visit_recalled_from_another_month_stays_apart_from_the_days_visit() {
    // The headline's event is dated by the publication; the recalled visit of
    // November names another month and is another event.
    let text = "Prezident İlham Əliyev Türkmənistanın xarici işlər nazirini qəbul edib\n\n\
                Prezident İlham Əliyev Türkmənistanın xarici işlər naziri Raşid Meredovu qəbul edib.\n\n\
                Xatırladaq ki, ötən ilin noyabrında Türkmənistan Prezidenti Sərdar Berdiməhəmmədov Bakıda olub və Prezident İlham Əliyevlə görüşüb.";
    let r = extract("2025-02-05", text);
    let dates: Vec<Option<&str>> = r
        .events
        .iter()
        .filter(|e| e.event_type == "CONSULT")
        .map(|e| e.date.as_deref())
        .collect();
    assert_eq!(
        dates,
        [Some("2025-02-05"), Some("2024-11")],
        "{:#?}",
        r.events
    );
}

#[test]
fn the_actor_a_participle_of_the_cue_describes_is_its_subject() {
    for (text, thanker, thanked) in [
        (
            "Yardıma görə Azərbaycana minnətdarlığını ifadə edən İranın xarici işlər naziri Abbas Əraqçi bu addımı yüksək qiymətləndirib.",
            "IRN",
            "AZE",
        ),
        (
            "Prezident İlham Əliyev Raşid Meredovu qəbul edib. Salamlara görə minnətdarlığını bildirən Prezident İlham Əliyev onun da salamlarını türkmənistanlı həmkarına çatdırmağı xahiş edib.",
            "AZE",
            "TKM",
        ),
    ] {
        let r = extract("2025-04-27", text);
        let thanks = with_mode(&r, "gratitude");
        assert_eq!(sides(thanks), (vec![thanker], vec![thanked]), "{text}");
    }
}

#[test]
fn condolences_over_a_disaster_go_to_the_country_where_it_struck() {
    let text = "Azərbaycan Xarici İşlər Nazirliyi Ermənistanın açıqlamasını pisləyib.\n\n\
                Bu arada, Xarici İşlər Nazirliyi bu gün Myanmada baş vermiş güclü zəlzələ ilə əlaqədar başsağlığı bəyanatı yayıb.";
    let r = extract("2025-03-28", text);
    let condolence = with_mode(&r, "condolence");
    assert_eq!(sides(condolence), (vec!["AZE"], vec!["MMR"]));
}

#[test]
fn pages_without_diplomacy_have_no_events() {
    let r = extract("2024-02-01", "В Астане ожидается снегопад и усиление ветра до 25 метров в секунду. Синоптики просят водителей быть осторожнее.");
    assert!(r.events.is_empty(), "{:#?}", r.events);
}

#[test]
fn unknown_officials_become_unconfirmed_entities_and_take_part() {
    let r = extract(
        "2024-04-16",
        "Президент Азербайджана Ильхам Алиев принял министра иностранных дел Мальты Яна Борга.",
    );
    // The name loses its case endings and is spelled as Russian is
    // romanized: "Ян" is "Yan" (the page cannot tell that he writes Ian).
    let borg = r
        .entities
        .iter()
        .find(|e| e.id == "person:yan-borg")
        .expect("new person");
    assert_eq!(borg.name, "Yan Borg");
    assert!(borg.unconfirmed);
    assert_eq!(borg.country.as_deref(), Some("MLT"));
    assert_eq!(borg.role.as_deref(), Some("minister of foreign affairs"));
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("CONSULT", "visit")
    );
    assert_eq!(sides(e), (vec!["MLT"], vec!["AZE"]));
    assert_eq!(e.source.persons, std::slice::from_ref(&borg.id));

    let r = extract(
        "2024-11-12",
        "Ceyhun Bayramov Paraqvay Respublikasının xarici işlər naziri Ruben Ramires Leskanonu qəbul edib.",
    );
    let guest = r
        .entities
        .iter()
        .find(|e| e.unconfirmed)
        .expect("new person");
    assert_eq!(guest.name, "Ruben Ramires Leskano");
    assert_eq!(sides(only(&r)), (vec!["PRY"], vec!["AZE"]));
}

#[test]
fn turkish_subject_before_a_comma_and_ordinal_numbers() {
    // News Turkish sets the subject off with a comma, writes ordinals with a full
    // stop ("79. Genel Kurulu") and case endings after an apostrophe.
    let r = extract(
        "2024-09-25",
        "Dışişleri Bakanı Hakan Fidan, Birleşmiş Milletler (BM) 79. Genel Kurulu kapsamında bulunduğu New York'ta dün Azerbaycan Dışişleri Bakanı Ceyhun Bayramov ile bir araya geldi.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("CONSULT", "third-party")
    );
    assert_eq!(sides(e), (vec!["TUR"], vec!["AZE"]));
    assert_eq!(e.date.as_deref(), Some("2024-09-24"));

    let r = extract(
        "2024-09-25",
        "Ceyhun Bayramov, Türkiye'nin COP29 sürecine verdiği güçlü destek için Hakan Fidan'a teşekkür etti.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("SUPPORT", "gratitude")
    );
    assert_eq!(sides(e), (vec!["AZE"], vec!["TUR"]));
}

#[test]
fn turkish_coordinated_counterparts_share_the_postposition() {
    let r = extract(
        "2024-09-25",
        "Dışişleri Bakanı Hakan Fidan, New York'ta Ceyhun Bayramov ve Abbas Arakçi ile görüştü.",
    );
    let e = only(&r);
    assert_eq!(e.source.countries, ["TUR"]);
    let mut targets = e.target.countries.clone();
    targets.sort();
    assert_eq!(targets, ["AZE", "IRN"]);
}

#[test]
fn turkish_criticism_of_a_country_in_a_statement_at_the_un() {
    // "BM'deki" (at the UN) is where, "Lübnan'a yönelik" (aimed at Lebanon) what about:
    // the minister criticises Israel.
    let r = extract(
        "2024-09-25",
        "Dışişleri Bakanı Hakan Fidan, dün BM'deki temasları sırasında yaptığı açıklamada İsrail'in Lübnan'a yönelik saldırılarını sert bir dille eleştirerek bölgeyi savaşın eşiğine sürüklediğini söyledi.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "DISAPPROVE");
    assert_eq!(sides(e), (vec!["TUR"], vec!["ISR"]));
    assert_eq!(e.source.persons, ["person:hakan-fidan"]);
}

#[test]
fn a_host_receiving_two_guests_gives_one_visit_each_and_the_passive_keeps_the_guest_first() {
    // "Перед началом встречи" refers to the talks told before; the reception is the event.
    let r = extract(
        "2025-07-11",
        "Перед началом встречи президент ОАЭ принял Ильхама Алиева и Никола Пашиняна по отдельности.",
    );
    let mut got: Vec<(Vec<&str>, Vec<&str>, &str, &str)> = r
        .events
        .iter()
        .map(|e| {
            let (s, t) = sides(e);
            (s, t, e.mode.as_str(), e.cameo.as_str())
        })
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            (vec!["ARM"], vec!["ARE"], "visit", "043"),
            (vec!["AZE"], vec!["ARE"], "visit", "043")
        ]
    );

    let r = extract(
        "2025-07-10",
        "Azerbaijani President Ilham Aliyev was received by UAE President Sheikh Mohamed bin Zayed Al Nahyan earlier in the day.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.cameo.as_str()), ("visit", "043"));
    assert_eq!(sides(e), (vec!["AZE"], vec!["ARE"]));
}

#[test]
fn sympathy_is_a_condolence() {
    let r = extract(
        "2024-04-08",
        "Президент Турции Реджеп Тайип Эрдоган выразил глубокое сочувствие Касым-Жомарту Токаеву в связи с масштабными паводками.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("SUPPORT", "condolence")
    );
    assert_eq!(sides(e), (vec!["TUR"], vec!["KAZ"]));
}

#[test]
fn a_counterpart_named_by_a_country_adjective_is_an_actor() {
    let r = extract(
        "2024-05-02",
        "Turkish Foreign Minister Hakan Fidan said he had phoned his Egyptian counterpart Sameh Shoukry on Wednesday.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("CONSULT", "phone")
    );
    assert_eq!(sides(e), (vec!["TUR"], vec!["EGY"]));
    assert_eq!(e.date.as_deref(), Some("2024-05-01"));
}

#[test]
fn a_turkic_cue_before_a_postposed_marker_is_a_reason_not_an_event() {
    // "құттықтауы үшін" (for his congratulations) is why Japarov thanks, not a second
    // congratulation.
    let r = extract(
        "2024-09-01",
        "Қырғызстан Президенті Садыр Жапаров құттықтауы үшін Қасым-Жомарт Тоқаевқа алғыс айтты.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("SUPPORT", "gratitude")
    );
    assert_eq!(sides(e), (vec!["KGZ"], vec!["KAZ"]));
}

#[test]
fn a_spokeswoman_rejects_accusations_criticises_a_leadership_and_denies_a_meeting() {
    // The accusations are what Moscow rejects, not a second event.
    let r = extract(
        "2024-11-28",
        "Официальный представитель МИД России Мария Захарова заявила, что Москва отвергает голословные обвинения премьер-министра Армении Никола Пашиняна.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "REJECT");
    assert_eq!(sides(e), (vec!["RUS"], vec!["ARM"]));

    // An actor noun after the adjective makes "армянского руководства" the target.
    let r = extract(
        "2024-11-28",
        "Мария Захарова раскритиковала курс армянского руководства на демонтаж союзнических отношений с Россией.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "DISAPPROVE");
    assert_eq!(sides(e), (vec!["RUS"], vec!["ARM"]));

    // The denial governs the report it denies; a range of days is dated by its first.
    let r = extract(
        "2024-11-28",
        "Мария Захарова опровергла сообщения о том, что министр иностранных дел России Сергей Лавров и глава МИД Армении Арарат Мирзоян проведут встречу на Мальте 5-6 декабря.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "CONSULT");
    assert_eq!(e.status, "denied");
    assert_eq!(e.date.as_deref(), Some("2024-12-05"));
}

#[test]
fn a_request_to_a_side_in_kazakh_and_a_denied_report_in_english() {
    // "Қазақстан тарапынан" (from Kazakhstan's side) is the one asked; the dative
    // "Қырғызстанға" is who benefits.
    let r = extract(
        "2024-09-01",
        "Садыр Жапаров Қырғызстанға электр энергиясын жеткізу үшін Қазақстан тарапынан қолдау көрсетуді сұрады.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "REQUEST");
    assert_eq!(sides(e), (vec!["KGZ"], vec!["KAZ"]));

    // Reports dismissed as fabrications are denied, not rejected by anyone.
    let r = extract(
        "2024-05-20",
        "Russian Foreign Minister Sergey Lavrov also dismissed as \"fabrications\" Western media reports that Moscow had asked Beijing for supplies of weapons.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.status.as_str()),
        ("REQUEST", "denied")
    );
}

#[test]
fn a_month_in_passing_does_not_date_the_sentences_after_it() {
    let r = extract(
        "2025-03-03",
        "Martın 3-də İranın xarici işlər naziri Abbas Əraqçi Azərbaycana rəsmi səfərə gəlib. \
         O, Azərbaycanı ötən ilin noyabrında COP29-un təşkili münasibətilə təbrik edib. \
         Danışıqların yekununda Azərbaycan və İran xarici işlər nazirlikləri arasında Məsləhətləşmələr Planı imzalanıb.",
    );
    let signing = r
        .events
        .iter()
        .find(|e| e.event_type == "AGREE")
        .expect("the signing is extracted");
    assert_eq!(signing.date.as_deref(), Some("2025-03-03"));
}

#[test]
fn turkish_phone_call_by_converb_and_a_meeting_noun_in_the_locative() {
    // "telefonla arayarak tebrik etti": a call and a congratulation.
    let r = extract(
        "2024-02-07",
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Azerbaycan Cumhurbaşkanı İlham Aliyev'i telefonla arayarak tebrik etti.",
    );
    let mut got: Vec<(&str, &str)> = r
        .events
        .iter()
        .map(|e| (e.event_type.as_str(), e.mode.as_str()))
        .collect();
    got.sort();
    assert_eq!(got, [("CONSULT", "phone"), ("SUPPORT", "praise")]);
    assert!(r
        .events
        .iter()
        .all(|e| sides(e) == (vec!["TUR"], vec!["AZE"])));

    // "görüşmede" (in the talks) points at talks told elsewhere: no meeting of its own.
    let r = extract(
        "2024-02-07",
        "Cumhurbaşkanı Recep Tayyip Erdoğan, görüşmede Türkiye ile Azerbaycan arasındaki ilişkilerin güçleneceğini vurguladı.",
    );
    assert!(r.events.is_empty(), "{:?}", r.events);
}

#[test]
fn a_summoned_ambassador_is_his_states_actor_and_a_capital_the_target_of_a_demand() {
    let r = extract(
        "2023-09-14",
        "Azerbaijan’s Foreign Ministry summoned Russian Ambassador Mikhail Yevdokimov on Wednesday over statements aired on state television.",
    );
    let ambassador = r
        .entities
        .iter()
        .find(|e| e.id == "person:mikhail-yevdokimov")
        .expect("the ambassador is named");
    assert_eq!(ambassador.country.as_deref(), Some("RUS"));
    assert_eq!(ambassador.role.as_deref(), Some("ambassador"));

    // "that" is no noun governing "Moscow": the capital is the demand's target.
    let r = extract(
        "2023-09-14",
        "The Armenian side demanded that Moscow take measures to prevent such statements.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "DEMAND");
    assert_eq!(sides(e), (vec!["ARM"], vec!["RUS"]));
}

#[test]
fn a_capital_in_the_adjectival_locative_is_where_not_who() {
    // "Душанбедегі" (in Dushanbe's …) names a place: Tokayev, opening the sentence,
    // is still the one who held the talks.
    let r = extract(
        "2025-06-04",
        "Тоқаев пен Рахмон Душанбеде бес құжатқа қол қойды\n\n\
         Мемлекет басшысы Қасым-Жомарт Тоқаев кеше Тәжікстанға ресми сапармен барып, Душанбедегі «Кохи Навруз» сарайында Тәжікстан Президенті Эмомали Рахмонмен келіссөз жүргізді.",
    );
    let talks = r
        .events
        .iter()
        .find(|e| e.event_type == "CONSULT")
        .expect("the talks are an event");
    let mut countries: Vec<&str> = talks
        .source
        .countries
        .iter()
        .chain(&talks.target.countries)
        .map(String::as_str)
        .collect();
    countries.sort();
    assert_eq!(countries, ["KAZ", "TJK"]);
}

#[test]
fn kazakh_converbs_of_calling_and_visiting() {
    let r = extract(
        "2025-07-16",
        "Мемлекет басшысы Қасым-Жомарт Тоқаев Қырғыз Республикасының Президенті Садыр Жапаровқа телефон соғып, көңіл айтты.",
    );
    let phone = with_mode(&r, "phone");
    assert_eq!(sides(phone), (vec!["KAZ"], vec!["KGZ"]));
}

#[test]
fn armed_forces_named_by_a_country_adjective_are_its_actor() {
    let r = extract(
        "2024-12-11",
        "Министр иностранных дел России Сергей Лавров осудил продолжающиеся удары израильских ВВС по объектам на сирийской территории.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "DISAPPROVE");
    assert_eq!(sides(e), (vec!["RUS"], vec!["ISR"]));
}

#[test]
fn turkish_subject_set_off_by_a_comma_acts_on_the_clause_after_it() {
    // The ministry opens the sentence; the genitive and the capital in the
    // clause after the comma are whom the condemnation is about.
    let r = extract(
        "2025-04-03",
        "Dışişleri Bakanlığı, İsrail'in Suriye'de Hama kenti yakınındaki askeri havalimanı ile başkent Şam çevresindeki hedeflere düzenlediği hava saldırılarını kınadı.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("DISAPPROVE", "criticize")
    );
    assert_eq!(e.source.countries, ["TUR"]);
    assert_eq!(e.source.organizations, ["org:mfa-tur"]);
    assert!(e.target.countries.contains(&"ISR".to_string()));
    // A subject after a sentence-opening attribution is found the same way.
    let r = extract(
        "2025-03-30",
        "İletişim Başkanlığından yapılan açıklamaya göre, Erdoğan, Mirziyoyev'in ve kardeş Özbek halkının Ramazan Bayramı'nı tebrik etti.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("SUPPORT", "praise")
    );
    assert_eq!(sides(e), (vec!["TUR"], vec!["UZB"]));
    assert_eq!(e.source.persons, ["person:recep-tayyip-erdogan"]);
}

#[test]
fn declared_support_is_an_endorsement_and_a_turkish_call_is_a_request() {
    let r = extract(
        "2025-04-03",
        "\"Türkiye, kardeş Suriye halkının ve Suriye hükümetinin ülkede barış, güvenlik ve istikrarı sağlama çabalarını desteklemeye devam edecektir\" ifadesiyle sona eren açıklama, Ankara'nın Şam yönetimiyle dayanışmasını bir kez daha ortaya koydu.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("SUPPORT", "praise")
    );
    assert_eq!(sides(e), (vec!["TUR"], vec!["SYR"]));
    let r = extract(
        "2025-04-03",
        "Türkiye, İsrail'e Suriye'deki saldırılarına derhal son vermesi çağrısında bulundu.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "REQUEST");
    assert_eq!(sides(e), (vec!["TUR"], vec!["ISR"]));
}

#[test]
fn an_embassy_belongs_to_the_country_before_the_one_hosting_it() {
    // Kazakh and Azerbaijani possessive forms of "embassy" change the stem's
    // last consonant; the country in the locative is the host, not the owner.
    let r = extract(
        "2025-01-22",
        "Түркияның Қазақстандағы елшілігі мәлімдеме таратты.",
    );
    let ids: Vec<&str> = r.entities.iter().map(|e| e.id.as_str()).collect();
    assert!(ids.contains(&"org:embassy-tur"), "{ids:?}");
    assert!(!ids.contains(&"org:embassy-kaz"), "{ids:?}");
    let r = extract(
        "2023-01-28",
        "Azərbaycanın İrandakı səfirliyinə hücum pislənib.",
    );
    let ids: Vec<&str> = r.entities.iter().map(|e| e.id.as_str()).collect();
    assert!(ids.contains(&"org:embassy-aze"), "{ids:?}");
}

#[test]
fn a_turkic_counterpart_named_by_nationality_takes_its_case_from_the_noun() {
    // "Türk mevkidaşına": the dative is on the noun after the adjective, so the
    // Turkish side is the one thanked, whatever the page's main pair.
    let r = extract(
        "2025-03-30",
        "Azerbaycan Cumhurbaşkanı İlham Aliyev de gösterilen dayanışma için Türk mevkidaşına teşekkür etti.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("SUPPORT", "gratitude")
    );
    assert_eq!(sides(e), (vec!["AZE"], vec!["TUR"]));
}

#[test]
fn asking_to_convey_greetings_is_no_request() {
    let r = extract(
        "2025-03-18",
        "Prezident İlham Əliyev salamlara görə minnətdarlığını bildirib və onun da salamlarını Qırğızıstan Prezidentinə çatdırmağı xahiş edib.",
    );
    let types: Vec<&str> = r.events.iter().map(|e| e.event_type.as_str()).collect();
    assert!(!types.contains(&"REQUEST"), "{:#?}", r.events);
    let r = extract(
        "2025-03-18",
        "Президент Казахстана Касым-Жомарт Токаев попросил передать наилучшие пожелания Президенту Азербайджана Ильхаму Алиеву.",
    );
    assert!(
        r.events.iter().all(|e| e.event_type != "REQUEST"),
        "{:#?}",
        r.events
    );
}

#[test]
fn expressed_grief_is_a_condolence() {
    let r = extract(
        "2022-09-07",
        "President of Azerbaijan Ilham Aliyev expressed deep grief over the loss of precious lives caused by the floods in Pakistan.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("SUPPORT", "condolence")
    );
    assert_eq!(sides(e), (vec!["AZE"], vec!["PAK"]));
}

#[test]
fn turkish_unknown_ministers_after_their_titles_are_named_in_full() {
    // A sentence of titles and names is as capitalised as an English headline;
    // Turkish writes none so, and its names carry no ending without an apostrophe.
    let r = extract(
        "2023-10-09",
        "Dışişleri Bakanı Hakan Fidan, bugün Afganistan Geçici Hükümeti Ticaret Bakanı Nureddin Azizi ile telefonda görüştü.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("CONSULT", "phone")
    );
    // The government's name stands between the country and the title.
    assert_eq!(sides(e), (vec!["TUR"], vec!["AFG"]));
    let azizi = r
        .entities
        .iter()
        .find(|x| x.id.ends_with("-azizi"))
        .expect("the unknown minister is an entity");
    assert_eq!(azizi.name, "Nureddin Azizi");
    let r = extract(
        "2025-10-16",
        "Dışişleri Bakanı Hakan Fidan, Bahreyn Dışişleri Bakanı Abdullatif Zeyani ile telefonda görüştü.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["TUR"], vec!["BHR"]));
    // Written without the article of names of "ez-Zeyani", he is still the
    // minister the knowledge base knows.
    assert_eq!(e.target.persons, ["person:abdullatif-al-zayani"]);
}

#[test]
fn an_arrival_visits_the_country_of_its_destination() {
    for (published, text) in [
        (
            "2025-03-13",
            "Президент Таджикистана Эмомали Рахмон прибыл в Бишкек с государственным визитом.",
        ),
        (
            "2025-03-13",
            "Tajik President Emomali Rahmon arrived in Bishkek on a state visit.",
        ),
    ] {
        let r = extract(published, text);
        let e = only(&r);
        assert_eq!(
            (e.event_type.as_str(), e.mode.as_str()),
            ("CONSULT", "visit"),
            "{text}"
        );
        assert_eq!(sides(e), (vec!["TJK"], vec!["KGZ"]), "{text}");
        assert_eq!(e.source.persons, ["person:emomali-rahmon"], "{text}");
    }
    // "Прибыль" (profit) is no arrival.
    let r = extract(
        "2025-03-13",
        "Министр иностранных дел Казахстана Мурат Нуртлеу встретился с Сергеем Лавровым и обсудил прибыль совместных предприятий.",
    );
    assert_eq!(only(&r).mode, "meeting");
}

#[test]
fn a_list_set_off_by_commas_is_one_coordination() {
    // The commas of "A, B и C" open clauses, yet all three sign.
    for text in [
        "Эмомали Рахмон, Садыр Жапаров и Шавкат Мирзиёев подписали договор о точке стыка границ.",
        "Emomali Rahmon, Sadyr Japarov and Shavkat Mirziyoyev signed a treaty on the border junction.",
    ] {
        let r = extract("2025-03-31", text);
        let e = only(&r);
        assert_eq!((e.event_type.as_str(), e.mode.as_str()), ("AGREE", "sign"), "{text}");
        assert_eq!(sides(e), (vec!["TJK"], vec!["KGZ", "UZB"]), "{text}");
    }
}

#[test]
fn a_passive_welcome_names_the_guests_first_and_an_accepted_invitation_is_no_reception() {
    let r = extract(
        "2025-03-31",
        "Президент Кыргызстана Садыр Жапаров и президент Узбекистана Шавкат Мирзиёев были встречены в аэропорту Худжанда президентом Таджикистана Эмомали Рахмоном.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("CONSULT", "visit")
    );
    assert_eq!(sides(e), (vec!["KGZ", "UZB"], vec!["TJK"]));
    let r = extract(
        "2024-10-27",
        "İlham Əliyev Gürcüstan hökumətinin başçısını yaxın vaxtlarda Azərbaycana səfərə dəvət edib. Dəvət məmnunluqla qəbul olunub.",
    );
    let e = only(&r);
    assert_eq!(e.status, "planned");
    assert_eq!(sides(e), (vec!["GEO"], vec!["AZE"]));
}

#[test]
fn a_pronoun_subject_stands_for_the_last_person_named() {
    let r = extract(
        "2024-10-21",
        "Kazakh Foreign Minister Murat Nurtleu arrived in Ankara on Monday. He thanked Turkey and Azerbaijan for their support.",
    );
    let thanks = with_mode(&r, "gratitude");
    assert_eq!(sides(thanks), (vec!["KAZ"], vec!["TUR", "AZE"]));
    assert_eq!(thanks.source.persons, ["person:murat-nurtleu"]);
    let r = extract(
        "2024-10-21",
        "Министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Анкару. Он поблагодарил Турцию за поддержку.",
    );
    let thanks = with_mode(&r, "gratitude");
    assert_eq!(sides(thanks), (vec!["KAZ"], vec!["TUR"]));
}

#[test]
fn unknown_ministers_of_other_portfolios_are_named() {
    // A sentence capitalised by known names and titles is no English headline.
    let r = extract(
        "2025-10-16",
        "Pakistani Defence Minister Khawaja Asif met Turkish Foreign Minister Hakan Fidan in Ankara.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["PAK"], vec!["TUR"]));
    assert_eq!(e.source.persons, ["person:khawaja-asif"]);
    // A headline capitalising every word names nobody.
    let r = extract(
        "2025-10-16",
        "Kazakh President Meets Defence Minister John Smith In Astana",
    );
    assert!(
        r.entities.iter().all(|x| !x.id.contains("smith")),
        "{:#?}",
        r.entities
    );
}

#[test]
fn a_date_that_describes_another_noun_does_not_date_the_event() {
    // The elections were held on the 26th; the congratulation is of the day.
    let r = extract(
        "2024-10-27",
        "Prezident İlham Əliyev oktyabrın 26-da keçirilmiş parlament seçkilərində qələbə münasibətilə Kobaxidzeni təbrik edib.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2024-10-27"));
    let r = extract(
        "2024-10-27",
        "Ilham Aliyev congratulated Irakli Kobakhidze on his party's victory in the elections held on 26 October.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2024-10-27"));
    // When the noun is the event's own ("the meeting held on the 26th"), the date is the event's.
    let r = extract(
        "2024-10-27",
        "Ceyhun Bayramov oktyabrın 26-da keçirilmiş görüşdə Gürcüstanın xarici işlər naziri ilə əməkdaşlığı müzakirə edib.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2024-10-26"));
}

#[test]
fn an_office_abroad_speaks_for_its_own_country_not_its_host() {
    // "Turkey's embassy in Kazakhstan thanked Kazakhstan's leadership and people."
    let r = extract(
        "2025-01-22",
        "Бүгін Түркияның Қазақстандағы елшілігі Қазақстан басшылығы мен халқына көрсеткен қолдауы мен жанашырлығы үшін алғыс білдірді.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "gratitude");
    assert_eq!(sides(e), (vec!["TUR"], vec!["KAZ"]));
}

#[test]
fn a_place_read_in_an_unknown_name_after_a_title_is_part_of_the_name() {
    // `Хань` passes for a stem of Hanoi ("Ханой").
    let r = extract(
        "2025-01-08",
        "Жүкті жөнелту рәсіміне Қытайдың Төтенше және Өкілетті Елшісі Хань Чуньлинь қатысты.",
    );
    assert!(
        r.entities.iter().all(|x| x.id != "place:hanoi"),
        "{:#?}",
        r.entities
    );
    assert!(
        r.entities.iter().any(|x| x.id.starts_with("person:khan")),
        "{:#?}",
        r.entities
    );
}

#[test]
fn the_lead_dates_the_events_told_after_it() {
    // The statement came out yesterday; the accusation that follows has no date of its own.
    let r = extract(
        "2024-06-05",
        "Azərbaycan Xarici İşlər Nazirliyinin mətbuat xidmətinin rəhbəri Ayxan Hacızadə dünən axşam bəyanat yayıb.\n\nHacızadə Ermənistanı ərazilərini qəsdən minalamaqda ittiham edib.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "ACCUSE");
    assert_eq!(e.date.as_deref(), Some("2024-06-04"));
}

#[test]
fn a_turkic_report_cue_takes_its_source_from_before_it() {
    // "According to the statement, Erdoğan spoke with Aliyev by phone last night":
    // the name after "göre" is the story's actor, not the report's source.
    let r = extract(
        "2024-12-26",
        "İletişim Başkanlığından yapılan yazılı açıklamaya göre Cumhurbaşkanı Recep Tayyip Erdoğan, dün akşam Azerbaycan Cumhurbaşkanı İlham Aliyev'le telefonda görüştü.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "phone");
    assert_eq!(sides(e), (vec!["TUR"], vec!["AZE"]));
    assert_eq!(e.date.as_deref(), Some("2024-12-25"));
}

#[test]
fn calling_someone_to_condole_is_a_phone_call_and_a_condolence() {
    let r = extract(
        "2024-12-26",
        "Dışişleri Bakanı Hakan Fidan da dün Azerbaycanlı mevkidaşı Ceyhun Bayramov'u arayarak başsağlığı diledi.",
    );
    assert_eq!(sides(with_mode(&r, "phone")), (vec!["TUR"], vec!["AZE"]));
    assert_eq!(
        sides(with_mode(&r, "condolence")),
        (vec!["TUR"], vec!["AZE"])
    );
    assert_eq!(r.events.len(), 2, "{:#?}", r.events);
}

#[test]
fn an_acronym_in_brackets_stays_in_its_officials_phrase() {
    let r = extract(
        "2024-12-26",
        "Türkiye Büyük Millet Meclisi (TBMM) Başkanı Numan Kurtulmuş bugün Bakü'yü ziyaret etti.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["TUR"], vec!["AZE"]));
    assert_eq!(e.source.organizations, ["org:parliament-tur"]);
    assert_eq!(e.source.persons, ["person:numan-kurtulmus"]);
}

#[test]
fn signing_a_book_of_condolence_is_no_agreement() {
    for text in [
        "Kurtulmuş, Azerbaycan'ın Ankara Büyükelçiliğinde kazada ölenler için açılan taziye defterini imzaladı.",
        "Prime Minister Olzhas Bektenov signed the book of condolences at the embassy of Azerbaijan.",
    ] {
        let r = extract("2024-12-26", text);
        assert!(
            r.events.iter().all(|e| e.event_type != "AGREE"),
            "{text}: {:#?}",
            r.events
        );
        // The book's name still tells the condolence.
        assert!(
            r.events.iter().any(|e| e.mode == "condolence"),
            "{text}: {:#?}",
            r.events
        );
    }
}

#[test]
fn fusion_turns_a_meeting_to_the_direction_of_the_visit_it_was() {
    // The headline names the host first; the lead says who arrived.
    let r = extract(
        "2025-05-22",
        "Адылбек Касымалиев и Олжас Бектенов провели переговоры в Бишкеке\n\nПредседатель Кабинета министров Кыргызстана Адылбек Касымалиев сегодня провел переговоры с премьер-министром Республики Казахстан Олжасом Бектеновым, прибывшим в Бишкек с официальным визитом.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["KGZ"]));
    assert_eq!(e.evidence.len(), 2);
}

#[test]
fn calls_between_other_people_of_one_pair_of_countries_stay_apart() {
    let r = extract(
        "2024-12-26",
        "Cumhurbaşkanı Recep Tayyip Erdoğan, dün akşam Azerbaycan Cumhurbaşkanı İlham Aliyev'le telefonda görüştü.\n\nDışişleri Bakanı Hakan Fidan da dün Azerbaycanlı mevkidaşı Ceyhun Bayramov'la telefonda görüştü.",
    );
    let calls: Vec<_> = r.events.iter().filter(|e| e.mode == "phone").collect();
    assert_eq!(calls.len(), 2, "{:#?}", r.events);
    assert_eq!(calls[0].source.persons, ["person:recep-tayyip-erdogan"]);
    assert_eq!(calls[1].source.persons, ["person:hakan-fidan"]);
}

#[test]
fn a_visit_to_an_embassy_is_a_meeting_with_it() {
    // Going to a foreign embassy in one's own capital is no journey to its country.
    for (text, guest, embassy) in [
        (
            "Министр иностранных дел Узбекистана Бахтиёр Саидов посетил посольство России в Ташкенте.",
            "UZB",
            "org:embassy-rus",
        ),
        (
            // A city between the owner in the genitive and the embassy is its seat.
            "TBMM Başkanı Numan Kurtulmuş bugün Azerbaycan'ın Ankara Büyükelçiliğini ziyaret etti.",
            "TUR",
            "org:embassy-aze",
        ),
    ] {
        let r = extract("2024-03-23", text);
        let e = only(&r);
        assert_eq!((e.mode.as_str(), e.cameo.as_str()), ("meeting", "040"), "{text}");
        assert_eq!(e.source.countries, [guest], "{text}");
        assert_eq!(e.target.organizations, [embassy], "{text}");
    }
}

#[test]
fn a_country_before_a_noun_like_side_takes_the_nouns_case() {
    // "with the Georgian side … highly appreciated": the instrumental on the noun
    // makes Georgia the counterpart, words away from the verb.
    let r = extract(
        "2025-04-22",
        "Олжас Бектенов Грузия тарапымен жолға қойылған тиімді өзара іс-қимылды жоғары бағалады.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "praise");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["GEO"]));
    // The possessive that ties the noun to the country is no case: "the
    // Azerbaijani side is ready to send more aid" has Azerbaijan as its subject.
    let r = extract(
        "2024-04-09",
        "Azərbaycan tərəfi Qazaxıstana əlavə yardım göndərməyə hazır olduğunu bildirib.",
    );
    assert!(
        r.events
            .iter()
            .all(|e| e.source.countries != ["KAZ"] && e.target.countries != ["AZE"]),
        "{:#?}",
        r.events
    );
}

#[test]
fn the_head_of_cabinet_named_by_title_alone_is_the_one_named_before() {
    let r = extract(
        "2025-05-22",
        "Председатель Кабинета министров Кыргызстана Адылбек Касымалиев провел переговоры с премьер-министром Казахстана Олжасом Бектеновым. Глава Кабмина поблагодарил казахстанскую сторону за поставки зерна.",
    );
    let e = with_mode(&r, "gratitude");
    assert_eq!(sides(e), (vec!["KGZ"], vec!["KAZ"]));
    assert_eq!(e.source.persons, ["person:adylbek-kasymaliev"]);
}

#[test]
fn a_reception_announced_is_a_planned_visit_from_guest_to_host() {
    for (text, guest, host) in [
        (
            "Завтра президент Кыргызстана Садыр Жапаров примет Олжаса Бектенова.",
            "KAZ",
            "KGZ",
        ),
        (
            "Cumhurbaşkanı Erdoğan yarın Azerbaycan Cumhurbaşkanı İlham Aliyev'i kabul edecek.",
            "AZE",
            "TUR",
        ),
    ] {
        let r = extract("2024-10-27", text);
        let e = only(&r);
        assert_eq!(
            (e.mode.as_str(), e.status.as_str()),
            ("visit", "planned"),
            "{text}"
        );
        assert_eq!(sides(e), (vec![guest], vec![host]), "{text}");
        assert_eq!(e.date.as_deref(), Some("2024-10-28"), "{text}");
    }
}

#[test]
fn a_protest_note_is_a_criticism_dated_by_its_own_day() {
    // "накануне" dates the raid the participle describes, not the note.
    let r = extract(
        "2025-06-28",
        "МИД Азербайджана вручил ноту протеста российскому дипломату в связи с гибелью двух человек в ходе операции, проведенной накануне в Екатеринбурге.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("DISAPPROVE", "criticize")
    );
    assert_eq!(sides(e), (vec!["AZE"], vec!["RUS"]));
    assert_eq!(e.date.as_deref(), Some("2025-06-28"));
}

#[test]
fn country_adjectives_coordinated_before_one_noun_share_it() {
    let r = extract(
        "2023-05-19",
        "По итогам переговоров Сергей Лавров высоко оценил конструктивный настрой азербайджанской и армянской делегаций.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "praise");
    assert_eq!(sides(e), (vec!["RUS"], vec!["AZE", "ARM"]));
}

#[test]
fn a_headline_summing_up_two_meetings_joins_their_evidence() {
    // "Bayramov met his Georgian and Kazakh counterparts in Antalya", then one
    // meeting with each: two events, the headline evidence of both.
    let r = extract(
        "2025-04-11",
        "Ceyhun Bayramov Antalyada gürcüstanlı və qazaxıstanlı həmkarları ilə görüşüb\n\nAzərbaycanın xarici işlər naziri Ceyhun Bayramov aprelin 11-də Antalyada Gürcüstanın xarici işlər naziri Maka Boçorişvili ilə görüşüb.\n\nDaha sonra nazir Bayramov Qazaxıstanın xarici işlər naziri Murat Nurtleu ilə də görüşüb.",
    );
    assert_eq!(r.events.len(), 2, "{:#?}", r.events);
    for (e, guest) in r.events.iter().zip(["GEO", "KAZ"]) {
        assert_eq!(sides(e), (vec!["AZE"], vec![guest]));
        assert_eq!(e.evidence.len(), 2, "{:#?}", e.evidence);
        assert!(e.evidence.iter().any(|x| x.text.contains("həmkarları")));
    }
}

#[test]
fn an_assistant_secretary_of_state_is_not_the_secretary() {
    let r = extract(
        "2024-05-22",
        "Foreign Minister Murat Nurtleu received U.S. Assistant Secretary of State Donald Lu.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["USA"], vec!["KAZ"]));
    assert_eq!(e.source.persons, ["person:donald-lu"]);
}

#[test]
fn a_place_between_a_date_and_its_participle_keeps_the_date_on_the_noun() {
    // "praised Kazakhstan's part in COP29, held in Baku last November": the
    // month dates the conference, not the praise.
    let r = extract(
        "2025-05-14",
        "Ceyhun Bayramov ötən ilin noyabrında Bakıda keçirilmiş COP29 konfransında Qazaxıstan nümayəndə heyətinin fəal iştirakını yüksək qiymətləndirib.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "praise");
    assert_eq!(sides(e), (vec!["AZE"], vec!["KAZ"]));
    assert_eq!(e.date.as_deref(), Some("2025-05-14"));
}

#[test]
fn the_rest_of_a_bodys_name_may_stand_between_it_and_a_title() {
    // "the chairman of the Mazhilis of the Parliament of Kazakhstan, on an official
    // visit to Azerbaijan": "Məclisinin" is no known name, but part of the body's.
    let r = extract(
        "2025-05-14",
        "Ceyhun Bayramov Azərbaycanda rəsmi səfərdə olan Qazaxıstan Parlamenti Məclisinin sədri Yerlan Koşanov ilə görüşüb.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["AZE"]));
    assert_eq!(e.source.organizations, ["org:parliament-kaz"]);
}

#[test]
fn a_relative_clause_takes_its_actors_from_the_clause_before_it() {
    // "… sent a telegram to Mishustin, in which he expressed condolences".
    let r = extract(
        "2024-03-24",
        "Кроме того, в субботу премьер-министр Узбекистана Абдулла Арипов направил телеграмму председателю правительства России Михаилу Мишустину, в которой выразил соболезнования.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "condolence");
    assert_eq!(sides(e), (vec!["UZB"], vec!["RUS"]));
    assert_eq!(e.target.persons, ["person:mikhail-mishustin"]);
    assert_eq!(e.date.as_deref(), Some("2024-03-23"));
}

#[test]
fn a_weekday_dates_a_planned_event_on_its_next_day() {
    // Published on Sunday 27 October 2024: "received on Friday" was the 25th,
    // "will receive on Friday" is 1 November.
    let past = extract(
        "2024-10-27",
        "President Tokayev received Azerbaijani President Ilham Aliyev on Friday.",
    );
    assert_eq!(only(&past).date.as_deref(), Some("2024-10-25"));
    let planned = extract(
        "2024-10-27",
        "President Tokayev will receive Azerbaijani President Ilham Aliyev on Friday.",
    );
    let e = only(&planned);
    assert_eq!(e.status, "planned");
    assert_eq!(e.date.as_deref(), Some("2024-11-01"));
}

#[test]
fn an_ambassador_in_an_oblique_case_is_the_counterpart() {
    // "посол" drops its vowel when inflected (посла, послу, послом): the
    // inflected forms are still the title, and the received envoy the guest.
    let r = extract(
        "2024-03-04",
        "АСТАНА, 4 марта. Президент Казахстана Касым-Жомарт Токаев принял посла России Алексея Бородавкина.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("CONSULT", "visit")
    );
    assert_eq!(sides(e), (vec!["RUS"], vec!["KAZ"]));
    assert_eq!(e.target.persons, ["person:kassym-jomart-tokayev"]);
}

#[test]
fn an_object_before_a_second_verb_is_not_its_subject() {
    // The summoned envoy stands between the first verb and "и": the ministry is
    // the subject of both verbs, the envoy the one accused.
    let r = extract(
        "2025-03-12",
        "МИД Грузии вызвал посла ЕС и обвинил его во вмешательстве во внутренние дела страны.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "ACCUSE");
    assert_eq!(e.source.countries, ["GEO"]);
    assert_eq!(e.target.organizations, ["org:eu"]);
}

#[test]
fn a_title_after_a_comma_does_not_join_the_body_before_it() {
    // "Как говорится в сообщении на сайте МИД РФ, послу был заявлен решительный
    // протест": the reporting ministry and the envoy handed the protest are two
    // phrases; the envoy in the dative is the one protested to.
    let page = "tests/corpus/pages/ru_05_mfa_summons_azerbaijani_ambassador.txt";
    let text = std::fs::read_to_string(common::repo().join(page)).expect("corpus page");
    let r = common::extractor()
        .extract(&common::doc("ru_05", &text))
        .expect("extracts");
    let protest = r
        .events
        .iter()
        .find(|e| e.mode == "criticize" && e.evidence[0].text.contains("послу был заявлен"))
        .unwrap_or_else(|| panic!("no protest in {:#?}", r.events));
    assert_eq!(sides(protest), (vec!["RUS"], vec!["AZE"]));
}

#[test]
fn a_list_before_a_coordination_shares_its_part() {
    // "…, A, B ve C ile telefonda görüştü": the three called leaders are set off
    // by commas and closed by "ve … ile"; each is a counterpart of the caller.
    let r = extract(
        "2025-03-30",
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Ramazan Bayramı'nın ilk gününde Pakistan Başbakanı Şahbaz Şerif, Katar Emiri Şeyh Temim bin Hamed Al Sani ve Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev ile telefonda görüştü.",
    );
    let mut called: Vec<&str> = r
        .events
        .iter()
        .filter(|e| e.mode == "phone")
        .inspect(|e| assert_eq!(e.source.countries, ["TUR"]))
        .flat_map(|e| e.target.countries.iter().map(String::as_str))
        .collect();
    called.sort_unstable();
    assert_eq!(called, ["KAZ", "PAK", "QAT"]);
}

#[test]
fn an_attack_condemned_in_a_country_is_no_criticism_of_it() {
    // The story's pair is Türkiye and Pakistan; condemning an attack in Pakistan
    // names no counterpart, and Pakistan, where it happened, is not guessed.
    let r = extract(
        "2025-03-30",
        "Cumhurbaşkanı Erdoğan, Pakistan Başbakanı Şahbaz Şerif ile telefonda görüştü. Erdoğan, Pakistan'da geçen ay bir yolcu trenine yönelik gerçekleştirilen terör saldırısını bir kez daha kınadı.",
    );
    assert_eq!(only(&r).mode, "phone");
}

#[test]
fn a_leadership_is_an_actor_and_a_framework_is_not() {
    // "Сауд Арабиясы басшылығына" (to the Saudi leadership) is the one thanked;
    // "БҰҰ аясындағы" (within the UN) frames the initiatives and acts for no one.
    let r = extract(
        "2025-05-14",
        "Қасым-Жомарт Тоқаев Сауд Арабиясы басшылығына Қазақстанның халықаралық бастамаларын, соның ішінде Біріккен Ұлттар Ұйымы аясындағы ұсыныстарын тұрақты қолдап келе жатқаны үшін алғыс айтты.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "gratitude");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["SAU"]));
    assert_eq!(e.source.persons, ["person:kassym-jomart-tokayev"]);
}

#[test]
fn an_unknown_official_named_again_without_his_title_is_the_same_person() {
    // Named once after his title and country, the deputy prime minister is found
    // again by his full name and by his surname, and keeps his country.
    let r = extract(
        "2024-10-04",
        "Заместитель премьер-министра Азербайджанской Республики Самир Шарифов в четверг провел встречу с вице-премьером России Алексеем Оверчуком. Днем ранее, в среду, Самир Шарифов провел переговоры с министром транспорта России Романом Старовойтом. Шарифов также посетил Астрахань.",
    );
    let mustafayev = r
        .entities
        .iter()
        .find(|e| e.id.ends_with("-sharifov"))
        .expect("the unknown official is an entity");
    assert_eq!(mustafayev.mentions.len(), 3, "{:#?}", mustafayev.mentions);
    let earlier = r
        .events
        .iter()
        .find(|e| e.date.as_deref() == Some("2024-10-02"))
        .unwrap_or_else(|| panic!("no talks on Wednesday in {:#?}", r.events));
    assert_eq!(sides(earlier), (vec!["AZE"], vec!["RUS"]));
    assert_eq!(earlier.source.persons, std::slice::from_ref(&mustafayev.id));
}

#[test]
fn a_side_with_neither_country_nor_body_makes_no_event() {
    // The minister's title names no country, and the page none either: his
    // accusation cannot be placed between two actors. (His surname, in "-ко",
    // takes no case ending and is kept whole.)
    let r = extract(
        "2025-03-12",
        "Глава МИД Иван Петренко обвинил посла ЕС во вмешательстве во внутренние дела.",
    );
    assert!(r.events.is_empty(), "{:#?}", r.events);
    assert!(r.entities.iter().any(|e| e.id == "person:ivan-petrenko"));
}

#[test]
fn a_frame_postposition_governs_a_whole_coordination() {
    // "BMT, TDT və İƏT çərçivəsində" (within the UN, the OTS and the OIC): none
    // of the three praises the others.
    let r = extract(
        "2025-03-12",
        "Azərbaycan Prezidenti İlham Əliyev Qazaxıstan Prezidenti Qasım-Jomart Tokayevlə görüşüb. Tərəflər BMT, TDT və İƏT çərçivəsində əməkdaşlığı yüksək qiymətləndiriblər.",
    );
    assert!(
        r.events.iter().all(|e| e.source.organizations.is_empty()),
        "{:#?}",
        r.events
    );
}

#[test]
fn what_a_call_was_about_is_no_event_of_its_own() {
    // The aid is what the ministers spoke about; the agreements signed after
    // "and" are an act of their own.
    for text in [
        "Fidan spoke by phone on Sunday with Egyptian Foreign Minister Sameh Shoukry about efforts to secure a truce in Gaza and the delivery of humanitarian aid.",
        "Министр иностранных дел Турции Хакан Фидан провел телефонный разговор с министром иностранных дел Египта Самехом Шукри о перемирии в Газе и доставке гуманитарной помощи.",
    ] {
        let r = extract("2024-06-04", text);
        assert_eq!(only(&r).mode, "phone", "{text}");
    }
    let r = extract(
        "2024-06-04",
        "Azerbaijani President Ilham Aliyev and Kazakh President Kassym-Jomart Tokayev held talks on trade and signed five agreements.",
    );
    with_mode(&r, "sign");
}

#[test]
fn a_place_after_ile_continues_no_list_of_actors() {
    // Turkish "ile" is both "with" and "and": "Tajani ile Brüksel'de" names the
    // counterpart and then the place, so Fidan before the comma stays the subject.
    let r = extract(
        "2025-04-03",
        "Dışişleri Bakanı Fidan, İtalya Dışişleri Bakanı Tajani ile Brüksel'de görüştü.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["TUR"], vec!["ITA"]));
    assert_eq!(e.source.persons, ["person:hakan-fidan"]);
    assert_eq!(e.target.persons, ["person:antonio-tajani"]);
}

#[test]
fn a_delegation_named_after_its_leader_acts_in_the_case_of_its_noun() {
    // "received the delegation led by X": in verb-final languages the leader
    // stands first, in the genitive or bare, and the delegation's noun after
    // "led by" carries the case that makes him the guest.
    for (published, text) in [
        ("2025-06-10", "Milli Məclisin sədri Sahibə Qafarova Pakistanın Baş naziri Şahbaz Şərifin rəhbərlik etdiyi parlament nümayəndə heyətini qəbul edib."),
        ("2025-06-10", "Мемлекет басшысы Қасым-Жомарт Тоқаев Пәкістан премьер-министрі Шахбаз Шариф бастаған делегацияны қабылдады."),
    ] {
        let r = extract(published, text);
        let e = only(&r);
        assert_eq!(e.mode, "visit", "{text}");
        assert_eq!(e.source.persons, ["person:shehbaz-sharif"], "{text}");
        assert_eq!(e.source.countries, ["PAK"], "{text}");
        // The delegation's "parlament" is Pakistan's, not the host's.
        assert!(e.source.organizations.is_empty(), "{text}: {:?}", e.source);
    }
    // Led by someone, a delegation in the nominative is the subject.
    let r = extract(
        "2025-06-10",
        "Pakistanın Baş naziri Şahbaz Şərifin rəhbərlik etdiyi nümayəndə heyəti Sahibə Qafarova ilə görüşüb.",
    );
    assert_eq!(sides(only(&r)), (vec!["PAK"], vec!["AZE"]));
    assert_eq!(only(&r).target.persons, ["person:sahiba-gafarova"]);
}

#[test]
fn a_visit_still_to_come_is_dated_by_its_month_in_the_year_ahead() {
    // Written in October, "in April" and "5 апреля" are next year's; a month
    // after the verb dates an event still to come.
    for (text, date) in [
        ("Finnish Foreign Minister Elina Valtonen will visit Azerbaijan in April.", "2025-04"),
        ("Министр иностранных дел Финляндии Элина Валтонен посетит Азербайджан 5 апреля.", "2025-04-05"),
        ("Finlandiyanın xarici işlər naziri Elina Valtonenin aprel ayında Azərbaycana səfər edəcəyi qeyd olunub.", "2025-04"),
    ] {
        let r = extract("2024-10-27", text);
        let e = only(&r);
        assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"), "{text}");
        assert_eq!(e.date.as_deref(), Some(date), "{text}");
    }
    // A week before publication is a late report, not next year's visit.
    let r = extract(
        "2024-10-27",
        "Finnish Foreign Minister Elina Valtonen will visit Azerbaijan on 20 October.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2024-10-20"));
    // A visit that took place keeps the month it is given.
    let r = extract(
        "2024-10-27",
        "В апреле министр иностранных дел Финляндии Элина Валтонен посетила Азербайджан.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2024-04"));
}

#[test]
fn an_invitation_and_the_dated_visit_it_announces_are_one_event() {
    let r = extract(
        "2024-01-26",
        "Президент Франции Эммануэль Макрон пригласил премьер-министра Армении Никола Пашиняна посетить Париж. Никол Пашинян принял приглашение и посетит Францию в феврале.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(e.date.as_deref(), Some("2024-02"));
    assert_eq!(e.evidence.len(), 2);
}

#[test]
fn a_guest_on_a_state_visit_is_a_visit_beside_what_he_signs() {
    // "находящийся в Ташкенте с государственным визитом": the participle tells a
    // visit of its own, besides the signing the sentence is about.
    let r = extract(
        "2025-04-16",
        "Президент Узбекистана Шавкат Мирзиёев и президент Туркмении Сердар Бердымухамедов, находящийся в Ташкенте с государственным визитом, подписали Совместную декларацию о стратегическом партнерстве.",
    );
    let visit = with_mode(&r, "visit");
    assert_eq!(sides(visit), (vec!["TKM"], vec!["UZB"]));
    assert_eq!(visit.source.persons, ["person:serdar-berdimuhamedow"]);
    assert_eq!(sides(with_mode(&r, "sign")), (vec!["UZB"], vec!["TKM"]));
}

#[test]
fn the_guest_and_our_country_stand_for_the_sides_of_the_visit() {
    // After a reception, "Qonaq" (the guest) is the visitor and "ölkəmizə" (to
    // our country) the outlet's own country, Azerbaijan's by its language here.
    let r = extract(
        "2025-06-10",
        "Sahibə Qafarova Pakistanın Baş naziri Şahbaz Şərifi qəbul edib. Qonaq ölkəmizə təşəkkürünü bildirib.",
    );
    let thanks = with_mode(&r, "gratitude");
    assert_eq!(sides(thanks), (vec!["PAK"], vec!["AZE"]));
    assert_eq!(thanks.source.persons, ["person:shehbaz-sharif"]);
    let our_country = r
        .entities
        .iter()
        .find(|e| e.id == "country:AZE")
        .expect("Azerbaijan is an entity");
    assert!(our_country.mentions.iter().any(|m| m.text == "ölkəmizə"));
    // A Russian page names no home country: "нашу страну" stays unnamed.
    let r = extract(
        "2025-04-01",
        "Премьер-министр Пакистана Шахбаз Шариф посетит нашу страну в апреле.",
    );
    assert!(r
        .entities
        .iter()
        .all(|e| e.mentions.iter().all(|m| m.text != "нашу страну")));
}

#[test]
fn a_capital_named_by_its_country_adjective_is_that_country() {
    // "в кыргызскую столицу", "the Kyrgyz capital": the host of the visit.
    for (published, text) in [
        ("2025-03-13", "Президент Таджикистана Эмомали Рахмон прибыл в кыргызскую столицу с государственным визитом."),
        ("2025-03-13", "Tajik President Emomali Rahmon arrived in the Kyrgyz capital on a state visit."),
    ] {
        let r = extract(published, text);
        let e = only(&r);
        assert_eq!(e.mode, "visit", "{text}");
        assert_eq!(sides(e), (vec!["TJK"], vec!["KGZ"]), "{text}");
    }
}

#[test]
fn welcoming_a_signing_is_praise_and_no_signing() {
    let r = extract(
        "2025-03-13",
        "Генеральный секретарь ООН Антониу Гутерриш приветствовал подписание договора между Кыргызстаном и Таджикистаном.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "praise");
    assert_eq!(e.source.organizations, ["org:un"]);
    assert_eq!(sides(e).1, ["KGZ", "TJK"]);
    // "takdir etti" (appreciated) praises in Turkish.
    let r = extract(
        "2025-01-15",
        "Cumhurbaşkanı Erdoğan, Azerbaycan'ın barış sürecindeki kararlı tutumunu takdir etti.",
    );
    assert_eq!(sides(with_mode(&r, "praise")), (vec!["TUR"], vec!["AZE"]));
}

#[test]
fn a_name_before_a_gatherings_noun_is_no_actor() {
    // "ШЫҰ саммитіне" (to the SCO summit) names the summit; the thanks in the
    // clause after the comma are Tokayev's, to the Chinese leader.
    let r = extract(
        "2024-07-02",
        "Қасым-Жомарт Тоқаев Қытай көшбасшысына Қазақстанға мемлекеттік сапар жасап, оны ШЫҰ саммитіне қатысумен ұштастырғаны үшін алғыс айтты.",
    );
    let e = with_mode(&r, "gratitude");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["CHN"]));
    assert_eq!(e.source.persons, ["person:kassym-jomart-tokayev"]);
    // Set off by a comma, the name before "toplantı" (a meeting) is still the
    // subject: the gathering is what the rest of the clause happens at.
    let r = extract(
        "2025-04-03",
        "Bakan Hakan Fidan, toplantı kapsamında NATO Genel Sekreteri Mark Rutte ile de bir araya geldi.",
    );
    let e = only(&r);
    assert_eq!(e.source.persons, ["person:hakan-fidan"]);
    assert_eq!(e.target.organizations, ["org:nato"]);
}

#[test]
fn a_protest_told_without_its_agent_is_the_reporting_officials() {
    // The ambassador in the dative opens the sentence: he is the counterpart,
    // and the spokeswoman who reports the protest speaks for the side making it.
    let r = extract(
        "2025-06-30",
        "Послу Азербайджана был заявлен решительный протест, сообщила Мария Захарова.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("DISAPPROVE", "criticize")
    );
    assert_eq!(sides(e), (vec!["RUS"], vec!["AZE"]));
    assert_eq!(e.source.persons, ["person:maria-zakharova"]);
}

#[test]
fn what_an_official_reports_doing_is_his_act() {
    let r = extract(
        "2025-06-30",
        "Президент Казахстана Касым-Жомарт Токаев сообщил, что провел телефонный разговор с Владимиром Путиным.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("CONSULT", "phone")
    );
    assert_eq!(sides(e), (vec!["KAZ"], vec!["RUS"]));
    assert_eq!(e.source.persons, ["person:kassym-jomart-tokayev"]);
}

#[test]
fn condemning_a_countrys_actions_condemns_the_country() {
    let r = extract("2025-06-13", "Сергей Лавров осудил действия Израиля.");
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("DISAPPROVE", "criticize")
    );
    assert_eq!(sides(e), (vec!["RUS"], vec!["ISR"]));
}

#[test]
fn bodies_after_a_noun_and_in_are_venues_not_parties() {
    // "взаимодействие в ООН, ШОС, СНГ": where the two ministries work together,
    // not a meeting with the CIS.
    let r = extract(
        "2025-02-11",
        "Президент Казахстана Касым-Жомарт Токаев принял министра иностранных дел Узбекистана \
         Бахтиёра Саидова. Как сообщили в МИД РК, министры обсудили график межмидовских \
         консультаций, а также взаимодействие в ООН, ШОС, СНГ и в формате Консультативных \
         встреч глав государств Центральной Азии.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["UZB"], vec!["KAZ"]));
    assert!(r.events.iter().all(|e| e.source.organizations.is_empty()));
}

#[test]
fn a_second_verb_shares_the_subject_past_the_first_verbs_object() {
    // "проинформировал кыргызскую сторону о ходе переговоров … между Азербайджаном
    // и Арменией и поблагодарил Бишкек": all before "и" belongs to the first verb.
    let r = extract(
        "2025-04-15",
        "Джейхун Байрамов, в свою очередь, проинформировал кыргызскую сторону о ходе \
         переговоров по мирному договору между Азербайджаном и Арменией и поблагодарил \
         Бишкек за последовательную поддержку территориальной целостности Азербайджана.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "gratitude");
    assert_eq!(sides(e), (vec!["AZE"], vec!["KGZ"]));
    assert_eq!(e.source.persons, ["person:jeyhun-bayramov"]);
    // Two subjects joined by "и" stay one subject of both verbs.
    let r = extract(
        "2025-04-15",
        "Байрамов и Кулубаев провели переговоры и подписали план консультаций.",
    );
    let e = with_mode(&r, "sign");
    assert_eq!(sides(e), (vec!["AZE"], vec!["KGZ"]));
}

#[test]
fn of_three_parties_meeting_in_one_of_them_the_host_is_one_side() {
    // A list set off by commas after a title names three parties, not a title
    // of two countries and a third party.
    let r = extract(
        "2025-05-27",
        "The foreign ministers of Azerbaijan, Georgia and Türkiye met in Baku on 27 May for \
         another round of their trilateral talks.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "meeting");
    assert_eq!(sides(e), (vec!["GEO", "TUR"], vec!["AZE"]));
    assert_eq!(e.location.country.as_deref(), Some("AZE"));
    // A place before a title is where the meeting is, not the title's seat; and
    // "проведут" tells a meeting still to come.
    let r = extract(
        "2025-03-14",
        "31 марта в Худжанде президенты Кыргызстана, Таджикистана и Узбекистана проведут \
         трехстороннюю встречу.",
    );
    let e = only(&r);
    assert_eq!(e.status, "planned");
    assert_eq!(sides(e), (vec!["KGZ", "UZB"], vec!["TJK"]));
    assert_eq!(e.location.place.as_deref(), Some("place:khujand"));
    assert_eq!(e.date.as_deref(), Some("2025-03-31"));
}

#[test]
fn the_side_whose_initiative_a_call_was_is_the_caller() {
    for (published, text, caller, callee) in [
        (
            "2025-06-19",
            "Токаев провел телефонный разговор с Федеральным канцлером Германии Фридрихом \
             Мерцем. Разговор состоялся по инициативе германской стороны.",
            "DEU",
            "KAZ",
        ),
        (
            "2025-06-19",
            "Мемлекет басшысы Қасым-Жомарт Тоқаев Германия канцлері Фридрих Мерцпен телефон \
             арқылы сөйлесті. Телефон әңгімесі неміс тарапының бастамасымен өтті. Қасым-Жомарт \
             Тоқаев Германия канцлерін Қазақстанға ресми сапармен келуге шақырды. Шақыру \
             ризашылықпен қабылданды.",
            "DEU",
            "KAZ",
        ),
        // Without a word on the initiative, the one named first calls.
        (
            "2025-06-19",
            "Tokayev held a phone call with German Chancellor Friedrich Merz.",
            "KAZ",
            "DEU",
        ),
    ] {
        let r = extract(published, text);
        let e = with_mode(&r, "phone");
        assert_eq!(sides(e), (vec![caller], vec![callee]), "{text}");
        // An invitation accepted ("Шақыру ризашылықпен қабылданды") is no
        // reception, and so no visit fused into the call.
        assert!(
            r.events
                .iter()
                .all(|e| e.status != "occurred" || e.mode != "visit"),
            "{text}"
        );
    }
}

#[test]
fn an_unknown_official_keeps_the_country_of_a_title_after_a_bodys_name() {
    // "Özbəkistan Respublikası Ali Məclisi Senatının sədri": the body's name,
    // with the Oliy Majlis in it, stands between the country and the title; the official, named
    // again without them, still acts for Uzbekistan, and "dövlətimizin başçısı"
    // is the outlet's own head of state.
    let r = extract(
        "2025-06-10",
        "İyunun 10-da Azərbaycan Respublikasının Prezidenti İlham Əliyev Özbəkistan \
         Respublikası Ali Məclisi Senatının sədri Tanzila Narbayevanın rəhbərlik etdiyi \
         nümayəndə heyətini qəbul edib. Tanzila Narbayeva Bakıda nümayəndə heyətinə \
         göstərilən səmimi qonaqpərvərliyə görə dövlətimizin başçısına təşəkkür edib. \
         Xatırladaq ki, dünən Tanzila Narbayeva Milli Məclisin Sədri Sahibə Qafarova ilə \
         görüşüb.",
    );
    let thanks = with_mode(&r, "gratitude");
    assert_eq!(sides(thanks), (vec!["UZB"], vec!["AZE"]));
    assert_eq!(thanks.source.persons, ["person:tanzila-narbayeva"]);
    // Her talks in the Milli Majlis the day before were held during the same
    // visit: a visit of their own, with the speaker as host.
    let talks = r
        .events
        .iter()
        .find(|e| e.target.persons == ["person:sahiba-gafarova"])
        .expect("the talks with the speaker");
    assert_eq!(talks.mode, "visit");
    assert_eq!(sides(talks), (vec!["UZB"], vec!["AZE"]));
    assert_eq!(talks.date.as_deref(), Some("2025-06-09"));
}

#[test]
fn an_article_keeps_a_title_and_its_country_together() {
    // "President of the Kyrgyz Republic": with the country apart from its
    // title, the bare "President" had been read as the dateline country's.
    let r = extract(
        "2025-10-07",
        "GABALA, October 7 (Kabar) – President of the Kyrgyz Republic Sadyr Japarov met with \
         President of the Republic of Türkiye Recep Tayyip Erdoğan on Tuesday.",
    );
    let e = only(&r);
    let mut countries = [e.source.countries.clone(), e.target.countries.clone()].concat();
    countries.sort();
    assert_eq!(countries, ["KGZ", "TUR"]);
    assert!(!e
        .source
        .persons
        .iter()
        .chain(&e.target.persons)
        .any(|p| p == "person:ilham-aliyev"));
}

#[test]
fn a_headline_comma_joins_the_two_parties_of_a_meeting() {
    let r = extract(
        "2025-10-07",
        "Sadyr Japarov, Recep Tayyip Erdogan hold talks on sidelines of OTS summit in Gabala",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["KGZ"], vec!["TUR"]));
    assert!(e.target.organizations.is_empty(), "{:?}", e.target);
}

#[test]
fn on_whose_behalf_an_official_speaks_is_not_the_subject() {
    // "от имени народа Казахстана" in the relative clause leaves its subject to
    // the clause before, which also names the one condoled.
    let r = extract(
        "2025-01-22",
        "Касым-Жомарт Токаев направил турецкому президенту телеграмму, в которой от имени народа Казахстана выразил глубокое сочувствие семьям погибших.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("SUPPORT", "condolence")
    );
    assert_eq!(sides(e), (vec!["KAZ"], vec!["TUR"]));
}

#[test]
fn sharing_a_countrys_grief_is_condolence() {
    let r = extract(
        "2025-01-22",
        "Президент Азербайджана Ильхам Алиев позвонил Эрдогану и заявил, что азербайджанский народ разделяет горе братской Турции.",
    );
    let e = with_mode(&r, "condolence");
    assert_eq!(sides(e), (vec!["AZE"], vec!["TUR"]));
}

#[test]
fn a_preposition_is_no_weekday() {
    // "среди" reads as "сред-а" (Wednesday) with an ending: the condolence is
    // Friday's, told in the call's paragraph.
    let r = extract(
        "2025-06-13",
        "Президент России Владимир Путин в пятницу позвонил президенту Ирана Масуду Пезешкиану. Российский лидер выразил Пезешкиану глубокие соболезнования в связи с многочисленными жертвами, в том числе среди мирного населения.",
    );
    let e = with_mode(&r, "condolence");
    assert_eq!(e.date.as_deref(), Some("2025-06-13"));
}

#[test]
fn a_visit_paid_last_july_is_last_years_july() {
    // Published in March: "last July" is July of the year before, and a state
    // visit "paid" is a visit.
    let r = extract(
        "2025-03-13",
        "President Ilham Aliyev paid a state visit to Pakistan last July.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("CONSULT", "visit")
    );
    assert_eq!(sides(e), (vec!["AZE"], vec!["PAK"]));
    assert_eq!(e.date.as_deref(), Some("2024-07"));
    // "geçen temmuz" in Turkish, a month before the publication's.
    let r = extract(
        "2025-08-20",
        "Cumhurbaşkanı Erdoğan geçen temmuz Pakistan'ı ziyaret etti.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2025-07"));
}

#[test]
fn a_body_before_its_leaderships_noun_takes_the_nouns_case() {
    // "Aİ rəhbərliyinin" is the EU leadership's: a possessor, not the subject
    // of the thanks that Bayramov, set off by commas, gives.
    let r = extract(
        "2025-08-12",
        "Azərbaycanın xarici işlər naziri Ceyhun Bayramov Avropa İttifaqının Ali nümayəndəsi Kaya Kallas ilə telefon danışığı aparıb. C.Bayramov, öz növbəsində, Aİ rəhbərliyinin konstruktiv mövqeyinə görə həmsöhbətinə təşəkkürünü çatdırıb.",
    );
    let e = with_mode(&r, "gratitude");
    assert_eq!(sides(e).0, vec!["AZE"]);
    assert_eq!(e.target.organizations, ["org:eu"]);
}

#[test]
fn reports_naming_more_of_a_bodys_offices_are_one_call() {
    // The headline names the EU's High Representative; the lead also names
    // her as a Vice-President of the Commission.
    let r = extract(
        "2025-08-12",
        "Ceyhun Bayramov Kaya Kallasla telefonla danışıb\n\nAzərbaycanın xarici işlər naziri Ceyhun Bayramov Avropa İttifaqının xarici işlər və təhlükəsizlik siyasəti üzrə Ali nümayəndəsi, Avropa Komissiyasının vitse-prezidenti Kaya Kallas ilə telefon danışığı aparıb.",
    );
    let calls: Vec<_> = r.events.iter().filter(|e| e.mode == "phone").collect();
    assert_eq!(calls.len(), 1, "{:#?}", r.events);
    assert!(calls[0]
        .target
        .organizations
        .contains(&"org:eu".to_string()));
}

#[test]
fn the_inviter_is_not_the_visitor() {
    // "по приглашению Шавката Мирзиёева" before the verb names the host, not
    // the subject of "посетит", which is Tokayev's.
    let r = extract(
        "2025-02-12",
        "Токаев подтвердил, что по приглашению Шавката Мирзиёева в апреле посетит Узбекистан с государственным визитом.",
    );
    let e = with_mode(&r, "visit");
    assert_eq!(e.status, "planned");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["UZB"]));
    assert_eq!(e.date.as_deref(), Some("2025-04"));
}

#[test]
fn a_name_before_a_leaders_summit_names_the_summit() {
    // "NATO Liderler Zirvesi'nin marjında": NATO names the summit where
    // Erdoğan met Trump, and takes no part in the meeting.
    let r = extract(
        "2025-06-25",
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Lahey'deki NATO Liderler Zirvesi'nin marjında ABD Başkanı Donald Trump ile görüştü.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["TUR"], vec!["USA"]));
    assert!(e.source.organizations.is_empty() && e.target.organizations.is_empty());
}

#[test]
fn a_year_told_relatively_dates_a_planned_visit_after_its_verb_and_a_past_one_before() {
    let r = extract(
        "2025-04-22",
        "Tokayev asked the minister to convey his warm greetings to UAE President Mohamed bin Zayed Al Nahyan and confirmed that he had accepted an invitation to pay an official visit to Abu Dhabi later this year.",
    );
    // Asking to convey greetings is courtesy: no request, and nothing denied.
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["KAZ"], vec!["ARE"]));
    assert_eq!(e.date.as_deref(), Some("2025"));
    let r = extract(
        "2025-04-22",
        "В прошлом году Касым-Жомарт Токаев посетил Абу-Даби.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2024"));
}

#[test]
fn a_visit_agreed_on_as_a_verbal_noun_is_planned() {
    // "Жапаровтың … сапармен келуі туралы уағдаласты": they agreed on
    // Japarov's coming on a state visit next year.
    let r = extract(
        "2024-12-06",
        "Мемлекет басшылары алдағы жылы Жоғары мемлекетаралық кеңестің кезекті отырысын өткізу үшін Садыр Жапаровтың Қазақстанға мемлекеттік сапармен келуі туралы уағдаласты.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["KGZ"], vec!["KAZ"]));
    assert_eq!(e.date.as_deref(), Some("2025"));
}

#[test]
fn a_visitor_received_by_other_hosts_has_a_visit_with_each() {
    // The reception by the president and the talks with the counterpart are
    // two visits of one guest; the talks had been fused into the reception.
    for (published, text, hosts) in [
        (
            "2024-11-12",
            "President Kassym-Jomart Tokayev on Tuesday received Azerbaijani Foreign Minister \
             Jeyhun Bayramov, who is in Astana on an official visit. Earlier in the day, Bayramov \
             held talks with Kazakh Foreign Minister Murat Nurtleu.",
            ["person:kassym-jomart-tokayev", "person:murat-nurtleu"],
        ),
        (
            "2024-11-12",
            "Министр иностранных дел Азербайджана Джейхун Байрамов во вторник прибыл в Астану с \
             официальным визитом. В Акорде Президент Казахстана Касым-Жомарт Токаев принял \
             Джейхуна Байрамова. Затем состоялись переговоры Мурата Нуртлеу и Джейхуна \
             Байрамова в узком и расширенном составах.",
            ["person:kassym-jomart-tokayev", "person:murat-nurtleu"],
        ),
    ] {
        let r = extract(published, text);
        let visits: Vec<&EventRecord> = r.events.iter().filter(|e| e.mode == "visit").collect();
        assert_eq!(visits.len(), 2, "{text}\n{:#?}", r.events);
        for (visit, host) in visits.iter().zip(hosts) {
            // Both run from the guest to the host, the talks too.
            assert_eq!(sides(visit), (vec!["AZE"], vec!["KAZ"]), "{text}");
            assert_eq!(visit.target.persons, [host], "{text}");
        }
    }
    // One host named twice is one visit.
    let r = extract(
        "2024-11-12",
        "President Kassym-Jomart Tokayev received Azerbaijani Foreign Minister Jeyhun Bayramov \
         in Astana. Tokayev and Bayramov discussed regional transport.",
    );
    assert_eq!(r.events.iter().filter(|e| e.mode == "visit").count(), 1);
}

#[test]
fn wang_yi_is_found_with_a_kazakh_case_ending() {
    // "Ван И" has a one-letter last word, too short to lose an ending:
    // its Kazakh cases are listed whole. "Имен" had made an unknown person.
    let r = extract(
        "2024-06-18",
        "Кеше Мұрат Нұртілеу Қытай Сыртқы істер министрі Ван Имен телефон арқылы сөйлесті.",
    );
    let e = with_mode(&r, "phone");
    assert_eq!(e.target.persons, ["person:wang-yi"]);
    assert!(r.entities.iter().all(|x| x.id != "person:van-imen"));
}

#[test]
fn the_initiative_turns_every_report_of_the_call() {
    // The headline reports the call too; it had kept its first-named caller
    // when the reports fused.
    let text = "Тоқаев Мерцпен телефон арқылы сөйлесті\n\nКеше Мемлекет басшысы Қасым-Жомарт \
                Тоқаев Германия канцлері Фридрих Мерцпен телефон арқылы сөйлесті. Телефон \
                әңгімесі неміс тарапының бастамасымен өтті.";
    let r = extract("2025-06-19", text);
    assert_eq!(sides(with_mode(&r, "phone")), (vec!["DEU"], vec!["KAZ"]));
    // A lower-case nation name is the country's adjective in Kazakh.
    let text = "Кеше Мұрат Нұртілеу Қытай Сыртқы істер министрі Ван Имен телефон арқылы \
                сөйлесті. Телефон әңгімесі қытай тарапының бастамасымен өтті.";
    let r = extract("2024-06-18", text);
    assert_eq!(sides(with_mode(&r, "phone")), (vec!["CHN"], vec!["KAZ"]));
}

#[test]
fn turkish_plural_bodies_dated_nouns_and_thanks_offered() {
    // "Parlamentolar Arası" names no one parliament: it had been taken for the
    // Kazakh one and kept the signing from having its two sides.
    let r = extract(
        "2024-10-15",
        "Kurtulmuş ve Aşimbayev, Parlamentolar Arası İşbirliği Protokolü'nü imzaladı.",
    );
    let e = with_mode(&r, "sign");
    assert_eq!(sides(e), (vec!["TUR"], vec!["KAZ"]));
    // "Görüşmenin ardından" refers to the meeting: no second one.
    let r = extract(
        "2024-10-15",
        "Görüşmenin ardından Kurtulmuş ve Aşimbayev, İşbirliği Protokolü'nü imzaladı.",
    );
    assert!(
        r.events.iter().all(|e| e.event_type != "CONSULT"),
        "{:#?}",
        r.events
    );
    // "şükranlarını sundu" offers thanks; "6 Şubat depremlerinin" dates the
    // earthquakes, not the thanks.
    let r = extract(
        "2024-10-15",
        "Numan Kurtulmuş, 6 Şubat depremlerinin ardından Kazakistan'ın gönderdiği ekipler için \
         Kazak halkına şükranlarını sundu.",
    );
    let e = with_mode(&r, "gratitude");
    assert_eq!(sides(e), (vec!["TUR"], vec!["KAZ"]));
    assert_eq!(e.date.as_deref(), Some("2024-10-15"));
}

#[test]
fn a_title_set_off_by_a_dash_is_not_its_holders_counterpart() {
    // On a dated page the deputy prime minister's title before the dash
    // stands for Nurtleu himself: he had become his own counterpart, and the
    // event was dropped.
    let r = extract(
        "2024-09-04",
        "Вчера в Москве заместитель премьер-министра – министр иностранных дел Казахстана \
         Мурат Нуртлеу, находящийся в России с рабочим визитом, провел переговоры с министром \
         иностранных дел Российской Федерации Сергеем Лавровым, сообщает пресс-служба \
         казахстанского внешнеполитического ведомства.",
    );
    let e = with_mode(&r, "visit");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["RUS"]));
    assert_eq!(e.source.persons, ["person:murat-nurtleu"]);
    assert_eq!(e.date.as_deref(), Some("2024-09-03"));
}

#[test]
fn countries_inside_a_phrase_after_the_counterpart_are_its_topic() {
    // Iran and the US are where Oman mediated, not parties Lavrov praised.
    let r = extract(
        "2025-05-20",
        "Лавров высоко оценил посредничество Омана в контактах Ирана и США.",
    );
    let e = with_mode(&r, "praise");
    assert_eq!(sides(e), (vec!["RUS"], vec!["OMN"]));
    let r = extract(
        "2025-06-20",
        "Araghchi accused Israel of attacks on Iran with the support of the United States.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["IRN"], vec!["ISR"]));
    // A counterpart coordinated after another's phrase is still one.
    let r = extract(
        "2025-10-19",
        "Лавров поблагодарил Катар за посредничество и Турцию за поддержку.",
    );
    let e = with_mode(&r, "gratitude");
    assert_eq!(sides(e), (vec!["RUS"], vec!["QAT", "TUR"]));
}

#[test]
fn a_reception_of_a_visiting_guest_keeps_the_hosts_code() {
    // "с официальным визитом" says why the guest is there; the sentence tells
    // the president's reception (043), not the guest's visit (042).
    let r = extract(
        "2025-01-16",
        "Президент Казахстана Касым-Жомарт Токаев принял министра иностранных дел Турции \
         Хакана Фидана, находящегося в Астане с официальным визитом.",
    );
    let e = with_mode(&r, "visit");
    assert_eq!(sides(e), (vec!["TUR"], vec!["KAZ"]));
    assert_eq!(e.cameo, "043");
    // The guest's own visit keeps 042.
    let r = extract(
        "2025-01-16",
        "Министр иностранных дел Турции Хакан Фидан прибыл в Астану с официальным визитом.",
    );
    assert_eq!(with_mode(&r, "visit").cameo, "042");
}

#[test]
fn an_invitation_handed_over_is_its_owners() {
    // The minister passes on his president's invitation: Tokayev is the guest
    // of Erdogan, and Fidan is no party.
    let r = extract(
        "2025-01-16",
        "Фидан передал Токаеву приглашение Президента Эрдогана посетить Турцию.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["KAZ"], vec!["TUR"]));
    assert_eq!(e.target.persons, ["person:recep-tayyip-erdogan"]);
    // The owner in the genitive before the noun, in a verb-final language.
    let r = extract(
        "2025-09-16",
        "Qonaq Prezident İlham Əliyevə Tacikistan Prezidentinin dəvətini çatdırıb.",
    );
    assert_eq!(sides(only(&r)), (vec!["AZE"], vec!["TJK"]));
    let r = extract(
        "2025-01-16",
        "Fidan handed over an invitation from President Erdogan to President Tokayev to visit Turkey.",
    );
    assert_eq!(sides(only(&r)), (vec!["KAZ"], vec!["TUR"]));
    // With no owner, the one who hands it over invites.
    let r = extract(
        "2025-01-16",
        "Фидан передал Токаеву приглашение посетить Турцию.",
    );
    assert_eq!(sides(only(&r)), (vec!["KAZ"], vec!["TUR"]));
    // A visit made at someone's invitation is no invitation.
    let r = extract(
        "2025-01-16",
        "Токаев прибыл в Баку по приглашению Президента Азербайджана Ильхама Алиева.",
    );
    let e = only(&r);
    assert_eq!(e.status, "occurred");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["AZE"]));
}

#[test]
fn a_reception_expected_tomorrow_in_the_passive_is_planned() {
    // A Turkic verbal noun of the passive reception; "sabah" is tomorrow.
    let r = extract(
        "2025-03-03",
        "Səfər çərçivəsində Abbas Əraqçinin sabah Prezident İlham Əliyev tərəfindən qəbul \
         olunması gözlənilir.",
    );
    let e = only(&r);
    assert_eq!((e.cameo.as_str(), e.status.as_str()), ("043", "planned"));
    assert_eq!(sides(e), (vec!["IRN"], vec!["AZE"]));
    assert_eq!(e.date.as_deref(), Some("2025-03-04"));
}

#[test]
fn a_noun_cue_with_its_receiver_before_the_verb_and_the_subject_after_it() {
    // Object first: the condolences, their receiver in the dative, the verb,
    // then the minister who sent them.
    let r = extract(
        "2025-06-12",
        "Ранее в этот день соболезнования индийскому коллеге Субраманьяму Джайшанкару \
         выразил министр иностранных дел Мурат Нуртлеу.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["KAZ"], vec!["IND"]));
    assert_eq!(e.source.persons, ["person:murat-nurtleu"]);
}

#[test]
fn the_emirati_side_called_and_a_holiday_starting_tomorrow_dates_nothing() {
    let r = extract(
        "2025-06-05",
        "Мемлекет басшысы Қасым-Жомарт Тоқаев бүгін Біріккен Араб Әмірліктерінің Президенті \
         шейх Мұхаммед бин Заид Әл Нахаянмен телефон арқылы сөйлесті. Шейх Мұхаммед бин Заид \
         Әл Нахаян Қасым-Жомарт Тоқаевты ертең басталатын Құрбан айт мерекесімен құттықтады. \
         Телефон әңгімесі Әмірлік тарапының бастамасымен өтті.",
    );
    let call = with_mode(&r, "phone");
    assert_eq!(sides(call), (vec!["ARE"], vec!["KAZ"]));
    let praise = with_mode(&r, "praise");
    assert_eq!(praise.date.as_deref(), Some("2025-06-05"));
}

#[test]
fn kazakh_men_between_two_names_joins_them() {
    // A separate "пен" is "and" (the comitative is written on the word), and
    // "Президентіне" is a dative after the possessive: two senders, one receiver.
    let r = extract(
        "2024-12-16",
        "Әзербайжан Президенті Ильхам Әлиев пен Түркия Президенті Режеп Тайып Ердоған \
         Қазақстан Президентіне құттықтау хаттарын жолдады.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["AZE", "TUR"], vec!["KAZ"]));
}

#[test]
fn a_visit_told_in_a_relative_clause_is_the_visit_of_whom_the_clause_follows() {
    // No place is named: only "который находится … с официальным визитом" says
    // who the guest is. The president's reception the same day is a second
    // event with its own host, not a second host of the talks.
    let text = "Премьер-министр Узбекистана Абдулла Арипов вчера провел переговоры с премьер-министром Азербайджанской Республики Али Асадовым, который находится в нашей стране с официальным визитом.\n\n\
                В тот же день Президент Республики Узбекистан Шавкат Мирзиёев принял Али Асадова.";
    let r = extract("2024-04-18", text);
    assert_eq!(r.events.len(), 2, "{:#?}", r.events);
    for e in &r.events {
        assert_eq!(e.mode, "visit");
        assert_eq!(sides(e), (vec!["AZE"], vec!["UZB"]));
        assert_eq!(e.source.persons, ["person:ali-asadov"]);
        assert_eq!(e.date.as_deref(), Some("2024-04-17"));
    }
    let hosts: Vec<&str> = r
        .events
        .iter()
        .map(|e| e.target.persons[0].as_str())
        .collect();
    assert_eq!(
        hosts,
        ["person:abdulla-aripov", "person:shavkat-mirziyoyev"]
    );
}

#[test]
fn a_headline_takes_the_date_its_story_carries_on() {
    // The headline has no date of its own; the story's "вчера" dates the talks
    // and the signing told after them, and so the headline's signing.
    let text = "Абдулла Арипов и Али Асадов подписали в Ташкенте программу экономического сотрудничества\n\n\
                Премьер-министр Узбекистана Абдулла Арипов вчера провел переговоры с премьер-министром Азербайджана Али Асадовым.\n\n\
                По итогам переговоров главы правительств подписали Программу экономического сотрудничества на 2024–2026 годы.";
    let r = extract("2024-04-18", text);
    let sign = with_mode(&r, "sign");
    assert_eq!(sign.evidence.len(), 2, "{:#?}", sign.evidence);
    assert_eq!(sign.date.as_deref(), Some("2024-04-17"));
}

#[test]
fn a_speaker_unknown_to_the_knowledge_base_is_found_by_his_title_and_parliament() {
    // "Spikeri" heads the Oliy Majlis, named in Azerbaijani as "Ali Məclis".
    let r = extract(
        "2025-04-22",
        "Milli Məclisin Sədri Sahibə Qafarova aprelin 22-də rəsmi səfərlə ölkəmizdə olan Özbəkistan Respublikası Ali Məclisinin Qanunvericilik Palatasının Spikeri Nuriddin İsmoilovun rəhbərlik etdiyi nümayəndə heyəti ilə görüşüb.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["UZB"], vec!["AZE"]));
    assert_eq!(e.source.persons, ["person:nuriddin-ismoilov"]);
    assert_eq!(e.target.persons, ["person:sahiba-gafarova"]);
}

#[test]
fn a_verb_final_sentence_opened_by_a_pronoun_is_told_of_the_last_person_named() {
    let text = "Milli Məclisin Sədri Sahibə Qafarova Özbəkistan Ali Məclisinin Spikeri Nuriddin İsmoilov ilə görüşüb.\n\n\
                Nuriddin İsmoilov isə səmimi qəbula görə təşəkkür edərək ölkəsinin Azərbaycanla əlaqələrə xüsusi önəm verdiyini deyib. O, işğaldan azad edilmiş ərazilərdə aparılan bərpa-quruculuq işlərini yüksək qiymətləndirib.";
    let r = extract("2025-04-22", text);
    let praise = with_mode(&r, "praise");
    assert_eq!(praise.source.persons, ["person:nuriddin-ismoilov"]);
    assert_eq!(sides(praise), (vec!["UZB"], vec!["AZE"]));
}

#[test]
fn a_capital_in_a_routes_name_is_no_party() {
    let r = extract(
        "2025-03-13",
        "Erdoğan, burada yaptığı açıklamada, \"Gürcistan'ın Bakü-Tiflis-Kars demiryolu hattı ve Orta Koridor'daki yapıcı rolünü takdirle karşılıyoruz\" dedi.",
    );
    let e = with_mode(&r, "praise");
    assert_eq!(sides(e), (vec!["TUR"], vec!["GEO"]));
}

#[test]
fn an_arrival_the_day_before_is_not_the_reception_told_again() {
    let text = "ANKARA - Cumhurbaşkanı Recep Tayyip Erdoğan, resmi ziyaret için Türkiye'de bulunan Gürcistan Başbakanı İrakli Kobahidze'yi Cumhurbaşkanlığı Külliyesi'nde resmi törenle karşıladı.\n\n\
                Kobahidze, dün akşam Ankara'ya gelerek Anıtkabir'i ziyaret etmişti.";
    let r = extract("2025-03-13", text);
    assert_eq!(r.events.len(), 2, "{:#?}", r.events);
    let dates: Vec<Option<&str>> = r.events.iter().map(|e| e.date.as_deref()).collect();
    assert_eq!(dates, [Some("2025-03-13"), Some("2025-03-12")]);
    assert!(r.events[1].target.persons.is_empty());
}

#[test]
fn guests_received_together_are_one_reception_and_separately_one_each() {
    let together = extract(
        "2025-03-04",
        "President Shavkat Mirziyoyev received the credentials of Ambassador of Georgia Levan Gogoberidze and Ambassador of Mongolia Battulga Ganbold.",
    );
    let e = only(&together);
    assert_eq!(sides(e), (vec!["GEO", "MNG"], vec!["UZB"]));
    let apart = extract(
        "2025-07-10",
        "Президент ОАЭ шейх Мухаммед бен Заид Аль Нахайян принял Ильхама Алиева и Никола Пашиняна по отдельности во дворце Каср аль-Ватан.",
    );
    let guests: Vec<Vec<&str>> = apart.events.iter().map(|e| sides(e).0).collect();
    assert_eq!(guests, [vec!["AZE"], vec!["ARM"]], "{:#?}", apart.events);
    // A hyphenated word of the list ("ayrı-ayrılıqda") is matched word by word,
    // as the text's hyphen parts its words.
    let hyphenated = extract(
        "2025-07-10",
        "Prezident İlham Əliyev Gürcüstanın Baş naziri İrakli Kobaxidzeni və Ermənistanın Baş naziri Nikol Paşinyanı ayrı-ayrılıqda qəbul edib.",
    );
    let guests: Vec<Vec<&str>> = hyphenated.events.iter().map(|e| sides(e).0).collect();
    assert_eq!(
        guests,
        [vec!["GEO"], vec!["ARM"]],
        "{:#?}",
        hyphenated.events
    );
}

#[test]
fn a_dateline_without_a_year_names_the_outlets_country() {
    // "The head of state" is the outlet's own: Tashkent's dateline says whose.
    let r = extract(
        "2025-03-04",
        "Tashkent, 4 March. The head of state received Ambassador of Georgia Levan Gogoberidze.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["GEO"], vec!["UZB"]));
    assert_eq!(e.target.persons, ["person:shavkat-mirziyoyev"]);
}

#[test]
fn a_list_set_off_by_commas_after_the_verb_continues_its_counterpart() {
    // Commas end clauses; a clause of nothing but actors (and the names the
    // knowledge base does not know) continues the list the verb opened.
    let r = extract(
        "2025-03-04",
        "President Shavkat Mirziyoyev received the credentials of Ambassador of the Kyrgyz Republic Azamat Usenov, Ambassador of Georgia Levan Gogoberidze, Ambassador of Mongolia Battulga Ganbold and Ambassador of Malaysia Ahmad Rizal Ismail.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["KGZ", "GEO", "MNG", "MYS"], vec!["UZB"]));
    // A clause that says more than actors ends the list.
    let r = extract(
        "2025-03-04",
        "President Shavkat Mirziyoyev received the Ambassador of Georgia, Mongolia's envoy said on Tuesday.",
    );
    assert_eq!(sides(only(&r)), (vec!["GEO"], vec!["UZB"]));
}

#[test]
fn talks_the_day_before_a_reception_are_part_of_the_guests_visit() {
    let text = "Президент Республики Узбекистан Шавкат Мирзиёев 15 октября принял министра иностранных дел Венгрии Петера Сийярто.\n\n\
                Накануне министр иностранных дел Узбекистана Бахтиёр Саидов и П.Сийярто провели переговоры в здании МИД.";
    let r = extract("2024-10-15", text);
    assert_eq!(r.events.len(), 2, "{:#?}", r.events);
    for e in &r.events {
        assert_eq!(e.mode, "visit");
        assert_eq!(sides(e), (vec!["HUN"], vec!["UZB"]));
        assert_eq!(e.source.persons, ["person:peter-szijjarto"]);
    }
    assert_eq!(r.events[1].date.as_deref(), Some("2024-10-14"));
    assert_eq!(r.events[1].cameo, "042");
}

#[test]
fn the_general_assembly_named_alone_is_no_person_after_a_title() {
    // "Мемлекет басшысы Бас Ассамблея …": the capitalised words after the
    // title are the UN General Assembly, not the name of an unknown head of state.
    let r = extract(
        "2025-09-24",
        "Астана, 24 қыркүйек 2025. Мемлекет басшысы Бас Ассамблея сессиясының кулуарында Финляндия Президенті Александр Стуббпен кездесті.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "third-party");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["FIN"]));
    assert_eq!(e.target.persons, ["person:alexander-stubb"]);
}

#[test]
fn counterparts_met_separately_are_one_meeting_each_and_the_headline_summarises_them() {
    let text = "Fidan, ADF marjında Kırgız ve Özbek mevkidaşlarıyla görüştü\n\n\
                Dışişleri Bakanı Hakan Fidan, Antalya Diplomasi Forumu (ADF) kapsamında Kırgızistan Dışişleri Bakanı Ceenbek Kulubayev ve Özbekistan Dışişleri Bakanı Bahtiyar Saidov ile ayrı ayrı bir araya geldi.\n\n\
                Bakan Fidan, ardından Özbekistan Dışişleri Bakanı Saidov'u kabul etti.\n\n\
                Fidan'ın mayıs ayında Kırgızistan'a yapması planlanan resmi ziyaretin hazırlıkları da görüşmenin gündemindeydi.";
    let r = extract("2025-04-12", text);
    let contacts: Vec<(Vec<&str>, Vec<&str>, &str)> = r
        .events
        .iter()
        .map(|e| (sides(e).0, sides(e).1, e.status.as_str()))
        .collect();
    // No event keeps both counterparts: the headline's joins the two meetings.
    assert!(
        contacts
            .iter()
            .all(|(s, t, _)| s.len() == 1 && t.len() == 1),
        "{contacts:?}"
    );
    assert!(
        contacts.contains(&(vec!["TUR"], vec!["KGZ"], "occurred")),
        "{contacts:?}"
    );
    assert!(
        contacts.contains(&(vec!["UZB"], vec!["TUR"], "occurred")),
        "{contacts:?}"
    );
    // "yapması planlanan resmi ziyaret": a visit still to come.
    assert!(
        r.events.iter().any(|e| e.mode == "visit"
            && e.status == "planned"
            && sides(e) == (vec!["TUR"], vec!["KGZ"])),
        "{:#?}",
        r.events
    );
}

#[test]
fn naming_something_and_an_offer_on_request_are_no_call_and_no_request() {
    let r = extract(
        "2025-05-27",
        "Georgian Foreign Minister Maka Botchorishvili thanked her Azerbaijani counterpart for the warm hospitality and called the format \"a natural partnership of three neighbours\".",
    );
    assert!(
        r.events.iter().all(|e| e.mode != "phone"),
        "{:#?}",
        r.events
    );
    assert_eq!(with_mode(&r, "gratitude").source.countries, ["GEO"]);
    let r = extract(
        "2024-11-01",
        "Foreign Minister Murat Nurtleu said Kazakhstan was ready to provide assistance to the affected regions if requested by the Spanish side.",
    );
    assert!(
        r.events.iter().all(|e| e.event_type != "REQUEST"),
        "{:#?}",
        r.events
    );
}

#[test]
fn a_host_unknown_to_the_knowledge_base_receives_in_the_country_visited() {
    // Durrani is in no data file and "President" names no country: the visit
    // told before places the reception in Pakistan.
    let r = extract(
        "2023-07-12",
        "ISLAMABAD: Azerbaijani President Ilham Aliyev held talks with Prime Minister Shehbaz Sharif on Friday, the second day of his state visit to Pakistan.\n\nEarlier on Friday, President Mamnoon Durrani received Aliyev at the Aiwan-e-Sadr.",
    );
    let reception = r
        .events
        .iter()
        .find(|e| e.target.persons.iter().any(|p| p.contains("durrani")))
        .unwrap_or_else(|| panic!("no reception by Durrani in {:#?}", r.events));
    assert_eq!(reception.mode, "visit");
    assert_eq!(sides(reception), (vec!["AZE"], vec!["PAK"]));
    // A guessed side costs confidence.
    let talks = with_mode(&r, "visit");
    assert!(reception.confidence < talks.confidence, "{:#?}", r.events);
    // Without a visit to place him, he stays off the map.
    let r = extract(
        "2023-07-12",
        "President Mamnoon Durrani received Ilham Aliyev at the Aiwan-e-Sadr.",
    );
    assert!(r.events.is_empty(), "{:#?}", r.events);
}

#[test]
fn the_story_parties_as_subject_make_a_signing_noun_an_event() {
    let talks = "ISLAMABAD: Azerbaijani President Ilham Aliyev held talks with Prime Minister Shehbaz Sharif on Friday.\n\n";
    let r = extract(
        "2024-07-12",
        &format!(
            "{talks}Following the talks, the two leaders witnessed the signing of 15 agreements."
        ),
    );
    assert_eq!(sides(with_mode(&r, "sign")), (vec!["AZE"], vec!["PAK"]));
    // After a preposition the noun still refers to a signing told elsewhere.
    let r = extract(
        "2024-07-12",
        &format!("{talks}The two leaders spoke to the press during the signing of 15 agreements."),
    );
    assert!(r.events.iter().all(|e| e.mode != "sign"), "{:#?}", r.events);
}

#[test]
fn colleagues_from_countries_are_the_guests_a_host_receives() {
    let r = extract(
        "2023-12-05",
        "Москва. Сергей Лавров принял своих коллег из Азербайджана, Ирана, Казахстана и Туркменистана — Джейхуна Байрамова, Хосейна Амира Абдоллахияна, Мурата Нуртлеу и Рашида Мередова.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["AZE", "IRN", "KAZ", "TKM"], vec!["RUS"]));
    assert_eq!(e.source.persons.len(), 4, "{:?}", e.source.persons);
}

#[test]
fn the_eve_counts_back_from_the_story_day() {
    let r = extract(
        "2023-12-05",
        "Вчера в Москве Сергей Лавров принял министра иностранных дел Азербайджана Джейхуна Байрамова.\n\nЕще до начала встречи, накануне вечером, Лавров провел переговоры с Хосейном Амиром Абдоллахияном.\n\nКроме того, Джейхун Байрамов встретился с Муратом Нуртлеу.",
    );
    let date_of = |country: &str| {
        r.events
            .iter()
            .find(|e| {
                e.source
                    .countries
                    .iter()
                    .chain(&e.target.countries)
                    .any(|c| c == country)
            })
            .and_then(|e| e.date.clone())
    };
    assert_eq!(date_of("IRN").as_deref(), Some("2023-12-03"));
    // The look back does not move the story: the next sentence is on its day.
    assert_eq!(date_of("KAZ").as_deref(), Some("2023-12-04"));
    // Opening a story, "накануне" is the day before the publication.
    let r = extract(
        "2024-11-28",
        "Накануне Пашинян, выступая в парламенте, обвинил Россию в невыполнении обязательств.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2024-11-27"));
}

#[test]
fn a_bare_title_before_a_person_who_never_held_it_is_another_actor() {
    // "Мемлекет басшысы" is the head of state (Tokayev), not a title of Meloni's.
    let r = extract(
        "2025-05-30",
        "Бүгін Мемлекет басшысы Қасым-Жомарт Тоқаев Джорджа Мелониді қабылдады.\n\nМемлекет басшысы Джорджа Мелонидің екіжақты қатынастарды нығайтуға қосқан жеке үлесін жоғары бағалады.",
    );
    let praise = with_mode(&r, "praise");
    assert_eq!(sides(praise), (vec!["KAZ"], vec!["ITA"]));
    // A title word inside the person's own name stays his: "Əmir Abdullahian".
    let r = extract(
        "2023-01-27",
        "Dünən axşam İranın xarici işlər naziri Hüseyn Əmir Abdullahian azərbaycanlı həmkarı Ceyhun Bayramovla telefonla danışıb. Söhbət zamanı Əmir Abdullahian həlak olan əməkdaşın ailəsinə başsağlığı verib.",
    );
    let condolence = with_mode(&r, "condolence");
    assert_eq!(sides(condolence).0, vec!["IRN"], "{:#?}", r.events);
}

#[test]
fn a_relative_day_is_matched_only_as_written() {
    // "кешке қарай" is "towards the evening", not "кеше" (yesterday).
    let r = extract(
        "2024-12-25",
        "Кешке қарай Мұрат Нұртілеу Джейхун Байрамовқа телефон шалды.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2024-12-25"));
    let r = extract(
        "2024-12-25",
        "Кеше Мұрат Нұртілеу Джейхун Байрамовқа телефон шалды.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2024-12-24"));
}

#[test]
fn a_title_with_another_country_before_a_known_person_is_not_his() {
    // Ukraine's president invites Aliyev, who is no president of Ukraine.
    let r = extract(
        "2025-08-14",
        "Ukrayna Prezidenti İlham Əliyevi ölkəsinə səfərə dəvət edib.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["AZE"], vec!["UKR"]));
    assert_eq!(e.source.persons, ["person:ilham-aliyev"]);
    // An invitation accepted is no reception.
    let r = extract(
        "2025-08-14",
        "Azərbaycan Prezidenti İlham Əliyevə Ukrayna Prezidenti Volodimir Zelenski zəng edib. Dəvət minnətdarlıqla qəbul olunub.",
    );
    assert_eq!(only(&r).mode, "phone", "{:#?}", r.events);
}

#[test]
fn a_call_told_by_a_converb_before_a_reason_marker_stays_a_call() {
    // "arayarak" carries the clause on to "tebrik etti": the call is an event,
    // the agreement what the congratulations are for.
    let r = extract(
        "2025-08-09",
        "Cumhurbaşkanı Recep Tayyip Erdoğan bugün Azerbaycan Cumhurbaşkanı İlham Aliyev'i telefonla arayarak anlaşma dolayısıyla tebrik etti.",
    );
    let call = with_mode(&r, "phone");
    assert_eq!(sides(call), (vec!["TUR"], vec!["AZE"]));
    // Aid in the dative before "görə" is what the thanks are for.
    let r = extract(
        "2024-07-04",
        "Şahbaz Şərif daşqınlardan sonra Azərbaycanın göstərdiyi humanitar yardıma görə Prezident İlham Əliyevə təşəkkürünü bildirib.",
    );
    assert_eq!(only(&r).mode, "gratitude", "{:#?}", r.events);
}

#[test]
fn what_a_request_asks_for_is_no_event() {
    let r = extract(
        "2025-01-15",
        "The Armenian minister Ararat Mirzoyan also asked the United States to continue humanitarian assistance to the refugees.",
    );
    assert_eq!(only(&r).event_type, "REQUEST", "{:#?}", r.events);
    // After a conjunction, a predicate of its own tells its event.
    let r = extract(
        "2025-01-15",
        "Tokayev asked the minister to convey his warm greetings to UAE President Mohamed bin Zayed Al Nahyan and confirmed that he had accepted an invitation to pay an official visit to Abu Dhabi later this year.",
    );
    assert_eq!(with_mode(&r, "visit").status, "planned");
    // "what she called" names words, not a call.
    let r = extract(
        "2025-01-15",
        "Russian Foreign Ministry spokeswoman Maria Zakharova on Wednesday criticised what she called Washington's attempts to pull Armenia into an anti-Russian agenda.",
    );
    assert_eq!(only(&r).event_type, "DISAPPROVE", "{:#?}", r.events);
}

#[test]
fn a_day_stated_by_a_sentence_telling_no_event_dates_the_next() {
    // Past the story's lead, where such a day would date the story anyway.
    let r = extract(
        "2024-12-29",
        "The Azerbaijan Airlines plane crashed near Aktau with 67 people on board. Thirty-eight of them died. The investigation continues. \
         Russian President Vladimir Putin apologised to Azerbaijani President Ilham Aliyev on Saturday for the tragic incident in Russian airspace. According to a Kremlin readout, Putin called Aliyev and expressed his deep condolences to the families of the victims.",
    );
    assert_eq!(with_mode(&r, "phone").date.as_deref(), Some("2024-12-28"));
}

#[test]
fn a_relative_day_takes_no_ending() {
    // "Dünya" (world) is not "dün" (yesterday) with a dative ending: the
    // meeting keeps the month it is given.
    let r = extract(
        "2025-08-14",
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Ocak ayında Dünya Ekonomik Forumu kapsamında Azerbaycan Cumhurbaşkanı İlham Aliyev ile görüştü.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2025-01"));
    // A form with an ending of its own is listed: "dünkü" is yesterday's.
    let r = extract(
        "2025-08-14",
        "Dışişleri Bakanı Hakan Fidan, Azerbaycanlı mevkidaşı Ceyhun Bayramov ile dünkü toplantıda bir araya geldi.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2025-08-13"));
}

#[test]
fn a_month_without_its_year_dates_an_event_told_as_done_before_publication() {
    // Written in August, "в декабре встретились" is last December, not next.
    let r = extract(
        "2025-08-14",
        "В декабре министр иностранных дел России Сергей Лавров провел переговоры с министром иностранных дел Азербайджана Джейхуном Байрамовым.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2024-12"));
    // One still to come keeps the nearest December.
    let r = extract(
        "2025-08-14",
        "В декабре министр иностранных дел России Сергей Лавров проведет переговоры с министром иностранных дел Азербайджана Джейхуном Байрамовым.",
    );
    let e = only(&r);
    assert_eq!(
        (e.status.as_str(), e.date.as_deref()),
        ("planned", Some("2025-12"))
    );
}

#[test]
fn a_cue_possessing_the_phrase_a_reason_marker_closes_is_no_event() {
    // The rescuers' action is what Aliyev thanks for, not aid told here.
    let r = extract(
        "2024-12-25",
        "Ильхам Әлиев қазақстандық құтқарушылардың жедел іс-қимылы үшін Қазақстан Президентіне алғыс білдірді.",
    );
    assert_eq!(only(&r).event_type, "SUPPORT", "{:#?}", r.events);
}

#[test]
fn a_date_before_a_participle_past_an_apostrophe_ending_dates_the_noun() {
    // The conclave met on 8 May; the congratulation is told on the day.
    let r = extract(
        "2025-05-27",
        "Cumhurbaşkanı Erdoğan, 8 Mayıs'ta toplanan konklavda Papa seçilen 14. Leo'yu bugün tebrik etti.",
    );
    let e = only(&r);
    assert_eq!(e.date.as_deref(), Some("2025-05-27"));
    assert_eq!(e.target.persons, ["person:pope-leo-xiv"]);
    // Participles with a dotless ı match too, as does a two-word one.
    for participle in ["yapılan", "kabul edilen"] {
        let text = format!(
            "Dışişleri Bakanı Hakan Fidan, 3 Mayıs'ta {participle} toplantıda Ceyhun Bayramov ile bugün görüştü."
        );
        let r = extract("2025-05-27", &text);
        assert_eq!(only(&r).date.as_deref(), Some("2025-05-27"), "{participle}");
    }
}

#[test]
fn a_judged_act_makes_its_doer_the_target() {
    // The Swedish authorities' permission is judged unacceptable: they are
    // the target, though the sentence names no one else.
    let r = extract(
        "2023-06-28",
        "Dışişleri Bakanlığı saldırıyı kınadı.\n\nAçıklamada, İsveç makamlarının bu provokatif eyleme izin vermesinin kabul edilemez olduğu vurgulandı.",
    );
    assert!(
        r.events
            .iter()
            .all(|e| !e.source.countries.contains(&"SWE".to_owned())),
        "{:#?}",
        r.events
    );
    // An actor after the conjunction that follows the verb is the next
    // clause's: Qatar is praised, not criticised.
    let r = extract(
        "2025-03-30",
        "Erdoğan, İsrail'in Gazze'ye yönelik saldırılarını yeniden başlatmasının kabul edilemez olduğunu belirtti ve Katar'ın arabuluculuk çabalarını takdirle karşıladığını söyledi.",
    );
    let criticism = with_mode(&r, "criticize");
    assert_eq!(sides(criticism), (vec!["TUR"], vec!["ISR"]));
}

#[test]
fn an_acronym_defined_in_parentheses_names_what_it_was_defined_for() {
    // "AP" is the Associated Press in the knowledge base; here it is the
    // European Parliament.
    let r = extract(
        "2025-05-08",
        "Avrupa Parlamentosu (AP) Genel Kurulu toplandı.\n\nDışişleri Bakanı Hakan Fidan, AP'nin raporunu eleştirdi.",
    );
    let ids: Vec<&str> = r.entities.iter().map(|e| e.id.as_str()).collect();
    assert!(ids.contains(&"org:european-parliament"), "{ids:?}");
    assert!(!ids.contains(&"org:associated-press"), "{ids:?}");
    let criticism = with_mode(&r, "criticize");
    assert_eq!(criticism.target.organizations, ["org:european-parliament"]);
}

#[test]
fn a_guest_named_by_an_adjective_in_the_accusative_is_received_whatever_the_order() {
    let r = extract(
        "2025-04-18",
        "Накануне, 17 апреля, иранского министра принял в Кремле Президент России Владимир Путин.",
    );
    let e = only(&r);
    assert_eq!(e.cameo, "043");
    assert_eq!(sides(e), (vec!["IRN"], vec!["RUS"]));
    assert_eq!(e.target.persons, ["person:vladimir-putin"]);
}

#[test]
fn a_cue_in_the_clause_a_reason_marker_closes_before_the_verb_is_no_event() {
    // The aid's delivery is what the thanks are for.
    let r = extract(
        "2024-11-12",
        "Мұрат Нұртілеу мысырлық әріптесіне гуманитарлық жүкті Газаға жеткізуге жәрдемдесуге келісім бергені үшін алғыс айтты.",
    );
    assert_eq!(only(&r).event_type, "SUPPORT", "{:#?}", r.events);
    // A converb carries its clause on: the meeting is told ("кездесіп, … үшін алғыс айтты").
    let r = extract(
        "2024-11-12",
        "Мемлекет басшысы Әзербайжан Президенті Ілхам Әлиевпен кездесіп, COP29-ды жоғары деңгейде ұйымдастырғаны үшін алғыс айтты.",
    );
    assert!(
        r.events.iter().any(|e| e.event_type == "CONSULT"),
        "{:#?}",
        r.events
    );
}

#[test]
fn a_welcome_ceremony_names_its_guest_and_the_country_hosts() {
    let r = extract(
        "2025-04-15",
        "Aprelin 15-də Bakıda rəsmi səfərlə Azərbaycanda olan Gürcüstan Prezidenti Mixeil Kavelaşvilinin rəsmi qarşılanma mərasimi olub.\n\nQonaq isə Azərbaycanın dəstəyinə görə minnətdarlığını bildirib.",
    );
    let visit = with_mode(&r, "visit");
    assert_eq!(visit.cameo, "043");
    assert_eq!(sides(visit), (vec!["GEO"], vec!["AZE"]));
    // The guest of that visit is who "Qonaq" names.
    assert_eq!(sides(with_mode(&r, "gratitude")).0, vec!["GEO"]);
}

#[test]
fn a_known_guest_named_in_the_accusative_before_the_host_is_received() {
    let r = extract(
        "2025-05-22",
        "Во второй половине дня Олжаса Бектенова принял президент Кыргызстана Садыр Жапаров.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["KAZ"], vec!["KGZ"]));
    assert_eq!(e.target.persons, ["person:sadyr-japarov"]);
    // A name in its own form before the verb is the host.
    let r = extract("2025-05-22", "Мария Захарова приняла посла Армении.");
    assert_eq!(sides(only(&r)), (vec!["ARM"], vec!["RUS"]));
}

#[test]
fn a_country_in_the_complement_of_the_cues_object_is_its_target() {
    // Adjectives may stand between the cue and its object's noun.
    let r = extract(
        "2025-01-17",
        "Президент Ирана Масуд Пезешкиан подверг резкой критике односторонние санкции США, назвав их незаконными.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "DISAPPROVE");
    assert_eq!(sides(e), (vec!["IRN"], vec!["USA"]));
    // So may a country adjective before the object's noun, in English.
    let r = extract(
        "2025-07-04",
        "Prime Minister Shehbaz Sharif strongly condemned the recent Israeli strikes on Iran.",
    );
    assert_eq!(sides(only(&r)), (vec!["PAK"], vec!["ISR"]));
}

#[test]
fn a_condemnation_is_not_guessed_toward_the_one_its_author_condoles() {
    let r = extract(
        "2024-03-23",
        "Президент Узбекистана Шавкат Мирзиёев выразил соболезнования Президенту России Владимиру Путину в связи с трагедией в Подмосковье.\n\nЛидер Узбекистана решительно осудил это бесчеловечное преступление и подчеркнул, что у терроризма нет и не может быть никакого оправдания.",
    );
    assert!(
        r.events.iter().all(|e| e.event_type != "DISAPPROVE"),
        "{:#?}",
        r.events
    );
    assert_eq!(
        sides(with_mode(&r, "condolence")),
        (vec!["UZB"], vec!["RUS"])
    );
}

#[test]
fn a_capital_in_apposition_stands_where_its_name_does() {
    let r = extract(
        "2025-09-10",
        "Dışişleri Bakanlığı dün yayımladığı yazılı açıklamada, İsrail'in Katar'ın başkenti Doha'yı hedef alan hava saldırısını en güçlü şekilde kınadı.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "DISAPPROVE");
    assert_eq!(sides(e), (vec!["TUR"], vec!["ISR"]));
}

#[test]
fn an_english_welcome_of_named_guests_is_their_reception() {
    let r = extract(
        "2024-08-09",
        "Tokayev welcomed Uzbek President Shavkat Mirziyoyev, Kyrgyz President Sadyr Japarov, Tajik President Emomali Rahmon and Turkmen President Serdar Berdimuhamedov at the Palace of Independence.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.cameo.as_str()), ("visit", "043"));
    // The list's last clause closes on the place: all four are guests.
    assert_eq!(sides(e), (vec!["UZB", "KGZ", "TJK", "TKM"], vec!["KAZ"]));
    // Welcoming a decision receives no one.
    let r = extract(
        "2024-08-09",
        "Kazakhstan welcomed Armenia's decision to resume the talks in Almaty.",
    );
    assert!(
        r.events.iter().all(|e| e.mode != "visit"),
        "{:#?}",
        r.events
    );
}

#[test]
fn a_turkish_call_on_someone_to_act_is_a_request() {
    let r = extract(
        "2025-09-01",
        "Cumhurbaşkanı Erdoğan, BM Güvenlik Konseyi'ni Gazze'de kalıcı ateşkesin sağlanması için derhal harekete geçmeye çağırdı.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.source.countries.as_slice()),
        ("REQUEST", &["TUR".to_string()][..])
    );
    assert_eq!(e.target.organizations, ["org:un-security-council"]);
    // Summoning to the ministry is no request.
    let r = extract(
        "2025-09-01",
        "Dışişleri Bakanlığı İsveç'in Ankara Büyükelçisini Bakanlığa çağırdı.",
    );
    assert!(
        r.events.iter().all(|e| e.event_type != "REQUEST"),
        "{:#?}",
        r.events
    );
}

#[test]
fn the_subject_of_a_relative_clause_is_the_counterpart_of_the_act_answering_it() {
    let r = extract(
        "2024-03-06",
        "Türkiyədə rəsmi səfərdə olan Milli Məclisin Sədri Sahibə Qafarova bu gün Türkiyə Böyük Millət Məclisinin (TBMM) Sədri Numan Kurtulmuşla görüşüb.\n\nSpiker ölkəmizin ərazi bütövlüyünün bərpası prosesində Türkiyə parlamentinin göstərdiyi qardaşlıq dəstəyinə görə Numan Kurtulmuşa təşəkkür edib.",
    );
    let e = with_mode(&r, "gratitude");
    assert_eq!(e.mode, "gratitude");
    assert_eq!(sides(e), (vec!["AZE"], vec!["TUR"]));
    assert_eq!(e.target.persons, ["person:numan-kurtulmus"]);
    // Named alone, that subject is the one thanked.
    let r = extract(
        "2024-07-03",
        "Baş nazir Şahbaz Şərif daşqınlardan sonra Azərbaycanın göstərdiyi humanitar yardıma görə təşəkkürünü bildirib.",
    );
    assert_eq!(
        sides(with_mode(&r, "gratitude")),
        (vec!["PAK"], vec!["AZE"])
    );
}

#[test]
fn an_english_denial_in_the_perfect_is_denied() {
    let r = extract(
        "2024-05-20",
        "\"Russia has never asked China for weapons of any kind,\" Lavrov told reporters.",
    );
    assert_eq!(only(&r).status, "denied", "{:#?}", r.events);
}

#[test]
fn a_headline_summing_up_meetings_of_earlier_days_joins_them() {
    let r = extract(
        "2025-09-02",
        "Tokayev meets Pezeshkian, Lukashenko in Tianjin\n\nOn Sunday, Kazakh President Kassym-Jomart Tokayev met with Iranian President Masoud Pezeshkian on the sidelines of the SCO summit in Tianjin.\n\nOn Monday, Tokayev met with Belarusian President Alexander Lukashenko on the sidelines of the summit.",
    );
    let targets: Vec<Vec<&str>> = r.events.iter().map(|e| sides(e).1).collect();
    assert_eq!(targets, [vec!["IRN"], vec!["BLR"]], "{:#?}", r.events);
    // Each meeting keeps its day and takes the headline as evidence.
    assert_eq!(r.events[0].date.as_deref(), Some("2025-08-31"));
    assert_eq!(r.events[1].date.as_deref(), Some("2025-09-01"));
    assert!(
        r.events.iter().all(|e| e.evidence.len() == 2),
        "{:#?}",
        r.events
    );
}

#[test]
fn a_kazakh_decision_of_a_government_names_who_acts() {
    // "Үкіметі" is the possessive of "үкімет", no accusative; its genitive
    // before "шешімімен" (by the decision of) is the act's subject; and
    // "Президенттің айтуынша" (according to the President) reports it.
    let r = extract(
        "2025-08-22",
        "Мемлекет басшысы Қасым-Жомарт Тоқаев Қырғыз Республикасына мемлекеттік сапары аясында кеше Шолпан-Ата қаласында Садыр Жапаровпен кездесті.\n\nПрезиденттің айтуынша, Қазақстан Үкіметінің шешімімен зардап шеккен аудандарға 1000 тонна ұн мен құрылыс материалдары гуманитарлық көмек ретінде жөнелтіледі.\n\nТараптар екіжақты ынтымақтастықтың барлық мәселелерін жан-жақты талқылап, өзара сауданы арттыру жолдарын қарастырды.",
    );
    assert_eq!(sides(with_mode(&r, "aid")), (vec!["KAZ"], vec!["KGZ"]));
    let r = extract(
        "2025-08-22",
        "Мемлекет басшысы Қасым-Жомарт Тоқаев Қырғыз Республикасына мемлекеттік сапары аясында кеше Шолпан-Ата қаласында Садыр Жапаровпен кездесті.\n\nҚазақстан Үкіметі гуманитарлық көмек жөнелтеді.\n\nТараптар екіжақты ынтымақтастықтың барлық мәселелерін жан-жақты талқылап, өзара сауданы арттыру жолдарын қарастырды.",
    );
    assert_eq!(sides(with_mode(&r, "aid")), (vec!["KAZ"], vec!["KGZ"]));
}

#[test]
fn a_body_named_where_officials_meet_is_the_place_not_a_party() {
    // Akorda and the Kremlin are seated in Astana and Moscow (organizations.toml
    // `seat`): "в Акорде" beside the host and his guest is where they meet.
    let r = extract(
        "2025-02-12",
        "Президент Казахстана Касым-Жомарт Токаев принял в Акорде министра иностранных дел Турции Хакана Фидана.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["TUR"], vec!["KAZ"]));
    assert!(e.source.organizations.is_empty(), "{e:#?}");
    assert_eq!(e.location.place.as_deref(), Some("place:astana"));
    let r = extract(
        "2025-02-12",
        "Президент России Владимир Путин провел в Кремле переговоры с президентом Азербайджана Ильхамом Алиевым.",
    );
    assert_eq!(only(&r).location.place.as_deref(), Some("place:moscow"));
    // With no official in the sentence, the body itself speaks.
    let r = extract("2025-06-14", "В Кремле осудили удар Израиля по Ирану.");
    let e = only(&r);
    assert_eq!(e.source.organizations, ["org:kremlin"]);
    assert_eq!(e.location.place, None);
}

#[test]
fn a_weekday_in_the_sentence_dates_the_event_over_its_dateline() {
    let r = extract(
        "2025-11-07",
        "WASHINGTON, Nov 7 — US President Donald Trump on Thursday hosted the presidents of Kazakhstan and Uzbekistan at the White House.",
    );
    assert_eq!(r.dateline.as_deref(), Some("WASHINGTON, Nov 7"));
    assert_eq!(only(&r).date.as_deref(), Some("2025-11-06"));
}

#[test]
fn a_known_surname_opening_a_longer_name_is_someone_else() {
    // "Min" is also Zhang Ming's surname in Azerbaijani.
    let r = extract(
        "2025-03-29",
        "Cumhurbaşkanı Recep Tayyip Erdoğan dün gece Myanmar Devlet Yönetim Konseyi Başkanı Min Aung Hlaing'e bir taziye mesajı gönderdi.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["TUR"], vec!["MMR"]));
    assert!(
        !e.target.persons.iter().any(|p| p == "person:zhang-ming"),
        "{e:#?}"
    );
}

#[test]
fn a_turkic_case_ending_closes_the_whole_coordination() {
    let r = extract(
        "2025-03-29",
        "Dışişleri Bakanı Hakan Fidan Myanmar ve Tayland'a taziyelerini iletti.",
    );
    let targets: Vec<&str> = r.events.iter().flat_map(|e| sides(e).1).collect();
    assert_eq!(targets, ["MMR", "THA"], "{:#?}", r.events);
    assert!(
        r.events.iter().all(|e| sides(e).0 == ["TUR"]),
        "{:#?}",
        r.events
    );
}

#[test]
fn a_named_official_before_a_list_of_countries_is_its_subject() {
    // "Fidan, ABD ve Avrupa Birliği'ne": the comma sets off the subject, not a
    // first member of the dative list.
    let r = extract(
        "2024-12-22",
        "Fidan, ABD ve Avrupa Birliği'ne Suriye'ye yönelik yaptırımların bir an önce kaldırılması çağrısında bulundu.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["TUR"], vec!["USA"]));
    assert_eq!(e.target.organizations, ["org:eu"]);
}

#[test]
fn an_azerbaijani_guest_named_by_country_and_noun_is_received() {
    // "Azərbaycan nazirini": a country before "nazir" names an actor a host can receive.
    let r = extract(
        "2025-02-19",
        "Daha sonra Azərbaycan nazirini Türkmənistan Prezidenti Serdar Berdiməhəmmədov qəbul edib.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["AZE"], vec!["TKM"]));
}

#[test]
fn a_counterpart_named_by_a_noun_alone_is_the_story_s_other_party() {
    // The inviter hosts; "his counterpart", the guest, is the other side of the
    // story's meeting.
    let r = extract(
        "2025-03-26",
        "Turkish Foreign Minister Hakan Fidan met US Secretary of State Marco Rubio in Washington on Tuesday.\n\nFidan invited his counterpart to visit Antalya in May.",
    );
    let e = r
        .events
        .iter()
        .find(|e| e.status == "planned")
        .unwrap_or_else(|| panic!("no invitation in {:#?}", r.events));
    assert_eq!(sides(e), (vec!["USA"], vec!["TUR"]));
    assert_eq!(e.date.as_deref(), Some("2025-05"));
    // "NATO Dışişleri Bakanları gayriresmi toplantısına": NATO names the
    // meeting, and neither hosts nor is invited.
    let r = extract(
        "2025-03-26",
        "Dışişleri Bakanı Hakan Fidan dün Washington'da ABD Dışişleri Bakanı Marco Rubio ile bir araya geldi.\n\nFidan, mevkidaşını Mayıs ayında Antalya'da düzenlenecek NATO Dışişleri Bakanları gayriresmi toplantısına davet etti.",
    );
    let e = r
        .events
        .iter()
        .find(|e| e.status == "planned")
        .unwrap_or_else(|| panic!("no invitation in {:#?}", r.events));
    assert_eq!(sides(e), (vec!["USA"], vec!["TUR"]));
    assert!(e.target.organizations.is_empty(), "{e:#?}");
}

#[test]
fn a_kazakh_refusal_in_the_present_is_a_rejection() {
    let r = extract(
        "2024-10-29",
        "Қазақстан жақын болашақта БРИКС-тің серіктес елі болу жөніндегі ұсынысты қабылдамайды.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "REJECT");
    assert_eq!(sides(e).0, ["KAZ"]);
    assert_eq!(e.target.organizations, ["org:brics"]);
}

#[test]
fn parties_of_a_visit_told_without_names_run_toward_the_host_at_home() {
    // The headline names Tokayev first, so the story's main pair runs from
    // Kazakhstan; the earlier visit was Putin's, to Astana.
    let r = extract(
        "2024-11-27",
        "Токаев и Путин провели переговоры в Акорде\n\nПрезидент Казахстана Касым-Жомарт Токаев в среду провел переговоры с президентом России Владимиром Путиным, прибывшим в Астану с государственным визитом.\n\nНапомним, предыдущий визит Путина в Казахстан состоялся 9 ноября прошлого года: тогда президенты провели переговоры в Астане.",
    );
    let earlier = r
        .events
        .iter()
        .find(|e| e.date.as_deref() == Some("2023-11-09"))
        .unwrap_or_else(|| panic!("no earlier visit in {:#?}", r.events));
    assert_eq!(sides(earlier), (vec!["RUS"], vec!["KAZ"]));
}

#[test]
fn a_phone_call_named_after_a_preposition_with_its_counterpart_is_told_there() {
    let r = extract(
        "2025-03-26",
        "Министр иностранных дел Азербайджана Джейхун Байрамов в ходе телефонного разговора с главой МИД Ирана Аббасом Аракчи обсудил региональную повестку.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "phone");
    assert_eq!(sides(e), (vec!["AZE"], vec!["IRN"]));
    let r = extract(
        "2025-01-21",
        "Armenian Foreign Minister Ararat Mirzoyan raised the issue on Monday in a phone call with the European Union's foreign policy chief Kaja Kallas.",
    );
    assert_eq!(with_mode(&r, "phone").date.as_deref(), Some("2025-01-20"));
    // Talks are a process one reports the progress of: no event.
    let r = extract(
        "2024-04-16",
        "Глава государства проинформировал гостя о ходе переговоров с Арменией.",
    );
    assert!(r.events.is_empty(), "{:#?}", r.events);
}

#[test]
fn a_russian_talk_by_phone_is_a_call() {
    let r = extract(
        "2025-10-21",
        "Напомним, в прошлый четверг Владимир Путин и Дональд Трамп проговорили по телефону около двух с половиной часов.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "phone");
    assert_eq!(e.date.as_deref(), Some("2025-10-16"));
}

#[test]
fn a_call_s_initiative_turns_only_the_call_of_its_day() {
    // The second call's initiative is Russia's; the first call, of another
    // day, stays the American side's.
    let r = extract(
        "2025-10-21",
        "Лавров и Рубио обсудили по телефону подготовку саммита\n\nМинистр иностранных дел России Сергей Лавров в понедельник провёл телефонный разговор с государственным секретарём США Марко Рубио.\n\nРазговор состоялся по инициативе американской стороны.\n\nНапомним, в прошлый четверг Владимир Путин и Дональд Трамп проговорили по телефону; звонок состоялся по инициативе российской стороны.\n\nНа следующий день Орбан сообщил, что обсудил подготовку встречи по телефону с Путиным.",
    );
    // The headline's report, undated, turns with the call it tells.
    assert!(
        r.events
            .iter()
            .filter(|e| e.source.persons.iter().any(|p| p == "person:marco-rubio"))
            .count()
            == 1
            && !r.events.iter().any(|e| e
                .source
                .persons
                .iter()
                .any(|p| p == "person:sergey-lavrov")),
        "{:#?}",
        r.events
    );
    // "The next day" counts from the story's day.
    let orban = r
        .events
        .iter()
        .find(|e| e.source.countries.iter().any(|c| c == "HUN"))
        .unwrap_or_else(|| panic!("no call by Orbán in {:#?}", r.events));
    assert_eq!(orban.date.as_deref(), Some("2025-10-17"));
    let first = r
        .events
        .iter()
        .find(|e| e.date.as_deref() == Some("2025-10-20"))
        .unwrap_or_else(|| panic!("no first call in {:#?}", r.events));
    assert_eq!(sides(first), (vec!["USA"], vec!["RUS"]));
    let second = r
        .events
        .iter()
        .find(|e| e.date.as_deref() == Some("2025-10-16"))
        .unwrap_or_else(|| panic!("no second call in {:#?}", r.events));
    assert_eq!(sides(second), (vec!["RUS"], vec!["USA"]));
}

#[test]
fn a_turkish_companion_marked_by_ile_is_the_counterpart_of_a_converb() {
    let r = extract(
        "2025-10-31",
        "Cumhurbaşkanı Recep Tayyip Erdoğan 19 Ekim'de Pakistan Başbakanı Şahbaz Şerif ile telefonda görüşerek Türkiye'nin desteğini sürdüreceğini ifade etmişti.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "phone");
    assert_eq!(sides(e), (vec!["TUR"], vec!["PAK"]));
    assert_eq!(e.target.persons, ["person:shehbaz-sharif"]);
}

#[test]
fn the_taliban_act_for_afghanistan_and_their_spokesman_too() {
    let r = extract(
        "2025-10-31",
        "Pakistan Savunma Bakanı Havaca Asıf, Taliban yönetimini Pakistan'a saldırı düzenleyen Pakistan Talibanı (TTP) militanlarını barındırmakla suçlamıştı.\n\nTaliban yönetiminin sözcüsü Zabihullah Mücahid ise aynı gün bu suçlamaları reddederek Afganistan topraklarının hiçbir ülkeye karşı kullanılmasına izin verilmediğini savundu. Mücahid, Pakistan'dan Afgan hava sahasını ihlal etmeye derhal son vermesini talep etti.",
    );
    let accuse = r
        .events
        .iter()
        .find(|e| e.event_type == "ACCUSE")
        .unwrap_or_else(|| panic!("no accusation in {:#?}", r.events));
    assert_eq!(sides(accuse), (vec!["PAK"], vec!["AFG"]));
    assert_eq!(accuse.target.organizations, ["org:taliban"]);
    let demand = r
        .events
        .iter()
        .find(|e| e.event_type == "DEMAND")
        .unwrap_or_else(|| panic!("no demand in {:#?}", r.events));
    assert_eq!(sides(demand), (vec!["AFG"], vec!["PAK"]));
    assert_eq!(demand.source.persons, ["person:zabihullah-mujahid"]);
    // What follows the converb is the next clause's: the rejection is not of
    // Afghanistan by Afghanistan.
    assert!(
        !r.events
            .iter()
            .any(|e| { e.event_type == "REJECT" && e.target.countries.iter().any(|c| c == "AFG") }),
        "{:#?}",
        r.events
    );
}

#[test]
fn unknown_spokespersons_are_found_after_their_ministry_and_country() {
    let r = extract(
        "2025-10-31",
        "Официальный представитель МИД Пакистана Тахир Андраби отверг обвинения Кабула.",
    );
    let andrabi = r
        .entities
        .iter()
        .find(|e| e.unconfirmed)
        .unwrap_or_else(|| panic!("no new person in {:#?}", r.entities));
    assert_eq!(andrabi.name, "Takhir Andrabi");
    assert_eq!(andrabi.country.as_deref(), Some("PAK"));
    let r = extract(
        "2025-10-31",
        "Pakistan Dışişleri Bakanlığı Sözcüsü Tahir Endrabi, müzakerelere ev sahipliği yapan Türkiye ile Katar'a teşekkür etti.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "SUPPORT");
    assert_eq!(e.source.persons, ["person:tahir-endrabi"]);
    let r = extract(
        "2025-03-15",
        "Chinese Foreign Minister Wang Yi received Russian Deputy Foreign Minister Sergei Ryabkov in Beijing.",
    );
    let ryabkov = r
        .entities
        .iter()
        .find(|e| e.unconfirmed)
        .unwrap_or_else(|| panic!("no new person in {:#?}", r.entities));
    assert_eq!(ryabkov.country.as_deref(), Some("RUS"));
    assert_eq!(sides(only(&r)), (vec!["RUS"], vec!["CHN"]));
}

#[test]
fn a_date_between_an_article_and_a_noun_dates_the_noun() {
    let r = extract(
        "2025-06-07",
        "Indian External Affairs Minister Subrahmanyam Jaishankar hosted his counterparts from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan in New Delhi on Friday for the fourth meeting of the India-Central Asia Dialogue.\n\nThe ministers strongly condemned the April 22 terrorist attack in Pahalgam.\n\nLater in the day, Prime Minister Narendra Modi received Uzbek Foreign Minister Bakhtiyor Saidov.",
    );
    let hosted = r
        .events
        .iter()
        .find(|e| {
            e.target
                .persons
                .iter()
                .any(|p| p == "person:subrahmanyam-jaishankar")
        })
        .unwrap_or_else(|| panic!("no hosting in {:#?}", r.events));
    // The list runs to its last country, before where it met.
    assert_eq!(
        sides(hosted),
        (vec!["KAZ", "KGZ", "TJK", "TKM", "UZB"], vec!["IND"])
    );
    assert!(
        r.events
            .iter()
            .all(|e| e.date.as_deref() == Some("2025-06-06")),
        "{:#?}",
        r.events
    );
}

#[test]
fn a_known_receiver_in_the_dative_before_an_inverted_subject_is_the_counterpart() {
    let r = extract(
        "2025-06-12",
        "Ранее в этот день соболезнования индийскому коллеге Субраманьяму Джайшанкару выразил министр иностранных дел Мурат Нуртлеу.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "SUPPORT");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["IND"]));
    assert_eq!(e.source.persons, ["person:murat-nurtleu"]);
}

#[test]
fn governments_listed_with_their_noun_are_one_coordination() {
    let r = extract(
        "2024-11-14",
        "Görüşdən sonra dövlət başçıları \"Azərbaycan Respublikası Hökuməti, Qazaxıstan Respublikası Hökuməti və Özbəkistan Respublikası Hökuməti arasında yaşıl enerjinin inkişafı sahəsində strateji tərəfdaşlıq haqqında Saziş\"i imzalayıblar.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "AGREE");
    assert_eq!(sides(e), (vec!["AZE"], vec!["KAZ", "UZB"]));
}

#[test]
fn a_visit_named_by_its_noun_is_planned_by_the_clause_that_follows_it() {
    let r = extract(
        "2025-03-20",
        "Стороны обсудили подготовку к государственному визиту президента России Владимира Путина в Таджикистан, который запланирован на октябрь.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["RUS"], vec!["TJK"]));
    assert_eq!(e.source.persons, ["person:vladimir-putin"]);
    assert_eq!(e.date.as_deref(), Some("2025-10"));

    let r = extract(
        "2025-03-20",
        "The President also drew attention to the preparations for the state visit of President of Kyrgyzstan Sadyr Japarov to Uzbekistan, scheduled for later this month.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["KGZ"], vec!["UZB"]));
    assert_eq!(e.date.as_deref(), Some("2025-03"));
}

#[test]
fn a_country_after_v_in_the_accusative_is_a_destination_not_a_titles_seat() {
    let r = extract(
        "2024-03-01",
        "В ходе беседы были также затронуты вопросы подготовки к государственному визиту Президента России в Узбекистан, который намечен на май.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["RUS"], vec!["UZB"]));
    assert_eq!(e.date.as_deref(), Some("2024-05"));
    // In the prepositional case the country is where an envoy serves.
    let r = extract(
        "2024-12-10",
        "Министр иностранных дел Узбекистана Бахтиёр Саидов принял посла России в Узбекистане Алексея Ерхова.",
    );
    assert_eq!(sides(only(&r)), (vec!["RUS"], vec!["UZB"]));
}

#[test]
fn a_month_named_by_its_distance_from_the_publication_dates_the_event() {
    let r = extract("2025-03-20", "Путин посетит Казахстан в следующем месяце.");
    assert_eq!(only(&r).date.as_deref(), Some("2025-04"));
    let r = extract(
        "2025-01-27",
        "Irak Başbakanı Muhammed Şiya es-Sudani'nin önümüzdeki ay Ankara'yı ziyaret etmesi bekleniyor.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["IRQ"], vec!["TUR"]));
    assert_eq!(e.date.as_deref(), Some("2025-02"));
    // Across the turn of the year.
    let r = extract(
        "2024-12-10",
        "Kyrgyz President Sadyr Japarov will pay a state visit to Uzbekistan next month.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2025-01"));
}

#[test]
fn a_meeting_named_with_its_parties_after_it_is_theirs_not_the_speakers() {
    let r = extract(
        "2023-08-31",
        "Лавров подтвердил, что идёт подготовка встречи президентов Владимира Путина и Реджепа Тайипа Эрдогана, которая, по данным турецких СМИ, может состояться в Сочи в ближайшие дни.",
    );
    let e = only(&r);
    // Still to come, by the predicate of the relative clause after the noun;
    // between the two leaders, in the country of one: the other's visit.
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["TUR"], vec!["RUS"]));
    assert_eq!(e.source.persons, ["person:recep-tayyip-erdogan"]);
    assert_eq!(e.target.persons, ["person:vladimir-putin"]);
}

#[test]
fn an_invitation_to_come_is_the_invited_sides_visit_and_the_head_of_state_is_the_outlets() {
    let r = extract(
        "2025-05-10",
        "Кездесу соңында Путин Қазақстан Президентін биылғы күзде Ресейге мемлекеттік сапармен келуге шақырды.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["KAZ"], vec!["RUS"]));
    // "Мемлекет басшысы" before another country's leader is the Kazakh
    // president, not Putin's title.
    let r = extract(
        "2025-11-13",
        "Мемлекет басшысы Қасым-Жомарт Тоқаев кеше Мәскеуде Ресей Президенті Владимир Путинмен келіссөз жүргізді.\n\nМемлекет басшысы Владимир Путинді келесі жылы Қазақстанға ресми сапармен келуге шақырды.",
    );
    // The talks in Moscow are Tokayev's visit; the invitation is Putin's.
    let talks = with_mode(&r, "visit");
    assert_eq!(talks.status, "occurred");
    assert_eq!(sides(talks), (vec!["KAZ"], vec!["RUS"]));
    let e = r
        .events
        .iter()
        .find(|e| e.mode == "visit" && e.status == "planned")
        .unwrap_or_else(|| panic!("no planned visit in {:#?}", r.events));
    assert_eq!(sides(e), (vec!["RUS"], vec!["KAZ"]));
    assert_eq!(e.target.persons, ["person:kassym-jomart-tokayev"]);
    assert_eq!(e.date.as_deref(), Some("2026"));
}

#[test]
fn a_call_stays_a_call_whatever_visit_it_was_about() {
    let r = extract(
        "2025-05-10",
        "Айта кетейік, сәрсенбі күні Сыртқы істер министрі Мұрат Нұртілеу Ресей Сыртқы істер министрі Сергей Лавровқа телефон шалып, сапар бағдарламасын талқылаған еді.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "phone");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["RUS"]));
    let r = extract(
        "2025-05-10",
        "Сол күні Қасым-Жомарт Тоқаев Мәскеуде Қытай Төрағасы Си Цзиньпинмен де қысқаша әңгімелесті.",
    );
    assert_eq!(sides(only(&r)), (vec!["KAZ"], vec!["CHN"]));
}

#[test]
fn the_ministry_named_again_by_its_noun_acts_on_an_international_body() {
    let r = extract(
        "2024-01-25",
        "Azərbaycan Respublikasının Xarici İşlər Nazirliyi dünən axşam yaydığı bəyanatda Avropa Şurası Parlament Assambleyasının (AŞPA) Azərbaycan nümayəndə heyətinin səlahiyyətlərini təsdiq etməmək barədə qərarını qətiyyətlə rədd edib.\n\nNazirlik AŞPA-nı Azərbaycanın daxili işlərinə müdaxilə etməkdə və fevralın 7-də keçiriləcək növbədənkənar prezident seçkisi ərəfəsində ölkəyə təzyiq göstərməyə cəhd etməkdə ittiham edib.",
    );
    assert_eq!(r.events.len(), 2, "{:#?}", r.events);
    for e in &r.events {
        assert_eq!(e.source.organizations, ["org:mfa-aze"], "{e:#?}");
        assert_eq!(e.target.organizations, ["org:pace"], "{e:#?}");
        assert!(e.target.countries.is_empty(), "{e:#?}");
        // The day of the election still to come dates no accusation.
        assert_eq!(
            (e.status.as_str(), e.date.as_deref()),
            ("occurred", Some("2024-01-24"))
        );
    }
    assert_eq!(
        r.events
            .iter()
            .map(|e| e.event_type.as_str())
            .collect::<Vec<_>>(),
        ["REJECT", "ACCUSE"]
    );
}

#[test]
fn going_crossing_and_welcoming_with_a_ceremony_are_visits() {
    let r = extract(
        "2024-09-05",
        "Erdoğan, Konsey'in gelecek yıl Mısır'da yapılacak ikinci toplantısı için Kahire'ye gideceğini açıkladı.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["TUR"], vec!["EGY"]));
    let r = extract(
        "2024-08-15",
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Filistinli mevkidaşını dün Ankara'daki Cumhurbaşkanlığı Külliyesi'nde resmî törenle karşılamıştı.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.cameo.as_str()), ("visit", "043"));
    assert_eq!(sides(e), (vec!["PSE"], vec!["TUR"]));
    let r = extract(
        "2024-09-12",
        "Turkmenistan's National Leader Gurbanguly Berdimuhamedow on Wednesday crossed the border into Afghanistan's Herat province.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["TKM"], vec!["AFG"]));
}

#[test]
fn a_name_qualifies_only_a_gathering_noun_that_bears_its_possessive() {
    // "отырыс аясында" (within the session) has no possessive ending: the head
    // of government is the subject, not the session's qualifier as in "ШЫҰ отырысы".
    let r = extract(
        "2025-11-18",
        "Бүгін Қазақстан Үкіметінің басшысы отырыс аясында Қытай Халық Республикасы Мемлекеттік кеңесінің Премьері Ли Цянмен кездесті.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["KAZ"], vec!["CHN"]));
    assert!(e
        .source
        .persons
        .contains(&"person:oljas-bektenov".to_string()));
    // With the possessive ("toplantıları", plural and possessive) the body
    // before it names the gathering, not the meeting's party.
    let r = extract(
        "2025-07-11",
        "Dışişleri Bakanı Hakan Fidan, dün Kuala Lumpur'daki ASEAN toplantıları marjında Çin Dışişleri Bakanı Wang Yi ile görüştü.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["TUR"], vec!["CHN"]));
}

#[test]
fn a_month_in_the_locative_dates_a_planned_meeting() {
    // "шілдеде", "шілде айында" (in July): the case ending, or the possessive
    // and locative on "ай", say "in July" as "в июле" does.
    for sentence in [
        "Қасым-Жомарт Тоқаев пен Садыр Жапаров шілдеде Астанада кездеседі.",
        "Мемлекет басшылары Қасым-Жомарт Тоқаев пен Садыр Жапаров шілде айында Астанада өтетін ШЫҰ саммиті аясында жүздесуге уағдаласты.",
    ] {
        let r = extract("2024-04-09", sentence);
        let e = only(&r);
        // Planned in the capital of one of them: Japarov's visit.
        assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
        assert_eq!(sides(e), (vec!["KGZ"], vec!["KAZ"]));
        assert_eq!(e.date.as_deref(), Some("2024-07"), "{sentence}");
    }
    let r = extract(
        "2024-04-09",
        "Cumhurbaşkanı Erdoğan temmuzda Kazakistan'ı ziyaret edecek.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2024-07"));
}

#[test]
fn kazakh_relative_clause_subject_without_case_is_the_counterpart() {
    // "Қазақстан жіберген … көмек" (the aid Kazakhstan sent): Kazakhstan is
    // whom Muttaqi thanks, not a second subject.
    let r = extract(
        "2025-11-18",
        "Әмір Хан Мұттақи жер сілкінісінен кейін Қазақстан жіберген гуманитарлық көмек үшін алғыс білдірді.",
    );
    let e = with_mode(&r, "gratitude");
    assert_eq!(sides(e), (vec!["AFG"], vec!["KAZ"]));
    // "ауған" (Afghan) only ends like a participle; "шақырды" after a verbal
    // noun in the dative asks for something rather than inviting.
    let r = extract(
        "2025-11-18",
        "Ермек Көшербаев ауған тарапын инклюзивті басқаруды қалыптастыруға және қыздардың білім алу құқығын қамтамасыз етуге шақырды.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "request");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["AFG"]));
}

#[test]
fn words_of_sympathy_to_a_national_assembly_are_condolences_to_its_country() {
    let r = extract(
        "2024-12-30",
        "Председатель Сената Парламента Маулен Ашимбаев также вчера направил слова сочувствия Председателю Национального собрания Республики Корея.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "condolence");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["KOR"]));
    assert_eq!(e.target.organizations, ["org:parliament-kor"]);
}

#[test]
fn a_trip_called_off_is_one_denied_visit_per_country() {
    let r = extract(
        "2024-08-10",
        "Japanese Prime Minister Fumio Kishida on Friday called off a four-day trip to Kazakhstan, Uzbekistan and Mongolia.",
    );
    let visits: Vec<_> = r
        .events
        .iter()
        .map(|e| (e.mode.as_str(), e.status.as_str(), sides(e)))
        .collect();
    assert_eq!(
        visits,
        [
            ("visit", "denied", (vec!["JPN"], vec!["KAZ"])),
            ("visit", "denied", (vec!["JPN"], vec!["UZB"])),
            ("visit", "denied", (vec!["JPN"], vec!["MNG"])),
        ]
    );
    let r = extract(
        "2025-03-06",
        "В августе прошлого года премьер-министр Японии Фумио Кисида отменил поездку в Астану из-за угрозы землетрясения.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "denied"));
    assert_eq!(sides(e), (vec!["JPN"], vec!["KAZ"]));
}

#[test]
fn invitations_renewed_or_told_at_the_end_of_talks_announce_visits() {
    // "В завершение переговоров" refers to the talks told before: the
    // sentence's event is the invitation.
    let r = extract(
        "2025-10-10",
        "В завершение переговоров Путин пригласил таджикского коллегу посетить Россию с официальным визитом в будущем году.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["TJK"], vec!["RUS"]));
    let r = extract(
        "2024-08-10",
        "President Kassym-Jomart Tokayev renewed his invitation to Japanese Prime Minister Fumio Kishida to visit Kazakhstan at a mutually convenient time.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["JPN"], vec!["KAZ"]));
}

#[test]
fn a_third_side_welcoming_what_both_countries_did_is_toward_both() {
    // "обеих стран" after the cue names whom the EU's praise is toward: the
    // story's two parties, neither of which is the EU.
    let r = extract(
        "2025-08-12",
        "Министры иностранных дел Азербайджана и Армении в пятницу подписали в Вашингтоне совместную декларацию о мире. \
         Верховный представитель ЕС Кая Каллас приветствовала подписание декларации и высоко оценила политическую волю руководства обеих стран.",
    );
    let e = with_mode(&r, "praise");
    assert_eq!(e.source.organizations, ["org:eu"]);
    let (_, mut target) = sides(e);
    target.sort_unstable();
    assert_eq!(target, ["ARM", "AZE"]);
}

#[test]
fn sitting_down_with_a_leader_is_a_meeting() {
    let r = extract(
        "2025-09-02",
        "On Sunday, Kassym-Jomart Tokayev sat down with Iranian President Masoud Pezeshkian.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "meeting");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["IRN"]));
    assert_eq!(e.date.as_deref(), Some("2025-08-31"));
}

#[test]
fn a_month_past_in_a_thanks_dates_what_it_thanks_for() {
    // Told on the day of the talks, thanks for help in last April's floods
    // are given that day.
    let r = extract(
        "2025-02-20",
        "Türkiye Cumhurbaşkanı Yardımcısı Cevdet Yılmaz, dün Ankara'da Kazakistan Başbakanı Olzhas Bektenov ile bir araya geldi. \
         Bektenov, geçen yılın nisan ayında Kazakistan'ın kuzey bölgelerini vuran sel felaketinin ardından AFAD'ın verdiği destek için Türkiye'ye teşekkür etti.",
    );
    let e = with_mode(&r, "gratitude");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["TUR"]));
    assert_eq!(e.date.as_deref(), Some("2025-02-19"));
}

#[test]
fn a_day_inside_a_participle_dates_its_noun_unless_it_is_the_reports_day() {
    // "произошедшем в субботу" dates the blast; the condolences are the day's.
    let r = extract(
        "2025-04-29",
        "Президент Ирана Масуд Пезешкиан вчера был принят в Загульбе Президентом Азербайджана Ильхамом Алиевым. \
         В начале беседы Ильхам Алиев выразил глубокие соболезнования иранскому народу в связи с гибелью людей при взрыве в порту Шахид Раджаи, произошедшем в субботу.",
    );
    assert_eq!(
        with_mode(&r, "condolence").date.as_deref(),
        Some("2025-04-28")
    );
    // A quake of the report's own day is answered that day.
    let r = extract(
        "2025-03-28",
        "Azərbaycan Xarici İşlər Nazirliyi bu gün Myanmada baş vermiş güclü zəlzələ ilə əlaqədar Myanma xalqına başsağlığı verib.",
    );
    assert_eq!(
        with_mode(&r, "condolence").date.as_deref(),
        Some("2025-03-28")
    );
}

#[test]
fn the_lead_dates_what_the_headline_told_before_it() {
    // The headline's meeting names no day; the lead's day ("avqustun 5-də"),
    // in a sentence with no event, is the story's, which "həmin gün" takes up.
    let r = extract(
        "2025-08-06",
        "İlham Əliyev Avazada Serdar Berdiməhəmmədovla görüşüb. \
         Prezident İlham Əliyev avqustun 5-də Türkmənistanın Avaza milli turizm zonasında BMT-nin Üçüncü Konfransının açılış mərasimində iştirak edib. \
         Çıxışında dövlətimizin başçısı konfransın yüksək səviyyədə təşkilinə görə Türkmənistan rəhbərliyinə təşəkkür edib. \
         Həmin gün Azərbaycan ilə Türkmənistan arasında enerji sahəsində əməkdaşlığa dair memorandum imzalanıb.",
    );
    assert_eq!(with_mode(&r, "sign").date.as_deref(), Some("2025-08-05"));
}

#[test]
fn separate_phone_calls_with_two_ministers_are_two_calls_and_no_request() {
    // "calls on Tuesday" is the end of "phone calls", not "calls on" someone.
    let r = extract(
        "2025-02-06",
        "Sheikh Abdullah bin Zayed Al Nahyan held separate phone calls on Tuesday with Ukrainian Foreign Minister Andrii Sybiha and Russian Foreign Minister Sergey Lavrov to finalise the arrangements.",
    );
    let calls: Vec<_> = r
        .events
        .iter()
        .map(|e| (e.mode.as_str(), sides(e)))
        .collect();
    assert_eq!(
        calls,
        [
            ("phone", (vec!["ARE"], vec!["UKR"])),
            ("phone", (vec!["ARE"], vec!["RUS"])),
        ]
    );
}

#[test]
fn a_possessor_a_word_before_its_participle_is_the_counterpart() {
    // "Mirzoyanın iclasda səsləndirdiyi … iddiaları": Mirzoyan made the claims
    // Bayramov rejects.
    let r = extract(
        "2024-12-06",
        "Ceyhun Bayramov Ermənistanın xarici işlər naziri Ararat Mirzoyanın iclasda səsləndirdiyi, guya Azərbaycanın sülh sazişinin imzalanmasını uzatdığı barədə iddiaları əsassız adlandıraraq rədd edib.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "REJECT");
    assert_eq!(sides(e), (vec!["AZE"], vec!["ARM"]));
    assert_eq!(e.source.persons, ["person:jeyhun-bayramov"]);
}

#[test]
fn turkish_invitation_accepted_with_a_softened_verb_is_no_reception() {
    // "davetini kabul ederek": accepting an invitation ("et-" softened to
    // "ed-"); the event is the visit expected to come.
    let r = extract(
        "2025-04-22",
        "Cumhurbaşkanı Recep Tayyip Erdoğan'ın, Kırgız mevkidaşı Sadır Caparov'un davetini kabul ederek yıl içinde Kırgızistan'ı ziyaret etmesi bekleniyor.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["TUR"], vec!["KGZ"]));
    // Welcomed with a ceremony, in the passive: the guest is the subject.
    let r = extract(
        "2025-04-22",
        "Kırgızistan Cumhurbaşkanı Sadır Caparov dün Ankara'da Cumhurbaşkanı Recep Tayyip Erdoğan tarafından resmî törenle karşılandı.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["KGZ"], vec!["TUR"]));
}

#[test]
fn a_visit_noun_after_a_future_participle_is_its_owners_planned_visit() {
    let r = extract(
        "2025-03-12",
        "Әзербайжан Президенті Ильхам Әлиев Қасым-Жомарт Тоқаевтың биыл Әзербайжанға жасайтын мемлекеттік сапарын асыға күтетінін айтты.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["KAZ"], vec!["AZE"]));
    assert_eq!(e.source.persons, ["person:kassym-jomart-tokayev"]);
    assert_eq!(e.date.as_deref(), Some("2025"));
    let r = extract(
        "2025-03-12",
        "Prezident İlham Əliyev Qasım-Jomart Tokayevin bu il Azərbaycana edəcəyi dövlət səfərini səbirsizliklə gözlədiyini bildirib.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["KAZ"], vec!["AZE"]));
}

#[test]
fn russian_thanks_for_condolences_are_no_condolences() {
    // What follows "за" after the thanks is what they are for.
    let r = extract(
        "2025-05-14",
        "Министр иностранных дел Ирана Аббас Аракчи поблагодарил таджикский народ и руководство Таджикистана за соболезнования и поддержку после взрыва в порту Шахид Раджаи.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "gratitude");
    assert_eq!(sides(e), (vec!["IRN"], vec!["TJK"]));
}
#[test]
fn talks_of_two_leaders_in_the_home_of_one_are_the_others_visit() {
    // The place stated in the sentence.
    let r = extract(
        "2024-08-10",
        "On Friday in Astana, Kazakh President Kassym-Jomart Tokayev held talks with Azerbaijani President Ilham Aliyev.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["AZE"], vec!["KAZ"]));
    // The place taken from the day's gathering told before.
    let r = extract(
        "2024-08-10",
        "Kazakh President Kassym-Jomart Tokayev welcomed Uzbek President Shavkat Mirziyoyev in Astana on Friday for the consultative meeting of Central Asian leaders. \
         The leaders discussed regional water and energy projects at length during the session. \
         Later on Friday, Tokayev held separate talks with Azerbaijani President Ilham Aliyev.",
    );
    let e = r
        .events
        .iter()
        .find(|e| e.target.countries.contains(&"KAZ".to_string()) && e.source.countries == ["AZE"])
        .unwrap_or_else(|| panic!("no visit of Azerbaijan to Kazakhstan in {:#?}", r.events));
    assert_eq!(e.mode, "visit");
    // On the sidelines of a forum held in that country, the talks are the forum's.
    let r = extract(
        "2025-05-30",
        "Kazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev on the sidelines of the Astana International Forum on Thursday.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "third-party");
    assert_eq!(e.location.place.as_deref(), Some("place:astana"));
}
#[test]
fn a_country_after_a_date_is_the_subject_not_the_dates_possessor() {
    // "среду Азербайджан" is no noun with its genitive ("действия Израиля").
    let r = extract("2025-03-14", "В среду Азербайджан осудил Армению.");
    let e = only(&r);
    assert_eq!(e.mode, "criticize");
    assert_eq!(sides(e), (vec!["AZE"], vec!["ARM"]));
    assert_eq!(e.date.as_deref(), Some("2025-03-12"));
}
#[test]
fn an_invitation_told_without_its_inviter_runs_from_the_invited_to_the_destination() {
    // The subject is a bare "Nazir": the one invited is the guest, the
    // country in the dative the host.
    let r = extract(
        "2025-04-16",
        "Nazir litvalı həmkarını Azərbaycana səfərə dəvət edib.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["LTU"], vec!["AZE"]));
}
#[test]
fn an_azerbaijani_future_of_heading_somewhere_is_a_planned_visit() {
    let r = extract("2025-04-16", "Ceyhun Bayramov sabah Tallinə yollanacaq.");
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["AZE"], vec!["EST"]));
    assert_eq!(e.date.as_deref(), Some("2025-04-17"));
}
#[test]
fn a_visit_participle_names_its_visitor_whatever_case_the_main_verb_gives() {
    // "ziyarette bulunan … Zelenskiy'i karşıladı": the one received is the one visiting.
    let r = extract(
        "2025-02-18",
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Türkiye'ye resmi ziyarette bulunan Ukrayna Devlet Başkanı Volodimir Zelenskiy'i bugün Cumhurbaşkanlığı Külliyesi'nde resmi törenle karşıladı.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["UKR"], vec!["TUR"]));
    assert_eq!(e.location.place.as_deref(), Some("place:ankara"));
    // The noun phrase after the participle opens with the guest's country.
    let r = extract(
        "2025-11-18",
        "Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев кеше Астанаға жұмыс сапарымен келген Ауғанстан уақытша үкіметінің Сыртқы істер министрі Әмір Хан Мұттақимен кездесті.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["AFG"], vec!["KAZ"]));
    assert_eq!(e.location.place.as_deref(), Some("place:astana"));
}

#[test]
fn a_bare_title_opening_a_sentence_is_the_storys_first_official_of_that_role() {
    // "Nazir" (the minister) after a talk with a counterpart is the minister
    // the story is about, not the counterpart named since.
    let r = extract(
        "2024-12-06",
        "Azərbaycanın xarici işlər naziri Ceyhun Bayramov dünən Vallettada İsveçrənin xarici işlər naziri İgnazio Kassis ilə görüşüb. Nazir ATƏT-in Baş katibi Feridun Sinirlioğlu ilə də görüşüb.",
    );
    let second = r
        .events
        .iter()
        .find(|e| {
            e.target
                .persons
                .iter()
                .any(|p| p == "person:feridun-sinirlioglu")
        })
        .expect("the minister's second meeting");
    assert_eq!(second.source.persons, ["person:jeyhun-bayramov"]);
    assert_eq!(second.source.countries, ["AZE"]);
    let r = extract(
        "2025-02-20",
        "Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с министром иностранных дел Японии Такэси Ивая. Министр поблагодарил японскую сторону за гуманитарную помощь.",
    );
    let thanks = with_mode(&r, "gratitude");
    assert_eq!(sides(thanks), (vec!["UZB"], vec!["JPN"]));
    assert_eq!(thanks.source.persons, ["person:bakhtiyor-saidov"]);
    // A title before a name is that name's: "Nazir Ceyhun Bayramov" is no one else.
    let r = extract(
        "2025-08-12",
        "Ukraynanın xarici işlər naziri Andrii Sibiha Bakıya gəlib. Nazir Ceyhun Bayramov Kaya Kallası ölkəmizə səfər etməyə dəvət edib.",
    );
    assert!(r
        .events
        .iter()
        .filter(|e| e.evidence[0].text.starts_with("Nazir"))
        .all(|e| e
            .target
            .persons
            .contains(&"person:jeyhun-bayramov".to_string())
            || e.source
                .persons
                .contains(&"person:jeyhun-bayramov".to_string())));
}

#[test]
fn an_unknown_envoy_of_an_organisation_speaks_for_it_when_named_by_surname() {
    // "спецпредставитель Евросоюза" is a title: the unknown name after it is the
    // EU's envoy, and his surname alone later still stands for the EU.
    let r = extract(
        "2025-10-24",
        "Накануне глава МИД Кыргызстана Жээнбек Кулубаев принял в Бишкеке спецпредставителя Евросоюза Эдуардса Стипрайса. Стипрайс высоко оценил усилия кыргызской стороны по укреплению экспортного контроля.",
    );
    let visit = with_mode(&r, "visit");
    assert_eq!(visit.source.organizations, ["org:eu"]);
    assert_eq!(visit.source.persons, ["person:eduards-stiprais"]);
    let praise = with_mode(&r, "praise");
    assert_eq!(praise.source.organizations, ["org:eu"]);
    assert_eq!(praise.source.persons, ["person:eduards-stiprais"]);
    assert_eq!(praise.target.countries, ["KGZ"]);
}

#[test]
fn brussels_named_as_an_actor_is_the_eu_and_as_a_place_is_in_belgium() {
    let r = extract(
        "2025-10-24",
        "Глава МИД Кыргызстана Жээнбек Кулубаев призвал Брюссель исключить кыргызстанские банки из санкционного списка.",
    );
    let request = with_mode(&r, "request");
    assert_eq!(request.target.organizations, ["org:eu"]);
    assert!(request.target.countries.is_empty());
    let r = extract(
        "2025-03-17",
        "Министр иностранных дел Армении Арарат Мирзоян провел переговоры с министром иностранных дел Бельгии Максимом Прево в Брюсселе.",
    );
    let talks = r
        .events
        .iter()
        .find(|e| e.event_type == "CONSULT")
        .expect("the talks");
    assert_eq!(talks.location.country.as_deref(), Some("BEL"));
}

#[test]
fn a_reply_in_turn_answers_the_talks_just_told_not_the_storys_main_pair() {
    // The envoy is unknown by name only: his praise "in turn" goes back to the
    // reception just told (the EU), not to the call with Hungary that follows,
    // though that call is the story's first with countries on both sides.
    let r = extract(
        "2025-10-24",
        "Накануне глава МИД Кыргызстана Жээнбек Кулубаев принял в Бишкеке специального представителя Евросоюза по Центральной Азии. Гость, в свою очередь, высоко оценил усилия кыргызской стороны по укреплению экспортного контроля. Накануне Кулубаев также провёл телефонный разговор с министром иностранных дел Венгрии Петером Сийярто.",
    );
    let praise = with_mode(&r, "praise");
    assert_eq!(praise.source.organizations, ["org:eu"]);
    assert!(praise.source.countries.is_empty());
}

#[test]
fn a_known_surname_inside_an_unknown_name_is_not_its_known_bearer() {
    // "Conson" is how Azerbaijani writes Boris Johnson's surname, but "Kamina
    // Conson Smit", after her title, is Jamaica's minister.
    let r = extract(
        "2025-11-03",
        "Oktyabrın 29-da Ceyhun Bayramov Yamaykanın xarici işlər və xarici ticarət naziri Kamina Conson Smitə məktub göndərərək dərin hüznlə başsağlığı verib.",
    );
    let condolence = only(&r);
    assert_eq!(sides(condolence), (vec!["AZE"], vec!["JAM"]));
    assert!(r.entities.iter().all(|e| e.id != "person:boris-johnson"));
    // A word of the known person's own name before his surname keeps him.
    let r = extract(
        "2025-09-10",
        "Katar Emiri Temim bin Hamed Al Sani, Cumhurbaşkanı Erdoğan'ı telefonla aradı. Emir Al Sani, Türkiye'ye teşekkür etti.",
    );
    assert_eq!(
        with_mode(&r, "gratitude").source.persons,
        ["person:tamim-bin-hamad-al-thani"]
    );
}

#[test]
fn a_turkic_demonym_built_from_any_country_name_is_its_adjective() {
    // "slovakiyalı" is listed nowhere: "Slovakiya" + "lı" makes it Slovakia's.
    let r = extract(
        "2025-03-06",
        "Ceyhun Bayramov dünən Bratislavada slovakiyalı həmkarı ilə görüşüb.",
    );
    assert_eq!(sides(only(&r)), (vec!["AZE"], vec!["SVK"]));
    // So in Kazakh: "Словакия" + "лық".
    let r = extract(
        "2025-03-06",
        "Ермек Көшербаев кеше Братиславада словакиялық әріптесімен кездесті.",
    );
    assert!(r
        .entities
        .iter()
        .any(|e| e.id == "country:SVK" && e.mentions.iter().any(|m| m.text == "словакиялық")));
}

#[test]
fn the_un_nuclear_watchdog_is_the_iaea_not_the_un() {
    let r = extract(
        "2025-09-10",
        "Iranian Foreign Minister Abbas Araghchi on Tuesday signed in Cairo a document on resuming cooperation with the UN nuclear watchdog.",
    );
    let signing = only(&r);
    assert_eq!(signing.target.organizations, ["org:iaea"]);
}

#[test]
fn a_kazakh_month_with_its_final_consonant_voiced_still_dates_the_event() {
    // "қыркүйегінде": September, its final к voiced before the ending.
    let r = extract(
        "2023-06-20",
        "Қасым-Жомарт Тоқаев өткен жылдың қыркүйегінде Германияға ресми сапармен барды.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2022-09"));
}

#[test]
fn aid_asked_for_before_a_turkic_demand_is_its_content_not_an_event() {
    // "… insani yardımın Gazze'ye engelsiz ulaştırılmasını talep etti": the aid
    // is what Erdoğan demands of Israel, not aid he sent.
    let r = extract(
        "2025-10-14",
        "Cumhurbaşkanı Erdoğan, İsrail'in ateşkese eksiksiz uymasını ve insani yardımın Gazze'ye engelsiz ulaştırılmasını talep etti.",
    );
    assert!(
        r.events.iter().all(|e| e.event_type != "AID"),
        "{:?}",
        r.events
    );
    assert_eq!(sides(with_mode(&r, "demand")), (vec!["TUR"], vec!["ISR"]));
    // Aid sent is still aid, before a demand in a clause of its own.
    let r = extract(
        "2025-10-14",
        "Türkiye Gazze'ye insani yardım gönderdi, Cumhurbaşkanı Erdoğan ise İsrail'in ateşkese uymasını talep etti.",
    );
    assert!(
        r.events.iter().any(|e| e.event_type == "AID"),
        "{:?}",
        r.events
    );
}

#[test]
fn a_name_takes_the_page_grammar_and_a_common_word_stays_in_its_language() {
    // The Azerbaijani and Turkish adjective "fin" (Finnish) is not in the English
    // "fine", and the English "Aliyeva" is not Ilham Aliyev with an ending.
    let r = extract(
        "2025-03-10",
        "Mehriban Aliyeva met the French Foreign Minister Jean-Noel Barrot in Baku on Monday and praised the fine cooperation.",
    );
    let praise = with_mode(&r, "praise");
    assert_eq!(sides(praise), (vec!["AZE"], vec!["FRA"]));
    assert_eq!(praise.source.persons, ["person:mehriban-aliyeva"]);
    // "Колонна" less the Russian "а" meets "Колонной"; the surname's shorter
    // stem, cut by a Kazakh ending, does not take Russian endings.
    let r = extract(
        "2023-04-11",
        "Президент Таджикистана Эмомали Рахмон провел телефонный разговор с Колонной.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["TJK"], vec!["FRA"]));
    assert_eq!(e.target.persons, ["person:catherine-colonna"]);
}

#[test]
fn an_unknown_name_loses_a_one_letter_case_ending_written_without_it_elsewhere() {
    // "Vuçiçi" is "Vuçiç" in the accusative: the page writes "Vuçiç" too.
    let r = extract(
        "2025-09-16",
        "Prezident İlham Əliyev bu gün Bakıda rəsmi səfərlə ölkəmizdə olan Serbiya Prezidenti Aleksandar Vuçiçi qəbul edib. \
         Aleksandar Vuçiç Azərbaycanın dəstəyinə görə Prezident İlham Əliyevə minnətdarlığını bildirib.",
    );
    let visit = with_mode(&r, "visit");
    assert_eq!(sides(visit), (vec!["SRB"], vec!["AZE"]));
    assert_eq!(visit.source.persons, ["person:aleksandar-vucic"]);
    let thanks = with_mode(&r, "gratitude");
    assert_eq!(thanks.source.persons, ["person:aleksandar-vucic"]);
}

#[test]
fn an_azerbaijani_pluperfect_recalls_and_leaves_the_story_on_its_day() {
    let r = extract(
        "2025-09-16",
        "Prezident İlham Əliyev bu gün Bakıda Serbiya Prezidentini qəbul edib. \
         Prezident İlham Əliyev isə yanvarın 2-də Serbiya Prezidentinə başsağlığı məktubu ünvanlamışdı. \
         Görüşdən sonra dövlət başçıları Azərbaycan ilə Serbiya arasında strateji tərəfdaşlıq haqqında Birgə Bəyannaməni imzalayıblar.",
    );
    assert_eq!(
        with_mode(&r, "condolence").date.as_deref(),
        Some("2025-01-02")
    );
    assert_eq!(with_mode(&r, "sign").date.as_deref(), Some("2025-09-16"));
}

#[test]
fn a_kazakh_participle_before_a_weekday_dates_the_day_it_qualifies() {
    // "өткен бейсенбіде", last Thursday: the participle qualifies the day, and
    // the date is the call's (published on Wednesday 16 April).
    let r = extract(
        "2025-04-16",
        "Өткен бейсенбіде Виктор Орбан Қасым-Жомарт Тоқаевқа телефон шалды.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2025-04-10"));
}

#[test]
fn a_title_after_a_dash_is_the_same_holders_second_office() {
    let r = extract(
        "2025-04-16",
        "Заместитель Премьер-министра РК – министр иностранных дел Мурат Нуртлеу провел переговоры с Петером Сийярто.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["KAZ"], vec!["HUN"]));
    assert_eq!(e.source.persons, ["person:murat-nurtleu"]);
    assert_eq!(e.target.persons, ["person:peter-szijjarto"]);
}

#[test]
fn a_reception_and_a_call_days_apart_stay_two_events() {
    let r = extract(
        "2025-04-16",
        "Мұрат Нұртілеу кеше Будапештте Петер Сийяртомен келіссөз жүргізді. \
         Сол күні Венгрия Премьер-министрі Виктор Орбан қазақстандық министрді қабылдады. \
         Еске сала кетейік, өткен бейсенбіде Виктор Орбан Қасым-Жомарт Тоқаевқа телефон шалды.",
    );
    assert_eq!(with_mode(&r, "phone").date.as_deref(), Some("2025-04-10"));
    let received = r
        .events
        .iter()
        .find(|e| e.mode == "visit" && e.target.persons == ["person:viktor-orban"])
        .unwrap_or_else(|| panic!("no reception by Orbán in {:#?}", r.events));
    assert_eq!(received.date.as_deref(), Some("2025-04-15"));
}

#[test]
fn a_law_passed_in_its_final_reading_was_received_by_no_one() {
    let r = extract(
        "2025-03-28",
        "Вице-премьер Армении Мгер Григорян провел телефонный разговор с вице-премьером России Алексеем Оверчуком. \
         Напомним, закон был принят в окончательном чтении 64 голосами.",
    );
    assert_eq!(only(&r).mode, "phone");
}

#[test]
fn the_day_of_an_event_still_to_come_dates_no_act_told_as_done() {
    let r = extract(
        "2023-05-05",
        "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan will meet in Brussels on May 14. \
         In Moscow, Russian Foreign Ministry spokeswoman Maria Zakharova criticised the United States.",
    );
    assert_eq!(
        with_mode(&r, "criticize").date.as_deref(),
        Some("2023-05-05")
    );
}

#[test]
fn a_surname_alone_inside_a_date_is_the_months_name() {
    // "Martın 18-də", on 18 March, is not Ireland's Micheál Martin.
    let r = extract(
        "2025-03-18",
        "Martın 18-də Prezident İlham Əliyev Azərbaycanda rəsmi səfərdə olan Qırğızıstan Respublikasının Nazirlər Kabinetinin Sədri Adılbek Kasımalıyevi qəbul edib.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["KGZ"], vec!["AZE"]));
    assert!(r.entities.iter().all(|x| x.id != "person:micheal-martin"));
}

#[test]
fn a_year_with_its_ordinal_ending_and_year_word_dates_the_month_and_day_after_it() {
    // "2023-cü ilin mayında" (in May of 2023), "2022-ci il dekabrın 14-də": the
    // Azerbaijani year takes an ordinal ending and the year word before the month.
    let r = extract(
        "2025-01-27",
        "Xatırladaq ki, İsrail Prezidenti İsaak Hersoq 2023-cü ilin mayında Azərbaycana rəsmi səfər edib.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2023-05"));
    let r = extract(
        "2025-01-27",
        "Prezident İlham Əliyev 2022-ci il dekabrın 14-də Türkmənistana rəsmi səfər edib.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2022-12-14"));
    let r = extract(
        "2025-01-27",
        "Қазақстан Президенті Қасым-Жомарт Тоқаев 2024 жылдың мамырында Қытайға мемлекеттік сапармен барды.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2024-05"));
}

#[test]
fn a_date_before_a_place_its_postposition_and_a_participle_dates_the_noun() {
    // "the AZAL plane that crashed near Aktau on 25 December": the day is the
    // crash's, and the condolences are the day's of the reception.
    let r = extract(
        "2025-01-27",
        "Azərbaycan Respublikasının Prezidenti İlham Əliyev yanvarın 27-də İsrail Dövlətinin xarici işlər naziri Gideon Saarı qəbul edib.\n\n\
         Qonaq dekabrın 25-də Aktau yaxınlığında qəzaya uğrayan AZAL təyyarəsində həlak olanların xatirəsini bir daha ehtiramla yad edərək İsrail xalqı adından Azərbaycan xalqına başsağlığı verib.",
    );
    let e = with_mode(&r, "condolence");
    assert_eq!(e.date.as_deref(), Some("2025-01-27"));
}

#[test]
fn a_visit_planned_at_talks_held_that_day_has_no_day_yet() {
    // The talks are dated; the visit they led to is not, and its date is left out
    // rather than taken from the talks. One named with its year keeps it.
    let r = extract(
        "2025-06-11",
        "Президент Казахстана Касым-Жомарт Токаев 10 июня принял в Акорде Президента Латвии Эдгарса Ринкевичса.\n\n\
         Ринкевичс пригласил Токаева посетить Латвию с официальным визитом.",
    );
    let planned: Vec<_> = r.events.iter().filter(|e| e.status == "planned").collect();
    assert_eq!(planned.len(), 1, "{:#?}", r.events);
    assert_eq!(planned[0].date, None);
    assert_eq!(with_mode(&r, "visit").date.as_deref(), Some("2025-06-10"));
    let r = extract(
        "2024-10-09",
        "Эмомали Рахмон пригласил Токаева посетить Таджикистан с государственным визитом в будущем году.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2025"));
}

#[test]
fn yesterdays_stop_told_in_a_participle_does_not_date_todays_talks() {
    // "Erdoğan, who held talks in Kuwait yesterday, went on to Doha today": the
    // talks in Doha that follow are today's.
    let r = extract(
        "2025-10-22",
        "Körfez turu kapsamında dün Kuveyt'te temaslarda bulunan Cumhurbaşkanı Recep Tayyip Erdoğan, bugün Katar'ın başkenti Doha'ya geçti.\n\n\
         Erdoğan, Emiri Divanı'nda resmi törenle karşılandı; ardından Katar Emiri Şeyh Temim bin Hamed Al Sani ile baş başa ve heyetlerarası görüşme gerçekleştirdi.",
    );
    let e = r
        .events
        .iter()
        .find(|e| e.target.countries == ["QAT"])
        .unwrap_or_else(|| panic!("no event with Qatar in {:#?}", r.events));
    assert_eq!(e.date.as_deref(), Some("2025-10-22"));
}

#[test]
fn a_pronoun_opening_the_sentence_is_the_subject_of_its_second_predicate() {
    let r = extract(
        "2025-01-17",
        "Iranian President Masoud Pezeshkian held talks with Tajik President Emomali Rahmon in Dushanbe on Thursday.\n\n\
         At a joint press appearance, Pezeshkian thanked his host for the warm welcome.\n\n\
         He also said the Gaza ceasefire announced a day earlier had to be fully respected, and sharply criticised Israel.",
    );
    let e = with_mode(&r, "criticize");
    assert_eq!(sides(e), (vec!["IRN"], vec!["ISR"]));
}

#[test]
fn praise_given_as_a_high_mark_in_kazakh_and_azerbaijani() {
    // "жоғары баға беріп" (gave a high mark), "təqdir edib" (appreciated).
    let r = extract(
        "2025-06-11",
        "Мемлекет басшысы Қасым-Жомарт Тоқаев Латвияның Балтық өңіріндегі транзиттік әлеуетіне жоғары баға берді.",
    );
    let e = with_mode(&r, "praise");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["LVA"]));
    let r = extract(
        "2025-01-27",
        "İsrailin xarici işlər naziri Gideon Saar Azərbaycanın tolerantlıq məkanı kimi rolunu təqdir edib.",
    );
    let e = with_mode(&r, "praise");
    assert_eq!(sides(e), (vec!["ISR"], vec!["AZE"]));
}

#[test]
fn an_unknown_name_keeps_the_stem_the_page_writes_alone() {
    // "Papuaşvilini" is "Papuaşvili" with "-ni", not "Papuaşvil" with "-ini":
    // read the second way, the bare "Papuaşvili" of the next sentence took an
    // accusative "-i" and its thanks were turned around.
    let r = extract(
        "2025-05-14",
        "Bakı, 14 may. Azərbaycan Respublikasının Prezidenti İlham Əliyev dünən Gürcüstan parlamentinin sədri Şalva Papuaşvilini qəbul edib.\n\n\
         Şalva Papuaşvili Azərbaycanın dəstəyinə görə ölkəmizə təşəkkürünü bildirib.",
    );
    let e = with_mode(&r, "gratitude");
    assert_eq!(sides(e), (vec!["GEO"], vec!["AZE"]));
    assert_eq!(e.source.persons, ["person:shalva-papuashvili"]);
}

#[test]
fn reports_said_to_be_untrue_after_the_fact_are_denied() {
    // The verdict follows the report it judges, in Russian as in English; a
    // rejection "как не соответствующие действительности" is still a rejection.
    let r = extract(
        "2025-03-19",
        "Сообщения ряда азербайджанских СМИ о том, что министр иностранных дел Армении Арарат Мирзоян в субботу встречался в Абу-Даби с азербайджанским коллегой Джейхуном Байрамовым, не соответствуют действительности.",
    );
    assert_eq!(only(&r).status, "denied");
    let r = extract(
        "2025-03-19",
        "Reports that Armenian Foreign Minister Ararat Mirzoyan met his Azerbaijani counterpart Jeyhun Bayramov in Abu Dhabi on Saturday are not true, the ministry said.",
    );
    assert_eq!(only(&r).status, "denied");
    let r = extract(
        "2025-03-17",
        "Руководитель пресс-службы МИД Азербайджана Айхан Гаджизаде в понедельник отверг обвинения Еревана как не соответствующие действительности.",
    );
    assert_eq!(with_mode(&r, "reject").status, "occurred");
}

#[test]
fn an_unknown_kazakh_name_ends_where_the_next_country_begins_and_serves_the_outlets_state() {
    // "Әлібек Бақаев Пәкістанның …": the Pakistani genitive after the name is
    // the next phrase, not a third word of it. The deputy minister's title
    // names no country: he is the Kazakh outlet's own official.
    let r = extract(
        "2025-08-19",
        "Сыртқы істер министрінің орынбасары Әлібек Бақаев Пәкістанның Қазақстандағы елшісі Нұман Башир Бхаттимен кездесті.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["KAZ"], vec!["PAK"]));
    assert_eq!(e.source.persons, ["person:alibek-bakayev"]);
}

#[test]
fn unknown_names_are_romanized_as_their_languages_press_writes_them() {
    // Kazakh and Azerbaijani letters the general transliteration renders as
    // "@" and "K'", and Russian "е" after a vowel ("Рафиев" is Rafiyev).
    let cases = [
        (
            "Сыртқы істер министрінің орынбасары Әлібек Бақаев Пәкістан елшісімен кездесті.",
            "person:alibek-bakayev",
            "Alibek Bakayev",
        ),
        (
            "Xarici işlər nazirinin müavini Əlibəy Şəfiyev Pakistan səfiri ilə görüşüb.",
            "person:alibay-shafiyev",
            "Alibay Shafiyev",
        ),
        (
            "Заместитель министра иностранных дел Азербайджана Ялчин Рафиев встретился с послом Пакистана.",
            "person:yalchin-rafiyev",
            "Yalchin Rafiyev",
        ),
    ];
    for (text, id, name) in cases {
        let r = extract("2025-08-19", text);
        let person = r
            .entities
            .iter()
            .find(|e| e.unconfirmed)
            .unwrap_or_else(|| panic!("no unknown person in {text}"));
        assert_eq!((person.id.as_str(), person.name.as_str()), (id, name));
    }
}

#[test]
fn the_country_a_title_is_about_stays_out_of_its_holders_phrase() {
    // "Қазақстан Президентінің Ауғанстан жөніндегі арнайы өкілі": Kazakhstan's
    // special representative on Afghanistan, who met the Afghan minister.
    let r = extract(
        "2025-09-05",
        "Бүгін Қазақстан Президентінің Ауғанстан жөніндегі арнайы өкілі Еркін Тоқымов Кабулда Ауғанстанның уақытша үкіметінің сыртқы істер министрі Әмір Хан Мұттақимен кездесті.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["KAZ"], vec!["AFG"]));
    assert_eq!(e.source.persons, ["person:yerkin-tokymov"]);
    let envoy = r.entities.iter().find(|x| x.id == "person:yerkin-tokymov");
    assert_eq!(envoy.and_then(|x| x.country.as_deref()), Some("KAZ"));
}

#[test]
fn a_call_and_a_meeting_of_other_people_that_day_are_two_contacts() {
    // The presidents spoke by phone; that day the deputy minister met the
    // ambassador: one pair of countries, two contacts.
    let r = extract(
        "2025-08-19",
        "Мемлекет басшысы Қасым-Жомарт Тоқаев бүгін Пәкістан Премьер-министрі Шахбаз Шарифпен телефон арқылы сөйлесті.\n\n\
         Сол күні Сыртқы істер министрінің орынбасары Әлібек Бақаев Пәкістанның Қазақстандағы елшісі Нұман Башир Бхаттимен кездесті.",
    );
    let call = with_mode(&r, "phone");
    assert_eq!(
        call.source.persons.len() + call.target.persons.len(),
        2,
        "{call:#?}"
    );
    let meeting = with_mode(&r, "meeting");
    assert_eq!(sides(meeting), (vec!["KAZ"], vec!["PAK"]));
}

#[test]
fn calling_a_text_a_name_is_no_phone_call_and_welcoming_progress_is_praise() {
    let r = extract(
        "2025-07-10",
        "Georgian Foreign Minister Maka Botchorishvili welcomed the progress in the peace talks between Armenia and Azerbaijan and called the text of the draft agreement \"a historic opportunity\".",
    );
    assert!(
        r.events.iter().all(|e| e.mode != "phone"),
        "{:#?}",
        r.events
    );
    assert_eq!(with_mode(&r, "praise").source.countries, ["GEO"]);
}

#[test]
fn a_place_before_a_name_is_where_the_meeting_was_not_the_persons_seat() {
    // "Belqradda Sahibə Qafarova ilə …": Belgrade is where the speakers met,
    // so the guest is the Azerbaijani side, not the Serbian.
    let r = extract(
        "2024-10-10",
        "Çərşənbə axşamı Belqradda Sahibə Qafarova ilə Serbiya Milli Assambleyasının Sədri Ana Brnabiçin görüşü olub.",
    );
    let e = only(&r);
    assert_eq!(e.location.place.as_deref(), Some("place:belgrade"));
    assert_eq!(sides(e), (vec!["AZE"], vec!["SRB"]));
}

#[test]
fn a_year_alone_dates_what_is_to_come_and_makes_a_done_act_background() {
    // "Фидан посетит Москву … в 2026 году" is still to come, in 2026; an act
    // told as done in an earlier year written out ("В 2019 году … подписали",
    // "был подписан ещё в 1996 году") is background, no event of the story.
    let r = extract(
        "2025-08-19",
        "В 2019 году Сергей Лавров и Хакан Фидан подписали в Анкаре соглашение о сотрудничестве.\n\n\
         Министр иностранных дел Турции Хакан Фидан посетит Москву с официальным визитом в 2026 году.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2026"));
    assert_eq!(only(&r).mode, "visit");
    let r = extract(
        "2025-07-25",
        "Договор о дружбе между Туркменистаном и Узбекистаном был подписан ещё в 1996 году.",
    );
    assert!(r.events.is_empty(), "{:#?}", r.events);
    // A year in the genitive names something of that year, not when the act was.
    let r = extract(
        "2025-02-12",
        "Prezident Emoməli Rəhmon Azərbaycana 2025-ci ilin Beynəlxalq Buzlaqların Qorunması İli elan edilməsinə dair BMT qətnaməsinə verdiyi dəstəyə görə təşəkkür edib.",
    );
    assert_eq!(
        with_mode(&r, "gratitude").date.as_deref(),
        Some("2025-02-12")
    );
    // A month of an earlier year dates a recalled visit, which stays an event.
    let r = extract(
        "2025-04-18",
        "Xatırladaq ki, Belarus Prezidenti Aleksandr Lukaşenko 2024-cü ilin avqustunda Azərbaycana rəsmi səfər edib.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2024-08"));
}

#[test]
fn a_chamber_and_its_parliament_give_an_unknown_speaker_a_country() {
    // "Председатель Сената Олий Мажлиса Танзила Нарбаева": the Senate is Uzbek
    // because the parliament after it is; the speaker of the Shura Council of
    // Qatar is named across the particles of an Arabic name, and "аль-Ганим"
    // is no case of Ghana. The verb agreeing with a woman keeps her name as written.
    let r = extract(
        "2024-05-16",
        "Председатель Сената Олий Мажлиса Танзила Нарбаева вчера приняла находящегося в Узбекистане с официальным визитом Председателя Совета Шуры Государства Катар Хасана бин Абдуллу аль-Ганима.\n\n\
         Танзила Нарбаева высоко оценила посреднические усилия Катара.",
    );
    let visit = with_mode(&r, "visit");
    assert_eq!(sides(visit), (vec!["QAT"], vec!["UZB"]));
    assert_eq!(visit.target.persons, ["person:tanzila-narbayeva"]);
    assert_eq!(visit.source.persons.len(), 1, "{visit:#?}");
    assert_eq!(sides(with_mode(&r, "praise")), (vec!["UZB"], vec!["QAT"]));
    assert!(
        r.entities.iter().all(|e| e.id != "country:GHA"),
        "{:#?}",
        r.entities
    );
}

#[test]
fn the_guest_received_by_a_second_host_is_the_visitor() {
    let r = extract(
        "2024-05-16",
        "Председатель Совета Шуры Государства Катар Хасан аль-Ганим вчера прибыл в Ташкент с официальным визитом.\n\n\
         14 мая гостя принял также Спикер Законодательной палаты Узбекистана Нуриддин Исмоилов.",
    );
    let second = r
        .events
        .iter()
        .find(|e| {
            e.target
                .persons
                .iter()
                .any(|p| p == "person:nuriddin-ismoilov")
        })
        .unwrap_or_else(|| panic!("no reception by Ismoilov in {:#?}", r.events));
    assert_eq!(sides(second), (vec!["QAT"], vec!["UZB"]));
}

#[test]
fn an_indeclinable_russian_surname_takes_no_case_ending() {
    // "Хасана" is of Hasan, not the Albanian minister Igli Hasani.
    let r = extract(
        "2024-05-16",
        "Президент Узбекистана Шавкат Мирзиёев принял Хасана Абдуллу.",
    );
    assert!(
        r.entities.iter().all(|e| e.id != "person:igli-hasani"),
        "{:#?}",
        r.entities
    );
}

#[test]
fn consultations_held_are_a_meeting_and_readiness_for_them_is_none() {
    let r = extract(
        "2024-10-23",
        "Azərbaycanın xarici işlər nazirinin müavini Yalçın Rafiyev dünən Ər-Riyadda Səudiyyə Ərəbistanı Krallığının xarici işlər nazirinin müavini Valid əl-Xureyci ilə siyasi məsləhətləşmələrin növbəti raundunu keçirib.\n\n\
         Tərəflər siyasi məsləhətləşmələrin növbəti raundunun gələn il Bakıda keçirilməsi barədə razılığa gəliblər.",
    );
    let talks = r
        .events
        .iter()
        .find(|e| e.event_type == "CONSULT")
        .unwrap_or_else(|| panic!("no consultations in {:#?}", r.events));
    assert_eq!(sides(talks), (vec!["AZE"], vec!["SAU"]));
    assert_eq!(talks.location.place.as_deref(), Some("place:riyadh"));
    // The agreement is of the day it was reached; next year is the next round's.
    assert_eq!(with_mode(&r, "agree").date.as_deref(), Some("2024-10-22"));
    let r = extract(
        "2025-03-14",
        "Ani Badalyan Ermənistanın sazişin imzalanma tarixi və yeri ilə bağlı Azərbaycanla məsləhətləşmələrə başlamağa hazır olduğunu bildirib.",
    );
    assert!(
        r.events.iter().all(|e| e.event_type != "CONSULT"),
        "{:#?}",
        r.events
    );
}

#[test]
fn the_capital_of_a_country_named_by_its_noun_is_where_talks_were() {
    let r = extract(
        "2024-11-09",
        "Dışişleri Bakanı Hakan Fidan, dün Yunanistan'ın başkentinde mevkidaşı Yorgos Yerapetritis ile bir araya geldi.",
    );
    assert_eq!(only(&r).location.place.as_deref(), Some("place:athens"));
    let r = extract(
        "2024-11-09",
        "Вчера в столице Греции министр иностранных дел Турции Хакан Фидан провел переговоры с министром иностранных дел Греции Йоргосом Герапетритисом.",
    );
    assert_eq!(only(&r).location.place.as_deref(), Some("place:athens"));
}

#[test]
fn ministers_meeting_beside_their_leaders_talks_are_a_meeting_of_their_own() {
    let r = extract(
        "2025-07-11",
        "President Ilham Aliyev and Prime Minister Nikol Pashinyan held talks in Abu Dhabi on Thursday.\n\n\
         Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan, who accompanied the leaders, held a separate meeting in Abu Dhabi on Thursday.",
    );
    let consults: Vec<_> = r
        .events
        .iter()
        .filter(|e| e.event_type == "CONSULT")
        .collect();
    assert_eq!(consults.len(), 2, "{consults:#?}");
}

#[test]
fn the_agent_of_a_turkish_passive_reception_is_the_host() {
    // The guest opens the sentence, set off by a comma; "… tarafından (da)
    // kabul edildi" names the host.
    let r = extract(
        "2024-11-09",
        "Dışişleri Bakanı Hakan Fidan, temasları kapsamında Yunanistan Başbakanı Kiryakos Miçotakis tarafından da kabul edildi.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["TUR"], vec!["GRC"]));
    assert_eq!(e.target.persons, ["person:kyriakos-mitsotakis"]);
    // Saying one does not accept a plan rejects it.
    let r = extract(
        "2024-11-09",
        "Dışişleri Bakanı Hakan Fidan, Yunan hükümetinin Ege'de deniz parkları ilan etme planını kabul etmediklerini açıkça dile getirdi.",
    );
    assert_eq!(sides(with_mode(&r, "reject")), (vec!["TUR"], vec!["GRC"]));
}

#[test]
fn a_surname_right_after_a_name_is_the_rest_of_it() {
    // "Haysam bin Tariq Əl Səidə": Səid is the Sultan's, not Tunisia's Kais Saied.
    let r = extract(
        "2024-07-17",
        "Azərbaycan Respublikasının Prezidenti İlham Əliyev çərşənbə axşamı Oman Sultanı Haysam bin Tariq Əl Səidə başsağlığı məktubu ünvanlayıb.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["AZE"], vec!["OMN"]));
    assert!(
        r.entities.iter().all(|x| x.id != "person:kais-saied"),
        "{:#?}",
        r.entities
    );
}

#[test]
fn a_chain_of_titles_set_off_by_a_comma_still_names_the_meeting_s_party() {
    let r = extract(
        "2025-03-12",
        "Вчера в Ашхабаде состоялась встреча заместителя Председателя Кабинета Министров, министра иностранных дел Рашида Мередова с министром иностранных дел Азербайджана Джейхуном Байрамовым.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "CONSULT");
    let mut persons: Vec<&str> = e
        .source
        .persons
        .iter()
        .chain(&e.target.persons)
        .map(String::as_str)
        .collect();
    persons.sort_unstable();
    assert_eq!(persons, ["person:jeyhun-bayramov", "person:rashid-meredov"]);
}

#[test]
fn a_call_with_leaders_of_two_countries_is_a_call_each() {
    let r = extract(
        "2025-05-11",
        "В пятницу министр иностранных дел Узбекистана Бахтиёр Саидов провел телефонные переговоры с министром иностранных дел Пакистана Исхаком Даром и министром иностранных дел Индии Субрахманьямом Джайшанкаром. Разговор с Даром состоялся по инициативе пакистанской стороны.",
    );
    let calls: Vec<(Vec<&str>, Vec<&str>)> = r
        .events
        .iter()
        .filter(|e| e.mode == "phone")
        .map(sides)
        .collect();
    assert_eq!(calls.len(), 2, "{:#?}", r.events);
    // The initiative turns the call with Pakistan only.
    assert!(calls.contains(&(vec!["PAK"], vec!["UZB"])), "{calls:?}");
    assert!(calls.contains(&(vec!["UZB"], vec!["IND"])), "{calls:?}");
}

#[test]
fn the_side_whose_initiative_a_call_was_is_its_caller_not_a_third_party() {
    let r = extract(
        "2025-06-13",
        "Позднее по инициативе израильской стороны состоялся телефонный разговор Путина с премьер-министром Израиля Биньямином Нетаньяху.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["ISR"], vec!["RUS"]));
    assert_eq!(e.source.persons, ["person:benjamin-netanyahu"]);
    assert_eq!(e.target.persons, ["person:vladimir-putin"]);
}

#[test]
fn a_title_with_a_country_adjective_inside_names_its_holder() {
    let r = extract(
        "2025-06-13",
        "Глава российского государства осудил действия Израиля.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "criticize");
    assert_eq!(e.source.persons, ["person:vladimir-putin"]);
    assert_eq!(sides(e), (vec!["RUS"], vec!["ISR"]));
    let r = extract(
        "2025-03-12",
        "Глава туркменского МИД поблагодарил Евросоюз за техническое содействие.",
    );
    assert_eq!(only(&r).source.persons, ["person:rashid-meredov"]);
}

#[test]
fn an_unknown_guest_named_in_the_accusative_is_received() {
    // "Sätqaliyevi": a surname's stem ("-yev") before a one-letter case ending,
    // though the page never writes the stem alone; "Qazax nazir" is he.
    let r = extract(
        "2024-06-05",
        "Günün sonunda Şahbazov Qazaxıstanın energetika naziri Almasadam Sätqaliyevi qəbul edib. Qazax nazir Azərbaycan tərəfinin dəstəyinə görə minnətdarlığını bildirib.",
    );
    let visit = with_mode(&r, "visit");
    assert_eq!(sides(visit), (vec!["KAZ"], vec!["AZE"]));
    assert_eq!(visit.source.persons, ["person:almasadam-satgaliyev"]);
    assert_eq!(
        sides(with_mode(&r, "gratitude")),
        (vec!["KAZ"], vec!["AZE"])
    );
}

#[test]
fn a_bare_title_after_an_adverb_is_the_minister_the_lead_named_on_its_day() {
    // The lead's cue tells no event (meetings with no one named), yet its
    // "dünən" is the story's day; "Daha sonra nazir" is the lead's minister.
    let r = extract(
        "2024-06-05",
        "Energetika naziri Pərviz Şahbazov dünən bir sıra xarici qonaqlarla ikitərəfli görüşlər keçirib.\n\nBu barədə nazirlik məlumat yayıb.\n\nDaha sonra nazir Türkiyənin enerji və təbii sərvətlər naziri Alparslan Bayraktarla görüşüb.",
    );
    let e = only(&r);
    assert_eq!(sides(e), (vec!["AZE"], vec!["TUR"]));
    assert_eq!(e.source.persons, ["person:parviz-shahbazov"]);
    assert_eq!(e.date.as_deref(), Some("2024-06-04"));
}

#[test]
fn an_unknown_minister_named_again_by_surname_after_a_bare_title_keeps_his_country() {
    // "Bakan Güler'in": a bare title is no first name; the name first came
    // with a title of no country, the outlet's own minister's.
    let r = extract(
        "2024-11-14",
        "Milli Savunma Bakanı Yaşar Güler, dün Arnavutluk Savunma Bakanı Pirro Vengu ile görüştü. MSB kaynakları, aynı gün Bakan Güler'in Bosna-Hersek Savunma Bakanı Zukan Helez ile telefonda görüştüğünü bildirdi.",
    );
    let call = with_mode(&r, "phone");
    assert_eq!(sides(call), (vec!["TUR"], vec!["BIH"]));
    assert_eq!(call.source.persons, ["person:yasar-guler"]);
}

#[test]
fn a_denied_visit_lends_no_place_to_the_talks_of_its_day() {
    let r = extract(
        "2024-11-14",
        "ANKARA — Milli Savunma Bakanı Yaşar Güler, dün Arnavutluk Savunma Bakanı Pirro Vengu ile görüştü.\n\nÖte yandan Bakanlık, Güler'in gelecek hafta Belgrad'a gideceğine dair bazı Sırp medya kuruluşlarında çıkan haberleri yalanladı.",
    );
    let denied = r
        .events
        .iter()
        .find(|e| e.status == "denied")
        .unwrap_or_else(|| panic!("no denied visit in {:#?}", r.events));
    assert_eq!(denied.location.place.as_deref(), Some("place:belgrade"));
    let talks = r
        .events
        .iter()
        .find(|e| e.target.countries == ["ALB"])
        .unwrap_or_else(|| panic!("no talks with Albania in {:#?}", r.events));
    assert_ne!(talks.location.country.as_deref(), Some("SRB"));
}

#[test]
fn a_guest_received_somewhere_by_a_host_is_the_visitor_in_the_capital_named_by_adjective() {
    let r = extract(
        "2025-04-09",
        "Brazilian Foreign Minister Mauro Vieira held talks with his Mexican counterpart Juan Ramón de la Fuente in the Mexican capital on Monday.\n\nOn Tuesday, Vieira was received at the National Palace by President Claudia Sheinbaum.",
    );
    let talks = r
        .events
        .iter()
        .find(|e| e.target.persons == ["person:juan-ramon-de-la-fuente"])
        .unwrap_or_else(|| panic!("no talks in {:#?}", r.events));
    assert_eq!(talks.location.place.as_deref(), Some("place:mexico-city"));
    let reception = r
        .events
        .iter()
        .find(|e| e.target.persons == ["person:claudia-sheinbaum"])
        .unwrap_or_else(|| panic!("no reception in {:#?}", r.events));
    assert_eq!(reception.mode, "visit");
    assert_eq!(reception.source.persons, ["person:mauro-vieira"]);
    assert_eq!(reception.date.as_deref(), Some("2025-04-08"));
}

#[test]
fn the_guest_met_by_a_second_host_is_the_visitor_and_a_deputy_chairman_is_not_the_chairman() {
    let r = extract(
        "2024-10-16",
        "Президент Узбекистана Шавкат Мирзиёев во вторник принял в Кёксарайской резиденции заместителя председателя КНР Хань Чжэна, прибывшего в Ташкент с двухдневным рабочим визитом.\n\nНакануне, в понедельник, китайского гостя встретил премьер-министр Абдулла Арипов.",
    );
    for e in &r.events {
        assert!(
            !e.source.persons.contains(&"person:xi-jinping".to_string()),
            "{e:#?}"
        );
    }
    let with_aripov = r
        .events
        .iter()
        .find(|e| e.target.persons == ["person:abdulla-aripov"])
        .unwrap_or_else(|| panic!("no meeting with Aripov in {:#?}", r.events));
    assert_eq!(with_aripov.source.persons, ["person:han-zheng"]);
    assert_eq!(with_aripov.date.as_deref(), Some("2024-10-14"));
}

#[test]
fn an_azerbaijani_letter_of_congratulation_on_a_holiday_is_praise() {
    // "münasibətilə" is a postposition of the holiday before it, no
    // preposition that makes the letter a reference to an event told elsewhere.
    let r = extract(
        "2024-10-26",
        "Baş nazir Əli Əsədov Qazaxıstanın Baş naziri Oljas Bektenova Respublika Günü münasibətilə təbrik məktubu ünvanlayıb.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "praise");
    assert_eq!(sides(e), (vec!["AZE"], vec!["KAZ"]));
    assert_eq!(e.target.persons, ["person:oljas-bektenov"]);
}

#[test]
fn a_given_name_in_another_languages_spelling_names_its_bearer_not_the_namesake() {
    // The Azerbaijani name is "Sərdar"; the page writes the Turkish "Serdar",
    // and names his father in full afterwards.
    let r = extract(
        "2025-02-19",
        "Azərbaycan Respublikasının xarici işlər naziri Ceyhun Bayramov bu gün Türkmənistana rəsmi səfər edib.\n\nDaha sonra Azərbaycan nazirini Türkmənistan Prezidenti Serdar Berdiməhəmmədov qəbul edib.\n\nSəfər çərçivəsində C.Bayramov türkmən xalqının Milli Lideri, Xalq Məsləhətinin Sədri Qurbanqulu Berdiməhəmmədovla da görüşüb.",
    );
    let hosts: Vec<&Vec<String>> = r.events.iter().map(|e| &e.target.persons).collect();
    assert!(
        hosts.contains(&&vec!["person:serdar-berdimuhamedow".to_string()]),
        "{:#?}",
        r.events
    );
    assert!(
        hosts.contains(&&vec!["person:gurbanguly-berdimuhamedow".to_string()]),
        "{:#?}",
        r.events
    );
}

#[test]
fn a_second_office_after_a_comma_belongs_to_the_holder_named_after_it() {
    // Two offices of one man set off by a comma; the body of the second is
    // written before its country, and no word of it is a person's name.
    let r = extract(
        "2024-12-12",
        "Вечером Масуда Пезешкиана принял Национальный Лидер туркменского народа, Председатель Халк Маслахаты Туркменистана Гурбангулы Бердымухамедов.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["IRN"], vec!["TKM"]));
    assert_eq!(e.target.persons, ["person:gurbanguly-berdimuhamedow"]);
    assert!(
        !r.entities.iter().any(|x| x.id.contains("khalk")),
        "{:#?}",
        r.entities
    );
}

#[test]
fn a_turkish_deputy_minister_with_an_ambassadors_rank_is_his_own_countrys_official() {
    // "Büyükelçi" after the government title is a rank, not a post abroad;
    // neither title is the American deputy secretary's.
    let r = extract(
        "2024-10-17",
        "Dışişleri Bakan Yardımcısı Büyükelçi Nuh Yılmaz, dün Ankara'da Gürcistan Dışişleri Bakanı Birinci Yardımcısı Aleksandre Khujadze ile iki ülke dışişleri bakanlıkları arasındaki siyasi istişarelerin yeni turunu gerçekleştirdi.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["GEO"], vec!["TUR"]));
    assert_eq!(e.date.as_deref(), Some("2024-10-16"));
    assert!(
        !r.entities.iter().any(|x| x.name.contains("Birinci")),
        "{:#?}",
        r.entities
    );
}

#[test]
fn a_turkish_visit_carried_out_is_a_visit_and_one_planned_is_still_to_come() {
    let r = extract(
        "2024-10-17",
        "Polonya Dışişleri Bakanı Radosław Sikorski'nin gelecek ay Ankara'ya resmi bir ziyaret gerçekleştirmesi planlanıyor.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["POL"], vec!["TUR"]));
    assert_eq!(e.date.as_deref(), Some("2024-11"));
    let r = extract(
        "2024-10-17",
        "Polonya Dışişleri Bakanı Radosław Sikorski dün Ankara'ya resmi bir ziyaret gerçekleştirdi.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "occurred"));
    assert_eq!(e.date.as_deref(), Some("2024-10-16"));
}

#[test]
fn a_body_within_which_an_initiative_stands_is_no_subject_of_thanks() {
    // "Türk Devletleri Teşkilatı içindeki": the organisation frames the
    // initiatives thanked for; the speaker before the comma thanks.
    let r = extract(
        "2025-03-05",
        "Kazakistan Meclis Başkanı Yerlan Koşanov ise Türkiye'ye, Kazakistan'ın Türk Devletleri Teşkilatı içindeki girişimlerine verdiği destek için teşekkür etti.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "gratitude");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["TUR"]));
    assert_eq!(e.source.persons, ["person:yerlan-koshanov"]);
}

#[test]
fn a_turkish_reception_expected_with_its_host_apart_from_the_verb_is_planned() {
    let r = extract(
        "2025-03-05",
        "Kazakistan Meclis Başkanı Yerlan Koşanov'un bugün öğleden sonra Cumhurbaşkanı Recep Tayyip Erdoğan tarafından Külliye'de kabul edilmesi bekleniyor.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.status.as_str()), ("visit", "planned"));
    assert_eq!(sides(e), (vec!["KAZ"], vec!["TUR"]));
    assert_eq!(e.target.persons, ["person:recep-tayyip-erdogan"]);
}

#[test]
fn an_envoy_of_a_union_for_a_region_keeps_the_union_when_named_again() {
    // "Еуропалық Одақтың Орталық Азия жөніндегі арнайы өкілі": what the title
    // is about stands between the body and the title.
    let r = extract(
        "2025-03-14",
        "Мұрат Нұртілеу бүгін Астанада Еуропалық Одақтың Орталық Азия жөніндегі арнайы өкілі Терхи Хакаланы қабылдады.\n\nӨз кезегінде Терхи Хакала Қазақстанның өңірлік тұрақтылықты нығайтудағы рөлін жоғары бағалады.",
    );
    let visit = with_mode(&r, "visit");
    assert_eq!(visit.source.organizations, ["org:eu"]);
    assert_eq!(visit.target.persons, ["person:murat-nurtleu"]);
    let praise = with_mode(&r, "praise");
    assert_eq!(praise.source.organizations, ["org:eu"]);
    assert_eq!(praise.target.countries, ["KAZ"]);
}

#[test]
fn a_commissioner_named_after_the_portfolio_is_the_commissions_official() {
    let r = extract(
        "2025-05-22",
        "Later the same day Armenian Foreign Minister Ararat Mirzoyan met European Commissioner for Enlargement Marta Kos.",
    );
    let e = only(&r);
    assert_eq!(e.source.persons, ["person:ararat-mirzoyan"]);
    assert_eq!(e.target.organizations, ["org:european-commission"]);
    assert_eq!(e.target.persons, ["person:marta-kos"]);
}

#[test]
fn an_envoy_named_after_the_region_keeps_the_union_when_named_again() {
    for text in [
        "Murat Nurtleu received EU Special Representative for Central Asia Terhi Hakala in Astana on Friday.\n\nTerhi Hakala praised Kazakhstan's role in the region.",
        "Мурат Нуртлеу сегодня в Астане принял специального представителя Евросоюза по Центральной Азии Терхи Хакалу.\n\nТерхи Хакала высоко оценила роль Казахстана.",
    ] {
        let r = extract("2025-03-14", text);
        let praise = with_mode(&r, "praise");
        assert_eq!(praise.source.organizations, ["org:eu"], "{text}");
        assert_eq!(praise.target.countries, ["KAZ"], "{text}");
    }
}

#[test]
fn ambassadors_presenting_credentials_are_received_and_a_name_inflected_before_the_verb_is_the_guest(
) {
    let r = extract(
        "2025-09-18",
        "Президент Кыргызстана Садыр Жапаров в четверг принял верительные грамоты у вновь назначенных послов Италии Марко Беллини и Венгрии Петера Надя.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["ITA", "HUN"], vec!["KGZ"]));
    assert_eq!(e.target.persons, ["person:sadyr-japarov"]);
    // "Романа" carries the accusative; "Василенко" does not decline.
    let r = extract(
        "2025-09-18",
        "Кроме того, Романа Василенко принял министр иностранных дел Киргизии Жээнбек Кулубаев.",
    );
    let e = only(&r);
    assert_eq!(e.source.persons, ["person:roman-vassilenko"]);
    assert_eq!(e.target.persons, ["person:jeenbek-kulubaev"]);
}

#[test]
fn the_guest_opening_the_sentence_praises_what_the_host_country_did() {
    let r = extract(
        "2024-03-17",
        "Azərbaycan Respublikasının Prezidenti İlham Əliyev bu gün ölkəmizdə olan NATO-nun Baş katibi Yens Stoltenberqi qəbul edib.\n\nQonaq, həmçinin ölkəmizin Ukraynaya göstərdiyi humanitar yardımı yüksək qiymətləndirib.",
    );
    let praise = with_mode(&r, "praise");
    assert_eq!(praise.source.persons, ["person:jens-stoltenberg"]);
    assert!(praise.target.countries.iter().any(|c| c == "AZE"));
    // The aid inside what is praised is the country's, not the guest's.
    let aid = with_mode(&r, "aid");
    assert_eq!(sides(aid), (vec!["AZE"], vec!["UKR"]));
}

#[test]
fn a_host_named_as_subject_receives_the_guest_told_by_the_noun() {
    let r = extract(
        "2025-03-14",
        "Baş nazirin müavini Şahin Mustafayev dünən Daşkənddə Özbəkistanın Baş nazirinin müavini Camşid Xocayevlə görüşüb.\n\nHəmin gün azərbaycanlı qonağı Özbəkistan Prezidenti qəbul edib.",
    );
    let received = r
        .events
        .iter()
        .find(|e| {
            e.target
                .persons
                .iter()
                .any(|p| p == "person:shavkat-mirziyoyev")
        })
        .expect("the president's reception");
    assert_eq!(received.mode, "visit");
    assert_eq!(received.source.persons, ["person:shahin-mustafayev"]);
    assert_eq!(r.events.len(), 2);
}

#[test]
fn co_chairing_a_commission_is_a_meeting_of_its_chairs() {
    for text in [
        "Baş nazirin müavini Şahin Mustafayev dünən Daşkənddə hökumətlərarası komissiyanın iclasında Özbəkistanın Baş nazirinin müavini Camşid Xocayevlə birgə həmsədrlik edib.",
        "On Wednesday, Jaishankar and Russia's First Deputy Prime Minister Denis Manturov co-chaired a session of the India-Russia Intergovernmental Commission in Moscow.",
    ] {
        let r = extract("2025-03-14", text);
        let e = only(&r);
        assert_eq!(e.event_type, "CONSULT", "{text}");
        assert_eq!(e.source.persons.len(), 1, "{text}");
        assert_eq!(e.target.persons.len(), 1, "{text}");
    }
}

#[test]
fn at_the_meeting_is_no_meeting_verb_and_a_planned_visit_after_it_is_read() {
    // "Görüşdə" (at the meeting) is not "görüşdü" (met) with a case ending.
    for (lang_text, visitor, host) in [
        (
            "Görüşdə Şavkat Mirziyoyevin bu ilin ikinci yarısında Azərbaycana planlaşdırılan dövlət səfərinə hazırlıq məsələləri də müzakirə edilib.",
            "UZB",
            "AZE",
        ),
        (
            "Görüşte Erdoğan'ın Mayıs ayında Azerbaycan'a yapacağı resmi ziyaretin hazırlıkları ele alındı.",
            "TUR",
            "AZE",
        ),
    ] {
        let r = extract("2025-03-14", lang_text);
        let e = only(&r);
        assert_eq!(e.mode, "visit", "{lang_text}");
        assert_eq!(e.status, "planned", "{lang_text}");
        assert_eq!(sides(e), (vec![visitor], vec![host]), "{lang_text}");
    }
}

#[test]
fn a_decision_adopted_is_no_reception() {
    let r = extract(
        "2024-03-06",
        "Türkiyədə rəsmi səfərdə olan Milli Məclisin Sədri Sahibə Qafarova bu gün TBMM-in Sədri Numan Kurtulmuşla görüşüb.\n\nGörüşdə AŞPA-nın yanvar ayında Azərbaycan nümayəndə heyətinin səlahiyyətlərini təsdiq etməmək barədə qəbul etdiyi qərar da müzakirə olunub.",
    );
    let e = only(&r);
    assert_eq!(e.target.persons, ["person:numan-kurtulmus"]);
}

#[test]
fn rescuers_thanked_are_no_aid_of_the_one_who_thanks() {
    let r = extract(
        "2025-08-06",
        "Türkiyənin daxili işlər naziri Əli Yerlikaya Fövqəladə Hallar naziri Kəmaləddin Heydərova təşəkkür məktubu ünvanlayıb.\n\nMəktubda Əli Yerlikaya İzmir vilayətində meşə yanğınlarının söndürülməsində iştirak edən azərbaycanlı xilasedicilərə minnətdarlığını ifadə edib.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "gratitude");
    assert_eq!(e.source.persons, ["person:ali-yerlikaya"]);
    assert_eq!(sides(e), (vec!["TUR"], vec!["AZE"]));
}

#[test]
fn a_day_the_lead_names_wins_over_the_datelines() {
    let r = extract(
        "2025-04-12",
        "МИНСК, 12 апреля. В пятницу в Минске прошло очередное заседание Совета министров иностранных дел СНГ.\n\nПо итогам заседания министры подписали совместное заявление.\n\nНа полях заседания министр иностранных дел Беларуси Максим Рыженков провёл переговоры с узбекским коллегой Бахтиёром Саидовым.",
    );
    let talks = r
        .events
        .iter()
        .find(|e| e.event_type == "CONSULT")
        .expect("the talks");
    assert_eq!(talks.date.as_deref(), Some("2025-04-11"));
}

#[test]
fn a_meeting_said_to_be_postponed_did_not_take_place() {
    for text in [
        "President Tokayev's meeting with Prime Minister Shehbaz Sharif, planned for Friday, has been postponed.",
        "Erdoğan ile Şahbaz Şerif arasında cuma günü yapılması planlanan görüşme ertelendi.",
        "Запланированная на пятницу встреча Лаврова и Байрамова отложена.",
    ] {
        let r = extract("2025-02-19", text);
        let e = only(&r);
        assert_eq!(e.status, "denied", "{text}");
        // The day it was planned for: the coming Friday.
        assert_eq!(e.date.as_deref(), Some("2025-02-21"), "{text}");
    }
}

#[test]
fn the_main_clause_tells_the_event_and_a_colon_dateline_opens_no_clause() {
    for text in [
        "Chairman of the Senate of Pakistan Yousuf Raza Gilani, who arrived in Uzbekistan earlier this week, held talks in Tashkent on Tuesday with Chairperson of the Senate Tanzila Narbayeva.",
        "ISLAMABAD: Chairman of the Senate of Pakistan Yousuf Raza Gilani, who arrived in Uzbekistan earlier this week, held talks in Tashkent on Tuesday with Tanzila Narbayeva.",
    ] {
        let r = extract("2024-11-28", text);
        let e = only(&r);
        assert_eq!(e.mode, "visit", "{text}");
        assert_eq!(e.source.persons, ["person:yousuf-raza-gilani"], "{text}");
        assert_eq!(e.target.persons, ["person:tanzila-narbayeva"], "{text}");
        assert_eq!(e.date.as_deref(), Some("2024-11-26"), "{text}");
    }
}

#[test]
fn having_been_on_a_visit_is_a_visit() {
    let r = extract(
        "2025-03-05",
        "Qeyd edək ki, Ceyhun Bayramov 2024-cü ilin aprelində Moldovada səfərdə olub.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["AZE"], vec!["MDA"]));
    assert_eq!(e.date.as_deref(), Some("2024-04"));
}

#[test]
fn calling_on_a_host_is_a_courtesy_call_and_calling_on_someone_to_act_a_request() {
    let r = extract(
        "2025-04-10",
        "Foreign Minister Ishaq Dar later called on President Shavkat Mirziyoyev at the Kuksaroy residence.",
    );
    let e = only(&r);
    assert_eq!(
        (e.event_type.as_str(), e.mode.as_str()),
        ("CONSULT", "visit")
    );
    assert_eq!(e.source.persons, ["person:ishaq-dar"]);
    assert_eq!(e.target.persons, ["person:shavkat-mirziyoyev"]);
    for text in [
        "Erdogan called on Israel to stop the offensive.",
        "Turkey calls on Israel, as the occupying power, to stop the offensive.",
    ] {
        let r = extract("2025-04-10", text);
        let e = only(&r);
        assert_eq!(e.event_type, "REQUEST", "{text}");
        assert_eq!(e.target.countries, ["ISR"], "{text}");
    }
}

#[test]
fn a_case_ending_written_apart_keeps_a_body_with_its_officials_title() {
    let r = extract(
        "2025-03-05",
        "NATO-nun Baş katibi Mark Rutte martın 3-də Azərbaycana səfər edib.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(e.source.persons, ["person:mark-rutte"]);
    assert_eq!(e.source.organizations, ["org:nato"]);
    assert_eq!(e.target.countries, ["AZE"]);
    assert_eq!(e.date.as_deref(), Some("2025-03-03"));
}

#[test]
fn a_title_before_a_comma_and_its_holders_name_is_no_actor_of_its_own() {
    let r = extract(
        "2024-12-06",
        "Ceyhun Bayramov ATƏT-in fəaliyyətdə olan sədri, Maltanın xarici işlər naziri İan Borqla telefon danışığı aparıb.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "phone");
    assert_eq!(sides(e), (vec!["AZE"], vec!["MLT"]));
    assert_eq!(e.target.persons, ["person:ian-borg"]);
}

#[test]
fn a_bare_secretary_general_opening_a_sentence_is_the_one_the_story_named() {
    let r = extract(
        "2025-03-05",
        "ATƏT-in Baş katibi Feridun Sinirlioğlu Bakıya səfər edib.\n\nMartın 4-də Baş katib Azərbaycan Prezidentinin köməkçisi Hikmət Hacıyevlə görüşüb.",
    );
    let e = r
        .events
        .iter()
        .find(|e| e.target.persons == ["person:hikmet-hajiyev"])
        .unwrap_or_else(|| panic!("no meeting with Hajiyev in {:#?}", r.events));
    assert_eq!(e.source.persons, ["person:feridun-sinirlioglu"]);
    assert_eq!(e.date.as_deref(), Some("2025-03-04"));
}

#[test]
fn a_demand_repeated_is_a_demand() {
    let r = extract(
        "2025-03-05",
        "Ceyhun Bayramov ATƏT-in Minsk qrupunun ləğv edilməsi tələbini bir daha təkrarlayıb.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "DEMAND");
    assert_eq!(e.source.persons, ["person:jeyhun-bayramov"]);
}

#[test]
fn consultations_named_by_country_adjectives_at_a_title_level_are_between_the_two() {
    let r = extract(
        "2025-05-15",
        "Вчера в Баку прошли очередные азербайджано-турецкие политические консультации на уровне заместителей министров иностранных дел.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "CONSULT");
    let mut parties = [e.source.countries.clone(), e.target.countries.clone()].concat();
    parties.sort();
    assert_eq!(parties, ["AZE", "TUR"]);
    assert_eq!(e.date.as_deref(), Some("2025-05-14"));
}

#[test]
fn a_visit_is_told_by_its_end_and_a_range_with_an_en_dash_by_its_first_day() {
    let r = extract(
        "2025-06-02",
        "Министр иностранных дел Казахстана Мурат Нуртлеу завершил двухдневный визит в Кыргызстан, который проходил 29–30 мая.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["KAZ"], vec!["KGZ"]));
    assert_eq!(e.date.as_deref(), Some("2025-05-29"));
}

#[test]
fn a_ministry_whose_building_hosts_talks_is_no_party_to_them() {
    let r = extract(
        "2025-06-02",
        "В здании МИД Кыргызстана состоялись переговоры Нуртлеу с главой кыргызского внешнеполитического ведомства Жээнбеком Кулубаевым.",
    );
    let e = only(&r);
    assert_eq!(e.source.persons, ["person:murat-nurtleu"]);
    assert_eq!(e.target.persons, ["person:jeenbek-kulubaev"]);
}

#[test]
fn a_planned_trip_is_dated_by_its_month_and_each_leg_is_in_its_country() {
    let r = extract(
        "2024-07-30",
        "TOKYO, 30/07/2024 — Prime Minister Fumio Kishida will travel to Kazakhstan and Uzbekistan next month, Chief Cabinet Secretary Yoshimasa Hayashi told a news conference on Tuesday.",
    );
    assert_eq!(r.events.len(), 2, "{:#?}", r.events);
    for e in &r.events {
        assert_eq!(e.status, "planned");
        assert_eq!(e.date.as_deref(), Some("2024-08"));
        assert_eq!(
            e.location.country.as_ref(),
            e.target.countries.first(),
            "{e:#?}"
        );
    }
}

#[test]
fn the_national_minister_received_is_the_guest() {
    let r = extract(
        "2025-07-10",
        "Later in the day the Georgian minister was received by Prime Minister Nikol Pashinyan.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["GEO"], vec!["ARM"]));
    assert_eq!(e.target.persons, ["person:nikol-pashinyan"]);
}

#[test]
fn taking_part_in_a_council_is_no_reception() {
    let r = extract(
        "2024-12-03",
        "Представитель МИД подтвердила, что Лавров примет участие в заседании Совета министров иностранных дел ОБСЕ.",
    );
    assert!(r.events.is_empty(), "{:#?}", r.events);
}

#[test]
fn a_bare_prime_minister_inviting_with_also_after_him_is_the_host() {
    // "həmçinin" after the subject is "also", no conjunction joining it to
    // the one invited.
    let r = extract(
        "2025-09-09",
        "Gürcüstanın Baş naziri İrakli Kobaxidze Azərbaycanın Baş naziri Əli Əsədova məktub ünvanlayıb.\n\nBaş nazir həmçinin Əli Əsədovu əlverişli vaxtda Tbilisiyə səfərə dəvət edib.",
    );
    let e = with_mode(&r, "visit");
    assert_eq!(e.status, "planned");
    assert_eq!(e.source.persons, ["person:ali-asadov"]);
    assert_eq!(e.target.persons, ["person:irakli-kobakhidze"]);
}

#[test]
fn a_bare_prime_minister_before_a_country_is_that_countrys() {
    let r = extract(
        "2025-05-22",
        "Председатель Кабинета министров Кыргызстана Адылбек Касымалиев провел переговоры с премьер-министром Казахстана Олжасом Бектеновым.\n\nПремьер-министр Таджикистана пригласил Адылбека Касымалиева посетить Душанбе.",
    );
    let e = r
        .events
        .iter()
        .find(|e| e.status == "planned")
        .unwrap_or_else(|| panic!("no invitation in {:#?}", r.events));
    assert_eq!(sides(e), (vec!["KGZ"], vec!["TJK"]));
    assert!(
        e.target
            .persons
            .iter()
            .all(|p| p != "person:oljas-bektenov"),
        "{e:#?}"
    );
}

#[test]
fn kazakh_gratitude_with_its_softened_stem_is_thanks() {
    let r = extract(
        "2024-11-20",
        "Сергей Лебедев Қазақстан тарапына іс-шаралардың ұйымдастырылуына ризашылығын білдірді.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "gratitude");
    assert_eq!(e.target.countries, ["KAZ"]);
}

#[test]
fn a_surname_with_an_article_of_names_is_written_without_it() {
    let r = extract(
        "2024-12-06",
        "Bəhreynin xarici işlər naziri Əbdüllətif əz-Zəyani Bakıya gəlib.\n\nPrezident İlham Əliyev Zəyanini qəbul edib.",
    );
    let e = with_mode(&r, "visit");
    assert_eq!(e.source.persons, ["person:abdullatif-al-zayani"]);
    assert_eq!(e.target.persons, ["person:ilham-aliyev"]);
}

#[test]
fn an_invitation_accepted_with_gratitude_is_no_thanks() {
    let r = extract(
        "2024-12-05",
        "Бусаиди Оман Сұлтаны Хайсам бин Тарықтың Қазақстан Президентін Оманға ресми сапармен келуге шақыруын жеткізді. Тоқаев шақыруды ризашылықпен қабыл алды.",
    );
    assert!(
        r.events.iter().all(|e| e.mode != "gratitude"),
        "{:#?}",
        r.events
    );
    let e = with_mode(&r, "visit");
    assert_eq!(e.target.persons, ["person:haitham-bin-tarik"]);
}

#[test]
fn a_title_coordinated_with_the_holders_other_office_is_no_second_party() {
    let r = extract(
        "2025-08-20",
        "Dışişleri Bakanı Hakan Fidan, dün Pakistan Başbakan Yardımcısı ve Dışişleri Bakanı İshak Dar'ı telefonla arayarak selde hayatını kaybedenler için taziyelerini iletti.",
    );
    let e = with_mode(&r, "phone");
    assert_eq!(e.source.persons, ["person:hakan-fidan"]);
    assert_eq!(e.target.persons, ["person:ishaq-dar"]);
    assert_eq!(e.date.as_deref(), Some("2025-08-19"));
}

#[test]
fn aid_asked_for_is_a_request_not_aid() {
    let r = extract(
        "2025-08-20",
        "Pakistan Dışişleri Bakanlığı pazartesi günü Türkiye'den acil insani yardım talebinde bulunmuş, özellikle çadır, gıda ve ilaç ihtiyacına dikkat çekmişti.",
    );
    let e = only(&r);
    assert_eq!(e.event_type, "REQUEST");
    assert_eq!(sides(e), (vec!["PAK"], vec!["TUR"]));
}

#[test]
fn an_envoy_in_our_country_is_of_the_country_named_before() {
    let r = extract(
        "2025-02-10",
        "Bu gün Azərbaycan Respublikasının xarici işlər naziri Ceyhun Bayramov diplomatik fəaliyyətini başa vuran Qırğızıstan Respublikasının ölkəmizdəki fövqəladə və səlahiyyətli səfiri Kayrat Osmonalıyev ilə vida görüşü keçirib.\n\nKayrat Osmonalıyev isə Bakıda işlədiyi illər ərzində göstərilən dəstəyə görə Azərbaycan tərəfinə minnətdarlığını bildirib.",
    );
    let meeting = with_mode(&r, "meeting");
    assert_eq!(sides(meeting), (vec!["AZE"], vec!["KGZ"]));
    let thanks = with_mode(&r, "gratitude");
    assert_eq!(sides(thanks), (vec!["KGZ"], vec!["AZE"]));
}

#[test]
fn a_country_where_the_talks_are_is_no_part_of_the_visitors_title() {
    let r = extract(
        "2025-05-16",
        "Turun son mərhələsində, dünən Sinqapurda nazir Ceyhun Bayramov bu ölkənin xarici işlər naziri Vivian Balakrişnan ilə görüşüb.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(sides(e), (vec!["AZE"], vec!["SGP"]));
    // An ambassador "in our country" still takes his own country's name.
    let r = extract(
        "2024-12-16",
        "Bu gün xarici işlər naziri Ceyhun Bayramov Yaponiyanın ölkəmizdəki səfiri ilə görüşüb.",
    );
    assert_eq!(sides(only(&r)), (vec!["AZE"], vec!["JPN"]));
}

#[test]
fn a_one_word_name_closed_by_a_postposition_is_a_person() {
    let r = extract(
        "2025-05-16",
        "Bazar ertəsi Cakartada Ceyhun Bayramov İndoneziyanın xarici işlər naziri Sugiono ilə danışıqlar aparıb.",
    );
    let e = only(&r);
    assert_eq!(e.target.persons, ["person:sugiono"]);
    assert_eq!(sides(e), (vec!["AZE"], vec!["IDN"]));
}

#[test]
fn talks_held_during_a_visit_name_the_host_the_visit_left_unnamed() {
    let r = extract(
        "2025-03-13",
        "ASHGABAT — Uzbek President Shavkat Mirziyoyev paid a working visit to Turkmenistan on the 12th, holding talks with President Serdar Berdimuhamedow.",
    );
    let e = only(&r);
    assert_eq!(e.mode, "visit");
    assert_eq!(e.target.persons, ["person:serdar-berdimuhamedow"]);
    // "On the 12th": the day of the publication's month.
    assert_eq!(e.date.as_deref(), Some("2025-03-12"));
}

#[test]
fn a_day_of_this_month_alone_is_dated_in_the_publications_month() {
    let r = extract(
        "2025-03-13",
        "Осы айдың 12-сінде Қазақстан Сыртқы істер министрі Мұрат Нұртлеу Әзербайжан Сыртқы істер министрі Жейхун Байрамовпен кездесті.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2025-03-12"));
    // A day later than the publication's is of the month before.
    let r = extract(
        "2025-03-13",
        "Ayın 20-də nazir Ceyhun Bayramov Türkiyənin xarici işlər naziri Hakan Fidan ilə görüşüb.",
    );
    assert_eq!(only(&r).date.as_deref(), Some("2025-02-20"));
}

#[test]
fn a_pronoun_after_that_day_stands_for_the_titled_visitor_before() {
    let r = extract(
        "2025-08-21",
        "Еске сала кетейік, Моңғолия Президенті кеше Астанаға келген болатын. Сол күні ол Премьер-Министр Олжас Бектеновпен кездесіп, автожол жобасын талқылады.",
    );
    let e = only(&r);
    assert_eq!(e.source.persons, ["person:ukhnaagiin-khurelsukh"]);
    assert_eq!(e.target.persons, ["person:oljas-bektenov"]);
    // "That day" is the day the sentence before stated: yesterday.
    assert_eq!(e.date.as_deref(), Some("2025-08-20"));
}

#[test]
fn talks_by_video_conference_are_coded_as_a_call() {
    let r = extract(
        "2024-06-14",
        "Осы айдың 12-сінде Қазақстан Республикасының Премьер-Министрінің орынбасары – Ұлттық экономика министрі Серік Жұманғарин мен Әзербайжан Республикасының Экономика министрі Микаил Джаббаров бейнеконференция форматында келіссөздер жүргізді.",
    );
    let e = only(&r);
    assert_eq!((e.mode.as_str(), e.cameo.as_str()), ("phone", "041"));
    assert_eq!(e.date.as_deref(), Some("2024-06-12"));
}
