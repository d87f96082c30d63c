#!/usr/bin/env bash
# Every test of the project, from a fresh machine with only the Rust toolchain,
# gcc and python3: installs and starts what the tests need (PostgreSQL, Chromium,
# a Python virtual environment with pyspark), then runs the Rust and Python suites.
# One cargo profile (dev) throughout, so everything is built once.
set -euo pipefail
cd "$(dirname "$0")/.."

# A from-scratch build gains nothing from incremental caches; they cost 1.1 GB
# of disk. Developers running cargo by hand keep theirs.
export CARGO_INCREMENTAL=0

step() { printf '\n== %s\n' "$*"; }

step "PostgreSQL for the shared-store tests"
source scripts/postgres-setup.sh

step "Chromium for the web page's end-to-end test"
bash scripts/e2e-setup.sh
export COMMUNIQUE_E2E=1

step "Rust: formatting, lints, tests"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo test --workspace

step "Python package and Spark"
bash scripts/python-tests.sh
