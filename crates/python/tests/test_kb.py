"""A user-extended knowledge base: a copy of data/ with one more person."""

from __future__ import annotations

import shutil

import communique
from conftest import REPO, run_cli

PERSON = """
[[person]]
id = "person:arman-bekbolatov"
name = "Arman Bekbolatov"
country = "KAZ"
gender = "m"
names.ru = ["Арман Бекболатов"]
names.en = ["Arman Bekbolatov"]
roles = [
  { role = "deputy-foreign-minister", country = "KAZ", from = "2024-01-15" },
]
"""

TEXT = (
    "БАКУ, 12 марта — Trend. 12 марта министр иностранных дел Азербайджана Джейхун Байрамов "
    "встретился в Баку с заместителем министра иностранных дел Казахстана Арманом Бекболатовым. "
    "Стороны обсудили вопросы двустороннего сотрудничества."
)


def confirmed(record, entity_id):
    """Whether the record has the entity from the knowledge base (not one made
    up from a title and a country, flagged unconfirmed)."""
    return any(e["id"] == entity_id and not e.get("unconfirmed", False) for e in record["entities"])


def test_added_person_is_found(tmp_path, cli_bin):
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    with open(data / "persons.toml", "a", encoding="utf-8") as f:
        f.write(PERSON)

    before = communique.extract(TEXT, id="kb.txt", published="2025-03-12")
    assert not confirmed(before, "person:arman-bekbolatov")

    kb = communique.KnowledgeBase(data)
    assert kb.path == str(data)
    after = communique.extract(TEXT, id="kb.txt", published="2025-03-12", kb=kb)
    assert confirmed(after, "person:arman-bekbolatov")
    (person,) = [e for e in after["entities"] if e["id"] == "person:arman-bekbolatov"]
    assert (person["name"], person["country"]) == ("Arman Bekbolatov", "KAZ")
    persons = {p for ev in after["events"] for side in ("source", "target") for p in ev[side]["persons"]}
    assert "person:arman-bekbolatov" in persons

    # The same folder through the CLI gives the same record.
    page = tmp_path / "kb.txt"
    page.write_text(TEXT, encoding="utf-8")
    extractor = communique.Extractor(kb)
    (cli_record,), _, _ = run_cli(cli_bin, [page], "--data", str(data))
    assert extractor.extract(TEXT, id="kb.txt") == cli_record
    assert confirmed(cli_record, "person:arman-bekbolatov")


def test_include_text_with_a_user_knowledge_base(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    kb = communique.KnowledgeBase(str(data))
    record = communique.extract(TEXT, kb=kb, include_text=True)
    assert "Бекболатов" in record["text"]
    assert communique.Extractor(kb, include_text=True).include_text
