#!/usr/bin/env python3
"""End-to-end tests of `crossfoot server`, the language server, driven as an editor drives it:
over its standard input and output, with the protocol's framing.

Usage: server_test.py BUILD/crossfoot   (run from the project root)
"""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = None
PLANTED = ROOT / "fixtures" / "xiamen-2018-planted.txt"
CORRECTED = ROOT / "fixtures" / "xiamen-2018-corrected.txt"


def uri(path):
    return pathlib.Path(path).resolve().as_uri()


class Client:
    """An editor's side of the protocol: frames requests, reads replies in order."""

    def __init__(self, *args, cwd=ROOT):
        self.proc = subprocess.Popen([BINARY, "server", *args], cwd=cwd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.next_id = 0

    def send_raw(self, body: bytes):
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def send(self, method, params=None, request=True):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        if request:
            self.next_id += 1
            message["id"] = self.next_id
        self.send_raw(json.dumps(message).encode())
        return self.next_id if request else None

    def read(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise EOFError("the server closed its output")
            line = line.rstrip(b"\r\n")
            if not line:
                break
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        return json.loads(self.proc.stdout.read(length))

    def initialize(self, root=ROOT):
        self.send("initialize", {"processId": None, "rootUri": uri(root), "capabilities": {}})
        reply = self.read()
        self.send("initialized", {}, request=False)
        return reply

    def open(self, path, text=None, language="plaintext", version=1, name=None):
        text = pathlib.Path(path).read_text(encoding="utf-8") if text is None else text
        self.send("textDocument/didOpen", {"textDocument": {
            "uri": name or uri(path), "languageId": language, "version": version, "text": text}},
                  request=False)
        return self.read()

    def close(self):
        self.send("shutdown")
        reply = self.read()
        self.send("exit", request=False)
        status = self.proc.wait(timeout=30)
        return reply, status

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            stream.close()


def utf16_position(text: str, offset_bytes: int):
    """The LSP position (0-based line, UTF-16 units) of a byte offset of a UTF-8 text."""
    before = text.encode("utf-8")[:offset_bytes].decode("utf-8")
    line = before.count("\n")
    column = before[before.rfind("\n") + 1:]
    return {"line": line, "character": len(column.encode("utf-16-le")) // 2}


def check_findings_of(*paths):
    """The findings `check` reports for the last of the paths (the others paired with it)."""
    run = subprocess.run([BINARY, "check", "--no-config", "--format", "jsonl", *map(str, paths)],
                         cwd=ROOT, capture_output=True, text=True)
    last = str(paths[-1])
    return [f for f in map(json.loads, run.stdout.splitlines())
            if "ruleId" in f and f["path"] == last]


def check_findings(path):
    return check_findings_of(path)


class Server(unittest.TestCase):
    def setUp(self):
        self.client = Client("--no-config")
        self.addCleanup(self.client.kill)

    def test_initialize_announces_incremental_sync(self):
        reply = self.client.initialize()
        caps = reply["result"]["capabilities"]
        self.assertEqual(caps["textDocumentSync"]["change"], 2)
        self.assertTrue(caps["textDocumentSync"]["openClose"])
        self.assertEqual(caps["positionEncoding"], "utf-16")
        self.assertEqual(reply["result"]["serverInfo"]["name"], "crossfoot")

    def test_diagnostics_are_the_findings_of_check_at_their_figures(self):
        self.client.initialize()
        note = self.client.open(PLANTED)
        self.assertEqual(note["method"], "textDocument/publishDiagnostics")
        self.assertEqual(note["params"]["uri"], uri(PLANTED))
        self.assertEqual(note["params"]["version"], 1)
        diagnostics = note["params"]["diagnostics"]
        expected = check_findings(PLANTED)
        self.assertEqual(len(expected), 3)
        self.assertEqual([d["code"] for d in diagnostics], [f["ruleId"] for f in expected])
        text = PLANTED.read_text(encoding="utf-8")
        for d, f in zip(diagnostics, expected):
            loc = f["location"]
            self.assertEqual(d["range"]["start"], utf16_position(text, loc["offset"]))
            self.assertEqual(d["range"]["end"],
                             utf16_position(text, loc["offset"] + loc["length"]))
            self.assertEqual(d["severity"], 1)
            self.assertEqual(d["source"], "crossfoot")
            self.assertEqual(d["message"], f["message"])
            related = d["relatedInformation"]
            self.assertEqual(len(related), len(f["related"]))
            for r, fr in zip(related, f["related"]):
                self.assertEqual(r["location"]["uri"], uri(PLANTED))
                self.assertEqual(r["location"]["range"]["start"],
                                 utf16_position(text, fr["offset"]))

    def test_an_edit_that_mends_the_figure_clears_its_diagnostic(self):
        self.client.initialize()
        diagnostics = self.client.open(PLANTED)["params"]["diagnostics"]
        x01 = next(d for d in diagnostics if d["code"] == "GIS-X01")
        # An incremental edit: the planted 39412 becomes the table's 39142.
        self.client.send("textDocument/didChange", {
            "textDocument": {"uri": uri(PLANTED), "version": 2},
            "contentChanges": [{"range": x01["range"], "text": "39142"}]}, request=False)
        after = self.client.read()["params"]
        self.assertEqual(after["version"], 2)
        self.assertNotIn("GIS-X01", [d["code"] for d in after["diagnostics"]])
        self.assertEqual(len(after["diagnostics"]), len(diagnostics) - 1)
        # A whole-text change to the corrected report: nothing left.
        self.client.send("textDocument/didChange", {
            "textDocument": {"uri": uri(PLANTED), "version": 3},
            "contentChanges": [{"text": CORRECTED.read_text(encoding="utf-8")}]}, request=False)
        self.assertEqual(self.client.read()["params"]["diagnostics"], [])

    def test_an_edit_after_a_character_outside_the_bmp_lands_in_place(self):
        self.client.initialize()
        f = next(f for f in check_findings(PLANTED) if f["ruleId"] == "GIS-X01")
        lines = PLANTED.read_text(encoding="utf-8").split("\n")
        line = f["location"]["line"] - 1
        lines[line] = "𠀋" + lines[line]  # two UTF-16 units, one code point
        diagnostics = self.client.open(PLANTED, text="\n".join(lines))["params"]["diagnostics"]
        x01 = next(d for d in diagnostics if d["code"] == "GIS-X01")
        # Code-point column (1-based) + one code point + one more unit, 0-based.
        self.assertEqual(x01["range"]["start"],
                         {"line": line, "character": f["location"]["column"] + 1})
        self.client.send("textDocument/didChange", {
            "textDocument": {"uri": uri(PLANTED), "version": 2},
            "contentChanges": [{"range": x01["range"], "text": "39142"}]}, request=False)
        codes = [d["code"] for d in self.client.read()["params"]["diagnostics"]]
        self.assertNotIn("GIS-X01", codes)
        self.assertEqual(len(codes), 2)

    def test_a_consistent_report_gets_no_diagnostics(self):
        self.client.initialize()
        self.assertEqual(self.client.open(CORRECTED)["params"]["diagnostics"], [])

    def test_a_file_that_is_not_a_report_gets_none(self):
        self.client.initialize()
        text = "# Notes\n\nThe meeting had 12 people, 7 of them new: 58% of the room.\n"
        note = self.client.open(ROOT / "notes.md", text=text, language="markdown")
        self.assertEqual(note["params"]["diagnostics"], [])

    def test_files_of_other_formats_and_empty_reports_get_none(self):
        self.client.initialize()
        self.assertEqual(self.client.open(ROOT / "tools" / "accuracy_table.py")
                         ["params"]["diagnostics"], [])
        self.assertEqual(self.client.open(ROOT / "empty.md", text="\n",
                                          name=uri(ROOT / "empty.md"))["params"]["diagnostics"], [])

    def test_a_change_it_cannot_apply_waits_for_the_whole_text(self):
        self.client.initialize()
        self.assertEqual(len(self.client.open(PLANTED)["params"]["diagnostics"]), 3)
        self.client.send("textDocument/didChange", {
            "textDocument": {"uri": uri(PLANTED), "version": 2},
            "contentChanges": [{"range": {"start": {"line": 1}}, "text": "x"}]}, request=False)
        self.assertEqual(self.client.read()["params"]["diagnostics"], [])
        self.client.send("textDocument/didChange", {
            "textDocument": {"uri": uri(PLANTED), "version": 3},
            "contentChanges": [{"text": PLANTED.read_text(encoding="utf-8")}]}, request=False)
        self.assertEqual(len(self.client.read()["params"]["diagnostics"]), 3)
        self.assertEqual(self.client.close()[1], 0)
        self.assertIn(b"without a whole range", self.client.proc.stderr.read())

    def test_a_report_nothing_could_be_checked_in_says_so(self):
        self.client.initialize()
        text = "政府信息公开工作年度报告\n\n本年度收到政府信息公开申请。\n"
        note = self.client.open(ROOT / "unsaved.txt", text=text, name="untitled:Untitled-1")
        diagnostics = note["params"]["diagnostics"]
        self.assertEqual(len(diagnostics), 1, diagnostics)
        self.assertEqual(diagnostics[0]["severity"], 3)
        self.assertTrue(diagnostics[0]["message"].startswith("not checked: "))

    def test_closing_a_document_clears_its_diagnostics(self):
        self.client.initialize()
        self.client.open(PLANTED)
        self.client.send("textDocument/didClose", {"textDocument": {"uri": uri(PLANTED)}},
                         request=False)
        self.assertEqual(self.client.read()["params"]["diagnostics"], [])

    def test_bad_messages_get_errors_and_the_server_goes_on(self):
        self.client.send("textDocument/hover", {})
        self.assertEqual(self.client.read()["error"]["code"], -32002)  # not initialized
        self.client.initialize()
        self.client.send_raw(b"{not json")
        self.assertEqual(self.client.read()["error"]["code"], -32700)
        self.client.send("textDocument/hover", {})
        self.assertEqual(self.client.read()["error"]["code"], -32601)
        self.client.send("$/unknownRequest", {})
        self.assertEqual(self.client.read()["error"]["code"], -32601)
        self.client.send("$/cancelRequest", {"id": 1}, request=False)  # ignored: no reply
        self.client.send_raw(b'{"jsonrpc": "2.0", "id": 40, "method": 5}')
        self.assertEqual(self.client.read(), {"jsonrpc": "2.0", "id": 40, "error": {
            "code": -32600, "message": "the method is not a string"}})
        self.client.send("textDocument/didOpen", {"textDocument": {"uri": 3}})
        self.assertEqual(self.client.read()["error"]["code"], -32602)
        self.assertEqual(len(self.client.open(PLANTED)["params"]["diagnostics"]), 3)
        reply, status = self.client.close()
        self.assertIsNone(reply["result"])
        self.assertEqual(status, 0)

    def test_headers_are_read_as_the_protocol_allows(self):
        body = json.dumps({"jsonrpc": "2.0", "id": 7, "method": "initialize",
                           "params": {"rootUri": None, "capabilities": {}}}).encode()
        # Another header, a lower-case name, the message written in two pieces.
        first = b"content-length: %d\r\nContent-Type: application/vscode-jsonrpc; " \
                b"charset=utf-8\r\n\r\n" % len(body) + body[:10]
        self.client.proc.stdin.write(first)
        self.client.proc.stdin.flush()
        self.client.proc.stdin.write(body[10:])
        self.client.proc.stdin.flush()
        self.assertEqual(self.client.read()["id"], 7)

    def test_input_without_framing_stops_the_server_with_a_message(self):
        self.client.proc.stdin.write(b"{" * 5000)
        self.client.proc.stdin.close()
        self.assertEqual(self.client.proc.wait(timeout=30), 2)
        self.assertIn(b"header line is too long", self.client.proc.stderr.read())

    def test_exit_without_shutdown_is_status_1(self):
        self.client.initialize()
        self.client.send("exit", request=False)
        self.assertEqual(self.client.proc.wait(timeout=30), 1)

    def test_a_broken_header_stops_the_server_with_a_message(self):
        self.client.proc.stdin.write(b"Content-Lenght: 2\r\n\r\n{}")
        self.client.proc.stdin.close()
        self.assertEqual(self.client.proc.wait(timeout=30), 2)
        self.assertIn(b"no Content-Length", self.client.proc.stderr.read())


class YearAgainstYear(unittest.TestCase):
    """The previous year's report beside the document is paired as `check DIR` pairs it."""

    def test_the_report_beside_it_is_last_year(self):
        planted = ROOT / "fixtures" / "national" / "planted"
        expected = [f["ruleId"] for f in check_findings_of(planted / "bureau-2021.md",
                                                           planted / "bureau-2022.md")]
        self.assertIn("GIS21-Y-CARRIED", expected)
        client = Client("--no-config")
        self.addCleanup(client.kill)
        client.initialize()
        diagnostics = client.open(planted / "bureau-2022.md")["params"]["diagnostics"]
        self.assertEqual([d["code"] for d in diagnostics], expected)
        carried = next(d for d in diagnostics if d["code"] == "GIS21-Y-CARRIED")
        self.assertIn(uri(planted / "bureau-2021.md"),
                      [r["location"]["uri"] for r in carried["relatedInformation"]])
        # Alone in its directory, the year checks stay silent.
        alone = pathlib.Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, alone)
        shutil.copy(planted / "bureau-2022.md", alone / "bureau-2022.md")
        codes = [d["code"] for d in client.open(alone / "bureau-2022.md")["params"]["diagnostics"]]
        self.assertEqual([c for c in codes if "-Y-" in c], [])


class Workspace(unittest.TestCase):
    """The workspace's .crossfoot.yaml applies as it does to `check`."""

    def setUp(self):
        self.dir = pathlib.Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.dir)
        shutil.copy(PLANTED, self.dir / "planted.txt")
        shutil.copy(PLANTED, self.dir / "draft.txt")

    def start(self, config):
        (self.dir / ".crossfoot.yaml").write_text(config, encoding="utf-8")
        client = Client(cwd="/")
        self.addCleanup(client.kill)
        return client

    def test_severity_select_and_exclude_apply(self):
        client = self.start("exclude: [draft.txt]\nseverity: { GIS-X01: warning }\n"
                            "ignore: [GIS-A05]\n")
        self.assertIn("result", client.initialize(root=self.dir))
        diagnostics = client.open(self.dir / "planted.txt")["params"]["diagnostics"]
        self.assertEqual([(d["code"], d["severity"]) for d in diagnostics],
                         [("GIS-X01", 2), ("GIS-P04", 1)])
        self.assertEqual(client.open(self.dir / "draft.txt")["params"]["diagnostics"], [])

    def test_the_baseline_leaves_out_what_it_records(self):
        made = subprocess.run([BINARY, "baseline", "--no-config", "-o", "b.json", "planted.txt"],
                              cwd=self.dir, capture_output=True, text=True)
        self.assertEqual(made.returncode, 0, made.stderr)
        client = self.start("baseline: b.json\n")
        client.initialize(root=self.dir)
        self.assertEqual(client.open(self.dir / "planted.txt")["params"]["diagnostics"], [])
        # The same report under another name is not in the baseline.
        self.assertEqual(len(client.open(self.dir / "draft.txt")["params"]["diagnostics"]), 3)

    def test_an_unknown_check_in_the_configuration_fails_initialize(self):
        client = self.start("ignore: [GIS-A99]\n")
        shown = client.initialize(root=self.dir)
        self.assertEqual(shown["method"], "window/showMessage")
        self.assertIn("unknown check ids", shown["params"]["message"])
        reply = client.read()
        self.assertIn("unknown check ids", reply["error"]["message"])
        self.assertEqual(reply["error"]["data"], {"retry": False})
        client.proc.stdin.close()
        self.assertIn(b"GIS-A99", client.proc.stderr.read())


def main():
    global BINARY
    BINARY = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=1)


if __name__ == "__main__":
    main()
