#!/usr/bin/env bash
# Makes cells.doc, the Word 97-2003 document OleTextTest reads, from cells.fodt with LibreOffice
# (libreoffice-writer-nogui on Debian). Run from this folder; the output is committed.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
soffice --headless -env:UserInstallation="file://$work/lo" --convert-to 'doc:MS Word 97' --outdir . cells.fodt >/dev/null
ls -la cells.doc
