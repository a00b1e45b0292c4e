#!/usr/bin/env bash
# One command for a fresh machine: installs everything, then builds and starts the app on
# http://localhost:${PORT:-3000} with the embedded database (or PostgreSQL when DATABASE_URL is set).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-pnpm.sh
pnpm install --frozen-lockfile
exec pnpm start
