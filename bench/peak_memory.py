#!/usr/bin/env python3
"""Peak memory of `crossfoot check` on large legal inputs, against their size.

Each input repeats a real report's body many times (text, an HTML page, a .docx), so the
figures, tables and sections are report-like; `/usr/bin/time -v` gives the peak RSS.

    bench/peak_memory.py --binary build/crossfoot [--copies 600] [--files 3000] [--work build-bench/memory]
"""
import argparse
import pathlib
import re
import subprocess
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent


def peak_rss_kib(cmd):
    run = subprocess.run(["/usr/bin/time", "-v", *cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)}: exit status {run.returncode}\n{run.stderr[-2000:]}")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
    return int(m.group(1))


def make_inputs(work, copies):
    work.mkdir(parents=True, exist_ok=True)
    text = (ROOT / "reports/xiamen-2018.txt").read_bytes()
    (work / "report.txt").write_bytes(text * copies)
    html = (ROOT / "fixtures/formats/xiamen-2018.html").read_text("utf-8")
    head, body = html.split("<body>", 1)
    body = body.rsplit("</body>", 1)[0]
    (work / "report.html").write_text(head + "<body>" + body * (copies // 2) + "</body></html>", "utf-8")
    with zipfile.ZipFile(ROOT / "fixtures/formats/xiamen-2018.docx") as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    start, end = xml.index("<w:body>") + len("<w:body>"), xml.rindex("</w:body>")
    inner = xml[start:end]
    sect = inner[inner.rfind("<w:sectPr"):] if "<w:sectPr" in inner else ""
    paragraphs = inner[: len(inner) - len(sect)]
    parts["word/document.xml"] = (xml[:start] + paragraphs * (copies // 2) + sect + xml[end:]).encode("utf-8")
    with zipfile.ZipFile(work / "report.docx", "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return [("text", work / "report.txt", len(text) * copies),
            ("HTML", work / "report.html", (work / "report.html").stat().st_size),
            (".docx (size of its XML)", work / "report.docx", len(parts["word/document.xml"]))]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", default=str(ROOT / "build/crossfoot"))
    ap.add_argument("--copies", type=int, default=600)
    ap.add_argument("--work", default=str(ROOT / "build-bench/memory"))
    ap.add_argument("--files", type=int, default=3000, help="files of the batch case")
    args = ap.parse_args()
    inputs = make_inputs(pathlib.Path(args.work), args.copies)
    empty = pathlib.Path(args.work) / "empty.txt"
    empty.write_text("政府信息公开\n", "utf-8")
    base = peak_rss_kib([args.binary, "check", "--fail-on", "none", "--allow-unchecked", str(empty)])
    print("| input | size (MB) | peak RSS (MB) | ÷ size | above the packs alone, ÷ size |")
    print("| --- | --- | --- | --- | --- |")
    for name, path, size in inputs:
        rss = peak_rss_kib([args.binary, "check", "--fail-on", "none", "--max-input-size", "1G", str(path)])
        mb = size / 1e6
        print(f"| {name} | {mb:.1f} | {rss * 1024 / 1e6:.0f} | {rss * 1024 / size:.1f} | "
              f"{(rss - base) * 1024 / size:.1f} |")
    print(f"(the packs alone, on a one-line file: {base * 1024 / 1e6:.0f} MB)")
    # A batch: every output format over the same many files; the single-document formats
    # (json, sarif) stream as the others do, so the peak should not grow with the file count.
    batch = pathlib.Path(args.work) / "batch"
    batch.mkdir(parents=True, exist_ok=True)
    report = (ROOT / "fixtures/national/bureau-2021.md").read_bytes()
    for i in range(args.files):
        (batch / f"r{i:05}.md").write_bytes(report)
    print()
    print(f"| format, {args.files} files of {len(report) / 1e3:.1f} KB | peak RSS (MB) |")
    print("| --- | --- |")
    for fmt in ("text", "jsonl", "json", "sarif"):
        rss = peak_rss_kib([args.binary, "check", "--no-config", "--fail-on", "none", "--format", fmt,
                            "-o", str(pathlib.Path(args.work) / f"batch.{fmt}"), str(batch)])
        print(f"| {fmt} | {rss * 1024 / 1e6:.0f} |")


if __name__ == "__main__":
    main()
