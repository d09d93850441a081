#!/usr/bin/env bash
# Load test: starts `crosscheck serve` on loopback with the bundled example, drives it with wrk on
# GET /api/stories and a story page, prints requests/s and errors, and fails on any socket error or
# any response that is not 2xx/3xx.
# Usage: scripts/load.sh [SECONDS (default 10)] [CONNECTIONS (default 16)] [THREADS (default 2)]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"
connections="${2:-16}"
threads="${3:-2}"
command -v wrk >/dev/null 2>&1 || { echo "load.sh: wrk is required (apt-get install wrk)" >&2; exit 2; }

port=""
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 20000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port="$candidate"; break; fi
done
[ -n "$port" ] || { echo "load.sh: no free port" >&2; exit 1; }

log="$(mktemp)"
./crosscheck serve --port "$port" --input examples/corpus >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"; }
trap cleanup EXIT

base="http://127.0.0.1:$port"
for _ in $(seq 1 180); do
  curl -fs -o /dev/null "$base/api/stories" && break
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "load.sh: server exited" >&2; exit 1; }
  sleep 1
done
curl -fs -o /dev/null "$base/api/stories" || { cat "$log" >&2; echo "load.sh: server not up" >&2; exit 1; }
story="$(curl -fs "$base/api/stories" | sed -n 's/.*"stories":\[{"id":"\([^"]*\)".*/\1/p')"
[ -n "$story" ] || { echo "load.sh: no story in the example" >&2; exit 1; }

failed=0
for path in /api/stories "/stories/$story"; do
  echo "== wrk ${duration}s, $connections connections, $threads threads: GET $path"
  out="$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$base$path")"
  echo "$out"
  rps="$(echo "$out" | awk '/Requests\/sec/ {print $2}')"
  non2xx="$(echo "$out" | awk '/Non-2xx or 3xx responses/ {print $5}')"
  socket="$(echo "$out" | awk '/Socket errors/ {s=0; for (i=1;i<=NF;i++) if ($i ~ /^[0-9]+,?$/) s+=$i; print s}')"
  echo "RESULT GET $path: ${rps} requests/s, non-2xx/3xx: ${non2xx:-0}, socket errors: ${socket:-0}"
  if [ "${non2xx:-0}" != "0" ] || [ "${socket:-0}" != "0" ]; then failed=1; fi
done
[ "$failed" -eq 0 ] || { echo "load.sh: errors under load" >&2; exit 1; }
echo "load.sh: no errors"
