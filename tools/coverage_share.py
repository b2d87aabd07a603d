#!/usr/bin/env python3
"""How many documents of a set that state three or more figures crossfoot leaves "not checked".

usage: tools/coverage_share.py BINARY DIR...

A figure is what `crossfoot facts` lists as one (years, dates and document numbers are not);
"not checked" is exit status 3 of `crossfoot check` (nothing could be evaluated). The goal of
docs/accuracy.md: at most 10 % of the documents that state three or more figures.
"""
import pathlib
import subprocess
import sys


def main():
    binary = sys.argv[1]
    for folder in map(pathlib.Path, sys.argv[2:]):
        docs = sorted(p for p in (folder / "docs").iterdir() if p.is_file())
        stating = unchecked = 0
        for doc in docs:
            facts = subprocess.run([binary, "facts", str(doc)], capture_output=True, text=True)
            figures = sum(1 for line in facts.stdout.splitlines()
                          if line.lstrip().startswith("figure "))
            if figures < 3:
                continue
            stating += 1
            run = subprocess.run([binary, "check", "--quiet", str(doc)], capture_output=True)
            unchecked += run.returncode == 3
        share = 100.0 * unchecked / stating if stating else 0.0
        print(f"{folder}: {unchecked} of {stating} documents stating 3+ figures not checked "
              f"({share:.0f} %), {len(docs)} documents")


if __name__ == "__main__":
    main()
