#!/usr/bin/env bash
# Makes the images the compose stack runs, on this machine, for hosts that cannot pull from an
# image registry:
#   seizure-base:bookworm     Debian bookworm: debootstrap --variant=minbase (with
#                             ca-certificates and wget), then docker import; the root file
#                             system is kept as a tar in target/docker/ for the next time
#   seizure-stats:latest      the services, from binaries built on this machine (BIN_DIR)
#   seizure-nats:local        the nats-server release the project pins (.venv/bin/nats-server)
#   seizure-prometheus:local  Prometheus from Debian's package
# Usage: scripts/local-images.sh [BIN_DIR]   (default target/release; docker as $DOCKER_HOST
# says). Needs root for debootstrap, and Debian's mirror.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-target/release}"
cache="${SEIZURE_IMAGE_CACHE:-target/docker}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
mkdir -p "$cache"

if ! docker image inspect seizure-base:bookworm >/dev/null 2>&1; then
  if [[ ! -f "$cache/bookworm-base.tar" ]]; then
    echo "local-images: debootstrap bookworm from $mirror" >&2
    rm -rf "$cache/rootfs"
    debootstrap --variant=minbase --include=ca-certificates,wget bookworm "$cache/rootfs" "$mirror" \
      >"$cache/debootstrap.log" 2>&1 || { tail -20 "$cache/debootstrap.log" >&2; exit 1; }
    tar -C "$cache/rootfs" -cf "$cache/bookworm-base.tar.part" .
    mv "$cache/bookworm-base.tar.part" "$cache/bookworm-base.tar"
    rm -rf "$cache/rootfs"
  fi
  docker import "$cache/bookworm-base.tar" seizure-base:bookworm >/dev/null
fi

ctx="$(mktemp -d)"
trap 'rm -rf "$ctx"' EXIT
build() { # IMAGE DOCKERFILE: builds from the context prepared in $ctx
  cp "$2" "$ctx/Dockerfile"
  docker build --quiet --network host -t "$1" "$ctx" >/dev/null
  echo "local-images: built $1" >&2
}

mkdir -p "$ctx/bin"
for b in ingester normalizer aggregator gateway seizurectl; do
  strip -o "$ctx/bin/$b" "$bin/$b"
done
cp deploy/entrypoint.sh "$ctx/entrypoint.sh"
build seizure-stats:latest deploy/local/Dockerfile.services
rm -rf "$ctx/bin" "$ctx/entrypoint.sh"

cp .venv/bin/nats-server "$ctx/nats-server"
build seizure-nats:local deploy/local/Dockerfile.nats
rm -f "$ctx/nats-server"

build seizure-prometheus:local deploy/local/Dockerfile.prometheus
