#!/usr/bin/env python3
"""PDF reports and text laid out by spaces: the real reports of fixtures/real/ (two PDFs and
their pdftotext -layout copies) have every cell of 表二, 表三 and 表四 bound and raise nothing
the auditor did not find; PDFs made here from the national fixtures (.docx through
LibreOffice, .html through headless Chromium) give the same findings, figure for figure, as
the file they were made from; findings in a PDF name their page. Usage: pdf_test.py CROSSFOOT
"""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent.parent
REAL = ROOT / "fixtures" / "real" / "docs"
NATIONAL = ROOT / "fixtures" / "national"
BINARY = None


def run(*args):
    done = subprocess.run([BINARY, *map(str, args)], capture_output=True, text=True, cwd=ROOT)
    if done.returncode not in (0, 1):
        raise AssertionError(f"exit {done.returncode}: {done.stderr}")
    return done.stdout


def check(path):
    return json.loads(run("check", "--no-config", "--format", "json", path))["files"][0]


def grids(path):
    """The tables `facts` prints: per table, its rows as (label, [cells])."""
    tables, problems = [], []
    for line in run("facts", path).splitlines():
        if line.startswith("  line ") and ": table " in line:
            tables.append([])
        elif line.startswith("    row ") and tables:
            label, *cells = line.split(": ", 1)[1].split(" | ")
            tables[-1].append((label.strip(), cells))
        elif line.startswith("      cannot place values"):
            problems.append(line)
    return tables, problems


def number(cell):
    return float(cell) if "." in cell else int(cell)


def row(table, label):
    hits = [cells for name, cells in table if label in name]
    assert len(hits) == 1, (label, hits)
    return [number(c) for c in hits[0]]


def table_with(tables, label):
    hits = [t for t in tables if any(label in name for name, _ in t)]
    assert len(hits) == 1, label
    return hits[0]


def findings(file_report):
    """Rule ids with the figures each finding involves, as written."""
    return Counter((f["ruleId"], tuple(sorted([f["location"]["text"]] +
                                             [r["text"] for r in f.get("related", [])])))
                   for f in file_report["findings"])


class RealReports(unittest.TestCase):
    EXPECTED = {
        "huaian": {"新收": [3001, 53, 0, 0, 61, 4, 3119], "上年结转": [34, 0, 0, 0, 0, 0, 34],
                   "本机关不掌握": [746, 12, 0, 0, 10, 1, 769], "（七）总计": [2932, 53, 0, 0, 61, 4, 3050],
                   "结转下年度": [103, 0, 0, 0, 0, 0, 103], "部分公开": [447, 7, 0, 0, 0, 0, 454],
                   "t4": [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20],
                   "规章": [1, 0, 11], "行政规范性文件": [8, 26, 66], "行政许可": [447228],
                   "行政处罚": [3985758], "行政强制": [88283], "行政事业性收费": [96171.6], "rows": 25},
        "hongze": {"新收": [95, 0, 0, 0, 0, 0, 95], "上年结转": [0] * 7, "（七）总计": [95, 0, 0, 0, 0, 0, 95],
                   "本机关不掌握": [31, 0, 0, 0, 0, 0, 31], "部分公开": [9, 0, 0, 0, 0, 0, 9],
                   "t4": [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3],
                   "规章": [0, 0, 0], "行政规范性文件": [3, 0, 8], "行政许可": [9487],
                   "行政处罚": [2776], "行政强制": [84], "rows": 23},
    }
    FILES = {"huaian": ["huaian-city-2024.pdf", "01-huaian-city-2024.txt"],
             "hongze": ["hongze-district-2024.pdf", "03-hongze-district-2024.txt"]}

    def test_every_cell_of_the_tables_is_bound(self):
        for report, names in self.FILES.items():
            want = self.EXPECTED[report]
            for name in names:
                with self.subTest(file=name):
                    tables, problems = grids(REAL / name)
                    self.assertEqual(problems, [])
                    t3 = table_with(tables, "本年新收")
                    self.assertEqual(len(t3), want["rows"])
                    for label, cells in t3:
                        self.assertNotIn("·", cells, label)
                        values = [number(c) for c in cells]
                        self.assertEqual(sum(values[:6]), values[6], label)  # six applicants = 总计
                    for label in ("新收", "上年结转", "本机关不掌握", "（七）总计", "结转下年度", "部分公开"):
                        if label in want:
                            self.assertEqual(row(t3, label.replace("（", "(").replace("）", ")")),
                                             want[label], label)
                    # Outcome rows add up to （七） in every column.
                    labels = [n for n, _ in t3]
                    first = next(i for i, n in enumerate(labels) if "予以公开" in n)
                    total = next(i for i, n in enumerate(labels) if "(七)总计" in n)
                    sums = [sum(number(c[k]) for _, c in t3[first:total]) for k in range(7)]
                    self.assertEqual(sums, [number(c) for c in t3[total][1]])
                    t4 = [t for t in tables if len(t) == 1 and len(t[0][1]) == 15]
                    self.assertEqual(len(t4), 1)
                    self.assertEqual([number(c) for c in t4[0][0][1]], want["t4"])
                    for label in ("规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制"):
                        self.assertEqual(row(table_with(tables, label), label), want[label], label)

    def test_no_false_alarm_and_the_checks_ran(self):
        for report, names in self.FILES.items():
            for name in names:
                with self.subTest(file=name):
                    f = check(REAL / name)
                    self.assertGreater(sum(c["held"] for c in f["checks"]), 200)
                    ids = [x["ruleId"] for x in f["findings"]]
                    if report == "huaian":
                        self.assertEqual(ids, [])
                    else:
                        # 洪泽区's form has one （六） row: the check of its three rows is not run.
                        # Its prose's 17 applications (区政府办 alone) against 表三's 95 is the
                        # auditor's uncertain finding P03-1, which may be reported.
                        self.assertEqual(sorted(ids), ["GIS21-T3-PRESENT", "GIS21-X-RECEIVED"])
                        note = [x for x in f["findings"] if x["ruleId"] == "GIS21-T3-PRESENT"][0]
                        self.assertIn("逾期不补正", note["message"])

    def test_the_pdf_and_its_text_copy_bind_the_same_facts(self):
        for pdf, txt in self.FILES.values():
            with self.subTest(file=pdf):
                self.assertEqual(grids(REAL / pdf)[0][-3:], grids(REAL / txt)[0][-3:])


def browser():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return name
    raise AssertionError("no headless browser: make test installs Debian's chromium")


class MadeFromFixtures(unittest.TestCase):
    """Each national fixture printed to PDF gives the findings of the file it was made from."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        out = pathlib.Path(cls.tmp.name)
        cls.pairs = []
        env = dict(os.environ, HOME=str(out))  # LibreOffice keeps its profile in $HOME
        for folder in (NATIONAL, NATIONAL / "planted"):
            target = out / ("lo-" + folder.name)
            docx = sorted(folder.glob("*.docx"))
            subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir",
                            str(target), *map(str, docx)], capture_output=True, env=env,
                           timeout=600, check=True)
            cls.pairs += [(d, target / (d.stem + ".pdf")) for d in docx]
            for html in sorted(folder.glob("*.html")):
                pdf = out / ("chromium-" + folder.name) / (html.stem + ".pdf")
                pdf.parent.mkdir(exist_ok=True)
                subprocess.run([browser(), "--headless", "--no-sandbox", "--disable-gpu",
                                "--no-pdf-header-footer", f"--user-data-dir={out / 'profile'}",
                                f"--print-to-pdf={pdf}", html.as_uri()], capture_output=True,
                               timeout=120, check=True)
                cls.pairs.append((html, pdf))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_same_findings_as_the_source(self):
        self.assertEqual(len(self.pairs), 2 * len(list(NATIONAL.glob("**/*.docx"))))
        for source, pdf in self.pairs:
            with self.subTest(file=str(source.relative_to(ROOT)), pdf=pdf.parent.name):
                self.assertTrue(pdf.exists())
                want = check(source)
                got = check(pdf)
                self.assertEqual(findings(got), findings(want))
                if "planted" not in str(source) or "missing" not in source.name:
                    self.assertGreater(sum(c["held"] for c in got["checks"]), 100)

    def test_locations_name_the_page(self):
        source, pdf = next(p for p in self.pairs if p[0].name == "bureau-2021.docx" and
                           "planted" in str(p[0]))
        text = run("check", "--no-config", pdf)
        first = text.splitlines()[0]
        self.assertTrue(first.startswith(f"{pdf}:第"), first)
        self.assertRegex(first, r":第\d+页:\d+:\d+: ")
        sarif = json.loads(run("check", "--no-config", "--format", "sarif", pdf))
        names = [l["name"] for r in sarif["runs"][0]["results"]
                 for loc in r["locations"] for l in loc.get("logicalLocations", [])]
        self.assertTrue(names and all(n.startswith("第") for n in names), names)
        self.assertTrue(any(" 表" in n and " 行" in n and " 列" in n for n in names), names)


class BadPdfs(unittest.TestCase):
    def test_each_is_named_with_its_reason_and_the_others_are_audited(self):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            cases = {
                "damaged.pdf": (b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n",
                                "not a readable PDF: the file is damaged"),
                "notpdf.pdf": (b"hello", "not a PDF: the file does not start with %PDF-"),
            }
            # A scan: a page with an image and no text, made by pdftoppm's sibling tools.
            scan = tmp / "scan.pdf"
            subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp),
                            str(self.blank_page(tmp))], capture_output=True,
                           env=dict(os.environ, HOME=str(tmp)), timeout=300, check=True)
            (tmp / "blank.pdf").rename(scan)
            for name, (data, _) in cases.items():
                (tmp / name).write_bytes(data)
            done = subprocess.run([BINARY, "check", "--no-config", *(str(tmp / n) for n in cases),
                                   str(scan), "fixtures/real/docs/huaian-city-2024.pdf"],
                                  capture_output=True, text=True, cwd=ROOT)
            self.assertEqual(done.returncode, 2)
            for name, (_, message) in cases.items():
                self.assertIn(f"{tmp / name}: {message}", done.stderr)
            self.assertIn(f"{scan}: the PDF has no text layer", done.stderr)
            self.assertIn("OCR is out of scope", done.stderr)
            # The good report was still audited.
            self.assertIn("3 files could not be read", done.stdout)
            self.assertRegex(done.stdout, r"; [1-9][0-9]{2} checks held")

    @staticmethod
    def blank_page(tmp):
        doc = tmp / "blank.txt"
        doc.write_text(" \n", encoding="utf-8")
        return doc


if __name__ == "__main__":
    BINARY = sys.argv.pop(1)
    unittest.main(verbosity=2)
