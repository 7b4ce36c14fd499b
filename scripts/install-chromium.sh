#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (no browser download by any test tool),
# and poppler-utils: ingest reads PDFs with `pdftotext -layout` when it is there (pypdf else).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "chromium or pdftotext is missing: run 'sudo apt-get install -y chromium poppler-utils'" \
    "(the browser tests need chromium; PDFs read best with pdftotext)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium poppler-utils >/dev/null
chromium --version
pdftotext -v
