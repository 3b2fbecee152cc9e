#!/usr/bin/env bash
# The HTML benchmark (issue 16, "Bad input"): pages for the largest inputs
# stay well under 10 MB and render in Chromium in under 10 s. A benchmark,
# not a test: it prints figures and exits non-zero only when a command
# fails or a target is missed. Pages:
#   - team-1000: `team` over 1,000 generated assessments (examples/gen_corpus
#     writes 1,001 files, one broken on purpose, which team skips);
#   - report-9000-items: `report` over a generated profile of 9,000 items,
#     every one rated. 10,000 items cannot load: a YAML file holds at most
#     100,000 nodes (SPEC §7) and an item takes 11 (id, title, details,
#     depth and type, keys and values, and its mapping), so 9,000 is about
#     the most one profile file allows (short ids keep it under 1 MiB);
#   - report-long-name and team-long-name: examples/sam-nearly-ready.yaml,
#     and examples/team with Sam's file, under a 400-character name.
# For each it prints the page's size, the time skillgap took, and
# Chromium's wall time and peak memory (/usr/bin/time) for a 1280×800
# screenshot, with the same flags as ci/browser-check.sh.
#
#   bash bench/html.sh            # release build
#   BUILD=debug bash bench/html.sh  # the debug build (page sizes are the same)
#
# Needs chromium, python3 and GNU time (Debian: apt-get install chromium
# python3 time). Honours CARGO_TARGET_DIR and CHROMIUM.
set -euo pipefail
cd "$(dirname "$0")/.."
chromium=${CHROMIUM:-chromium}
for tool in "$chromium" python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench/html.sh needs $tool (apt-get install chromium python3 time)" >&2; exit 1; }
done
build=${BUILD:-release}
if [ "$build" = release ]; then
  cargo build --release --quiet --bin skillgap --example gen_corpus
else
  cargo build --quiet --bin skillgap --example gen_corpus
fi
bin="$(realpath "${CARGO_TARGET_DIR:-target}/$build")"
sg="$bin/skillgap"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

max_bytes=$((10 * 1000 * 1000))
max_seconds=10

"$bin/examples/gen_corpus" "$dir/corpus" 1001 2>/dev/null

mkdir -p "$dir/profiles" "$dir/team-long"
python3 - "$dir" <<'PY'
import os, sys
d, n = sys.argv[1], 9000
with open(os.path.join(d, "profiles", "many-items.yaml"), "w") as f:
    f.write("id: bench-many-items\ntitle: Many Items\nsummary: A profile of 9,000 items.\n")
    f.write("knowledge_skills:\n")
    for i in range(n):
        f.write(f"  - id: s{i}\n    title: Skill {i}\n    details: What it asks.\n"
                "    depth: familiar\n    type: technical\n")
levels = ["none", "aware", "familiar", "proficient", "expert"]
with open(os.path.join(d, "many-items.yaml"), "w") as f:
    f.write("profile: bench-many-items\nperson: Bench Person\nassessor: self\n"
            "date: 2026-11-09\nstatus: complete\nratings:\n")
    for i in range(n):
        f.write(f"  s{i}: {levels[i % 5]}\n")
name = ("Name " * 80).strip()[:399] + "Z"
assert len(name) == 400
for source, target in [("examples/sam-nearly-ready.yaml", "long-name.yaml")]:
    text = open(source).read().replace("person: Sam Rivera", f"person: {name}", 1)
    open(os.path.join(d, target), "w").write(text)
for entry in os.listdir("examples/team"):
    text = open(os.path.join("examples/team", entry)).read()
    text = text.replace("person: Sam Rivera", f"person: {name}", 1)
    open(os.path.join(d, "team-long", entry), "w").write(text)
PY

# name, then the skillgap arguments (before --format html)
pages=(
  "team-1000|team $dir/corpus/assessments"
  "report-9000-items|--profiles $dir/profiles report $dir/many-items.yaml"
  "report-long-name|report $dir/long-name.yaml"
  "team-long-name|team $dir/team-long"
)

failed=0
printf '%-20s %12s %12s %14s %14s\n' page bytes skillgap chromium "chromium max RSS"
for row in "${pages[@]}"; do
  name=${row%%|*}
  read -r -a args <<<"${row#*|}"
  page="$dir/$name.html"
  status=0
  /usr/bin/time -f "%e" -o "$dir/sg.time" "$sg" "${args[@]}" --format html >"$page" 2>"$dir/sg.log" || status=$?
  # team exits 2 when it skipped a file (the broken one, on purpose)
  if [ "$status" -ne 0 ] && ! { [ "$status" -eq 2 ] && [ -s "$page" ]; }; then
    echo "$name: skillgap exited $status:" >&2
    tail -5 "$dir/sg.log" >&2
    failed=1
    continue
  fi
  profile=$(mktemp -d "$dir/profile.XXXXXX")
  /usr/bin/time -f "%e %M" -o "$dir/chromium.time" timeout 120 "$chromium" \
    --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-extensions --user-data-dir="$profile" \
    --host-resolver-rules="MAP * ~NOTFOUND" --proxy-server=127.0.0.1:9 \
    --window-size=1280,800 --screenshot="$dir/$name.png" "file://$page" \
    >/dev/null 2>"$dir/chromium.log" || { echo "$name: Chromium failed" >&2; failed=1; continue; }
  bytes=$(stat -c %s "$page")
  read -r seconds kib <"$dir/chromium.time"
  printf '%-20s %12s %10ss %12ss %11s MiB\n' "$name" "$bytes" "$(tail -1 "$dir/sg.time")" \
    "$seconds" "$((kib / 1024))"
  if [ "$bytes" -ge "$max_bytes" ]; then
    echo "$name: the page is $bytes bytes, over the 10 MB target" >&2
    failed=1
  fi
  if ! awk -v s="$seconds" -v m="$max_seconds" 'BEGIN { exit !(s < m) }'; then
    echo "$name: Chromium took $seconds s, over the $max_seconds s target" >&2
    failed=1
  fi
done
exit "$failed"
