#!/usr/bin/env python3
"""A deterministic corpus of synthetic annual reports for batch benchmarks and for a large
accuracy test. A third are 2008–2018 reports built from the corrected sample report, a third
are in the 2021 national format and a third in the 2019 trial format (tools/national_report.py),
each in one of the input formats (.txt, .md, .html, GBK .html, .docx), with 0–3
inconsistencies planted from a catalogue and the check ids each must raise written to
expected.jsonl beside them.

  python3 bench/gen_corpus.py OUT_DIR N
"""
import json
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import make_format_fixtures as formats  # noqa: E402
import national_report as national  # noqa: E402

BASE = (ROOT / "fixtures" / "xiamen-2018-corrected.txt").read_text(encoding="utf-8")

# (old text, new text, check ids it must raise); each touches figures no other entry touches.
PLANTS = [
    ("累计主动公开政府信息39142条", "累计主动公开政府信息39412条", ["GIS-X01"]),
    ("行政许可类信息9962条,占25.45%", "行政许可类信息9962条,占25.54%", ["GIS-P04"]),
    ("2.政府公报公开数\n\n587\n\n10510\n", "2.政府公报公开数\n\n10600\n\n10510\n", ["GIS-A05"]),
    ("本级政府及其工作部门主动公开443610条", "本级政府及其工作部门主动公开443601条", ["GIS-P02"]),
    ("行政复议共196件", "行政复议共169件", ["GIS-X14"]),
    ("2.网络申请数\n\n722\n\n3828\n", "2.网络申请数\n\n722\n\n3882\n", ["GIS-A02"]),
    ("申请722件,占58.46%", "申请722件,占58.64%", ["GIS-P08"]),
    ("共开设新媒体31个", "共开设新媒体33个", ["GIS-P15"]),
    ("3.不予公开答复数\n\n151\n\n702\n", "3.不予公开答复数\n\n115\n\n702\n", ["GIS-A03", "GIS-X11"]),
]
CITIES = ["厦门市", "福州市", "泉州市", "漳州市", "莆田市", "三明市", "南平市", "龙岩市", "宁德市", "平潭县"]
FORMATS = ["txt", "md", "html", "gbk.html", "docx"]


def report(i):
    rng = random.Random(i)
    text = BASE.replace("厦门市医保局", CITIES[i % len(CITIES)] + "医保局")
    planted = rng.sample(range(len(PLANTS)), rng.choice([0, 0, 1, 1, 2, 3]))
    expected = []
    for p in sorted(planted):
        old, new, ids = PLANTS[p]
        assert old in text, old
        text = text.replace(old, new, 1)
        expected += ids
    return text, FORMATS[i % len(FORMATS)], sorted(expected)


# National-format plants that can be combined: each changes figures no other one reads, except
# the prose's own balance (收到 = 办结 + 结转下年度, 收到 read as 新收 or as 新收 + 上年结转), which
# "received" and "forward" both change: one relation, so one finding, decided on the figures
# the plants leave (their changes can cancel in one reading).
NATIONAL_PLANTS = {2021: ["balance", "review-negative", "direct-sum", "after-sum", "received", "forward",
                          "reviews", "lawsuits", "rules-made", "norms-made", "share", "fee-unit"],
                   2019: ["balance", "review-negative", "direct-sum", "after-sum", "received", "forward",
                          "reviews", "lawsuits", "rules-made", "norms-made", "share", "norms-total"]}


def national_report(i, version):
    rng = random.Random(i)
    r = national.Report(version, version + rng.randint(0, 4) if version == 2021 else version, seed=i,
                        name=CITIES[i % len(CITIES)] + rng.choice(["交通运输局", "教育局", "人民政府办公室"]))
    expected = []
    for name in rng.sample(NATIONAL_PLANTS[version], rng.choice([0, 0, 1, 1, 2, 3])):
        trial = r.copy()
        try:
            ids = national.PLANTS[name](trial)
        except (IndexError, StopIteration, ValueError):
            continue  # this report has no figure the plant could change
        r = trial
        expected += [f"GIS{version % 100}-{e}" for e in ids if e != "P-BALANCE"]
    if prose_balance_broken(r.prose):
        expected.append(f"GIS{version % 100}-P-BALANCE")
    return r, FORMATS[i % len(FORMATS)], sorted(expected)


def prose_balance_broken(prose):
    """Neither reading of 收到 (新收, or 新收 + 上年结转) equals 办结 + 结转下年度."""
    out = prose["办结"] + prose["结转下年度"]
    return prose["新收"] != out and prose["新收"] + prose["上年结转"] != out


def write_national(path, r, fmt):
    if fmt in ("txt", "md"):
        path.write_text(national.markdown(r), encoding="utf-8")
    elif fmt == "html":
        path.write_text(national.html_page(r), encoding="utf-8")
    elif fmt == "gbk.html":
        path.write_bytes(national.html_page(r, charset="gbk").encode("gb18030"))
    else:
        path.write_bytes(national.docx_bytes(r))


def write(path, text, fmt):
    prose, rows = formats.parse(text)
    if fmt == "txt":
        path.write_text(text, encoding="utf-8")
    elif fmt == "md":
        path.write_text(formats.markdown(prose, rows), encoding="utf-8")
    elif fmt == "html":
        path.write_text(formats.page(prose, rows, "utf-8"), encoding="utf-8")
    elif fmt == "gbk.html":
        path.write_bytes(formats.page(prose, rows, "gbk").encode("gb18030"))
    else:
        formats.docx(prose, rows, path)


def main():
    out = pathlib.Path(sys.argv[1])
    count = int(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "expected.jsonl", "w", encoding="utf-8") as expected:
        for i in range(count):
            sub = out / f"{i // 1000:03d}"
            sub.mkdir(exist_ok=True)
            if i % 3 == 0:
                text, fmt, ids = report(i)
                path = sub / f"report-{i:05d}.{fmt}"
                write(path, text, fmt)
            else:
                r, fmt, ids = national_report(i, 2021 if i % 3 == 1 else 2019)
                path = sub / f"report-{i:05d}.{fmt}"
                write_national(path, r, fmt)
            expected.write(json.dumps({"path": str(path), "expect": ids}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
