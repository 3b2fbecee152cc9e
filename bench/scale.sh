#!/usr/bin/env bash
# The scale benchmark (SPEC §7): on a generated corpus of N assessments and
# N profiles, times in one hyperfine run
#   (a) parse-only: reading and deserialising the files with the same YAML
#       crate and the same parallelism (examples/parse_only.rs), the baseline;
#   (b) skillgap team on the assessments;
#   (c) skillgap validate on the profiles;
# then prints (b) and (c) as ratios of their baseline, and the peak memory
# of team at N/10 and N files.
#
#   bash bench/scale.sh [N]      # default N = 10000
# Needs hyperfine, python3 and GNU time (/usr/bin/time; Debian: apt-get
# install hyperfine time). Honours CARGO_TARGET_DIR. The corpus holds one
# broken file in a thousand on purpose, so team exits 2 (skipped files);
# the script checks that this is the only reason.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
cargo build --release --quiet --bin skillgap --examples
bin="${CARGO_TARGET_DIR:-target}/release"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$bin/examples/gen_corpus" "$dir/full" "$n"
"$bin/examples/gen_corpus" "$dir/tenth" "$((n / 10))"

expected=$((n / 1000))
skipped=$("$bin/skillgap" team "$dir/full/assessments" 2>&1 >/dev/null | grep -c '^skipped ' || true)
if [ "$skipped" != "$expected" ]; then
  echo "team skipped $skipped files, expected the $expected broken on purpose" >&2
  exit 1
fi

hyperfine --warmup 1 --runs 10 --ignore-failure --style basic \
  --export-json "$dir/results.json" \
  -n parse-assessments "$bin/examples/parse_only $dir/full/assessments" \
  -n team "$bin/skillgap team $dir/full/assessments" \
  -n parse-profiles "$bin/examples/parse_only $dir/full/profiles" \
  -n validate "$bin/skillgap validate $dir/full/profiles"

python3 - "$dir/results.json" "$n" <<'PY'
import json, sys
runs = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
n = sys.argv[2]
print(f"\nN = {n} (10 runs each; mean, and min for a steadier ratio)")
for name, base in (("team", "parse-assessments"), ("validate", "parse-profiles")):
    a, b = runs[name], runs[base]
    print(f"  {name:<9} mean {a['mean']:.3f} s / {b['mean']:.3f} s = {a['mean'] / b['mean']:.2f}x"
          f"   min {a['min']:.3f} s / {b['min']:.3f} s = {a['min'] / b['min']:.2f}x")
PY

# Peak memory: what grows with N should be the report itself (the
# per-person, per-item matrix), not the files read.
for corpus in tenth full; do
  for format in table json; do
    /usr/bin/time -f "%M" "$bin/skillgap" team "$dir/$corpus/assessments" --format "$format" \
      >/dev/null 2>"$dir/time.txt" || true
    echo "  team --format $format peak memory, $corpus corpus: $(tail -1 "$dir/time.txt") KiB"
  done
done
