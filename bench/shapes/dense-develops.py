"""report: every training develops the same C shared skills, whose titles
are 2,000 characters long, plus one of its own; the assessment rates every
skill `none`. Each plan step names every gap its component develops, so a
long title was copied once per training that lists it: 1 MB of profile
made 88 MB of report and took 7 s (issue 9, found by the attack review).
1x: C = 50 shared skills and 50 trainings (about 200 KB in two files);
4x: 200 and 200, about 1 MB."""
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
shared = trainings = 50 * factor
title_chars = 2000
ids = [f"c{i}" for i in range(shared)] + [f"u{j}" for j in range(trainings)]
lines = ["id: dense", "title: Dense", "summary: s", "knowledge_skills:"]
for i in ids:
    lines += [f"  - id: {i}", f"    title: {i} " + "t" * title_chars,
              "    depth: aware", "    type: technical", "    details: d"]
lines.append("training:")
common = ",".join(f"c{i}" for i in range(shared))
for j in range(trainings):
    lines += [f"  - title: Course {j}", "    details: d", f"    develops: [u{j},{common}]"]
profile = os.path.join(out, "dense.yaml")
with open(profile, "w") as f:
    f.write("\n".join(lines) + "\n")
rated = ["profile: dense", "person: T", "assessor: self", "date: 2026-11-02",
         "status: complete", "ratings:"] + [f"  {i}: none" for i in ids]
assessment = os.path.join(out, "assessment.yaml")
with open(assessment, "w") as f:
    f.write("\n".join(rated) + "\n")
print("report", assessment, "--profile", profile, sep="\t")
