"""One long text behind an anchor, then thousands of uses of its alias:
each use used to copy the whole text, so 250 KB built 2.5 GB (SPEC §7).
The byte budget on text built refuses it once the copies pass the size of
the file plus 1 MiB. At 4x: a 512 KB text and 100,000 bytes of `- *a`.

    python3 aliased-long-text.py DIR FACTOR
"""
import os
import sys

out, factor = sys.argv[1], int(sys.argv[2])
text = "x" * (128_000 * factor)
uses = 5_000 * factor
path = os.path.join(out, "aliased-long-text.yaml")
with open(path, "w") as f:
    f.write('id: aliased-long-text\nnotes: &a "' + text + '"\nmore:\n' + "- *a\n" * uses)
print("\t".join(["validate", path]))
