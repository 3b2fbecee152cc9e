"""Crops a PNG to HEIGHT rows from row TOP, keeping its width; writes RGB.
Standard library only (the README's screenshot: see ci/readme-screenshot.sh).

    python3 ci/png_crop.py IN.png OUT.png TOP HEIGHT
"""

import struct
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from browser_measure import png_pixels  # noqa: E402


def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def main():
    source, target, top, height = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    width, _, rows, channels = png_pixels(Path(source).read_bytes())
    raw = bytearray()
    for row in rows[top:top + height]:
        rgb = bytes(b for i, b in enumerate(row) if i % channels < 3)
        # filter 1 (Sub): each byte minus the one a pixel to its left
        raw.append(1)
        raw.extend((rgb[i] - (rgb[i - 3] if i >= 3 else 0)) & 0xFF for i in range(len(rgb)))
    kept = len(rows[top:top + height])
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, kept, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")
    Path(target).write_bytes(png)


if __name__ == "__main__":
    main()
