#!/usr/bin/env bash
# Fuzz every target (or the ones named) for SECONDS each, one after the
# other, and print per target: executions, coverage, corpus size and
# crashes. Exits 1 when any target crashed; each crash is kept in
# fuzz/artifacts/TARGET/ and `cargo +nightly fuzz fmt TARGET FILE` shows it.
#
#   fuzz/run.sh 600                       # ten minutes per target
#   fuzz/run.sh 60 profile render         # one minute each, two targets
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`),
# and python3 to seed the DDaT corpus. Each corpus is seeded from the
# shipped profiles, tests/fixtures/, the examples and the DDaT CSV, and
# grows under fuzz/corpus/ (not committed) from one run to the next.
set -euo pipefail
cd "$(dirname "$0")"

all_targets=(profile assessment import_page import_ddat render yaml_round_trip)

usage() {
  echo "usage: fuzz/run.sh SECONDS [TARGET...]   targets: ${all_targets[*]}" >&2
  exit 2
}
if [[ ${1:-} == -h || ${1:-} == --help ]]; then
  sed -n '2,/^set -euo/p' "$(basename "$0")" | sed '$d; s/^# \{0,1\}//'
  exit 0
fi
[[ $# -ge 1 && $1 =~ ^[1-9][0-9]*$ ]] || usage
seconds=$1
shift
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
  [[ " ${all_targets[*]} " == *" $target "* ]] || { echo "unknown target: $target" >&2; usage; }
done

command -v cargo-fuzz >/dev/null || { echo "fuzz/run.sh needs cargo-fuzz: cargo install cargo-fuzz" >&2; exit 2; }
rustup toolchain list | grep -q '^nightly' || { echo "fuzz/run.sh needs the nightly toolchain: rustup toolchain install nightly" >&2; exit 2; }

# Copies each file into a corpus under its content's hash, so seeding
# twice adds nothing.
seed() {
  local corpus=$1
  shift
  mkdir -p "$corpus"
  local file
  for file in "$@"; do
    [[ -f $file ]] || continue
    cp "$file" "$corpus/seed-$(sha1sum "$file" | cut -c1-16)"
  done
}

# The YAML the project ships and tests with, up to $1 KiB a file.
yaml_files() {
  find ../profiles ../tests/fixtures ../examples -name '*.yaml' -size "-$1k" | sort
}

seed_corpus() {
  local target=$1 corpus=corpus/$1
  case $target in
    profile | assessment)
      mapfile -t files < <(yaml_files 64)
      seed "$corpus" "${files[@]}"
      ;;
    render | yaml_round_trip)
      # Read by `arbitrary` as structure, YAML text gives strings full of
      # YAML; small files only, or libFuzzer's input length grows with
      # them.
      mapfile -t files < <(yaml_files 4)
      seed "$corpus" "${files[@]}"
      ;;
    import_page)
      seed "$corpus" ../tests/fixtures/import/*.txt
      ;;
    import_ddat)
      # One seed per role: the header and that role's rows.
      mkdir -p "$corpus"
      python3 - "$corpus" <<'PY'
import csv, hashlib, io, sys
from collections import defaultdict
with open("../data/ddat/role-content.csv", encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
header, by_role = rows[0], defaultdict(list)
for row in rows[1:]:
    by_role[row[1] if len(row) > 1 else ""].append(row)
for role_rows in by_role.values():
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header] + role_rows)
    data = out.getvalue().encode()
    with open(f"{sys.argv[1]}/seed-{hashlib.sha1(data).hexdigest()[:16]}", "wb") as seed:
        seed.write(data)
PY
      ;;
  esac
}

dictionary() {
  case $1 in
    profile | assessment | yaml_round_trip) echo dict/yaml.dict ;;
    import_page) echo dict/page.dict ;;
    import_ddat) echo dict/csv.dict ;;
    render) ;;
  esac
}

echo "== building the fuzz targets (cargo +nightly fuzz build)"
cargo +nightly fuzz build >/dev/null

mkdir -p logs
results=()
crashed=0
for target in "${targets[@]}"; do
  seed_corpus "$target"
  mkdir -p "artifacts/$target"
  args=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1)
  dict=$(dictionary "$target")
  [[ -n $dict ]] && args+=(-dict="$dict")
  log=logs/$target.log
  echo "== $target: ${seconds}s (log: fuzz/$log)"
  status=0
  cargo +nightly fuzz run "$target" "corpus/$target" -- "${args[@]}" >"$log" 2>&1 || status=$?
  # The final stats; a run stopped by a crash has none, and its last
  # status line says how far it got.
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  [[ -n $executions ]] || executions=$({ grep -ao '^#[0-9]*' "$log" || true; } | tail -1 | tr -d '#')
  coverage=$({ grep -ao 'cov: [0-9]*' "$log" || true; } | tail -1 | cut -d' ' -f2)
  corpus=$(find "corpus/$target" -type f | wc -l)
  # What libFuzzer wrote as a failing input (not a slow one), even when
  # it was found before and overwrote the same file.
  crashes=$({ grep -aoE 'Test unit written to [^ ]*(crash|timeout|oom|leak)-[0-9a-f]+' "$log" || true; } | wc -l)
  if [[ $status -ne 0 && $crashes -eq 0 ]]; then
    echo "$target: libFuzzer exited with $status and wrote no failing input; see fuzz/$log" >&2
    crashes=1
  fi
  [[ $crashes -eq 0 ]] || crashed=1
  results+=("$(printf '%-16s %12s %9s %8s %8s' "$target" "${executions:-?}" "${coverage:-?}" "$corpus" "$crashes")")
done

echo
printf '%-16s %12s %9s %8s %8s\n' target executions coverage corpus crashes
printf '%s\n' "${results[@]}"
if [[ $crashed -ne 0 ]]; then
  echo "crashes are in fuzz/artifacts/TARGET/; make each a fixture under tests/fixtures/fuzz/ with a test" >&2
  exit 1
fi
