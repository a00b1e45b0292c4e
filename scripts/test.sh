#!/usr/bin/env bash
# One command for a fresh machine: installs everything (Chromium from Debian included) and runs
# every check: generated files, typecheck, lint, unit, integration (PostgreSQL and PGlite), e2e.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-pnpm.sh
if [ ! -x /usr/bin/chromium ]; then
  echo "Chromium wird aus Debian installiert ..."
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
pnpm install --frozen-lockfile
exec pnpm test
