"""Shared fixtures: the seed pages, the CLI built from the same sources as the
package (records to compare against), the generated corpus, and one local
Spark session for the whole run.

Environment (scripts/python-tests.sh sets them):
  COMMUNIQUE_BIN           the `communique` binary (default: target/debug, then
                           target/release)
  COMMUNIQUE_SEEDS         the seed pages (default: ../shared/seeds beside the repo)
  COMMUNIQUE_CORPUS_SIZE   pages in the generated corpus (default 2000)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Tuple

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(HERE))

import gen_corpus  # noqa: E402


def seeds_dir() -> Path:
    return Path(os.environ.get("COMMUNIQUE_SEEDS", gen_corpus.seeds_dir()))


@pytest.fixture(scope="session")
def seed_paths() -> List[Path]:
    paths = sorted(seeds_dir().glob("*.txt"))
    assert paths, f"no seed pages in {seeds_dir()} (set COMMUNIQUE_SEEDS)"
    return paths


@pytest.fixture(scope="session")
def cli_bin() -> Path:
    given = os.environ.get("COMMUNIQUE_BIN")
    candidates = [Path(given)] if given else [REPO / "target" / p / "communique" for p in ("debug", "release")]
    for path in candidates:
        if path.is_file():
            return path
    pytest.fail(f"no communique binary at {candidates}: build it with `cargo build -p communique-cli`")


def run_cli(cli: Path, inputs: List[Path], *extra: str) -> Tuple[List[dict], str, int]:
    """`communique extract` on `inputs`: (records, standard error, exit code)."""
    done = subprocess.run(
        [str(cli), "extract", *extra, *map(str, inputs)],
        capture_output=True,
        text=True,
        # The embedded knowledge base unless `--data` is passed, as in Python.
        env={k: v for k, v in os.environ.items() if k != "COMMUNIQUE_DATA"},
    )
    assert done.returncode in (0, 1), done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return records, done.stderr, done.returncode


@pytest.fixture(scope="session")
def cli_seed_records(cli_bin, seed_paths) -> Dict[str, dict]:
    records, stderr, code = run_cli(cli_bin, seed_paths)
    assert code == 0, stderr
    return {r["document"]: r for r in records}


@pytest.fixture(scope="session")
def corpus_path(tmp_path_factory) -> Path:
    size = int(os.environ.get("COMMUNIQUE_CORPUS_SIZE", "2000"))
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    gen_corpus.write_jsonl(gen_corpus.generate(size), path)
    return path


@pytest.fixture(scope="session")
def corpus(corpus_path) -> List[dict]:
    with open(corpus_path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.fixture(scope="session")
def cli_corpus_records(cli_bin, corpus_path) -> List[dict]:
    records, _, code = run_cli(cli_bin, [corpus_path])
    assert code == 1, "the corpus holds bad pages, so the CLI must exit 1"
    return records


@pytest.fixture(scope="session")
def spark():
    """One local Spark session (2 cores, no UI) for the run."""
    pyspark_sql = pytest.importorskip("pyspark.sql")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    session = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("communique-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
