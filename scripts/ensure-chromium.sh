#!/usr/bin/env bash
# Installs Debian's chromium for the report's browser test when it is missing (CI runs as root on a
# fresh Debian machine). Elsewhere, set CHROMIUM_PATH to a Chromium you have.
set -u
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "whosaid: installing Debian's chromium for the report test (apt-get)…" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo -n"; fi
if $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null; then
  exit 0
fi
echo "whosaid: could not install chromium; the report test will fail. Install it (apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 0
