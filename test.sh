#!/usr/bin/env bash
# The README's test command: installs what the tests need and is missing (a headless Chromium for
# the HTML report's browser test, a CJK font for the PDF round trips), runs `mvn -B verify`, and
# ends by saying which tests were skipped and why, since skipping is not passing.
# Extra arguments go to Maven, e.g. ./test.sh -Dtest=FixturesTest
set -uo pipefail
cd "$(dirname "$0")"

have_browser() {
  for b in chromium chromium-browser google-chrome google-chrome-stable; do
    command -v "$b" >/dev/null 2>&1 && return 0
  done
  return 1
}
have_cjk_font() {
  fc-list :lang=zh 2>/dev/null | grep -q . || fc-list 2>/dev/null | grep -qi 'wqy\|noto.*cjk'
}

missing=()
have_browser || missing+=(chromium)
have_cjk_font || missing+=(fonts-wqy-zenhei fontconfig)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} (Debian packages) for the browser and PDF tests" >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo -n"
  if command -v apt-get >/dev/null 2>&1; then
    ($sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null) \
      || echo "test.sh: could not install ${missing[*]}; the tests that need them will fail or be reported skipped" >&2
  else
    echo "test.sh: no apt-get here; install ${missing[*]} by hand" >&2
  fi
fi

mvn -B verify "$@"
status=$?

# Skipped tests, named with their reasons, as the last lines of the run.
skipped=$(awk '
  /<testcase / { match($0, /name="[^"]*"/); n = substr($0, RSTART + 6, RLENGTH - 7);
                 match($0, /classname="[^"]*"/); c = substr($0, RSTART + 11, RLENGTH - 12) }
  /<skipped/   { r = $0; sub(/.*<skipped[^>]*>(<!\[CDATA\[)?/, "", r); sub(/^[A-Za-z0-9_.]*Exception: /, "", r);
                 sub(/"?\/>$/, "", r); print "  " c "." n ": " substr(r, 1, 240) }
' target/surefire-reports/TEST-*.xml 2>/dev/null)
if [ -n "$skipped" ]; then
  echo
  echo "test.sh: SKIPPED TESTS — these did not run (skipping is not passing):"
  echo "$skipped"
elif [ $status -eq 0 ]; then
  echo "test.sh: all tests ran; none was skipped"
fi
exit $status
