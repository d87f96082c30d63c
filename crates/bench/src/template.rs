//! Filling sentence templates: `{a}` and `{b}` are the two persons of a
//! scene, `{ca}`/`{cb}` their countries, `:case` asks for a grammatical case,
//! and `{a|masculine|feminine}` agrees a verb with the person's gender.
//!
//! Placeholders (each may take `:nom`, `:gen`, `:dat`, `:acc`, `:ins`, `:loc`):
//! `a`, `b` (title, country and name), `a.name`, `a.sur`, `a.title`, `ca`,
//! `capa` (capital), `adja` (country adjective), the same for `b`, and
//! `date`, `topic`, `doc`, `n`, `year` which take no case.

use crate::cast::{Cast, Person};
use crate::lang::{capitalize, title_names_country, Case, Stamp};
use crate::rng::Rng;

/// Who and when a piece of text is about.
pub struct Scene<'a> {
    pub cast: &'a Cast,
    pub a: &'a Person,
    pub b: &'a Person,
    pub date: Stamp,
}

impl Scene<'_> {
    fn person(&self, which: &str) -> Option<&Person> {
        match which {
            "a" => Some(self.a),
            "b" => Some(self.b),
            _ => None,
        }
    }
}

/// The template with every placeholder filled and the first letter capitalised.
pub fn expand(template: &str, scene: &Scene, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(template.len() * 2);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        out.push_str(&fill(&rest[open + 1..open + close], scene, rng));
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    capitalize(&out, scene.cast.language.code == "az")
}

fn fill(key: &str, scene: &Scene, rng: &mut Rng) -> String {
    let lang = scene.cast.language;
    let g = lang.grammar;
    if let Some((who, forms)) = key.split_once('|') {
        let (masculine, feminine) = forms.split_once('|').unwrap_or((forms, forms));
        let female = scene.person(who).is_some_and(|p| p.female);
        return if female { feminine } else { masculine }.to_string();
    }
    let (name, case) = match key.split_once(':') {
        Some((n, c)) => (n, Case::parse(c).unwrap_or(Case::Nom)),
        None => (key, Case::Nom),
    };
    let country = |p: &Person| &scene.cast.countries[p.country];
    match name {
        "a" | "b" => {
            let p = scene.person(name).expect("a or b");
            let c = country(p);
            let named = (!title_names_country(&p.title)).then_some(c.name.as_str());
            g.person(&p.title, named, &p.name, case, p.female)
        }
        "date" => {
            let d = Stamp {
                day: (scene.date.day + rng.range(0, 3) as u32).min(28),
                ..scene.date
            };
            g.date(d, &scene.cast.months, rng.range(0, 3))
        }
        "topic" => rng.pick(lang.topics).to_string(),
        "doc" => rng.pick(lang.documents).to_string(),
        "n" => rng.range(2, 900).to_string(),
        "year" => rng.range(2015, 2024).to_string(),
        _ => {
            let (who, part) = match name.split_once('.') {
                Some((who, part)) => (who, part),
                // `ca`, `capb`, `adja`: the part first, the person's letter last.
                None => {
                    let (part, who) = name.split_at(name.len().saturating_sub(1));
                    (who, part)
                }
            };
            let Some(p) = scene.person(who) else {
                return format!("{{{key}}}");
            };
            match part {
                "name" => g.name(&p.name, case, p.female, true),
                "sur" => g.name(&p.surname, case, p.female, true),
                "title" => g.title(&p.title, case),
                "c" => g.name(&country(p).name, case, false, false),
                "cap" => g.name(&country(p).capital, case, false, false),
                "adj" => g.adjective(&country(p).adjective),
                _ => format!("{{{key}}}"),
            }
        }
    }
}
