"""show: a --profiles folder of N profiles, and `show` of the built-in
profile. Every file was parsed, one after another, and kept in memory just
to find one id (issue 9, defect 5): 20 s and 414 MB at N = 10,000. The
point is many files, so the 4x folder is over the 1 MiB cap in total,
never per file. 1x: N = 2,500 copies of the built-in profile under new
ids (about 27 KB each, 68 MB)."""
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
n = 2500 * factor
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
builtin_id = "senior-devops-engineer-management"
with open(os.path.join(root, "profiles", builtin_id + ".yaml")) as f:
    text = f.read()
needle = "\nid: " + builtin_id + "\n"
assert needle in text, "the built-in profile's id line moved"
folder = os.path.join(out, "profiles")
os.makedirs(folder, exist_ok=True)
for i in range(n):
    copy = text.replace(needle, f"\nid: many-profiles-{i:05d}\n", 1)
    with open(os.path.join(folder, f"profile-{i:05d}.yaml"), "w") as f:
        f.write(copy)
print("\t".join(["show", builtin_id, "--format", "json", "--profiles", folder]))
