#!/usr/bin/env python3
"""The catalogue of malformed inputs: each gets its exact message and exit status, and the
other inputs of the same run are still audited.

Usage: robustness_test.py BUILD/crossfoot   (run from the project root)
"""
import os
import pathlib
import subprocess
import sys
import tempfile
import unittest
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = None
SAMPLE = "reports/xiamen-2018.txt"
REPORT_UTF8 = (ROOT / SAMPLE).read_bytes()


def crossfoot(*args):
    return subprocess.run([BINARY, *args], cwd=ROOT, capture_output=True, text=True)


def docx_bomb(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b" " * (65 << 20))


def docx_many_entries(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for i in range(10001):
            z.writestr(f"x/{i}", b"")


# name → (file name, bytes or a function writing the file, the message after "PATH: ")
INPUTS = {
    "truncated UTF-8": ("t.txt", REPORT_UTF8[:-1] if (REPORT_UTF8[-1] & 0xC0) == 0x80 else REPORT_UTF8 + b"\xe4\xb8",
                        "cannot decode: the file ends in the middle of a UTF-8 character (is it truncated?)"),
    "truncated GB18030": ("g.txt", "主动公开100条".encode("gb18030") + b"\xd6",
                          "cannot decode: the file ends in the middle of a GB18030 character (is it truncated?)"),
    "neither UTF-8 nor GB18030": ("x.txt", b"\x81\x20\xff\xfe\x80",
                                  "cannot decode: the file is neither UTF-8 nor GB18030 text"),
    "NUL bytes": ("n.txt", b"abc\x00def", "not a text report: the file is binary data (it contains NUL bytes)"),
    "a PDF named .txt": ("p.txt", b"%PDF-1.7\n1 0 obj\n",
                         "not a text report: the file is a PDF file (name it .pdf to read it as one)"),
    "an image named .txt": ("i.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "not a text report: the file is a PNG image"),
    "a ZIP named .md": ("z.md", b"PK\x03\x04\x14\x00",
                        "not a markdown report: the file is a ZIP archive (such as a Word or Excel file)"),
    "an empty file": ("e.md", b"", "the file is empty"),
    "a .docx that is not a ZIP": ("d.docx", b"plain text", "not a Word document: the file is not a ZIP archive"),
    "a damaged .docx": ("b.docx", b"PK\x03\x04garbage", "not a readable Word document: the file is not a readable ZIP archive"),
    "a ZIP without a document": ("w.docx", lambda p: zipfile.ZipFile(p, "w").close(),
                                 "not a readable Word document: the file has no word/document.xml "
                                 "(is it a Word document?)"),
    "a .docx bomb": ("bomb.docx", docx_bomb,
                     "not a readable Word document: the file has a word/document.xml of 68157440 bytes uncompressed, "
                     "over the limit of 67108864"),
    "a .docx with too many entries": ("many.docx", docx_many_entries,
                                      "not a readable Word document: the file has more than 10000 entries"),
    "HTML nested too deeply": ("deep.html", b"<p>" + b"<div>" * 300 + b"x" + b"</div>" * 300,
                               "cannot read the page: HTML elements are nested more than 256 deep"),
    "a table too large": ("big.html", b'<table><tr><td rowspan="1000" colspan="1000">1</td></tr></table>',
                          "cannot read the page: a table expands to more than 100000 cells"),
    "bad Word XML": ("x.docx", lambda p: zipfile.ZipFile(p, "w").writestr("word/document.xml", "<w:document><"),
                     "not a readable Word document: word/document.xml Could not determine tag type"),
}


class MalformedInputs(unittest.TestCase):
    def test_each_is_named_with_its_reason_and_the_others_are_audited(self):
        for name, (file_name, content, message) in INPUTS.items():
            with self.subTest(name), tempfile.TemporaryDirectory() as tmp:
                path = pathlib.Path(tmp) / file_name
                if callable(content):
                    content(path)
                else:
                    path.write_bytes(content)
                run = crossfoot("check", str(path), SAMPLE)
                self.assertEqual(run.returncode, 2, run.stderr)
                self.assertEqual(run.stderr, f"{path}: {message}\n")
                self.assertIn("12 findings", run.stdout)

    def test_a_directory_passed_as_a_report(self):
        with tempfile.TemporaryDirectory() as tmp:
            odd = pathlib.Path(tmp) / "odd.txt"
            odd.mkdir()
            (odd / "notes.bin").write_bytes(b"")
            run = crossfoot("check", str(odd), SAMPLE)
            self.assertEqual(run.returncode, 2)
            self.assertEqual(run.stderr, f"{odd}: no report files (.txt .text .md .markdown .html .htm .shtml .docx .pdf) "
                                         "in this directory\n")
            self.assertIn("12 findings", run.stdout)

    @unittest.skipIf(os.geteuid() == 0, "root reads every file")
    def test_unreadable_permissions(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "r.txt"
            path.write_bytes(REPORT_UTF8)
            path.chmod(0)
            run = crossfoot("check", str(path), SAMPLE)
            self.assertEqual(run.returncode, 2)
            self.assertEqual(run.stderr, f"{path}: cannot read the file\n")

    def test_input_size_limit(self):
        run = crossfoot("check", "--max-input-size", "1KB", SAMPLE)
        self.assertEqual(run.returncode, 2)
        self.assertEqual(run.stderr, f"{SAMPLE}: the file is 41472 bytes, over the input limit of 1024 bytes "
                                     "(--max-input-size)\n")

    def test_figures_beyond_exact_arithmetic_are_reported_not_dropped(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "huge.txt"
            path.write_text("共公开信息1234567890123456789012345678901234条。\n", encoding="utf-8")
            run = crossfoot("facts", str(path))
            self.assertIn("not a figure 1:6  1234567890123456789012345678901234 (too-large)", run.stdout)


PACKS = {
    "invalid YAML": ("pack: [x\n", ":2:1: error: invalid YAML: end of sequence flow not found"),
    "YAML that is not a pack": ("just a string\n",
                                ":1:1: error: not a rule pack: expected a mapping with 'pack', 'facts' and 'checks'"),
    "an unknown key": ("pack: p\nchecks: []\nfacts: {}\nrulez: 1\n",
                       ":4:1: error: unknown key 'rulez' in the pack (known: pack, title, description, language, "
                       "version, applies-when, tolerance, columns-by-position, facts, checks, tests)"),
    "a check naming an unknown fact": ("pack: p\nfacts:\n  a: { text: \"共{n}条\" }\nchecks:\n  - id: C\n"
                                       "    assert: \"a <= missing\"\n", ":5:5: error: check C uses unknown fact 'missing'"),
    "a pattern that does not compile": ("pack: p\nfacts:\n  a: { text: \"共(?<{n}条\" }\nchecks: []\n",
                                        ":3:14: error: pattern \"共(?<{n}条\": pattern does not compile: "
                                        "invalid perl operator: (?<"),
    "a pattern that is too long": ("pack: p\nfacts:\n  a: { text: \"" + "共" * 1400 + "{n}\" }\nchecks: []\n",
                                   ":3:14: error: pattern \"" + "共" * 1400 + "{n}\": pattern is longer than 4096 bytes"),
    "an expression nested too deeply": ("pack: p\nfacts:\n  a: { text: \"共{n}条\" }\nchecks:\n  - id: C\n"
                                        "    assert: \"" + "(" * 70 + "a" + ")" * 70 + " == 1\"\n",
                                        ":6:5: error: 'assert': expression nested too deeply at column 66 of \""
                                        + "(" * 70 + "a" + ")" * 70 + " == 1\""),
    "a check of no known kind": ("pack: p\nchecks:\n  - id: C\n    total: [a]\n",
                                 ":3:5: error: a check needs one of: each-row, each-column, row-filled, whole-counts, table-present, sum, share, agree, assert"),
    "a pack file that cannot be read": (None, ": no such rule pack or directory"),
}


class MalformedPacks(unittest.TestCase):
    def test_each_is_located_and_the_run_fails(self):
        for name, (text, message) in PACKS.items():
            with self.subTest(name), tempfile.TemporaryDirectory() as tmp:
                pack = pathlib.Path(tmp) / "p.yaml"
                if text is not None:
                    pack.write_text(text, encoding="utf-8")
                run = crossfoot("check", "--rules", str(pack), SAMPLE)
                self.assertEqual(run.returncode, 2)
                self.assertEqual(run.stderr.splitlines()[0], f"{pack}{message}")
                self.assertEqual(run.stdout, "")


if __name__ == "__main__":
    BINARY = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
