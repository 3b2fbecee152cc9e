"""A profile with thousands of unknown top-level fields: 8,000 at 1x and
32,000 at 4x (under 1 MiB), each one a finding. Dropping each failed field
by shifting the rest made this quadratic (SPEC §7, issue 9 defect 4).

    python3 many-unknown-fields.py DIR FACTOR
"""
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
count = 8_000 * factor
path = os.path.join(out, "many-unknown-fields.yaml")
with open(path, "w") as f:
    f.write("id: many-unknown-fields\ntitle: Many Unknown Fields\n")
    for i in range(count):
        f.write(f"field-{i}: value\n")
print("\t".join(["validate", path]))
