#!/usr/bin/env python3
"""The catalogue of malformed inputs: each gets its exact message and exit status, and the
other inputs of the same run are still audited.

Usage: robustness_test.py BUILD/crossfoot   (run from the project root)
"""
import os
import pathlib
import resource
import subprocess
import sys
import tempfile
import time
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
                         "not a text report: the file is a PDF file (PDF text extraction is not supported yet)"),
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
            self.assertEqual(run.stderr, f"{odd}: no report files (.txt .text .md .markdown .html .htm .shtml .docx) "
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
                       "version, applies-when, tolerance, facts, checks, tests)"),
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


# ---------------------------------------------------------------------------------------------
# Issue #16, items 3 4 5 6 8 9 11 14 (branch robust-core): overflow as a value, bounded
# recursion, gumbo's worst cases refused before parsing, linear readers, memory within limits.
# Each hostile input runs under a memory cap and a time limit (run_capped) and must give a
# clear message or a result within them.
# ---------------------------------------------------------------------------------------------

SANITIZER_STATUS = 86  # tests/CMakeLists.txt: ASAN/UBSAN/LSAN_OPTIONS exitcode=86
MEMORY_CAP = 1 << 30


_ASAN = {}


def is_asan_build():
    if BINARY not in _ASAN:
        with open(BINARY, "rb") as f:
            _ASAN[BINARY] = b"__asan_init" in f.read()
    return _ASAN[BINARY]


def run_capped(args, seconds=120, cap=MEMORY_CAP, env=None):
    """Runs crossfoot with a memory cap (the peak RSS, polled, the process killed past it)
    and a time limit (three times as long for the ASan build, which runs many times slower,
    the more so on a loaded machine); returns (CompletedProcess-like, peak RSS in bytes)."""
    if is_asan_build():
        seconds *= 3
    proc = subprocess.Popen([BINARY, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env)
    out_chunks, err_chunks = [], []
    import threading
    readers = [threading.Thread(target=lambda s=s, c=c: c.append(s.read())) for s, c in
               ((proc.stdout, out_chunks), (proc.stderr, err_chunks))]
    for t in readers:
        t.start()
    deadline = time.monotonic() + seconds
    killed = None
    while True:
        # wait4 rather than poll(): it gives this child's own peak RSS.
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid != 0:
            break
        try:
            with open(f"/proc/{proc.pid}/status") as f:
                rss = next((int(line.split()[1]) * 1024 for line in f if line.startswith("VmRSS:")), 0)
        except OSError:
            rss = 0
        if rss > cap:
            killed = f"over the memory cap: {rss} bytes"
        elif time.monotonic() > deadline:
            killed = f"over the time limit of {seconds} s"
        if killed:
            proc.kill()
            _, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.02)
    proc.returncode = os.waitstatus_to_exitcode(status)
    for t in readers:
        t.join()
    proc.stdout.close()
    proc.stderr.close()
    run = subprocess.CompletedProcess(proc.args, proc.returncode, out_chunks[0].decode("utf-8", "replace"),
                                      err_chunks[0].decode("utf-8", "replace"))
    run.killed = killed
    return run, usage.ru_maxrss * 1024


def docx_with_body(path, body):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml",
                   '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                   "<w:body>" + body + "</w:body></w:document>")


def docx_vmerge(path):
    # A 6 KB file: one wide row, then rows whose every cell continues the one above.
    wide = "<w:tr>" + "<w:tc><w:tcPr><w:gridSpan w:val=\"1000\"/></w:tcPr><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>" * 12 + "</w:tr>"
    cont = "<w:tr>" + "<w:tc><w:tcPr><w:gridSpan w:val=\"1000\"/><w:vMerge/></w:tcPr><w:p/></w:tc>" * 12 + "</w:tr>"
    docx_with_body(path, "<w:tbl>" + wide + cont * 200 + "</w:tbl>")


# 2,000 distinct formatting elements left in gumbo's list of active ones, which it clones
# into every later paragraph: 184 KB of page, tens of millions of nodes.
CLONE_PAGE = b"<div>" + b"".join(b"<b id=%d>" % i for i in range(2000)) + b"</div>" + b"<p>x</p>" * 20000

# name → (file name, bytes or a function writing the file, the message after "PATH: ")
HOSTILE_INPUTS = {
    "'<ul><li>' × 20,000": ("ul.html", b"<ul><li>" * 20000,
                            "cannot read the page: HTML elements are left open more than 2048 deep"),
    "20,000 unclosed <span>": ("span.html", b"<p>" + b"<span>x" * 20000,
                               "cannot read the page: HTML elements are left open more than 2048 deep"),
    "'<a><b><div></a>' × 20,000": ("adopt.html", b"<a><b><div></a>" * 20000,
                                   "cannot read the page: HTML elements are left open more than 2048 deep"),
    "1,000,000 nested <span>": ("deepspan.html", b"<span>" * 1000000 + b"1" + b"</span>" * 1000000,
                                "cannot read the page: HTML elements are left open more than 2048 deep"),
    "100,000 nested <div>": ("deepdiv.html", b"<div>" * 100000 + b"1" + b"</div>" * 100000,
                             "cannot read the page: HTML elements are left open more than 2048 deep"),
    "100,000 attributes": ("attrs.html", b"<p " + b" ".join(b"a%d=1" % i for i in range(100000)) + b">x</p>",
                           "cannot read the page: an HTML tag has more than 256 attributes"),
    "300,000 elements": ("many.html", b"<br>" * 300000,
                         "cannot read the page: the page has more than 200000 HTML elements"),
    "formatting elements cloned into every paragraph": (
        "clone.html", CLONE_PAGE,
        f"cannot read the page: parsing the page needs more than {4 * len(CLONE_PAGE) + (96 << 20)} bytes of memory"),
    "vMerge cells past the cell limit": ("vmerge.docx", docx_vmerge,
                                         "cannot read the document: a table expands to more than 100000 cells"),
    "merged cells repeating text": ("rep.html", b"<table><tr><td>a</td><td>1</td></tr><tr><td>b</td>"
                                    b"<td rowspan=\"300\" colspan=\"300\">" + "字".encode() * 200 + b"</td></tr></table>",
                                    "cannot read the page: a table's merged cells repeat more than 16777216 bytes of text"),
    "over a million lines": ("lines.txt", b"\n" * 1000001, "cannot read the text: the text has more than 1000000 lines"),
    "over 200,000 paragraphs": ("paras.txt", "字。\n\n".encode() * 200001,
                                "cannot read the text: the document has more than 200000 paragraphs, headings and tables"),
}

# Inputs that must be read, quickly and within the cap: (file name, bytes or writer).
HEAVY_LEGAL_INPUTS = {
    "'文字\\n\\n' × 20,000": ("w.txt", "文字\n\n".encode() * 20000),
    "100,000 paragraphs": ("p.txt", "文字\n\n".encode() * 100000),
    "'1 2 … 10\\n' × 2,000": ("n.txt", b"1 2 3 4 5 6 7 8 9 10\n" * 2000),
    "cell-like lines, no value": ("c.txt", "指标名称\n".encode() * 50000),
    "60,000 nested Word elements": ("nest.docx", lambda p: docx_with_body(
        p, "<w:p>" + "<w:r>" * 60000 + "<w:t>共5件</w:t>" + "</w:r>" * 60000 + "</w:p>")),
    "Word outline levels rising without bound": ("levels.docx", lambda p: docx_with_body(p, "".join(
        f'<w:p><w:pPr><w:outlineLvl w:val="{level}"/></w:pPr><w:r><w:t>第{i}节</w:t></w:r></w:p>'
        for i, level in enumerate(list(range(20000)) + [2147483647])) + "<w:p><w:r><w:t>共5件</w:t></w:r></w:p>")),
    "2,000 unclosed <font>, each in a paragraph": ("open.html", b"<p><font>x</p>" * 2000 + "<p>共5件</p>".encode()),
}


class HostileInputs(unittest.TestCase):
    def assert_no_sanitizer_error(self, run):
        self.assertNotEqual(run.returncode, SANITIZER_STATUS, run.stderr[-3000:])

    def test_each_is_refused_within_the_caps_before_the_work(self):
        for name, (file_name, content, message) in HOSTILE_INPUTS.items():
            with self.subTest(name), tempfile.TemporaryDirectory() as tmp:
                path = pathlib.Path(tmp) / file_name
                content(path) if callable(content) else path.write_bytes(content)
                run, peak = run_capped(["check", str(path), SAMPLE])
                self.assertIsNone(run.killed, name)
                self.assert_no_sanitizer_error(run)
                self.assertEqual(run.returncode, 2, run.stderr[-2000:])
                self.assertEqual(run.stderr, f"{path}: {message}\n")
                self.assertIn("12 findings", run.stdout)

    def test_heavy_legal_inputs_are_read_within_the_caps(self):
        for name, (file_name, content) in HEAVY_LEGAL_INPUTS.items():
            with self.subTest(name), tempfile.TemporaryDirectory() as tmp:
                path = pathlib.Path(tmp) / file_name
                content(path) if callable(content) else path.write_bytes(content)
                run, peak = run_capped(["check", "--jobs", "2", str(path), SAMPLE])
                self.assertIsNone(run.killed, name)
                self.assert_no_sanitizer_error(run)
                self.assertIn(run.returncode, (0, 1), run.stderr[-2000:])
                self.assertEqual(run.stderr, "")
                self.assertIn("12 findings", run.stdout)

    def test_nested_word_elements_keep_their_text(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "nest.docx"
            docx_with_body(path, "<w:p>" + "<w:r>" * 60000 + "<w:t>共5件</w:t>" + "</w:r>" * 60000 + "</w:p>")
            run, _ = run_capped(["facts", str(path)])
            self.assertIsNone(run.killed)
            self.assertEqual(run.returncode, 0, run.stderr)
            self.assertIn("paragraph 共5件", run.stdout)

    def test_overflowing_cells_are_not_figures_and_never_stop_the_run(self):
        # A 30-digit 亿 cell (too large as written) and a 22-digit one (too large once the
        # 亿元 column scales it): neither ends the run, with or without --jobs, nor `facts`.
        pack = ("pack: p\nfacts:\n  fee: { table: { row: \"收费\", column: \"金额\" } }\n"
                "  total: { table: { row: \"合计\", column: \"金额\" } }\n"
                "checks:\n  - id: C\n    assert: \"fee <= total\"\n")
        for digits in (30, 22):
            with self.subTest(digits=digits), tempfile.TemporaryDirectory() as tmp:
                pack_path = pathlib.Path(tmp) / "p.yaml"
                pack_path.write_text(pack, encoding="utf-8")
                doc = pathlib.Path(tmp) / "big.md"
                doc.write_text("| 项目 | 金额（亿元） |\n| --- | --- |\n| 收费 | " + "9" * digits + "亿 |\n"
                               "| 合计 | 5 |\n", encoding="utf-8")
                for jobs in ("1", "2"):
                    run, _ = run_capped(["check", "--jobs", jobs, "--rules", str(pack_path), str(doc), SAMPLE])
                    self.assert_no_sanitizer_error(run)
                    self.assertIn(run.returncode, (0, 1), run.stderr)
                    self.assertNotIn("internal error", run.stderr)
                    self.assertNotIn("terminate", run.stderr)
                run, _ = run_capped(["facts", "--rules", str(pack_path), str(doc)])
                self.assertEqual(run.returncode, 0, run.stderr)
                if digits == 22:
                    self.assertIn("is too large for exact arithmetic", run.stdout)
                else:
                    self.assertIn("is not one figure (\"" + "9" * 30 + "亿\")", run.stdout)
                self.assertIn("check C: 0 held, 0 violated, 1 not evaluable", run.stdout)

    # ASan's operator new reports and aborts instead of throwing std::bad_alloc, so this runs
    # with the release build (python3 tests/robustness_test.py build/crossfoot).
    def test_an_exception_on_a_worker_names_the_file_and_the_others_are_audited(self):
        if is_asan_build():
            self.skipTest("ASan never throws std::bad_alloc")
        # Memory exhausted while one file is read: that file is reported, the run goes on.
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "huge.txt"
            with open(path, "wb") as f:
                f.write(b"x" * (80 << 20))
            def cap_memory():
                resource.setrlimit(resource.RLIMIT_AS, (600 << 20, 600 << 20))
            for jobs in ("1", "2"):
                run = subprocess.run([BINARY, "check", "--jobs", jobs, "--max-input-size", "1GB", str(path), SAMPLE],
                                     cwd=ROOT, capture_output=True, text=True, preexec_fn=cap_memory, timeout=120)
                self.assertEqual(run.returncode, 2, run.stderr[-2000:])
                self.assertTrue(run.stderr.startswith(f"{path}: cannot audit the file: "), run.stderr[-2000:])
                self.assertIn("12 findings", run.stdout)

    def test_an_ambiguous_table_fact_without_a_row_binds_nothing(self):
        pack = ("pack: p\nfacts:\n  n: { table: { header: \"数量\", column: \"数量\" } }\n"
                "checks:\n  - id: C\n    assert: \"n >= 0\"\n")
        with tempfile.TemporaryDirectory() as tmp:
            pack_path = pathlib.Path(tmp) / "p.yaml"
            pack_path.write_text(pack, encoding="utf-8")
            doc = pathlib.Path(tmp) / "two.md"
            doc.write_text("| 项目 | 数量 |\n| --- | --- |\n| 甲 | 5 |\n\n文字\n\n| 项目 | 数量 |\n| --- | --- |\n| 乙 | 7 |\n",
                           encoding="utf-8")
            run, _ = run_capped(["facts", "--rules", str(pack_path), str(doc)])
            self.assert_no_sanitizer_error(run)
            self.assertEqual(run.returncode, 0, run.stderr)
            self.assertIn("note: 2 tables with a column header matching \"数量\" have one data row (甲, 乙): "
                          "ambiguous, nothing bound", run.stdout)

    def test_a_literal_ampersand_keeps_the_columns(self):
        with tempfile.TemporaryDirectory() as tmp:
            page = pathlib.Path(tmp) / "amp.html"
            page.write_text("<p>R&D;共5件 &amp; R&amp;D共6件</p>", encoding="utf-8")
            run, _ = run_capped(["facts", str(page)])
            self.assertEqual(run.returncode, 0, run.stderr)
            # Columns count the characters as written: "<p>R&D;共" before 5, and the entities
            # before 6 as their whole text.
            self.assertIn("figure 1:9  5", run.stdout)
            self.assertIn("figure 1:26  6", run.stdout)


def like_tests(n):
    doc = "主动公开100条。\n" * 60000  # about 1 MB
    tests = "".join(f"  - name: t{i}\n    like: t0\n    expect: []\n" for i in range(1, n))
    return ("pack: p\nfacts:\n  a: { text: \"主动公开{n}条\" }\nchecks:\n  - id: C\n    assert: \"a >= 0\"\n"
            "tests:\n  - name: t0\n    doc: \"" + doc.replace("\n", "\\n") + "\"\n    expect: []\n" + tests)


# name → (command, pack text, a message the first line of stderr holds)
HOSTILE_PACKS = {
    "an assertion of 10,000 terms": ("check", "pack: p\nfacts:\n  a: { text: \"共{n}条\" }\nchecks:\n  - id: C\n"
                                     "    assert: \"a" + "+a" * 10000 + " == 1\"\n",
                                     "expression has more than 256 terms and operators"),
    "5,001 facts": ("check", "pack: p\nfacts:\n" + "".join(f"  f{i}: {{ text: \"共{{n}}条\" }}\n" for i in range(5001))
                    + "checks: []\n", ":3:3: error: a pack may have at most 5000 facts"),
    "5,001 checks": ("check", "pack: p\nfacts:\n  a: { text: \"共{n}条\" }\nchecks:\n"
                     + "".join(f"  - {{ id: C{i}, assert: \"a >= 0\" }}\n" for i in range(5001)),
                     ":5:3: error: a pack may have at most 5000 checks"),
    "a pack over 4 MiB": ("check", "pack: p\nchecks: []\n#" + "x" * (4 << 20) + "\n",
                          "bytes, over the limit of 4194304"),
    "tests copying a large document": ("test", like_tests(20),
                                       "error: the tests' documents come to more than 16777216 bytes (each 'like' copies one)"),
}


class HostilePacks(unittest.TestCase):
    def test_each_is_refused_within_the_caps(self):
        for name, (command, text, message) in HOSTILE_PACKS.items():
            with self.subTest(name), tempfile.TemporaryDirectory() as tmp:
                pack = pathlib.Path(tmp) / "p.yaml"
                pack.write_text(text, encoding="utf-8")
                args = ["check", "--rules", str(pack), SAMPLE] if command == "check" else ["rules", "test", str(pack)]
                run, _ = run_capped(args)
                self.assertIsNone(run.killed)
                self.assertNotEqual(run.returncode, SANITIZER_STATUS, run.stderr[-2000:])
                self.assertEqual(run.returncode, 2, run.stderr[-2000:])
                self.assertIn(message, run.stderr.splitlines()[0])


if __name__ == "__main__":
    BINARY = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
