#!/usr/bin/env bash
# The main job: builds everything, then runs the whole pipeline on a local NATS JetStream with
# the sample bulletins and prints the per-country statistics (seizurectl demo).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
cargo build --release --workspace --bins
exec ./target/release/seizurectl demo "$@"
