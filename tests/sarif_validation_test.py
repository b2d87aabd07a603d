#!/usr/bin/env python3
"""crossfoot's SARIF against the SARIF 2.1.0 JSON schema and Microsoft's SARIF Multitool
(SARIF and GitHub rule sets), and against crossfoot's own SARIF contract:
every region covers exactly the figure as written, with its snippet.

Usage: sarif_validation_test.py BUILD/crossfoot   (run from the project root)
"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import unittest

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = None
MULTITOOL = ROOT / "tools/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
SCHEMA = ROOT / "tools/sarif/node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json"

CASES = {
    "sample": ["reports/xiamen-2018.txt"],
    "kinds": ["--rules", "fixtures/packs/kinds.yaml", "fixtures/kinds"],
    "formats": ["fixtures/formats"],
}


def sarif_for(args):
    run = subprocess.run([BINARY, "check", "--format", "sarif", *args], cwd=ROOT, capture_output=True)
    assert run.returncode in (0, 1), run.stderr.decode()
    return run.stdout


class SarifValidation(unittest.TestCase):
    def test_schema_and_multitool_accept_every_case(self):
        self.assertTrue(MULTITOOL.exists(), "run `make sarif-validator` (npm) first")
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        validator = jsonschema.Draft202012Validator(schema)
        for name, args in CASES.items():
            with self.subTest(case=name):
                data = sarif_for(args)
                log = json.loads(data)
                errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
                self.assertEqual(errors, [])
                with tempfile.TemporaryDirectory() as tmp:
                    source = pathlib.Path(tmp) / f"{name}.sarif"
                    source.write_bytes(data)
                    out = pathlib.Path(tmp) / "validation.sarif"
                    run = subprocess.run(
                        [MULTITOOL, "validate", str(source), "--rule-kind", "Sarif;Gh", "--level",
                         "Error;Warning;Note", "-o", str(out), "--log", "ForceOverwrite"],
                        capture_output=True, text=True, env=dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1"))
                    self.assertTrue(out.exists(), run.stdout + run.stderr)
                    results = json.loads(out.read_text(encoding="utf-8-sig"))["runs"][0].get("results", [])
                    failures = [r for r in results if r.get("level", "warning") == "error"]
                    self.assertEqual(failures, [], "the SARIF Multitool reports errors")

    def test_locations_cover_exactly_the_figure(self):
        log = json.loads(sarif_for(CASES["sample"]))
        run = log["runs"][0]
        self.assertEqual(run["columnKind"], "unicodeCodePoints")
        rule_ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
        for rule in run["tool"]["driver"]["rules"]:
            for field in ("shortDescription", "fullDescription", "help"):
                self.assertTrue(rule[field]["text"], f"{rule['id']} lacks {field}")
        self.assertEqual(len(run["results"]), 12)
        lines = (ROOT / "reports/xiamen-2018.txt").read_text(encoding="utf-8").split("\n")
        for result in run["results"]:
            self.assertIn(result["ruleId"], rule_ids)
            self.assertIn(result["level"], ("error", "warning", "note"))
            self.assertIn("partialFingerprints", result)
            self.assertTrue(result["message"]["text"])
            locations = result["locations"] + result.get("relatedLocations", [])
            self.assertGreaterEqual(len(locations), 2)
            for loc in locations:
                physical = loc["physicalLocation"]
                self.assertEqual(physical["artifactLocation"]["uri"], "reports/xiamen-2018.txt")
                region = physical["region"]
                line = lines[region["startLine"] - 1]
                covered = line[region["startColumn"] - 1:region["endColumn"] - 1]
                self.assertEqual(covered, region["snippet"]["text"])
                self.assertRegex(covered, r"^-?[0-9][0-9,.]*(万|亿)?%?$")
                self.assertTrue(loc["message"]["text"])


if __name__ == "__main__":
    BINARY = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
