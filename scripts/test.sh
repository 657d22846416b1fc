#!/usr/bin/env bash
# `npm test`: type-check, lint, unit + integration tests (real PostgreSQL), production
# build, then end-to-end tests in Chromium at a phone and a desktop viewport.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Chromium is missing: installing Debian's package…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The end-to-end tests need Chromium at $chromium_path. Install it (Debian/Raspberry Pi OS: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

echo "== type-check"
npm run --silent typecheck
echo "== lint and format"
npm run --silent lint
echo "== unit and integration tests"
npx vitest run
echo "== production build"
npx next build > tmp-build.log 2>&1 || { cat tmp-build.log; rm -f tmp-build.log; exit 1; }
rm -f tmp-build.log
echo "== end-to-end tests"
npx playwright test
