#!/usr/bin/env bash
# The Python package's tests (crates/python/tests), Spark local mode included.
#
# - a virtual environment under target/ (reused when present) with maturin and
#   the pinned test requirements (crates/python/requirements-test.txt);
# - Java for Spark: Debian's openjdk-17-jre-headless, only when `java` is missing;
# - the wheel and the `communique` CLI built with ONE cargo profile, dev by
#   default (the profile of `cargo test --workspace`, so CI compiles the
#   workspace once); COMMUNIQUE_PY_PROFILE=release for an optimised build;
# - the CLI hard-linked (copied across file systems) into the environment, so
#   both sides of the comparison come from the same sources even if target/ is
#   rebuilt meanwhile (cargo replaces the file; the link keeps the old one);
# - PYSPARK_PYTHON pointing at the environment's python (Spark's workers).
#
# Arguments are passed to pytest (e.g. `-k spark`, `-x`). Exit status: pytest's.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== python-tests: %s\n' "$*"; }

VENV="${COMMUNIQUE_VENV:-target/pyenv}"
PROFILE="${COMMUNIQUE_PY_PROFILE:-dev}"
PYTHON_FOR_VENV="${PYTHON:-python3}"
start=$(date +%s)

step "virtual environment ($VENV)"
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON_FOR_VENV" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --no-cache-dir --upgrade pip
fi
PY="$(cd "$VENV/bin" && pwd)/python"
"$PY" -m pip install -q --no-cache-dir --disable-pip-version-check "maturin==1.16.0" -r crates/python/requirements-test.txt

step "Java for Spark"
if ! command -v java >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends openjdk-17-jre-headless
fi
java -version 2>&1 | head -1
java_major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
if [ "${java_major:-0}" -lt 17 ]; then
  echo "python-tests: pyspark 4 needs Java 17 or later, found ${java_major:-none}" >&2
  exit 1
fi

step "wheel and CLI (cargo profile: $PROFILE)"
build_start=$(date +%s)
wheels="target/wheels/$PROFILE"
rm -rf "$wheels"
"$VENV/bin/maturin" build --profile "$PROFILE" --interpreter "$PY" --out "$wheels" --quiet
"$PY" -m pip install -q --no-cache-dir --disable-pip-version-check --force-reinstall --no-deps "$wheels"/communique-*.whl
cargo build -q -p communique-cli --profile "$PROFILE"
case "$PROFILE" in
  dev) profile_dir=debug ;;
  *) profile_dir="$PROFILE" ;;
esac
ln -f "target/$profile_dir/communique" "$VENV/bin/communique" 2>/dev/null \
  || cp "target/$profile_dir/communique" "$VENV/bin/communique"
echo "python-tests: built in $(( $(date +%s) - build_start ))s"

step "pytest"
export PYSPARK_PYTHON="$PY"
export PYSPARK_DRIVER_PYTHON="$PY"
export COMMUNIQUE_BIN="$(cd "$VENV/bin" && pwd)/communique"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
status=0
"$PY" -m pytest crates/python/tests -q -ra "$@" || status=$?
echo "python-tests: finished in $(( $(date +%s) - start ))s (pytest exit status $status)"
exit "$status"
