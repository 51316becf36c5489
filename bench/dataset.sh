#!/usr/bin/env bash
# The whole CLI path over a generated dataset, measured against `cat` of the same files in the same run.
#
#   bench/dataset.sh N [SEED]
#
# Generates N text reports once (io.github.crossfoot.dataset.BenchDataset: 4-year series per body with
# chained carry-over, a planted error in about one report in ten, the seeds' text layouts) under
# target/bench-data/, then times `cat` of the files and `java -jar target/crossfoot.jar check --format json
# DIR > FILE`, and prints reports per second, CPU per report, the ratio of wall time to `cat` and peak RSS.
# Then one small report end to end (JVM start included) next to `java -version` and `crossfoot --version`,
# with and without an AppCDS archive. Builds the jar first unless JAR is given.
#
# Environment:
#   JAR=path           the CLI jar measured (default target/crossfoot.jar)
#   BASELINE_JAR=path  another build measured in the same run, for before/after figures
#   JAVA_OPTS=...      options for the checking JVM (e.g. -Xmx256m)
#   PROFILE=1          also record a JFR profile of the check and print its top frames (bench/jfr-top.py)
#   govnianbao         when `python3 -c 'import govnianbao'` works (installed, or its source on PYTHONPATH),
#                      its parser reads the first 1,000 files, whole process against whole process
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:?usage: bench/dataset.sh N [SEED]}
seed=${2:-12}
jar=${JAR:-target/crossfoot.jar}
baseline=${BASELINE_JAR:-}
data=target/bench-data/$n-$seed
reports=$data/reports
out=target/bench-data/out
mkdir -p "$out"

if [ -z "${JAR:-}" ]; then
    mvn -B -q -DskipTests package  # the jar of the sources as they are, never a stale one
fi
if [ ! -f "$data/complete" ]; then
    mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
        -Dmdep.includeScope=test
    rm -rf "$data"
    java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
        io.github.crossfoot.dataset.BenchDataset "$reports" "$n" "$seed"
    touch "$data/complete"
fi
files=$(find "$reports" -type f | wc -l)
bytes=$(du -sb "$reports" | cut -f1)

# measure LABEL COMMAND...: runs the command (stdout already redirected by the caller's command) and
# sets wall, user, sys (seconds) and rss (peak resident set, KB) and rc.
if [ -x /usr/bin/time ]; then
    measure() {
        set +e
        /usr/bin/time -f '%e %U %S %M' -o "$out/time" "$@"
        rc=$?
        set -e
        read -r wall user sys rss < <(tail -n 1 "$out/time")
    }
else
    # Without GNU time: wall and CPU from bash, peak RSS from /proc/PID/status (VmHWM) while polling.
    measure() {
        local start end hwm=0 pid times
        start=$(date +%s.%N)
        set +e
        "$@" &
        pid=$!
        while kill -0 "$pid" 2>/dev/null; do
            local h
            h=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
            [ -n "$h" ] && [ "$h" -gt "$hwm" ] && hwm=$h
            sleep 0.05
        done
        wait "$pid"
        rc=$?
        set -e
        end=$(date +%s.%N)
        wall=$(echo "$end - $start" | bc)
        times=$(times | tail -n 1)   # children's user and system time, e.g. 0m1.200s 0m0.100s
        user=$(echo "$times" | awk '{split($1, a, /[ms]/); print a[1] * 60 + a[2]}')
        sys=$(echo "$times" | awk '{split($2, a, /[ms]/); print a[1] * 60 + a[2]}')
        rss=$hwm
    }
fi

catfiles="find '$reports' -type f -print0 | sort -z | xargs -0 cat > '$out/cat.out'"

report() { # label
    awk -v label="$1" -v n="$files" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v c="$cat_wall" -v rc="$rc" \
        'BEGIN { printf "%-28s %8.2f s  %8.1f reports/s  %7.2f ms CPU/report  %7.1f x cat  peak RSS %6.0f MB  exit %d\n",
                 label, w, n / w, (u + s) * 1000 / n, w / c, r / 1024, rc }'
}

echo "dataset: $files reports, $((bytes / 1024)) KB in $reports; $(nproc) cores; $(java -version 2>&1 | head -n 1)"
bash -c "$catfiles"  # the files in the page cache for everyone
measure bash -c "$catfiles"
cat_wall=$wall
printf '%-28s %8.2f s\n' "cat" "$wall"

check() { # jar json
    # shellcheck disable=SC2086
    measure bash -c "exec java ${JAVA_OPTS:-} ${PROFILE_OPTS:-} -jar '$1' check --format json '$reports' > '$2' 2> '$2.err'"
    [ "$rc" -le 1 ] || { echo "check failed with exit $rc:"; tail -n 5 "$2.err"; }
}

PROFILE_OPTS=""
if [ "${PROFILE:-}" = 1 ]; then
    PROFILE_OPTS="-Xlog:jfr+startup=error -XX:StartFlightRecording=filename=$out/check.jfr,settings=profile"
fi
check "$jar" "$out/check.json"
report "check --format json"
if [ -n "$baseline" ]; then
    PROFILE_OPTS=""
    [ "${PROFILE:-}" = 1 ] && PROFILE_OPTS="-Xlog:jfr+startup=error -XX:StartFlightRecording=filename=$out/baseline.jfr,settings=profile"
    check "$baseline" "$out/baseline.json"
    report "baseline check"
    if cmp -s "$out/check.json" "$out/baseline.json"; then
        echo "outputs: identical to the baseline's"
    else
        echo "outputs: DIFFER from the baseline's ($out/check.json, $out/baseline.json)"
    fi
fi
measure bash -c "$catfiles"
printf '%-28s %8.2f s (again, after the check)\n' "cat" "$wall"
if [ "${PROFILE:-}" = 1 ]; then
    echo "profile (JFR execution samples, top frames):"
    python3 bench/jfr-top.py "$out/check.jfr"
    [ -n "$baseline" ] && { echo "baseline profile:"; python3 bench/jfr-top.py "$out/baseline.jfr"; }
fi

# One small report end to end, the median of 5 runs each.
one=$(find "$reports" -type f | sort | sed -n 1p)
median() { # command...: median wall seconds of 5 runs
    local t=()
    for _ in 1 2 3 4 5; do
        measure bash -c "$* > /dev/null 2>&1"
        t+=("$wall")
    done
    printf '%s\n' "${t[@]}" | sort -n | sed -n 3p
}
jsa=$out/crossfoot.jsa
rm -f "$jsa"
java -XX:ArchiveClassesAtExit="$jsa" -jar "$jar" check --format json "$one" > /dev/null 2>&1 || true
echo "one report end to end ($(wc -c < "$one") bytes), median of 5:"
printf '  %-48s %6.2f s\n' "java -version" "$(median java -version)"
printf '  %-48s %6.2f s\n' "crossfoot --version" "$(median java -jar "$jar" --version)"
printf '  %-48s %6.2f s\n' "crossfoot check --format json ONE" "$(median java -jar "$jar" check --format json "$one")"
if [ -f "$jsa" ]; then
    printf '  %-48s %6.2f s\n' "the same with AppCDS (-XX:SharedArchiveFile)" \
        "$(median java -XX:SharedArchiveFile="$jsa" -jar "$jar" check --format json "$one")"
else
    echo "  AppCDS: no archive was written"
fi

# govnianbao's parser (no checks) on the first 1,000 files against the CLI on the same files (the check
# included: crossfoot matches labels and checks, govnianbao takes numbers in template order).
if python3 -c 'import govnianbao' 2> /dev/null; then
    first=$data/first-1000
    if [ ! -d "$first" ]; then
        mkdir -p "$first"
        find "$reports" -type f | sort | sed -n 1,1000p | xargs -I{} cp -l {} "$first/"
    fi
    measure bash -c "cat '$first'/* > '$out/cat.out'"
    cat_wall=$wall
    measure python3 -c '
import dataclasses, json, pathlib, sys
from govnianbao import parse_annual_report_text
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for p in sorted(pathlib.Path(sys.argv[1]).iterdir()):
        r = parse_annual_report_text(p.read_text(encoding="utf-8"))
        out.write(json.dumps(dataclasses.asdict(r), ensure_ascii=False) + "\n")
' "$first" "$out/govnianbao.jsonl"
    gov_wall=$wall
    files_saved=$files
    files=$(find "$first" -type f | wc -l)
    report "govnianbao ($files files)"
    measure bash -c "java -jar '$jar' check --format json '$first' > '$out/first-1000.json' 2> /dev/null"
    report "crossfoot (the same files)"
    awk -v a="$wall" -v b="$gov_wall" 'BEGIN { printf "crossfoot / govnianbao wall time: %.2f\n", a / b }'
    if [ -n "$baseline" ]; then
        measure bash -c "java -jar '$baseline' check --format json '$first' > '$out/first-1000-baseline.json' 2> /dev/null"
        report "baseline (the same files)"
        awk -v a="$wall" -v b="$gov_wall" 'BEGIN { printf "baseline / govnianbao wall time: %.2f\n", a / b }'
    fi
    files=$files_saved
else
    echo "govnianbao: not importable by python3 (not installed); comparison skipped"
fi
