"""validate: one knowledge/skill with a title of 50,000 characters, then
thousands of items reusing its id. Each duplicate-id finding quoted the
earlier item's whole title: 519 KB made 2.4 GB of messages in 4.5 s, and
`--format json` ran out of memory (SPEC §7). Now a finding quotes the start
of it. 4x: a 200 KB title and 10,000 duplicates (about 0.75 MB,
within the node budget).

    python3 duplicates-of-a-long-title.py DIR FACTOR
"""
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
title = "T" * (50_000 * factor)
lines = [
    "id: duplicates-of-a-long-title",
    "title: Duplicates of a long title",
    "summary: Many items reuse the id of one with a long title.",
    "knowledge_skills:",
    "  - id: dup",
    "    title: " + title,
    "    type: technical",
    "    details: d",
]
for i in range(2_500 * factor):
    lines += ["  - id: dup", f"    title: a{i}", "    type: technical", "    details: d"]
path = os.path.join(out, "duplicates-of-a-long-title.yaml")
with open(path, "w") as f:
    f.write("\n".join(lines) + "\n")
print("\t".join(["validate", "--format", "json", path]))
