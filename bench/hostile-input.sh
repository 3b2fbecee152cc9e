#!/usr/bin/env bash
# Times how fast skillgap refuses or gets through hostile files, and how fast
# it starts. Covers the fixtures of every hostile shape in tests/fixtures and
# every adversarial shape in bench/shapes/ at its largest size (4x, within
# the size cap of its kind); bench/adversarial.sh shows how each grows.
# Needs hyperfine and python3 (Debian: apt-get install hyperfine). Run from
# anywhere:
#   bash bench/hostile-input.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin skillgap
bin="$(realpath "${CARGO_TARGET_DIR:-target}/release/skillgap")"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

commands=(
  "$bin --version"
  "$bin show senior-devops-engineer-management"
  "$bin validate profiles/"
  "$bin validate tests/fixtures/invalid/alias-bomb.yaml"
  "$bin validate tests/fixtures/invalid/too-deep.yaml"
  "$bin validate tests/fixtures/yaml/global-tags.yaml"
  "$bin validate tests/fixtures/yaml/cr-only-line-endings.yaml"
  "$bin validate tests/fixtures/yaml/deep-block-indentation.yaml"
  "$bin validate tests/fixtures/invalid"
)
names=(version show validate-profiles alias-bomb too-deep yaml-tags cr-only deep-indent invalid-folder)
for shape in bench/shapes/*.py; do
  name=$(basename "$shape" .py)
  mkdir -p "$dir/$name"
  IFS=$'\t' read -r -a args < <(python3 "$shape" "$dir/$name" 4)
  commands+=("$(printf '%q ' "$bin" "${args[@]}")")
  names+=("$name-4x")
done

hargs=()
for i in "${!commands[@]}"; do hargs+=(-n "${names[$i]}" "${commands[$i]}"); done
hyperfine --shell=none --warmup 2 --runs 5 --ignore-failure --style basic "${hargs[@]}"
