#!/bin/sh
# One command for the page benchmark: Lighthouse pinned in this folder, then the run (app in Release).
# BENCH_LIGHTHOUSE_ONLY=1 skips the page-weight table; BENCH_RUNS=5 runs Lighthouse five times per page.
set -e
here=$(cd "$(dirname "$0")" && pwd)
[ -d "$here/node_modules/lighthouse" ] || (cd "$here" && npm ci --no-audit --no-fund)
exec dotnet run -c Release --project "$here" "$@"
