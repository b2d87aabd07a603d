#!/usr/bin/env python3
"""End-to-end tests of the crossfoot command line: exit statuses, messages on bad input,
output files, determinism, colour, and golden outputs of every format.

Usage: cli_test.py BUILD/crossfoot   (run from the project root)
Set UPDATE_GOLDEN=1 to rewrite tests/golden/ from the current output, then review the diff.
"""
import hashlib
import os
import pathlib
import pty
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
BINARY = None
KINDS = ["--rules", "fixtures/packs/kinds.yaml"]


def crossfoot(*args, env=None):
    full_env = dict(os.environ, **(env or {}))
    full_env.pop("NO_COLOR", None) if env is None or "NO_COLOR" not in env else None
    return subprocess.run([BINARY, *args], cwd=ROOT, capture_output=True, text=True, env=full_env)


def digest(path):
    return hashlib.sha256(pathlib.Path(path).read_bytes()).hexdigest()


class Golden(unittest.TestCase):
    """Every format renders the same sample findings (the check-kind fixtures)."""

    def check_golden(self, name, args):
        run = crossfoot("check", *args)
        self.assertEqual(run.returncode, 1, run.stderr)
        path = GOLDEN / name
        if os.environ.get("UPDATE_GOLDEN"):
            path.write_text(run.stdout, encoding="utf-8")
        self.assertEqual(run.stdout, path.read_text(encoding="utf-8"))

    def test_text(self):
        self.check_golden("kinds.txt", [*KINDS, "fixtures/kinds"])

    def test_json(self):
        self.check_golden("kinds.json", [*KINDS, "--format", "json", "fixtures/kinds"])

    def test_sarif(self):
        self.check_golden("kinds.sarif", [*KINDS, "--format", "sarif", "fixtures/kinds"])

    def test_jsonl(self):
        self.check_golden("kinds.jsonl", [*KINDS, "--format", "jsonl", "fixtures/kinds"])

    def test_github(self):
        self.check_golden("kinds.github", [*KINDS, "--format", "github", "fixtures/kinds"])

    def test_sample_report_text(self):
        self.check_golden("xiamen-2018.txt", ["reports/xiamen-2018.txt"])


class ExitStatus(unittest.TestCase):
    def test_findings_exit_1_and_clean_exits_0(self):
        self.assertEqual(crossfoot("check", "reports").returncode, 1)
        self.assertEqual(crossfoot("check", "fixtures/xiamen-2018-corrected.txt").returncode, 0)
        self.assertEqual(crossfoot("check", *KINDS, "fixtures/kinds/quiet.md").returncode, 0)

    def test_fail_on_sets_the_threshold(self):
        self.assertEqual(crossfoot("check", "--fail-on", "none", "reports").returncode, 0)
        # This document's only finding is K-ASSERT, a warning.
        only_warning = "统计：收到申请10件，答复12件。\n"
        with tempfile.TemporaryDirectory() as tmp:
            doc = pathlib.Path(tmp) / "w.txt"
            doc.write_text(only_warning, encoding="utf-8")
            self.assertEqual(crossfoot("check", *KINDS, str(doc)).returncode, 0)
            self.assertEqual(crossfoot("check", *KINDS, "--fail-on", "warning", str(doc)).returncode, 1)

    def test_summary_line(self):
        run = crossfoot("check", "reports")
        self.assertTrue(run.stdout.rstrip().endswith(
            "12 findings (11 errors, 1 warning, 0 notes) in 1 file; 80 checks held, 6 could not be evaluated"),
            run.stdout[-300:])

    def test_bad_arguments_exit_2(self):
        run = crossfoot("check", "--format", "yaml", "reports")
        self.assertEqual(run.returncode, 2)
        self.assertIn("--format", run.stderr)


class BadInput(unittest.TestCase):
    def test_missing_file_is_named_and_the_others_are_audited(self):
        run = crossfoot("check", "no/such.txt", "reports/xiamen-2018.txt")
        self.assertEqual(run.returncode, 2)
        self.assertIn("no/such.txt: no such file or directory", run.stderr)
        self.assertIn("12 findings", run.stdout)

    def test_not_a_report(self):
        with tempfile.TemporaryDirectory() as tmp:
            pdf = pathlib.Path(tmp) / "report.txt"
            pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
            empty = pathlib.Path(tmp) / "empty.md"
            empty.write_bytes(b"")
            run = crossfoot("check", str(pdf), str(empty), "reports/xiamen-2018.txt")
            self.assertEqual(run.returncode, 2)
            self.assertIn(f"{pdf}: not a text report: the file is a PDF file (name it .pdf to read it "
                          "as one)", run.stderr)
            self.assertIn(f"{empty}: the file is empty", run.stderr)
            self.assertIn("12 findings", run.stdout)
            self.assertIn("2 files could not be read", run.stdout)

    def test_directory_without_reports(self):
        with tempfile.TemporaryDirectory() as tmp:
            run = crossfoot("check", tmp)
            self.assertEqual(run.returncode, 2)
            self.assertIn(f"{tmp}: no report files", run.stderr)

    def test_invalid_pack_names_file_and_line(self):
        with tempfile.TemporaryDirectory() as tmp:
            pack = pathlib.Path(tmp) / "bad.yaml"
            pack.write_text("pack: bad\nfacts:\n  a: { text: \"共{n}条\" }\nchecks:\n  - id: B1\n    sum: [a, b]\n"
                            "    equals: a\n", encoding="utf-8")
            run = crossfoot("check", "--rules", str(pack), "reports")
            self.assertEqual(run.returncode, 2)
            self.assertEqual(run.stderr, f"{pack}:5:5: error: check B1 uses unknown fact 'b'\n")
            self.assertEqual(run.stdout, "")

    def test_pack_that_is_not_yaml(self):
        with tempfile.TemporaryDirectory() as tmp:
            pack = pathlib.Path(tmp) / "bad.yaml"
            pack.write_text("pack: [unclosed\n", encoding="utf-8")
            run = crossfoot("check", "--rules", str(pack), "reports")
            self.assertEqual(run.returncode, 2)
            self.assertRegex(run.stderr, rf"^{pack}:2:1: error: invalid YAML: ")


# Every format on the sample and the format fixtures; JSON (which holds every field the other
# formats show) on all the fixtures, whose planted reports make the correction search work
# hardest. A run over all the fixtures takes half a minute in the sanitizer build.
OUTPUT_RUNS = [(fmt, ("reports", "fixtures/formats", "fixtures/kinds")) for fmt in ("text", "json", "sarif")]
OUTPUT_RUNS.append(("json", ("reports", "fixtures")))


class Outputs(unittest.TestCase):
    def test_output_file_is_written_whole(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = pathlib.Path(tmp) / "out.sarif"
            run = crossfoot("check", "--format", "sarif", "--output", str(out), "reports")
            self.assertEqual(run.returncode, 1)
            self.assertEqual(run.stdout, "")
            self.assertEqual(out.read_text(encoding="utf-8"), crossfoot("check", "--format", "sarif", "reports").stdout)
            self.assertEqual(sorted(p.name for p in pathlib.Path(tmp).iterdir()), ["out.sarif"])

    def test_output_never_overwrites_an_input(self):
        with tempfile.TemporaryDirectory() as tmp:
            report = pathlib.Path(tmp) / "r.txt"
            shutil.copy(ROOT / "reports/xiamen-2018.txt", report)
            before = digest(report)
            run = crossfoot("check", "--output", str(report), str(report))
            self.assertEqual(run.returncode, 2)
            self.assertIn("refusing to write the output over an input file", run.stderr)
            self.assertEqual(digest(report), before)

    def test_unwritable_output_leaves_nothing(self):
        run = crossfoot("check", "--output", "/nonexistent-dir/out.txt", "reports")
        self.assertEqual(run.returncode, 2)
        self.assertIn("/nonexistent-dir/out.txt: cannot create the output file", run.stderr)

    def test_inputs_are_never_modified(self):
        before = {p: digest(p) for p in (ROOT / "reports").iterdir()}
        crossfoot("check", "--format", "json", "reports")
        self.assertEqual({p: digest(p) for p in (ROOT / "reports").iterdir()}, before)

    def test_output_is_deterministic(self):
        for fmt, inputs in OUTPUT_RUNS:
            first = crossfoot("check", "--format", fmt, *inputs).stdout
            second = crossfoot("check", "--format", fmt, *inputs).stdout
            self.assertEqual(first, second, fmt)

    def test_parallel_and_sequential_runs_are_byte_identical(self):
        for fmt, inputs in OUTPUT_RUNS:
            one = crossfoot("check", "--jobs", "1", "--format", fmt, *inputs)
            many = crossfoot("check", "--jobs", "4", "--format", fmt, *inputs)
            self.assertEqual(one.stdout, many.stdout, fmt)
            self.assertEqual(one.stderr, many.stderr, fmt)
            self.assertEqual(one.returncode, many.returncode)

    def test_shards_in_separate_processes_concatenate_to_the_whole_run(self):
        # docs/scaling.md: split a sorted file list, run a process per shard, concatenate.
        files = sorted(str(p.relative_to(ROOT)) for d in ("reports", "fixtures/national")
                       for p in (ROOT / d).rglob("*") if p.is_file() and p.suffix != ".json")
        whole = crossfoot("check", "--format", "jsonl", *files)
        half = len(files) // 2
        shards = [subprocess.Popen([BINARY, "check", "--format", "jsonl", *part], cwd=ROOT,
                                   stdout=subprocess.PIPE, text=True)
                  for part in (files[:half], files[half:])]
        joined = "".join(s.communicate()[0] for s in shards)
        self.assertGreater(whole.stdout.count("\n"), 50)
        self.assertEqual(joined, whole.stdout)

    def test_colour_only_on_a_terminal_and_never_with_no_color(self):
        self.assertNotIn("\x1b[", crossfoot("check", "reports").stdout)

        def on_tty(env):
            pid, fd = pty.fork()
            if pid == 0:
                os.chdir(ROOT)
                os.execve(BINARY, [BINARY, "check", "reports/xiamen-2018.txt"], env)
            chunks = []
            while True:
                try:
                    data = os.read(fd, 65536)
                except OSError:
                    break
                if not data:
                    break
                chunks.append(data)
            os.waitpid(pid, 0)
            return b"".join(chunks).decode("utf-8", "replace")

        base = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
        self.assertIn("\x1b[", on_tty(base))
        self.assertNotIn("\x1b[", on_tty(dict(base, NO_COLOR="1")))


class Encodings(unittest.TestCase):
    def test_gb18030_and_crlf_give_the_same_findings(self):
        text = (ROOT / "reports/xiamen-2018.txt").read_text(encoding="utf-8")
        with tempfile.TemporaryDirectory() as tmp:
            gb = pathlib.Path(tmp) / "gb.txt"
            gb.write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
            utf = pathlib.Path(tmp) / "utf.txt"
            utf.write_bytes(("\ufeff" + text).encode("utf-8"))

            def findings(path):
                out = crossfoot("check", str(path)).stdout
                return [line.split(":", 1)[1] for line in out.splitlines() if line.startswith(str(path))]

            self.assertEqual(findings(gb), findings(utf))
            self.assertEqual(len([f for f in findings(gb) if " error: " in f or " warning: " in f]), 12)


class Formats(unittest.TestCase):
    FILES = ["reports/xiamen-2018.txt", "fixtures/formats/xiamen-2018.md", "fixtures/formats/xiamen-2018.html",
             "fixtures/formats/xiamen-2018.gbk.html", "fixtures/formats/xiamen-2018.docx"]

    def test_the_same_report_in_every_format_gives_the_same_findings(self):
        def findings(path):
            run = crossfoot("check", "--format", "json", path)
            self.assertEqual(run.returncode, 1, run.stderr)
            import json
            out = []
            for f in json.loads(run.stdout)["files"][0]["findings"]:
                self.assertEqual(json.loads(run.stdout)["files"][0]["path"], path)
                out.append((f["ruleId"], f["location"]["text"], tuple(r["text"] for r in f["related"])))
            return sorted(out)

        reference = findings(self.FILES[0])
        self.assertEqual(len(reference), 12)
        for path in self.FILES[1:]:
            with self.subTest(path=path):
                self.assertEqual(findings(path), reference)

    def test_docx_locations_name_the_cell(self):
        run = crossfoot("check", "fixtures/formats/xiamen-2018.docx")
        self.assertIn("(表1 行5 列4: 受理政府信息公开申请总数 › 历年累计)", run.stdout)

    def test_table_three_labels_are_printed_in_full(self):
        run = crossfoot("facts", "fixtures/formats/table3-2021.html")
        self.assertIn("html table, 28 rows × 10 columns, 3 header row(s)", run.stdout)
        self.assertIn("row 7: 三、本年度办理结果›(三)不予公开›1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1", run.stdout)
        self.assertIn("column 4: 申请人情况›法人或其他组织›商业企业", run.stdout)
        self.assertIn("申请人情况›自然人  not reported (/)", run.stdout)


class Facts(unittest.TestCase):
    def test_shows_blocks_figures_bindings_and_misses(self):
        run = crossfoot("facts", "reports/xiamen-2018.txt")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("reports/xiamen-2018.txt: text (UTF-8)", run.stdout)
        self.assertIn("figure 10:185  45.46% = ≥ 45.455 % at-least (以上)", run.stdout)
        self.assertIn("not a figure 6:350  0592-2891388 (phone)", run.stdout)
        self.assertIn("flattened table, 16 rows × 4 columns", run.stdout)
        self.assertIn("    appendix.reviews.cumulative = 196 = 196 at 174:1 (行政复议数 › 历年累计)", run.stdout)
        self.assertIn("  check GIS-X14: 0 held, 1 violated, 0 not evaluable", run.stdout)
        other = crossfoot("facts", *KINDS, "fixtures/kinds/quiet.md")
        self.assertIn("fact received: 1 instance(s)", other.stdout)

    def test_no_year_date_phone_postcode_or_document_number_is_a_figure(self):
        run = crossfoot("facts", "reports/xiamen-2018.txt")
        lines = (ROOT / "reports/xiamen-2018.txt").read_text(encoding="utf-8").split("\n")
        figures = 0
        for line in run.stdout.splitlines():
            parts = line.split()
            if len(parts) < 3 or parts[0] != "figure":
                continue
            figures += 1
            row, col = (int(x) for x in parts[1].split(":"))
            written = parts[2]
            source = lines[row - 1]
            after = source[col - 1 + len(written):][:2]
            before = source[:col - 1][-6:]
            with self.subTest(figure=parts[1] + " " + written):
                self.assertFalse(after.startswith(("年", "月", "日", "号", "〕", "-")), after)
                self.assertFalse(before.endswith(("〔", "电话:", "邮编:", "-", "第")), before)
                if re.fullmatch(r"(19|20)\d\d", written):  # a count that looks like a year: 1985项
                    self.assertIn(after[:1], "项份条件个人家次")
        self.assertGreater(figures, 100)

    def test_reports_facts_that_found_nothing(self):
        with tempfile.TemporaryDirectory() as tmp:
            doc = pathlib.Path(tmp) / "other.txt"
            doc.write_text("一份无关的文件,共100条。\n", encoding="utf-8")
            run = crossfoot("facts", *KINDS, str(doc))
        self.assertIn("pack fixture-kinds", run.stdout)
        self.assertIn("does not apply", run.stdout)
        self.assertIn("note: the pattern matched nowhere", run.stdout)
        self.assertIn("not evaluable: fact total was not found in the document", run.stdout)


class Language(unittest.TestCase):
    def test_messages_in_the_packs_language_and_in_english_when_asked(self):
        zh = crossfoot("check", "--no-config", "reports/xiamen-2018.txt").stdout
        en = crossfoot("check", "--no-config", "--lang", "en", "reports/xiamen-2018.txt").stdout
        self.assertIn("443610 + 136006 = 579616，但合计写作 579574：相差 42 条 [GIS-P02]", zh)
        self.assertIn("443610 + 136006 = 579616, but the total is stated as 579574: difference 42 条 [GIS-P02]", en)
        self.assertEqual(zh.count("[GIS-"), en.count("[GIS-"))
        self.assertEqual(crossfoot("check", "--lang", "fr", "reports").returncode, 2)


class RulesCommands(unittest.TestCase):
    def test_rules_test_passes_on_shipped_packs(self):
        run = crossfoot("rules", "test")
        self.assertEqual(run.returncode, 0, run.stdout)
        # Every test of every shipped pack ran: the disclosure packs' 171, then cn-budget's 16
        # and us-foia-annual's 9 (issue #19).
        self.assertEqual(run.stdout, "239 passed, 0 failed\n")

    def test_rules_test_fails_on_a_wrong_expectation(self):
        with tempfile.TemporaryDirectory() as tmp:
            pack = pathlib.Path(tmp) / "p.yaml"
            pack.write_text("pack: p\nfacts:\n  t: { text: \"共{n}条\" }\n  a: { text: \"甲{n}条\" }\n"
                            "checks:\n  - id: S\n    sum: [a]\n    equals: t\n"
                            "tests:\n  - name: wrong\n    doc: \"共3条,甲2条\"\n    expect: []\n", encoding="utf-8")
            run = crossfoot("rules", "test", str(pack))
            self.assertEqual(run.returncode, 1)
            self.assertEqual(run.stdout, f"{pack}:10:5: FAIL wrong: expected nothing, found S\n0 passed, 1 failed\n")

    def test_rules_lint_reports_gaps(self):
        with tempfile.TemporaryDirectory() as tmp:
            pack = pathlib.Path(tmp) / "p.yaml"
            pack.write_text("pack: p\nfacts:\n  t: { text: \"共{n}条\" }\n  a: { text: \"甲{n}条\" }\n"
                            "  unused: { text: \"乙{n}条\" }\nchecks:\n  - id: S\n    sum: [a]\n    equals: t\n",
                            encoding="utf-8")
            run = crossfoot("rules", "lint", str(pack))
            self.assertEqual(run.returncode, 1)
            for message in ("the pack has no 'title'", "fact 'unused' is used by no check",
                            "check S has no 'rationale'", "check S has no test that must find it",
                            "check S has no test in which it must stay quiet"):
                self.assertIn(message, run.stdout)
            self.assertIn(f"{pack}:7:5: warning: check S has no 'title'", run.stdout)

    def test_pack_docs_are_generated_from_the_packs(self):
        for pack in sorted((ROOT / "rules").glob("*.yaml")):
            run = crossfoot("rules", "doc", f"rules/{pack.name}")
            self.assertEqual(run.returncode, 0, run.stderr)
            page = ROOT / "docs" / "rules" / (pack.stem + ".md")
            if os.environ.get("UPDATE_GOLDEN"):
                page.write_text(run.stdout, encoding="utf-8")
            self.assertEqual(run.stdout, page.read_text(encoding="utf-8"), f"regenerate {page}")

    def test_shipped_packs_lint_clean(self):
        run = crossfoot("rules", "lint")
        self.assertEqual(run.returncode, 0, run.stdout)


if __name__ == "__main__":
    BINARY = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
