# Step 1, ingest: od-seed end to end, parse + validate alone, and sqlite3 .import of the same rows (the limit).
# Sourced by run.sh.

# corpus N DIR: the synthetic reports (deterministic), generated once and reused while the marker matches.
corpus() {
  local n="$1" dir="$2"
  if [ "$(cat "$dir/.complete" 2> /dev/null)" = "$n" ]; then return 0; fi
  rm -rf "$dir"
  say "generating $n reports in $dir"
  $BENCH corpus --reports "$n" --out "$dir" > /dev/null || fail "corpus $n"
  echo "$n" > "$dir/.complete"
}

# seed_db DIR DB: od-seed seed into a fresh database; prints the wall seconds. The tool's peak RSS (kB) goes to
# DB's .rss file when GNU time is installed (it is not required).
seed_db() {
  local dir="$1" db="$2" t0 name measure=()
  name=$(basename "$db" .db)
  rm -f "$db" "$db-wal" "$db-shm" "$OUT/$name.rss"
  [ -x /usr/bin/time ] && measure=(/usr/bin/time -f %M -o "$OUT/$name.rss")
  t0=$(now)
  "${measure[@]}" $SEED seed "$dir" --db "$db" > "$OUT/seed-$name.log" 2>&1 \
    || { tail -n 20 "$OUT/seed-$name.log" >&2; fail "od-seed seed $dir"; }
  elapsed "$t0"
}

# seed_rss DB: the peak RSS of the seed_db run that built DB, in kB (empty when not measured).
seed_rss() { cat "$OUT/$(basename "$1" .db).rss" 2> /dev/null || true; }

ingest_step() {
  local dir="$1" db="$2" seconds t0 line
  seconds=$(seed_db "$dir" "$db")
  record ingest.seed_s "$seconds"
  record db_mb "$(( $(stat -c %s "$db") / 1000000 ))"
  say "od-seed seed: $seconds s"
  seed_breakdown "$OUT/seed-$(basename "$db" .db).log"
  record ingest.seed_rss_kb "$(seed_rss "$db")"

  t0=$(now)
  line=$($BENCH parse --dir "$dir") || fail "od-bench parse"
  record ingest.parse_s "$(elapsed "$t0")"
  say "parse only: $line"

  import_limit "$db"
}

# seed_breakdown LOG: where od-seed's time went, from its summary line
# "elapsed: … storing 8.85 s (CPU 1.58 s), indexes 1.14 s, cross-year 0.56 s, similarity 2.10 s)".
seed_breakdown() {
  local line
  line=$(grep '^elapsed:' "$1" | tail -n1)
  record ingest.store_s "$(sed -n 's/.*storing \([0-9.]*\) s.*/\1/p' <<< "$line")"
  record ingest.store_cpu_s "$(sed -n 's/.*(CPU \([0-9.]*\) s).*/\1/p' <<< "$line")"
  record ingest.index_s "$(sed -n 's/.*indexes \([0-9.]*\) s.*/\1/p' <<< "$line")"
  record ingest.crossyear_s "$(sed -n 's/.*cross-year \([0-9.]*\) s.*/\1/p' <<< "$line")"
  record ingest.similarity_s "$(sed -n 's/.*similarity \([0-9.]*\) s.*/\1/p' <<< "$line")"
}

# import_limit DB: dump every table of DB to CSV (untimed), then time one sqlite3 process importing them all
# into an empty database with the identical schema and indexes.
import_limit() {
  local db="$1" dir="$OUT/import" tables rows=0 t0
  rm -rf "$dir" && mkdir -p "$dir"
  # Plain tables only: the agency name index (FTS5) is filled by its triggers as agencies are imported, as in od-seed.
  tables=$(sqlite3 "$db" "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'")
  sqlite3 "$db" .schema | grep -v '^CREATE TABLE sqlite_' > "$dir/schema.sql"
  : > "$dir/import.sql"
  for table in $tables; do
    sqlite3 -csv "$db" "SELECT * FROM \"$table\"" > "$dir/$table.csv"
    rows=$(( rows + $(sqlite3 "$db" "SELECT count(*) FROM \"$table\"") ))
    echo ".import --csv $dir/$table.csv $table" >> "$dir/import.sql"
  done
  rm -f "$dir/limit.db" && sqlite3 "$dir/limit.db" < "$dir/schema.sql"
  t0=$(now)
  sqlite3 -bail "$dir/limit.db" < "$dir/import.sql" || fail "sqlite3 .import"
  record ingest.import_s "$(elapsed "$t0")"
  record ingest.import_rows "$rows"
  say "sqlite3 .import: $rows rows"
  rm -f "$dir"/*.csv
}
