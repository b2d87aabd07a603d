#!/usr/bin/env python3
"""Writes the `tests:` sections of rules/cn-gis-2019.yaml and rules/cn-gis-2021.yaml.

Each pack gets a consistent report in its format (as Markdown, from tools/national_report.py)
that must raise nothing, the next year's report (consistent with it, for the year-against-
year checks), and one test per planted error in tools/national_report.py, written as the
consistent report with the changed lines replaced. Run: python3 tools/gen_national_tests.py
"""
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import national_report as nr  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent


def block(text, indent):
    pad = " " * indent
    return "\n".join(pad + line if line else "" for line in text.rstrip("\n").split("\n"))


def quoted(text):
    return json.dumps(text, ensure_ascii=False)


def replacements(base, variant):
    """The lines of variant that differ from base, as {old line: new line}; each old line
    must be unique in base. A removed run of lines is replaced along with the line before."""
    old, new = base.split("\n"), variant.split("\n")
    import difflib
    out = {}
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        start = i1 - 1 if i1 == i2 or tag == "delete" else i1
        before = "\n".join(old[start:i2])
        after = "\n".join(([old[start]] if start < i1 else []) + new[j1:j2])
        if base.count(before) != 1:
            raise ValueError(f"not unique in the base document: {before[:60]}")
        out[before] = after
    return out


def tests_for(version):
    prefix = f"GIS{version % 100}-"
    year = version
    base = nr.Report(version, year, seed=1)
    base_md = nr.markdown(base)
    nxt = nr.Report(version, year + 1, seed=2, previous=base)
    out = [("consistent", None, base_md, None, []),
           ("next year", None, nr.markdown(nxt), "consistent", [])]
    for name in nr.plants_for(version):
        r = base.copy()
        expect = nr.PLANTS[name](r)
        out.append((name, "consistent", nr.markdown(r), None, expect))
    for name, plant in nr.NEXT_YEAR_PLANTS[version].items():
        r = nxt.copy()
        expect = plant(r)
        out.append((f"next year: {name}", "next year", nr.markdown(r), "consistent", expect))
    lines = [f"tests:  # written by tools/gen_national_tests.py"]
    docs = {"consistent": base_md, "next year": nr.markdown(nxt)}
    for name, like, doc, previous, expect in out:
        lines.append(f"  - name: {quoted(name)}")
        lines.append("    format: markdown")
        if previous:
            lines.append(f"    previous: {quoted(previous)}")
        ids = ", ".join(prefix + e for e in sorted(expect))
        lines.append(f"    expect: [{ids}]")
        if like is None:
            lines.append("    doc: |")
            lines.append(block(doc, 6))
        else:
            lines.append(f"    like: {quoted(like)}")
            lines.append("    replace:")
            for before, after in replacements(docs[like], doc).items():
                if len(before) < 1000:
                    lines.append(f"      {quoted(before)}: {quoted(after)}")
                else:  # YAML caps implicit keys at 1024 characters
                    lines.append(f"      ? {quoted(before)}")
                    lines.append(f"      : {quoted(after)}")
    return "\n".join(lines) + "\n"


def main():
    for version in (2019, 2021):
        path = ROOT / "rules" / f"cn-gis-{version}.yaml"
        text = path.read_text(encoding="utf-8")
        head = text[:text.index("tests:")]
        path.write_text(head + tests_for(version), encoding="utf-8")


if __name__ == "__main__":
    main()
