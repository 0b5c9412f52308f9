#!/usr/bin/env bash
# bench/pages.sh DB [REQUESTS]: server time of each web page type beside the JSON endpoint it mirrors, on an
# existing database (e.g. the 100,000-report bench/out/bench-100000.db that bench/run.sh builds). Sequential
# requests from curl on 127.0.0.1 (time to last byte, so rendering and transfer are both in); prints median and
# p99 per URL. Not part of run.sh: the pages are measured on demand, the API targets there.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
OUT="$HERE/out"
RAW="$OUT/pages-raw.txt"
source "$HERE/lib/common.sh"
DB=$(realpath "${1:?usage: bench/pages.sh DB [REQUESTS]}")
REQUESTS="${2:-100}"
API_DIR="$ROOT/src/OpenDisclosure.Api/bin/Release/net10.0"
mkdir -p "$OUT"
: > "$RAW"
trap 'stop_server' EXIT

say "building the Release API"
dotnet build -c Release "$ROOT/src/OpenDisclosure.Api" -nologo -v q > "$OUT/pages-build.log" 2>&1 \
  || { tail -n 30 "$OUT/pages-build.log" >&2; fail "dotnet build"; }
start_server "$DB"

reports=$(sqlite3 "$DB" 'SELECT count(*) FROM reports')
year=$(sqlite3 "$DB" 'SELECT max("Year") FROM reports')
part=$(sqlite3 "$DB" 'SELECT substr("Name", 1, 3) FROM agencies ORDER BY "Id" LIMIT 1 OFFSET 100')
q=$(printf '%s' "$part" | od -An -tx1 | tr -s ' \n' '%%' | sed 's/%$//' | tr 'a-f' 'A-F')
rule=$(sqlite3 "$DB" 'SELECT "RuleId" FROM findings GROUP BY "RuleId" ORDER BY count(*) LIMIT 1')
say "$reports reports; year $year, name part '$part', rule $rule; $REQUESTS requests per URL"

# measure LABEL PATH...: each path cycled through REQUESTS sequential GETs; median and p99 in ms.
measure() {
  local label="$1"; shift
  local paths=("$@") times=() i
  curl -fsS -o /dev/null "$BASE${paths[0]}"   # warm: EF compiles the page's queries once
  for i in $(seq 0 $(( REQUESTS - 1 ))); do
    times+=("$(curl -fsS -o /dev/null -w '%{time_total}' "$BASE${paths[$(( i % ${#paths[@]} ))]}")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '{ t[NR] = $1 * 1000 }
    END { p99 = int(NR * 0.99); if (p99 < 1) p99 = 1; printf "%-44s median %7.1f ms   p99 %7.1f ms\n", label, t[int((NR + 1) / 2)], t[p99] }' \
    | tee -a "$RAW"
}

# Report and agency ids spread over the whole store, not one warm page.
ids=(); for i in 1 2 3 4 5 6 7 8 9 10; do ids+=($(( 1 + (i * 9973) % reports ))); done
page_reports=(); api_reports=(); page_agencies=(); api_agencies=()
for id in "${ids[@]}"; do
  page_reports+=("/reports/$id"); api_reports+=("/api/v1/reports/$id")
  agency=$(sqlite3 "$DB" "SELECT \"AgencyId\" FROM reports WHERE \"Id\" = $id")
  page_agencies+=("/agencies/$agency"); api_agencies+=("/api/v1/agencies/$agency")
done

measure "page  /"                                  "/"
measure "json  /api/v1/years"                      "/api/v1/years"
measure "page  /?q=$part"                          "/?q=$q"
measure "json  /api/v1/agencies?q=$part"           "/api/v1/agencies?q=$q"
measure "page  /agencies/{id}"                     "${page_agencies[@]}"
measure "json  /api/v1/agencies/{id}"              "${api_agencies[@]}"
measure "page  /reports/{id}"                      "${page_reports[@]}"
measure "json  /api/v1/reports/{id}"               "${api_reports[@]}"
measure "page  /findings"                          "/findings"
measure "json  /api/v1/findings?limit=50"          "/api/v1/findings?limit=50"
measure "page  /findings?year&rule"                "/findings?year=$year&rule=$rule"
measure "json  /api/v1/findings?year&rule"         "/api/v1/findings?year=$year&rule=$rule&limit=50"
