#!/usr/bin/env bash
# Opens every page in examples/html/ in the system's headless Chromium,
# driven by its command-line flags only (SPEC §11), and checks that:
#   - a 1280×800 screenshot (PNG) is not blank: more than 8 distinct
#     colours, and no one colour covers more than 99.5% of it;
#   - an A4 PDF has at least one page and at most the page's bound below
#     (pages are counted as `/Type /Page` objects, not `/Pages`), and its
#     pages are A4 (the pages ask for it with `@page { size: A4 }`);
#   - the page makes no request: Chromium's net log (--log-net-log) holds
#     no URL request from the page (one whose isolation key is the page's
#     file:// site; Chromium's own background requests, refused by the
#     flags below, are not the page's), and its log holds no "Refused to",
#     "net::ERR_" or "Failed to load" line;
#   - the page logs nothing to the console: the pages have no script, so
#     any CONSOLE line (a CSP refusal, an error) is a failure. Chromium
#     logs console messages at INFO whatever their level, so the level
#     cannot be told apart from the log; every one counts.
# Networking is off: every host name resolves to nothing
# (--host-resolver-rules) and every request goes to a proxy on the discard
# port (--proxy-server=127.0.0.1:9).
#
#   bash ci/browser-check.sh [PAGE.html ...]   # default: examples/html/*.html
#
# Needs chromium (Debian: apt-get install chromium) and python3 (standard
# library only). Without either it fails; it never skips. CHROMIUM names
# another binary.
set -euo pipefail
cd "$(dirname "$0")/.."

# The most A4 pages each example may print to. The counts measured with
# Chromium 156 on Debian 12 are in the comments; the bounds leave room
# for other versions and fonts (about twice the count, plus two). A page
# not listed gets the default.
declare -A max_pages=(
  [report-sam.html]=16   # 7 pages
  [report-alex.html]=14  # 6 pages
  [team.html]=10         # 4 pages
  [team-devops-by-role.html]=6 # 2 pages
  [compare-lee.html]=8   # 3 pages
  [history-casey.html]=6 # 2 pages
)
default_max_pages=20

chromium=${CHROMIUM:-}
if [ -z "$chromium" ]; then
  for candidate in chromium chromium-browser; do
    if command -v "$candidate" >/dev/null; then
      chromium=$candidate
      break
    fi
  done
fi
if [ -z "$chromium" ] || ! command -v "$chromium" >/dev/null; then
  echo "ci/browser-check.sh: FAILED: Chromium is not installed (Debian: apt-get install chromium); the HTML pages cannot be checked" >&2
  exit 1
fi
if ! command -v python3 >/dev/null; then
  echo "ci/browser-check.sh: FAILED: python3 is not installed; the screenshots and PDFs cannot be checked" >&2
  exit 1
fi

if [ "$#" -gt 0 ]; then
  pages=("$@")
else
  shopt -s nullglob
  pages=(examples/html/*.html)
  shopt -u nullglob
fi
if [ "${#pages[@]}" -eq 0 ]; then
  echo "ci/browser-check.sh: FAILED: no page in examples/html/ to check" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "$("$chromium" --version 2>/dev/null)"

# Runs Chromium on one page with the flags every run shares, then MODE's
# own flags; stdout to $out/MODE.out, the log to $out/MODE.log and the net
# log to $out/MODE.netlog. A fresh profile each time.
run_chromium() {
  local mode=$1 url=$2
  shift 2
  local profile
  profile=$(mktemp -d "$work/profile.XXXXXX")
  if ! timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --disable-extensions --user-data-dir="$profile" \
    --enable-logging=stderr --v=0 \
    --host-resolver-rules="MAP * ~NOTFOUND" --proxy-server=127.0.0.1:9 \
    --log-net-log="$out/$mode.netlog" --net-log-capture-mode=Default \
    "$@" "$url" >"$out/$mode.out" 2>"$out/$mode.log"; then
    echo "FAILED: Chromium's $mode run failed or took over 120 s; its log:" >&2
    tail -20 "$out/$mode.log" >&2
    return 1
  fi
}

failed=0
for page in "${pages[@]}"; do
  name=$(basename "$page")
  out="$work/${name%.html}"
  mkdir -p "$out"
  url="file://$(realpath "$page")"
  bound=${max_pages[$name]:-$default_max_pages}
  if run_chromium screenshot "$url" --window-size=1280,800 --screenshot="$out/page.png" \
    && run_chromium pdf "$url" --print-to-pdf="$out/page.pdf" --no-pdf-header-footer \
    && run_chromium dom "$url" --dump-dom; then
    if ! python3 ci/browser_measure.py "$name" "$out" "$bound"; then
      failed=1
    fi
  else
    echo "$name: FAILED: Chromium did not render it" >&2
    failed=1
  fi
done

if [ "$failed" -ne 0 ]; then
  echo "ci/browser-check.sh: FAILED: see the lines above" >&2
  exit 1
fi
echo "ci/browser-check.sh: ${#pages[@]} pages checked in Chromium"
