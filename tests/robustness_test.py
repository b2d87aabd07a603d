#!/usr/bin/env python3
"""The catalogue of malformed inputs: each gets its exact message and exit status, and the
other inputs of the same run are still audited.

Usage: robustness_test.py BUILD/crossfoot   (run from the project root)
"""
import json
import os
import pathlib
import resource
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = None
SAMPLE = "reports/xiamen-2018.txt"
REPORT_UTF8 = (ROOT / SAMPLE).read_bytes()

# Every hostile input runs under these: a clear message or a result within them, never a hang
# or an exhausted machine.
MEMORY_LIMIT = 1 << 30  # bytes of address space (release build) or of RSS (sanitizer build)
TIME_LIMIT = 120  # seconds, generous for the ASan build on a loaded 2-core machine
ENV = dict(os.environ)


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


PREEXEC = limit_memory


def choose_memory_cap():
    """AddressSanitizer reserves terabytes of address space, so its build cannot run under
    RLIMIT_AS; it gets ASan's own RSS limit instead, which kills the run past it."""
    global PREEXEC
    probe = subprocess.run([BINARY, "--version"], capture_output=True, preexec_fn=limit_memory)
    if probe.returncode != 0:
        PREEXEC = None
        ENV["ASAN_OPTIONS"] = f"hard_rss_limit_mb={MEMORY_LIMIT >> 20}:" + ENV.get("ASAN_OPTIONS", "")


def unprivileged():
    """Runs the child as nobody when the suite runs as root (root reads every file)."""
    if PREEXEC:
        PREEXEC()
    if os.geteuid() == 0:
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)


def crossfoot(*args, cwd=ROOT, preexec=None, timeout=TIME_LIMIT):
    return subprocess.run([BINARY, *args], cwd=cwd, capture_output=True, encoding="utf-8",
                          errors="surrogateescape", env=ENV, preexec_fn=preexec or PREEXEC,
                          timeout=timeout)


def world_readable_tmp():
    """A temporary directory nobody can enter (for runs as nobody)."""
    tmp = tempfile.mkdtemp()
    os.chmod(tmp, 0o755)
    return tmp


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

    def test_unreadable_permissions(self):
        with tempfile.TemporaryDirectory() as tmp:
            os.chmod(tmp, 0o755)
            path = pathlib.Path(tmp) / "r.txt"
            path.write_bytes(REPORT_UTF8)
            path.chmod(0)
            run = crossfoot("check", str(path), SAMPLE, preexec=unprivileged)
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



def tree_with_unreadable_subdirectory(tmp, files_above, files_below):
    """tmp/top with files, and tmp/top/locked (mode 0) with more files."""
    top = pathlib.Path(tmp) / "top"
    locked = top / "locked"
    locked.mkdir(parents=True)
    for name, data in files_above.items():
        (top / name).write_bytes(data)
    for name, data in files_below.items():
        (locked / name).write_bytes(data)
    os.chmod(tmp, 0o755)
    os.chmod(top, 0o755)
    os.chmod(locked, 0)
    return top, locked


class NothingIsDroppedSilently(unittest.TestCase):
    """Issue #16 item 2: what cannot be read is named; a run that would audit nothing fails."""

    def test_an_unreadable_subdirectory_of_an_input_directory(self):
        tmp = world_readable_tmp()
        try:
            top, locked = tree_with_unreadable_subdirectory(tmp, {"a.txt": REPORT_UTF8}, {"b.txt": REPORT_UTF8})
            run = crossfoot("check", str(top), preexec=unprivileged)
            self.assertEqual(run.returncode, 2, run.stderr)
            self.assertEqual(run.stderr, f"{locked}: cannot read this directory; the reports in it are not audited\n")
            self.assertIn("12 findings", run.stdout)
        finally:
            os.chmod(pathlib.Path(tmp) / "top" / "locked", 0o755)
            shutil.rmtree(tmp)

    def test_an_unreadable_subdirectory_of_a_rules_directory(self):
        tmp = world_readable_tmp()
        try:
            packs = {p.name: p.read_bytes() for p in (ROOT / "rules").glob("*.yaml")}
            top, locked = tree_with_unreadable_subdirectory(tmp, packs, {"extra.yaml": b"pack: extra\nchecks: []\n"})
            run = crossfoot("check", "--rules", str(top), SAMPLE, preexec=unprivileged)
            self.assertEqual(run.returncode, 2, run.stderr)
            self.assertEqual(run.stderr, f"{locked}: cannot read this directory; the rule packs in it are not loaded\n")
            self.assertIn("12 findings", run.stdout)  # the packs that could be read still ran
        finally:
            os.chmod(pathlib.Path(tmp) / "top" / "locked", 0o755)
            shutil.rmtree(tmp)

    def test_a_config_whose_include_matches_nothing(self):
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(ROOT / SAMPLE, pathlib.Path(tmp) / "r.txt")
            (pathlib.Path(tmp) / ".crossfoot.yaml").write_text('include: ["reports/**/*.html"]\n')
            run = crossfoot("check", "r.txt", cwd=tmp)
            self.assertEqual(run.returncode, 2)
            self.assertEqual(run.stderr, f"{os.path.realpath(tmp)}/.crossfoot.yaml: 'include' and 'exclude' select "
                                         "none of the 1 report file given; nothing would be audited\n")

    def test_an_unreadable_config(self):
        tmp = world_readable_tmp()
        try:
            config = pathlib.Path(tmp) / ".crossfoot.yaml"
            config.write_text("fail-on: warning\n")
            config.chmod(0)
            run = crossfoot("check", str(ROOT / SAMPLE), cwd=tmp, preexec=unprivileged)
            self.assertEqual(run.returncode, 2)
            self.assertEqual(run.stderr, f"{os.path.realpath(config)}: cannot read the file\n")  # not "bad file"
        finally:
            shutil.rmtree(tmp)


def fifo(tmp, name):
    path = pathlib.Path(tmp) / name
    os.mkfifo(path)
    return path


class BatchOutputs(unittest.TestCase):
    """Issue #16 item 11: no output format holds every file of a batch without bound."""

    def test_an_html_page_of_more_files_than_it_holds_is_refused_before_reading(self):
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(1001):
                (pathlib.Path(tmp) / f"r{i:04}.txt").write_text("政府信息公开\n", "utf-8")
            out = pathlib.Path(tmp) / "page.html"
            run = crossfoot("check", "--no-config", "--format", "html", "-o", str(out), tmp)
            self.assertEqual(run.returncode, 2, run.stderr)
            self.assertEqual(run.stderr, "crossfoot: --format html makes one page of 1001 files, more than "
                             "the 1000 a page holds; use --format jsonl (or json, sarif) for a batch, "
                             "or one page per file\n")
            self.assertFalse(out.exists())

    def test_json_and_sarif_of_a_batch_are_whole_documents(self):
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(3):
                shutil.copy(ROOT / "reports/xiamen-2018.txt", pathlib.Path(tmp) / f"r{i}.txt")
            (pathlib.Path(tmp) / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8")
            one = json.loads(crossfoot("check", "--no-config", "--format", "json",
                                       str(pathlib.Path(tmp) / "r0.txt")).stdout)
            errors, findings = one["summary"]["errors"], len(one["files"][0]["findings"])
            self.assertGreater(errors, 0)
            for fmt in ("json", "sarif"):
                run = crossfoot("check", "--no-config", "--format", fmt, tmp)
                self.assertEqual(run.returncode, 2, run.stderr)
                doc = json.loads(run.stdout)
                if fmt == "json":
                    self.assertEqual([f["path"] for f in doc["files"]],
                                     [str(pathlib.Path(tmp) / n) for n in ("bad.txt", "r0.txt", "r1.txt", "r2.txt")])
                    self.assertEqual(doc["summary"]["files"], 4)
                    self.assertEqual(doc["summary"]["errors"], 3 * errors)
                else:
                    run0 = doc["runs"][0]
                    self.assertEqual(len(run0["results"]), 3 * findings)
                    self.assertFalse(run0["invocations"][0]["executionSuccessful"])
                    self.assertEqual(len(run0["invocations"][0]["toolExecutionNotifications"]), 4)


class NonRegularInputs(unittest.TestCase):
    """Issue #16 item 10: a FIFO is refused at once (no writer needed), /dev/zero is not read."""

    def test_a_fifo_as_a_report_is_refused_and_the_others_audited(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = fifo(tmp, "f.txt")
            run = crossfoot("check", str(path), SAMPLE, timeout=30)
            self.assertEqual(run.returncode, 2)
            self.assertEqual(run.stderr, f"{path}: cannot read: it is a FIFO (named pipe), not a regular file\n")
            self.assertIn("12 findings", run.stdout)

    def test_a_fifo_as_rules_baseline_or_previous(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = fifo(tmp, "f.yaml")
            for option, message in (("--rules", f"{path}: error: cannot read: it is a FIFO (named pipe), not a regular file"),
                                    ("--baseline", f"{path}: cannot read: it is a FIFO (named pipe), not a regular file"),
                                    ("--previous", f"{path}: cannot read: it is a FIFO (named pipe), not a regular file")):
                with self.subTest(option):
                    run = crossfoot("check", option, str(path), SAMPLE, timeout=30)
                    self.assertEqual(run.returncode, 2)
                    self.assertEqual(run.stderr.splitlines()[0], message)

    def test_dev_zero_and_a_link_to_it_are_not_read(self):
        with tempfile.TemporaryDirectory() as tmp:
            link = pathlib.Path(tmp) / "zero.txt"
            link.symlink_to("/dev/zero")
            run = crossfoot("check", "--max-input-size", "1KB", str(link), "--rules", "/dev/zero", timeout=30)
            self.assertEqual(run.returncode, 2)
            self.assertEqual(run.stderr, "/dev/zero: error: cannot read: it is a character device, not a regular file\n")
            run = crossfoot("check", str(link), SAMPLE, timeout=30)
            self.assertEqual(run.returncode, 2)
            self.assertEqual(run.stderr, f"{link}: cannot read: it is a character device, not a regular file\n")
            self.assertIn("12 findings", run.stdout)


def sample_with_name(tmp, name):
    """The sample report under a file name given as bytes."""
    path = os.path.join(os.fsencode(tmp), name)
    with open(path, "wb") as f:
        f.write(REPORT_UTF8)
    return path


class InvalidUtf8InJson(unittest.TestCase):
    """Issue #16 item 7: one policy for every JSON output: bytes that are not UTF-8 become U+FFFD."""

    def test_a_file_name_that_is_not_utf8(self):
        import json
        with tempfile.TemporaryDirectory() as tmp:
            path = sample_with_name(tmp, b"bad-\xff\xfe.txt")
            shown = os.fsdecode(os.fsencode(tmp)) + "/bad-\ufffd\ufffd.txt"
            for args in (["--format", "json"], ["--format", "sarif"], ["--format", "jsonl"],
                         ["--format", "jsonl", "--jobs", "2"]):
                with self.subTest(args=args):
                    run = crossfoot("check", *args, path, SAMPLE)
                    self.assertEqual(run.returncode, 1, run.stderr)
                    self.assertEqual(run.stderr, "")
                    if args[1] == "jsonl":
                        lines = [json.loads(line) for line in run.stdout.splitlines()]
                        findings = [line for line in lines if "ruleId" in line]
                        self.assertEqual(len(findings), 24)
                        self.assertEqual(sum(line["path"] == shown for line in findings), 12)
                        # and one coverage line per file
                        self.assertEqual([l["path"] for l in lines if "coverage" in l], [shown, SAMPLE])
                    elif args[1] == "json":
                        files = json.loads(run.stdout)["files"]
                        self.assertEqual([f["path"] for f in files], [shown, SAMPLE])
                        self.assertEqual([len(f["findings"]) for f in files], [12, 12])
                    else:
                        results = json.loads(run.stdout)["runs"][0]["results"]
                        self.assertEqual(len(results), 24)


class ControlCharacters(unittest.TestCase):
    """Issue #16 item 12: text from file names and reports cannot drive a terminal or a CI log."""

    def test_a_file_name_cannot_start_a_workflow_command(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = sample_with_name(tmp, b"e\n::warning::X.txt")
            for fmt in ("text", "github"):
                with self.subTest(fmt):
                    run = crossfoot("check", "--format", fmt, path)
                    self.assertEqual(run.returncode, 1)
                    for line in run.stdout.splitlines() + run.stderr.splitlines():
                        self.assertFalse(line.startswith("::warning::X"), line)
                    # Shown escaped (and, for github, percent-encoded as the runner expects).
                    self.assertIn("e\\n::warning::X.txt" if fmt == "text" else "e\\n%3A%3Awarning%3A%3AX.txt",
                                  run.stdout)
            run = crossfoot("check", "--max-input-size", "1KB", path)
            self.assertEqual(run.stderr, f"{tmp}/e\\n::warning::X.txt: the file is 41472 bytes, over the input limit "
                                         "of 1024 bytes (--max-input-size)\n")

    def test_escape_sequences_and_bidi_overrides_do_not_reach_the_terminal(self):
        with tempfile.TemporaryDirectory() as tmp:
            text = REPORT_UTF8.decode("utf-8").replace("。", "。\x1b]0;owned\x07\x1b[2J\u202e")
            path = pathlib.Path(tmp) / "esc\x1b[31m\u202e.txt"
            path.write_text(text, encoding="utf-8")
            for args in (["check"], ["check", "--summary"], ["facts"]):
                with self.subTest(args=args):
                    run = crossfoot(*args, str(path))
                    self.assertNotIn("\x1b", run.stdout + run.stderr)
                    self.assertNotIn("\x07", run.stdout + run.stderr)
                    self.assertNotIn("\u202e", run.stdout + run.stderr)
                    self.assertIn("esc\\x1b[31m\\u202e.txt", run.stdout)
            run = crossfoot("check", str(path))
            self.assertIn("12 findings", run.stdout)  # the controls change nothing else
            self.assertIn("\\x1b[2J", run.stdout)  # shown, escaped, in the source window
            run = crossfoot("check", "--max-input-size", "1KB", str(path))
            self.assertEqual(run.stderr.count("\x1b"), 0)


class Encodings(unittest.TestCase):
    """Issue #16 item 13: UTF-16 is decoded or named, and an unknown charset is said to be unknown."""

    def test_utf16_with_a_byte_order_mark_is_read(self):
        text = REPORT_UTF8.decode("utf-8")
        for encoding, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")):
            with self.subTest(encoding), tempfile.TemporaryDirectory() as tmp:
                path = pathlib.Path(tmp) / "u.txt"
                path.write_bytes(bom + text.encode(encoding))
                run = crossfoot("check", str(path))
                self.assertEqual(run.returncode, 1, run.stderr)
                self.assertIn("12 findings", run.stdout)

    def test_utf16_without_a_byte_order_mark_is_named(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "u.txt"
            path.write_bytes("Report 2018: 100 items\n".encode("utf-16-le"))
            run = crossfoot("check", str(path))
            self.assertEqual(run.returncode, 2)
            self.assertEqual(run.stderr, f"{path}: not a text report: the file is UTF-16 text without a byte-order "
                                         "mark (save it as UTF-8, or as UTF-16 with a BOM)\n")

    def test_a_charset_iconv_does_not_know(self):
        with tempfile.TemporaryDirectory() as tmp:
            gbk = pathlib.Path(tmp) / "gbk.html"
            gbk.write_bytes('<meta charset="x-unknown"><p>主动公开信息100条。</p>'.encode("gbk"))
            run = crossfoot("facts", str(gbk))
            self.assertEqual(run.returncode, 0, run.stderr)
            self.assertIn('GB18030 (the declared charset "x-unknown" is not known)', run.stdout)
            neither = pathlib.Path(tmp) / "x.html"
            neither.write_bytes(b'<meta charset="x-unknown"><p>\x81\x20\xff</p>')
            run = crossfoot("check", str(neither))
            self.assertEqual(run.returncode, 2)
            self.assertEqual(run.stderr, f'{neither}: cannot decode: the file declares the charset "x-unknown", which is '
                                         "not known, and is neither UTF-8 nor GB18030 text\n")


def temporaries(directory):
    return sorted(p.name for p in pathlib.Path(directory).iterdir() if p.name.startswith("."))


class OutputFiles(unittest.TestCase):
    """Issue #16 item 1: -o replaces the output file and nothing else, whole or not at all."""

    def test_output_over_any_file_the_run_reads_is_refused(self):
        with tempfile.TemporaryDirectory() as tmp:
            tmp_path = pathlib.Path(tmp)
            last = tmp_path / "last.txt"
            shutil.copy(ROOT / SAMPLE, last)
            (tmp_path / "packs").mkdir()
            pack = tmp_path / "packs" / "pack.yaml"
            shutil.copy(ROOT / "rules/cn-gis-2008.yaml", pack)
            base = tmp_path / "base.json"
            base.write_text('{"crossfootBaseline": 1, "findings": []}\n')
            link = tmp_path / "link.txt"
            link.symlink_to(last)
            config = tmp_path / ".crossfoot.yaml"
            config.write_text("fail-on: warning\n")
            cases = {
                "--previous": (["--previous", str(last)], last),
                "a pack": (["--rules", str(pack)], pack),
                "a pack in a rules directory": (["--rules", str(tmp_path / "packs")], pack),
                "the baseline": (["--baseline", str(base)], base),
                "--previous through a symlink": (["--previous", str(last)], link),
                "the config": ([], config),
            }
            for name, (args, output) in cases.items():
                with self.subTest(name):
                    before = output.read_bytes()
                    run = crossfoot("check", *args, "-o", str(output), str(ROOT / SAMPLE), cwd=tmp)
                    self.assertEqual(run.returncode, 2, run.stderr)
                    self.assertIn(f"{output}: refusing to write the output over an input file", run.stderr)
                    self.assertEqual(output.read_bytes(), before)

    def test_a_device_or_a_fifo_is_written_in_place(self):
        run = crossfoot("check", "-o", "/dev/null", SAMPLE)
        self.assertEqual(run.returncode, 1, run.stderr)
        self.assertTrue(stat.S_ISCHR(os.stat("/dev/null").st_mode))
        with tempfile.TemporaryDirectory() as tmp:
            path = fifo(tmp, "out.txt")
            got = []
            def read_all():
                with open(path, "rb") as f:
                    got.append(f.read())

            reader = threading.Thread(target=read_all)
            reader.start()
            run = crossfoot("check", "-o", str(path), SAMPLE)
            reader.join(TIME_LIMIT)
            self.assertEqual(run.returncode, 1, run.stderr)
            self.assertTrue(stat.S_ISFIFO(os.lstat(path).st_mode))
            self.assertIn(b"12 findings", got[0])
            self.assertEqual(temporaries(tmp), [])

    def test_a_symlink_is_written_through_and_kept(self):
        with tempfile.TemporaryDirectory() as tmp:
            target_dir = pathlib.Path(tmp) / "elsewhere"
            target_dir.mkdir()
            target = target_dir / "out.txt"
            target.write_text("old\n")
            link = pathlib.Path(tmp) / "out.txt"
            link.symlink_to("elsewhere/out.txt")
            dangling = pathlib.Path(tmp) / "new.txt"
            dangling.symlink_to("elsewhere/new.txt")
            for output, written in ((link, target), (dangling, target_dir / "new.txt")):
                run = crossfoot("check", "-o", str(output), SAMPLE)
                self.assertEqual(run.returncode, 1, run.stderr)
                self.assertTrue(output.is_symlink())
                self.assertIn("12 findings", written.read_text(encoding="utf-8"))
            self.assertEqual(temporaries(tmp) + temporaries(target_dir), [])

    def test_the_output_keeps_its_mode_and_a_new_one_gets_the_umask(self):
        with tempfile.TemporaryDirectory() as tmp:
            private = pathlib.Path(tmp) / "private.txt"
            private.write_text("old\n")
            private.chmod(0o600)
            run = crossfoot("check", "-o", str(private), SAMPLE)
            self.assertEqual(run.returncode, 1)
            self.assertEqual(stat.S_IMODE(os.stat(private).st_mode), 0o600)
            fresh = pathlib.Path(tmp) / "fresh.txt"

            def umask_027():
                if PREEXEC:
                    PREEXEC()
                os.umask(0o027)

            run = crossfoot("check", "-o", str(fresh), SAMPLE, preexec=umask_027)
            self.assertEqual(run.returncode, 1)
            self.assertEqual(stat.S_IMODE(os.stat(fresh).st_mode), 0o640)

    def test_the_temporary_file_is_removed_on_a_fatal_signal(self):
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGABRT):
            with self.subTest(signal.Signals(sig).name), tempfile.TemporaryDirectory() as tmp:
                out = pathlib.Path(tmp) / "out.txt"
                child = subprocess.Popen([BINARY, "check", "--jobs", "1", "-o", str(out), "reports", "fixtures"],
                                         cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV,
                                         preexec_fn=PREEXEC)
                deadline = time.monotonic() + TIME_LIMIT
                while not temporaries(tmp) and child.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.01)
                self.assertEqual(len(temporaries(tmp)), 1, "the run ended before its temporary file was seen")
                time.sleep(0.1)
                child.send_signal(sig)
                self.assertEqual(child.wait(TIME_LIMIT), -sig)
                self.assertEqual(temporaries(tmp), [])
                self.assertFalse(out.exists())

    def test_the_temporary_file_is_removed_when_the_file_size_limit_is_reached(self):
        with tempfile.TemporaryDirectory() as tmp:
            def small_files():
                if PREEXEC:
                    PREEXEC()
                resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

            run = crossfoot("check", "-o", f"{tmp}/out.txt", "reports", "fixtures", preexec=small_files)
            self.assertEqual(run.returncode, -signal.SIGXFSZ)
            self.assertEqual(os.listdir(tmp), [])


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
                                 ":3:5: error: a check needs one of: each-row, each-column, row-filled, whole-counts, table-present, sum, share, change, agree, assert, any-of, breakdown, statement"),
    "a pack file that cannot be read": (None, ": no such rule pack or directory"),
    # Issue #16 item 2: what yaml-cpp lets through.
    "a GBK pack": ("pack: p\nfacts:\n  a: { text: \"共{n}条\" }\nchecks: []\n".encode("gbk"),
                   ":3:15: error: the file is not UTF-8 text (byte 0xB9); save it as UTF-8 (a GBK or GB18030 "
                   "file would never match a report)"),
    "a UTF-16 pack": ("\ufeffpack: p\nchecks: []\n".encode("utf-16-le"),
                      ":1:1: error: the file is UTF-16 text; save it as UTF-8"),
    "a second 'checks'": ("pack: p\nchecks: []\nfacts: {}\nchecks:\n  - id: C\n    assert: \"1 == 2\"\n",
                          ":4:1: error: duplicate key 'checks' (first at line 2)"),
    "two 'pack'": ("pack: p\npack: q\nchecks: []\n", ":2:1: error: duplicate key 'pack' (first at line 1)"),
    "two 'assert' in a check": ("pack: p\nchecks:\n  - id: C\n    assert: \"1 == 1\"\n    assert: \"1 == 2\"\n",
                                ":5:5: error: duplicate key 'assert' (first at line 4)"),
    "a pack of aliases that name a billion nodes": (
        "pack: p\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]\n" for i in range(1, 9))
        + "checks: *a8\n",
        ": error: the YAML has more than 1000000 nodes (counting each use of an alias)"),
    # Issue #16 item 13: messages that say what is wrong.
    "a 'repeat' that is not a boolean": ("pack: p\nfacts:\n  a: { text: \"共{n}条\", repeat: maybe }\nchecks: []\n",
                                         ":3:35: error: 'repeat' must be true or false"),
    "a key that is a list": ("pack: p\nfacts:\n  [a, b]: { text: \"共{n}条\" }\nchecks: []\n",
                             ":3:3: error: a key must be a plain string, not a list or a mapping"),
    "a number too large in an expression": ("pack: p\nchecks:\n  - id: C\n    assert: \"1 == " + "1" * 40 + "\"\n",
                                            ":4:5: error: 'assert': number " + "1" * 40 + " is too large (at most 30 "
                                            "digits) at column 6 of \"1 == " + "1" * 40 + "\""),
}


class MalformedPacks(unittest.TestCase):
    def test_each_is_located_and_the_run_fails(self):
        for name, (text, message) in PACKS.items():
            with self.subTest(name), tempfile.TemporaryDirectory() as tmp:
                pack = pathlib.Path(tmp) / "p.yaml"
                if isinstance(text, bytes):
                    pack.write_bytes(text)
                elif text is not None:
                    pack.write_text(text, encoding="utf-8")
                run = crossfoot("check", "--rules", str(pack), SAMPLE)
                self.assertEqual(run.returncode, 2)
                self.assertEqual(run.stderr.splitlines()[0], f"{pack}{message}")
                self.assertEqual(run.stdout, "")


class PackLoading(unittest.TestCase):
    def test_a_field_error_does_not_hide_the_later_ones(self):
        with tempfile.TemporaryDirectory() as tmp:
            pack = pathlib.Path(tmp) / "p.yaml"
            pack.write_text("pack: p\nfacts:\n  a: { text: \"共{n}条\", repeat: [x] }\n  {k: v}: 1\nchecks:\n"
                            "  - id: C\n    assert: \"a <= missing\"\n", encoding="utf-8")
            run = crossfoot("check", "--rules", str(pack), SAMPLE)
            self.assertEqual(run.returncode, 2)
            self.assertEqual(run.stderr.splitlines(), [
                f"{pack}:3:35: error: 'repeat' must be true or false",
                f"{pack}:4:3: error: a key must be a plain string, not a list or a mapping",
                f"{pack}:6:5: error: check C uses unknown fact 'missing'"])

    def test_byte_order_marks_are_dropped(self):
        with tempfile.TemporaryDirectory() as tmp:
            pack = pathlib.Path(tmp) / "p.yaml"
            pack.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf" + (ROOT / "rules/cn-gis-2008.yaml").read_bytes())
            run = crossfoot("check", "--rules", str(pack), SAMPLE)
            self.assertEqual(run.stderr, "")
            config = pathlib.Path(tmp) / ".crossfoot.yaml"
            config.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbfinclude: [\"nothing/*\"]\n")
            run = crossfoot("check", str(ROOT / SAMPLE), cwd=tmp)
            self.assertIn("'include' and 'exclude' select none", run.stderr)

    def test_duplicate_keys_in_the_config(self):
        with tempfile.TemporaryDirectory() as tmp:
            (pathlib.Path(tmp) / ".crossfoot.yaml").write_text("fail-on: note\nfail-on: error\n")
            run = crossfoot("check", str(ROOT / SAMPLE), cwd=tmp)
            self.assertEqual(run.returncode, 2)
            self.assertEqual(run.stderr, f"{os.path.realpath(tmp)}/.crossfoot.yaml:2:1: error: duplicate key "
                                         "'fail-on' (first at line 1)\n")
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
                    # 3: the big document has nothing that can be checked, and says so
                    self.assertIn(run.returncode, (0, 1, 3), run.stderr)
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
        # The file must outgrow the cap: an 80 MiB line now peaks near 430 MiB, under it.
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "huge.txt"
            with open(path, "wb") as f:
                f.write(b"x" * (160 << 20))
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


def alias_growth():
    big = "共" * 100000
    return ('pack: p\nfacts:\n  a: {text: "共{n}条"}\n  b: {text: "有{n}件"}\n'
            'checks:\n  - id: C\n    assert: "a <= b"\ntests:\n  - name: t0\n    doc: &BIG "' + big +
            '共1条，有2件。"\n    expect: []\n' +
            "".join(f'  - {{name: t{i}, like: t{i-1}, replace: {{"共": *BIG}}, expect: []}}\n' for i in range(1, 3000)))


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
    # Issue #26, item 7: 3,000 uses of one 300 KB anchor, a 500 KB pack (the red team's).
    "aliases of a large anchor": ("test", alias_growth(),
                                  "p.yaml:10:10: error: aliases expand the YAML to more than 16777216 bytes of text"),
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


# ---------------------------------------------------------------------------------------------
# Issue #26 (branch robust26): the red-team harness's second round (../shared/redteam/).
# ---------------------------------------------------------------------------------------------

def run_with_env(args, env, cwd=ROOT, timeout=TIME_LIMIT):
    """Runs argv (crossfoot or a shell that execs it) with ENV plus `env`, under the cap."""
    e = dict(ENV)
    e.update(env)
    return subprocess.run(args, cwd=cwd, capture_output=True, encoding="utf-8", errors="surrogateescape",
                          env=e, preexec_fn=PREEXEC, timeout=timeout)


def fnv64(data):
    h = 0xcbf29ce484222325
    for c in data:
        h = ((h ^ c) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def forge_cache_entry(real_entry, other_entry):
    """The red-team's forgery (cache.py): the other pack's state and body under the real entry's
    header (its first four lines), closed by a checksum of the body alone."""
    def parts(b):
        lines = b.split(b"\n", 5)
        return b"\n".join(lines[:4]) + b"\n", lines[4], lines[5][:-16]
    header, _, _ = parts(real_entry)
    _, state, body = parts(other_entry)
    return header + state + b"\n" + body + b"%016x" % fnv64(body)


def gutted_gis_2008():
    """The shipped cn-gis-2008 pack with every check but the first removed (cache.py)."""
    txt = (ROOT / "rules/cn-gis-2008.yaml").read_text(encoding="utf-8")
    a = txt.index("\nchecks:\n") + len("\nchecks:\n")
    tests = txt.find("\ntests:", a)
    blocks = txt[a:tests].split("\n  - id: ")
    first = blocks[0] + "\n  - id: " + blocks[1] if not blocks[0].startswith("  - id:") else blocks[0]
    return txt[:a] + first.rstrip("\n") + "\n" + txt[tests:]


class PackCacheAttacks(unittest.TestCase):
    """Issue #26 items 1 and 14: the cache directory is shared with whoever can write it."""

    def test_a_temporary_name_taken_by_a_symlink_or_a_fifo_is_never_opened(self):
        with tempfile.TemporaryDirectory() as tmp:
            first = pathlib.Path(tmp) / "first"
            reference = run_with_env([BINARY, "check", "--no-config", SAMPLE], {"CROSSFOOT_CACHE_DIR": str(first)})
            names = [e.name for e in first.glob("*.tree")]
            self.assertTrue(names)
            victim = pathlib.Path(tmp) / "victim.txt"
            victim.write_bytes(REPORT_UTF8)
            for kind, plant in (("symlink", f"ln -s {victim}"), ("fifo", "mkfifo")):
                with self.subTest(kind):
                    cache = pathlib.Path(tmp) / kind
                    cache.mkdir(mode=0o700)
                    # $$ is the pid crossfoot runs as: the shell execs it.
                    script = "".join(f"{plant} {cache}/{n}.$$.tmp; " for n in names)
                    run = run_with_env(["sh", "-c", script + 'exec "$@"', "sh", BINARY, "check", "--no-config", SAMPLE],
                                       {"CROSSFOOT_CACHE_DIR": str(cache)}, timeout=60)
                    self.assertEqual(victim.read_bytes(), REPORT_UTF8)
                    self.assertEqual((run.returncode, run.stdout), (reference.returncode, reference.stdout))

    def test_a_forged_entry_does_not_replace_the_pack(self):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            (tmp / "real").mkdir()
            (tmp / "gutted").mkdir()
            real = tmp / "real/cn-gis-2008.yaml"
            shutil.copy(ROOT / "rules/cn-gis-2008.yaml", real)
            (tmp / "gutted/cn-gis-2008.yaml").write_text(gutted_gis_2008(), encoding="utf-8")
            args = [BINARY, "check", "--no-config", "--rules"]
            reference = run_with_env(args + [str(real), SAMPLE], {"CROSSFOOT_CACHE_DIR": str(tmp / "c_real")})
            run_with_env(args + [str(tmp / "gutted/cn-gis-2008.yaml"), SAMPLE], {"CROSSFOOT_CACHE_DIR": str(tmp / "c_gutted")})
            [real_entry] = (tmp / "c_real").glob("*.tree")
            [gutted_entry] = (tmp / "c_gutted").glob("*.tree")
            real_entry.write_bytes(forge_cache_entry(real_entry.read_bytes(), gutted_entry.read_bytes()))
            run = run_with_env(args + [str(real), SAMPLE], {"CROSSFOOT_CACHE_DIR": str(tmp / "c_real")})
            self.assertEqual((run.returncode, run.stdout), (reference.returncode, reference.stdout))
            self.assertIn("findings", reference.stdout)

    def test_a_cache_directory_others_can_write_is_not_used(self):
        # A correct entry in a directory the group can write could have been planted: not read,
        # and nothing is written there.
        with tempfile.TemporaryDirectory() as tmp:
            cache = pathlib.Path(tmp) / "c"
            cache.mkdir()
            os.chmod(cache, 0o775)
            run = run_with_env([BINARY, "check", "--no-config", SAMPLE], {"CROSSFOOT_CACHE_DIR": str(cache)})
            self.assertIn("12 findings", run.stdout)
            self.assertEqual(list(cache.iterdir()), [])
            # A new cache directory is made private whatever the umask.
            fresh = pathlib.Path(tmp) / "new/c"
            run_with_env(["sh", "-c", 'umask 0; exec "$@"', "sh", BINARY, "check", "--no-config", SAMPLE],
                         {"CROSSFOOT_CACHE_DIR": str(fresh)})
            self.assertEqual(stat.S_IMODE(fresh.stat().st_mode), 0o700)
            self.assertTrue(list(fresh.glob("*.tree")))


def lsp_frame(body):
    body = body if isinstance(body, bytes) else json.dumps(body).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def lsp_messages(out):
    """The messages of the server's output, in order."""
    messages = []
    while out:
        header, _, rest = out.partition(b"\r\n\r\n")
        length = int(header.split(b":")[1])
        messages.append(json.loads(rest[:length]))
        out = rest[length:]
    return messages


LSP_INIT = lsp_frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                      "params": {"processId": None, "rootUri": ROOT.as_uri(), "capabilities": {}}})
LSP_END = (lsp_frame({"jsonrpc": "2.0", "id": 99, "method": "shutdown"}) +
           lsp_frame({"jsonrpc": "2.0", "method": "exit"}))


def run_server(stdin_bytes, preexec=None):
    return subprocess.run([BINARY, "server"], cwd=ROOT, input=stdin_bytes, capture_output=True, env=ENV,
                          preexec_fn=preexec or PREEXEC, timeout=TIME_LIMIT * 2)


class LanguageServerInputs(unittest.TestCase):
    """Issue #26 items 2 and 8: the server outlives any one message."""

    def test_an_id_that_is_not_a_number_or_a_string_is_refused_before_it_is_copied(self):
        deep = "the message nests arrays and objects more than 64 deep"
        for name, id_text, why in (
                ("an array 100,000 deep", b"[" * 100000 + b"]" * 100000, deep),
                ("an object 1,000,000 deep", b'{"a":' * 1000000 + b"1" + b"}" * 1000000, deep),
                ("an array", b'[1, ["]]]]"]]', "the id is not a number, a string or null"),
                ("true", b"true", "the id is not a number, a string or null")):
            with self.subTest(name):
                bad = lsp_frame(b'{"jsonrpc":"2.0","id":' + id_text + b',"method":"nope"}')
                # params nested deep as the last member: nothing after it to copy it
                params = lsp_frame(b'{"jsonrpc":"2.0","method":"nope","params":' + b"[" * 100000 + b"]" * 100000 + b"}")
                run = run_server(bad + params + LSP_INIT + LSP_END)
                self.assertEqual(run.returncode, 0, run.stderr[-2000:])
                messages = lsp_messages(run.stdout)
                self.assertEqual(messages[0], {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": why}})
                self.assertEqual(messages[1], {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": deep}})
                self.assertIn("capabilities", messages[2]["result"])
                self.assertEqual(messages[3], {"jsonrpc": "2.0", "id": 99, "result": None})

    # ASan's operator new reports and aborts instead of throwing std::bad_alloc, so this runs
    # with the release build (python3 tests/robustness_test.py build/crossfoot).
    def test_a_document_too_large_for_memory_is_said_and_the_notification_not_answered(self):
        if is_asan_build():
            self.skipTest("ASan never throws std::bad_alloc")
        big = (REPORT_UTF8.decode("utf-8") * 1600)[:60_000_000]  # as the red team sent it
        uri = "file:///tmp/crossfoot-robustness/big60.txt"
        opened = lsp_frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "plaintext", "version": 1, "text": big}}})
        run = run_server(LSP_INIT + opened + LSP_END)
        self.assertEqual(run.returncode, 0, run.stderr[-2000:])
        messages = lsp_messages(run.stdout)
        # No reply to the notification (JSON-RPC answers requests only): a message instead.
        self.assertEqual([m.get("id") for m in messages if "id" in m], [1, 99])
        shown = [m for m in messages if m.get("method") == "window/showMessage"]
        published = [m for m in messages if m.get("method") == "textDocument/publishDiagnostics"]
        if not published:
            self.assertEqual(len(shown), 1, messages)
            self.assertEqual(shown[0]["params"]["message"],
                             f"crossfoot: {uri}: the document is too large to audit in the memory available "
                             "(std::bad_alloc)")


HOLDING_PACK = 'pack: always\nfacts:\n  a: {text: "共{n}条"}\nchecks:\n  - id: ALWAYS\n    assert: "a == a"\n'


class ConfigurationLookup(unittest.TestCase):
    """Issue #26 item 13: a .crossfoot.yaml planted above the work chooses the packs."""

    def planted(self, tmp):
        """TMP/.crossfoot.yaml naming a pack that always holds, and TMP/work with the sample."""
        tmp = pathlib.Path(tmp)
        os.chmod(tmp, 0o755)
        (tmp / "always.yaml").write_text(HOLDING_PACK, encoding="utf-8")
        config = tmp / ".crossfoot.yaml"
        config.write_text("rules: [always.yaml]\n", encoding="utf-8")
        os.chmod(config, 0o644)
        work = tmp / "work"
        work.mkdir()
        shutil.copy(ROOT / SAMPLE, work / "r.txt")
        return config, work

    def test_a_file_of_another_user_or_writable_by_others_is_refused(self):
        if os.geteuid() != 0:
            self.skipTest("chown needs root")
        for name, change in (("owned by another user", lambda c: os.chown(c, 65534, 65534)),
                             ("writable by its group", lambda c: os.chmod(c, 0o664)),
                             ("writable by others", lambda c: os.chmod(c, 0o646))):
            with self.subTest(name), tempfile.TemporaryDirectory() as tmp:
                config, work = self.planted(tmp)
                change(config)
                run = run_with_env([BINARY, "check", "r.txt"], {"HOME": "/nonexistent"}, cwd=work)
                self.assertEqual(run.returncode, 2, run.stdout)
                self.assertTrue(run.stderr.startswith(f"{config}: refusing the configuration: it is "), run.stderr)
                self.assertIn("--no-config", run.stderr)

    def test_the_search_stops_at_the_repository_root_or_home(self):
        for stop in ("a repository root", "home"):
            with self.subTest(stop), tempfile.TemporaryDirectory() as tmp:
                config, work = self.planted(tmp)
                env = {"HOME": str(work) if stop == "home" else "/nonexistent"}
                if stop != "home":
                    (work / ".git").mkdir()
                run = run_with_env([BINARY, "check", "--verbose", "r.txt"], env, cwd=work)
                self.assertEqual(run.returncode, 1, run.stderr)
                self.assertIn("12 findings", run.stdout)
                self.assertIn("crossfoot: no configuration file applies", run.stderr)

    def test_verbose_names_the_configuration_obeyed(self):
        with tempfile.TemporaryDirectory() as tmp:
            config, work = self.planted(tmp)
            run = run_with_env([BINARY, "check", "--verbose", "r.txt"], {"HOME": "/nonexistent"}, cwd=work)
            self.assertIn(run.returncode, (0, 3), run.stderr)  # the pack that holds was obeyed
            self.assertIn(f"crossfoot: using the configuration {config}\n", run.stderr)
            # JSON and SARIF record it too; without a configuration they say nothing of one.
            for args, where in ((["--format", "json"], lambda d: d.get("configuration")),
                                (["--format", "sarif"],
                                 lambda d: d["runs"][0]["invocations"][0].get("properties", {}).get("configuration"))):
                run = run_with_env([BINARY, "check", *args, "r.txt"], {"HOME": "/nonexistent"}, cwd=work)
                self.assertEqual(where(json.loads(run.stdout)), str(config), args)
                run = run_with_env([BINARY, "check", "--no-config", *args, "r.txt"], {"HOME": "/nonexistent"}, cwd=work)
                self.assertIsNone(where(json.loads(run.stdout)), args)


# The red team's packs (regress.py label_inject.yaml, extra.py explain_esc.yaml): control
# characters in every text a pack prints.
INJECTING_PACKS = {
    "label_inject.yaml": ('pack: p\ntitle: "T\\n::error::FAKE-FROM-PACKTITLE"\nfacts:\n'
                          '  a: {text: "共{n}条", label: "A\\n::error file=evil.txt,line=1::FAKE-FROM-LABEL \\r::warning::CR\\e]0;pwned\\a"}\n'
                          '  b: {text: "有{n}件"}\nchecks:\n  - id: C\n    title: "X\\n::error::FAKE-FROM-TITLE"\n'
                          '    assert: "a <= b"\n'),
    "explain_esc.yaml": ('pack: p\ntitle: "T\\e]0;pwned\\a\\e[2J"\nfacts:\n  a: {text: "共{n}条", label: "A\\e[31m"}\n'
                         'checks:\n  - id: C\n    title: "X\\n::error::FAKE\\e]8;;http://x\\a"\n'
                         '    rationale: "R\\n::warning::FAKE2\\r\\e[1A"\n    assert: "a <= 1"\n'),
}


class PackTextsPrinted(unittest.TestCase):
    """Issue #26 item 17: rules explain / doc / list / lint print a pack's texts escaped."""

    def test_no_workflow_command_or_escape_sequence_reaches_the_output(self):
        for name, text in INJECTING_PACKS.items():
            with tempfile.TemporaryDirectory() as tmp:
                pack = pathlib.Path(tmp) / name
                pack.write_text(text, encoding="utf-8")
                for args in (["rules", "explain", "C", "--rules", str(pack)], ["rules", "doc", str(pack)],
                             ["rules", "list", str(pack)], ["rules", "lint", str(pack)]):
                    with self.subTest(name=name, command=args[1]):
                        run = crossfoot(*args)
                        self.assertIn(run.returncode, (0, 1), run.stderr)
                        lines = (run.stdout + run.stderr).replace("\r", "\n").split("\n")
                        self.assertEqual([l for l in lines if l.startswith("::") or "\x1b" in l or "\x07" in l], [])
                        if args[1] != "lint":
                            self.assertIn("X\\n::error::FAKE", run.stdout)  # shown, escaped


class DirectoryWalkHazards(unittest.TestCase):
    """Issue #26 items 10 and 18: what a walk cannot read is named, and nothing blocks it."""

    def test_a_report_deeper_than_path_max_is_named(self):
        with tempfile.TemporaryDirectory() as tmp:
            deep = pathlib.Path(tmp) / "deep"
            deep.mkdir()
            fd = os.open(deep, os.O_RDONLY)
            try:
                for _ in range(25):  # 25 × 201 bytes: past PATH_MAX (4096)
                    os.mkdir("d" * 200, dir_fd=fd)
                    inner = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
                    os.close(fd)
                    fd = inner
                with open(os.open("r.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "wb") as f:
                    f.write(REPORT_UTF8)
            finally:
                os.close(fd)
            run = crossfoot("check", "--no-config", str(deep), SAMPLE)
            self.assertEqual(run.returncode, 2, run.stderr[-2000:])
            self.assertRegex(run.stderr, r"^" + str(deep) + r"/d{200}(/d{200})*: cannot read it: its path is \d+ bytes, "
                             r"longer than the system accepts \(PATH_MAX, 4096\); what is there is not audited\n$")
            self.assertIn("12 findings", run.stdout)

    def test_ignore_files_that_are_fifos_do_not_block_the_walk(self):
        for where in (".gitignore", "sub/.gitignore", ".git/info/exclude", "core.excludesFile"):
            with self.subTest(where), tempfile.TemporaryDirectory() as tmp:
                repo = pathlib.Path(tmp) / "repo"
                subprocess.run(["git", "init", "-q", str(repo)], check=True)
                (repo / "sub").mkdir()
                shutil.copy(ROOT / SAMPLE, repo / "sub" / "r.txt")
                if where == "core.excludesFile":
                    fifo_path = pathlib.Path(tmp) / "excludes"
                    subprocess.run(["git", "-C", str(repo), "config", "core.excludesFile", str(fifo_path)], check=True)
                else:
                    fifo_path = repo / where
                    fifo_path.parent.mkdir(parents=True, exist_ok=True)
                    fifo_path.unlink(missing_ok=True)  # git init writes info/exclude
                os.mkfifo(fifo_path)
                run = crossfoot("check", "--no-config", str(repo), timeout=60)
                self.assertEqual(run.returncode, 2, run.stderr[-2000:])
                self.assertIn(f"{fifo_path}", run.stderr)
                self.assertIn("is a FIFO (named pipe), not a regular file", run.stderr)
                self.assertIn("12 findings", run.stdout)  # the report is audited all the same


class LongFigures(unittest.TestCase):
    """Issue #26 item 12: a 10-million-digit number beside a report (misc.py)."""

    def test_a_ten_million_digit_number_is_read_in_linear_time(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "huge.txt"
            path.write_bytes("统计\n共".encode() + b"9" * 10_000_000 + "条\n".encode() + REPORT_UTF8)
            run, peak = run_capped(["check", "--no-config", str(path)], seconds=20)
            self.assertIsNone(run.killed)
            self.assertIn("12 findings", run.stdout)
            run, peak = run_capped(["facts", str(path)], seconds=20)
            self.assertIsNone(run.killed)
            self.assertEqual(run.returncode, 0, run.stderr[-2000:])


class LargeBaselines(unittest.TestCase):
    """Issue #26 item 3: a baseline of 1,000,000 entries (130 MB, under the 256 MiB limit)."""

    def test_a_million_entries_are_read_within_the_cap(self):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            shutil.copy(ROOT / SAMPLE, tmp / "r.txt")
            made = crossfoot("baseline", "--no-config", "-o", str(tmp / "b.json"), str(tmp / "r.txt"))
            self.assertEqual(made.returncode, 0, made.stderr)
            baseline = json.loads((tmp / "b.json").read_text(encoding="utf-8"))
            entry = baseline["findings"][0]
            with open(tmp / "big.json", "w", encoding="utf-8") as f:  # as the red team wrote it
                json.dump(dict(baseline, findings=baseline["findings"] + [
                    dict(entry, path=f"reports/x{i}.txt", fingerprint=f"{i:064x}") for i in range(1_000_000)]), f)
            run, peak = run_capped(["check", "--no-config", "--baseline", str(tmp / "big.json"), str(tmp / "r.txt")])
            self.assertIsNone(run.killed)
            self.assertNotEqual(run.returncode, SANITIZER_STATUS, run.stderr[-2000:])
            self.assertEqual(run.returncode, 0, run.stderr[-2000:])
            self.assertIn("0 findings", run.stdout)

    def test_every_shape_that_is_not_a_baseline_is_named(self):
        bad_entry = "a baseline entry needs path, ruleId and fingerprint"
        not_baseline = "not a crossfoot baseline (write one with `crossfoot baseline`)"
        for text, message in (
                ('[]', not_baseline), ('"x"', not_baseline), ('{"findings": {}}', not_baseline),
                ('{"findings": 3}', not_baseline), ('{"other": [1]}', not_baseline), ('{"findings": [', not_baseline),
                ('{"findings": [1]}', bad_entry), ('{"findings": [[]]}', bad_entry),
                ('{"findings": [{"path": "a", "ruleId": "R"}]}', bad_entry),
                ('{"findings": [{"path": "a", "ruleId": "R", "fingerprint": 5}]}', bad_entry),
                ('{"findings": [{"path": "a", "ruleId": "R", "fingerprint": ["x"]}]}', bad_entry)):
            with self.subTest(text), tempfile.TemporaryDirectory() as tmp:
                path = pathlib.Path(tmp) / "b.json"
                path.write_text(text, encoding="utf-8")
                run = crossfoot("check", "--no-config", "--baseline", str(path), SAMPLE)
                self.assertEqual(run.returncode, 2, run.stderr)
                self.assertEqual(run.stderr, f"{path}: {message}\n")
        # Other members, anywhere, are left alone; a version-1 baseline's paths are typed ones.
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "b.json"
            path.write_text('{"note": [{"x": [1]}], "findings": [{"path": "x", "ruleId": "R", "fingerprint": "f", '
                            '"extra": {"a": [1]}}], "crossfootBaseline": 1}', encoding="utf-8")
            run = crossfoot("check", "--no-config", "--baseline", str(path), SAMPLE)
            self.assertEqual(run.returncode, 1, run.stderr)
            self.assertIn("12 findings", run.stdout)


if __name__ == "__main__":
    BINARY = os.path.abspath(sys.argv.pop(1))
    choose_memory_cap()
    unittest.main(verbosity=2)
