"""assess --answers: a profile of K required skills, each with its own
training, answered from a file that rates every one `none`. The flow sorted
the ratings by linear lookups and rewrote the whole file after every answer
(quadratic and worse in K), then planned with the cubic cover (issue 9,
defect 2). 1x: K = 1,000 (about 160 KB in two files)."""
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
k = 1000 * factor
lines = [
    "id: many-answers",
    "title: Many answers",
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
profile = os.path.join(out, "many-answers-profile.yaml")
with open(profile, "w") as f:
    f.write("\n".join(lines) + "\n")
answers = os.path.join(out, "many-answers-ratings.yaml")
with open(answers, "w") as f:
    f.write("\n".join(f"s{i:05d}: none" for i in range(k)) + "\n")
saved = os.path.join(out, "many-answers-saved.yaml")
print("assess", profile, "--answers", answers, "--name", "Hostile Tester",
      "--out", saved, "--force", sep="\t")
