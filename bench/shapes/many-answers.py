"""assess --answers: a profile of K required skills, each with its own
training, answered from a file that rates every one `none`. The flow sorted
the ratings by linear lookups and rewrote the whole file after every answer
(quadratic and worse in K), then planned with the cubic cover (issue 9,
defect 2). 1x: K = 1,000 (about 160 KB in two files)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lib"))
from one_training_each import write_profile  # noqa: E402

out, factor = sys.argv[1], int(sys.argv[2])
k = 1000 * factor
profile = write_profile(out, "many-answers", "Many answers", k)
answers = os.path.join(out, "many-answers-ratings.yaml")
with open(answers, "w") as f:
    f.write("\n".join(f"s{i:05d}: none" for i in range(k)) + "\n")
saved = os.path.join(out, "many-answers-saved.yaml")
print("assess", profile, "--answers", answers, "--name", "Hostile Tester",
      "--out", saved, "--force", sep="\t")
