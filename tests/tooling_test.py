#!/usr/bin/env python3
"""The tool around the checks, each used for real: rule commands, selection, mistyped commands,
standard input, --quiet, --config, directory walks, suppressions in text and Word, baselines
from other paths, the installed Debian package, the pre-commit hook from a tag, and the
docs/scaling.md recipe under GNU parallel.

Usage: tooling_test.py BUILD/crossfoot   (run from the project root)
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
PLANTED = ROOT / "fixtures" / "national" / "planted" / "bureau-2021.md"
PLANTED_DOCX = ROOT / "fixtures" / "national" / "planted" / "bureau-2021.docx"
CONSISTENT = ROOT / "fixtures" / "national" / "bureau-2021.md"
XIAMEN = ROOT / "reports" / "xiamen-2018.txt"
BINARY = None


def run(*args, cwd=ROOT, env=None, stdin=None, binary=None):
    return subprocess.run([binary or BINARY, *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, env=env, input=stdin)


def findings(result):
    return [f for file in json.loads(result.stdout)["files"] for f in file["findings"]]


def paths_with_findings(result):
    return {file["path"] for file in json.loads(result.stdout)["files"] if file["findings"]}


def rule_ids(result):
    return sorted(f["ruleId"] for f in findings(result))


def served_rule_ids(binary, report, cwd):
    """The check ids `crossfoot server` publishes for a report opened in it."""
    def frame(message):
        body = json.dumps(message).encode()
        return b"Content-Length: %d\r\n\r\n" % len(body) + body
    report = pathlib.Path(report).resolve()
    session = (frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                      "params": {"rootUri": None, "capabilities": {}}})
               + frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
                   "textDocument": {"uri": report.as_uri(), "languageId": "markdown",
                                    "version": 1, "text": report.read_text(encoding="utf-8")}}})
               + frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
               + frame({"jsonrpc": "2.0", "method": "exit"}))
    served = subprocess.run([binary, "server", "--no-config"], input=session, cwd=cwd,
                            capture_output=True)
    assert served.returncode == 0, served.stderr
    bodies = re.split(rb"Content-Length: \d+\r\n\r\n", served.stdout)[1:]
    notes = [json.loads(b) for b in bodies]
    published = [n for n in notes if n.get("method") == "textDocument/publishDiagnostics"]
    assert len(published) == 1, notes
    return sorted(d["code"] for d in published[0]["params"]["diagnostics"])


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env=dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
                            GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org"))


class RuleCommands(unittest.TestCase):
    def test_list_names_every_check_with_its_pack_severity_and_title(self):
        listed = run("rules", "list")
        self.assertEqual(listed.returncode, 0, listed.stderr)
        lines = listed.stdout.splitlines()
        self.assertEqual(lines[0].split(), ["id", "pack", "severity", "title"])
        fee = [line for line in lines if line.startswith("GIS21-X-FEE ")]
        self.assertEqual(len(fee), 1)
        self.assertEqual(fee[0].split()[1:3], ["cn-gis-2021", "error"])
        shipped = sum(len(re.findall(r"^  - id: ", p.read_text(encoding="utf-8"), re.M))
                      for p in (ROOT / "rules").glob("*.yaml"))
        self.assertEqual(len(lines) - 1, shipped)

    def test_explain_gives_title_rationale_an_example_and_where_it_is_defined(self):
        explained = run("rules", "explain", "GIS-P02")
        self.assertEqual(explained.returncode, 0, explained.stderr)
        pack = (ROOT / "rules" / "cn-gis-2008.yaml").read_text(encoding="utf-8").splitlines()
        line = next(i for i, text in enumerate(pack, 1) if text.strip() == "- id: GIS-P02")
        self.assertIn(f"rules/cn-gis-2008.yaml:{line}:", explained.stdout)
        check = next(c for c in yaml.safe_load("\n".join(pack))["checks"] if c["id"] == "GIS-P02")
        self.assertIn(check["title"], explained.stdout)
        self.assertIn(check["rationale"].strip().splitlines()[0], explained.stdout)
        self.assertIn("Example, from the pack's own tests", explained.stdout)
        self.assertRegex(explained.stdout, r"error: .*\[GIS-P02\]")

    def test_an_unknown_id_is_an_error_with_the_nearest_one(self):
        wrong = run("rules", "explain", "GIS-P2")
        self.assertEqual(wrong.returncode, 2)
        self.assertIn("did you mean 'GIS-P02'?", wrong.stderr)


class Selection(unittest.TestCase):
    def test_select_and_ignore_by_id_and_prefix(self):
        everything = rule_ids(run("check", "--no-config", "--format", "json", PLANTED))
        self.assertIn("GIS21-T3-BAL", everything)
        only = rule_ids(run("check", "--no-config", "--format", "json", "--select", "GIS21-T3",
                            PLANTED))
        self.assertTrue(only and all(r.startswith("GIS21-T3") for r in only), only)
        self.assertEqual(only, [r for r in everything if r.startswith("GIS21-T3")])
        left = rule_ids(run("check", "--no-config", "--format", "json", "--ignore",
                            "GIS21-T3-BAL,GIS21-P", PLANTED))
        self.assertFalse([r for r in left if r == "GIS21-T3-BAL" or r.startswith("GIS21-P")])
        # Every other finding stays (one the ignored check hid as a repeat may now show).
        kept = [r for r in everything if r != "GIS21-T3-BAL" and not r.startswith("GIS21-P")]
        self.assertTrue(set(kept) <= set(left) and len(kept) > 3, (kept, left))

    def test_unknown_ids_on_the_command_line_and_in_the_config_are_errors(self):
        bad = run("check", "--no-config", "--select", "GIS21-T3-BALL", PLANTED)
        self.assertEqual(bad.returncode, 2)
        self.assertIn("unknown check 'GIS21-T3-BALL' (did you mean 'GIS21-T3-BAL'?) in --select",
                      bad.stderr)
        with tempfile.TemporaryDirectory() as tmp:
            config = pathlib.Path(tmp) / ".crossfoot.yaml"
            config.write_text("ignore: [GIS21-X-FE]\nseverity:\n  GIS21-X-FEES: note\n",
                              encoding="utf-8")
            shutil.copy(PLANTED, pathlib.Path(tmp) / "r.md")
            result = run("check", "r.md", cwd=tmp)
            self.assertEqual(result.returncode, 2)
            self.assertIn(".crossfoot.yaml:3:3: error: unknown check 'GIS21-X-FEES' "
                          "(did you mean 'GIS21-X-FEE'?)", result.stderr)
            # A prefix is a name too.
            config.write_text("select: [GIS21-T3]\n", encoding="utf-8")
            selected = run("check", "--format", "json", "r.md", cwd=tmp)
            self.assertTrue(all(r.startswith("GIS21-T3") for r in rule_ids(selected)))


class CommandLine(unittest.TestCase):
    def test_mistyped_commands_and_options_get_suggestions(self):
        for args, message in [
                (["chek", "x.md"], "unknown command 'chek' (did you mean 'check'?)"),
                (["--verison"], "unknown option '--verison' (did you mean '--version'?)"),
                (["check", "--formt", "json", "x.md"],
                 "unknown option '--formt' for 'check' (did you mean '--format'?)"),
                (["rules", "lst"], "unknown command 'lst' for 'rules' (did you mean 'list'?)")]:
            result = run(*args)
            self.assertEqual(result.returncode, 2, args)
            self.assertIn(message, result.stderr, args)

    def test_version_from_the_build(self):
        version = run("--version")
        self.assertEqual(version.returncode, 0)
        project = re.search(r"project\(crossfoot VERSION ([0-9.]+)",
                            (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")).group(1)
        self.assertTrue(version.stdout.startswith(f"crossfoot {project}"), version.stdout)

    def test_standard_input_with_a_name(self):
        on_file = run("check", "--no-config", "--format", "json", PLANTED)
        piped = run("check", "--no-config", "--format", "json", "--stdin-filename",
                    "bureau.md", "-", stdin=PLANTED.read_text(encoding="utf-8"))
        self.assertEqual(piped.returncode, 1, piped.stderr)
        self.assertEqual(rule_ids(piped), rule_ids(on_file))
        self.assertEqual(paths_with_findings(piped), {"bureau.md"})
        text = run("check", "--no-config", "-", stdin=XIAMEN.read_text(encoding="utf-8"))
        self.assertIn("stdin.txt:26:130: error:", text.stdout)

    def test_quiet_prints_the_findings_only(self):
        loud = run("check", "--no-config", PLANTED)
        quiet = run("check", "--no-config", "--quiet", PLANTED)
        self.assertEqual(quiet.returncode, loud.returncode)
        self.assertEqual(quiet.stderr, "")
        self.assertTrue(loud.stdout.startswith(quiet.stdout))
        self.assertGreater(len(loud.stdout.splitlines()), len(quiet.stdout.splitlines()))
        self.assertNotIn(" held, ", quiet.stdout)

    def test_config_file_named_on_the_command_line(self):
        with tempfile.TemporaryDirectory() as tmp:
            config = pathlib.Path(tmp) / "team.yaml"
            config.write_text("select: [GIS21-T3-BAL]\n", encoding="utf-8")
            result = run("check", "--config", config, "--format", "json", PLANTED)
            self.assertEqual(set(rule_ids(result)), {"GIS21-T3-BAL"})
            missing = run("check", "--config", pathlib.Path(tmp) / "none.yaml", PLANTED)
            self.assertEqual(missing.returncode, 2)
            self.assertIn("none.yaml: no such configuration file", missing.stderr)

    def test_directory_walks_skip_ignored_files_and_files_that_are_not_reports(self):
        with tempfile.TemporaryDirectory() as tmp:
            repo = pathlib.Path(tmp)
            git(repo, "init", "-q")
            (repo / ".gitignore").write_text("build/\n", encoding="utf-8")
            (repo / "build").mkdir()
            shutil.copy(PLANTED, repo / "build" / "copy.md")
            (repo / "CMakeLists.txt").write_text("cmake_minimum_required(VERSION 3.25)\n",
                                                 encoding="utf-8")
            (repo / "reports").mkdir()
            shutil.copy(PLANTED, repo / "reports" / "bureau.md")
            result = run("check", "--format", "json", "--verbose", ".", cwd=repo)
            self.assertEqual(result.returncode, 1, result.stderr)
            self.assertEqual(paths_with_findings(result), {"./reports/bureau.md"})
            self.assertIn("./build/copy.md: skipped: git ignores it", result.stderr)
            self.assertIn("./CMakeLists.txt: skipped: not a report", result.stderr)
            # A directory git ignores is walked when named (a corpus kept in build/).
            inside = run("check", "--format", "json", "build", cwd=repo)
            self.assertEqual(paths_with_findings(inside), {"build/copy.md"})
            # Named on the command line, a file is audited whatever it is.
            named = run("check", "CMakeLists.txt", cwd=repo)
            self.assertEqual(named.returncode, 3, named.stdout + named.stderr)


def docx_with_comment(source, target, comment, paragraph):
    """A copy of a .docx with a Word comment anchored on its body paragraph number
    `paragraph` (1-based, as the reader counts them: "段落 N"), with commentRangeStart/End
    and a commentReference, as Word writes them."""
    with zipfile.ZipFile(source) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    depth, count, start = 0, 0, None
    for m in re.finditer(r"<w:tbl[ >]|</w:tbl>|<w:p[ >/]", xml):
        if m.group().startswith("<w:tbl"):
            depth += 1
        elif m.group() == "</w:tbl>":
            depth -= 1
        elif depth == 0:
            count += 1
            if count == paragraph:
                start = xml.index(">", m.start()) + 1
                break
    assert start is not None, paragraph
    end = xml.index("</w:p>", start)
    xml = (xml[:start] + '<w:commentRangeStart w:id="7"/>' + xml[start:end] +
           '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>' + xml[end:])
    parts["word/document.xml"] = xml.encode("utf-8")
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    parts["word/comments.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:comments {ns}><w:comment w:id="7" '
        f'w:author="editor"><w:p><w:r><w:t>{comment}</w:t></w:r></w:p></w:comment>'
        '</w:comments>').encode("utf-8")
    with zipfile.ZipFile(target, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


class Suppressions(unittest.TestCase):
    def test_a_marker_line_in_text(self):
        with tempfile.TemporaryDirectory() as tmp:
            report = pathlib.Path(tmp) / "xiamen.txt"
            lines = XIAMEN.read_text(encoding="utf-8").splitlines(keepends=True)
            before = run("check", "--no-config", "--format", "json", XIAMEN)
            p02 = [f for f in findings(before) if f["ruleId"] == "GIS-P02"]
            self.assertTrue(p02)
            lines.insert(25, "crossfoot-ignore: GIS-P02 累计数含已撤销部门的信息\n")
            report.write_text("".join(lines), encoding="utf-8")
            after = run("check", "--no-config", "--format", "json", report)
            self.assertNotIn("GIS-P02", rule_ids(after))
            self.assertEqual(len(findings(after)), len(findings(before)) - len(p02))
            sarif = json.loads(run("check", "--no-config", "--format", "sarif",
                                   "--show-suppressed", report).stdout)
            suppressed = [r for r in sarif["runs"][0]["results"] if r.get("suppressions")]
            self.assertEqual(suppressed[0]["suppressions"][0]["justification"],
                             "累计数含已撤销部门的信息")

    def test_a_word_comment_on_the_paragraph(self):
        before = findings(run("check", "--no-config", "--format", "json", PLANTED_DOCX))
        prose = [f for f in before if f["location"].get("cell", "").startswith("段落 ")]
        self.assertTrue(prose, before)
        target = prose[0]
        number = int(target["location"]["cell"].split()[1])
        same = [f for f in before if f["ruleId"] == target["ruleId"]
                and f["location"].get("cell") == target["location"]["cell"]]
        with tempfile.TemporaryDirectory() as tmp:
            copy = pathlib.Path(tmp) / "report.docx"
            docx_with_comment(PLANTED_DOCX, copy,
                              f"crossfoot-ignore: {target['ruleId']} 该数字按修订后的口径统计",
                              number)
            after = findings(run("check", "--no-config", "--format", "json", copy))
            self.assertEqual(len(after), len(before) - len(same))
            self.assertNotIn((target["ruleId"], target["location"]["cell"]),
                             [(f["ruleId"], f["location"].get("cell")) for f in after])
            # A comment naming no check is an error at the paragraph it is anchored on.
            docx_with_comment(PLANTED_DOCX, copy, "crossfoot-ignore: GIS21-NOPE 理由", number)
            wrong = [f for f in findings(run("check", "--no-config", "--format", "json", copy))
                     if f["ruleId"] == "CF-SUPPRESSION-UNKNOWN"]
            self.assertEqual(len(wrong), 1)
            self.assertEqual(wrong[0]["location"]["line"], target["location"]["line"])

    def test_unknown_ids_missing_reasons_and_unused_markers_are_reported(self):
        with tempfile.TemporaryDirectory() as tmp:
            report = pathlib.Path(tmp) / "r.md"
            text = CONSISTENT.read_text(encoding="utf-8")
            report.write_text("<!-- crossfoot-ignore: GIS21-X-FES 写错的编号 -->\n\n"
                              "<!-- crossfoot-ignore: GIS21-T3-BAL -->\n\n" + text,
                              encoding="utf-8")
            result = run("check", "--no-config", "--format", "json", report)
            self.assertEqual(result.returncode, 1, result.stderr)
            by_id = {f["ruleId"]: f for f in findings(result)}
            self.assertEqual(by_id["CF-SUPPRESSION-UNKNOWN"]["severity"], "error")
            self.assertIn("是否应为 GIS21-X-FEE",
                          by_id["CF-SUPPRESSION-UNKNOWN"]["message"])
            self.assertEqual(by_id["CF-SUPPRESSION-NO-REASON"]["severity"], "warning")
            self.assertEqual(by_id["CF-SUPPRESSION-UNUSED"]["severity"], "warning")
            # Every format says the same, and the exit status follows the severities.
            sarif = json.loads(run("check", "--no-config", "--format", "sarif", report).stdout)
            ids = sorted(r["ruleId"] for r in sarif["runs"][0]["results"])
            self.assertEqual(ids, sorted(by_id))
            rules = [r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]]
            self.assertIn("CF-SUPPRESSION-UNKNOWN", rules)
            text_out = run("check", "--no-config", report).stdout
            self.assertIn("[CF-SUPPRESSION-UNUSED]", text_out)
            # Warnings alone pass the default gate and fail --fail-on warning.
            report.write_text("<!-- crossfoot-ignore: GIS21-T3-BAL -->\n\n" + text,
                              encoding="utf-8")
            self.assertEqual(run("check", "--no-config", report).returncode, 0)
            self.assertEqual(run("check", "--no-config", "--fail-on", "warning",
                                 report).returncode, 1)


class Baselines(unittest.TestCase):
    def test_a_baseline_matches_from_other_paths_and_names_stale_entries(self):
        with tempfile.TemporaryDirectory() as tmp:
            repo = pathlib.Path(tmp)
            git(repo, "init", "-q")
            (repo / "reports" / "2021").mkdir(parents=True)
            shutil.copy(PLANTED, repo / "reports" / "2021" / "bureau.md")
            made = run("baseline", "reports", "-o", ".crossfoot-baseline.json", cwd=repo)
            self.assertEqual(made.returncode, 0, made.stderr)
            entries = json.loads((repo / ".crossfoot-baseline.json").read_text())["findings"]
            self.assertEqual({e["path"] for e in entries}, {"reports/2021/bureau.md"})
            for cwd, base, path in [(repo, ".crossfoot-baseline.json", "./reports"),
                                    (repo, ".crossfoot-baseline.json", repo / "reports"),
                                    (repo / "reports", "../.crossfoot-baseline.json", "."),
                                    (repo / "reports" / "2021", "../../.crossfoot-baseline.json",
                                     "bureau.md")]:
                again = run("check", "--baseline", base, path, cwd=cwd)
                self.assertEqual(again.returncode, 0, (cwd, path, again.stdout))
                self.assertIn(f"{len(entries)} findings are in the baseline", again.stderr)
            # Mend one planted error: its entry is stale, and said to be.
            report = repo / "reports" / "2021" / "bureau.md"
            consistent = CONSISTENT.read_text(encoding="utf-8")
            report.write_text(consistent, encoding="utf-8")
            mended = run("check", "--baseline", ".crossfoot-baseline.json", "--verbose", "reports",
                         cwd=repo)
            self.assertEqual(mended.returncode, 0, mended.stdout)
            self.assertIn(f"{len(entries)} baseline entries of .crossfoot-baseline.json match "
                          "no finding any more", mended.stderr)
            self.assertIn("reports/2021/bureau.md: stale baseline entry", mended.stderr)


class Install(unittest.TestCase):
    def test_the_debian_package_installs_and_finds_its_packs(self):
        build = pathlib.Path(BINARY).parent
        if shutil.which("cpack") is None or shutil.which("dpkg-deb") is None:
            self.fail("cpack and dpkg-deb are needed (cmake and dpkg)")
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            # Uncompressed: the test build's binary is large (sanitizers), and the package's
            # content, not its compression, is what is tested.
            made = subprocess.run(["cpack", "-G", "DEB", "-D", "CPACK_DEBIAN_COMPRESSION_TYPE=none",
                                   "--config", build / "CPackConfig.cmake", "-B", tmp / "out"],
                                  capture_output=True, text=True, cwd=build)
            self.assertEqual(made.returncode, 0, made.stdout + made.stderr)
            debs = list((tmp / "out").glob("crossfoot_*.deb"))
            self.assertEqual(len(debs), 1, made.stdout)
            fields = subprocess.run(["dpkg-deb", "-f", debs[0]], capture_output=True, text=True)
            self.assertIn("Package: crossfoot", fields.stdout)
            self.assertRegex(fields.stdout, r"Depends: .*libyaml-cpp")
            # The modules' libraries too, though the binary itself no longer links them.
            self.assertRegex(fields.stdout, r"Depends: .*libpoppler-cpp")
            self.assertRegex(fields.stdout, r"Depends: .*libgit2")
            self.assertRegex(fields.stdout, r"Depends: .*libopencc")
            root = tmp / "root"
            subprocess.run(["dpkg-deb", "-x", debs[0], root], check=True)
            installed = root / "usr" / "bin" / "crossfoot"
            for part in ["share/crossfoot/rules/cn-gis-2021.yaml", "share/man/man1/crossfoot.1",
                         "lib/crossfoot/libcrossfoot_pdf.so", "lib/crossfoot/libcrossfoot_git.so",
                         "lib/crossfoot/libcrossfoot_simplified.so",
                         "share/bash-completion/completions/crossfoot",
                         "share/zsh/vendor-completions/_crossfoot",
                         "share/fish/vendor_completions.d/crossfoot.fish"]:
                self.assertTrue((root / "usr" / part).is_file(), part)
            elsewhere = tmp / "elsewhere"
            elsewhere.mkdir()
            shutil.copy(PLANTED, elsewhere / "r.md")
            mine = run("check", "--no-config", "--format", "json", PLANTED)
            theirs = run("check", "--no-config", "--format", "json", "r.md", cwd=elsewhere,
                         binary=installed)
            self.assertEqual(theirs.returncode, 1, theirs.stderr)
            self.assertEqual(rule_ids(theirs), rule_ids(mine))
            # The installed binary loads its PDF module (poppler) and its git module (libgit2).
            pdf = ROOT / "fixtures" / "real" / "docs" / "hongze-district-2024.pdf"
            shutil.copy(pdf, elsewhere / "r.pdf")
            mine = run("check", "--no-config", "--format", "json", pdf)
            theirs = run("check", "--no-config", "--format", "json", "r.pdf", cwd=elsewhere,
                         binary=installed)
            self.assertEqual(theirs.returncode, mine.returncode, theirs.stderr)
            self.assertEqual(rule_ids(theirs), rule_ids(mine))
            # And its script module (OpenCC), for a report in Traditional script.
            traditional = ROOT / "fixtures" / "real" / "audited" / "docs" / \
                "b1-40-heilongjiang-rfb-2021.txt"
            shutil.copy(traditional, elsewhere / "t.txt")
            facts = run("facts", "t.txt", cwd=elsewhere, binary=installed)
            self.assertIn("script: Traditional, read as Simplified", facts.stdout, facts.stderr)
            # The installed language server, started elsewhere, finds its packs too.
            self.assertEqual(served_rule_ids(installed, elsewhere / "r.md", cwd=elsewhere),
                             rule_ids(run("check", "--no-config", "--format", "json", PLANTED)))
            subprocess.run(["git", "init", "-q", str(elsewhere)], check=True)
            (elsewhere / ".gitignore").write_text("r.md\n", encoding="utf-8")
            walked = run("check", "--no-config", "--verbose", ".", cwd=elsewhere,
                         binary=installed)
            self.assertNotIn("module", walked.stderr)
            self.assertIn("r.md: skipped: git ignores it", walked.stderr)
            self.assertIn(str(root / "usr" / "share" / "crossfoot" / "rules"),
                          run("rules", "explain", "GIS21-X-FEE", cwd=elsewhere,
                              binary=installed).stdout)


class PreCommitFromATag(unittest.TestCase):
    def test_the_hook_runs_from_a_tagged_clone(self):
        version = re.search(r"project\(crossfoot VERSION ([0-9.]+)",
                            (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")).group(1)
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            source = tmp / "crossfoot.git"
            subprocess.run(["git", "clone", "-q", "--no-local", str(ROOT), str(source)],
                           check=True, capture_output=True)
            git(source, "tag", f"v{version}")
            repo = tmp / "project"
            repo.mkdir()
            git(repo, "init", "-q")
            shutil.copy(PLANTED, repo / "planted.md")
            shutil.copy(CONSISTENT, repo / "consistent.md")
            (repo / ".pre-commit-config.yaml").write_text(
                f"repos:\n  - repo: {source.as_uri()}\n    rev: v{version}\n"
                "    hooks:\n      - id: crossfoot\n", encoding="utf-8")
            git(repo, "add", ".")
            env = dict(os.environ, PATH=f"{pathlib.Path(BINARY).parent}:{os.environ['PATH']}",
                       PRE_COMMIT_HOME=str(tmp / "cache"), HOME=str(tmp))
            hook = lambda f: subprocess.run(  # noqa: E731
                ["pre-commit", "run", "--files", f], cwd=repo, capture_output=True, text=True,
                env=env)
            bad = hook("planted.md")
            self.assertEqual(bad.returncode, 1, bad.stdout + bad.stderr)
            self.assertIn("GIS21-T3-BAL", bad.stdout)
            good = hook("consistent.md")
            self.assertEqual(good.returncode, 0, good.stdout + good.stderr)


class ScaleOut(unittest.TestCase):
    def test_the_scaling_recipe_under_gnu_parallel(self):
        if shutil.which("parallel") is None:
            self.fail("GNU parallel is not installed (make test installs Debian's package)")
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            # The 2022 reports pair with the 2021 ones among the files of a run; docs/scaling.md
            # shards such pairs together. Left out here, so that any cut of the list will do.
            files = sorted(str(p.relative_to(ROOT)) for d in ("reports", "fixtures/national")
                           for p in (ROOT / d).rglob("*")
                           if p.is_file() and p.suffix != ".json" and "-2022." not in p.name)
            (tmp / "all.txt").write_text("".join(f + "\n" for f in files), encoding="utf-8")
            subprocess.run(["split", "-n", "l/4", "-d", "-a", "3", tmp / "all.txt",
                            tmp / "shard."], check=True)
            shards = sorted(str(p) for p in tmp.glob("shard.[0-9][0-9][0-9]"))
            self.assertEqual(len(shards), 4)
            jobs = subprocess.run(
                ["parallel", "--will-cite", "-j", "4",
                 f"{BINARY} check --jobs 1 --format jsonl --fail-on none $(cat {{}}) > {{}}.jsonl",
                 ":::", *shards], cwd=ROOT, capture_output=True, text=True)
            self.assertEqual(jobs.returncode, 0, jobs.stderr)
            merged = "".join(pathlib.Path(s + ".jsonl").read_text(encoding="utf-8")
                             for s in shards)
            whole = run("check", "--format", "jsonl", "--fail-on", "none", *files)
            self.assertGreater(whole.stdout.count("\n"), 50)
            self.assertEqual(merged, whole.stdout)


if __name__ == "__main__":
    BINARY = os.path.abspath(sys.argv.pop(1))
    unittest.main()
