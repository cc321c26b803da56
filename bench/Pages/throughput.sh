#!/usr/bin/env bash
# Anonymous lesson page throughput with wrk, against the same HTML as a static file, in the same run.
# Starts three servers on loopback: Learn (Release build, Production, demo village, anonymous lesson cache on),
# Learn with the cache switched off (LessonPages__CacheAnonymous=false: the old render-per-request path), and a
# bare Kestrel static file server (static/StaticServer.cs) serving the lesson's HTML as Learn sent it, plain
# and Brotli. Then wrk runs interleaved rounds against each and prints the medians and ratios.
# Environment: ROUNDS (3), DURATION (10s), CONNECTIONS (32), THREADS (2), LESSON (kenali-ponsel).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-3}; DURATION=${DURATION:-10s}; CONNECTIONS=${CONNECTIONS:-32}; THREADS=${THREADS:-2}
LESSON=${LESSON:-kenali-ponsel}
work=$(mktemp -d /tmp/learn-bench-pages.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do pkill -TERM -P "$p" 2>/dev/null || true; kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

[ -n "${BENCH_NO_BUILD:-}" ] || dotnet build -c Release Learn.Web -v q -nologo >/dev/null
dll=Learn.Web/bin/Release/net10.0/Learn.Web.dll

start_learn() { # port cache
  mkdir -p "$work/data-$1"
  ASPNETCORE_URLS="http://127.0.0.1:$1" ASPNETCORE_ENVIRONMENT=Production Seed__DemoVillage=true \
  Storage__DataFolder="$work/data-$1" LessonPages__CacheAnonymous="$2" Logging__LogLevel__Default=Warning \
    dotnet "$dll" >"$work/learn-$1.log" 2>&1 &
  pids+=($!)
}
wait_for() { for _ in $(seq 1 900); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done; echo "no answer from $1" >&2; exit 1; }

for port in 5601 5602 5603; do if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken" >&2; exit 1; fi; done
start_learn 5601 true
start_learn 5602 false
url="/belajar/$LESSON"
wait_for "http://127.0.0.1:5601$url"; wait_for "http://127.0.0.1:5602$url"

mkdir -p "$work/static"
curl -fs "http://127.0.0.1:5601$url" -o "$work/static/lesson.html"
curl -fs -H 'Accept-Encoding: br' "http://127.0.0.1:5601$url" -o "$work/static/lesson.br.html"
dotnet run -c Release bench/Pages/static/StaticServer.cs -- "$work/static" http://127.0.0.1:5603 >"$work/static.log" 2>&1 &
pids+=($!)
wait_for http://127.0.0.1:5603/lesson.html

rate() { # url [header]
  local out
  if [ -n "${2:-}" ]; then out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -H "$2" "$1"); else out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$1"); fi
  echo "$out" | awk '/Requests\/sec/ {print $2}'
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -A runs
# warm up each server once
for u in "http://127.0.0.1:5601$url" "http://127.0.0.1:5602$url" http://127.0.0.1:5603/lesson.html; do wrk -t1 -c4 -d2s "$u" >/dev/null; done
for round in $(seq 1 "$ROUNDS"); do
  for enc in identity br; do
    h=""; s=lesson.html
    if [ "$enc" = br ]; then h="Accept-Encoding: br"; s=lesson.br.html; fi
    runs[cached-$enc]+=" $(rate "http://127.0.0.1:5601$url" "$h")"
    runs[static-$enc]+=" $(rate "http://127.0.0.1:5603/$s" "$h")"
    runs[old-$enc]+=" $(rate "http://127.0.0.1:5602$url" "$h")"
  done
  echo "round $round done (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
done

echo "Anonymous lesson page /belajar/$LESSON, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS interleaved rounds, medians (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "| encoding | cached page req/s | old path (no cache) req/s | static file req/s | cached vs static | old vs static |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for enc in identity br; do
  c=$(median ${runs[cached-$enc]}); o=$(median ${runs[old-$enc]}); s=$(median ${runs[static-$enc]})
  printf '| %s | %.0f | %.0f | %.0f | %.2fx | %.2fx |\n' "$enc" "$c" "$o" "$s" "$(echo "$c/$s" | bc -l)" "$(echo "$o/$s" | bc -l)"
done
echo
echo "all runs:"; for k in "${!runs[@]}"; do echo "  $k:${runs[$k]}"; done
