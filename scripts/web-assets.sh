#!/usr/bin/env bash
# The dashboard's third-party files come from npm (services/gateway/web/package.json, pinned by
# its package-lock.json) and are copied into services/gateway/assets/vendor/, which the gateway
# compiles in, so building the gateway needs no Node.js.
#   scripts/web-assets.sh          install from npm and copy the files in
#   scripts/web-assets.sh --check  install, and fail if a committed copy differs from npm's
set -euo pipefail
cd "$(dirname "$0")/../services/gateway/web"
# npm records what it installed in node_modules/.package-lock.json: install again only when the
# lock file is newer.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
VENDOR=../assets/vendor
mkdir -p "$VENDOR"
# (file in node_modules, name in assets/vendor)
FILES=(
  "chart.js/dist/chart.umd.min.js chart.umd.min.js"
  "topojson-client/dist/topojson-client.min.js topojson-client.min.js"
  "world-atlas/countries-110m.json countries-110m.json"
  "i18n-iso-countries/codes.json iso-codes.json"
)
status=0
for f in "${FILES[@]}"; do
  read -r from to <<<"$f"
  if [[ "${1:-}" == "--check" ]]; then
    if ! cmp -s "node_modules/$from" "$VENDOR/$to"; then
      echo "web-assets: $VENDOR/$to differs from npm's $from (run scripts/web-assets.sh)" >&2
      status=1
    fi
  else
    cp "node_modules/$from" "$VENDOR/$to"
  fi
done
exit $status
