#!/usr/bin/env bash
# Seconds from `npm start` to the hub's first GraphQL answer (an HTTP response to a POST on /graphql).
#   bench/start-time.sh fresh   # as on a fresh clone: no dist/, no embedded PostgreSQL data
#   bench/start-time.sh         # a restart: whatever dist/ and data are there
# Uses its own ports and data dir, so it does not collide with a running hub.
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT="${PORT:-4190}" EMBEDDED_PG_PORT="${EMBEDDED_PG_PORT:-55190}" EMBEDDED_PG_DIR="${EMBEDDED_PG_DIR:-/tmp/lotse-start-pg}"
export DEMO_AUTH_SECRET_FILE="${DEMO_AUTH_SECRET_FILE:-$EMBEDDED_PG_DIR-demo-secret}"
if [ "${1:-}" = fresh ]; then rm -rf dist "$EMBEDDED_PG_DIR" "$DEMO_AUTH_SECRET_FILE"; fi

log=$(mktemp)
start=$(date +%s.%N)
setsid npm start >"$log" 2>&1 &
pid=$!
trap 'kill -- -$pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -f "$log"' EXIT

status=000
until [ "$status" != 000 ]; do
  if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; echo "npm start exited before answering" >&2; exit 1; fi
  sleep 0.2
  status=$(curl -s -o /dev/null -w '%{http_code}' -H 'content-type: application/json' \
    --data '{"query":"{ __typename }"}' "http://127.0.0.1:$PORT/graphql" || true)
done
end=$(date +%s.%N)
printf 'first answer (HTTP %s) after %.1f s\n' "$status" "$(echo "$end - $start" | bc)"
