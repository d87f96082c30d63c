"""communique.extract against `communique extract`: the same record, field for field."""

from __future__ import annotations

import pickle

import pytest

import communique
from conftest import run_cli


def test_seeds_equal_cli_records(seed_paths, cli_seed_records):
    assert len(cli_seed_records) == len(seed_paths)
    for path in seed_paths:
        record = communique.extract(path.read_text(encoding="utf-8"), id=path.name)
        assert record == cli_seed_records[path.name], path.name


def test_seed_records_have_events_and_evidence(seed_paths):
    for path in seed_paths:
        record = communique.extract(path.read_text(encoding="utf-8"), id=path.name, include_text=True)
        assert record["events"], f"{path.name}: no event"
        for event in record["events"]:
            for evidence in event["evidence"]:
                assert evidence["document"] == path.name
                # Offsets are characters of the cleaned text the record carries.
                assert record["text"][evidence["start"] : evidence["end"]] == evidence["text"]


def test_bytes_are_decoded_like_files(seed_paths, cli_seed_records):
    path = seed_paths[0]
    cp1251 = path.read_text(encoding="utf-8").encode("cp1251", errors="replace")
    record = communique.extract(cp1251, id=path.name)
    assert record["events"] == cli_seed_records[path.name]["events"]


def test_html_page_equals_cli_on_the_same_file(tmp_path, cli_bin, seed_paths):
    text = seed_paths[0].read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{p}</p>\n" for p in text.split("\n\n")[3:])
    title = text.split("\n\n")[1]
    page = (
        f'<html lang="ru"><head><title>{title}</title>'
        '<meta property="article:published_time" content="2025-03-11T13:02:00+04:00"></head>'
        f"<body><nav><a href='/'>Главная</a> <a href='/news'>Новости</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article><footer>© 2025</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (cli_record,), _, code = run_cli(cli_bin, [path])
    assert code == 0
    record = communique.extract(page, id="page.html", html=True)
    assert record == cli_record
    assert record["events"]
    assert record["published"].startswith("2025-03-11")


def test_metadata_is_used():
    text = "10 мая министр иностранных дел Азербайджана Джейхун Байрамов провел телефонный разговор с Сергеем Лавровым."
    record = communique.extract(text, id=42, url="https://example.org/a", published="2024-05-10", language="ru")
    assert record["document"] == "42"
    assert record["url"] == "https://example.org/a"
    assert record["published"] == "2024-05-10"
    assert record["language"] == "ru"


def test_content_hash_id_is_stable():
    text = "Президент Ильхам Алиев принял министра иностранных дел Казахстана Мурата Нуртлеу."
    first, second = communique.extract(text), communique.extract(text)
    assert first["document"].startswith("sha256:")
    assert first == second


def test_knowledge_base_pickles_by_path():
    kb = communique.KnowledgeBase.embedded()
    assert kb is communique.KnowledgeBase.embedded()
    again = pickle.loads(pickle.dumps(kb))
    assert again.path is None
    assert dict(again.stats())["countries"] > 190


def test_bad_argument_types_are_type_errors():
    with pytest.raises(TypeError):
        communique.extract(12345)
    with pytest.raises(TypeError):
        communique.extract("text", id=["a"])
