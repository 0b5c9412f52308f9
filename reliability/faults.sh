#!/usr/bin/env bash
# reliability/faults.sh [--reports N]   (default 2,000: the CI size; --reports 20000 for the issue's size)
# The store under faults, with the Release od-seed and API on a synthetic corpus. Prints one line per check and a
# summary "faults: N passed, N failed"; exits 1 if any check failed.
#   kill -9 of od-seed at 5+ points (creating the file, parsing, after committed batches, in the index rebuild, in the
#   cross-year pass), each followed by a re-run: every table (derived ones included) equal to a clean run;
#   the API killed during its first-start seeding, then restarted: ready, and equal to a clean run;
#   text, foreign, damaged, newer, locked and read-only files: refused with the path, distinct exit code, bytes unchanged;
#   a full disk (a small tmpfs): SQLite's cause in the message, and a re-run elsewhere completes to a clean run.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
OUT="$HERE/out"
N=2000
while [ $# -gt 0 ]; do
  case "$1" in
    --reports) N="${2:?--reports needs a number}"; shift 2 ;;
    *) echo "usage: reliability/faults.sh [--reports N]" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT"
START=$EPOCHREALTIME
RAW="$OUT/raw.txt"   # bench/lib/common.sh's record() writes here (unused by the checks)
source "$ROOT/bench/lib/common.sh"
source "$HERE/lib.sh"
trap 'stop_server; cleanup_mounts' EXIT
trap 'exit 130' INT TERM

ensure_tools
say "building Release (od-seed, API, od-bench)"
dotnet build -c Release "$ROOT/bench/OpenDisclosure.Bench" -nologo -v q > "$OUT/build.log" 2>&1 \
  || { tail -n 30 "$OUT/build.log" >&2; fail "dotnet build"; }
BENCH="dotnet $ROOT/bench/OpenDisclosure.Bench/bin/Release/net10.0/od-bench.dll"
SEED="dotnet $ROOT/src/OpenDisclosure.Seeder/bin/Release/net10.0/od-seed.dll"
API_DIR="$ROOT/src/OpenDisclosure.Api/bin/Release/net10.0"

CORPUS="$OUT/corpus-$N"
if [ "$(cat "$CORPUS/.complete" 2> /dev/null)" != "$N" ]; then
  rm -rf "$CORPUS"
  $BENCH corpus --reports "$N" --out "$CORPUS" > /dev/null || fail "corpus $N"
  echo "$N" > "$CORPUS/.complete"
fi

# The reference: one uninterrupted seed.
CLEAN="$OUT/clean.db"
rm -f "$CLEAN" "$CLEAN-wal" "$CLEAN-shm"
t0=$(now)
$SEED seed "$CORPUS" --db "$CLEAN" > "$OUT/clean.log" 2>&1 || fail "clean seed (see $OUT/clean.log)"
CLEAN_S=$(elapsed "$t0")
dump_db "$CLEAN" > "$OUT/clean.dump"
say "clean seed of $N reports: $CLEAN_S s, $(wc -l < "$OUT/clean.dump") rows in the dump"

kill_checks
api_first_start_check
refusal_checks
full_disk_check

printf 'faults: %d passed, %d failed, %d kill points missed (reports=%d, clean seed %s s, %s s in all)\n' \
  "$PASSED" "$FAILED" "$MISSED" "$N" "$CLEAN_S" "$(elapsed "$START")"
[ "$FAILED" -eq 0 ]
