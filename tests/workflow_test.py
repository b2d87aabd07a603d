#!/usr/bin/env python3
"""Where users meet crossfoot: the baseline round trip, inline suppressions, .crossfoot.yaml
discovery, --summary, the progress bar (only on a terminal) and the pre-commit hook, each run
for real. Usage: workflow_test.py PATH_TO_CROSSFOOT
"""
import json
import os
import pathlib
import pty
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parent.parent
PLANTED = ROOT / "fixtures" / "national" / "planted" / "bureau-2021.md"
CONSISTENT = ROOT / "fixtures" / "national" / "bureau-2021.md"
BINARY = None


def run(*args, cwd=ROOT, env=None):
    return subprocess.run([BINARY, *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          env=env)


def rule_ids(result):
    return sorted(f["ruleId"] for file in result["files"] for f in file["findings"])


class Baseline(unittest.TestCase):
    def test_round_trip_reports_only_new_findings(self):
        with tempfile.TemporaryDirectory() as tmp:
            report = pathlib.Path(tmp) / "report.md"
            shutil.copy(PLANTED, report)
            baseline = pathlib.Path(tmp) / "baseline.json"
            made = run("baseline", "--no-config", "-o", baseline, report)
            self.assertEqual(made.returncode, 0, made.stderr)
            recorded = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
            self.assertEqual(len(recorded), 15)
            again = run("check", "--no-config", "--baseline", baseline, report)
            self.assertEqual(again.returncode, 0, again.stdout)
            self.assertIn("15 findings are in the baseline", again.stderr)
            # A new error, above the old ones, is reported alone: fingerprints survive moves.
            text = report.read_text(encoding="utf-8")
            report.write_text(text.replace("被申请行政复议", "被申请行政复议1", 1)
                              .replace("## 一、总体情况", "## 一、总体情况\n\n新增一段说明。", 1),
                              encoding="utf-8")
            new = json.loads(run("check", "--no-config", "--format", "json", "--baseline", baseline,
                                 report).stdout)
            self.assertEqual(rule_ids(new), ["GIS21-X-REVIEWS"])

    def test_a_bad_baseline_is_named(self):
        with tempfile.TemporaryDirectory() as tmp:
            bad = pathlib.Path(tmp) / "b.json"
            bad.write_text("[1, 2]", encoding="utf-8")
            result = run("check", "--no-config", "--baseline", bad, CONSISTENT)
            self.assertEqual(result.returncode, 2)
            self.assertIn("b.json: not a crossfoot baseline", result.stderr)


class InlineSuppression(unittest.TestCase):
    def audit(self, name, text, *extra):
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / name
            path.write_text(text, encoding="utf-8")
            return run("check", "--no-config", *extra, path)

    def test_a_comment_suppresses_its_check_in_the_next_block_in_every_format(self):
        text = PLANTED.read_text(encoding="utf-8")
        marked = text.replace("（一）主动公开。", "<!-- crossfoot-ignore: GIS21-X-FEE 含代收款项 -->\n\n（一）主动公开。", 1)
        shown_as = {"text": "[GIS21-X-FEE]", "jsonl": '"ruleId":"GIS21-X-FEE"',
                    "json": '"ruleId": "GIS21-X-FEE",\n          "pack"', "github": "GIS21-X-FEE "}
        for fmt, marker in shown_as.items():
            with self.subTest(fmt=fmt):
                before = self.audit("r.md", text, "--format", fmt).stdout
                after = self.audit("r.md", marked, "--format", fmt).stdout
                self.assertTrue(marker in before, f"{fmt}: the finding is missing before")
                self.assertFalse(marker in after, f"{fmt}: the finding is not suppressed")
        # Only the named check: the block's other finding (X-RULES) stays.
        self.assertIn("GIS21-X-RULES", self.audit("r.md", marked).stdout)

    def test_html_comments_and_sarif_suppressions_when_asked(self):
        page = (ROOT / "fixtures" / "national" / "planted" / "bureau-2021.html").read_text(encoding="utf-8")
        marked = page.replace("<p>（一）主动公开。", "<!-- crossfoot-ignore: GIS21-X-FEE 含代收款项 --><p>（一）主动公开。", 1)
        quiet = json.loads(self.audit("r.html", marked, "--format", "sarif").stdout)
        results = quiet["runs"][0]["results"]
        self.assertNotIn("GIS21-X-FEE", [r["ruleId"] for r in results])
        shown = json.loads(self.audit("r.html", marked, "--format", "sarif", "--show-suppressed").stdout)
        fee = [r for r in shown["runs"][0]["results"] if r["ruleId"] == "GIS21-X-FEE"]
        self.assertEqual(fee[0]["suppressions"], [{"kind": "inSource", "justification": "含代收款项"}])

    def test_the_exit_status_ignores_suppressed_findings(self):
        text = "| 项目 | 自然人 | 总计 |\n|---|---|---|\n"
        planted = ("# 某局2021年政府信息公开工作年度报告\n\n政府信息公开 本年制发件数\n\n"
                   "<!-- crossfoot-ignore: GIS21-T4-REV 复议案件合并审理 -->\n\n"
                   "| 行政复议 结果维持 | 行政复议 结果纠正 | 行政复议 其他结果 | 行政复议 尚未审结 | 行政复议 总计 |\n"
                   "|---|---|---|---|---|\n| 1 | 1 | 0 | 0 | 3 |\n")
        self.assertEqual(self.audit("r.md", planted).returncode, 0)
        self.assertEqual(self.audit("r.md", planted.replace("<!--", "<!-- x")).returncode, 1)


class Configuration(unittest.TestCase):
    def test_found_from_a_subdirectory_with_globs_severities_and_fail_on(self):
        with tempfile.TemporaryDirectory() as tmp:
            root = pathlib.Path(tmp)
            (root / "reports" / "drafts").mkdir(parents=True)
            shutil.copy(PLANTED, root / "reports" / "bureau-2021.md")
            shutil.copy(PLANTED, root / "reports" / "drafts" / "draft-2021.md")
            (root / ".crossfoot.yaml").write_text(
                'exclude: ["reports/drafts/*"]\n'
                "severity: { GIS21-X-FEE: warning, GIS21-T3-BAL: off }\n"
                "fail-on: none\n", encoding="utf-8")
            result = run("check", "--format", "json", ".", cwd=root / "reports")
            self.assertEqual(result.returncode, 0, result.stderr)
            data = json.loads(result.stdout)
            self.assertEqual([f["path"] for f in data["files"]], ["./bureau-2021.md"])
            findings = data["files"][0]["findings"]
            self.assertNotIn("GIS21-T3-BAL", [f["ruleId"] for f in findings])
            fee = [f for f in findings if f["ruleId"] == "GIS21-X-FEE"]
            self.assertEqual(fee[0]["severity"], "warning")
            # The command line wins over the file.
            self.assertEqual(run("check", "--fail-on", "error", ".", cwd=root / "reports").returncode, 1)
            self.assertEqual(run("check", "--no-config", ".", cwd=root / "reports").returncode, 1)

    def test_a_bad_configuration_is_located(self):
        with tempfile.TemporaryDirectory() as tmp:
            (pathlib.Path(tmp) / ".crossfoot.yaml").write_text("fail-on: always\n", encoding="utf-8")
            result = run("check", str(CONSISTENT), cwd=tmp)
            self.assertEqual(result.returncode, 2)
            self.assertIn(".crossfoot.yaml:1:10: error: 'fail-on' is one of", result.stderr)


class Summary(unittest.TestCase):
    def test_tables_per_file_and_per_check(self):
        result = run("check", "--no-config", "--summary", CONSISTENT.relative_to(ROOT),
                     PLANTED.relative_to(ROOT))
        lines = result.stdout.splitlines()
        self.assertIn("fixtures/national/bureau-2021.md" + " " * 8 + "       0         0      0", lines)
        self.assertIn("fixtures/national/planted/bureau-2021.md      15         0      0", lines)
        row = [l for l in lines if l.startswith("GIS21-T3-BAL")]
        self.assertEqual(row[0].split()[:4], ["GIS21-T3-BAL", "2", "1", "error"])

    def test_beside_a_machine_format_the_tables_go_to_stderr(self):
        result = run("check", "--no-config", "--summary", "--format", "json", PLANTED)
        json.loads(result.stdout)
        self.assertIn("GIS21-T3-BAL", result.stderr)


class ProgressBar(unittest.TestCase):
    def test_only_on_a_terminal(self):
        files = [CONSISTENT, PLANTED, ROOT / "reports" / "xiamen-2018.txt"]
        quiet = run("check", "--no-config", *files)
        self.assertNotIn("files", quiet.stderr)
        # stderr on a pseudo-terminal: the bar is drawn, then its line cleared.
        leader, follower = pty.openpty()
        proc = subprocess.Popen([BINARY, "check", "--no-config", *map(str, files)], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=follower)
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        proc.wait()
        self.assertIn(b"3/3 files", shown)
        self.assertTrue(shown.endswith(b"\r\x1b[K"))


class PreCommit(unittest.TestCase):
    def test_the_hook_fails_a_commit_with_a_mismatch_and_passes_a_consistent_one(self):
        if shutil.which("pre-commit") is None:
            self.fail("pre-commit is not installed (make test installs Debian's package)")
        with tempfile.TemporaryDirectory() as tmp:
            repo = pathlib.Path(tmp)
            env = dict(os.environ, PATH=f"{pathlib.Path(BINARY).parent}:{os.environ['PATH']}",
                       PRE_COMMIT_HOME=str(repo / ".cache"), HOME=str(repo))
            git = lambda *a: subprocess.run(["git", *a], cwd=repo, check=True, capture_output=True, env=env)  # noqa: E731
            git("init", "-q")
            shutil.copy(PLANTED, repo / "planted.md")
            shutil.copy(CONSISTENT, repo / "consistent.md")
            git("add", ".")
            hook = lambda f: subprocess.run(  # noqa: E731
                ["pre-commit", "try-repo", str(ROOT), "crossfoot", "--files", f], cwd=repo,
                capture_output=True, text=True, env=env)
            bad = hook("planted.md")
            self.assertEqual(bad.returncode, 1, bad.stdout + bad.stderr)
            self.assertIn("GIS21-T3-BAL", bad.stdout)
            good = hook("consistent.md")
            self.assertEqual(good.returncode, 0, good.stdout + good.stderr)
            self.assertIn("Passed", good.stdout)


if __name__ == "__main__":
    BINARY = os.path.abspath(sys.argv.pop(1))
    unittest.main()
