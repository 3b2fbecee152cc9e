"""report: an assessment rating N unknown ids of about 100 characters
against a profile of N skills with titles of about 100 characters. Each
unknown rating wants a "did you mean" against every item (issue 9,
defect 1). 1x: N = 900 (about 240 KB in two files)."""
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
n = 900 * factor
filler = "a" * 80
lines = [
    "id: unknown-ratings",
    "title: Unknown ratings",
    "summary: A profile of many skills with long titles.",
    "knowledge_skills:",
]
for i in range(n):
    lines += [
        f"  - title: Skill {i:06d} {filler} title",
        "    depth: aware",
        "    type: technical",
        "    details: d",
    ]
profile = os.path.join(out, "unknown-ratings-profile.yaml")
with open(profile, "w") as f:
    f.write("\n".join(lines) + "\n")
lines = [
    "profile: unknown-ratings",
    "person: Hostile Tester",
    "assessor: self",
    "date: 2026-11-02",
    "status: complete",
    "ratings:",
]
lines += [f"  skil-{i:06d}-{filler}-title: aware" for i in range(n)]
assessment = os.path.join(out, "unknown-ratings-assessment.yaml")
with open(assessment, "w") as f:
    f.write("\n".join(lines) + "\n")
print("report", assessment, "--profile", profile, sep="\t")
