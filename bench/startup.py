#!/usr/bin/env python3
"""Start-up of a one-file audit: the wall time of `crossfoot check` on one small report, with
the parsed-pack cache warm, cold (CROSSFOOT_NO_CACHE), and of `crossfoot --version` (the
process's own start, libraries loaded, nothing read). Median and minimum of --runs runs each.

Usage: bench/startup.py --binary build/crossfoot [--report FILE] [--runs 50]
"""
import argparse
import os
import pathlib
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
        rows = [("crossfoot --version", timed([args.binary, "--version"], warm, args.runs)),
                ("check, pack cache warm", timed(check, warm, args.runs)),
                ("check, no pack cache", timed(check, cold, args.runs))]
    size = pathlib.Path(args.report).stat().st_size
    print(f"one report ({pathlib.Path(args.report).name}, {size} bytes), {args.runs} runs each")
    print("| run | median ms | min ms |\n| --- | --- | --- |")
    for name, (median, least) in rows:
        print(f"| {name} | {median:.1f} | {least:.1f} |")


if __name__ == "__main__":
    main()
