"""validate: nesting hidden behind a line separator (U+2028). libyaml ends
a line at NEL, LS and PS, but the pre-scan saw one line of plain text, so
1 MB of `[` after an LS reached the parser: 4.4 s and 166 MB. The scans
now see those breaks too. 4x: about 1 MB.

    python3 line-separator-nesting.py DIR FACTOR
"""
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
path = os.path.join(out, "line-separator-nesting.yaml")
with open(path, "w", encoding="utf-8") as f:
    f.write("id: line-separator-nesting\nsummary:\n- text\u2028- " + "[" * (250_000 * factor) + "\n")
print("\t".join(["validate", path]))
