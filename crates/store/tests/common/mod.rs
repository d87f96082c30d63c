//! Shared fixtures: hand-built records (Russian and Azerbaijani text, offsets
//! computed from the text) and the backends the tests run against.
#![allow(dead_code)]

use communique_record::{
    EntityKind, EntityRecord, EventRecord, Evidence, Location, MentionRecord, Record, Side,
};
use communique_store::Store;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Character (not byte) span of the first occurrence of `needle` in `text`.
pub fn span(text: &str, needle: &str) -> (usize, usize) {
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

pub fn record(id: &str, language: &str, published: &str, title: &str, text: &str) -> Record {
    Record {
        document: id.to_owned(),
        url: Some(format!("https://news.example/{id}")),
        language: language.to_owned(),
        title: Some(title.to_owned()),
        published: Some(published.to_owned()),
        agency: None,
        source: None,
        dateline: None,
        entities: Vec::new(),
        events: Vec::new(),
        text: Some(text.to_owned()),
    }
}

/// Adds an entity with one mention per surface form found in the text.
pub fn entity(
    r: &mut Record,
    id: &str,
    kind: EntityKind,
    name: &str,
    country: Option<&str>,
    role: Option<&str>,
    forms: &[&str],
) {
    let text = r.text.clone().unwrap_or_default();
    let mentions = forms
        .iter()
        .map(|f| {
            let (start, end) = span(&text, f);
            MentionRecord {
                start,
                end,
                text: (*f).to_owned(),
            }
        })
        .collect();
    r.entities.push(EntityRecord {
        id: id.to_owned(),
        kind,
        name: name.to_owned(),
        country: country.map(str::to_owned),
        role: role.map(str::to_owned),
        unconfirmed: false,
        mentions,
    });
}

pub fn side(countries: &[&str], persons: &[&str]) -> Side {
    Side {
        countries: countries.iter().map(|s| s.to_string()).collect(),
        persons: persons.iter().map(|s| s.to_string()).collect(),
        organizations: vec![],
    }
}

/// Adds an event whose evidence is the sentence `evidence` of the text.
#[allow(clippy::too_many_arguments)]
pub fn event(
    r: &mut Record,
    event_type: &str,
    mode: &str,
    cameo: &str,
    date: Option<&str>,
    source: Side,
    target: Side,
    evidence: &str,
) -> usize {
    let text = r.text.clone().unwrap_or_default();
    let (start, end) = span(&text, evidence);
    let n = r.events.len();
    r.events.push(EventRecord {
        id: format!("{}#e{n}", r.document),
        event_type: event_type.to_owned(),
        mode: mode.to_owned(),
        cameo: cameo.to_owned(),
        status: "occurred".to_owned(),
        date: date.map(str::to_owned),
        source,
        target,
        location: Location::default(),
        topics: vec![],
        documents: vec![],
        confidence: 0.8,
        evidence: vec![Evidence {
            document: r.document.clone(),
            start,
            end,
            text: evidence.to_owned(),
        }],
    });
    n
}

pub const BAYRAMOV: &str = "person:jeyhun-bayramov";
pub const NURTLEU: &str = "person:murat-nurtleu";
pub const ALIYEV: &str = "person:ilham-aliyev";
pub const TOKAYEV: &str = "person:kassym-jomart-tokayev";

/// A Kazakh outlet, in Russian: Bayramov's visit to Astana, 11 March 2025.
pub fn visit_ru() -> Record {
    let text = "Глава МИД Казахстана проинформирован о процессе нормализации отношений\n\
        АСТАНА, 11 мар — Министр иностранных дел Азербайджана Джейхун Байрамов в рамках \
        официального визита в Казахстан встретился с вице-премьером, министром иностранных \
        дел этой страны Муратом Нуртлеу. По итогам встречи МИД Азербайджана и Казахстана \
        подписали План действий на 2025-2026 гг. Байрамов поблагодарил казахстанскую сторону \
        за поддержку.";
    let mut r = record(
        "kz-ru-0311",
        "ru",
        "2025-03-11T13:02",
        "Глава МИД Казахстана проинформирован о процессе нормализации отношений",
        text,
    );
    r.agency = Some("Kazinform".into());
    entity(
        &mut r,
        BAYRAMOV,
        EntityKind::Person,
        "Jeyhun Bayramov",
        Some("AZE"),
        Some("minister of foreign affairs"),
        &["Джейхун Байрамов", "Байрамов поблагодарил"],
    );
    // The second form above is deliberately trimmed to the name below.
    let last = r.entities.last_mut().unwrap();
    let (s, _) = span(text, "Байрамов поблагодарил");
    last.mentions[1] = MentionRecord {
        start: s,
        end: s + "Байрамов".chars().count(),
        text: "Байрамов".into(),
    };
    entity(
        &mut r,
        NURTLEU,
        EntityKind::Person,
        "Murat Nurtleu",
        Some("KAZ"),
        Some("deputy prime minister; minister of foreign affairs"),
        &["Муратом Нуртлеу"],
    );
    entity(
        &mut r,
        "country:AZE",
        EntityKind::Country,
        "Azerbaijan",
        None,
        None,
        &["Азербайджана"],
    );
    entity(
        &mut r,
        "country:KAZ",
        EntityKind::Country,
        "Kazakhstan",
        None,
        None,
        &["Казахстан"],
    );
    let v = event(&mut r, "CONSULT", "visit", "042", Some("2025-03-11"),
        side(&["AZE"], &[BAYRAMOV]), side(&["KAZ"], &[NURTLEU]),
        "Министр иностранных дел Азербайджана Джейхун Байрамов в рамках официального визита в \
         Казахстан встретился с вице-премьером, министром иностранных дел этой страны Муратом Нуртлеу.");
    r.events[v].location = Location {
        country: Some("KAZ".into()),
        place: Some("place:astana".into()),
    };
    r.events[v].topics = vec!["transport".into(), "trade".into()];
    r.events[v].confidence = 0.92;
    let s = event(
        &mut r,
        "AGREE",
        "sign",
        "057",
        Some("2025-03-11"),
        side(&["AZE"], &[]),
        side(&["KAZ"], &[]),
        "По итогам встречи МИД Азербайджана и Казахстана подписали План действий на 2025-2026 гг.",
    );
    r.events[s].documents = vec!["План действий на 2025-2026 гг.".into()];
    event(
        &mut r,
        "SUPPORT",
        "gratitude",
        "051",
        None,
        side(&["AZE"], &[BAYRAMOV]),
        side(&["KAZ"], &[]),
        "Байрамов поблагодарил казахстанскую сторону за поддержку.",
    );
    r
}

/// An Azerbaijani outlet, in Azerbaijani, the same meeting, written the other way
/// round (Kazakh side first) and as a generic meeting with a year-less date.
pub fn visit_az() -> Record {
    let text = "Ceyhun Bayramov Murat Nurtleu ilə görüşüb\n\
        Bakı, 11 mart. Qazaxıstanın Baş nazirinin müavini, xarici işlər naziri Murat Nurtleu \
        Astanada Azərbaycanın xarici işlər naziri Ceyhun Bayramovla görüşüb. Görüşdə nəqliyyat \
        və rəqəmsal əməkdaşlıq müzakirə olunub.";
    let mut r = record(
        "az-az-0311",
        "az",
        "2025-03-11T16:40",
        "Ceyhun Bayramov Murat Nurtleu ilə görüşüb",
        text,
    );
    r.agency = Some("APA".into());
    entity(
        &mut r,
        BAYRAMOV,
        EntityKind::Person,
        "Jeyhun Bayramov",
        Some("AZE"),
        Some("minister of foreign affairs"),
        &["Ceyhun Bayramov", "Bayramovla"],
    );
    entity(
        &mut r,
        NURTLEU,
        EntityKind::Person,
        "Murat Nurtleu",
        Some("KAZ"),
        Some("minister of foreign affairs"),
        &["Murat Nurtleu"],
    );
    entity(
        &mut r,
        "country:AZE",
        EntityKind::Country,
        "Azerbaijan",
        None,
        None,
        &["Azərbaycanın"],
    );
    entity(
        &mut r,
        "country:KAZ",
        EntityKind::Country,
        "Kazakhstan",
        None,
        None,
        &["Qazaxıstanın"],
    );
    let e = event(
        &mut r,
        "CONSULT",
        "meeting",
        "040",
        Some("XXXX-03-11"),
        side(&["KAZ"], &[NURTLEU]),
        side(&["AZE"], &[BAYRAMOV]),
        "Qazaxıstanın Baş nazirinin müavini, xarici işlər naziri Murat Nurtleu Astanada \
         Azərbaycanın xarici işlər naziri Ceyhun Bayramovla görüşüb.",
    );
    r.events[e].topics = vec!["transport".into(), "digital".into()];
    r.events[e].confidence = 0.85;
    r
}

/// Russian, a later meeting of the same two ministers (20 April): a distinct event.
pub fn meeting_april_ru() -> Record {
    let text = "Байрамов и Нуртлеу обсудили региональную повестку\n\
        БАКУ, 20 апр — Министр иностранных дел Азербайджана Джейхун Байрамов 20 апреля \
        встретился в Баку с министром иностранных дел Казахстана Муратом Нуртлеу.";
    let mut r = record(
        "az-ru-0420",
        "ru",
        "2025-04-20T18:00",
        "Байрамов и Нуртлеу обсудили региональную повестку",
        text,
    );
    r.source = Some("Report.az".into());
    entity(
        &mut r,
        BAYRAMOV,
        EntityKind::Person,
        "Jeyhun Bayramov",
        Some("AZE"),
        Some("minister of foreign affairs"),
        &["Джейхун Байрамов"],
    );
    entity(
        &mut r,
        NURTLEU,
        EntityKind::Person,
        "Murat Nurtleu",
        Some("KAZ"),
        Some("minister of foreign affairs"),
        &["Муратом Нуртлеу"],
    );
    entity(
        &mut r,
        "country:AZE",
        EntityKind::Country,
        "Azerbaijan",
        None,
        None,
        &["Азербайджана"],
    );
    entity(
        &mut r,
        "country:KAZ",
        EntityKind::Country,
        "Kazakhstan",
        None,
        None,
        &["Казахстана"],
    );
    let e = event(
        &mut r,
        "CONSULT",
        "meeting",
        "040",
        Some("2025-04-20"),
        side(&["KAZ"], &[NURTLEU]),
        side(&["AZE"], &[BAYRAMOV]),
        "Министр иностранных дел Азербайджана Джейхун Байрамов 20 апреля встретился в Баку с \
         министром иностранных дел Казахстана Муратом Нуртлеу.",
    );
    r.events[e].location = Location {
        country: Some("AZE".into()),
        place: Some("place:baku".into()),
    };
    r
}

/// Azerbaijani: Aliyev phones Tokayev (2024-09-24) and offers condolences; a
/// planned visit. Exercises phone, condolence and status filters.
pub fn phone_az() -> Record {
    let text = "İlham Əliyev Qasım-Jomart Tokayevə zəng edib\n\
        Prezident İlham Əliyev sentyabrın 24-də Qazaxıstan Prezidenti Qasım-Jomart Tokayevə \
        telefonla zəng edib. Prezident Əliyev başsağlığı verib. Tokayevin gələn ay Bakıya \
        səfər edəcəyi gözlənilir.";
    let mut r = record(
        "az-az-0924",
        "az",
        "2024-09-24T20:15",
        "İlham Əliyev Qasım-Jomart Tokayevə zəng edib",
        text,
    );
    entity(
        &mut r,
        ALIYEV,
        EntityKind::Person,
        "Ilham Aliyev",
        Some("AZE"),
        Some("president"),
        &["İlham Əliyev", "Əliyev başsağlığı"],
    );
    let last = r.entities.last_mut().unwrap();
    let (s, _) = span(text, "Əliyev başsağlığı");
    last.mentions[1] = MentionRecord {
        start: s,
        end: s + 6,
        text: "Əliyev".into(),
    };
    entity(
        &mut r,
        TOKAYEV,
        EntityKind::Person,
        "Kassym-Jomart Tokayev",
        Some("KAZ"),
        Some("president"),
        &["Qasım-Jomart Tokayevə", "Tokayevin"],
    );
    entity(
        &mut r,
        "country:KAZ",
        EntityKind::Country,
        "Kazakhstan",
        None,
        None,
        &["Qazaxıstan"],
    );
    event(&mut r, "CONSULT", "phone", "041", Some("2024-09-24"),
        side(&["AZE"], &[ALIYEV]), side(&["KAZ"], &[TOKAYEV]),
        "Prezident İlham Əliyev sentyabrın 24-də Qazaxıstan Prezidenti Qasım-Jomart Tokayevə telefonla zəng edib.");
    event(
        &mut r,
        "SUPPORT",
        "condolence",
        "018",
        Some("2024-09-24"),
        side(&["AZE"], &[ALIYEV]),
        side(&["KAZ"], &[TOKAYEV]),
        "Prezident Əliyev başsağlığı verib.",
    );
    let p = event(
        &mut r,
        "CONSULT",
        "visit",
        "042",
        Some("2024-10"),
        side(&["KAZ"], &[TOKAYEV]),
        side(&["AZE"], &[]),
        "Tokayevin gələn ay Bakıya səfər edəcəyi gözlənilir.",
    );
    r.events[p].status = "planned".into();
    r
}

pub fn corpus() -> Vec<Record> {
    vec![visit_ru(), visit_az(), meeting_april_ru(), phone_az()]
}

/// A synthetic record for bulk tests: `n` is the document number; every 4
/// consecutive documents report the same meeting (sides in either order) and the
/// same undated praise, and every document carries `mentions` mentions.
pub fn synthetic(n: usize, mentions: usize) -> Record {
    // Meetings three days apart, so no two are within fusion's one-day tolerance
    // (at most 108 distinct meetings, i.e. 432 documents).
    let meeting = n / 4;
    let day = 1 + 3 * (meeting % 9);
    let month = 1 + (meeting / 9) % 12;
    let mut text =
        format!("Сообщение {n}. Министры Азербайджана и Казахстана встретились {day} числа. ");
    for i in 0..mentions {
        text.push_str(&format!("Nazir{i} Bayramov. "));
    }
    let mut r = record(
        &format!("syn-{n:05}"),
        if n.is_multiple_of(2) { "ru" } else { "az" },
        &format!("2024-{month:02}-{day:02}T10:00"),
        &format!("Сообщение {n}"),
        &text,
    );
    let mut ms = Vec::new();
    let mut pos = 0;
    for i in 0..mentions {
        let form = format!("Nazir{i} Bayramov");
        let byte = text[pos..].find(&form).unwrap() + pos;
        let start = text[..byte].chars().count();
        ms.push(MentionRecord {
            start,
            end: start + form.chars().count(),
            text: form.clone(),
        });
        pos = byte + form.len();
    }
    r.entities.push(EntityRecord {
        id: BAYRAMOV.into(),
        kind: EntityKind::Person,
        name: "Jeyhun Bayramov".into(),
        country: Some("AZE".into()),
        role: Some("minister of foreign affairs".into()),
        unconfirmed: false,
        mentions: ms,
    });
    let (a, b) = if n.is_multiple_of(2) {
        ("AZE", "KAZ")
    } else {
        ("KAZ", "AZE")
    };
    event(
        &mut r,
        "CONSULT",
        "meeting",
        "040",
        Some(&format!("2024-{month:02}-{day:02}")),
        side(&[a], &[]),
        side(&[b], &[]),
        "Министры Азербайджана и Казахстана встретились",
    );
    event(
        &mut r,
        "SUPPORT",
        "praise",
        "051",
        None,
        side(&["AZE"], &[BAYRAMOV]),
        side(&["KAZ"], &[]),
        &format!("Сообщение {n}."),
    );
    r
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A backend under test: its location and whatever must outlive the test.
pub struct TestDb {
    pub name: &'static str,
    pub location: String,
    _dir: Option<tempfile::TempDir>,
    pg_admin: Option<(String, String)>,
}

impl TestDb {
    pub fn open(&self) -> Store {
        Store::open(&self.location).unwrap_or_else(|e| panic!("open {}: {e}", self.location))
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin, db)) = &self.pg_admin {
            if let Ok(mut c) = postgres::Client::connect(admin, postgres::NoTls) {
                let _ = c.batch_execute(&format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"));
            }
        }
    }
}

pub fn sqlite_db() -> TestDb {
    let dir = tempfile::tempdir().unwrap();
    let location = dir.path().join("store.db").display().to_string();
    TestDb {
        name: "sqlite",
        location,
        _dir: Some(dir),
        pg_admin: None,
    }
}

/// A fresh PostgreSQL database when `COMMUNIQUE_TEST_PG` names a server.
pub fn pg_db() -> Option<TestDb> {
    let admin = std::env::var("COMMUNIQUE_TEST_PG")
        .ok()
        .filter(|s| !s.is_empty())?;
    let db = format!(
        "communique_test_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    );
    let mut c = postgres::Client::connect(&admin, postgres::NoTls)
        .unwrap_or_else(|e| panic!("COMMUNIQUE_TEST_PG={admin}: {e}"));
    c.batch_execute(&format!("CREATE DATABASE {db}")).unwrap();
    let location = with_database(&admin, &db);
    Some(TestDb {
        name: "postgres",
        location,
        _dir: None,
        pg_admin: Some((admin, db)),
    })
}

/// The same server URL pointing at another database.
fn with_database(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[after_scheme..]
        .find('/')
        .map_or(base.len(), |i| after_scheme + i);
    format!("{}/{db}{query}", &base[..host_end])
}

/// SQLite always; PostgreSQL too when configured.
pub fn backends() -> Vec<TestDb> {
    let mut v = vec![sqlite_db()];
    v.extend(pg_db());
    v
}
