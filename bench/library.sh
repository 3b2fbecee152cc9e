#!/usr/bin/env bash
# The framework library benchmark (issue 13, SPEC §7 and §9). It measures,
# with the release binary:
#   1. `import --ddat` of the whole framework (data/ddat/, 201 profiles)
#      into a scratch folder, 10 runs (each run after the first replaces
#      the folder the one before wrote);
#   2. start-up of `profiles`, `show` of a framework profile and of the
#      FEDIP profile, beside `--version`, 100 runs each; target: within 2x
#      of `--version`, by the minimum; and `roles` for one person over
#      every built-in profile (target: under 20 ms);
#   3. `validate` over every shipped profile (202 files, copied flat into a
#      scratch folder) beside parse-only (examples/parse_only.rs: read and
#      deserialise the same files with the same crate and parallelism,
#      nothing else), 10 runs each;
#   4. the size of the release binary; with `--before REV`, also of REV's
#      release binary, built in a scratch worktree (minutes).
#
#   bash bench/library.sh [--before REV]
#
# Needs hyperfine (apt-get install hyperfine) and python3 for the summary.
# Honours CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
before=""
if [ "${1:-}" = "--before" ]; then
  before=${2:?"--before needs a git revision"}
fi
command -v hyperfine >/dev/null || { echo "bench/library.sh needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
cargo build --release --quiet --bin skillgap --example parse_only
bin="$(realpath "${CARGO_TARGET_DIR:-target}/release")"
sg="$bin/skillgap"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

echo "== 1. import --ddat of the whole framework, 10 runs"
hyperfine --warmup 1 --runs 10 --style basic --export-json "$dir/import.json" \
  -n import "$sg import --ddat data/ddat/role-content.csv --skills data/ddat/skill-descriptions.csv --released 2024-10-22 --out-dir $dir/lib -q"
diff -r "$dir/lib" profiles/ddat >/dev/null && echo "(the output is profiles/ddat, byte for byte)"

echo "== 2. start-up, 100 runs each"
hyperfine --shell=none --warmup 10 --runs 100 --style basic --export-json "$dir/startup.json" \
  -n version "$sg --version" \
  -n profiles "$sg profiles" \
  -n show-ddat "$sg show ddat-senior-devops-engineer-management" \
  -n show-fedip "$sg show senior-devops-engineer-management" \
  -n roles "$sg roles examples/sam-nearly-ready.yaml"

echo "== 3. validate over every shipped profile beside parse-only, 10 runs each"
mkdir "$dir/flat"
find profiles -name '*.yaml' -exec cp -t "$dir/flat" {} +
count=$(find "$dir/flat" -name '*.yaml' | wc -l)
hyperfine --warmup 1 --runs 10 --ignore-failure --style basic --export-json "$dir/validate.json" \
  -n parse-only "$bin/examples/parse_only $dir/flat" \
  -n validate "$sg validate $dir/flat --strict"

echo "== 4. binary size"
size_now=$(stat -c %s "$sg")
size_before=""
if [ -n "$before" ]; then
  git worktree add --quiet --detach "$dir/before" "$before"
  (cd "$dir/before" && CARGO_TARGET_DIR="$dir/before-target" cargo build --release --quiet --bin skillgap)
  size_before=$(stat -c %s "$dir/before-target/release/skillgap")
  git worktree remove --force "$dir/before"
fi

python3 - "$dir" "$count" "$size_now" "$size_before" "$before" <<'PY'
import json, os, sys
d, count, now, before, rev = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
def load(name):
    return {r["command"]: r for r in json.load(open(os.path.join(d, name)))["results"]}
def ms(s):
    return f"{s * 1000:.0f} ms" if s >= 0.1 else f"{s * 1000:.1f} ms"
imp, start, val = load("import.json"), load("startup.json"), load("validate.json")
print(f"\nSummary on {os.cpu_count()} cores (mean ± σ; min)")
print("| measure | mean | min | baseline | ratio of minimums | target |")
print("| --- | ---: | ---: | --- | ---: | ---: |")
r = imp["import"]
print(f"| `import --ddat`, whole framework (201 profiles) | {ms(r['mean'])} ± {ms(r['stddev'])} | {ms(r['min'])} | | | |")
v = start["version"]
for name, label in [("profiles", "`profiles`"), ("show-ddat", "`show ddat-senior-devops-engineer-management`"),
                    ("show-fedip", "`show senior-devops-engineer-management`")]:
    r = start[name]
    print(f"| {label} | {ms(r['mean'])} ± {ms(r['stddev'])} | {ms(r['min'])} | `--version` {ms(v['min'])} | {r['min'] / v['min']:.2f}× | ≤ 2× |")
p, r = val["parse-only"], val["validate"]
q = start["roles"]
print(f"| `roles` for one person over every built-in profile | {ms(q['mean'])} ± {ms(q['stddev'])} | {ms(q['min'])} | | | < 20 ms |")
print(f"| `validate --strict` over {count} profiles | {ms(r['mean'])} ± {ms(r['stddev'])} | {ms(r['min'])} | parse-only {ms(p['min'])} | {r['min'] / p['min']:.2f}× | |")
mib = lambda b: f"{int(b) / 1048576:.1f} MiB"
line = f"| release binary | {mib(now)} | | "
if before:
    line += f"{rev[:10]}: {mib(before)} | {int(now) / int(before):.2f}× | |"
else:
    line += "| | |"
print(line)
PY
