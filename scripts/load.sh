#!/usr/bin/env bash
# Load test with concurrent writes: starts `crosscheck serve` on loopback over a fresh SQLite store
# holding the bundled example, then drives it with wrk (scripts/load.lua) for SECONDS: the
# connections of the first thread POST batches of new articles with the bearer token while the
# others GET the story list, a story page and an article. Afterwards every article the server
# acknowledged as added must be in the store, checked through the API and again after a restart
# of the server on the same store. Prints requests/s, the 5xx count and the lost-write count, and
# fails on any 5xx, lost write, socket error or response that is not 2xx/3xx.
# Usage: scripts/load.sh [SECONDS (default 10)] [CONNECTIONS (default 16)] [THREADS (default 2)]
# CROSSCHECK_CMD overrides the command that runs the CLI (default ./crosscheck).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"
connections="${2:-16}"
threads="${3:-2}"
command -v wrk >/dev/null 2>&1 || { echo "load.sh: wrk is required (apt-get install wrk)" >&2; exit 2; }
[ "$threads" -ge 2 ] || { echo "load.sh: THREADS must be >= 2 (writers and readers)" >&2; exit 2; }
read -r -a crosscheck <<<"${CROSSCHECK_CMD:-./crosscheck}"

free_port() {
  local candidate
  for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then echo "$candidate"; return; fi
  done
  echo "load.sh: no free port" >&2
  exit 1
}

work="$(mktemp -d /tmp/crosscheck-load.XXXXXX)"
token="load-$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"
pid=""
stop_server() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
  fi
}
cleanup() { stop_server; rm -rf "$work"; }
trap cleanup EXIT

# Starts the server on the store (with any extra arguments) and waits until it answers.
start_server() {
  port="$(free_port)"
  base="http://127.0.0.1:$port"
  "${crosscheck[@]}" serve --port "$port" --store "$work/store.db" --token "$token" "$@" \
    >"$work/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 180); do
    curl -fs -o /dev/null "$base/api/stories" && return
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; echo "load.sh: server exited" >&2; exit 1; }
    sleep 1
  done
  cat "$work/server.log" >&2
  echo "load.sh: server not up" >&2
  exit 1
}

# The ids of the acknowledged articles that the running server does not hold.
lost_writes() {
  curl -fs "$base/api/stories" >"$work/stories.json"
  { grep -o '"load-[0-9-]*"' "$work/stories.json" || true; } | tr -d '"' | sort -u \
    >"$work/held.txt"
  comm -23 "$work/acked.txt" "$work/held.txt"
}

start_server --input examples/corpus
stories="$(curl -fs "$base/api/stories")"
story="$(echo "$stories" | sed -n 's/.*"stories":\[{"id":"\([^"]*\)".*/\1/p')"
article="$(echo "$stories" | sed -n 's/.*"stories":\[{[^]]*"articles":\["\([^"]*\)".*/\1/p')"
[ -n "$story" ] && [ -n "$article" ] || { echo "load.sh: no story in the example" >&2; exit 1; }

# Runs the mixed load for $1 seconds as run number $3; acknowledged ids go to $work/$2/.
mixed_load() {
  mkdir -p "$work/$2"
  LOAD_OUT="$work/$2" LOAD_RUN="$3" LOAD_TOKEN="$token" LOAD_STORY="$story" LOAD_ARTICLE="$article" \
    LOAD_WRITER_THREADS=1 LOAD_BATCH=5 \
    wrk -t"$threads" -c"$connections" -d"$1s" --timeout 30s --latency -s scripts/load.lua "$base"
}

# A short warm-up (the JIT, the first uploads) whose uploads are checked like the others.
mixed_load 3 warm-up 1 >/dev/null
echo "== wrk ${duration}s, $connections connections, $threads threads:" \
  "thread 1 POSTs /api/articles, the others GET"
out="$(mixed_load "$duration" measured 2)"
echo "$out"
rps="$(echo "$out" | awk '/Requests\/sec/ {print $2}')"
non2xx="$(echo "$out" | awk '/Non-2xx or 3xx responses/ {print $5}')"
socket="$(echo "$out" | awk '/Socket errors/ {s=0; for (i=1;i<=NF;i++) if ($i ~ /^[0-9]+,?$/) s+=$i; print s}')"
server5xx="$(echo "$out" | awk '/^LOAD 5xx/ {print $3}')"
cat "$work"/*/acked-*.txt 2>/dev/null | sort -u >"$work/acked.txt"
acked="$(wc -l <"$work/acked.txt")"
lost="$(lost_writes | wc -l)"
stop_server
start_server
lost_after_restart="$(lost_writes | wc -l)"
batches="$(echo "$out" | awk '/^LOAD acknowledged/ {print $3}')"
echo "RESULT ${rps} requests/s (${batches:-0} of them acknowledged uploads), 5xx: ${server5xx:-?}," \
  "non-2xx/3xx: ${non2xx:-0}, socket errors: ${socket:-0}, articles acknowledged: $acked," \
  "lost writes: $lost (after a restart: $lost_after_restart)"
if [ "${server5xx:-1}" != "0" ] || [ "${non2xx:-0}" != "0" ] || [ "${socket:-0}" != "0" ] \
  || [ "$lost" != "0" ] || [ "$lost_after_restart" != "0" ] || [ "$acked" -eq 0 ]; then
  echo "load.sh: errors or lost writes under load" >&2
  exit 1
fi
echo "load.sh: no errors, no lost writes"
