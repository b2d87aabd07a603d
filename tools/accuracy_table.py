#!/usr/bin/env python3
"""Prints the per-report accuracy table of docs/accuracy.md from fixtures/real/.

  python3 tools/accuracy_table.py [build/crossfoot]
"""
import json
import pathlib
import subprocess
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
REAL = ROOT / "fixtures" / "real"
BINARY = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "build" / "crossfoot")


def expected_for(doc):
    name = doc.name + ".yaml" if doc.suffix == ".pdf" else doc.stem + ".yaml"
    path = REAL / "expected" / name
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None


def figures(f):
    return [l["text"] for l in [f["location"]] + f["related"]]


def main():
    print("| report | auditor: certain / uncertain | found (certain) | other errors, warnings | "
          "checks evaluated (held + failed) | not evaluable |")
    print("| --- | --- | --- | --- | --- | --- |")
    totals = [0, 0, 0, 0]
    for doc in sorted((REAL / "docs").iterdir()):
        reading = expected_for(doc)
        if reading is None:
            continue
        run = subprocess.run([BINARY, "check", "--format", "json", "--allow-unchecked", str(doc)],
                             cwd=ROOT, capture_output=True, text=True)
        report = json.loads(run.stdout)["files"][0]
        findings = [f for f in report["findings"] if f["severity"] in ("error", "warning")]
        certain = [i for i in reading.get("find") or [] if i.get("certain") is not False]
        uncertain = [i for i in (reading.get("find") or []) + (reading.get("optional") or [])
                     if i not in certain]
        found = 0
        matched = set()
        for item in certain:
            wanted = {w for w, _ in item["figures"]}
            hits = [k for k, f in enumerate(findings) if wanted <= set(figures(f))]
            found += bool(hits)
            matched.update(hits)
        items = certain + uncertain
        other = 0
        for k, f in enumerate(findings):
            written = set(figures(f))
            mine = {w for w in written if not w.endswith("%")}
            if k in matched or any({w for w, _ in i["figures"]} <= written
                                   or mine <= {w for w, _ in i["figures"]} for i in items):
                continue
            other += 1
        cov = report.get("coverage", {})
        totals[0] += len(certain)
        totals[1] += found
        totals[2] += other
        totals[3] += cov.get("evaluated", 0)
        print(f"| {doc.name} | {len(certain)} / {len(uncertain)} | {found} | {other} | "
              f"{cov.get('evaluated', 0)} | {cov.get('notEvaluable', 0)} |")
    print(f"| **all** | {totals[0]} certain | **{totals[1]}** | **{totals[2]}** | {totals[3]} | |")


if __name__ == "__main__":
    main()
