#!/usr/bin/env bash
# reliability/run.sh [--ci] [--mutations N]
# Issue 17's reliability suite against a running server and the real od-seed: 5,000 mutated real reports (600 with
# --ci, under 2 minutes) through POST /validate, every hostile file class, malformed bodies and a burst of expensive
# files, with /health and the server's RSS watched; then od-seed check and seed batches over the same mutants.
# Prints the figures (also in reliability/out/results.json); exits 1 when a 5xx, a stack trace, an aborted batch,
# a hostile file over its budget or RSS growth over 300 MB was seen. See reliability/README.md.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
mkdir -p "$HERE/out"
echo "[reliability] building Release (tool, od-seed, API)" >&2
dotnet build -c Release "$HERE/OpenDisclosure.Reliability" -nologo -v q > "$HERE/out/build.log" 2>&1 \
  || { tail -n 30 "$HERE/out/build.log" >&2; exit 1; }
exec dotnet "$HERE/OpenDisclosure.Reliability/bin/Release/net10.0/od-reliability.dll" --root "$ROOT" --out "$HERE/out" "$@"
