#!/usr/bin/env python3
"""Imports the harvested real-report excerpts and their blind readings into fixtures/real/harvest/.

usage: tools/import_harvest.py HARVEST_DIR

HARVEST_DIR holds one folder per helper (docs/, expected/, sources.tsv), each excerpt read by an
auditor who never saw crossfoot's output. Each document goes to dev/ or heldout/ by its address
alone (the first byte of the SHA-256 of its URL, even: dev), so the split does not depend on
what crossfoot finds and never changes as more documents are added. heldout/ is never tuned on:
docs/accuracy.md reports it as the measure of generalisation.
"""
import hashlib
import pathlib
import re
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "fixtures" / "real" / "harvest"


def main():
    src = pathlib.Path(sys.argv[1])
    rows = {"dev": [], "heldout": []}
    for helper in sorted(p for p in src.iterdir() if p.is_dir()):
        tsv = helper / "sources.tsv"
        if not tsv.exists():
            continue
        # The first helper's brief lacked its id: its files are renamed h1-….
        prefix = "h1" if helper.name == "HELPER_ID" else helper.name
        for line in tsv.read_text(encoding="utf-8").splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) < 2 or not cols[0].endswith(".txt"):
                continue
            name, url = cols[0], cols[1]
            new = re.sub(r"^[^-]+-", prefix + "-", name)
            half = "dev" if hashlib.sha256(url.encode()).digest()[0] % 2 == 0 else "heldout"
            (OUT / half / "docs").mkdir(parents=True, exist_ok=True)
            (OUT / half / "expected").mkdir(parents=True, exist_ok=True)
            shutil.copyfile(helper / "docs" / name, OUT / half / "docs" / new)
            reading = (helper / "expected" / (name[:-4] + ".yaml")).read_text(encoding="utf-8")
            stem_old, stem_new = name[:-4], new[:-4]
            reading = reading.replace(stem_old, stem_new)
            (OUT / half / "expected" / (stem_new + ".yaml")).write_text(reading, encoding="utf-8")
            rows[half].append("\t".join([new] + cols[1:]))
    for half, lines in rows.items():
        header = "file\tURL\toffice\tyear\tprovince\n"
        (OUT / half / "sources.tsv").write_text(header + "\n".join(sorted(lines)) + "\n",
                                                encoding="utf-8")
        print(f"{half}: {len(lines)} documents")


if __name__ == "__main__":
    main()
