"""show: a --profiles folder of N profiles with old-Mac (CR-only) line
endings, and `show` of the built-in profile. The id read-ahead gave up on
a lone CR, so every such file was parsed at load and kept: 60 files of
850 KB made `show` take 2.3 s and 103 MB instead of 0.01 s. 1x: N = 250
files of about 100 KB (25 MB).

    python3 many-old-mac-profiles.py DIR FACTOR
"""
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
folder = os.path.join(out, "profiles")
os.makedirs(folder, exist_ok=True)
for k in range(250 * factor):
    lines = [f"id: old-mac-{k}", "title: Old Mac", "summary: s", "knowledge_skills:"]
    for i in range(350):
        lines += [
            f"  - id: s{i}",
            f"    title: Skill {i} " + "x" * 200,
            "    depth: aware",
            "    type: technical",
            "    details: d",
        ]
    with open(os.path.join(folder, f"old-mac-{k}.yaml"), "w", newline="") as f:
        f.write("\r".join(lines) + "\r")
print("\t".join(["show", "senior-devops-engineer-management", "--profiles", folder]))
