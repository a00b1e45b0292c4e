#!/usr/bin/env bash
# Installs pnpm 12 through npm when it is missing (the machines reach only the npm registry;
# corepack fails on its unsigned metadata there).
set -euo pipefail
if ! command -v pnpm >/dev/null 2>&1 || ! pnpm --version 2>/dev/null | grep -q '^12\.'; then
  echo "pnpm 12 wird installiert ..."
  npm install -g pnpm@12 >/dev/null
fi
