# Shared helpers for bench/run.sh: figures file, clocks, tools, the API server. Sourced, not run.

# record KEY VALUE: one raw figure for od-bench report (a later line wins).
record() { printf '%s=%s\n' "$1" "$2" >> "$RAW"; }

# now: wall-clock seconds with microseconds; elapsed T0: seconds since T0.
now() { printf '%s' "$EPOCHREALTIME"; }
elapsed() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }'; }

say() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

# field NAME LINE: the value of NAME=value in a "a=1 b=2" line.
field() { printf '%s\n' "$2" | tr ' ' '\n' | sed -n "s/^$1=//p" | head -n1; }

# ensure_tools: wrk, sqlite3 and curl from Debian, installed only when missing.
ensure_tools() {
  local missing=()
  for tool in wrk sqlite3 curl; do command -v "$tool" > /dev/null || missing+=("$tool"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]} (apt-get)"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq > /dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" > /dev/null \
    || fail "could not install ${missing[*]}"
}

# free_port: a TCP port on 127.0.0.1 nobody listens on (bounded search).
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 20000 ))
    (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null || { echo "$port"; return 0; }
  done
  fail "no free port found"
}

SERVER_PID=""
# start_server DB: the Release API on DB, listening on 127.0.0.1 only; sets SERVER_PID and BASE.
start_server() {
  local db="$1" port
  stop_server
  port=$(free_port)
  BASE="http://127.0.0.1:$port"
  mkdir -p "$OUT/no-reports"
  # Run from the build output so appsettings.json is the content root's; an empty reports folder so start-up
  # never loads anything into the database under test.
  ( cd "$API_DIR" && Database__Path="$db" Reports__Directory="$OUT/no-reports" ASPNETCORE_ENVIRONMENT=Production \
      exec dotnet OpenDisclosure.Api.dll --urls "$BASE" ) > "$OUT/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 240); do
    curl -fsS -o /dev/null --max-time 2 "$BASE/health" 2> /dev/null && return 0
    kill -0 "$SERVER_PID" 2> /dev/null || { tail -n 20 "$OUT/server.log" >&2; fail "API exited during start-up"; }
    sleep 0.25
  done
  tail -n 20 "$OUT/server.log" >&2
  fail "API did not answer /health within 60 s"
}

stop_server() {
  [ -n "$SERVER_PID" ] || return 0
  kill "$SERVER_PID" 2> /dev/null || true
  for _ in $(seq 1 40); do kill -0 "$SERVER_PID" 2> /dev/null || break; sleep 0.25; done
  kill -9 "$SERVER_PID" 2> /dev/null || true
  wait "$SERVER_PID" 2> /dev/null || true
  SERVER_PID=""
}

# proc_kb PID FIELD: VmRSS / VmHWM of a process in kB.
proc_kb() { awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status" 2> /dev/null || echo 0; }

# wrk_run NAME URL [PATHS]: warm up, then measure at 64 connections; records query figures under NAME.
# With PATHS, each request takes a random path from that file (bench/wrk/paths.lua).
wrk_run() {
  local name="$1" url="$2" paths="${3:-}" script=() summary
  [ -n "$paths" ] && script=(-s "$HERE/wrk/paths.lua")
  WRK_PATHS="$paths" timeout 60 wrk -t2 -c64 -d"$WARM" "${script[@]}" "$url" > /dev/null || fail "wrk warm-up $name"
  WRK_PATHS="$paths" timeout 120 wrk -t2 -c64 -d"$DURATION" --timeout 5s --latency "${script[@]}" "$url" > "$OUT/wrk-$name.txt" \
    || fail "wrk $name"
  summary=$($BENCH wrk-summary --file "$OUT/wrk-$name.txt") || { cat "$OUT/wrk-$name.txt" >&2; fail "wrk $name: no successful request"; }
  say "$name: $summary"
  for key in rps p50_ms p99_ms requests non2xx socket_errors; do record "$name.$key" "$(field "$key" "$summary")"; done
}
