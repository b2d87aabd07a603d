#!/usr/bin/env python3
"""Writes fixtures/national/: reports in the national formats, each in Markdown, HTML (with
the form's merged cells) and Word, and expected.json, the checks each must raise.

  bureau-2021, bureau-2022   2021 format, consistent, and consistent with each other
  county-2019                2019 trial format, consistent
  planted/bureau-2021        2021 format with a planted error of every kind
  planted/bureau-2022        next year's report, errors only against planted/bureau-2021
  planted/county-2019        2019 format with the errors particular to it
  planted/missing-2021       table 三 missing: one note, nothing else
  planted/blank-2021         a 总计 cell left blank in a row with figures: one warning, and the
                             sums through that cell are not evaluated (a blank is not a zero)
  planted/one-cell-2021      one wrong cell in 表三, one wrong total in 表四, one wrong prose
  planted/one-total-2021     figure, and two independent errors: corrections.json names the
  planted/one-prose-2021     planted figures (written, and as they should read), the figures
  planted/two-errors-2021    crossfoot must name as the ones to correct

Run: python3 tools/make_national_fixtures.py
"""
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import national_report as nr  # noqa: E402

OUT = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "national"

PLANTED_2021 = ["balance", "row-total", "review-negative", "direct-sum", "received",
                "unable", "share", "lawsuits", "fee-unit", "rules-made"]
PLANTED_2022 = ["carried", "norms-valid", "rules-repealed"]
# One planted figure each (two in two-errors): the figure to correct must be the planted one.
SINGLE_ERRORS = {"one-cell-2021": ["t3-cell"], "one-total-2021": ["t4-total"],
                 "one-prose-2021": ["reviews"], "two-errors-2021": ["t3-cell", "reviews"]}
PLANTED_2019 = ["negative-cell", "norms-total", "other", "disclosed", "after-sum", "reviews",
                "norms-made", "handled"]


def write(stem, report, expect):
    prefix = f"GIS{report.version % 100}-"
    ids = sorted(prefix + e for e in expect)
    path = OUT / stem
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".md").write_text(nr.markdown(report), encoding="utf-8")
    path.with_suffix(".html").write_text(nr.html_page(report), encoding="utf-8")
    path.with_suffix(".docx").write_bytes(nr.docx_bytes(report))
    return {f"{stem}.{ext}": ids for ext in ("md", "html", "docx")}


def planted(report, names, plants):
    expect = []
    for name in names:
        expect += plants[name](report)
    return report, expect


def main():
    expected = {}
    b21 = nr.Report(2021, 2021, seed=3, name="某市交通运输局")
    b22 = nr.Report(2021, 2022, seed=4, name="某市交通运输局", previous=b21)
    c19 = nr.Report(2019, 2019, seed=5, name="某县人民政府办公室")
    expected.update(write("bureau-2021", b21, []))
    expected.update(write("bureau-2022", b22, []))
    expected.update(write("county-2019", c19, []))
    expected.update(write("planted/bureau-2021", *planted(b21.copy(), PLANTED_2021, nr.PLANTS)))
    expected.update(write("planted/bureau-2022",
                          *planted(b22.copy(), PLANTED_2022, nr.NEXT_YEAR_PLANTS[2021])))
    expected.update(write("planted/county-2019", *planted(c19.copy(), PLANTED_2019, nr.PLANTS)))
    missing = nr.Report(2021, 2021, seed=6, name="某区教育局")
    expected.update(write("planted/missing-2021", *planted(missing, ["missing-t3"], nr.PLANTS)))
    blank = nr.Report(2021, 2021, seed=7, name="某区教育局")
    expected.update(write("planted/blank-2021", *planted(blank, ["blank-total"], nr.PLANTS)))
    corrections = {}
    for stem, names in SINGLE_ERRORS.items():
        report = nr.Report(2021, 2021, seed=3, name="某市交通运输局")
        report.planted = []
        files = write(f"planted/{stem}", *planted(report, names, nr.PLANTS))
        expected.update(files)
        corrections.update({name: sorted(report.planted) for name in files})
    (OUT / "corrections.json").write_text(
        json.dumps(dict(sorted(corrections.items())), ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8")
    (OUT / "expected.json").write_text(
        json.dumps(dict(sorted(expected.items())), ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
