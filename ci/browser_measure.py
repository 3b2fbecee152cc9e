"""Measures what Chromium made of one page, for ci/browser-check.sh.

    python3 ci/browser_measure.py NAME DIR MAX_PAGES

DIR holds page.png, page.pdf, and for each run (screenshot, pdf, dom) its
log (MODE.log), net log (MODE.netlog) and stdout (MODE.out). Prints one
line with the measurements, or the failures on stderr and exits 1.
Standard library only.
"""

import json
import re
import struct
import sys
import zlib
from collections import Counter
from pathlib import Path

WIDTH, HEIGHT = 1280, 800
MIN_COLOURS = 8
MAX_ONE_COLOUR = 0.995
# A4 in PDF points is 595.28 × 841.89; Chromium rounds to its pixel grid.
A4 = (595.28, 841.89)
A4_SLACK = 2.0
MODES = ("screenshot", "pdf", "dom")


def png_pixels(data):
    """Decodes an 8-bit, non-interlaced RGB or RGBA PNG: (width, height,
    list of rows as bytes, bytes per pixel)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    width, height, depth, colour, _, _, interlace = header
    channels = {2: 3, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace != 0:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        elif kind != 0:
            raise ValueError(f"bad PNG filter {kind} on row {y}")
        rows.append(bytes(line))
        previous = line
    return width, height, rows, channels


def check_png(path, failures):
    width, height, rows, channels = png_pixels(path.read_bytes())
    counts = Counter()
    for row in rows:
        counts.update(row[i:i + channels] for i in range(0, len(row), channels))
    total = width * height
    top = counts.most_common(1)[0][1] / total
    if (width, height) != (WIDTH, HEIGHT):
        failures.append(f"screenshot is {width}×{height}, not {WIDTH}×{HEIGHT}")
    if len(counts) <= MIN_COLOURS:
        failures.append(f"screenshot has {len(counts)} colours: blank (more than {MIN_COLOURS} expected)")
    if top > MAX_ONE_COLOUR:
        failures.append(f"screenshot is {top:.1%} one colour: blank (at most {MAX_ONE_COLOUR:.1%} expected)")
    return f"png {width}×{height} {len(counts)} colours, top colour {top:.1%}"


def check_pdf(path, bound, failures):
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        failures.append("the PDF does not start with %PDF-")
        return "pdf unreadable"
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    boxes = {
        tuple(float(v) for v in box.split()[2:4])
        for box in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", data)
    }
    if pages < 1:
        failures.append("the PDF has no page")
    if pages > bound:
        failures.append(f"the PDF has {pages} pages, over this page's bound of {bound}")
    for w, h in boxes:
        if abs(w - A4[0]) > A4_SLACK or abs(h - A4[1]) > A4_SLACK:
            failures.append(f"a PDF page is {w:.1f}×{h:.1f} pt, not A4 ({A4[0]}×{A4[1]})")
    return f"pdf {pages} A4 pages (bound {bound}), {len(data) // 1024} KiB"


def netlog_events(path):
    """The net log's events; Chromium may leave the JSON unterminated."""
    text = path.read_text(errors="replace")
    try:
        log = json.loads(text)
    except json.JSONDecodeError:
        text = text.rstrip().rstrip(",")
        log = json.loads(text if text.endswith("]}") else text + "]}")
    names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    return [(names.get(e["type"]), e.get("params", {})) for e in log["events"]]


def page_requests(path):
    """URL requests the page made: those Chromium keyed to the page's
    file:// site (its own background requests are keyed to none)."""
    requests = set()
    for kind, params in netlog_events(path):
        if kind == "URL_REQUEST_START_JOB" and "file://" in params.get("network_isolation_key", ""):
            requests.add(params.get("url", "?"))
    return requests


LOG_FAILURES = re.compile(r"CONSOLE|Refused to|net::ERR_|Failed to load")


def check_logs(directory, failures):
    console, requests = [], set()
    for mode in MODES:
        for line in (directory / f"{mode}.log").read_text(errors="replace").splitlines():
            if LOG_FAILURES.search(line):
                console.append(f"{mode}: {line.strip()}")
        netlog = directory / f"{mode}.netlog"
        if not netlog.exists():
            failures.append(f"Chromium wrote no net log in the {mode} run")
            continue
        requests |= page_requests(netlog)
    for line in console:
        failures.append(f"log: {line}")
    for url in sorted(requests):
        failures.append(f"the page requested {url}")
    dom = (directory / "dom.out").read_text(errors="replace")
    if "</html>" not in dom:
        failures.append("--dump-dom printed no document")
    return f"{len(console)} console/refusal lines, {len(requests)} requests, dom {len(dom) // 1024} KiB"


def main():
    name, directory, bound = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    failures = []
    try:
        measured = [
            check_png(directory / "page.png", failures),
            check_pdf(directory / "page.pdf", bound, failures),
            check_logs(directory, failures),
        ]
    except (OSError, ValueError, KeyError, zlib.error) as error:
        failures.append(f"cannot measure: {error}")
        measured = []
    if failures:
        for failure in failures:
            print(f"{name}: FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"{name}: ok: " + "; ".join(measured))
    return 0


if __name__ == "__main__":
    sys.exit(main())
