#!/usr/bin/env bash
# Installs what the server's end-to-end test needs: Debian's Chromium and its
# ChromeDriver (/usr/bin/chromium, /usr/bin/chromedriver). Never a browser
# download from elsewhere: the test drives the distribution's build.
#
# Idempotent: does nothing when both are already on PATH. Needs root (or sudo).
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "e2e-setup: chromium and chromedriver already installed"
  chromium --version 2>/dev/null || true
  chromedriver --version || true
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

start=$(date +%s)
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver
echo "e2e-setup: installed in $(( $(date +%s) - start ))s"
chromium --version 2>/dev/null
chromedriver --version
