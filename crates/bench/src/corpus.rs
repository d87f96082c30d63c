//! Writing a corpus to a directory: mostly plain-text pages, some HTML pages,
//! some Russian pages in Windows-1251, and one gzipped JSON Lines feed, so a
//! run exercises every input path `communique extract` has.
//!
//! Layout: `input/pages/NNN/NNNNN.txt|html` (1,000 files a directory, as
//! crawlers shard) and `input/feed.jsonl.gz`, the extractor's input; beside
//! it `manifest.json`, which records what was generated so that a second run
//! with the same settings reuses the corpus.

use crate::cast::Cast;
use crate::page;
use crate::render;
use crate::rng::Rng;
use anyhow::Context;
use communique_core::KnowledgeBase;
use flate2::{write::GzEncoder, Compression};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Bump when templates or layout change, so that cached corpora are rebuilt.
const GENERATOR_VERSION: u32 = 2;

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spec {
    pub pages: usize,
    pub seed: u64,
    /// Share of pages written as HTML, in percent.
    pub html_percent: u32,
    /// Share of pages written as records of the gzipped JSON Lines feed.
    pub jsonl_percent: u32,
    /// Share of the plain-text Russian pages written in Windows-1251.
    pub cp1251_percent: u32,
}

/// What was generated; written next to the corpus.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub version: u32,
    pub spec: Spec,
    /// Bytes of all pages as the extractor's input sees them (uncompressed;
    /// a feed record counts its page text, not its JSON).
    pub page_bytes: u64,
    pub smallest_page: usize,
    pub largest_page: usize,
    /// Pages by form: `txt`, `txt-cp1251`, `html`, `jsonl`.
    pub by_form: BTreeMap<String, usize>,
    pub by_language: BTreeMap<String, usize>,
}

/// The directory under `dir` that holds the pages (and nothing else).
pub fn input_dir(dir: &Path) -> PathBuf {
    dir.join("input")
}

/// The corpus in `dir`, generated unless a manifest there says it already
/// holds exactly this spec.
pub fn ensure(
    dir: &Path,
    spec: &Spec,
    kb: &KnowledgeBase,
    regenerate: bool,
) -> anyhow::Result<(Manifest, bool)> {
    let manifest_path = dir.join("manifest.json");
    if !regenerate {
        if let Ok(text) = fs::read_to_string(&manifest_path) {
            if let Ok(m) = serde_json::from_str::<Manifest>(&text) {
                if m.version == GENERATOR_VERSION && m.spec == *spec {
                    return Ok((m, false));
                }
            }
        }
    }
    if dir.exists() {
        fs::remove_dir_all(dir).with_context(|| format!("cannot clear {}", dir.display()))?;
    }
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let manifest = generate(&input_dir(dir), spec, kb)?;
    fs::write(&manifest_path, serde_json::to_string_pretty(&manifest)?)?;
    Ok((manifest, true))
}

fn generate(dir: &Path, spec: &Spec, kb: &KnowledgeBase) -> anyhow::Result<Manifest> {
    fs::create_dir_all(dir)?;
    let casts = crate::lang::all()
        .into_iter()
        .map(|(lang, share)| Ok((Cast::new(kb, lang)?, share)))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let feed_file = fs::File::create(dir.join("feed.jsonl.gz"))?;
    let mut feed = GzEncoder::new(BufWriter::new(feed_file), Compression::fast());
    let mut m = Manifest {
        version: GENERATOR_VERSION,
        spec: spec.clone(),
        page_bytes: 0,
        smallest_page: usize::MAX,
        largest_page: 0,
        by_form: BTreeMap::new(),
        by_language: BTreeMap::new(),
    };
    for i in 0..spec.pages {
        let mut rng = Rng::fork(spec.seed, i as u64);
        let cast = choose_cast(&casts, &mut rng);
        let page = page::generate(cast, &mut rng);
        let roll = rng.range(0, 99) as u32;
        let (form, bytes) = if roll < spec.jsonl_percent {
            let text = render::text(&page);
            write_record(&mut feed, i, &page, &text)?;
            ("jsonl", text.len())
        } else if roll < spec.jsonl_percent + spec.html_percent {
            let html = render::html(&page);
            write_page(dir, i, "html", html.as_bytes())?;
            ("html", html.len())
        } else if page.language == "ru" && rng.chance(spec.cp1251_percent) {
            let text = render::text(&page);
            let (encoded, _, _) = encoding_rs::WINDOWS_1251.encode(&text);
            write_page(dir, i, "txt", &encoded)?;
            ("txt-cp1251", encoded.len())
        } else {
            let text = render::text(&page);
            write_page(dir, i, "txt", text.as_bytes())?;
            ("txt", text.len())
        };
        m.page_bytes += bytes as u64;
        m.smallest_page = m.smallest_page.min(bytes);
        m.largest_page = m.largest_page.max(bytes);
        *m.by_form.entry(form.to_string()).or_default() += 1;
        *m.by_language.entry(page.language.to_string()).or_default() += 1;
    }
    feed.finish()?.flush()?;
    Ok(m)
}

fn choose_cast<'c>(casts: &'c [(Cast, u32)], rng: &mut Rng) -> &'c Cast {
    let total: u32 = casts.iter().map(|(_, s)| s).sum();
    let mut roll = rng.range(0, total as usize - 1) as u32;
    for (cast, share) in casts {
        if roll < *share {
            return cast;
        }
        roll -= share;
    }
    &casts[0].0
}

fn write_page(dir: &Path, i: usize, ext: &str, bytes: &[u8]) -> anyhow::Result<()> {
    let sub = dir.join("pages").join(format!("{:03}", i / 1000));
    if i.is_multiple_of(1000) || !sub.exists() {
        fs::create_dir_all(&sub)?;
    }
    fs::write(sub.join(format!("{i:05}.{ext}")), bytes)?;
    Ok(())
}

/// A feed record as crawlers emit them; the language is given on half the
/// records, as feeds often omit it.
fn write_record(
    out: &mut impl Write,
    i: usize,
    page: &page::Page,
    text: &str,
) -> anyhow::Result<()> {
    let d = page.published;
    let mut record = serde_json::json!({
        "id": format!("feed-{i:05}"),
        "url": format!("https://news.example/{}/{i}", page.language),
        "source": page.site,
        "published": format!("{}-{:02}-{:02}T{:02}:{:02}", d.year, d.month, d.day, d.hour, d.minute),
        "text": text,
    });
    if i.is_multiple_of(2) {
        record["language"] = page.language.into();
    }
    serde_json::to_writer(&mut *out, &record)?;
    out.write_all(b"\n")?;
    Ok(())
}
