"""validate: one training whose `develops` lists N distinct unknown ids.
The duplicate check compared each entry with every earlier one (issue 9,
defect 1). 1x: N = 15,000 (about 200 KB); 4x is the issue's 60,000. The
list is written in block style: the pre-scan's node budget counts a flow
list's commas as possible nodes too, so a 60,000-entry flow list is refused
before the check runs, and the shape would time the refusal instead."""
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
n = 15000 * factor
ids = "".join(f"\n      - u{i:06d}" for i in range(n))
text = f"""id: huge-develops-list
title: Huge develops list
summary: One training develops many distinct unknown ids.
knowledge_skills:
  - title: Testing
    depth: aware
    type: technical
    details: d
training:
  - title: Everything
    details: d
    develops:
      - testing{ids}
"""
path = os.path.join(out, "huge-develops-list.yaml")
with open(path, "w") as f:
    f.write(text)
print("validate", path, sep="\t")
