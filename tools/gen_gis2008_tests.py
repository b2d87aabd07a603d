#!/usr/bin/env python3
"""Writes the `tests:` section of rules/cn-gis-2008.yaml.

Every check gets a document in this family's wording that must raise it; the consistent
mini report must raise nothing, so every check also has a case where it holds. Run it after
changing the cases below: python3 tools/gen_gis2008_tests.py
"""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACK = ROOT / "rules" / "cn-gis-2008.yaml"

ROWS = [
    ("主动公开文件数", 1000, 5000), ("其中:1.政府网站公开数", 1000, 4800), ("2.政府公报公开数", 50, 400),
    ("受理政府信息公开申请总数", 100, 800), ("其中:1.当面申请数", 20, 200), ("2.网络申请数", 50, 400),
    ("3.信函、传真申请数", 30, 200), ("对申请的答复总数", 100, 790), ("其中:1.同意公开答复数", 50, 400),
    ("2.同意部分公开答复数", 20, 190), ("3.不予公开答复数", 10, 100), ("4.其他类型答复数", 20, 100),
    ("接受行政申诉、举报数", 0, 0), ("行政复议数", 3, 30), ("行政诉讼数", 2, 20),
]


def flattened(rows):
    lines = ["指 标 名 称", "计量单位", "2018年度", "历年累计"]
    for label, year, cum in rows:
        lines += [label, str(year), str(cum)]
    return "\n\n".join(lines)


def pipe(rows):
    out = ["| 指标名称 | 计量单位 | 2018年度 | 历年累计 |", "|---|---|---|---|"]
    out += [f"| {label} | | {year} | {cum} |" for label, year, cum in rows]
    return "\n".join(out)


def row(label, year=None, cum=None):
    """A pipe-table row of the consistent appendix, with the year or cumulative value changed."""
    for l, y, c in ROWS:
        if l.endswith(label):
            old = f"| {l} | | {y} | {c} |"
            return old, f"| {l} | | {y if year is None else year} | {c if cum is None else cum} |"
    raise KeyError(label)


PROSE = {
    "overview": "2018年,我市各级政府及其工作部门累计主动公开政府信息1000条,依申请公开100条,办结率达100%。",
    "work": ("(一)提升实效。在政府网站开展了20期领导在线访谈。我市召开5场政府新闻发布会。全年共发布文件解读30条。"
             "目前我市部署的政务服务事项共计200项,其中150项达到标准,事项网上可办率达75%。"
             "取消审批特殊环节10项(原来共需耗费30个工作日),取消后平均每个事项的办理时限缩短约3个工作日。"
             "湖里区各部门共开设新媒体8个,其中官方有3个微博;微信公众号有5个。"),
    "quantity": ("(一)主动公开政府信息的数量。2018年我市各级政府及其工作部门主动公开政府信息1000条,其中,"
                 "本级政府及其工作部门主动公开600条,下级政府及其工作部门主动公开400条。截至2018年12月31日,"
                 "历年来我市各级政府及其工作部门累计主动公开5000条,其中,本级政府及其工作部门主动公开3000条,"
                 "下级政府及其工作部门主动公开2000条。"),
    "categories": "(二)主动公开政府信息的主要类别。机构职能类信息100条,占10%;行政许可类信息250条,占25%。",
    "website": "1.政府门户网站。2018年,通过门户网站主动公开政府信息1000条。",
    "response": "(五)回应社会关切情况。参加或举办新闻发布会5次,政府网站在线访谈20次,政策解读稿发布30次。",
    "received": ("(一)受理依申请公开政府信息情况。2018年,共收到政府信息公开申请100件,其中各级政府收到40件,"
                 "各级政府工作部门收到60件。当面申请20件,占20%;以网上提交表单形式申请50件,占50%;"
                 "以传真形式申请0件;以信函形式申请30件,占30%。截至2018年12月31日,历年来累计收到政府信息公开申请"
                 "800件,其中各级政府收到300件,各级政府工作部门收到500件。"),
    "replies": ("(二)对申请的办理情况。2018年,我市受理100件政府信息公开申请,本年度已答复100件。在100件已答复件中,"
                "“同意公开”50件,占50%;“同意部分公开”20件,占20%;“不予公开”10件,占10%;"
                "“非政府信息、政府信息不存在、非本机关政府信息20件,占20%。"),
    "disputes": ("2018年度我市因政府信息公开被申请行政复议、被提起行政诉讼和接受行政申诉、举报共5起。"
                 "截至2018年12月31日,历年来我市被申请行政复议共30件、提起行政诉讼20起。"),
}


def report(prose=None, table=None):
    p = dict(PROSE, **(prose or {}))
    parts = [
        "某市2018年政府信息公开工作年度报告", "一、概述", p["overview"], p["work"],
        "二、主动公开政府信息情况", p["quantity"], p["categories"], "(三)主动公开政府信息的形式。", p["website"],
        p["response"], "三、政府信息依申请公开办理情况", p["received"], p["replies"],
        "四、因政府信息公开申请行政复议、提起行政诉讼的情况", p["disputes"], "六、需要说明的其他事项与附表", "(二)附表:",
        table if table is not None else flattened(ROWS),
    ]
    return "\n\n".join(parts) + "\n"


def prose(key, old, new):
    assert old in PROSE[key], (key, old)
    return old, new


# (name, base test, replacements, expected check ids)
CASES = [
    ("appendix channels do not add up (year)", "pipe", [row("网络申请数", year=40)], ["GIS-A01", "GIS-X06"]),
    ("appendix channels do not add up (cumulative)", "pipe", [row("网络申请数", cum=410)], ["GIS-A02"]),
    ("appendix reply types do not add up (year)", "pipe", [row("不予公开答复数", year=11)], ["GIS-A03", "GIS-X11"]),
    ("appendix reply types do not add up (cumulative)", "pipe", [row("不予公开答复数", cum=101)], ["GIS-A04"]),
    ("a yearly figure above its running total", "pipe", [row("政府公报公开数", year=500)], ["GIS-A05"]),
    ("more documents on the web site than published", "pipe",
     [prose("website", "政府信息1000条", "政府信息1100条"), row("政府网站公开数", year=1100)], ["GIS-A06", "GIS-X01"]),
    ("more documents in the gazette than published", "pipe", [row("政府公报公开数", year=1200, cum=4800)], ["GIS-A07"]),
    ("more replies than applications over the years", "pipe",
     [row("对申请的答复总数", cum=900), row("同意公开答复数", cum=510)], ["GIS-A08"]),
    ("local and lower-level publications do not add up", "consistent",
     [prose("quantity", "主动公开400条", "主动公开410条")], ["GIS-P01"]),
    ("cumulative local and lower-level publications do not add up", "consistent",
     [prose("quantity", "主动公开2000条", "主动公开2042条")], ["GIS-P02"]),
    ("main categories above the total", "consistent",
     [prose("categories", "行政许可类信息250条,占25%", "行政许可类信息950条,占95%")], ["GIS-P03"]),
    ("a category share that does not match", "consistent", [prose("categories", "占25%", "占52%")], ["GIS-P04"]),
    ("applications by level do not add up", "consistent",
     [prose("received", "各级政府收到40件", "各级政府收到45件")], ["GIS-P05"]),
    ("cumulative applications by level do not add up", "consistent",
     [prose("received", "各级政府收到300件", "各级政府收到309件")], ["GIS-P06"]),
    ("channels in prose do not add up", "consistent",
     [prose("received", "以传真形式申请0件", "以传真形式申请3件")], ["GIS-P07", "GIS-X07"]),
    ("a channel share that does not match", "consistent", [prose("received", "占50%", "占55%")], ["GIS-P08"]),
    ("reply types in prose do not add up", "consistent",
     [prose("replies", "“同意部分公开”20件,占20%", "“同意部分公开”2件,占2%")], ["GIS-P09", "GIS-X10"]),
    ("a reply share that does not match", "consistent", [prose("replies", "“不予公开”10件,占10%", "“不予公开”10件,占1%")],
     ["GIS-P10"]),
    ("a completion rate the counts contradict", "consistent", [prose("overview", "办结率达100%", "办结率达90%")],
     ["GIS-P11"]),
    ("more answered than received", "consistent",
     [prose("replies", "受理100件政府信息公开申请", "受理90件政府信息公开申请")], ["GIS-P11", "GIS-P12", "GIS-X03"]),
    ("an online rate the counts contradict", "consistent", [prose("work", "可办率达75%", "可办率达57%")], ["GIS-P13"]),
    ("an average the totals contradict", "consistent", [prose("work", "缩短约3个工作日", "缩短约5个工作日")],
     ["GIS-P14"]),
    ("new-media accounts do not add up", "consistent", [prose("work", "新媒体8个", "新媒体9个")], ["GIS-P15"]),
    ("the year's total in prose differs from the appendix", "pipe", [row("主动公开文件数", year=1100)], ["GIS-X01"]),
    ("the running total in prose differs from the appendix", "pipe", [row("主动公开文件数", cum=5100)], ["GIS-X02"]),
    ("the overview's applications differ from the appendix", "consistent",
     [prose("overview", "依申请公开100条", "依申请公开110条")], ["GIS-X03"]),
    ("cumulative applications in prose differ from the appendix", "pipe",
     [row("受理政府信息公开申请总数", cum=900), row("网络申请数", cum=500)], ["GIS-X04"]),
    ("in-person applications differ from the appendix", "pipe",
     [row("当面申请数", year=25), row("网络申请数", year=45)], ["GIS-X05", "GIS-X06"]),
    ("letters and faxes differ from the appendix", "pipe",
     [row("网络申请数", year=45), row("信函、传真申请数", year=35)], ["GIS-X06", "GIS-X07"]),
    ("answered in prose differs from the appendix", "pipe",
     [row("对申请的答复总数", year=110), row("其他类型答复数", year=30)], ["GIS-X08", "GIS-X12"]),
    ("agreed replies differ from the appendix", "pipe",
     [row("同意公开答复数", year=55), row("其他类型答复数", year=15)], ["GIS-X09", "GIS-X12"]),
    ("the year's disputes differ from the appendix", "consistent", [prose("disputes", "举报共5起", "举报共6起")],
     ["GIS-X13"]),
    ("cumulative reviews differ from the appendix", "consistent",
     [prose("disputes", "行政复议共30件", "行政复议共33件")], ["GIS-X14"]),
    ("cumulative lawsuits differ from the appendix", "consistent",
     [prose("disputes", "行政诉讼20起", "行政诉讼02起")], ["GIS-X15"]),
    ("press conferences restated differently", "consistent", [prose("response", "新闻发布会5次", "新闻发布会6次")],
     ["GIS-X16"]),
    ("online interviews restated differently", "consistent", [prose("response", "在线访谈20次", "在线访谈25次")],
     ["GIS-X17"]),
    ("policy readings restated differently", "consistent",
     [prose("response", "政策解读稿发布30次", "政策解读稿发布31次")], ["GIS-X18"]),
]


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def yaml_block(text, indent):
    pad = " " * indent
    return "\n".join(pad + line if line else "" for line in text.split("\n"))


def main():
    out = ["tests:  # written by tools/gen_gis2008_tests.py"]
    bases = [("consistent", "a consistent report in the family's wording raises nothing", report()),
             ("pipe", "the same report with its appendix as a pipe table", report(table=pipe(ROWS)))]
    for name, _, doc in bases:
        out.append(f"  - name: {name}")
        out.append("    expect: []")
        out.append("    doc: |")
        out.append(yaml_block(doc.rstrip("\n"), 6))
    for name, base, replacements, expect in CASES:
        out.append(f"  - name: {name}")
        out.append(f"    like: {base}")
        out.append("    replace:")
        for old, new in replacements:
            out.append(f"      {quote(old)}: {quote(new)}")
        out.append(f"    expect: [{', '.join(expect)}]")
    text = PACK.read_text(encoding="utf-8")
    text = re.sub(r"\ntests:.*\Z", "", text, flags=re.S).rstrip("\n") + "\n\n"
    PACK.write_text(text + "\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
