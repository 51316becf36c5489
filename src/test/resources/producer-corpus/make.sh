#!/usr/bin/env bash
# Regenerates the producer corpus (issue 9): generated reports printed to PDF by headless Chromium
# (from HTML) and exported to PDF by LibreOffice (from Word), in the variants ProducerCorpus names.
# Needs chromium and libreoffice-writer-nogui (Debian); CI does not: the PDFs are committed.
# Run from the repository root: bash src/test/resources/producer-corpus/make.sh
set -euo pipefail
out=src/test/resources/producer-corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q test-compile
cp=$(mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
java -cp "target/test-classes:target/classes:$cp" io.github.crossfoot.testing.ProducerCorpus "$work/src"
rm -f "$out"/*.pdf
for f in "$work"/src/chromium-*.html; do
  name=$(basename "$f" .html)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$work/profile" --no-pdf-header-footer \
    --print-to-pdf="$out/$name.pdf" "file://$f" 2>/dev/null
done
soffice --headless -env:UserInstallation="file://$work/lo" --convert-to pdf --outdir "$out" "$work"/src/libreoffice-*.docx >/dev/null
ls -la "$out"
