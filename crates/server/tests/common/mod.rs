//! Shared fixtures: a store built from the seed pages by the real extractor, and
//! helpers to call the router in-process.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{Request, StatusCode};
use communique_core::{Extractor, InputDocument, KnowledgeBase, Options};
use communique_store::Store;
use http_body_util::BodyExt;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use tower::ServiceExt;

/// `../shared/seeds` beside the repository (CI keeps a copy of `shared/` there).
pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds")
}

/// The seed pages, sorted by file name.
pub fn seed_files() -> Vec<PathBuf> {
    let dir = seeds_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read the seeds at {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no seeds in {}", dir.display());
    files
}

/// Extracts every seed (with its text, for the document view) into a new store
/// at `path`.
pub fn build_store(path: &Path) {
    let kb = KnowledgeBase::embedded().expect("embedded knowledge base");
    let extractor = Extractor::with_options(
        kb,
        Options {
            include_text: true,
            ..Options::default()
        },
    );
    let mut store = Store::open(path.to_str().unwrap()).expect("open store");
    for file in seed_files() {
        let input = InputDocument {
            id: file.file_name().unwrap().to_string_lossy().into_owned(),
            text: std::fs::read_to_string(&file).unwrap(),
            ..InputDocument::default()
        };
        let record = extractor
            .extract(&input)
            .unwrap_or_else(|e| panic!("extract {}: {e}", file.display()));
        store.ingest(&record).expect("ingest");
    }
}

/// The seed store's location. Built once per test binary (and seed contents),
/// then shared by every test process: nextest runs each test in a process of
/// its own, and extracting the seeds again for each would cost a second apiece.
/// Tests only read it.
pub fn seed_store() -> &'static str {
    static STORE: OnceLock<String> = OnceLock::new();
    STORE.get_or_init(|| {
        let path = cached_seed_store();
        path.to_str().unwrap().to_owned()
    })
}

/// `target/tmp/server-seed-stores/<key>.db`, where the key changes with the test
/// binary (so with the extractor and knowledge base compiled into it) and with
/// the seeds. Published with a hard link, which fails if another process got
/// there first: a store that a reader has open is never replaced.
fn cached_seed_store() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("server-seed-stores");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{:016x}.db", cache_key()));
    if path.exists() {
        return path;
    }
    prune(&dir);
    let building = tempfile::Builder::new()
        .prefix("building-")
        .suffix(".db")
        .tempfile_in(&dir)
        .unwrap()
        .into_temp_path();
    build_store(&building);
    match std::fs::hard_link(&building, &path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => panic!("cannot publish the seed store at {}: {e}", path.display()),
    }
    path
}

fn cache_key() -> u64 {
    let mut hasher = DefaultHasher::new();
    let exe = std::fs::metadata(std::env::current_exe().unwrap()).unwrap();
    (exe.len(), exe.modified().unwrap()).hash(&mut hasher);
    for file in seed_files() {
        file.file_name().hash(&mut hasher);
        std::fs::read(&file).unwrap().hash(&mut hasher);
    }
    hasher.finish()
}

/// Removes stores of earlier builds (a day old or more).
fn prune(dir: &Path) {
    let day = std::time::Duration::from_secs(24 * 3600);
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > day));
        if old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// A GET through the router; status and parsed JSON body.
pub async fn get(path: &str) -> (StatusCode, serde_json::Value) {
    let (status, _, body) = get_raw(path).await;
    let json = serde_json::from_slice(&body).unwrap_or_else(|e| {
        panic!(
            "GET {path}: body is not JSON ({e}): {:?}",
            String::from_utf8_lossy(&body)
        )
    });
    (status, json)
}

/// A request through the router: status, content type and raw body.
pub async fn request(method: &str, path: &str) -> (StatusCode, String, Vec<u8>) {
    let app = communique_server::router(seed_store().to_owned());
    let response = app
        .oneshot(
            Request::builder()
                .method(method)
                .uri(path)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let body = response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    (status, content_type, body)
}

pub async fn get_raw(path: &str) -> (StatusCode, String, Vec<u8>) {
    request("GET", path).await
}

/// Asserts a JSON error with `status` whose message contains every `needle`.
pub async fn assert_error(path: &str, status: StatusCode, needles: &[&str]) {
    let (got, body) = get(path).await;
    assert_eq!(got, status, "GET {path}: {body}");
    let message = body["error"]
        .as_str()
        .unwrap_or_else(|| panic!("GET {path}: no error message in {body}"));
    for needle in needles {
        assert!(
            message.contains(needle),
            "GET {path}: {message:?} does not say {needle:?}"
        );
    }
}
