#!/usr/bin/env bash
# Regenerates the producer corpus (issue 9): generated reports printed to PDF by headless Chromium
# (from HTML), exported to PDF and saved as .doc by LibreOffice (from Word), and saved as .xlsx and
# .xls by LibreOffice Calc (from HTML), in the variants ProducerCorpus names.
# Needs chromium and libreoffice-writer-nogui (Debian); CI does not: the PDFs are committed.
# Run from the repository root: bash src/test/resources/producer-corpus/make.sh
set -euo pipefail
out=src/test/resources/producer-corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q test-compile
cp=$(mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
java -cp "target/test-classes:target/classes:$cp" io.github.crossfoot.testing.ProducerCorpus "$work/src"
rm -f "$out"/*.pdf "$out"/*.doc "$out"/*.xls "$out"/*.xlsx
for f in "$work"/src/chromium-*.html; do
  name=$(basename "$f" .html)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$work/profile" --no-pdf-header-footer \
    --print-to-pdf="$out/$name.pdf" "file://$f" 2>/dev/null
done
lo() { soffice --headless -env:UserInstallation="file://$work/lo" "$@" >/dev/null; }
lo --convert-to pdf --outdir "$out" "$work"/src/libreoffice-*-portrait-*.docx "$work"/src/libreoffice-*-landscape-*.docx
lo --convert-to doc --outdir "$out" "$work"/src/libreoffice-*-doc-*.docx
lo --infilter="HTML (StarCalc)" --convert-to xlsx --outdir "$out" "$work"/src/libreoffice-*-sheet-*.html
lo --infilter="HTML (StarCalc)" --convert-to xls --outdir "$out" "$work"/src/libreoffice-*-sheet-*.html
ls -la "$out"
