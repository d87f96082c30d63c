//! English: the regional outlets' English services and wire copy. No cases;
//! titles go in front of names in title case ("Kazakh Foreign Minister").

use super::{Case, Grammar, Language, Stamp};

pub static LANGUAGE: Language = Language {
    code: "en",
    grammar: &English,
    sites: &["Trend News Agency", "Astana Times", "AzerNews", "Report.az", "Caspian News"],
    menu: &["News", "Latest news", "Politics", "Business", "World", "Analysis", "Opinion", "Most read", "Contact us", "Advertisement"],
    subscribe: &["Follow us on Telegram", "Subscribe to our newsletter", "Sign up for our daily briefing"],
    views: "Views:",
    photo: "Photo:",
    tags: "Tags:",
    related: &["Read also", "Related news", "See also"],
    agencies: &["Reuters", "AFP", "AP", "Trend", "Kazinform"],
    headlines: &[
        "{a.sur} meets {b.title} of {cb}",
        "{ca} and {cb} sign {doc}",
        "{a.title} {a.sur} holds phone call with {b.sur}",
        "{b.sur} to visit {ca} next month",
        "{ca}, {cb} discuss cooperation in {topic}",
    ],
    events: &[
        "On {date}, {a} met with {b} in {capa}.",
        "{a} held a phone call with {b} on {date}.",
        "{a} arrived in {cb} on an official visit, where {a|he|she} held talks with {b}.",
        "{a} received {b} on {date}.",
        "{a} thanked {b.name} for the support extended to {ca}.",
        "{a} congratulated {b} on the national holiday.",
        "Following the talks, {a.sur} and {b.sur} signed {doc}.",
        "{b} will visit {ca} on {date}, the ministry said.",
        "{a} expressed condolences to {b.name} over the victims of the earthquake.",
    ],
    filler: &[
        "The sides discussed the current state and prospects of bilateral cooperation in trade, energy and transport.",
        "Trade turnover between {ca} and {cb} grew by {n} percent last year, according to official data.",
        "Particular attention was paid to joint projects in {topic}.",
        "The parties also exchanged views on regional and international issues of mutual interest.",
        "The Middle Corridor was named a priority of the transport agenda.",
        "The two countries cooperate within the UN, the OTS and the CICA.",
        "Earlier, on {date}, the intergovernmental commission met in {capb}.",
        "Since {year}, the two countries have signed more than {n} documents.",
    ],
    topics: &["energy", "transport and logistics", "digitalization", "agriculture", "education", "healthcare", "tourism"],
    documents: &["a memorandum of understanding", "a strategic partnership agreement", "a joint declaration", "an action plan for 2025-2026"],
};

struct English;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn title_case(title: &str) -> String {
    title
        .split(' ')
        .map(|w| {
            if w == "of" || w == "for" {
                w.to_string()
            } else {
                super::capitalize(w, false)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

impl Grammar for English {
    fn name(&self, name: &str, _case: Case, _female: bool, _animate: bool) -> String {
        name.to_string()
    }

    fn person(
        &self,
        title: &str,
        country: Option<&str>,
        name: &str,
        _case: Case,
        _female: bool,
    ) -> String {
        match country {
            Some(c) => format!("{c}'s {} {name}", title_case(title)),
            None => format!("{} {name}", title_case(title)),
        }
    }

    fn title(&self, title: &str, _case: Case) -> String {
        title_case(title)
    }

    fn date(&self, d: Stamp, months: &[String], style: usize) -> String {
        let month = &months[d.month as usize - 1];
        match style % 3 {
            0 => format!("{month} {}, {}", d.day, d.year),
            1 => format!("{} {month} {}", d.day, d.year),
            _ => format!("{month} {}", d.day),
        }
    }

    fn header_date(&self, d: Stamp, months: &[String], style: usize) -> String {
        match style % 3 {
            0 => format!(
                "{} {}, {} {:02}:{:02}",
                MONTHS[d.month as usize - 1],
                d.day,
                d.year,
                d.hour,
                d.minute
            ),
            1 => format!(
                "{}-{:02}-{:02}T{:02}:{:02}",
                d.year, d.month, d.day, d.hour, d.minute
            ),
            _ => format!("{} {}, {}", months[d.month as usize - 1], d.day, d.year),
        }
    }
}
