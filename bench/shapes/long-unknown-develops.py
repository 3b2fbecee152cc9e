"""validate: one training whose `develops` lists N unknown ids of about 100
characters, in a profile of N skills with titles of about 100 characters.
Every unknown id wants a "did you mean"; unbounded, each is compared with
every skill id (issue 9, defect 1). 1x: N = 900 (about 240 KB)."""
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
n = 900 * factor
filler = "a" * 80
lines = [
    "id: long-unknown-develops",
    "title: Long unknown develops",
    "summary: Every develops entry is an unknown id of about 100 characters.",
    "knowledge_skills:",
]
for i in range(n):
    lines += [
        f"  - title: Skill {i:06d} {filler} title",
        "    depth: aware",
        "    type: technical",
        "    details: d",
    ]
lines += ["training:", "  - title: Everything", "    details: d", "    develops:"]
# Near every skill id (a typo each), so every suggestion finds one.
lines += [f"      - skil-{i:06d}-{filler}-title" for i in range(n)]
path = os.path.join(out, "long-unknown-develops.yaml")
with open(path, "w") as f:
    f.write("\n".join(lines) + "\n")
print("validate", path, sep="\t")
