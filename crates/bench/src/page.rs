//! One generated news page: an article about a diplomatic contact, wrapped in
//! the furniture real outlets put around it (menus, counters, image ids,
//! subscription lines, related headlines), at a size drawn from 2 to 12 KB.
//!
//! The page is built as a structure first and rendered as plain text or HTML
//! afterwards, so both inputs carry the same article.

use crate::cast::{Cast, Person};
use crate::lang::Stamp;
use crate::rng::Rng;
use crate::template::{expand, Scene};

/// Smallest and largest page, in bytes of rendered text.
pub const MIN_BYTES: usize = 2 * 1024;
pub const MAX_BYTES: usize = 12 * 1024;

/// A line inside the article body.
#[derive(Debug, Clone)]
pub enum Block {
    Paragraph(String),
    /// Furniture between paragraphs: an inline "read also", a photo line.
    Noise(String),
}

/// A generated page, before rendering.
#[derive(Debug, Clone)]
pub struct Page {
    pub language: &'static str,
    pub site: &'static str,
    pub menu: Vec<&'static str>,
    pub title: String,
    pub published: Stamp,
    pub header_date: String,
    pub views: Option<String>,
    pub image: Option<String>,
    pub photo: Option<String>,
    pub body: Vec<Block>,
    pub subscribe: Option<&'static str>,
    pub tags: Option<String>,
    /// A related-headlines block: its marker and the headlines.
    pub related: Option<(&'static str, Vec<String>)>,
    pub footer_menu: Vec<&'static str>,
    pub copyright: String,
}

/// A page in the cast's language, every choice drawn from `rng`.
pub fn generate(cast: &Cast, rng: &mut Rng) -> Page {
    let lang = cast.language;
    let published = Stamp {
        year: rng.range(2020, 2025) as i32,
        month: rng.range(1, 12) as u32,
        day: rng.range(1, 28) as u32,
        hour: rng.range(0, 23) as u32,
        minute: rng.range(0, 59) as u32,
    };
    let (a, b) = pair(cast, rng);
    let scene = Scene {
        cast,
        a,
        b,
        date: published,
    };
    let site = *rng.pick(lang.sites);
    let mut page = Page {
        language: lang.code,
        site,
        menu: subset(lang.menu, rng, 3, 9),
        title: expand(rng.choose(lang.headlines), &scene, rng),
        published,
        header_date: lang
            .grammar
            .header_date(published, &cast.months, rng.range(0, 3)),
        views: rng
            .chance(70)
            .then(|| format!("{} {}", lang.views, rng.range(40, 25_000))),
        image: rng.chance(50).then(|| uuid(rng)),
        photo: rng
            .chance(30)
            .then(|| format!("{} {}", lang.photo, rng.pick(lang.agencies))),
        body: Vec::new(),
        subscribe: rng.chance(60).then(|| *rng.pick(lang.subscribe)),
        tags: rng.chance(40).then(|| {
            format!(
                "{} {}, {}",
                lang.tags, cast.countries[a.country].name, cast.countries[b.country].name
            )
        }),
        related: rng
            .chance(70)
            .then(|| (*rng.pick(lang.related), related(cast, rng))),
        footer_menu: subset(lang.menu, rng, 2, 8),
        copyright: format!("© {} {}", published.year, site),
    };
    let target = rng.range(MIN_BYTES, MAX_BYTES);
    let frame = render_text_len(&page);
    let mut size = frame;
    let mut first = true;
    while size < target {
        let block = if !first && rng.chance(6) {
            Block::Noise(inline_noise(cast, rng))
        } else {
            let scene = if first || rng.chance(70) {
                Scene {
                    cast,
                    a,
                    b,
                    date: published,
                }
            } else {
                other_scene(cast, rng, published)
            };
            Block::Paragraph(paragraph(&scene, first, rng))
        };
        first = false;
        size += block_len(&block) + 2;
        page.body.push(block);
    }
    while size > MAX_BYTES && page.body.len() > 1 {
        size -= page.body.pop().map_or(0, |b| block_len(&b) + 2);
    }
    page
}

/// Two persons of different countries; the first often from the region.
fn pair<'c>(cast: &'c Cast, rng: &mut Rng) -> (&'c Person, &'c Person) {
    let a = if rng.chance(60) && !cast.regional.is_empty() {
        &cast.persons[*rng.pick(&cast.regional)]
    } else {
        rng.pick(&cast.persons)
    };
    for _ in 0..20 {
        let b = rng.pick(&cast.persons);
        if b.country != a.country {
            return (a, b);
        }
    }
    (a, rng.pick(&cast.persons))
}

fn other_scene<'c>(cast: &'c Cast, rng: &mut Rng, date: Stamp) -> Scene<'c> {
    let (a, b) = pair(cast, rng);
    Scene { cast, a, b, date }
}

/// A paragraph of one to four sentences; the first paragraph opens with the
/// event, sometimes behind a dateline (`АСТАНА, 11 мар — Sputnik.`).
fn paragraph(scene: &Scene, first: bool, rng: &mut Rng) -> String {
    let lang = scene.cast.language;
    let mut sentences = Vec::new();
    if first {
        let event = expand(rng.choose(lang.events), scene, rng);
        if rng.chance(30) {
            sentences.push(format!("{} {event}", dateline(scene, rng)));
        } else {
            sentences.push(event);
        }
    }
    for _ in 0..rng.range(usize::from(!first), 3) {
        let pool = if rng.chance(25) {
            lang.events
        } else {
            lang.filler
        };
        sentences.push(expand(rng.choose(pool), scene, rng));
    }
    sentences.join(" ")
}

fn dateline(scene: &Scene, rng: &mut Rng) -> String {
    let c = &scene.cast.countries[scene.a.country];
    let place = c.capital.to_uppercase();
    let agency = rng.pick(scene.cast.language.agencies);
    let d = scene.date;
    if scene.cast.language.code == "en" {
        let month: String = scene.cast.months[d.month as usize - 1]
            .chars()
            .take(3)
            .collect();
        format!("{place}, {month} {} ({agency}) -", d.day)
    } else {
        let month: String = scene.cast.months[d.month as usize - 1]
            .chars()
            .take(3)
            .collect();
        format!("{place}, {} {month} — {agency}.", d.day)
    }
}

fn related(cast: &Cast, rng: &mut Rng) -> Vec<String> {
    (0..rng.range(3, 6))
        .map(|_| {
            let date = Stamp {
                year: 2024,
                month: rng.range(1, 12) as u32,
                day: rng.range(1, 28) as u32,
                hour: 9,
                minute: 0,
            };
            let scene = other_scene(cast, rng, date);
            expand(rng.choose(cast.language.headlines), &scene, rng)
        })
        .collect()
}

fn inline_noise(cast: &Cast, rng: &mut Rng) -> String {
    let lang = cast.language;
    match rng.range(0, 2) {
        0 => uuid(rng),
        1 => format!("{} {}", lang.photo, rng.pick(lang.agencies)),
        _ => {
            let date = Stamp {
                year: 2024,
                month: 1,
                day: 1,
                hour: 0,
                minute: 0,
            };
            let scene = other_scene(cast, rng, date);
            format!(
                "{} {}",
                lang.related[0],
                expand(rng.choose(lang.headlines), &scene, rng)
            )
        }
    }
}

/// An image id as content systems print them (`7EE9FDB8-5C3A-4F0B-9A51-0C2D6E1F4A7B`).
fn uuid(rng: &mut Rng) -> String {
    let a = rng.next_u64();
    let b = rng.next_u64();
    format!(
        "{:08X}-{:04X}-{:04X}-{:04X}-{:012X}",
        a >> 32,
        (a >> 16) & 0xFFFF,
        a & 0xFFFF,
        b >> 48,
        b & 0xFFFF_FFFF_FFFF
    )
}

fn subset(
    items: &'static [&'static str],
    rng: &mut Rng,
    lo: usize,
    hi: usize,
) -> Vec<&'static str> {
    let n = rng.range(lo, hi.min(items.len()));
    let start = rng.range(0, items.len() - 1);
    (0..n).map(|k| items[(start + k) % items.len()]).collect()
}

fn block_len(b: &Block) -> usize {
    match b {
        Block::Paragraph(s) | Block::Noise(s) => s.len(),
    }
}

fn render_text_len(page: &Page) -> usize {
    crate::render::text(page).len()
}
