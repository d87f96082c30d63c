"""events_frame: one row per event, the columns of the store's export."""

from __future__ import annotations

import communique

COLUMNS = [
    "document", "url", "language", "published", "id", "type", "mode", "cameo", "status", "date",
    "source_countries", "source_persons", "source_organizations",
    "target_countries", "target_persons", "target_organizations",
    "location_country", "location_place", "topics", "documents_signed", "confidence",
    "num_evidence", "evidence_start", "evidence_end", "evidence_text",
]  # fmt: skip


def test_columns_and_rows(seed_paths):
    records = [communique.extract(p.read_text(encoding="utf-8"), id=p.name) for p in seed_paths]
    frame = communique.events_frame(records)
    assert list(frame.columns) == COLUMNS
    assert communique.EVENT_COLUMNS == COLUMNS + ["error"]
    assert len(frame) == sum(len(r["events"]) for r in records)
    assert str(frame["confidence"].dtype) == "float64"
    assert str(frame["evidence_start"].dtype) == "int64"


def test_row_values_follow_the_record(seed_paths):
    record = communique.extract(seed_paths[0].read_text(encoding="utf-8"), id=seed_paths[0].name)
    frame = communique.events_frame(record)  # a single record is accepted
    for (_, row), event in zip(frame.iterrows(), record["events"]):
        assert row["document"] == record["document"]
        assert row["id"] == event["id"]
        assert row["type"] == event["type"]
        assert row["cameo"] == event["cameo"]
        assert row["source_countries"] == ";".join(event["source"]["countries"])
        assert row["target_persons"] == ";".join(event["target"]["persons"])
        assert row["confidence"] == event["confidence"]
        first = event["evidence"][0]
        assert (row["evidence_start"], row["evidence_end"], row["evidence_text"]) == (
            first["start"],
            first["end"],
            first["text"],
        )
        assert row["num_evidence"] == len(event["evidence"])


def test_empty_and_failed():
    frame = communique.events_frame([])
    assert list(frame.columns) == COLUMNS and len(frame) == 0
    results = communique.extract_many(["", "Президент Ильхам Алиев провел телефонный разговор с Президентом Казахстана Касым-Жомартом Токаевым."], errors="return")
    assert len(communique.events_frame(results)) == len(results[1]["events"])


def test_schema():
    schema = communique.events_schema()
    assert schema.names == COLUMNS + ["error"]
    table = communique.events_table([])
    assert table.schema == schema
