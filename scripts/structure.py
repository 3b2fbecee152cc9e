#!/usr/bin/env python3
"""The shape of src/: file count, median and largest file, `#[allow` count,
`match format` blocks, and the cycles between top-level modules (read from
`crate::` paths). Run from the repository root: python3 scripts/structure.py
"""
import os, re, statistics, sys
from itertools import chain

SRC = "src"
files = []
for root, _, names in os.walk(SRC):
    for name in names:
        if name.endswith(".rs"):
            files.append(os.path.join(root, name))
files.sort()

def top_module(path):
    rel = os.path.relpath(path, SRC)
    first = rel.split(os.sep)[0]
    return first[:-3] if first.endswith(".rs") else first

lines = {f: sum(1 for _ in open(f, encoding="utf-8")) for f in files}
modules = {top_module(f) for f in files if not top_module(f).endswith("_tests")} - {"lib", "main"}
edges = {m: set() for m in modules}
allow = match_format = match_format_app = 0
use_re = re.compile(r"crate::([a-z_][a-z0-9_]*)")
for f in files:
    text = open(f, encoding="utf-8").read()
    # Test code may reach anywhere; only the shipped code must be layered.
    text_no_tests = re.split(r"#\[cfg\(test\)\]\s*mod tests\s*\{", text)[0]
    if os.path.basename(f) == "tests.rs" or f.endswith("_tests.rs"):
        text_no_tests = ""
    # Comments name modules without depending on them.
    text_no_tests = re.sub(r"//.*", "", text_no_tests)
    allow += len(re.findall(r"#!?\[allow\(", text_no_tests))
    found = len(re.findall(r"match\s+(?:[a-z_.]*\.)?format\b", text_no_tests))
    match_format += found
    if f.startswith(os.path.join(SRC, "app")):
        match_format_app += found
    src = top_module(f)
    if src not in modules:
        continue
    for target in use_re.findall(text_no_tests):
        if target in modules and target != src:
            edges[src].add(target)

# Strongly connected components (Tarjan), to name every cycle.
index, low, stack, on, sccs, counter = {}, {}, [], set(), [], [0]
sys.setrecursionlimit(10000)
def strong(v):
    index[v] = low[v] = counter[0]; counter[0] += 1
    stack.append(v); on.add(v)
    for w in sorted(edges[v]):
        if w not in index:
            strong(w); low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop(); on.discard(w); comp.append(w)
            if w == v:
                break
        sccs.append(sorted(comp))
for m in sorted(modules):
    if m not in index:
        strong(m)
cycles = [c for c in sccs if len(c) > 1]
sizes = sorted(lines.values())
largest = max(lines, key=lines.get)
print(f"files: {len(files)}")
print(f"lines: {sum(sizes)}")
print(f"median file: {statistics.median(sizes):.0f} lines")
print(f"largest file: {largest} ({lines[largest]} lines)")
print(f"files over 500 lines: {sum(1 for n in sizes if n > 500)}")
print(f"#[allow] outside tests: {allow}")
print(f"match format blocks outside tests: {match_format} (in app/: {match_format_app})")
print(f"module cycles: {len(cycles)}")
for c in cycles:
    print("  " + " <-> ".join(c))
    for a in c:
        print(f"    {a} -> {', '.join(sorted(edges[a] & set(c)))}")
sys.exit(1 if cycles and "--acyclic" in sys.argv else 0)
