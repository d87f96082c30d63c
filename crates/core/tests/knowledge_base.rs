//! The knowledge base as a user meets it: extended without recompiling, and every
//! mistake reported with its file and line.

use communique_core::{Extractor, InputDocument, KnowledgeBase};
use std::path::{Path, PathBuf};

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

/// A copy of `data/` in a temporary folder, with `edit` applied to one file.
fn edited_copy(file: &str, edit: impl FnOnce(String) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&data_dir(), dir.path());
    let path = dir.path().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, edit(text)).unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn the_shipped_knowledge_base_is_valid() {
    let kb = KnowledgeBase::load(&data_dir()).expect("data/ validates");
    assert!(kb.persons.len() >= 150 && kb.countries.len() >= 190);
}

#[test]
fn every_lexicon_looks_words_up_by_the_shared_vocabulary() {
    // A lexicon left out of the numbering still works, by strings, only slower:
    // nothing but this test would notice.
    let kb = KnowledgeBase::load(&data_dir()).unwrap();
    let v = &kb.vocabulary;
    assert!(kb.mentions.is_keyed_by(v));
    assert!(kb.cue_words.is_keyed_by(v));
    assert!(kb.grammar.is_keyed_by(v));
    assert!(kb.dates.words().is_keyed_by(v));
}

#[test]
fn a_person_added_to_the_files_is_found_in_every_case_form() {
    let dir = edited_copy("persons.toml", |mut text| {
        text.push_str(
            r#"
[[person]]
id = "person:jan-kalnik"
name = "Jan Kalnik"
country = "SMR"
names.en = ["Jan Kalnik"]
names.ru = ["Ян Калник"]
roles = [{ role = "foreign-minister", country = "SMR", from = "2022-03-30" }]
"#,
        );
        text
    });
    let kb = KnowledgeBase::load(dir.path()).expect("extended copy validates");
    let ex = Extractor::new(kb);
    let text =
        "Президент Азербайджана Ильхам Алиев встретился с Яном Калником. Калник поблагодарил Алиева.";
    let input = InputDocument {
        id: "t".into(),
        published: Some("2024-04-16".into()),
        text: text.into(),
        ..Default::default()
    };
    let record = ex.extract(&input).unwrap();
    let kalnik = record
        .entities
        .iter()
        .find(|e| e.id == "person:jan-kalnik")
        .expect("new person found");
    assert_eq!(kalnik.mentions.len(), 2);
    assert!(!kalnik.unconfirmed);
}

#[test]
fn event_type_rules_are_read_from_events_toml() {
    // Two mode modifiers in one sentence: the more specific mode wins.
    let text = "Президент Азербайджана Ильхам Алиев провел переговоры с президентом Турции \
                Реджепом Тайипом Эрдоганом по телефону в ходе визита в Анкару.";
    let mode = |kb: KnowledgeBase| {
        let input = InputDocument {
            id: "t".into(),
            published: Some("2024-04-16".into()),
            text: text.into(),
            ..Default::default()
        };
        let record = Extractor::new(kb).extract(&input).unwrap();
        assert_eq!(record.events.len(), 1, "{:?}", record.events);
        record.events[0].mode.clone()
    };
    // Shipped: a visit is more specific than a phone call.
    assert_eq!(mode(KnowledgeBase::load(&data_dir()).unwrap()), "visit");
    // A user who ranks the modes the other way round gets the call.
    let dir = edited_copy("events.toml", |text| {
        text.replace(
            r#"modes = ["meeting", "phone", "third-party", "visit"]"#,
            r#"modes = ["visit", "meeting", "phone", "third-party"]"#,
        )
    });
    assert_eq!(mode(KnowledgeBase::load(dir.path()).unwrap()), "phone");
}

#[test]
fn the_roles_of_modes_are_read_from_events_toml() {
    // Ranked above a visit, the call wins; a call has no location because
    // events.toml names "phone" the remote mode, not because the code does.
    let text = "Президент Азербайджана Ильхам Алиев провел переговоры с президентом Турции \
                Реджепом Тайипом Эрдоганом по телефону в ходе визита в Анкару.";
    let call_first = |text: String| {
        text.replace(
            r#"modes = ["meeting", "phone", "third-party", "visit"]"#,
            r#"modes = ["visit", "meeting", "phone", "third-party"]"#,
        )
    };
    let event = |dir: &Path| {
        let input = InputDocument {
            id: "t".into(),
            published: Some("2024-04-16".into()),
            text: text.into(),
            ..Default::default()
        };
        let kb = KnowledgeBase::load(dir).unwrap();
        let record = Extractor::new(kb).extract(&input).unwrap();
        assert_eq!(record.events.len(), 1, "{:?}", record.events);
        record.events[0].clone()
    };
    let shipped = edited_copy("events.toml", call_first);
    let call = event(shipped.path());
    assert_eq!(call.mode, "phone");
    assert_eq!(call.location.country, None);

    let no_remote = edited_copy("events.toml", |text| {
        call_first(text).replace("remote_mode = \"phone\"\n", "")
    });
    let call = event(no_remote.path());
    assert_eq!(call.mode, "phone");
    assert_eq!(call.location.country.as_deref(), Some("TUR"));
}

#[test]
fn a_mode_role_naming_no_mode_of_the_type_is_reported() {
    let dir = edited_copy("events.toml", |text| {
        text.replace("visit_mode = \"visit\"", "visit_mode = \"visits\"")
    });
    let err = KnowledgeBase::load(dir.path())
        .err()
        .expect("a role naming an unknown mode is rejected")
        .to_string();
    assert!(err.contains("events.toml:"), "{err}");
    assert!(err.contains("CONSULT visit_mode \"visits\""), "{err}");
}

#[test]
fn a_friendly_kind_naming_no_type_or_mode_is_reported() {
    let dir = edited_copy("events.toml", |text| {
        text.replace(
            r#"not_guessed_toward = ["SUPPORT", "visit"]"#,
            r#"not_guessed_toward = ["SUPPORTS", "visit"]"#,
        )
    });
    let err = KnowledgeBase::load(dir.path())
        .err()
        .expect("a misspelt type is rejected")
        .to_string();
    assert!(err.contains("events.toml:"), "{err}");
    assert!(
        err.contains("DISAPPROVE not_guessed_toward \"SUPPORTS\" is neither an event type nor the mode of any cue"),
        "{err}"
    );
}

#[test]
fn a_gathering_mode_the_type_lacks_is_reported() {
    let dir = edited_copy("events.toml", |text| {
        text.replace(
            r#"gathering_modes = ["sign"]"#,
            r#"gathering_modes = ["signing"]"#,
        )
    });
    let err = KnowledgeBase::load(dir.path())
        .err()
        .expect("a misspelt gathering mode is rejected")
        .to_string();
    assert!(
        err.contains("AGREE gathering_modes \"signing\" is neither among the type's modes nor the mode of any of its cues"),
        "{err}"
    );
}

#[test]
fn a_mission_mode_needs_its_cameo() {
    let dir = edited_copy("events.toml", |text| {
        text.replace("mission_cameo = \"040\"\n", "")
    });
    let err = KnowledgeBase::load(dir.path())
        .err()
        .expect("a mission mode without its CAMEO code is rejected")
        .to_string();
    assert!(
        err.contains("CONSULT needs both mission_mode and mission_cameo, or neither"),
        "{err}"
    );
}

#[test]
fn a_mode_missing_from_its_type_is_reported_with_its_line() {
    let dir = edited_copy("events.toml", |text| {
        text.replace(
            r#"modes = ["meeting", "phone", "third-party", "visit"]"#,
            r#"modes = ["meeting", "third-party", "visit"]"#,
        )
    });
    let err = KnowledgeBase::load(dir.path())
        .err()
        .expect("a cue with an unlisted mode is rejected")
        .to_string();
    assert!(err.contains("events.toml:"), "{err}");
    assert!(err.contains("cue mode \"phone\""), "{err}");
    assert!(
        err.contains("modifier mode \"phone\" is listed by no [[type]]"),
        "{err}"
    );
}

#[test]
fn syntax_errors_name_file_and_line() {
    let dir = edited_copy("persons.toml", |text| {
        format!("{text}\n[[person]]\nid = \"person:broken\nname = 3\n")
    });
    let err = KnowledgeBase::load(dir.path())
        .err()
        .expect("broken file rejected")
        .to_string();
    assert!(err.contains("persons.toml:"), "{err}");
    let line: usize = err
        .split("persons.toml:")
        .nth(1)
        .unwrap()
        .split(':')
        .next()
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let total = std::fs::read_to_string(dir.path().join("persons.toml"))
        .unwrap()
        .lines()
        .count();
    assert!(line + 3 >= total, "line {line} of {total}: {err}");
}

#[test]
fn impossible_role_overlaps_and_bad_references_are_reported() {
    let dir = edited_copy("persons.toml", |mut text| {
        text.push_str(
            r#"
[[person]]
id = "person:second-president"
name = "Second President"
country = "AZE"
names.en = ["Second President"]
roles = [{ role = "head-of-state", country = "AZE", from = "2020-01-01" }, { role = "ambassador-at-large", country = "XXX", from = "2020-13-01" }]
"#,
        );
        text
    });
    let err = KnowledgeBase::load(dir.path())
        .err()
        .expect("rejected")
        .to_string();
    assert!(
        err.contains("both hold head-of-state of AZE at once"),
        "{err}"
    );
    assert!(
        err.contains("role \"ambassador-at-large\" is not defined in titles.toml"),
        "{err}"
    );
    assert!(
        err.contains("role country \"XXX\" is not in countries.toml"),
        "{err}"
    );
    assert!(
        err.contains("role date \"2020-13-01\" is not YYYY-MM-DD"),
        "{err}"
    );
    assert!(err.contains("persons.toml:"), "{err}");
}

#[test]
fn a_national_namesake_must_name_a_known_template() {
    let dir = edited_copy("organizations.toml", |text| {
        text.replace(
            "national_template = \"security-council\"",
            "national_template = \"war-council\"",
        )
    });
    let err = KnowledgeBase::load(dir.path())
        .err()
        .expect("rejected")
        .to_string();
    assert!(
        err.contains(
            "org:un-security-council: national_template \"war-council\" is not in org_templates.toml"
        ),
        "{err}"
    );
    assert!(err.contains("organizations.toml:"), "{err}");
}

#[test]
fn a_seat_missing_from_the_places_is_reported_with_its_line() {
    let dir = edited_copy("organizations.toml", |text| {
        text.replace(r#"seat = "place:moscow""#, r#"seat = "place:moskva""#)
    });
    let err = KnowledgeBase::load(dir.path())
        .err()
        .expect("a seat that is no place is rejected")
        .to_string();
    assert!(err.contains("organizations.toml:"), "{err}");
    assert!(
        err.contains("org:kremlin: seat \"place:moskva\" is not in places.toml"),
        "{err}"
    );
}

#[test]
fn a_city_standing_for_an_unknown_organisation_is_reported_with_its_line() {
    let dir = edited_copy("places.toml", |text| {
        text.replace(
            r#"stands_for = "org:eu""#,
            r#"stands_for = "org:european-union""#,
        )
    });
    let err = KnowledgeBase::load(dir.path())
        .err()
        .expect("a city standing for no known body is rejected")
        .to_string();
    assert!(err.contains("places.toml:"), "{err}");
    assert!(
        err.contains(
            "place:brussels: stands_for \"org:european-union\" is not in organizations.toml"
        ),
        "{err}"
    );
}
