#!/usr/bin/env python3
"""Batch benchmark and accuracy check over a synthetic corpus.

  python3 bench/run_bench.py [--reports 10000] [--binary build/crossfoot] [--corpus build-bench/corpus]

1. Generates the corpus (bench/gen_corpus.py) unless it exists with the same size.
2. Accuracy: every planted inconsistency is found and nothing else (exit 1 otherwise).
3. Speed: wall time, reports/s, MB/s and peak memory for `crossfoot check` on 1 thread and on
   every core, against `grep -c` over the same files and against the parsers alone
   (`crossfoot_floor`: decoding, gumbo, libzip + pugixml, none of crossfoot's own work); prints
   a Markdown table for docs/performance.md.
"""
import argparse
import json
import os
import pathlib
import platform
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def timed(cmd):
    """Wall seconds and peak RSS (MiB) of a command, via /usr/bin/time."""
    run = subprocess.run(["/usr/bin/time", "-f", "%e %M", *cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         text=True, cwd=ROOT)
    wall, rss = run.stderr.strip().splitlines()[-1].split()
    return float(wall), int(rss) / 1024, run.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=10000)
    ap.add_argument("--binary", default=str(ROOT / "build" / "crossfoot"))
    ap.add_argument("--corpus", default=str(ROOT / "build-bench" / "corpus"))
    ap.add_argument("--floor", default=None, help="crossfoot_floor binary (default: beside --binary)")
    ap.add_argument("--accuracy-only", action="store_true", help="skip the timings (for the test suite)")
    args = ap.parse_args()
    corpus = pathlib.Path(args.corpus)
    expected_file = corpus / "expected.jsonl"
    if not expected_file.exists() or sum(1 for _ in open(expected_file)) != args.reports:
        subprocess.run([sys.executable, str(ROOT / "bench" / "gen_corpus.py"), str(corpus), str(args.reports)],
                       check=True)
    expected = {}
    for line in open(expected_file, encoding="utf-8"):
        e = json.loads(line)
        # Keyed by the resolved path: the corpus may have been made from another working directory.
        expected[os.path.realpath(os.path.join(ROOT, e["path"]))] = e["expect"]
    files = list(expected)
    total_bytes = sum(os.path.getsize(f) for f in files)

    # Accuracy.
    run = subprocess.run([args.binary, "check", "--format", "jsonl", "--fail-on", "none", str(corpus)],
                         capture_output=True, text=True, cwd=ROOT)
    found = {}
    unchecked = []
    for line in run.stdout.splitlines():
        j = json.loads(line)
        if "coverage" in j:  # one per file: what could be checked
            if not j["coverage"]["checked"]:
                unchecked.append(j["path"])
            continue
        found.setdefault(os.path.realpath(os.path.join(ROOT, j["path"])), []).append(j["ruleId"])
    if unchecked:
        print(f"accuracy: {len(unchecked)} reports could not be checked, e.g. {unchecked[0]}")
        sys.exit(1)
    wrong = [(p, sorted(found.get(p, [])), e) for p, e in expected.items() if sorted(found.get(p, [])) != e]
    planted = sum(len(e) for e in expected.values())
    print(f"accuracy: {len(files)} reports, {planted} planted findings, {len(wrong)} reports differ")
    for p, got, exp in wrong[:10]:
        print(f"  {p}: expected {exp}, found {got}")

    if args.accuracy_only:
        return 1 if wrong or planted == 0 else 0

    # Speed.
    cores = os.cpu_count() or 1
    floor = args.floor or str(pathlib.Path(args.binary).parent / "crossfoot_floor")
    rows = []
    for name, cmd in (
        ("grep -c (read every file)", ["grep", "-c", "-r", "政府", str(corpus)]),
        ("parsers alone, 1 thread (decode, gumbo, libzip + pugixml)", [floor, str(corpus)]),
        ("crossfoot, 1 thread", [args.binary, "check", "--jobs", "1", "--format", "jsonl", "--fail-on", "none",
                                 str(corpus)]),
        (f"crossfoot, {cores} threads", [args.binary, "check", "--jobs", str(cores), "--format", "jsonl",
                                         "--fail-on", "none", str(corpus)]),
    ):
        # The short runs (grep, the parsers) are timed three times and the best kept: at a tenth
        # of a second, one run is mostly noise.
        runs = [timed(cmd) for _ in range(1 if name.startswith("crossfoot") else 3)]
        wall, rss, _ = min(runs)
        wall = max(wall, 0.01)  # /usr/bin/time has a resolution of 10 ms
        rows.append((name, wall, len(files) / wall, total_bytes / wall / 1e6, rss))
    print()
    print(f"Corpus: {len(files)} reports, {total_bytes / 1e6:.0f} MB; machine: {cores} cores, "
          f"{platform.processor() or platform.machine()}, {platform.platform()}")
    print()
    print("| run | wall (s) | reports/s | MB/s | peak RSS (MiB) |")
    print("| --- | --- | --- | --- | --- |")
    for name, wall, rps, mbs, rss in rows:
        print(f"| {name} | {wall:.1f} | {rps:.0f} | {mbs:.1f} | {rss:.0f} |")
    grep_wall, floor_wall, one_thread = rows[0][1], rows[1][1], rows[2][1]
    print(f"\nparsers alone / grep: {floor_wall / grep_wall:.1f}×; crossfoot 1 thread / grep: "
          f"{one_thread / grep_wall:.1f}×; crossfoot 1 thread / parsers alone: {one_thread / floor_wall:.1f}×")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
