#!/usr/bin/env bash
# reliability/index-audit.sh DB [PORT]
# Index audit of every list endpoint: starts the Release API on DB (a copy, left untouched) with EF Core's command
# log on, requests each endpoint with each of its filters, then prints SQLite's EXPLAIN QUERY PLAN of every SQL
# statement the requests ran and flags a full table scan behind a filtered request. Plans depend on the schema only
# (the store runs no ANALYZE), so a small database answers for a large one. Exit 1 when a filtered statement (one
# with a WHERE) scans a table other than agencies: a scan of agencies is the plan where the answer is every agency
# (coverage) or a substring of any name (q= in CSV and /compliance; the JSON page of /agencies uses the trigram index).
# The JSON pages of /agencies, /findings and /request-outcomes run native SQL (not in EF's log): their plans are
# printed from the same SQL texts by the Data tests' index audit.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
DB="${1:?usage: reliability/index-audit.sh DB [PORT]}"
PORT="${2:-$(( 20000 + RANDOM % 20000 ))}"
OUT=$(mktemp -d)
trap 'kill "$PID" 2> /dev/null || true; rm -rf "$OUT"' EXIT
cp "$DB" "$OUT/audit.db"
API_DIR="${API_DIR:-$ROOT/src/OpenDisclosure.Api/bin/Release/net10.0}"
[ -f "$API_DIR/OpenDisclosure.Api.dll" ] || dotnet build -c Release "$ROOT/src/OpenDisclosure.Api" -nologo -v q > /dev/null
mkdir -p "$OUT/no-reports"
( cd "$API_DIR" && exec env Database__Path="$OUT/audit.db" Reports__Directory="$OUT/no-reports" ASPNETCORE_ENVIRONMENT=Production \
    'Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information' \
    dotnet OpenDisclosure.Api.dll --urls "http://127.0.0.1:$PORT" ) > "$OUT/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/health" && break
  kill -0 "$PID" 2> /dev/null || { tail -n 20 "$OUT/server.log" >&2; exit 1; }
  sleep 0.5
done

# One stored agency and year, so every filter matches something.
read -r AGENCY YEAR < <(sqlite3 -separator ' ' "$OUT/audit.db" 'SELECT AgencyId, Year FROM reports ORDER BY Id LIMIT 1')
Q=$(sqlite3 "$OUT/audit.db" "SELECT substr(Name, 1, 2) FROM agencies WHERE Id = $AGENCY")
: > "$OUT/requests"
for path in \
  "agencies?year=$YEAR" "agencies?q=$Q&format=csv" "years" \
  "reports?agency=$AGENCY" "reports?year=$YEAR" "reports?agency=$AGENCY&year=$YEAR" "reports?year=$YEAR&format=csv" \
  "proactive-disclosure?year=$YEAR" "proactive-disclosure?agency=$AGENCY" "proactive-disclosure?year=$YEAR&format=csv" \
  "reviews-litigation?year=$YEAR" "reviews-litigation?agency=$AGENCY" "reviews-litigation?year=$YEAR&format=csv" \
  "findings?year=$YEAR&format=csv" "findings?severity=error&format=csv" "findings?rule=date.missing&format=csv" \
  "findings?agency=$AGENCY&format=csv" \
  "compliance?year=$YEAR" "compliance?agency=$AGENCY" "compliance?q=$Q" "compliance?year=$YEAR&sort=-score" \
  "compliance?agency=$AGENCY&sort=score" "compliance?year=$YEAR&format=csv" \
  "coverage?year=$YEAR" "coverage?year=$YEAR&hasReport=true" \
  "stats/request-outcomes?year=$YEAR" "stats/request-outcomes?groupBy=agency&year=$YEAR" \
  "request-outcomes?agency=$AGENCY&format=csv" "request-outcomes?year=$YEAR&format=csv"; do
  url="$path"
  query=()
  [[ "$url" == *\?* ]] && mapfile -t query < <(tr '&' '\n' <<< "${url#*\?}" | sed 's/^/--data-urlencode\n/' | tr -s '\n')
  code=$(curl -s -o /dev/null -w '%{http_code}' -G "http://127.0.0.1:$PORT/api/v1/${url%%\?*}" "${query[@]}")
  echo "$code $path" >> "$OUT/requests"
done
kill "$PID" 2> /dev/null || true; wait "$PID" 2> /dev/null || true
grep -v "^200 " "$OUT/requests" && { tail -n 30 "$OUT/server.log" >&2; echo "index-audit: a request failed" >&2; exit 1; }

python3 - "$OUT/server.log" "$OUT/audit.db" <<'PY'
import re, subprocess, sys
log, db = sys.argv[1], sys.argv[2]
statements, current = [], None
for line in open(log, encoding='utf-8'):
    if 'Executed DbCommand' in line:
        current = []; statements.append(current); continue
    if current is not None:
        if re.match(r'^(info|warn|fail|dbug): ', line): current = None
        else: current.append(line.strip())
seen, bad = set(), 0
for lines in statements:
    sql = '\n'.join(lines).strip()
    if not sql or sql in seen or 'sqlite_master' in sql or '"meta"' in sql: continue
    seen.add(sql)
    plan = subprocess.run(['sqlite3', db, 'EXPLAIN QUERY PLAN ' + sql], capture_output=True, text=True).stdout
    subqueries = set(re.findall(r'(?:MATERIALIZE|CO-ROUTINE) (\w+)', plan))
    tables = dict((alias, table) for table, alias in re.findall(r'(?:FROM|JOIN) "(\w+)" AS "(\w+)"', sql))
    scans = [tables.get(t, t) for t in re.findall(r'SCAN (\w+)', plan) if t not in subqueries and t != 'CONSTANT']
    flag = 'FULL SCAN' if re.search(r'\bWHERE\b', sql) and any(t != 'agencies' for t in scans) else 'ok'
    bad += flag != 'ok'
    print(f"[{flag}] {' '.join(sql.split())[:240]}")
    print('    ' + plan.strip().replace('\n', '\n    '))
print(f"index-audit: {len(seen)} statements, {bad} filtered full scans")
sys.exit(1 if bad else 0)
PY
