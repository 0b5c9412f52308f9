# Step 3, export: the whole request-outcomes CSV over HTTP beside sqlite3 -csv of the same rows, and the
# server's resident-memory growth while it streams. Sourced by run.sh; needs the server started on DB.

export_step() {
  local db="$1" curl_pid peak before result t0 rss
  record export.rows "$(sqlite3 "$db" 'SELECT count(*) FROM request_outcomes')"
  before=$(proc_kb "$SERVER_PID" VmRSS)
  record export.rss_before_kb "$before"
  record export.hwm_before_kb "$(proc_kb "$SERVER_PID" VmHWM)"

  # Twice: the first pays JIT and a cold page cache (recorded as cold); the second is the figure.
  ( for run in cold warm; do
      curl -sS --max-time 900 -o /dev/null -w "$run %{http_code} %{size_download} %{time_total}\n" \
        "$BASE/api/v1/request-outcomes?format=csv" || exit 1
    done ) > "$OUT/export-curl.txt" &
  curl_pid=$!
  peak="$before"
  # Sample every 50 ms over both exports; bounded by the curl time limits (36,000 samples = 1,800 s).
  for _ in $(seq 1 36000); do
    kill -0 "$curl_pid" 2> /dev/null || break
    rss=$(proc_kb "$SERVER_PID" VmRSS)
    [ "${rss:-0}" -gt "$peak" ] && peak="$rss"
    sleep 0.05
  done
  wait "$curl_pid" || fail "curl export"
  read -r _ code bytes seconds < <(grep '^cold ' "$OUT/export-curl.txt")
  [ "$code" = 200 ] || fail "export returned HTTP $code"
  record export.http_cold_s "$seconds"
  read -r _ code bytes seconds < <(grep '^warm ' "$OUT/export-curl.txt")
  [ "$code" = 200 ] || fail "export returned HTTP $code"
  record export.http_bytes "$bytes"
  record export.http_s "$seconds"
  record export.rss_peak_kb "$peak"
  record export.hwm_after_kb "$(proc_kb "$SERVER_PID" VmHWM)"
  say "HTTP CSV: $bytes bytes in $seconds s, RSS $before -> peak $peak kB"

  t0=$(now)
  sqlite3 -csv -header "$db" "$EXPORT_SQL" > /dev/null || fail "sqlite3 -csv"
  record export.sqlite_s "$(elapsed "$t0")"
  record export.sqlite_bytes "$(sqlite3 -csv -header "$db" "$EXPORT_SQL" | wc -c)"
}

# The rows and columns the API's CSV carries: report, agency, year, row code and the seven applicant columns.
EXPORT_SQL='SELECT o.ReportId, o.AgencyId, a.Name, o.Year, o.RowCode, o.NaturalPerson, o.CommercialEnterprise,
  o.ResearchInstitution, o.SocialWelfareOrganization, o.LegalServiceAgency, o.OtherOrganization, o.Total
  FROM request_outcomes o JOIN agencies a ON a.Id = o.AgencyId ORDER BY o.ReportId, o.RowOrder'
