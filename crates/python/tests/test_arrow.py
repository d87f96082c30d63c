"""Extractor.extract_arrow: the batch function Spark, Ray Data or Dask map."""

from __future__ import annotations

import json

import pyarrow as pa
import pytest

import communique


@pytest.fixture(scope="module")
def pages(corpus):
    return corpus[:120]


def test_large_strings_and_integer_ids(pages):
    batch = pa.RecordBatch.from_pydict(
        {
            "num": pa.array(range(len(pages)), pa.int64()),
            "body": pa.array([p["text"] for p in pages], pa.large_string()),
            "published": pa.array([p.get("published") for p in pages], pa.string()),
        }
    )
    out = communique.Extractor().extract_arrow(
        batch, text_col="body", id_col="num", published_col="published", threads=2
    )
    assert out.schema == communique.events_schema()
    docs = [{**p, "id": str(i)} for i, p in enumerate(pages)]
    expected = communique.events_table(communique.extract_many(docs, errors="return"))
    assert pa.Table.from_batches([out]).drop(["error"]).equals(expected.drop(["error"]))


def test_string_view_and_records_output(pages):
    batch = pa.RecordBatch.from_pydict(
        {"id": [p["id"] for p in pages], "text": pa.array([p["text"] for p in pages], pa.string_view())}
    )
    out = communique.Extractor(include_text=True).extract_arrow(batch, output="records", errors="keep")
    assert out.schema.names == ["document", "published", "record", "error"]
    docs = [{"id": p["id"], "text": p["text"]} for p in pages]
    expected = communique.extract_many(docs, errors="return", include_text=True)
    for row, want in zip(out.to_pylist(), expected):
        if isinstance(want, communique.ExtractError):
            assert (row["document"], row["record"], row["error"]) == (want.document, None, want.reason)
        else:
            assert json.loads(row["record"]) == want


def test_bad_batches_are_value_errors():
    batch = pa.RecordBatch.from_pydict({"id": ["a"], "text": [1.5]})
    with pytest.raises(ValueError, match="expected string or binary"):
        communique.Extractor().extract_arrow(batch)
    with pytest.raises(ValueError, match="no column"):
        communique.Extractor().extract_arrow(batch, text_col="page")
    with pytest.raises(ValueError):
        communique.Extractor().extract_arrow(batch, output="csv")


def test_null_and_empty_pages_per_errors_mode():
    batch = pa.RecordBatch.from_pydict({"id": ["n", "e"], "text": [None, ""]})
    kept = communique.Extractor().extract_arrow(batch, errors="keep").to_pylist()
    assert [(r["document"], r["error"]) for r in kept] == [
        ("n", 'record has neither "text" nor "html"'),
        ("e", "no text, only whitespace"),
    ]
    assert communique.Extractor().extract_arrow(batch).num_rows == 0
    with pytest.raises(communique.ExtractError):
        communique.Extractor().extract_arrow(batch, errors="raise")
