#!/usr/bin/env bash
# Writes docs/team-heatmap.png, the README's picture of the team heat map:
# examples/html/team.html rendered by headless Chromium 1280 pixels wide,
# cropped to the 800 rows from the heat map's heading (the page's first 800
# rows hold the people table and the behaviours, which carry no
# requirement and so no colour). Run it after regenerating examples/html/.
#
#   bash ci/readme-screenshot.sh [TOP]   # TOP: first row kept, default 420
set -euo pipefail
cd "$(dirname "$0")/.."
top=${1:-420}
chromium=${CHROMIUM:-chromium}
command -v "$chromium" >/dev/null || { echo "ci/readme-screenshot.sh needs chromium (apt-get install chromium)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --disable-extensions --user-data-dir="$work/profile" --hide-scrollbars \
  --host-resolver-rules="MAP * ~NOTFOUND" --proxy-server=127.0.0.1:9 \
  --window-size=1280,$((top + 800)) --screenshot="$work/page.png" \
  "file://$(realpath examples/html/team.html)" >/dev/null 2>&1
mkdir -p docs
python3 ci/png_crop.py "$work/page.png" docs/team-heatmap.png "$top" 800
echo "wrote docs/team-heatmap.png ($(stat -c %s docs/team-heatmap.png) bytes)"
