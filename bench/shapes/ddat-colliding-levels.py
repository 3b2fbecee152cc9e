"""import --ddat: N roles that each name their one level the same, so every
level's id collides with the first's and takes a suffix. Each suffix was
found by counting up from 2 again (issue 13): 10 s at N = 2,000 and 401 s
at N = 32,000 in a debug build. 1x: N = 500 rows; 4x is 2,000, the most
role levels a role file may hold."""
import csv
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
n = 500 * factor
roles = os.path.join(out, "roles.csv")
with open(roles, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Role Family", "Role", "Role Description", "Role Level",
                "Role Level Description", "Skill Name", "Skill Description",
                "Skill Level", "Skill Level Description", "Role Type"])
    for i in range(n):
        w.writerow(["Data", f"Role {i}", "A role.", "Same level", "A level.",
                    "Skill", "Does it.", "Working", "You can.", ""])
print("\t".join(["import", "-q", "--ddat", roles, "--out-dir", os.path.join(out, "library")]))
