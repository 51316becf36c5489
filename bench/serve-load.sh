#!/usr/bin/env bash
# Load on `crossfoot serve` (issue 14): requests per second through the API for a text report and
# for a PDF, and the server's memory while 50 uploads run at once. Loopback only; bounded counts.
# Usage: bench/serve-load.sh [REQUESTS]   (needs target/crossfoot.jar: mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-200}"
log=$(mktemp)
java -jar target/crossfoot.jar serve --port 0 --queue 60 2> "$log" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$log"' EXIT
port=""
for _ in $(seq 120); do
  port=$(grep -o 'serving on http://127.0.0.1:[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  [ -n "$port" ] && break
  sleep 0.5
done
[ -n "$port" ] || { echo "the server did not start" >&2; cat "$log" >&2; exit 1; }
url="http://127.0.0.1:$port/api/check"

# run N FILE CONCURRENCY: N uploads of FILE, CONCURRENCY at a time; prints requests per second
run() {
  local count=$1 file=$2 parallel=$3 start end
  start=$(date +%s.%N)
  seq "$count" | xargs -P "$parallel" -I{} curl -s -o /dev/null -w '%{http_code}\n' -F "file=@$file" "$url" \
    | sort | uniq -c | tr '\n' ' '
  end=$(date +%s.%N)
  python3 -c "print(f'  {$count / ($end - $start):.1f} requests/s ({$count} in {$end - $start:.1f} s, $parallel at a time)')"
}

text=examples/example-2023-with-errors.txt
pdf=src/test/resources/producer-corpus/libreoffice-gov-2021-portrait-s3.pdf
run 20 "$text" 2 >/dev/null   # warm-up
echo "text report ($(stat -c %s "$text") bytes):"; run "$n" "$text" 4
echo "PDF ($(stat -c %s "$pdf") bytes):"; run "$((n / 4))" "$pdf" 4

# 50 uploads at once (the text report and the PDF, 25 each) and the server's memory meanwhile
echo "50 uploads at once (25 text, 25 PDF):"
peak=0
( for i in $(seq 25); do echo "$text"; echo "$pdf"; done ) \
  | xargs -P 50 -I{} curl -s -o /dev/null -w '%{http_code}\n' -F "file=@{}" "$url" > /tmp/serve-load-codes.$$ &
load=$!
while kill -0 "$load" 2>/dev/null; do
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  [ "$rss" -gt "$peak" ] && peak=$rss
  sleep 0.2
done
sort /tmp/serve-load-codes.$$ | uniq -c | tr '\n' ' '; rm -f /tmp/serve-load-codes.$$
echo
echo "  server resident memory: peak $((peak / 1024)) MB (VmHWM $(awk '/VmHWM/ {print int($2/1024)}' "/proc/$pid/status") MB)"
jcmd "$pid" GC.heap_info 2>/dev/null | grep -E 'garbage-first heap|total' | head -1 | sed 's/^/  heap after: /' || true
