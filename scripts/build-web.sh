#!/usr/bin/env bash
# Builds the SPA into src/FitFolio.Api/wwwroot, skipping the work when nothing under web/ changed since the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f web/package.json ] || { echo "web: no SPA sources, skipping"; exit 0; }
cd web
stamp=../src/FitFolio.Api/wwwroot/.build-stamp
if [ -f "$stamp" ] && [ -z "$(find . -name node_modules -prune -o -newer "$stamp" -type f -print -quit)" ]; then
  echo "web: up to date"
  exit 0
fi
[ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund --loglevel=error
npm run build
touch "$stamp"
