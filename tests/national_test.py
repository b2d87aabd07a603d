#!/usr/bin/env python3
"""The national-format packs on fixtures/national/ (tools/make_national_fixtures.py): each
consistent report is silent, each planted report raises exactly its planted checks in every
format, each finding locates every figure it involves, and year-against-year checks pair
reports by name or by --previous. Usage: national_test.py PATH_TO_CROSSFOOT
"""
import json
import pathlib
import subprocess
import sys
import unittest

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "national"
BINARY = None


def check(*args):
    run = subprocess.run([BINARY, "check", "--format", "json", *map(str, args)],
                         capture_output=True, text=True, cwd=ROOT)
    if run.returncode not in (0, 1):
        raise AssertionError(f"exit {run.returncode}: {run.stderr}")
    return json.loads(run.stdout)


def ids(file_report):
    return sorted(f["ruleId"] for f in file_report["findings"])


class NationalFixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.expected = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
        cls.result = check("fixtures/national")

    def test_every_fixture_raises_exactly_its_planted_checks(self):
        seen = set()
        for f in self.result["files"]:
            name = str(pathlib.Path(f["path"]).relative_to("fixtures/national"))
            seen.add(name)
            with self.subTest(file=name):
                self.assertEqual(ids(f), self.expected[name])
        self.assertEqual(seen, set(self.expected))

    def test_the_planted_figure_is_named_as_the_one_to_correct(self):
        corrections = json.loads((FIXTURES / "corrections.json").read_text(encoding="utf-8"))
        by_name = {str(pathlib.Path(f["path"]).relative_to("fixtures/national")): f
                   for f in self.result["files"]}
        for name, planted in corrections.items():
            with self.subTest(file=name):
                found = by_name[name]["findings"]
                self.assertTrue(found)
                named = sorted({(f["correction"]["text"], f["correction"]["corrected"])
                                for f in found if "text" in f.get("correction", {})})
                # Every planted figure, as it should read; each finding explained by one of
                # them, located at it, and saying so.
                self.assertEqual(named, sorted(tuple(p) for p in planted))
                for f in found:
                    self.assertIn("text", f.get("correction", {}), f["message"])
                    self.assertEqual(f["location"]["text"], f["correction"]["text"])
                    self.assertIn(f"若将 {f['correction']['text']} 改为 "
                                  f"{f['correction']['corrected']}", f["message"])

    def test_consistent_reports_are_silent_and_checked(self):
        for f in self.result["files"]:
            if "planted" in f["path"]:
                continue
            with self.subTest(file=f["path"]):
                self.assertEqual(f["findings"], [])
                held = sum(c["held"] for c in f["checks"])
                self.assertGreater(held, 100)  # the table checks ran, in every column and row

    def test_the_format_picks_the_pack(self):
        for f in self.result["files"]:
            packs = {c["ruleId"].split("-")[0] for c in f["checks"]}
            wanted = "GIS19" if "2019" in f["path"] else "GIS21"
            with self.subTest(file=f["path"]):
                # the format's own pack, and the statements pack that runs on every report
                self.assertEqual(packs, {wanted, "ST"})

    def test_locations_point_at_the_figures_written(self):
        for f in self.result["files"]:
            if f["path"].endswith(".docx"):
                continue  # offsets are into the extracted text
            source = (ROOT / f["path"]).read_bytes()
            for finding in f["findings"]:
                for loc in [finding["location"]] + finding["related"]:
                    if loc["length"] == 0 or "path" in loc:
                        continue
                    text = source[loc["offset"]:loc["offset"] + loc["length"]].decode("utf-8")
                    with self.subTest(file=f["path"], rule=finding["ruleId"]):
                        self.assertEqual(text.replace("，", ","), loc["text"])

    def test_sums_locate_every_figure_involved(self):
        for f in self.result["files"]:
            for finding in f["findings"]:
                rule = finding["ruleId"]
                count = 1 + len(finding["related"])
                with self.subTest(file=f["path"], rule=rule):
                    if rule.endswith("T3-BAL"):
                        self.assertEqual(count, 4)
                    elif rule.endswith("T3-ROW"):
                        self.assertEqual(count, 7)
                    elif rule.endswith("X-REFUSED"):
                        self.assertEqual(count, 6)  # the prose figure and the five rows
                    elif rule.endswith("T4-DIRECT") or rule.endswith("T4-AFTER"):
                        self.assertEqual(count, 5)


class YearAgainstYear(unittest.TestCase):
    def test_pairs_by_name_in_a_directory(self):
        result = check("fixtures/national/planted/bureau-2021.md",
                       "fixtures/national/planted/bureau-2022.md")
        self.assertIn("GIS21-Y-CARRIED", ids(result["files"][1]))

    def test_without_a_pair_the_year_checks_stay_silent(self):
        result = check("fixtures/national/planted/bureau-2022.md")
        self.assertEqual([i for i in ids(result["files"][0]) if "-Y-" in i], [])

    def test_previous_names_the_report_and_locates_its_figure(self):
        result = check("--previous", "fixtures/national/bureau-2021.html",
                       "fixtures/national/planted/bureau-2022.md")
        findings = {f["ruleId"]: f for f in result["files"][0]["findings"]}
        carried = findings["GIS21-Y-CARRIED"]
        self.assertEqual([r.get("path") for r in carried["related"]],
                         ["fixtures/national/bureau-2021.html"])

    def test_previous_takes_one_report(self):
        run = subprocess.run([BINARY, "check", "--previous", "fixtures/national/bureau-2021.md",
                              "fixtures/national/bureau-2022.md", "fixtures/national/county-2019.md"],
                             capture_output=True, text=True, cwd=ROOT)
        self.assertEqual(run.returncode, 2)
        self.assertIn("--previous takes one report", run.stderr)

    def test_an_unreadable_previous_report_is_named(self):
        run = subprocess.run([BINARY, "check", "--previous", "fixtures/national/nope-2020.md",
                              "fixtures/national/bureau-2021.md"],
                             capture_output=True, text=True, cwd=ROOT)
        self.assertEqual(run.returncode, 2)
        self.assertIn("nope-2020.md", run.stderr)


if __name__ == "__main__":
    BINARY = sys.argv.pop(1)
    unittest.main()
