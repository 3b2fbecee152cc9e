"""A profile whose every knowledge/skill has an off-scale depth: about
1,400 findings at 1x and 5,600 at 4x (just under 1 MiB), each to be located
(SPEC §7, issue 9 defect 4: locating once re-parsed the file per finding).

    python3 many-findings.py DIR FACTOR
"""
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
count = 1_400 * factor
path = os.path.join(out, "many-findings.yaml")
with open(path, "w") as f:
    f.write("id: many-findings\ntitle: Many Findings\n")
    f.write("summary: Every depth is off the scale.\nknowledge_skills:\n")
    for i in range(count):
        f.write(
            f"  - id: skill-{i}\n    title: Skill number {i}\n    depth: fluent\n"
            "    type: technical\n    details: Something a person in this role "
            "needs to know, described in a sentence or two.\n"
        )
print("\t".join(["validate", path]))
