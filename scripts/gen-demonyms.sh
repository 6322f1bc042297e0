#!/usr/bin/env bash
# Regenerates services/shared/text/data/demonyms.tsv, the English demonyms of every country
# ("Maltese", "Omani"), from the pinned npm package world-countries (data ODbL-1.0). The
# generated table is committed; the extractor never reads the network.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR="${DEMONYMS_NPM:-target/demonyms-npm}"
mkdir -p "$DIR"
if [[ ! -f "$DIR/node_modules/world-countries/countries.json" ]]; then
  npm install --silent --no-audit --no-fund --prefix "$DIR" world-countries@5.1.0
fi
node scripts/gen-demonyms.js "$DIR/node_modules/world-countries/countries.json" \
  > services/shared/text/data/demonyms.tsv
