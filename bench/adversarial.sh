#!/usr/bin/env bash
# Adversarial shapes (SPEC §7): each generator in bench/shapes/ writes one
# hostile input at a size factor, and this script times the command it names
# at 1x, 2x and 4x, with peak memory, so growth that is worse than linear
# shows as a ratio well above the factor.
#
#   bash bench/adversarial.sh [SHAPE...]    # default: every bench/shapes/*.py
#
# A shape is `bench/shapes/NAME.py DIR FACTOR`: it writes its files under DIR
# and prints, on one line, the skillgap arguments to time (paths included),
# each argument on its own tab-separated field. Needs hyperfine, python3 and
# GNU time (Debian: apt-get install hyperfine time). Honours CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin skillgap
bin="$(realpath "${CARGO_TARGET_DIR:-target}/release/skillgap")"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

if [ $# -gt 0 ]; then
  shapes=()
  for s in "$@"; do shapes+=("bench/shapes/${s%.py}.py"); done
else
  shapes=(bench/shapes/*.py)
fi

printf '%-34s %6s %10s %10s %8s %10s\n' shape factor bytes "mean ms" "x 1x" "peak KiB"
for shape in "${shapes[@]}"; do
  name=$(basename "$shape" .py)
  base=""
  for factor in 1 2 4; do
    work="$dir/$name-$factor"
    mkdir -p "$work"
    IFS=$'\t' read -r -a args < <(python3 "$shape" "$work" "$factor")
    bytes=$(du -sb "$work" | cut -f1)
    hyperfine --shell=none --warmup 1 --runs 3 --ignore-failure --style none \
      --export-json "$work.json" -- "$(printf '%q ' "$bin" "${args[@]}")" >/dev/null
    mean=$(python3 -c 'import json,sys; print(round(json.load(open(sys.argv[1]))["results"][0]["mean"]*1000, 1))' "$work.json")
    /usr/bin/time -f "%M" "$bin" "${args[@]}" >/dev/null 2>"$work.time" </dev/null || true
    peak=$(tail -1 "$work.time")
    if [ -z "$base" ]; then base=$mean; fi
    ratio=$(python3 -c 'import sys; a,b=map(float,sys.argv[1:]); print(f"{a/b:.2f}" if b else "-")' "$mean" "$base")
    printf '%-34s %6s %10s %10s %8s %10s\n' "$name" "${factor}x" "$bytes" "$mean" "$ratio" "$peak"
  done
done
