"""`[],` repeated inside one flow list: about 1 MB at 4x, one node per three
bytes (SPEC §7, issue 9 defect 3). The node budget refuses it quickly.

    python3 empty-flow-seqs.py DIR FACTOR
"""
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
count = 1_000_000 * factor // 4 // 3
path = os.path.join(out, "empty-flow-seqs.yaml")
with open(path, "w") as f:
    f.write("id: empty-flow-seqs\nnotes: [" + "[]," * count + "]\n")
print("\t".join(["validate", path]))
