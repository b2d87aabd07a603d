#!/usr/bin/env python3
"""The editor's page (`check --format html`), rendered in a real browser: headless Chromium
(Debian's package) loads it and the test asserts on the DOM it built — every finding listed,
every figure it involves marked in the report's own text, every link landing on an element,
nothing fetched from outside. Printed to PDF (Chromium's --print-to-pdf), the page holds every
finding (pdftotext) in a CJK font (pdffonts); it names the crossfoot version, the packs and each
input's SHA-256, and a page of several files opens with their index.
Usage: html_view_test.py PATH_TO_CROSSFOOT
"""
import hashlib
import os
import re
import html.parser
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parent.parent
PLANTED = "fixtures/national/planted/bureau-2021.html"
CONSISTENT = "fixtures/national/bureau-2021.md"
BINARY = None


def browser():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return name
    raise AssertionError("no headless browser: make test installs Debian's chromium")


class Dom(html.parser.HTMLParser):
    """What the browser built: ids, links, marked figures, list items, external references."""

    def __init__(self):
        super().__init__()
        self.ids, self.links, self.marks, self.items, self.external = set(), [], [], 0, []
        self.text_of = {}
        self._open_mark = None
        self.summary = {}
        self._summary_id = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag == "a" and a.get("class") in ("wrong", "involved") and a.get("href", "").startswith("#f"):
            self._open_mark = [a["class"], a["href"], ""]
        if tag == "li" and a.get("id", "").startswith("f"):
            self.items += 1
        for key in ("src", "href"):
            if key in a and not a[key].startswith("#"):
                self.external.append(a[key])
        if tag in ("script", "link", "img", "iframe"):
            self.external.append(tag)
        if tag == "span" and a.get("id"):
            self._summary_id = a["id"]

    def handle_data(self, data):
        if self._open_mark is not None:
            self._open_mark[2] += data
        if self._summary_id:
            self.summary[self._summary_id] = data

    def handle_endtag(self, tag):
        if tag == "a" and self._open_mark is not None:
            self.marks.append(tuple(self._open_mark))
            self._open_mark = None
        if tag == "span":
            self._summary_id = None


def page_of(*paths):
    run = subprocess.run([BINARY, "check", "--no-config", "--format", "html", *paths],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode in (0, 1), run.stderr
    return run.stdout


def printed(*paths, env=None):
    """The page printed to PDF by Chromium: its text (pdftotext) and its fonts (pdffonts)."""
    with tempfile.TemporaryDirectory() as tmp:
        page = pathlib.Path(tmp) / "view.html"
        page.write_text(page_of(*paths), encoding="utf-8")
        pdf = pathlib.Path(tmp) / "view.pdf"
        shown = subprocess.run([browser(), "--headless", "--no-sandbox", "--disable-gpu",
                                "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
                               capture_output=True, text=True, timeout=120, env=env)
        assert pdf.exists(), shown.stderr
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True,
                              text=True, check=True).stdout
        fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True,
                               check=True).stdout
    return text, fonts


def cjk_fonts_drawn(fonts):
    """The fonts of a PDF (pdffonts) that draw Chinese: a CJK font by name, or, for the
    CFF-flavoured Noto CJK that Chromium embeds as glyph procedures, an unnamed Type 3 font. The
    Latin fallbacks (DejaVu, Liberation) have no Chinese glyphs."""
    rows = [line for line in fonts.splitlines()[2:] if line.strip()]
    return [line.split()[0] for line in rows
            if re.search(r"CJK|Han|YaHei|WenQuanYi|PingFang|SimSun", line.split()[0])
            or (line.split()[0] == "[none]" and "Type 3" in line)]


def squeezed(text):
    return re.sub(r"\s+", "", text)


def render(*paths):
    with tempfile.TemporaryDirectory() as tmp:
        page = pathlib.Path(tmp) / "view.html"
        run = subprocess.run([BINARY, "check", "--no-config", "--format", "html", "-o", page, *paths],
                             cwd=ROOT, capture_output=True, text=True)
        assert run.returncode in (0, 1), run.stderr
        shown = subprocess.run([browser(), "--headless", "--no-sandbox", "--disable-gpu",
                                "--dump-dom", page.as_uri()], capture_output=True, text=True,
                               timeout=120)
        assert shown.returncode == 0, shown.stderr
    dom = Dom()
    dom.feed(shown.stdout)
    return dom


def findings(path):
    run = subprocess.run([BINARY, "check", "--no-config", "--format", "json", path], cwd=ROOT,
                         capture_output=True, text=True)
    return json.loads(run.stdout)["files"][0]["findings"]


class HtmlView(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dom = render(PLANTED)
        cls.expected = findings(PLANTED)

    def test_every_finding_is_listed_and_counted(self):
        self.assertEqual(self.dom.items, len(self.expected))
        self.assertTrue(self.dom.summary["finding-count"].startswith(f"{len(self.expected)} 处"))
        self.assertIn("checks run", self.dom.summary["checks-run"])

    def test_each_primary_figure_is_marked_as_written(self):
        wrong = {(href, text) for cls, href, text in self.dom.marks if cls == "wrong"}
        for n, f in enumerate(self.expected, 1):
            with self.subTest(rule=f["ruleId"]):
                marked = {text for href, text in wrong if href == f"#f1-{n}"}
                # A figure wrong in two findings is marked once, for the first.
                if marked:
                    self.assertIn(f["location"]["text"], marked)
        self.assertGreaterEqual(len(wrong), len(self.expected) - 2)
        self.assertTrue(any(cls == "involved" for cls, _, _ in self.dom.marks))

    def test_every_link_lands_on_an_element(self):
        self.assertGreater(len(self.dom.links), 2 * len(self.expected))
        for href in self.dom.links:
            self.assertIn(href[1:], self.dom.ids, href)

    def test_the_page_is_self_contained(self):
        self.assertEqual(self.dom.external, [])

    def test_the_printed_page_holds_every_finding_in_a_cjk_font(self):
        # Fifteen findings: far more than one screen of the findings pane shows.
        self.assertGreater(len(self.expected), 8)
        text, fonts = printed(PLANTED)
        flat = squeezed(text)
        for n, f in enumerate(self.expected, 1):
            with self.subTest(finding=n, rule=f["ruleId"]):
                self.assertIn(f["ruleId"], flat)
                # Each finding's message, as the page shows it in Chinese (pdftotext breaks the
                # lines where the page does).
                self.assertIn(squeezed(f["message"])[:40], flat)
        # Chinese glyphs come from a CJK font, never from a fallback that draws boxes: one of
        # the families the page asks for is installed with Chinese coverage (make test installs
        # fonts-noto-cjk), and the PDF draws with it. Chromium embeds a CJK font by name, or, for
        # the CFF-flavoured Noto CJK, as unnamed Type 3 glyphs; the Latin fallbacks (DejaVu,
        # Liberation) have no Chinese glyphs.
        wanted = re.search(r"body \{ font-family: ([^;]*);", page_of(PLANTED)).group(1)
        families = [f.strip().strip('"') for f in wanted.split(",")]
        installed = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True,
                                   text=True).stdout
        installed = {name.strip() for line in installed.splitlines() for name in line.split(",")}
        self.assertTrue(set(families) & installed,
                        f"none of the page's fonts {families} is installed with Chinese glyphs")
        self.assertTrue(cjk_fonts_drawn(fonts), "no CJK font draws the printed page:\n" + fonts)

    def test_without_a_cjk_font_the_font_check_fails(self):
        # The same page printed where fontconfig knows only DejaVu: Chinese would show as boxes,
        # and the check above must say so.
        with tempfile.TemporaryDirectory() as tmp:
            conf = pathlib.Path(tmp) / "fonts.conf"
            conf.write_text('<?xml version="1.0"?><fontconfig><dir>/usr/share/fonts/truetype/dejavu'
                            f'</dir><cachedir>{tmp}/cache</cachedir></fontconfig>\n')
            env = dict(os.environ, FONTCONFIG_FILE=str(conf))
            _, fonts = printed(CONSISTENT, env=env)
        self.assertEqual(cjk_fonts_drawn(fonts), [], fonts)

    def test_the_page_records_version_packs_and_input_hashes(self):
        page = page_of(PLANTED, CONSISTENT)
        self.assertRegex(page, r"crossfoot \d+\.\d+\.\d+")
        for pack in ("cn-gis-2021", "statements"):
            self.assertRegex(page, pack + r" \d+")
        for path in (PLANTED, CONSISTENT):
            digest = hashlib.sha256((ROOT / path).read_bytes()).hexdigest()
            self.assertIn(f'<code class="sha256">{digest}</code>', page)
        self.assertEqual(page, page_of(PLANTED, CONSISTENT))  # no clock: the same page again

    def test_a_page_of_several_files_opens_with_their_index(self):
        dom = render(PLANTED, CONSISTENT)
        self.assertIn("index", dom.ids)
        self.assertIn("#file1", dom.links)
        self.assertIn("#file2", dom.links)
        for n in range(1, len(self.expected) + 1):
            self.assertIn(f"#f1-{n}", dom.links)
        self.assertNotIn("index", self.dom.ids)  # one file needs no index

    def test_a_consistent_report_shows_no_marks(self):
        dom = render(CONSISTENT)
        self.assertEqual(dom.marks, [])
        self.assertEqual(dom.items, 0)
        self.assertTrue(dom.summary["finding-count"].startswith("0 处"))


if __name__ == "__main__":
    BINARY = str(pathlib.Path(sys.argv.pop(1)).resolve())
    unittest.main()
