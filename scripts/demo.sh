#!/usr/bin/env bash
# The main job on the bundled demo pages: extract, ingest into the embedded SQLite
# store (demo.db), and ask it a few questions.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p communique-cli
bin=target/release/communique
pages=tests/corpus/pages
db=${COMMUNIQUE_DB:-demo.db}

echo "== extract: one JSON record per page (first record shown)"
$bin extract "$pages" --output target/demo-records.jsonl
head -c 600 target/demo-records.jsonl; echo " ..."

echo; echo "== ingest into $db"
$bin ingest --db "$db" "$pages"

echo; echo "== events between Azerbaijan and Kazakhstan"
$bin timeline --db "$db" AZE KAZ

echo; echo "== who is Ilham Aliyev in the store"
$bin entity --db "$db" person:ilham-aliyev

echo; echo "Serve it with: $bin serve --db $db   (then open http://127.0.0.1:8080)"
