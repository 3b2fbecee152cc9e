"""report: a profile of K required skills, each developed by its own
training, and an assessment rating every one `none`. The plan's greedy
cover rescanned every open gap against every candidate at each step
(issue 9, defect 2). 1x: K = 1,000 (about 160 KB in two files)."""
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
k = 1000 * factor
lines = [
    "id: cubic-plan",
    "title: Cubic plan",
    "summary: Every required skill has its own training.",
    "knowledge_skills:",
]
for i in range(k):
    lines += [
        f"  - id: s{i:05d}",
        f"    title: Skill {i:05d}",
        "    depth: aware",
        "    type: technical",
        "    details: d",
    ]
lines.append("training:")
for i in range(k):
    lines += [
        f"  - title: Course {i:05d}",
        "    details: d",
        f"    develops: [s{i:05d}]",
    ]
profile = os.path.join(out, "cubic-plan-profile.yaml")
with open(profile, "w") as f:
    f.write("\n".join(lines) + "\n")
lines = [
    "profile: cubic-plan",
    "person: Hostile Tester",
    "assessor: self",
    "date: 2026-11-02",
    "status: complete",
    "ratings:",
]
lines += [f"  s{i:05d}: none" for i in range(k)]
assessment = os.path.join(out, "cubic-plan-assessment.yaml")
with open(assessment, "w") as f:
    f.write("\n".join(lines) + "\n")
print("report", assessment, "--profile", profile, sep="\t")
