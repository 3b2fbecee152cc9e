"""Flow lists nested 63 deep, within the nesting limit, repeated to fill
about 0.9 MB at 4x (the parser keeps every event of a document in memory:
SPEC §7, issue 9 defect 3). The node budget refuses it quickly.

    python3 nested-flow-63.py DIR FACTOR
"""
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
unit = "[" * 62 + "]" * 62 + ","
count = 900_000 * factor // 4 // len(unit)
path = os.path.join(out, "nested-flow-63.yaml")
with open(path, "w") as f:
    f.write("id: nested-flow\nnotes: [" + unit * count + "]\n")
print("\t".join(["validate", path]))
