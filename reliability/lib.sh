# Helpers of reliability/faults.sh. Sourced, not run.

PASSED=0 FAILED=0 MISSED=0
check() { # check NAME OK DETAIL
  if [ "$2" = 1 ]; then PASSED=$((PASSED + 1)); printf 'PASS  %-58s %s\n' "$1" "$3"
  else FAILED=$((FAILED + 1)); printf 'FAIL  %-58s %s\n' "$1" "$3"; fi
}

# dump_db DB: every row of every table (the FTS index and the load time left out), sorted: equal dumps, equal stores.
dump_db() {
  local db="$1" table columns
  for table in $(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'agency_names%' AND name NOT LIKE 'sqlite_%' ORDER BY name"); do
    columns=$(sqlite3 "$db" "SELECT group_concat(quote(name), ',') FROM pragma_table_info('$table') WHERE name <> 'LoadedAtUtc'" | sed "s/'/\"/g")
    sqlite3 -separator '|' "$db" "SELECT '$table', $columns FROM \"$table\"" | LC_ALL=C sort
  done
}

scalar() { sqlite3 "$1" "$2" 2> /dev/null || echo "?"; }

# same_as_clean DB: prints "equal" or "differs (first: …)".
same_as_clean() {
  dump_db "$1" > "$1.dump"
  if cmp -s "$OUT/clean.dump" "$1.dump"; then echo equal
  else echo "differs ($(diff "$OUT/clean.dump" "$1.dump" | grep -c '^[<>]') lines, first: $(diff "$OUT/clean.dump" "$1.dump" | grep '^[<>]' | head -n1 | cut -c1-80))"; fi
}

fresh() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal" "$1.dump"; }

# run_until DB CONDITION [SECONDS]: start od-seed into DB and kill -9 it once CONDITION (a shell test, polled every
# 20 ms against the database) holds, or once SECONDS have passed. Prints where the kill landed.
run_until() {
  local db="$1" condition="$2" seconds="${3:-}" pid t0
  $SEED seed "$CORPUS" --db "$db" > "$db.log" 2>&1 &
  pid=$!
  t0=$(now)
  while kill -0 "$pid" 2> /dev/null; do
    if [ -n "$seconds" ]; then
      awk -v t="$(elapsed "$t0")" -v s="$seconds" 'BEGIN { exit !(t >= s) }' && { kill -9 "$pid"; break; }
    elif eval "$condition"; then kill -9 "$pid"; break; fi
    sleep 0.02
  done
  wait "$pid" 2> /dev/null && echo "finished before the kill point" || true
}

stored() { sqlite3 "$1" "SELECT COUNT(*) FROM reports" 2> /dev/null || echo 0; }
pending() { sqlite3 "$1" "SELECT COUNT(*) FROM derived_pending" 2> /dev/null || echo 0; }
indexes_deferred() { [ "$(sqlite3 "$1" "SELECT COUNT(*) FROM meta WHERE Key = 'deferred_indexes'" 2> /dev/null || echo 0)" = 1 ]; }

left_by_kill() {
  echo "stored $(scalar "$1" 'SELECT COUNT(*) FROM reports'), derived pending $(scalar "$1" 'SELECT COUNT(*) FROM derived_pending'), compliance $(scalar "$1" 'SELECT COUNT(*) FROM compliance'), indexes deferred $(scalar "$1" "SELECT COUNT(*) FROM meta WHERE Key = 'deferred_indexes'")"
}

# The kill points: while the file is created, once the import has begun (parsing its first batch), after the first
# committed batch and at a quarter, half and three quarters of the load (batches of 1,000), during the index rebuild
# (every report stored, indexes still deferred) and during the cross-year pass (indexes back, derived data pending).
kill_points() {
  local target
  echo "creating the database|[ -s \"\$db\" ]|"
  echo "parsing the first batch|[ \"\$(scalar \"\$db\" \"SELECT COUNT(*) FROM meta WHERE Key = 'import_incomplete'\")\" = 1 ]|"
  for target in 1000 $(( N / 4 / 1000 * 1000 )) $(( N / 2 / 1000 * 1000 )) $(( N * 3 / 4 / 1000 * 1000 )); do
    [ "$target" -ge 1000 ] && [ "$target" -lt "$N" ] && echo "$target reports committed|[ \"\$(stored \"\$db\")\" -ge $target ]|"
  done | sort -u -t'|' -k1,1n
  echo "in the index rebuild|[ \"\$(stored \"\$db\")\" -ge $N ] && indexes_deferred \"\$db\"|"
  echo "in the cross-year pass|[ \"\$(stored \"\$db\")\" -ge $N ] && ! indexes_deferred \"\$db\" && [ \"\$(pending \"\$db\")\" -gt 0 ]|"
}

kill_checks() {
  local db="$OUT/killed.db" name condition seconds landed left result status
  while IFS='|' read -r name condition seconds; do
    fresh "$db"
    landed=$(run_until "$db" "$condition" "$seconds")
    left="${landed:-$(left_by_kill "$db")}"
    status=0; $SEED seed "$CORPUS" --db "$db" > "$db.rerun.log" 2>&1 || status=$?
    result=$(same_as_clean "$db")
    if [ "$landed" = "finished before the kill point" ]; then
      MISSED=$((MISSED + 1)); printf 'MISS  %-58s %s\n' "kill -9 $name" "the seed finished before the point was seen (not counted)"
      continue
    fi
    check "kill -9 $name, then re-run" "$([ "$status" = 0 ] && [ "$result" = equal ] && echo 1 || echo 0)" \
      "killed: $left; re-run exit $status, tables $result"
  done < <(kill_points)
}

# start_api DB REPORTS: the Release API with its first-start seeding from REPORTS; sets SERVER_PID and BASE.
start_api() {
  local db="$1" reports="$2" port
  port=$(free_port)
  BASE="http://127.0.0.1:$port"
  ( cd "$API_DIR" && Database__Path="$db" Reports__Directory="$reports" ASPNETCORE_ENVIRONMENT=Production \
      exec dotnet OpenDisclosure.Api.dll --urls "$BASE" ) > "$OUT/api.log" 2>&1 &
  SERVER_PID=$!
}

api_first_start_check() {
  local db="$OUT/api.db" seconds ready=0 left result
  fresh "$db"
  start_api "$db" "$CORPUS"
  # After its first committed batch (or half the clean seed's time on a corpus of one batch).
  seconds=$(awk -v s="$CLEAN_S" 'BEGIN { printf "%d", s * 50 }')
  for _ in $(seq 1 "$seconds"); do
    [ "$(stored "$db")" -ge 1000 ] && [ "$N" -gt 1000 ] && break
    sleep 0.02
  done
  kill -9 "$SERVER_PID" 2> /dev/null || true
  wait "$SERVER_PID" 2> /dev/null || true
  SERVER_PID=""
  left=$(left_by_kill "$db")
  start_api "$db" "$CORPUS"
  for _ in $(seq 1 600); do
    curl -fsS -o /dev/null --max-time 2 "$BASE/health/ready" 2> /dev/null && { ready=1; break; }
    kill -0 "$SERVER_PID" 2> /dev/null || break
    sleep 0.2
  done
  stop_server
  result=$(same_as_clean "$db")
  check "API killed in first-start seeding, restarted" "$([ "$ready" = 1 ] && [ "$result" = equal ] && echo 1 || echo 0)" \
    "killed: $left; restart ready=$ready, tables $result"
}

# refuse NAME FILE EXPECTED_EXIT EXTRA_ARGS...: od-seed and the API on FILE: refused, path named, bytes unchanged.
refuse() {
  local name="$1" file="$2" expected="$3" before status err api_status api_line
  shift 3
  before=$(sha256sum "$file" | cut -d' ' -f1)
  set +e
  err=$($SEED seed "$ROOT/data/reports" --db "$file" "$@" 2>&1 > /dev/null)
  status=$?
  set -e
  check "od-seed on $name" "$([ "$status" = "$expected" ] && [[ "$err" == *"$file"* ]] && [ "$(sha256sum "$file" | cut -d' ' -f1)" = "$before" ] && echo 1 || echo 0)" \
    "exit $status: $(printf '%s' "$err" | head -n1 | cut -c1-110)"
  start_api "$file" "$ROOT/data/reports"
  set +e
  for _ in $(seq 1 150); do kill -0 "$SERVER_PID" 2> /dev/null || break; sleep 0.2; done
  if kill -0 "$SERVER_PID" 2> /dev/null; then stop_server; api_status=running; else wait "$SERVER_PID"; api_status=$?; fi
  set -e
  SERVER_PID=""
  api_line=$(grep -m1 "Not starting" -A1 "$OUT/api.log" | tr -s ' \n' ' ' | cut -c1-110)
  check "API start on $name" "$([ "$api_status" != running ] && [ "$api_status" != 0 ] && [ "$api_status" != 134 ] && [[ "$api_line" == *"$file"* ]] && [ "$(sha256sum "$file" | cut -d' ' -f1)" = "$before" ] && echo 1 || echo 0)" \
    "exit $api_status: $api_line"
}

MOUNTS=()
cleanup_mounts() { local m; for m in "${MOUNTS[@]}"; do umount "$m" 2> /dev/null || true; done; }

refusal_checks() {
  local dir="$OUT/files" holder
  rm -rf "$dir"; mkdir -p "$dir"
  printf 'meeting notes, not a database\n' > "$dir/notes.txt"
  refuse "a text file" "$dir/notes.txt" 73
  sqlite3 "$dir/theirs.db" "PRAGMA application_id = 1234; CREATE TABLE reports (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO reports (title) VALUES ('theirs');"
  refuse "another application's SQLite file" "$dir/theirs.db" 73
  cp "$CLEAN" "$dir/damaged.db"
  printf 'XXXXXXXXXXXXXXXX' | dd of="$dir/damaged.db" conv=notrunc status=none
  refuse "our file with a damaged header" "$dir/damaged.db" 73
  cp "$CLEAN" "$dir/newer.db"
  sqlite3 "$dir/newer.db" "UPDATE meta SET Value = '999' WHERE Key = 'schema_version'"
  refuse "our file of a newer schema" "$dir/newer.db" 73
  # A lock held for 30 s by another writer: od-seed waits --busy-timeout, then exits 75; the file is kept.
  cp "$CLEAN" "$dir/locked.db"
  sqlite3 "$dir/locked.db" "PRAGMA journal_mode = DELETE" > /dev/null
  (printf 'BEGIN EXCLUSIVE;\nSELECT 1;\n'; sleep 30) | sqlite3 "$dir/locked.db" > /dev/null &
  holder=$!
  sleep 0.5
  refuse "a file locked by another process" "$dir/locked.db" 75 --busy-timeout 2
  kill "$holder" 2> /dev/null || true; wait "$holder" 2> /dev/null || true
  # A read-only mount (needs root).
  mkdir -p "$dir/ro-source" "$dir/ro"
  cp "$CLEAN" "$dir/ro-source/store.db"
  if mount --bind "$dir/ro-source" "$dir/ro" 2> /dev/null && mount -o remount,ro,bind "$dir/ro" 2> /dev/null; then
    MOUNTS+=("$dir/ro")
    refuse "a file on a read-only mount" "$dir/ro/store.db" 73
    umount "$dir/ro"
  else
    say "read-only mount not possible here (needs root): skipped"
  fi
}

full_disk_check() {
  local dir="$OUT/full" size status err result
  rm -rf "$dir"; mkdir -p "$dir/mnt"
  size=$(( $(stat -c %s "$CLEAN") / 2 / 1024 ))k
  if ! mount -t tmpfs -o size="$size" tmpfs "$dir/mnt" 2> /dev/null; then say "tmpfs not mountable here (needs root): full disk skipped"; return 0; fi
  MOUNTS+=("$dir/mnt")
  set +e
  err=$($SEED seed "$CORPUS" --db "$dir/mnt/store.db" 2>&1 > /dev/null)
  status=$?
  set -e
  check "od-seed on a full disk ($size tmpfs)" "$([ "$status" = 74 ] && [[ "$err" == *"$dir/mnt/store.db: database or disk is full"* ]] && echo 1 || echo 0)" \
    "exit $status: $(printf '%s' "$err" | grep -m1 'od-seed:' | cut -c1-120)"
  cp "$dir/mnt/store.db"* "$dir/"
  umount "$dir/mnt"
  status=0; $SEED seed "$CORPUS" --db "$dir/store.db" > "$dir/rerun.log" 2>&1 || status=$?
  set -e
  result=$(same_as_clean "$dir/store.db")
  check "re-run after the full disk, with room" "$([ "$status" = 0 ] && [ "$result" = equal ] && echo 1 || echo 0)" "exit $status, tables $result"
}
