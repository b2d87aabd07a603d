#!/usr/bin/env python3
"""Reports in the national format (2019 trial and 2021), consistent by construction, in
Markdown, HTML (with the form's real merged cells) and .docx, with planted errors.

Used by tools/make_national_fixtures.py (fixtures/national/), by the pack tests
(tools/gen_national_tests.py) and by the benchmark corpus (bench/gen_corpus.py).

    report = Report(version=2021, year=2021, seed=0)   # consistent figures
    report.t3["上年结转"][0] -= 1                        # plant an error
    text = markdown(report); page = html_page(report); docx_bytes(report)
"""
import copy
import html
import io
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import make_format_fixtures as formats  # noqa: E402

COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]

# Table 三's rows: (key, label cells as (text, rowspan, colspan)) in form order. Keys are the
# leaf labels, unique within a version.
T3_HEAD = [("本年新收", [("一、本年新收政府信息公开申请数量", 1, 3)]),
           ("上年结转", [("二、上年结转政府信息公开申请数量", 1, 3)])]
T3_WITHHELD = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
               "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
T3_UNABLE = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
T3_REFUSED = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
              "5.要求行政机关确认或重新出具已获取信息"]
T3_OTHER_2021 = ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                 "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]
GROUPS = {"不予公开": T3_WITHHELD, "无法提供": T3_UNABLE, "不予处理": T3_REFUSED}

T4_GROUPS = ["行政复议", "未经复议直接起诉", "复议后起诉"]
T4_COLUMNS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def outcome_keys(version):
    keys = ["予以公开", "部分公开"] + T3_WITHHELD + T3_UNABLE + T3_REFUSED
    return keys + (T3_OTHER_2021 if version == 2021 else ["其他处理"])


def t3_layout(version):
    """Rows of table 三 as (key, label cells) with the form's merges."""
    outcomes = outcome_keys(version)
    rows = list(T3_HEAD)
    rows.append(("予以公开", [("三、本年度办理结果", len(outcomes) + 1, 1), ("（一）予以公开", 1, 2)]))
    rows.append(("部分公开", [("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2)]))
    for name, numeral, items in (("不予公开", "三", T3_WITHHELD), ("无法提供", "四", T3_UNABLE),
                                 ("不予处理", "五", T3_REFUSED)):
        for i, item in enumerate(items):
            group = [(f"（{numeral}）{name}", len(items), 1)] if i == 0 else []
            rows.append((item, group + [(item, 1, 1)]))
    if version == 2021:
        for i, item in enumerate(T3_OTHER_2021):
            group = [("（六）其他处理", 3, 1)] if i == 0 else []
            rows.append((item, group + [(item, 1, 1)]))
    else:
        rows.append(("其他处理", [("（六）其他处理", 1, 2)]))
    rows.append(("总计", [("（七）总计", 1, 2)]))
    rows.append(("结转下年度", [("四、结转下年度继续办理", 1, 3)]))
    return rows


class Report:
    """The figures of one report. Cells are ints, or strings for what a planted error writes
    ("", "-1"). Prose figures are separate, so that prose and tables can be made to differ."""

    def __init__(self, version=2021, year=2021, seed=0, name="某市某局", previous=None):
        rnd = random.Random(seed * 7919 + year)
        self.version, self.year, self.name = version, year, name
        self.t3 = {}
        carried = previous.t3["结转下年度"][:6] if previous else [rnd.randint(0, 3) for _ in COLUMNS]
        self.t3["上年结转"] = list(carried)
        for key in outcome_keys(version)[1:]:
            weight = 6 if key in ("部分公开", "1.本机关不掌握相关政府信息") else 1
            self.t3[key] = [rnd.choice([0, 0, 0, 1, 2]) * weight if c < 2 or rnd.random() < .3 else 0
                            for c in range(6)]
        self.t3["予以公开"] = [rnd.randint(5, 60) if c == 0 else rnd.randint(0, 6) for c in range(6)]
        self.t3["结转下年度"] = [rnd.randint(0, 3) if c < 2 else 0 for c in range(6)]
        handled = [sum(self.t3[k][c] for k in outcome_keys(version)) for c in range(6)]
        self.t3["总计"] = handled
        self.t3["本年新收"] = [handled[c] + self.t3["结转下年度"][c] - carried[c] for c in range(6)]
        for c in range(6):  # keep 本年新收 non-negative by publishing more
            if self.t3["本年新收"][c] < 0:
                self.t3["予以公开"][c] -= self.t3["本年新收"][c]
                handled[c] -= self.t3["本年新收"][c]
                self.t3["本年新收"][c] = 0
        for key, cells in self.t3.items():
            cells.append(sum(cells))
        self.t4 = {}
        for g in T4_GROUPS:
            parts = [rnd.randint(0, 4), rnd.randint(0, 2), rnd.randint(0, 1), rnd.randint(0, 2)]
            self.t4[g] = parts + [sum(parts)]
        rules_prev = previous.t2["规章"][2] if previous else rnd.randint(5, 20)
        norms_prev = list(previous.t2.values())[1][2] if previous else rnd.randint(40, 120)
        if version == 2021:
            self.t2 = {}
            for key, prev in (("规章", rules_prev), ("行政规范性文件", norms_prev)):
                made, repealed = rnd.randint(0, 5), rnd.randint(0, 3)
                self.t2[key] = [made, repealed, prev + made - repealed]
            self.t2_decisions = {"行政许可": rnd.randint(100, 3000), "行政处罚": rnd.randint(10, 900),
                                 "行政强制": rnd.randint(0, 40)}
            self.fee = f"{rnd.randint(1, 900)}.{rnd.randint(0, 9)}"  # 万元
        else:
            self.t2 = {}
            for key, prev in (("规章", rules_prev), ("规范性文件", norms_prev)):
                made = rnd.randint(0, 5)
                self.t2[key] = [made, made, prev + made]
            self.t2_items = {k: [rnd.randint(5, 60), rnd.randint(-3, 3), rnd.randint(10, 900)]
                             for k in ("行政许可", "其他对外管理服务事项", "行政处罚", "行政强制")}
            self.t2_fees = [rnd.randint(1, 12), 0]
            self.purchase = [rnd.randint(1, 9), rnd.randint(10, 900) * 1000]
        if previous is not None and version == 2019:
            for key, (items, change, _) in previous.t2_items.items():
                self.t2_items[key][0] = items + change
            self.t2_fees[0] = previous.t2_fees[0] + previous.t2_fees[1]
        self.previous_valid = {k: v[2] for k, v in previous.t2.items()} if previous else {}
        self.previous_valid["规章"] = rules_prev
        self.previous_valid["行政规范性文件"] = norms_prev
        self.prose = self.stated()

    def group_total(self, group):
        if group == "其他处理":
            keys = T3_OTHER_2021 if self.version == 2021 else ["其他处理"]
        else:
            keys = GROUPS[group]
        return sum(self.t3[k][6] for k in keys)

    def stated(self):
        """The figures the prose states, as the tables give them."""
        t = self.t3
        p = {"新收": t["本年新收"][6], "上年结转": t["上年结转"][6], "办结": t["总计"][6],
             "结转下年度": t["结转下年度"][6], "予以公开": t["予以公开"][6], "部分公开": t["部分公开"][6],
             "公开合计": t["予以公开"][6] + t["部分公开"][6],
             "行政复议": self.t4["行政复议"][4],
             "行政诉讼": self.t4["未经复议直接起诉"][4] + self.t4["复议后起诉"][4]}
        for g in ("不予公开", "无法提供", "不予处理", "其他处理"):
            p[g] = self.group_total(g)
        p["予以公开占比"] = percent(p["予以公开"], p["办结"])
        p["公开合计占比"] = percent(p["公开合计"], p["办结"])
        if self.version == 2021:
            p["制发规章"], p["制发规范性文件"] = self.t2["规章"][0], self.t2["行政规范性文件"][0]
            p["收费"] = self.fee
        else:
            p["制发规章"], p["制发规范性文件"] = self.t2["规章"][0], self.t2["规范性文件"][0]
        return p

    def copy(self):
        return copy.deepcopy(self)


def percent(part, whole):
    if whole == 0:
        return "0.00%"
    # Round half up at two decimals, as reports do.
    hundredths = (part * 10000 * 2 + whole) // (2 * whole)
    return f"{hundredths // 100}.{hundredths % 100:02d}%"


# ---- the text ---------------------------------------------------------------------------

def prose(r):
    """The report's paragraphs before the tables: (kind, text), kind "h" for a heading."""
    p = r.prose
    y = r.year
    fees = (f"全年收取行政事业性收费{p['收费']}万元。" if r.version == 2021 else "")
    made = (f"制发规章{p['制发规章']}件、行政规范性文件{p['制发规范性文件']}件" if r.version == 2021
            else f"新制作规章{p['制发规章']}件、规范性文件{p['制发规范性文件']}件")
    out = [("title", f"{r.name}{y}年政府信息公开工作年度报告"),
           ("p", f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制，所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"),
           ("h", "一、总体情况"),
           ("p", f"（一）主动公开。{y}年，本机关{made}，均已按规定主动公开。{fees}"),
           ("p", f"（二）依申请公开。{y}年，本机关新收政府信息公开申请{p['新收']}件，上年结转政府信息公开申请{p['上年结转']}件。"
                 f"全年办结政府信息公开申请{p['办结']}件，其中予以公开{p['予以公开']}件，占{p['予以公开占比']}；"
                 f"部分公开{p['部分公开']}件；不予公开{p['不予公开']}件；无法提供{p['无法提供']}件；"
                 f"不予处理{p['不予处理']}件；其他处理{p['其他处理']}件。"
                 f"予以公开及部分公开合计{p['公开合计']}件，占办结总数的{p['公开合计占比']}。"
                 f"结转下年度继续办理{p['结转下年度']}件。"),
           ("p", "（三）政府信息管理。本机关严格落实政府信息公开保密审查制度，做到“先审查、后公开”和“一事一审”。"),
           ("p", "（四）政府信息公开平台建设。本机关持续优化门户网站政府信息公开专栏，政策文件栏目共更新信息125条。"),
           ("p", f"（五）监督保障。{y}年，本机关因政府信息公开工作被申请行政复议{p['行政复议']}件，"
                 f"被提起行政诉讼{p['行政诉讼']}件。全年未发生因政府信息公开工作被追究责任的情况。"),
           ("h", "二、主动公开政府信息情况")]
    return out


def closing(r):
    return [("h", "五、存在的主要问题及改进情况"),
            ("p", "一是公开内容的解读还不够深入；二是依申请公开答复的规范化水平有待提高。下一步，本机关将加强培训，提升工作质量。"),
            ("h", "六、其他需要报告的事项"),
            ("p", f"{r.year}年本机关未收取信息处理费。")]


def cell(v):
    return "" if v is None else str(v)


def t2_tables(r):
    """Table 二 as a list of rows of (text, rowspan, colspan); its block headers repeat."""
    rows = [[("第二十条第（一）项", 1, 4)]]
    if r.version == 2021:
        rows.append([("信息内容", 1, 1), ("本年制发件数", 1, 1), ("本年废止件数", 1, 1), ("现行有效件数", 1, 1)])
        for key in ("规章", "行政规范性文件"):
            rows.append([(key, 1, 1)] + [(cell(v), 1, 1) for v in r.t2[key]])
        rows.append([("第二十条第（五）项", 1, 4)])
        rows.append([("信息内容", 1, 1), ("本年处理决定数量", 1, 3)])
        rows.append([("行政许可", 1, 1), (cell(r.t2_decisions["行政许可"]), 1, 3)])
        rows.append([("第二十条第（六）项", 1, 4)])
        rows.append([("信息内容", 1, 1), ("本年处理决定数量", 1, 3)])
        for key in ("行政处罚", "行政强制"):
            rows.append([(key, 1, 1), (cell(r.t2_decisions[key]), 1, 3)])
        rows.append([("第二十条第（八）项", 1, 4)])
        rows.append([("信息内容", 1, 1), ("本年收费金额（单位：万元）", 1, 3)])
        rows.append([("行政事业性收费", 1, 1), (r.fee, 1, 3)])
    else:
        rows.append([("信息内容", 1, 1), ("本年新制作数量", 1, 1), ("本年新公开数量", 1, 1), ("对外公开总数量", 1, 1)])
        for key in ("规章", "规范性文件"):
            rows.append([(key, 1, 1)] + [(cell(v), 1, 1) for v in r.t2[key]])
        for block, keys in (("第二十条第（五）项", ("行政许可", "其他对外管理服务事项")),
                            ("第二十条第（六）项", ("行政处罚", "行政强制"))):
            rows.append([(block, 1, 4)])
            rows.append([("信息内容", 1, 1), ("上一年项目数量", 1, 1), ("本年增/减", 1, 1), ("处理决定数量", 1, 1)])
            for key in keys:
                rows.append([(key, 1, 1)] + [(cell(v), 1, 1) for v in r.t2_items[key]])
        rows.append([("第二十条第（八）项", 1, 4)])
        rows.append([("信息内容", 1, 1), ("上一年项目数量", 1, 1), ("本年增/减", 1, 2)])
        rows.append([("行政事业性收费", 1, 1), (cell(r.t2_fees[0]), 1, 1), (cell(r.t2_fees[1]), 1, 2)])
        rows.append([("第二十条第（九）项", 1, 4)])
        rows.append([("信息内容", 1, 1), ("采购项目数量", 1, 1), ("采购总金额", 1, 2)])
        rows.append([("政府集中采购", 1, 1), (cell(r.purchase[0]), 1, 1), (f"{r.purchase[1]}元", 1, 2)])
    return rows


def t3_rows(r):
    head = [[("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), ("申请人情况", 1, 7)],
            [("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)],
            [(c, 1, 1) for c in COLUMNS[1:]]]
    body = [labels + [(cell(v), 1, 1) for v in r.t3[key]] for key, labels in t3_layout(r.version)]
    return head + body


def t4_rows(r):
    head = [[("行政复议", 1, 5), ("行政诉讼", 1, 10)],
            [(c, 2, 1) for c in T4_COLUMNS] + [("未经复议直接起诉", 1, 5), ("复议后起诉", 1, 5)],
            [(c, 1, 1) for c in T4_COLUMNS] * 2]
    return head + [[(cell(v), 1, 1) for g in T4_GROUPS for v in r.t4[g]]]


def sections(r, include_t3=True):
    """The whole report: paragraphs and (heading, table rows) in order."""
    out = prose(r) + [("table", t2_tables(r)), ("h", "三、收到和处理政府信息公开申请情况")]
    if include_t3 and getattr(r, "has_t3", True):
        out.append(("table", t3_rows(r)))
    out.append(("h", "四、政府信息公开行政复议、行政诉讼情况"))
    if getattr(r, "has_t4", True):
        out.append(("table", t4_rows(r)))
    return out + closing(r)


def grid(rows):
    """Expands (text, rowspan, colspan) rows into one entry per grid position: (text, kind),
    kind "start", "restart" (a cell spanning rows starts here), "hspan" (covered from the
    left), "continue" (covered from above, in the cell's first column) or "vhspan"."""
    covered, out = {}, []
    for ri, cells in enumerate(rows):
        line, col, pending = [], 0, list(cells)
        while pending or (ri, col) in covered:
            if (ri, col) in covered:
                line.append(covered.pop((ri, col)))
                col += 1
                continue
            text, rs, cs = pending.pop(0)
            for dc in range(cs):
                line.append((text, ("restart" if rs > 1 else "start") if dc == 0 else "hspan"))
                for dr in range(1, rs):
                    covered[(ri + dr, col + dc)] = (text, "continue" if dc == 0 else "vhspan")
            col += cs
        out.append(line)
    return out


# ---- Markdown -----------------------------------------------------------------------------

def md_table(rows, header_rows):
    """A pipe table: the header rows joined per column into one row; a merged cell is written
    once, in its first position (as converters do), the positions it covers left blank."""
    g = grid(rows)
    width = max(len(line) for line in g)
    heads = []
    for c in range(width):
        parts = []
        for line in g[:header_rows]:
            text = line[c][0] if c < len(line) else ""
            if text and text not in parts:
                parts.append(text)
        heads.append(" ".join(parts))
    out = ["| " + " | ".join(heads) + " |", "|" + "---|" * width]
    for line in g[header_rows:]:
        cells = [(t if kind in ("start", "restart") else "") for t, kind in line]
        out.append("| " + " | ".join(cells + [""] * (width - len(line))) + " |")
    return "\n".join(out)


def md_t2(rows):
    """Table 二 in Markdown: one pipe table per block, its heading line before it."""
    out, block = [], []
    for row in rows:
        if len(row) == 1 and row[0][0].startswith("第二十条"):
            if block:
                out.append(md_table(block, 1))
                block = []
            out.append(row[0][0])
        else:
            block.append([(text, 1, 1) for text, _, _ in row])  # Markdown has no colspan
    if block:
        out.append(md_table(block, 1))
    return out


def markdown(r, include_t3=True):
    out = []
    for kind, item in sections(r, include_t3):
        if kind == "title":
            out.append("# " + item)
        elif kind == "h":
            out.append("## " + item)
        elif kind == "p":
            out.append(item)
        elif item and item[0][0][0].startswith("第二十条"):
            out.extend(md_t2(item))
        else:
            out.append(md_table(item, 3))
    return "\n\n".join(out) + "\n"


# ---- HTML -----------------------------------------------------------------------------------

def html_table(rows):
    trs = []
    for cells in rows:
        tds = []
        for text, rs, cs in cells:
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            tds.append(f"<td{attrs}>{html.escape(text) if text else '&nbsp;'}</td>")
        trs.append("<tr>" + "".join(tds) + "</tr>")
    return '<table border="1" cellspacing="0">\n' + "\n".join(trs) + "\n</table>"


def html_page(r, include_t3=True, charset="utf-8"):
    body = ['<div class="breadcrumb"><a href="/">首页</a> &gt; 政府信息公开年报</div>']
    for kind, item in sections(r, include_t3):
        if kind == "title":
            body.append(f"<h1>{html.escape(item)}</h1>")
        elif kind == "h":
            body.append(f"<h2>{html.escape(item)}</h2>")
        elif kind == "p":
            body.append(f"<p>{html.escape(item)}</p>")
        else:
            body.append(html_table(item))
    title = html.escape(prose(r)[0][1])
    return (f"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"{charset}\">\n<title>{title}</title>\n"
            "</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n")


# ---- Word ------------------------------------------------------------------------------------

def _para(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r></w:p>'


def docx_table(rows):
    trs = []
    for line in grid(rows):
        tcs, i = [], 0
        while i < len(line):
            text, kind = line[i]
            span = 1
            while i + span < len(line) and line[i + span][1] in ("hspan", "vhspan"):
                span += 1
            pr = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
            pr += {"restart": '<w:vMerge w:val="restart"/>', "continue": "<w:vMerge/>"}.get(kind, "")
            tcs.append(f"<w:tc><w:tcPr>{pr}</w:tcPr>{_para('' if kind == 'continue' else text)}</w:tc>")
            i += span
        trs.append("<w:tr>" + "".join(tcs) + "</w:tr>")
    # The grid and its widths let a word processor lay the merged cells out (LibreOffice's
    # PDF of the report is a test input): a column with no figure in it holds labels, and is
    # given room for them.
    lines = grid(rows)
    columns = max((len(line) for line in lines), default=0)

    def figures_in(c):
        return any(c < len(line) and line[c][0].strip().lstrip("-").replace(".", "", 1).isdigit()
                   for line in lines)

    widths = [700 if figures_in(c) else 1800 for c in range(columns)]
    borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    cols = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    head = (f'<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}</w:tblBorders>'
            f'</w:tblPr><w:tblGrid>{cols}</w:tblGrid>')
    return "<w:tbl>" + head + "".join(trs) + "</w:tbl>"


def docx_bytes(r, include_t3=True):
    parts = []
    for kind, item in sections(r, include_t3):
        if kind == "title":
            parts.append(_para(item, "Title"))
        elif kind == "h":
            parts.append(_para(item, "2"))
        elif kind == "p":
            parts.append(_para(item))
        else:
            parts.append(docx_table(item))
    buffer = io.BytesIO()
    formats.write_docx(buffer, "".join(parts))  # zipfile writes to a file object as to a path
    return buffer.getvalue()


# ---- planted errors --------------------------------------------------------------------------
# Each plant mutates a report and names the checks it must raise (ids without the GIS19-/GIS21-
# prefix, repeated when a check fires more than once). A plant that changes a prose figure
# restates the shares the prose derives from it, so that only the named checks fire.

def _cols_with(values, at_least=1, exclude=()):
    return [c for c in range(6) if values[c] >= at_least and c not in exclude]


def _move_within_row(r, key):
    """Moves one application between two applicant columns of a row: its 总计 still adds up,
    but two columns no longer balance."""
    row = r.t3[key]
    src = _cols_with(row)[0]
    dst = next(c for c in range(6) if c != src)
    row[src] -= 1
    row[dst] += 1


def plant_balance(r):
    _move_within_row(r, "上年结转")
    return ["T3-BAL", "T3-BAL"]


def plant_row_total(r):
    r.t3["2.重复申请"][6] += 1
    return ["T3-ROW", "T3-SUM", "X-REFUSED"]


def plant_blank_total(r):
    key = next(k for k in T3_WITHHELD if any(r.t3[k][:6]))
    r.t3[key][6] = ""
    return ["T3-FILLED"]


def plant_negative_cell(r):
    """-1 in one cell, balanced by a rectangle of changes, so that every sum still holds."""
    keys = outcome_keys(r.version)
    for k1 in keys:
        c1 = next((c for c in range(6) if r.t3[k1][c] == 0), None)
        if c1 is None:
            continue
        for k2 in keys:
            c2s = _cols_with(r.t3[k2], exclude=(c1,))
            if k2 != k1 and c2s:
                c2 = c2s[0]
                r.t3[k1][c1] -= 1
                r.t3[k1][c2] += 1
                r.t3[k2][c1] += 1
                r.t3[k2][c2] -= 1
                return ["T3-COUNTS"]
    raise ValueError("no cell to plant a negative count in")


def plant_review_negative(r):
    g = r.t4["行政复议"]
    g[0] += g[2] + 1
    g[2] = -1
    return ["T4-COUNTS"]


def _t4_part(group, check):
    def plant(r):
        r.t4[group][0] += 1
        return [check]
    return plant


def _prose(key, delta, checks):
    def plant(r):
        step = delta
        # 收到 N件 may count the carried-over applications too: a planted 新收 must fit neither
        # reading, so it never equals 新收 + 上年结转.
        if key == "新收" and step == r.prose["上年结转"]:
            step += 1
        carried_before = r.prose["上年结转"]
        r.prose[key] += step
        _record(r, r.prose[key], r.prose[key] - step)
        if key in ("予以公开", "公开合计"):
            r.prose[key + "占比"] = percent(r.prose[key], r.prose["办结"])
        # The prose's own balance (收到 = 办结 + 结转下年度, with or without 上年结转) breaks too,
        # except when a carried count planted on a zero leaves 新收 = 办结 + 结转 true.
        balance = key in ("新收", "结转下年度") or (key == "上年结转" and carried_before != 0)
        return list(checks) + (["P-BALANCE"] if balance else [])
    return plant


def _record(r, wrong, right):
    """Notes a planted figure, as written and as it should read, when the report keeps a list."""
    if hasattr(r, "planted"):
        r.planted.append([str(wrong), str(right)])


def plant_t3_cell(r):
    """One applicant cell of 表三's 予以公开 row one too many: its row and its column no longer
    add up."""
    r.t3["予以公开"][0] += 1
    _record(r, r.t3["予以公开"][0], r.t3["予以公开"][0] - 1)
    return ["T3-ROW", "T3-SUM"]


def plant_t4_total(r):
    """The 总计 of 表四's 行政复议 one too many: its parts no longer add up to it, nor does the
    prose that restates it."""
    r.t4["行政复议"][4] += 1
    _record(r, r.t4["行政复议"][4], r.t4["行政复议"][4] - 1)
    return ["T4-REV", "X-REVIEWS"]


def _share(key, check):
    def plant(r):
        digits = r.prose[key].rstrip("%")
        r.prose[key] = f"{float(digits) + 3.3:.2f}%"
        return [check]
    return plant


def plant_fee_unit(r):
    r.prose["收费"] = f"{float(r.fee) / 10:.2f}"
    return ["X-FEE"]


def _total_below_published(key, check):
    def plant(r):
        r.t2[key][2] = r.t2[key][1] - 1
        return [check]
    return plant


def plant_missing_t3(r):
    r.has_t3 = False
    return ["T3-PRESENT"]


def plant_missing_t4(r):
    r.has_t4 = False
    return ["T4-PRESENT"]


def plant_table_total(key, checks):
    def plant(r):
        r.t3[key][6] += 1
        return list(checks)
    return plant


PLANTS = {
    "balance": plant_balance,
    "row-total": plant_row_total,
    "blank-total": plant_blank_total,
    "negative-cell": plant_negative_cell,
    "review-negative": plant_review_negative,
    "review-sum": _t4_part("行政复议", "T4-REV"),
    "direct-sum": _t4_part("未经复议直接起诉", "T4-DIRECT"),
    "after-sum": _t4_part("复议后起诉", "T4-AFTER"),
    "received": _prose("新收", 10, ["X-RECEIVED"]),
    "carried": _prose("上年结转", 1, ["X-CARRIED"]),
    "handled": plant_table_total("总计", ["X-HANDLED", "T3-ROW", "T3-SUM", "T3-BAL"]),
    "forward": _prose("结转下年度", 1, ["X-FORWARD"]),
    "granted": _prose("予以公开", 1, ["X-GRANTED", "P-OUTCOMES"]),
    "partial": _prose("部分公开", 1, ["X-PARTIAL", "P-OUTCOMES"]),
    "disclosed": _prose("公开合计", 1, ["X-DISCLOSED"]),
    "withheld": _prose("不予公开", 1, ["X-WITHHELD", "P-OUTCOMES"]),
    "unable": _prose("无法提供", 1, ["X-UNABLE", "P-OUTCOMES"]),
    "refused": _prose("不予处理", 1, ["X-REFUSED", "P-OUTCOMES"]),
    "other": _prose("其他处理", 1, ["X-OTHER", "P-OUTCOMES"]),
    "reviews": _prose("行政复议", 1, ["X-REVIEWS"]),
    "lawsuits": _prose("行政诉讼", 2, ["X-LAWSUITS"]),
    "rules-made": _prose("制发规章", 1, ["X-RULES"]),
    "norms-made": _prose("制发规范性文件", 1, ["X-NORMS"]),
    "share": _share("予以公开占比", "P-GRANTED-SHARE"),
    "disclosed-share": _share("公开合计占比", "P-DISCLOSED-SHARE"),
    "missing-t3": plant_missing_t3,
    "missing-t4": plant_missing_t4,
    "t3-cell": plant_t3_cell,
    "t4-total": plant_t4_total,
}
PLANTS_2021 = ["fee-unit"]
PLANTS["fee-unit"] = plant_fee_unit
PLANTS["rules-total"] = _total_below_published("规章", "T2-RULES-TOTAL")
PLANTS["norms-total"] = _total_below_published("规范性文件", "T2-NORMS-TOTAL")
PLANTS_2019 = ["rules-total", "norms-total"]

# Which plants suit a version (the 2019 form has no fee amount; the 2021 no 对外公开总数量).
def plants_for(version):
    skip = PLANTS_2019 if version == 2021 else PLANTS_2021
    return [name for name in PLANTS if name not in skip]


# Year against year: plants on next year's report, given this year's.
def plant_next_carried(r):
    row_new, row_carried = r.t3["本年新收"], r.t3["上年结转"]
    c = _cols_with(row_new)[0]
    row_new[c] -= 1
    row_new[6] -= 1
    row_carried[c] += 1
    row_carried[6] += 1
    r.prose = r.stated()
    return ["Y-CARRIED"]


def _next_valid(key, check):
    def plant(r):
        r.t2[key][2] += 5
        return [check]
    return plant


def _next_repealed(key, check):
    def plant(r):
        made = r.t2[key][0]
        r.t2[key][1] = r.previous_valid[key] + made + 1
        r.t2[key][2] = -1
        return [check]
    return plant


def _next_items(key, check):
    def plant(r):
        if key == "行政事业性收费":
            r.t2_fees[0] += 4
        else:
            r.t2_items[key][0] += 4
        return [check]
    return plant


NEXT_YEAR_PLANTS = {2021: {"carried": plant_next_carried,
                           "rules-valid": _next_valid("规章", "Y-RULES-VALID"),
                           "norms-valid": _next_valid("行政规范性文件", "Y-NORMS-VALID"),
                           "rules-repealed": _next_repealed("规章", "Y-RULES-REPEALED"),
                           "norms-repealed": _next_repealed("行政规范性文件", "Y-NORMS-REPEALED")},
                    2019: {"carried": plant_next_carried,
                           "permits": _next_items("行政许可", "Y-PERMITS"),
                           "services": _next_items("其他对外管理服务事项", "Y-SERVICES"),
                           "penalties": _next_items("行政处罚", "Y-PENALTIES"),
                           "enforcement": _next_items("行政强制", "Y-ENFORCEMENT"),
                           "fees": _next_items("行政事业性收费", "Y-FEES")}}
