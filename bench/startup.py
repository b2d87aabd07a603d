#!/usr/bin/env python3
"""Start-up of a one-file audit: the wall time of `crossfoot check` on one small report, with
the parsed-pack cache warm, cold (CROSSFOOT_NO_CACHE), and of `crossfoot --version` (the
process's own start, libraries loaded, nothing read). Median and minimum of --runs runs each;
with valgrind installed, also the instructions each executes (callgrind), which a shared,
loaded machine does not disturb.

And the same report audited by `crossfoot server` (the language server an editor keeps running)
after each edit: the time from sending a change to receiving its diagnostics, the packs loaded
and the patterns compiled by the first audit.

Usage: bench/startup.py --binary build/crossfoot [--report FILE] [--runs 50]
"""
import argparse
import json
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def timed(cmd, env, runs):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       cwd=ROOT)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), min(samples)


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_message(stream):
    length = 0
    while True:
        line = stream.readline().rstrip(b"\r\n")
        if not line:
            break
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    return json.loads(stream.read(length))


def server_edits(binary, report, env, runs):
    """Median and minimum ms from a whole-text change to its published diagnostics."""
    text = pathlib.Path(report).read_text(encoding="utf-8")
    uri = pathlib.Path(report).resolve().as_uri()
    proc = subprocess.Popen([binary, "server", "--no-config"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, env=env, cwd=ROOT)
    proc.stdin.write(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                            "params": {"rootUri": None, "capabilities": {}}}))
    proc.stdin.write(frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "markdown", "version": 0, "text": text}}}))
    proc.stdin.flush()
    read_message(proc.stdout)
    read_message(proc.stdout)
    samples = []
    for version in range(1, runs + 1):
        change = frame({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"text": text + "\n" * (version % 2)}]}})
        start = time.perf_counter()
        proc.stdin.write(change)
        proc.stdin.flush()
        read_message(proc.stdout)
        samples.append((time.perf_counter() - start) * 1000)
    proc.stdin.write(frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
    proc.stdin.write(frame({"jsonrpc": "2.0", "method": "exit"}))
    proc.stdin.close()
    proc.wait()
    return statistics.median(samples), min(samples)


def instructions(cmd, env):
    with tempfile.TemporaryDirectory() as out:
        run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/cg",
                              *cmd], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             text=True, cwd=ROOT)
    found = re.search(r"Collected : (\d+)", run.stderr)
    return int(found.group(1)) if found else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--report", default=str(ROOT / "fixtures/national/bureau-2021.md"))
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        warm = dict(os.environ, CROSSFOOT_CACHE_DIR=cache)
        cold = dict(os.environ, CROSSFOOT_NO_CACHE="1")
        check = [args.binary, "check", "--no-config", args.report]
        subprocess.run(check, env=warm, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        commands = [("crossfoot --version", [args.binary, "--version"], warm),
                    ("check, pack cache warm", check, warm), ("check, no pack cache", check, cold)]
        rows = [(name, timed(cmd, env, args.runs)) for name, cmd, env in commands]
        rows.append(("server: audit after an edit", server_edits(args.binary, args.report, warm,
                                                                 args.runs)))
        counted = shutil.which("valgrind") is not None
        counts = [instructions(cmd, env) if counted else 0 for _, cmd, env in commands] + [0]
    size = pathlib.Path(args.report).stat().st_size
    print(f"one report ({pathlib.Path(args.report).name}, {size} bytes), {args.runs} runs each")
    print("| run | median ms | min ms | instructions |\n| --- | --- | --- | --- |")
    for (name, (median, least)), count in zip(rows, counts):
        shown = f"{count / 1e6:.0f} M" if count else "–"
        print(f"| {name} | {median:.1f} | {least:.1f} | {shown} |")


if __name__ == "__main__":
    main()
