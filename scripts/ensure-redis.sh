#!/usr/bin/env bash
# Installs Debian's redis-server for the queue test when it is missing (CI runs as root on a fresh Debian
# machine). The test starts its own server on a free loopback port and stops it; nothing stays running.
set -u
if command -v redis-server >/dev/null 2>&1; then exit 0; fi
echo "whosaid: installing Debian's redis-server for the queue test (apt-get)…" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo -n"; fi
if $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null; then
  # Debian's package starts a server of its own on 6379; the test does not use it.
  exit 0
fi
echo "whosaid: could not install redis-server; the queue test will fail. Install it (apt-get install redis-server)." >&2
exit 0
