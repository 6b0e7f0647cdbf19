#!/usr/bin/env bash
# Starts the machine's PostgreSQL and gives the tests a role that may create and drop their own databases.
# Run as root; the tests reach it as postgres://mfa:mfa@127.0.0.1:5432/postgres (TEST_POSTGRES_URL to change).
set -euo pipefail
cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
[[ -n $cluster ]] || { echo "No PostgreSQL cluster found (pg_lsclusters)" >&2; exit 1; }
pg_lsclusters --no-header | awk 'NR==1 {print $4}' | grep -q online || pg_ctlcluster $cluster start
for _ in $(seq 1 30); do
  su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qtAc \"select 1 from pg_roles where rolname = 'mfa'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"create role mfa login createdb password 'mfa'\""
# A test drops its database WITH (FORCE), which must also end an autovacuum worker that happens to be in it; only a
# member of pg_signal_backend may (without it the drop failed: "must be a member of the role whose process is being
# terminated or member of pg_signal_backend").
su postgres -c "psql -qc 'grant pg_signal_backend to mfa'"
