"""import --ddat: one role with N levels, their required levels going up
and down, so half the steps are descents. Each level looked through every
level of its role for a management twin, each descent through every one
found, and each descent's line through every row (issue 13): 3 s at
N = 2,000 and 15 s at N = 32,000 in a debug build, the output on tmpfs.
1x: N = 500 rows; 4x is 2,000, the most role levels a role file may
hold."""
import csv
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
n = 500 * factor
levels = ["Awareness", "Working", "Practitioner", "Expert"]
roles = os.path.join(out, "roles.csv")
with open(roles, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Role Family", "Role", "Role Description", "Role Level",
                "Role Level Description", "Skill Name", "Skill Description",
                "Skill Level", "Skill Level Description", "Role Type"])
    for i in range(n):
        w.writerow(["Data", "Role", "A role.", f"Level {i}", "A level.",
                    "Skill", "Does it.", levels[i % 4 if i % 2 else 0],
                    "You can.", ""])
print("\t".join(["import", "-q", "--ddat", roles, "--out-dir", os.path.join(out, "library")]))
