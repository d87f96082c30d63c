"""A generated corpus of news pages, templated from the seed pages.

Each page is a seed page with its dates moved (days, months, years), its
leaders and foreign ministers swapped for others of the region (Russian
surnames in -ов/-ев decline alike, so every inflected form stays
grammatical), some paragraphs dropped and some borrowed from another seed of
the same language. A few pages are deliberately bad (empty, blank, not text)
so that every path must report them. Deterministic for a given seed.

    python gen_corpus.py OUT.jsonl [N]   # JSON Lines: id, published?, text
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Dict, List

RU_MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
AZ_MONTHS = "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr".split()

# (first name, surname stem) swapped within a group; stems take the same endings.
RU_GROUPS = [
    # heads of state
    [("Ильхам", "Алиев"), ("Касым-Жомарт", "Токаев"), ("Садыр", "Жапаров"), ("Шавкат", "Мирзиёев")],
    # foreign ministers
    [("Джейхун", "Байрамов"), ("Руслан", "Казакбаев"), ("Сергей", "Лавров"), ("Бахтиёр", "Саидов"), ("Рашид", "Мередов")],
]

# Pages that every path must refuse, each with its own reason.
BAD_PAGES = ["", "   \n\t  ", "1234 5678 %%%% //// 9999 ---- 0000 ++++"]


def seeds_dir() -> Path:
    """`../shared/seeds` beside the repository (CI keeps a copy there)."""
    repo = Path(__file__).resolve().parents[3]
    return repo.parent / "shared" / "seeds"


def load_seeds(directory: Path) -> List[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))]


def language(page: str) -> str:
    return "az" if re.search("[əƏğı]", page) else "ru"


def move_dates(page: str, rng: random.Random) -> str:
    years = {str(y): str(rng.randint(2019, 2025)) for y in range(2019, 2026)}
    shift = rng.randint(0, 11)

    def ru(m: re.Match) -> str:
        month = RU_MONTHS[(RU_MONTHS.index(m.group(2)) + shift) % 12]
        return f"{rng.randint(1, 28)} {month}"

    def az(m: re.Match) -> str:
        month = AZ_MONTHS[(AZ_MONTHS.index(m.group(2).lower()) + shift) % 12]
        return f"{rng.randint(1, 28)} {month}"

    page = re.sub(r"\b(\d{1,2}) (" + "|".join(RU_MONTHS) + r")\b", ru, page)
    page = re.sub(r"\b(\d{1,2}) (" + "|".join(AZ_MONTHS) + r")", az, page, flags=re.IGNORECASE)
    return re.sub(r"\b(20(?:19|2[0-5]))\b", lambda m: years[m.group(1)], page)


def swap_people(page: str, rng: random.Random) -> str:
    for group in RU_GROUPS:
        target = group[:]
        rng.shuffle(target)
        mapping: Dict[str, str] = {}
        for (first, stem), (first2, stem2) in zip(group, target):
            mapping[first] = first2
            mapping[stem] = stem2
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, mapping)) + r")")
        page = pattern.sub(lambda m: mapping[m.group(1)], page)
    return page


def remix(page: str, others: List[str], rng: random.Random) -> str:
    paragraphs = page.split("\n\n")
    head, body = paragraphs[:3], paragraphs[3:]
    body = [p for p in body if rng.random() > 0.2]
    if others and rng.random() < 0.5:
        donor = rng.choice(others).split("\n\n")[3:]
        if donor:
            body.insert(rng.randint(0, len(body)), rng.choice(donor))
    return "\n\n".join(head + body)


def generate(n: int, seed: int = 8) -> List[dict]:
    """`n` records (dicts shaped like JSON Lines input), deterministic."""
    rng = random.Random(seed)
    pages = load_seeds(seeds_dir())
    by_lang: Dict[str, List[str]] = {}
    for p in pages:
        by_lang.setdefault(language(p), []).append(p)
    records = []
    for i in range(n):
        doc_id = f"gen-{i:05d}"
        if i % 997 == 500:
            records.append({"id": doc_id, "text": BAD_PAGES[(i // 997) % len(BAD_PAGES)]})
            continue
        base = rng.choice(pages)
        others = [p for p in by_lang[language(base)] if p is not base]
        text = remix(swap_people(move_dates(base, rng), rng), others, rng)
        record = {"id": doc_id, "text": text}
        if rng.random() < 0.3:
            record["published"] = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        records.append(record)
    return records


def write_jsonl(records: List[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    target = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    write_jsonl(generate(count), target)
    print(f"{count} records written to {target}")
