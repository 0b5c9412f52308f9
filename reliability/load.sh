#!/usr/bin/env bash
# reliability/load.sh [--reports N | --db PATH] [--minutes M] [--ci]
# Load over every list endpoint: wrk at 64 connections for M minutes (default 3) on a seeded database, each request
# drawn from lists.txt (od-bench paths: every list and filter for random stored reports, bench/wrk/paths.lua).
# Prints non-2xx responses, p50/p99 latency and the server's RSS growth (after warm-up to the end) and peak, and
# fails when a target is missed: 0 non-2xx, p99 < 100 ms, RSS growth < 200 MB.
# --reports N seeds an N-report synthetic corpus (default 100,000, as bench/run.sh; cached under bench/out);
# --db PATH loads an existing database (copied, never written); --ci: 300 reports, 20 seconds, for .ci/run, where
# only non-2xx responses fail (a shared CI machine's latency and memory are printed, not judged).
set -euo pipefail
HERE=$(cd "$(dirname "$0")/../bench" && pwd)
ROOT=$(dirname "$HERE")
OUT="$HERE/out"
RAW="$OUT/load-raw.txt"
source "$HERE/lib/common.sh"
source "$HERE/lib/ingest.sh"

N=100000 MINUTES=3 DB="" SECONDS_RUN="" CI=0
while [ $# -gt 0 ]; do
  case "$1" in
    --reports) N="${2:?}"; shift 2 ;;
    --db) DB="${2:?}"; shift 2 ;;
    --minutes) MINUTES="${2:?}"; shift 2 ;;
    --ci) N=300; SECONDS_RUN=20; CI=1; shift ;;
    *) echo "usage: reliability/load.sh [--reports N | --db PATH] [--minutes M] [--ci]" >&2; exit 2 ;;
  esac
done
DURATION="${SECONDS_RUN:-$(( MINUTES * 60 ))}"
trap 'stop_server' EXIT
trap 'exit 130' INT TERM
mkdir -p "$OUT"
: > "$RAW"

ensure_tools
say "building Release (bench, od-seed, API)"
dotnet build -c Release "$HERE/OpenDisclosure.Bench" -nologo -v q > "$OUT/load-build.log" 2>&1 \
  || { tail -n 30 "$OUT/load-build.log" >&2; fail "dotnet build"; }
BENCH="dotnet $HERE/OpenDisclosure.Bench/bin/Release/net10.0/od-bench.dll"
SEED="dotnet $ROOT/src/OpenDisclosure.Seeder/bin/Release/net10.0/od-seed.dll"
API_DIR="$ROOT/src/OpenDisclosure.Api/bin/Release/net10.0"

if [ -z "$DB" ]; then
  corpus "$N" "$OUT/corpus-$N"
  DB="$OUT/load-$N.db"
  say "seeding $N reports: $(seed_db "$OUT/corpus-$N" "$DB") s"
else
  cp "$DB" "$OUT/load-copy.db"
  DB="$OUT/load-copy.db"
fi
$BENCH paths --db "$DB" --out "$OUT/load-paths" > /dev/null || fail "od-bench paths"
start_server "$DB"

# Warm-up (JIT, page cache, pools), then the baseline RSS; peak and end RSS are sampled while wrk runs.
WRK_PATHS="$OUT/load-paths/lists.txt" timeout 120 wrk -t2 -c64 -d10s -s "$HERE/wrk/paths.lua" "$BASE" > /dev/null \
  || fail "wrk warm-up"
start_kb=$(proc_kb "$SERVER_PID" VmRSS)
peak_kb="$start_kb"
say "load: ${DURATION} s at 64 connections over $(wc -l < "$OUT/load-paths/lists.txt") paths of every list endpoint"
WRK_PATHS="$OUT/load-paths/lists.txt" timeout $(( DURATION + 60 )) wrk -t2 -c64 -d"${DURATION}s" --timeout 10s --latency \
  -s "$HERE/wrk/paths.lua" "$BASE" > "$OUT/wrk-load.txt" &
WRK_PID=$!
while kill -0 "$WRK_PID" 2> /dev/null; do
  rss=$(proc_kb "$SERVER_PID" VmRSS)
  [ "${rss:-0}" -gt "$peak_kb" ] && peak_kb="$rss"
  sleep 1
done
wait "$WRK_PID" || fail "wrk"
end_kb=$(proc_kb "$SERVER_PID" VmRSS)
summary=$($BENCH wrk-summary --file "$OUT/wrk-load.txt") || true
[ -n "$summary" ] || { cat "$OUT/wrk-load.txt" >&2; fail "wrk: no figures"; }
non2xx=$(field non2xx "$summary") p99=$(field p99_ms "$summary")
growth_mb=$(( (end_kb - start_kb) / 1024 ))
reports=$(sqlite3 "$DB" 'SELECT COUNT(*) FROM reports')
printf 'load: %s reports, %s s, %s\n' "$reports" "$DURATION" "$summary"
printf 'load: server RSS %d MB after warm-up, %d MB at the end (growth %d MB), peak %d MB\n' \
  $(( start_kb / 1024 )) $(( end_kb / 1024 )) "$growth_mb" $(( peak_kb / 1024 ))
ok=1 judged=$(( 1 - CI ))
[ "$non2xx" = 0 ] || { say "target missed: $non2xx non-2xx responses (target 0)"; ok=0; }
awk -v p="$p99" 'BEGIN { exit !(p < 100) }' || { say "target missed: p99 $p99 ms (target < 100 ms)"; ok=$(( ok * CI )); }
[ "$growth_mb" -lt 200 ] || { say "target missed: RSS growth $growth_mb MB (target < 200 MB)"; ok=$(( ok * CI )); }
[ "$judged" = 0 ] && say "load (--ci): only non-2xx responses are judged"
[ "$ok" = 1 ] && say "load: targets met" || exit 1
