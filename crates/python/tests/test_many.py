"""extract_many: input order, parallel equals sequential, the lock released, errors."""

from __future__ import annotations

import threading
import time

import pytest

import communique


def outcome(result):
    """A comparable form: the record, or the failure's fields."""
    if isinstance(result, communique.ExtractError):
        return ("failed", result.document, result.kind, result.reason)
    return result


def test_order_and_parallel_equality(corpus):
    docs = corpus[300:600]  # holds one bad page
    sequential = [outcome(r) for r in communique.extract_many(docs, threads=1, errors="return")]
    parallel = [outcome(r) for r in communique.extract_many(docs, errors="return")]
    four = [outcome(r) for r in communique.extract_many(docs, threads=4, errors="return")]
    names = [r[1] if isinstance(r, tuple) else r["document"] for r in sequential]
    assert names == [d["id"] for d in docs]
    assert any(isinstance(r, tuple) for r in sequential)
    assert sequential == parallel == four


def test_corpus_equals_cli(corpus, cli_corpus_records):
    results = communique.extract_many(corpus, errors="return")
    records = [r for r in results if isinstance(r, dict)]
    failed = [r for r in results if isinstance(r, communique.ExtractError)]
    assert records == cli_corpus_records
    assert len(failed) == len(corpus) - len(records) > 0
    assert {f.kind for f in failed} <= {"empty", "not-text"}


def test_errors_raise_names_the_first_failure():
    docs = [
        {"id": "ok", "text": "Президент Ильхам Алиев принял министра иностранных дел Казахстана Мурата Нуртлеу."},
        {"id": "blank", "text": "   "},
        {"id": "none"},
        "Президент Касым-Жомарт Токаев провел телефонный разговор с Президентом Ильхамом Алиевым.",
    ]
    with pytest.raises(communique.ExtractError) as caught:
        communique.extract_many(docs)
    assert caught.value.document == "blank"
    results = communique.extract_many(docs, errors="return")
    assert results[0]["document"] == "ok"
    assert (results[1].document, results[1].kind) == ("blank", "empty")
    assert (results[2].document, results[2].kind) == ("none", "no-text")
    assert results[3]["document"].startswith("sha256:")


def test_html_field_and_generator_input():
    page = "<html><body><article><h1>Звонок</h1><p>Президент Касым-Жомарт Токаев провел телефонный разговор с Президентом Ильхамом Алиевым.</p></article></body></html>"
    (record,) = communique.extract_many(({"id": i, "html": page} for i in ["h1"]))
    assert record["document"] == "h1"


def test_bad_arguments():
    with pytest.raises(ValueError):
        communique.extract_many([], threads=0)
    with pytest.raises(ValueError):
        communique.extract_many([], errors="ignore")
    with pytest.raises(TypeError):
        communique.extract_many([42])
    assert communique.extract_many([]) == []


def test_lock_is_released(corpus):
    """A Python thread keeps running while extract_many works."""
    ticks = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.005)

    thread = threading.Thread(target=tick)
    thread.start()
    started = time.perf_counter()
    communique.extract_many(corpus[:200], threads=1, errors="return")
    finished = time.perf_counter()
    done.set()
    thread.join()
    during = [t for t in ticks if started < t < finished]
    # With the lock held, the ticker could not run at all during the call.
    assert len(during) > 0.3 * (finished - started) / 0.005
