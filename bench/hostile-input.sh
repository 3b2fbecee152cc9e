#!/usr/bin/env bash
# Times how fast skillgap refuses hostile files and how fast it starts.
# Needs hyperfine (Debian: apt-get install hyperfine). Run from anywhere:
#   bash bench/hostile-input.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=./target/release/skillgap
hyperfine --shell=none --warmup 3 --ignore-failure --style basic \
  "$bin --version" \
  "$bin show senior-devops-engineer-management" \
  "$bin validate profiles/" \
  "$bin validate tests/fixtures/invalid/alias-bomb.yaml" \
  "$bin validate tests/fixtures/invalid/too-deep.yaml" \
  "$bin validate tests/fixtures/invalid"
