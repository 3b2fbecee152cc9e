#!/usr/bin/env bash
# The scale benchmark (SPEC §7). On a generated corpus of N assessments and
# N profiles it measures, each side by side with its baseline in one
# hyperfine run:
#   1. parse-only (examples/parse_only.rs: read and deserialise the files
#      with the same YAML crate and the same rayon parallelism, nothing
#      else) beside `team`, `team --by-role` and `validate` over the
#      assessments, and
#      `validate` over the profiles; target 1.3x, by the minimum of 10 runs;
#   2. start-up: `--version` beside `show` and `profiles`; target 2x;
#   3. `validate` beside check-jsonschema with our own schema
#      (`skillgap schema assessment`), on 1,000 of the assessments, one run
#      each; target: validate at least 100x faster. check-jsonschema is
#      installed into a throwaway virtualenv; without python3 the row is
#      skipped, and the script says so;
#   4. peak memory of `team` over the assessments and `validate` over the
#      assessments and the profiles, at N/10 and N files, with
#      RAYON_NUM_THREADS=1, 2 and 16; target: flat in N beyond the report,
#      at most 1.5x from 1 to 16 threads.
#
#   bash bench/scale.sh [N]      # default N = 10000
#
# Needs hyperfine and GNU time (/usr/bin/time); Debian: apt-get install
# hyperfine time. Honours CARGO_TARGET_DIR. The corpus holds one broken file
# in a thousand on purpose, so team and validate exit 2 or 1; the script
# checks that this is the only reason.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
for tool in hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench/scale.sh needs $tool (apt-get install hyperfine time)" >&2; exit 1; }
done
cargo build --release --quiet --bin skillgap --examples
bin="$(realpath "${CARGO_TARGET_DIR:-target}/release")"
sg="$bin/skillgap"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$bin/examples/gen_corpus" "$dir/full" "$n"
"$bin/examples/gen_corpus" "$dir/tenth" "$((n / 10))"
assessments="$dir/full/assessments"
profiles="$dir/full/profiles"

expected=$((n / 1000))
skipped=$("$sg" team "$assessments" 2>&1 >/dev/null | grep -c '^skipped ' || true)
if [ "$skipped" != "$expected" ]; then
  echo "team skipped $skipped files, expected the $expected broken on purpose" >&2
  exit 1
fi
broken=$("$sg" validate "$assessments" 2>/dev/null | grep -c ': error' || true)
if [ "$broken" != "$expected" ]; then
  echo "validate found $broken errors over the assessments, expected the $expected broken on purpose" >&2
  exit 1
fi
if ! "$sg" validate "$profiles" >/dev/null 2>&1; then
  echo "validate found errors in the generated profiles" >&2
  exit 1
fi

echo "== 1. team and validate beside parse-only, N = $n, 10 runs each"
hyperfine --warmup 1 --runs 10 --ignore-failure --style basic \
  --export-json "$dir/files.json" \
  -n parse-assessments "$bin/examples/parse_only $assessments" \
  -n team "$sg team $assessments" \
  -n team-by-role "$sg team --by-role $assessments" \
  -n validate-assessments "$sg validate $assessments" \
  -n parse-profiles "$bin/examples/parse_only $profiles" \
  -n validate-profiles "$sg validate $profiles"

echo "== 2. start-up, 100 runs each"
hyperfine --shell=none --warmup 10 --runs 100 --ignore-failure --style basic \
  --export-json "$dir/startup.json" \
  -n version "$sg --version" \
  -n show "$sg show senior-devops-engineer-management" \
  -n profiles "$sg profiles"

echo "== 3. validate beside check-jsonschema, 1,000 assessments, one run each"
sample="$dir/sample"
mkdir "$sample"
all=("$assessments"/*.yaml)
cp -t "$sample" "${all[@]:0:1000}"
"$sg" schema assessment >"$dir/assessment.schema.json"
if command -v python3 >/dev/null && python3 -m venv "$dir/venv" >/dev/null 2>&1 \
  && "$dir/venv/bin/pip" install --quiet check-jsonschema >/dev/null 2>&1; then
  hyperfine --runs 1 --ignore-failure --style basic \
    --export-json "$dir/schema.json" \
    -n check-jsonschema "$dir/venv/bin/check-jsonschema --schemafile $dir/assessment.schema.json $sample/*.yaml" \
    -n validate-sample "$sg validate $sample"
else
  echo "skipped: python3 with venv and pip (for check-jsonschema) is not available"
fi

echo "== 4. peak memory (KiB, /usr/bin/time -f %M)"
for row in "team assessments" "validate assessments" "validate profiles"; do
  read -r command kind <<<"$row"
  for corpus in tenth full; do
    for threads in 1 2 16; do
      RAYON_NUM_THREADS=$threads /usr/bin/time -f "%M" -o "$dir/time.txt" \
        "$sg" "$command" "$dir/$corpus/$kind" >/dev/null 2>&1 || true
      printf '%s\t%s\t%s\t%s\n' "$command $kind" "$corpus" "$threads" "$(tail -1 "$dir/time.txt")"
    done
  done
done >"$dir/memory.tsv"

python3 - "$dir" "$n" <<'PY' 2>/dev/null || cat "$dir/memory.tsv"
import json, os, sys
d, n = sys.argv[1], int(sys.argv[2])
def load(name):
    path = os.path.join(d, name)
    if not os.path.exists(path):
        return {}
    return {r["command"]: r for r in json.load(open(path))["results"]}
files, startup, schema = load("files.json"), load("startup.json"), load("schema.json")
def ms(s):
    return f"{s * 1000:.0f} ms" if s >= 0.1 else f"{s * 1000:.1f} ms"
print(f"\nSummary, N = {n:,}, on {os.cpu_count()} cores")
print("| command | mean | baseline | mean | ratio of means | ratio of minimums | target |")
print("| --- | ---: | --- | ---: | ---: | ---: | ---: |")
rows = [
    (f"`team` over {n:,} assessments", files, "team", "parse-only", "parse-assessments", "≤ 1.3×"),
    (f"`team --by-role` over {n:,} assessments", files, "team-by-role", "parse-only", "parse-assessments", "≤ 1.3×"),
    (f"`validate` over {n:,} assessments", files, "validate-assessments", "parse-only", "parse-assessments", "≤ 1.3×"),
    (f"`validate` over {n:,} profiles", files, "validate-profiles", "parse-only", "parse-profiles", "≤ 1.3×"),
    ("`show senior-devops-engineer-management`", startup, "show", "`--version`", "version", "≤ 2×"),
    ("`profiles`", startup, "profiles", "`--version`", "version", "≤ 2×"),
]
for label, runs, name, base_label, base, target in rows:
    if name not in runs:
        continue
    a, b = runs[name], runs[base]
    print(f"| {label} | {ms(a['mean'])} | {base_label} | {ms(b['mean'])} | "
          f"{a['mean'] / b['mean']:.2f}× | {a['min'] / b['min']:.2f}× | {target} |")
if schema:
    a, b = schema["check-jsonschema"], schema["validate-sample"]
    print(f"| check-jsonschema over 1,000 assessments | {ms(a['mean'])} | `validate` | {ms(b['mean'])} | "
          f"validate {a['mean'] / b['mean']:.0f}× faster | | ≥ 100× |")
else:
    print("| check-jsonschema over 1,000 assessments | skipped: no python3 venv | | | | | |")

mem = {}
for line in open(os.path.join(d, "memory.tsv")):
    command, corpus, threads, kib = line.split("\t")
    mem[(command, corpus, threads)] = int(kib) if kib.strip().isdigit() else None
def mib(k):
    return f"{k / 1024:.1f} MiB" if k else "?"
print(f"\n| peak memory | {n // 10:,} files, 1 / 2 / 16 threads | {n:,} files, 1 / 2 / 16 threads | 16 ÷ 1 threads at {n:,} |")
print("| --- | --- | --- | ---: |")
for row in ("team assessments", "validate assessments", "validate profiles"):
    command, kind = row.split()
    cells = []
    for corpus in ("tenth", "full"):
        cells.append(" / ".join(mib(mem.get((row, corpus, t))) for t in ("1", "2", "16")))
    one, sixteen = mem.get((row, "full", "1")), mem.get((row, "full", "16"))
    ratio = f"{sixteen / one:.2f}×" if one and sixteen else "?"
    print(f"| `{command}` over {kind} | {cells[0]} | {cells[1]} | {ratio} |")
PY
