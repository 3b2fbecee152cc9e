"""report: a profile of K required skills, each developed by its own
training, and an assessment rating every one `none`. The plan's greedy
cover rescanned every open gap against every candidate at each step
(issue 9, defect 2). 1x: K = 1,000 (about 160 KB in two files)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lib"))
from one_training_each import write_profile  # noqa: E402

out, factor = sys.argv[1], int(sys.argv[2])
k = 1000 * factor
profile = write_profile(out, "cubic-plan", "Cubic plan", k)
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
