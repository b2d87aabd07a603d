#!/usr/bin/env python3
"""PDF reading speed against pdftotext -layout, side by side (docs/performance.md).
Usage: bench/pdf_speed.py CROSSFOOT DIR_OF_PDFS RUNS   (an empty rules dir is made in /tmp)
Each command runs once per file per round, interleaved; the fastest run is reported."""
import pathlib
import subprocess
import sys
import tempfile
import time

binary, folder, rounds = sys.argv[1], pathlib.Path(sys.argv[2]), int(sys.argv[3])
files = sorted(folder.glob("*.pdf"))
norules = tempfile.mkdtemp()
cmds = {
    "pdftotext -layout": lambda f: ["pdftotext", "-layout", str(f), "/dev/null"],
    "crossfoot facts (read, no packs)": lambda f: [binary, "facts", "--rules", norules, str(f)],
    "crossfoot check (read + audit)": lambda f: [binary, "check", "--no-config", str(f)],
}
res = {(k, f): [] for k in cmds for f in files}
for _ in range(rounds):
    for f in files:
        for k, c in cmds.items():
            start = time.perf_counter()
            subprocess.run(c(f), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            res[(k, f)].append(time.perf_counter() - start)
print("| file | pages | " + " | ".join(cmds) + " |")
print("|---|---|" + "---|" * len(cmds))
total = {k: 0.0 for k in cmds}
for f in files:
    info = subprocess.run(["pdfinfo", str(f)], capture_output=True, text=True).stdout
    pages = next((l.split()[-1] for l in info.splitlines() if l.startswith("Pages")), "?")
    cells = []
    for k in cmds:
        v = min(res[(k, f)]) * 1000
        total[k] += v
        cells.append(f"{v:.1f} ms")
    print(f"| {f.name} | {pages} | " + " | ".join(cells) + " |")
print(f"| all {len(files)} | | " + " | ".join(f"{total[k]:.1f} ms" for k in cmds) + " |")
