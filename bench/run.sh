#!/usr/bin/env bash
# Runs the JMH benchmarks and prints each figure as a ratio to the baseline of the same run
# (decoding a report file and splitting it into lines).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
    -rf json -rff target/bench.json "${@:-CheckBenchmark}"
python3 - <<'PY'
import json
runs = json.load(open("target/bench.json"))
score = {r["benchmark"].rsplit(".", 1)[1]: (r["primaryMetric"]["score"], r["primaryMetric"]["scoreError"]) for r in runs}
base = score["baselineDecodeAndSplitLines"][0]
print("\nbenchmark                       us/op        x baseline")
for name, (s, err) in score.items():
    print(f"{name:30s} {s:9.1f} ±{err:6.1f} {s / base:9.1f}x")
PY
