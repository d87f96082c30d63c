//! End-to-end: the real server on a random loopback port over a store built from
//! the seeds, and the page driven in headless Chromium through ChromeDriver
//! (Debian's `chromium` and `chromium-driver`; `scripts/e2e-setup.sh` installs
//! them). Search, open the AZE–KAZ timeline, click an event, and check that the
//! evidence sentence is highlighted in the document text.
//!
//! Without chromium or chromedriver the test is skipped with a message, unless
//! `COMMUNIQUE_E2E` is set (to anything but `0`): then it must run, and fails.
//! `COMMUNIQUE_CHROMIUM` / `COMMUNIQUE_CHROMEDRIVER` point at other binaries.
//! Screenshots of each step go to `target/tmp/e2e/`.

mod common;

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;
use std::io::Write;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long any one wait on the page may take (a cold Chromium on a busy
/// two-core machine needs a few seconds).
const WAIT: Duration = Duration::from_secs(30);

/// Chromium as the machine setup runs it: headless, as root, and with every
/// background connection off (this network refuses them, slowly).
const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,1100",
];

fn find_binary(env: &str, names: &[&str]) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(env).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// ChromeDriver, killed when the test ends however it ends.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start(binary: &Path) -> Driver {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new(binary)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
        let driver = Driver { child, port };
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < WAIT,
                "chromedriver did not listen on port {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        driver
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn screenshots_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn screenshot(client: &Client, name: &str) {
    if let Ok(png) = client.screenshot().await {
        let path = screenshots_dir().join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap();
        eprintln!("screenshot: {}", path.display());
    }
}

async fn wait_for(client: &Client, css: &str) -> Result<Element, String> {
    client
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css(css))
        .await
        .map_err(|e| format!("waiting for {css}: {e}"))
}

/// Polls the text of `css` until it contains `needle`.
async fn wait_for_text(client: &Client, css: &str, needle: &str) -> Result<(), String> {
    let start = Instant::now();
    loop {
        let text = match client.find(Locator::Css(css)).await {
            Ok(e) => e.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if text.contains(needle) {
            return Ok(());
        }
        if start.elapsed() > WAIT {
            return Err(format!("{css} shows {text:?}, not {needle:?}"));
        }
        tokio::task::yield_now().await;
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The scenario; an `Err` carries what went wrong, so the caller can take a
/// screenshot and close the browser before failing.
async fn scenario(client: &Client, base: &str) -> Result<(), String> {
    let fail = |what: &str| {
        let what = what.to_owned();
        move |e: fantoccini::error::CmdError| format!("{what}: {e}")
    };
    client.goto(base).await.map_err(fail("open the page"))?;
    wait_for(client, "body[data-ready]").await?;
    screenshot(client, "1-start").await;

    // Search in Russian; the country is found by an inflected surface form.
    let search = wait_for(client, "#search").await?;
    search
        .send_keys("Азербайджан")
        .await
        .map_err(fail("type in the search box"))?;
    let result = wait_for(client, r#"#results button[data-entity="country:AZE"]"#).await?;
    screenshot(client, "2-search").await;
    result.click().await.map_err(fail("open the profile"))?;

    // From the profile, the counterpart opens the dyad timeline. The timeline
    // drawn at start-up is cleared first so that what follows is this click's.
    let counterpart =
        wait_for(client, r#"#profile button[data-counterpart="country:KAZ"]"#).await?;
    client
        .execute(
            "document.getElementById('timeline').replaceChildren();\
             document.getElementById('timeline-title').textContent = '';",
            vec![],
        )
        .await
        .map_err(fail("clear the timeline"))?;
    counterpart
        .click()
        .await
        .map_err(fail("open the timeline"))?;
    wait_for_text(client, "#timeline-title", "Azerbaijan and Kazakhstan").await?;
    let dot = wait_for(client, "#timeline g.ev").await?;
    let event_id = dot
        .attr("data-id")
        .await
        .map_err(fail("read the event id"))?
        .ok_or("a timeline dot without data-id")?;
    screenshot(client, "3-timeline").await;

    // The event card: the evidence sentence highlighted inside the document text.
    dot.click().await.map_err(fail("click the event"))?;
    let mark = wait_for(client, "#card[open] .doctext mark.evidence").await?;
    screenshot(client, "4-card").await;
    if !mark.is_displayed().await.map_err(fail("check the mark"))? {
        return Err("the evidence <mark> is not displayed".into());
    }
    let in_view = client
        .execute(
            "const m = document.querySelector('#card .doctext mark.evidence');\
             const box = m.closest('.doctext').getBoundingClientRect();\
             const r = m.getBoundingClientRect();\
             return r.height > 0 && r.top < box.bottom && r.bottom > box.top;",
            vec![],
        )
        .await
        .map_err(fail("measure the mark"))?;
    if in_view != json!(true) {
        return Err("the evidence <mark> is scrolled out of its document box".into());
    }
    let shown = squash(&mark.text().await.map_err(fail("read the mark"))?);

    let (status, event) = common::get(&format!("/api/events/{event_id}")).await;
    assert_eq!(status, 200, "{event}");
    let evidence: Vec<String> = event["sources"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["evidence"].as_array().unwrap())
        .map(|e| squash(e["text"].as_str().unwrap()))
        .collect();
    if shown.is_empty() || !evidence.iter().any(|e| shown.contains(e.as_str())) {
        return Err(format!(
            "the <mark> shows {shown:?}, which is none of the evidence {evidence:?}"
        ));
    }

    // The network view drew the countries of the seeds.
    let nodes = client
        .find_all(Locator::Css("#network g.node"))
        .await
        .map_err(fail("find network nodes"))?;
    if nodes.len() < 2 {
        return Err(format!("the network has {} nodes", nodes.len()));
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_timeline_and_evidence_in_chromium() {
    let required = std::env::var("COMMUNIQUE_E2E").is_ok_and(|v| !v.is_empty() && v != "0");
    let chromium = find_binary("COMMUNIQUE_CHROMIUM", &["chromium", "chromium-browser"]);
    let chromedriver = find_binary("COMMUNIQUE_CHROMEDRIVER", &["chromedriver"]);
    let (Some(chromium), Some(chromedriver)) = (chromium.clone(), chromedriver.clone()) else {
        let missing = format!(
            "chromium: {}, chromedriver: {}",
            chromium.map_or("not found".into(), |p| p.display().to_string()),
            chromedriver.map_or("not found".into(), |p| p.display().to_string()),
        );
        if required {
            panic!("COMMUNIQUE_E2E is set but the browser is missing ({missing}); run scripts/e2e-setup.sh");
        }
        // Written to stderr directly, past the test harness's capture of
        // `eprintln!`, so that a skip is visible in a passing run.
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED end-to-end browser test ({missing}): run scripts/e2e-setup.sh to install \
             Debian's chromium and chromium-driver; set COMMUNIQUE_E2E=1 to make this a failure"
        );
        return;
    };

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    let app = communique_server::router(common::seed_store().to_owned());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let base = format!("http://{addr}/");

    let driver = Driver::start(&chromedriver);
    let profile = tempfile::tempdir().unwrap();
    let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|s| s.to_string()).collect();
    args.push(format!("--user-data-dir={}", profile.path().display()));
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), json!("chrome"));
    caps.insert(
        "goog:chromeOptions".into(),
        json!({ "binary": chromium.display().to_string(), "args": args }),
    );
    let client = ClientBuilder::new(HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .unwrap_or_else(|e| panic!("cannot start a Chromium session: {e}"));

    let started = Instant::now();
    let outcome = scenario(&client, &base).await;
    if outcome.is_err() {
        screenshot(&client, "failure").await;
    }
    let _ = client.close().await;
    drop(driver);
    eprintln!("browser scenario took {:?}", started.elapsed());
    if let Err(e) = outcome {
        panic!("{e}");
    }
}
