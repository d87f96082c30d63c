#!/usr/bin/env python3
"""Check the gold files of the evaluation corpus (python3, standard library only).

    python3 tests/corpus/check_gold.py            # check; exit 1 on any problem
    python3 tests/corpus/check_gold.py --stats    # check, then print the counts as Markdown
    python3 tests/corpus/check_gold.py --persons  # check, then list the person ids used
    python3 tests/corpus/check_gold.py --dir DIR  # a corpus folder with pages/ and gold/

What is checked, for every gold file:
- it parses as JSON and has the keys of the ../shared/gold format;
- `document` is the gold file's base name + ".txt" and that page exists (and every page has a gold file);
- the title and every boilerplate line occur verbatim in the page;
- every event's evidence occurs verbatim in the page, and no evidence lies inside furniture;
- every id has the right form: country:<ISO3>, person:/org:/place: + lower-case ASCII slug;
- entity kinds agree with the id prefixes, ids are unique, only persons carry `unconfirmed`;
- every event has a known type, a mode allowed for it, a CAMEO code allowed for the mode, a status,
  a well-formed (possibly partial) date, sides with ISO3 countries and prefixed ids, and signings
  name their documents;
- every person, organisation and place used by an event, and every country on an event's side,
  is listed in the document's entities.
"""
import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = {"ru", "az", "kk", "en", "tr"}
STATUSES = {"occurred", "planned", "reported", "denied"}
KINDS = {"person": "person", "org": "organization", "place": "place", "country": "country"}
# type -> mode -> allowed CAMEO codes
MODES = {
    "CONSULT": {"visit": {"042", "043"}, "phone": {"041"}, "third-party": {"040", "044"}, "meeting": {"040"}},
    "AGREE": {"sign": {"057"}, "agree": {"057", "036"}},
    "SUPPORT": {"praise": {"051"}, "gratitude": {"051"}, "condolence": {"018"}},
    "AID": {"aid": {"070"}},
    "DISAPPROVE": {"criticize": {"111"}},
    "DEMAND": {"demand": {"100"}},
    "REQUEST": {"request": {"020"}},
    "REJECT": {"reject": {"120"}},
    "ACCUSE": {"accuse": {"112"}},
}
TOP_KEYS = ["document", "language", "title", "published", "entities", "events", "boilerplate"]
EVENT_KEYS = ["required", "type", "mode", "cameo", "status", "date", "source", "target", "evidence"]
SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
ID_RE = re.compile(rf"^(?:country:[A-Z]{{3}}|(?:person|org|place):{SLUG})$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")
DATE_RE = re.compile(r"^(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?$")
PUBLISHED_RE = re.compile(r"^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)(?:T\d{2}:\d{2}(?::\d{2})?)?$")


def check_side(side, where, errors):
    if not isinstance(side, dict):
        errors.append(f"{where}: not an object")
        return
    for key in side:
        if key not in ("countries", "persons", "organizations"):
            errors.append(f"{where}: unknown key {key!r}")
    for c in side.get("countries", []):
        if not ISO3_RE.match(c):
            errors.append(f"{where}: country {c!r} is not an ISO 3166 alpha-3 code")
    for key, prefix in (("persons", "person:"), ("organizations", "org:")):
        for i in side.get(key, []):
            if not (i.startswith(prefix) and ID_RE.match(i)):
                errors.append(f"{where}: {key} id {i!r} is not of the form {prefix}<slug>")
    if not any(side.get(k) for k in ("countries", "persons", "organizations")):
        errors.append(f"{where}: empty side")


def check_document(gold_path, pages_dir):
    errors = []
    name = os.path.basename(gold_path)
    try:
        with open(gold_path, encoding="utf-8") as f:
            g = json.load(f)
    except (OSError, ValueError) as e:
        return None, [f"{name}: does not parse: {e}"]
    for k in TOP_KEYS:
        if k not in g:
            errors.append(f"{name}: missing key {k!r}")
    if errors:
        return g, errors
    expected = os.path.splitext(name)[0] + ".txt"
    if g["document"] != expected:
        errors.append(f"{name}: document is {g['document']!r}, expected {expected!r}")
    page_path = os.path.join(pages_dir, g["document"])
    try:
        with open(page_path, encoding="utf-8") as f:
            page = f.read()
    except OSError:
        return g, errors + [f"{name}: page {g['document']} not found"]
    if g["language"] not in LANGUAGES:
        errors.append(f"{name}: language {g['language']!r} not one of {sorted(LANGUAGES)}")
    if g["title"] is not None and g["title"] not in page:
        errors.append(f"{name}: title not found in the page")
    if g["published"] is not None and not PUBLISHED_RE.match(g["published"]):
        errors.append(f"{name}: published {g['published']!r} is not an ISO date(-time)")

    # Boilerplate: verbatim, each within one line of the page.
    lines = page.split("\n")
    for b in g["boilerplate"]:
        if not isinstance(b, str) or not b:
            errors.append(f"{name}: boilerplate entry {b!r} is not a non-empty string")
        elif b not in page:
            errors.append(f"{name}: boilerplate line not in page: {b!r}")
        elif not any(b in line for line in lines):
            errors.append(f"{name}: boilerplate entry spans lines: {b!r}")

    # Entities.
    ids = {}
    for e in g["entities"]:
        i = e.get("id", "")
        if not ID_RE.match(i):
            errors.append(f"{name}: bad entity id {i!r}")
            continue
        if i in ids:
            errors.append(f"{name}: duplicate entity {i}")
        ids[i] = e
        prefix = i.split(":", 1)[0]
        if e.get("kind") != KINDS[prefix]:
            errors.append(f"{name}: {i} has kind {e.get('kind')!r}, expected {KINDS[prefix]!r}")
        if not e.get("name"):
            errors.append(f"{name}: {i} has no name")
        c = e.get("country")
        if c is not None and not ISO3_RE.match(c):
            errors.append(f"{name}: {i} has country {c!r}, not an ISO3 code")
        if "unconfirmed" in e and (prefix != "person" or e["unconfirmed"] is not True):
            errors.append(f"{name}: {i}: 'unconfirmed' is only for persons, and then true")
        if prefix == "person" and "role" not in e:
            errors.append(f"{name}: {i} has no role")

    # Events.
    for n, ev in enumerate(g["events"], 1):
        where = f"{name} event {n}"
        for k in EVENT_KEYS:
            if k not in ev:
                errors.append(f"{where}: missing key {k!r}")
        if any(k not in ev for k in EVENT_KEYS):
            continue
        if not isinstance(ev["required"], bool):
            errors.append(f"{where}: required is not a boolean")
        modes = MODES.get(ev["type"])
        if modes is None:
            errors.append(f"{where}: unknown type {ev['type']!r}")
        elif ev["mode"] not in modes:
            errors.append(f"{where}: mode {ev['mode']!r} not allowed for {ev['type']}")
        elif ev["cameo"] not in modes[ev["mode"]]:
            errors.append(f"{where}: CAMEO {ev['cameo']!r} not allowed for {ev['type']}/{ev['mode']}")
        if ev["status"] not in STATUSES:
            errors.append(f"{where}: status {ev['status']!r} not one of {sorted(STATUSES)}")
        if ev["date"] is not None and not DATE_RE.match(ev["date"]):
            errors.append(f"{where}: date {ev['date']!r} is not YYYY[-MM[-DD]] (X for unknown digits)")
        if ev["required"] and ev["date"] is None and ev["status"] == "occurred":
            errors.append(f"{where}: a required occurred event needs a date")
        check_side(ev["source"], f"{where} source", errors)
        check_side(ev["target"], f"{where} target", errors)
        loc = ev.get("location")
        if loc is not None:
            if loc.get("country") is not None and not ISO3_RE.match(loc["country"]):
                errors.append(f"{where}: location country {loc['country']!r} is not ISO3")
            p = loc.get("place")
            if p is not None and not (p.startswith("place:") and ID_RE.match(p)):
                errors.append(f"{where}: location place {p!r} is not place:<slug>")
            if p is not None and p not in ids:
                errors.append(f"{where}: location place {p} not in entities")
        if ev["type"] == "AGREE" and ev["mode"] == "sign" and not ev.get("documents"):
            errors.append(f"{where}: a signing must name its documents")
        evidence = ev["evidence"]
        if not isinstance(evidence, str) or not evidence.strip():
            errors.append(f"{where}: empty evidence")
        elif evidence not in page:
            errors.append(f"{where}: evidence not verbatim in page: {evidence[:80]!r}")
        elif any(evidence in b for b in g["boilerplate"]):
            errors.append(f"{where}: evidence lies inside a boilerplate line")
        for side_name in ("source", "target"):
            side = ev[side_name]
            for i in side.get("persons", []) + side.get("organizations", []):
                if i not in ids:
                    errors.append(f"{where}: {side_name} {i} not in entities")
            for c in side.get("countries", []):
                if f"country:{c}" not in ids:
                    errors.append(f"{where}: {side_name} country {c} not in entities")
    return g, errors


def stats(golds):
    out = []
    by_lang = collections.Counter(g["language"] for g in golds)
    out.append("| language | pages | events (required) | events (optional) |")
    out.append("| --- | ---: | ---: | ---: |")
    names = {"ru": "Russian", "az": "Azerbaijani (Latin)", "en": "English", "kk": "Kazakh (Cyrillic)", "tr": "Turkish"}
    for lang in ["ru", "az", "en", "kk", "tr"]:
        docs = [g for g in golds if g["language"] == lang]
        if not docs:
            continue
        req = sum(e["required"] for g in docs for e in g["events"])
        opt = sum(not e["required"] for g in docs for e in g["events"])
        out.append(f"| {names[lang]} | {by_lang[lang]} | {req} | {opt} |")
    req = sum(e["required"] for g in golds for e in g["events"])
    opt = sum(not e["required"] for g in golds for e in g["events"])
    out.append(f"| **all** | {len(golds)} | {req} | {opt} |")
    out.append("")

    def label(e):
        if e["type"] == "CONSULT" and e["mode"] == "visit" and e["cameo"] == "043":
            return "CONSULT / visit (hosting, 043)"
        if e["type"] == "CONSULT" and e["mode"] == "third-party" and e["cameo"] == "044":
            return "CONSULT / third-party (hosted by a third country, 044)"
        if e["type"] == "CONSULT" and e["mode"] == "third-party":
            return "CONSULT / third-party (summit sidelines, 040)"
        return f"{e['type']} / {e['mode']}"

    rows = collections.defaultdict(lambda: [0, 0, set(), set()])
    for g in golds:
        for e in g["events"]:
            r = rows[label(e)]
            r[0 if e["required"] else 1] += 1
            if e["required"]:
                r[2].add(g["language"])
                r[3].add(g["document"])
    out.append("| event type / mode | required | optional | languages (required) | pages (required) |")
    out.append("| --- | ---: | ---: | --- | ---: |")
    for k in sorted(rows):
        r = rows[k]
        out.append(f"| {k} | {r[0]} | {r[1]} | {', '.join(sorted(r[2]))} | {len(r[3])} |")
    out.append("")

    st = collections.Counter((e["status"], e["required"]) for g in golds for e in g["events"])
    out.append("| status | required | optional |")
    out.append("| --- | ---: | ---: |")
    for s in ["occurred", "planned", "denied", "reported"]:
        if st[(s, True)] or st[(s, False)]:
            out.append(f"| {s} | {st[(s, True)]} | {st[(s, False)]} |")
    out.append("")

    dated = [e["date"] for g in golds for e in g["events"] if e["required"] and e["date"]]
    partial = [d for d in dated if "X" in d or len(d) < 10]
    no_events = sorted(g["document"] for g in golds if not g["events"])
    unconfirmed = sorted({e["id"] for g in golds for e in g["entities"] if e.get("unconfirmed")})
    unconf_pages = sorted({g["document"] for g in golds for e in g["entities"] if e.get("unconfirmed")})
    out.append(f"- required events with a date: {len(dated)} (of which partial: {len(partial)}: {', '.join(sorted(partial))})")
    out.append(f"- pages with no diplomatic event: {len(no_events)} ({', '.join(no_events)})")
    out.append(f"- unconfirmed (unknown) persons: {len(unconfirmed)} on {len(unconf_pages)} pages ({', '.join(unconfirmed)})")
    out.append(f"- distinct person ids: {len(person_ids(golds))}; entities listed: {sum(len(g['entities']) for g in golds)}")
    return "\n".join(out)


def person_ids(golds):
    return sorted({e["id"] for g in golds for e in g["entities"] if e["kind"] == "person"})


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", default=HERE, help="corpus folder holding pages/ and gold/ (default: this script's folder)")
    ap.add_argument("--stats", action="store_true", help="print counts by language, event type and status (Markdown)")
    ap.add_argument("--persons", action="store_true", help="print the person ids used, one a line")
    args = ap.parse_args()
    pages_dir = os.path.join(args.dir, "pages")
    gold_dir = os.path.join(args.dir, "gold")
    gold_files = sorted(f for f in os.listdir(gold_dir) if f.endswith(".json"))
    errors, golds = [], []
    for f in gold_files:
        g, errs = check_document(os.path.join(gold_dir, f), pages_dir)
        errors += errs
        if g is not None and not errs:
            golds.append(g)
    have = {os.path.splitext(f)[0] for f in gold_files}
    for p in sorted(os.listdir(pages_dir)):
        if os.path.splitext(p)[0] not in have:
            errors.append(f"{p}: page without a gold file")
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} problem(s) in {len(gold_files)} gold files", file=sys.stderr)
        return 1
    if args.stats:
        print(stats(golds))
    if args.persons:
        print("\n".join(person_ids(golds)))
    if not args.stats and not args.persons:
        print(f"ok: {len(gold_files)} gold files, {sum(len(g['events']) for g in golds)} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
