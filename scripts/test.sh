#!/usr/bin/env bash
# The README's test command runs this: it brings up what the tests need on this machine, then runs every suite.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "[test] starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "[test] installing Debian chromium (browser tests)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "[test] chromium install failed"
fi

echo "[test] building the dashboard"
npm run build:web >/dev/null || echo "[test] dashboard build failed (browser tests will fail)"

exec npx vitest run "$@"
