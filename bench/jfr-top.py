#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples (bench/dataset.sh PROFILE=1).

    python3 bench/jfr-top.py FILE.jfr [N]

Prints, over all sampled Java threads: the N methods most often on top of the stack (self time), and
the N project methods (io.github.crossfoot) most often anywhere on the stack (total time), each as a
share of all samples.
"""
import collections
import re
import subprocess
import sys

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 10
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "128", path],
                      check=True, capture_output=True, text=True).stdout

FRAME = re.compile(r"^\s+([\w$.<>]+)\(.*\)\s+line:")
self_time = collections.Counter()
total_time = collections.Counter()
samples = 0
stack = None
for line in text.splitlines():
    if line.strip() == "stackTrace = [":
        stack = []
    elif stack is not None and line.strip() == "]":
        if stack:
            samples += 1
            self_time[stack[0]] += 1
            for m in {f for f in stack if f.startswith("io.github.crossfoot.")}:
                total_time[m] += 1
        stack = None
    elif stack is not None:
        m = FRAME.match(line)
        if m:
            stack.append(m.group(1))

print(f"  {samples} samples")
print(f"  self (top of stack):")
for m, c in self_time.most_common(top):
    print(f"    {100 * c / samples:5.1f}%  {m}")
print(f"  total, project methods (anywhere on the stack):")
for m, c in total_time.most_common(top):
    print(f"    {100 * c / samples:5.1f}%  {m}")
