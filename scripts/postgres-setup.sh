#!/usr/bin/env bash
# Installs (when missing) and starts a local PostgreSQL, creates a test role and
# database, and exports COMMUNIQUE_TEST_PG for the store's PostgreSQL tests.
# Sourced by scripts/test.sh; safe to run again.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | grep -q online; then
  pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >/dev/null
  pg_ctlcluster "$version" main start
fi
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='communique'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE communique LOGIN SUPERUSER PASSWORD 'communique'\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='communique_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O communique communique_test"
export COMMUNIQUE_TEST_PG="postgres://communique:communique@127.0.0.1:5432/communique_test"
echo "PostgreSQL $version ready: $COMMUNIQUE_TEST_PG"
