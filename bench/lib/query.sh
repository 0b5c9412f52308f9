# Steps 2 and 4, query and growth: wrk at 64 connections against the API on the bench database. Sourced by run.sh.

# query_step DB: /health (the limit), then each endpoint with paths drawn from DB.
query_step() {
  local db="$1" paths
  paths="$OUT/paths-$(basename "$db" .db)"
  $BENCH paths --db "$db" --out "$paths" > /dev/null || fail "od-bench paths"
  start_server "$db"
  wrk_run query.health "$BASE/health"
  wrk_run query.outcomes "$BASE" "$paths/outcomes.txt"
  wrk_run query.findings "$BASE" "$paths/findings.txt"
  wrk_run query.agencies "$BASE" "$paths/agencies.txt"
}

# growth_step SIZE DB...: the filtered query's p99 on each database, measured back to back under the same load.
growth_step() {
  local sizes=() db size paths
  while [ $# -gt 0 ]; do
    size="$1" db="$2"; shift 2
    sizes+=("$size")
    paths="$OUT/paths-$(basename "$db" .db)"
    $BENCH paths --db "$db" --out "$paths" > /dev/null || fail "od-bench paths $db"
    start_server "$db"
    wrk_run "growth.$size" "$BASE" "$paths/outcomes.txt"
  done
  stop_server
  record growth.sizes "${sizes[*]}"
}
