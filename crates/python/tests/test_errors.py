"""Bad input: a typed exception naming the document and the reason, never a crash."""

from __future__ import annotations

import os
import pickle

import pytest

import communique

BAD = [
    ("", "empty"),
    ("  \n\t \n", "empty"),
    (b"", "empty"),
    (bytes(range(256)) * 64, "binary"),
    (b"\x00\x01\x02\x03" * 1000, "binary"),
    ("1234 5678 %%%% //// 9999 ---- 0000 ++++", "not-text"),
]


@pytest.mark.parametrize("page,kind", BAD, ids=[f"{k}-{i}" for i, (_, k) in enumerate(BAD)])
def test_bad_pages_raise_extract_error(page, kind):
    with pytest.raises(communique.ExtractError) as caught:
        communique.extract(page, id="bad.txt")
    err = caught.value
    assert isinstance(err, ValueError)
    assert err.document == "bad.txt"
    assert err.kind == kind
    assert err.reason and "bad.txt" in str(err)


def test_lone_surrogates_are_replaced_not_raised():
    text = "Президент Ильхам Алиев принял министра иностранных дел Казахстана Мурата Нуртлеу. \udcff"
    assert communique.extract(text, id="s")["document"] == "s"


def test_error_without_id_names_the_content_hash_when_known():
    with pytest.raises(communique.ExtractError) as caught:
        communique.extract("1234 5678 %%%% //// 9999")
    assert caught.value.document.startswith("sha256:")


def test_extract_error_pickles():
    err = communique.ExtractError("a.txt", "empty file", "empty")
    again = pickle.loads(pickle.dumps(err))
    assert (again.document, again.reason, again.kind) == ("a.txt", "empty file", "empty")


def test_html_without_article():
    with pytest.raises(communique.ExtractError) as caught:
        communique.extract("<html><body></body></html>", id="x.html", html=True)
    assert caught.value.kind in ("no-article", "empty")


def test_random_bytes_never_crash():
    rng = __import__("random").Random(8)
    for i in range(300):
        page = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
        try:
            communique.extract(page, id=f"r{i}", html=bool(i % 2))
        except communique.ExtractError as err:
            assert err.document in (f"r{i}", None) or err.document.startswith("sha256:")


def test_truncated_and_degenerate_html_do_not_crash():
    # Deeply nested markup is kept shallow here: the HTML extractor's time grows
    # faster than linearly with nesting depth (reported with issue 8).
    for page in ["<html><body><p>Президент Ильхам Алиев принял", "<" * 100_000, "<div>" * 300]:
        try:
            communique.extract(page, html=True)
        except communique.ExtractError:
            pass


def test_bad_knowledge_base_folder(tmp_path):
    with pytest.raises(communique.KnowledgeBaseError):
        communique.KnowledgeBase(tmp_path / "missing")
    (tmp_path / "countries.toml").write_text("version = 1\n[[country]]\nid = 5\n")
    with pytest.raises(communique.KnowledgeBaseError) as caught:
        communique.KnowledgeBase(os.fspath(tmp_path))
    assert caught.value.path == os.fspath(tmp_path)
