#!/usr/bin/env bash
# bench/run.sh [--reports N] [--large] [--smoke]
# Measures ingest, query, export and growth side by side in one run; prints a table with targets and writes
# the same figures to bench/out/results.json. Load goes to 127.0.0.1 only. See bench/README.md.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
OUT="$HERE/out"
RAW="$OUT/raw.txt"
source "$HERE/lib/common.sh"
source "$HERE/lib/ingest.sh"
source "$HERE/lib/query.sh"
source "$HERE/lib/export.sh"

N=100000 LARGE=0 SMOKE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --reports) N="${2:?--reports needs a number}"; shift 2 ;;
    --large) LARGE=1; shift ;;
    --smoke) SMOKE=1; N=1000; shift ;;
    *) echo "usage: bench/run.sh [--reports N] [--large] [--smoke]" >&2; exit 2 ;;
  esac
done
[[ "$N" =~ ^[0-9]+$ ]] && [ "$N" -ge 100 ] || { echo "--reports must be a number >= 100" >&2; exit 2; }
if [ "$SMOKE" = 1 ]; then DURATION=2s WARM=1s; else DURATION=10s WARM=3s; fi

trap 'stop_server' EXIT
trap 'exit 130' INT TERM
mkdir -p "$OUT"
: > "$RAW"

ensure_tools
say "building Release (bench, od-seed, API)"
dotnet build -c Release "$HERE/OpenDisclosure.Bench" -nologo -v q > "$OUT/build.log" 2>&1 \
  || { tail -n 30 "$OUT/build.log" >&2; fail "dotnet build"; }
BENCH="dotnet $HERE/OpenDisclosure.Bench/bin/Release/net10.0/od-bench.dll"
SEED="dotnet $ROOT/src/OpenDisclosure.Seeder/bin/Release/net10.0/od-seed.dll"
API_DIR="$ROOT/src/OpenDisclosure.Api/bin/Release/net10.0"

record reports "$N"
record smoke "$SMOKE"
record large "$LARGE"
record cores "$(nproc)"
record utc "$(date -u +%Y-%m-%dT%H:%MZ)"
record commit "$(git -C "$ROOT" rev-parse --short HEAD 2> /dev/null || echo unknown)"

# 1. ingest, on the N-report corpus
corpus "$N" "$OUT/corpus-$N"
ingest_step "$OUT/corpus-$N" "$OUT/bench-$N.db"

# 2. query and 3. export, on the N-report database
query_step "$OUT/bench-$N.db"
export_step "$OUT/bench-$N.db"
stop_server

# 4. growth: the filtered query at N/10 and N reports (and 10 N with --large)
small=$(( N / 10 ))
corpus "$small" "$OUT/corpus-$small"
seconds=$(seed_db "$OUT/corpus-$small" "$OUT/bench-$small.db")
say "od-seed seed $small: $seconds s"
growth=("$small" "$OUT/bench-$small.db" "$N" "$OUT/bench-$N.db")
if [ "$LARGE" = 1 ]; then
  big=$(( N * 10 ))
  corpus "$big" "$OUT/corpus-$big"
  seconds=$(seed_db "$OUT/corpus-$big" "$OUT/bench-$big.db")
  say "od-seed seed $big: $seconds s"
  record ingest.large_reports "$big"
  record ingest.large_seed_s "$seconds"
  record ingest.large_seed_rss_kb "$(seed_rss "$OUT/bench-$big.db")"
  growth+=("$big" "$OUT/bench-$big.db")
fi
growth_step "${growth[@]}"

$BENCH report --raw "$RAW" --json "$OUT/results.json" | tee "$OUT/results.txt"
say "figures: $OUT/results.json"
