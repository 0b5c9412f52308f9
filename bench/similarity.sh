#!/usr/bin/env bash
# bench/similarity.sh [--reports N]: the similarity pass (内容雷同) on a synthetic corpus of N reports (default
# 100,000): od-seed seeds a fresh database and says how long the pass took; the script prints that, the pass's
# throughput and how many matches and flags it stored. Synthetic narratives are built from stock sentences, so
# nearly every report shares its wording with many others: the worst case for candidate search, on purpose.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
OUT="$HERE/out"
RAW="$OUT/similarity-raw.txt"
source "$HERE/lib/common.sh"
source "$HERE/lib/ingest.sh"

N=100000
while [ $# -gt 0 ]; do
  case "$1" in
    --reports) N="${2:?--reports needs a number}"; shift 2 ;;
    *) echo "usage: bench/similarity.sh [--reports N]" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT"
: > "$RAW"
command -v sqlite3 > /dev/null || fail "sqlite3 is needed (apt-get install sqlite3)"
say "building Release (bench, od-seed)"
dotnet build -c Release "$HERE/OpenDisclosure.Bench" -nologo -v q > "$OUT/build.log" 2>&1 \
  || { tail -n 30 "$OUT/build.log" >&2; fail "dotnet build"; }
BENCH="dotnet $HERE/OpenDisclosure.Bench/bin/Release/net10.0/od-bench.dll"
SEED="dotnet $ROOT/src/OpenDisclosure.Seeder/bin/Release/net10.0/od-seed.dll"

corpus "$N" "$OUT/corpus-$N"
db="$OUT/similarity-$N.db"
seconds=$(seed_db "$OUT/corpus-$N" "$db")
line=$(grep '^elapsed:' "$OUT/seed-similarity-$N.log" | tail -n1)
pass=$(sed -n 's/.*similarity \([0-9.]*\) s.*/\1/p' <<< "$line")
rows=$(sqlite3 "$db" "SELECT count(*) FROM similarity")
same=$(sqlite3 "$db" "SELECT count(*) FROM similarity WHERE Kind = 'same_year'")
flagged=$(sqlite3 "$db" "SELECT count(*) FROM findings WHERE RuleId = 'similarity.copied'")
narratives=$(sqlite3 "$db" "SELECT count(*) FROM narratives")
bytes=$(sqlite3 "$db" "SELECT sum(length(Sections)) + sum(length(Signature)) FROM narratives")
awk -v n="$N" -v s="$seconds" -v p="$pass" -v r="$rows" -v y="$same" -v f="$flagged" -v k="$narratives" -v b="$bytes" 'BEGIN {
  printf "reports=%d seed_s=%.1f similarity_s=%s similarity_reports_per_s=%.0f matches=%d same_year=%d flagged=%d narratives=%d narrative_mb=%.1f\n",
    n, s, p, (p > 0 ? n / p : 0), r, y, f, k, b / 1048576 }'
