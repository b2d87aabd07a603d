#!/usr/bin/env python3
"""Accuracy on real published reports (fixtures/real/), against independent auditors.

For every report of fixtures/real/docs, fixtures/real/audited/docs and
fixtures/real/harvest/dev/docs with an expected/ reading:
- every `certain` finding of the auditor is reported: one error or warning names all of its
  figures (as written), on the lines the auditor gives;
- nothing else is reported: every error or warning crossfoot gives matches a `find` or an
  `optional` item of the reading — it names all of the item's figures on the item's lines —
  or it is a false alarm.
fixtures/real/harvest/heldout/ is not tested here: it is never tuned on (docs/accuracy.md).
On the excerpts, the errors and warnings are exactly those of excerpts-reviewed.yaml, each
checked by hand against the excerpt (UPDATE_REVIEWED=1 rewrites the file for review).
"""
import json
import os
import pathlib
import re
import subprocess
import sys
import unittest

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
REAL = ROOT / "fixtures" / "real"
BINARY = sys.argv.pop(1) if len(sys.argv) > 1 else str(ROOT / "build" / "crossfoot")


def audit(path):
    run = subprocess.run([BINARY, "check", "--format", "json", "--allow-unchecked", str(path)],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode in (0, 1), run.stderr
    return json.loads(run.stdout)["files"][0]


def figures_of(finding):
    """(written, line) of every figure a finding involves."""
    locs = [finding["location"]] + finding["related"]
    return [(l["text"], l["line"]) for l in locs]


def expected_for(doc):
    expected = doc.parent.parent / "expected"
    path = expected / (doc.name + ".yaml" if doc.suffix == ".pdf" else doc.stem + ".yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None


def names_item(finding, item):
    """The finding names every figure of the auditor's item, on the item's lines."""
    got = figures_of(finding)
    for written, lines in item["figures"]:
        anyline = lines == "any" or lines == ["any"]
        if not any((written == "*" or w == written) and (anyline or line in lines)
                   for w, line in got):
            return False
    return True


class RealReports(unittest.TestCase):
    def check_set(self, folder, at_least):
        docs = sorted(p for p in (folder / "docs").iterdir() if expected_for(p) is not None)
        self.assertGreaterEqual(len(docs), at_least, folder)
        for doc in docs:
            reading = expected_for(doc)
            items = (reading.get("find") or []) + (reading.get("optional") or [])
            report = audit(doc)
            self.assertNotIn("error", report, doc.name)
            findings = [f for f in report["findings"] if f["severity"] in ("error", "warning")]
            with self.subTest(doc=doc.name, what="certain findings reported"):
                for item in reading.get("find") or []:
                    if item.get("certain") is False:
                        continue
                    self.assertTrue(any(names_item(f, item) for f in findings),
                                    f"{doc.name}: {item['id']} not reported ({item['what']})")
            with self.subTest(doc=doc.name, what="no false alarm"):
                for f in findings:
                    self.assertTrue(any(names_item(f, item) for item in items),
                                    f"{doc.name}: unexpected {f['ruleId']} {f['message']}")

    def test_full_reports(self):
        self.check_set(REAL, 15)

    def test_audited_excerpts(self):
        self.check_set(REAL / "audited", 90)

    def test_harvested_excerpts_of_the_development_half(self):
        self.check_set(REAL / "harvest" / "dev", 150)


class Excerpts(unittest.TestCase):
    def test_every_error_and_warning_on_the_excerpts_was_reviewed(self):
        reviewed_path = REAL / "excerpts-reviewed.yaml"
        got = []
        for doc in sorted((REAL / "excerpts").glob("*.txt")):
            for f in audit(doc)["findings"]:
                if f["severity"] not in ("error", "warning"):
                    continue
                got.append({"file": doc.name, "ruleId": f["ruleId"], "severity": f["severity"],
                            "figures": [w for w, _ in figures_of(f)], "message": f["message"]})
        if os.environ.get("UPDATE_REVIEWED"):
            old = yaml.safe_load(reviewed_path.read_text(encoding="utf-8")) if reviewed_path.exists() else []
            # A review is of the figures, whichever of them the finding names first (the figure
            # to correct comes first when one explains the finding).
            notes = {(r["file"], r["ruleId"], tuple(sorted(r["figures"]))): r.get("review", "")
                     for r in old or []}
            for g in got:
                g["review"] = notes.get((g["file"], g["ruleId"], tuple(sorted(g["figures"]))),
                                        "TO REVIEW")
            reviewed_path.write_text(yaml.safe_dump(got, allow_unicode=True, sort_keys=False, width=100),
                                     encoding="utf-8")
        reviewed = yaml.safe_load(reviewed_path.read_text(encoding="utf-8")) or []
        key = lambda r: (r["file"], r["ruleId"], r["severity"], tuple(sorted(r["figures"])))
        self.assertEqual(sorted(map(key, got)), sorted(map(key, reviewed)))
        for r in reviewed:
            self.assertNotEqual(r.get("review", ""), "TO REVIEW", r)


if __name__ == "__main__":
    unittest.main(verbosity=2)
