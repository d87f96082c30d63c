"""communique.spark.extract in Spark local mode: the same events as
extract_many and as `communique extract`, order aside."""

from __future__ import annotations

import os
import shutil

import pytest

import communique
import communique.spark as cspark
from conftest import REPO

pytestmark = pytest.mark.spark

EVENT_COLUMNS = [c for c in communique.EVENT_COLUMNS if c != "error"]
INT_COLUMNS = ["num_evidence", "evidence_start", "evidence_end"]


def rows(frame):
    """Event rows as sorted plain tuples, so frames from pandas and Spark compare."""
    frame = frame[frame["error"].isna()] if "error" in frame.columns else frame
    frame = frame[EVENT_COLUMNS].astype({c: "int64" for c in INT_COLUMNS})
    frame = frame.astype(object).where(frame.notna(), None)
    return sorted(map(tuple, frame.itertuples(index=False)), key=lambda r: (r[0], r[4]))


def test_schema_matches_the_arrow_schema():
    names = [f.name for f in cspark.schema().fields]
    assert names == communique.EVENT_COLUMNS
    assert "`confidence` DOUBLE" in cspark.schema_ddl()


def test_seeds(spark, seed_paths, cli_seed_records):
    df = spark.createDataFrame(
        [(p.name, p.read_text(encoding="utf-8")) for p in seed_paths], "id string, text string"
    ).repartition(2)
    events = cspark.extract(df).toPandas()
    expected = communique.events_frame(list(cli_seed_records.values()))
    assert len(events) == len(expected) > 0
    assert rows(events) == rows(expected)


def test_generated_corpus(spark, corpus_path, corpus, cli_corpus_records):
    df = spark.read.json(str(corpus_path)).repartition(4)
    events = cspark.extract(df, errors="keep").toPandas()

    python = communique.extract_many(corpus, errors="return")
    expected = communique.events_frame(python)
    assert len(expected) > len(corpus)  # several events per page
    assert rows(events) == rows(expected)
    assert rows(events) == rows(communique.events_frame(cli_corpus_records))

    failed = events[events["error"].notna()]
    assert sorted(zip(failed["document"], failed["error"])) == sorted(
        (r.document, r.reason) for r in python if isinstance(r, communique.ExtractError)
    )
    assert failed["id"].isna().all()


def test_knowledge_base_loaded_once_per_worker(spark):
    """Eight tasks on two cores: reused workers load the knowledge base once."""

    def probe(batches):
        import os as _os

        import pyarrow as pa

        import communique.spark as ws

        for batch in batches:
            ws.worker_extractor(None)
            yield pa.RecordBatch.from_pydict(
                {"pid": [_os.getpid()] * batch.num_rows, "loads": [ws.loads] * batch.num_rows}
            )

    df = spark.range(0, 64, numPartitions=8)
    seen = df.mapInArrow(probe, "pid bigint, loads bigint").toPandas()
    assert set(seen["loads"]) == {1}
    assert seen["pid"].nunique() < 8


def test_integer_ids_binary_pages_and_no_id(spark, seed_paths):
    texts = [p.read_text(encoding="utf-8") for p in seed_paths]
    df = spark.createDataFrame([(i, t.encode("utf-8")) for i, t in enumerate(texts)], "num bigint, page binary")
    events = cspark.extract(df, text_col="page", id_col="num").toPandas()
    assert set(events["document"]) == {str(i) for i in range(len(texts))}
    hashed = cspark.extract(df, text_col="page", id_col=None).toPandas()
    assert hashed["document"].str.startswith("sha256:").all()
    assert len(hashed) == len(events)


def test_errors_raise_fails_the_job(spark):
    df = spark.createDataFrame([("bad", "   ")], "id string, text string")
    with pytest.raises(Exception, match="ExtractError|no text"):
        cspark.extract(df, errors="raise").collect()
    assert cspark.extract(df).count() == 0  # errors="log": left out, logged


def test_user_knowledge_base_path(spark, tmp_path):
    from test_kb import PERSON, TEXT

    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    with open(data / "persons.toml", "a", encoding="utf-8") as f:
        f.write(PERSON)
    df = spark.createDataFrame([("kb", TEXT, "2025-03-12")], "id string, text string, published string")
    events = cspark.extract(df, kb=communique.KnowledgeBase(data)).toPandas()
    expected = communique.events_frame(
        [communique.extract(TEXT, id="kb", published="2025-03-12", kb=communique.KnowledgeBase(os.fspath(data)))]
    )
    assert rows(events) == rows(expected)
    # The Kazakh deputy minister met in Baku is the visitor.
    assert any("person:arman-bekbolatov" in p for p in events["source_persons"])


def test_records_equal_cli_and_load_into_the_store(spark, seed_paths, cli_bin, tmp_path):
    """extract_records gives `communique extract --text` lines, which
    `communique ingest --records` stores as they are."""
    import json
    import subprocess

    from conftest import run_cli

    df = spark.createDataFrame([(p.name, p.read_text(encoding="utf-8")) for p in seed_paths], "id string, text string")
    rows_ = cspark.extract_records(df).collect()
    records = {r["document"]: json.loads(r["record"]) for r in rows_}
    cli_records, _, _ = run_cli(cli_bin, seed_paths, "--text")
    assert records == {r["document"]: r for r in cli_records}
    assert all(r["text"] for r in records.values())

    out = tmp_path / "records"
    cspark.extract_records(df).select("record").write.text(str(out))
    lines = tmp_path / "records.jsonl"
    with open(lines, "w", encoding="utf-8") as f:
        for part in sorted(out.glob("part-*")):
            f.write(part.read_text(encoding="utf-8"))
    db = tmp_path / "store.db"
    done = subprocess.run(
        [str(cli_bin), "ingest", "--records", "--db", str(db), str(lines)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    listed = subprocess.run([str(cli_bin), "events", "--db", str(db)], capture_output=True, text=True)
    assert listed.returncode == 0 and listed.stdout.strip(), listed.stderr
