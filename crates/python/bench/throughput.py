"""Documents per second: the Spark path (local mode) against `communique extract`
and `communique.extract_many`, on one generated corpus and the same cores.

    python crates/python/bench/throughput.py [--docs 6000] [--cores 2] [--cli PATH]

Each path reads the same JSON Lines file and writes every event:
- CLI: `communique extract --threads N corpus.jsonl > records.jsonl`;
- Python: `extract_many(records, threads=N)` (file already parsed: the extraction
  alone, plus building the dicts);
- Spark: `spark.read.json` → `communique.spark.extract` → Parquet, in
  `local[N]`, session started beforehand, best of the repeats (the first run
  also pays the JVM's warm-up and the workers' knowledge-base load).
Prints one line per path and the Spark/CLI cost ratio. Use a release build of
both the wheel and the CLI (COMMUNIQUE_PY_PROFILE=release scripts/python-tests.sh).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

import gen_corpus  # noqa: E402


def timed(fn, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=6000)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--cli", default=os.environ.get("COMMUNIQUE_BIN", "target/release/communique"))
    args = parser.parse_args()

    import communique
    import communique.spark as cspark
    from pyspark.sql import SparkSession

    work = Path(tempfile.mkdtemp(prefix="communique-bench-"))
    corpus = work / "corpus.jsonl"
    records = gen_corpus.generate(args.docs)
    gen_corpus.write_jsonl(records, corpus)
    size_mb = corpus.stat().st_size / 1e6
    print(f"corpus: {args.docs} pages, {size_mb:.1f} MB, {args.cores} cores, best of {args.repeats}")

    def cli() -> None:
        with open(work / "records.jsonl", "w") as out:
            subprocess.run(
                [args.cli, "extract", "--threads", str(args.cores), str(corpus)],
                stdout=out,
                stderr=subprocess.DEVNULL,
                check=False,
            )

    def python() -> None:
        communique.extract_many(records, threads=args.cores, errors="return")

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(f"local[{args.cores}]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")

    def on_spark() -> None:
        df = spark.read.json(str(corpus))
        out = str(work / "events.parquet")
        cspark.extract(df).write.mode("overwrite").parquet(out)

    results = {}
    results["cli"] = timed(cli, args.repeats)
    results["python"] = timed(python, args.repeats)
    results["spark"] = timed(on_spark, args.repeats)
    events = spark.read.parquet(str(work / "events.parquet")).count()
    spark.stop()
    for name, seconds in results.items():
        print(f"{name:>7}: {seconds:7.2f} s  {args.docs / seconds:8.1f} documents/s")
    print(f"events written by Spark: {events}")
    print(f"Spark cost / CLI cost: {results['spark'] / results['cli']:.2f}x")
    shutil.rmtree(work, ignore_errors=True)
    json.dump({k: args.docs / v for k, v in results.items()}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
