"""`communique export --format parquet`: the store's events and entities as Parquet,
read back with pyarrow and DuckDB, and equal to the JSON Lines export."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import duckdb
import pyarrow.parquet as pq


def run(cli_bin: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(cli_bin), *args], capture_output=True, text=True, check=True)


def test_parquet_export_reads_back_in_pyarrow_and_duckdb(cli_bin, tmp_path):
    pages = Path(__file__).resolve().parents[3] / "tests" / "corpus" / "pages"
    db = tmp_path / "store.db"
    run(cli_bin, "ingest", "--db", str(db), str(pages))
    out = tmp_path / "parquet"
    run(cli_bin, "export", "--db", str(db), "--format", "parquet", "--output", str(out))
    jsonl = [json.loads(line) for line in run(cli_bin, "export", "--db", str(db), "--format", "jsonl").stdout.splitlines()]

    events = pq.read_table(out / "events.parquet")
    assert events.num_rows == len(jsonl) > 30
    assert events.schema.field("source_countries").type.value_type == "string"
    assert events.schema.field("confidence").type == "double"
    by_id = {row["id"]: row for row in events.to_pylist()}
    for ev in jsonl:
        row = by_id[ev["id"]]
        assert row["type"] == ev["type"] and row["mode"] == ev["mode"] and row["date"] == ev["date"]
        assert row["source_countries"] == ev["source"]["countries"]
        assert row["target_persons"] == ev["target"]["persons"]
        assert row["num_documents"] == ev["num_documents"]

    entities = pq.read_table(out / "entities.parquet")
    ids = set(entities.column("id").to_pylist())
    assert {"person:ilham-aliyev", "country:AZE", "country:KAZ"} <= ids

    con = duckdb.connect()
    total, consults = con.execute(
        f"SELECT count(*), count(*) FILTER (WHERE type = 'CONSULT') FROM read_parquet('{out / 'events.parquet'}')"
    ).fetchone()
    assert total == len(jsonl)
    assert consults == sum(1 for ev in jsonl if ev["type"] == "CONSULT")
    dyad = con.execute(
        f"""SELECT count(*) FROM read_parquet('{out / 'events.parquet'}')
            WHERE (list_contains(source_countries, 'AZE') AND list_contains(target_countries, 'KAZ'))
               OR (list_contains(source_countries, 'KAZ') AND list_contains(target_countries, 'AZE'))"""
    ).fetchone()[0]
    assert dyad >= 1
    names = dict(con.execute(f"SELECT id, name FROM read_parquet('{out / 'entities.parquet'}')").fetchall())
    assert names["person:ilham-aliyev"] == "Ilham Aliyev"


def test_parquet_needs_an_output_folder(cli_bin, tmp_path):
    db = tmp_path / "store.db"
    pages = Path(__file__).resolve().parents[3] / "tests" / "corpus" / "pages"
    run(cli_bin, "ingest", "--db", str(db), str(pages / "ru_01_putin_state_visit_baku.txt"))
    done = subprocess.run([str(cli_bin), "export", "--db", str(db), "--format", "parquet"], capture_output=True, text=True)
    assert done.returncode == 2
    assert "--output DIR" in done.stderr
