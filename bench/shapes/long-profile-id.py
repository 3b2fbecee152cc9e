"""validate: an assessment of a profile with a very long id, rating
thousands of items the profile lacks. Each unknown-item finding quoted the
whole profile id: a 127 KB assessment made 200 MB of JSON and took 700 MB
(SPEC §7). Now a finding quotes the start of it. 4x: a 240 KB id and
40,000 unknown ratings (about 0.85 MB).

    python3 long-profile-id.py DIR FACTOR
"""
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
pid = "a" * (60_000 * factor)
profiles = os.path.join(out, "profiles")
os.makedirs(profiles, exist_ok=True)
with open(os.path.join(profiles, "long-profile-id.yaml"), "w") as f:
    f.write(
        f"id: {pid}\ntitle: Long profile id\nsummary: s\nknowledge_skills:\n"
        "  - id: k\n    title: K\n    depth: aware\n    type: technical\n    details: d\n"
    )
lines = [
    f"profile: {pid}",
    "person: Hostile Tester",
    "assessor: self",
    "date: 2026-11-02",
    "status: complete",
    "ratings:",
]
lines += [f"  u{i}: none" for i in range(10_000 * factor)]
assessment = os.path.join(out, "long-profile-id-assessment.yaml")
with open(assessment, "w") as f:
    f.write("\n".join(lines) + "\n")
print("\t".join(["validate", "--format", "json", "--profiles", profiles, assessment]))
