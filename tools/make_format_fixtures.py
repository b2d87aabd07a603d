#!/usr/bin/env python3
"""Writes the sample report in every input format, for the same-findings-everywhere test:
fixtures/formats/xiamen-2018.{md,html,gbk.html,docx}. The text is the report's own; only the
markup changes (the appendix becomes a real table). Run: python3 tools/make_format_fixtures.py
"""
import html
import pathlib
import re
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "fixtures" / "formats"
SOURCE = (ROOT / "reports" / "xiamen-2018.txt").read_text(encoding="utf-8")


def parse(source=SOURCE):
    """Paragraph lines, and the appendix as rows of cells (label, unit, year, cumulative)."""
    lines = [l.strip() for l in source.split("\n")]
    start = lines.index("指 标 名 称")
    prose = [l for l in lines[:start] if l]
    cells = [l for l in lines[start:] if l]
    header, body = cells[:4], cells[4:]
    rows = []
    for i in range(0, len(body), 3):
        label, year, cum = body[i:i + 3]
        rows.append([label, "", year, cum])
    return prose, [header] + rows


def heading_level(line):
    if re.match(r"^[一二三四五六七八九十]+、", line) and len(line) < 50:
        return 2
    return 0


def markdown(prose, rows):
    out = ["# " + prose[0]]
    for line in prose[1:]:
        level = heading_level(line)
        out.append(("## " + line) if level else line)
    out.append("| " + " | ".join(rows[0]) + " |")
    out.append("|" + "---|" * len(rows[0]))
    for r in rows[1:]:
        out.append("| " + " | ".join(r) + " |")
    return "\n\n".join(out[:-len(rows) - 1]) + "\n\n" + "\n".join(out[-len(rows) - 1:]) + "\n"


def page(prose, rows, charset):
    body = [f'<div class="nav"><a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a></div>',
            f"<h1>{html.escape(prose[0])}</h1>"]
    for line in prose[1:]:
        tag = "h2" if heading_level(line) else "p"
        body.append(f"<{tag}>{html.escape(line)}</{tag}>")
    table = ['<table border="1" cellspacing="0">']
    for i, r in enumerate(rows):
        cells = []
        for c in r:
            text = html.escape(c) if c else "&nbsp;"
            cells.append(f"<th>{text}</th>" if i == 0 else f"<td>{text}</td>")
        table.append("  <tr>" + "".join(cells) + "</tr>")
    table.append("</table>")
    return ("<!DOCTYPE html>\n<html>\n<head>\n"
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f"<title>{html.escape(prose[0])}</title>\n<style>p {{ text-indent: 2em; }}</style>\n"
            "<script>var visits = 12345678; document.title = '2019年';</script>\n</head>\n<body>\n"
            + "\n".join(body) + "\n" + "\n".join(table) + "\n</body>\n</html>\n")


def docx(prose, rows, path=None):
    def para(text, style=None):
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f"<w:p>{ppr}<w:r><w:t xml:space=\"preserve\">{html.escape(text)}</w:t></w:r></w:p>"

    parts = [para(prose[0], "Title")]
    for line in prose[1:]:
        parts.append(para(line, "2" if heading_level(line) else None))
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in rows[0])
    trs = []
    for r in rows:
        tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{para(c)}</w:tc>' for c in r)
        trs.append(f"<w:tr>{tcs}</w:tr>")
    parts.append(f"<w:tbl><w:tblGrid>{grid}</w:tblGrid>{''.join(trs)}</w:tbl>")
    write_docx(path or OUT / "xiamen-2018.docx", "".join(parts))


def write_docx(path, body):
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{body}</w:body></w:document>")
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", content_types), ("_rels/.rels", rels),
                           ("word/document.xml", document)):
            info = zipfile.ZipInfo(name, date_time=(2019, 7, 18, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


TABLE3_ROWS = [
    # (label cells as (text, rowspan, colspan), values for 自然人…其他, 总计)
    ([("一、本年新收政府信息公开申请数量", 1, 3)], [40, 3, 0, 1, 0, 1], 45),
    ([("二、上年结转政府信息公开申请数量", 1, 3)], [2, 0, 0, 0, 0, 0], 2),
    ([("三、本年度办理结果", 22, 1), ("（一）予以公开", 1, 2)], [20, 2, 0, 1, 0, 0], 23),
    ([("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2)], [5, 0, 0, 0, 0, 0], 5),
    ([("（三）不予公开", 8, 1), ("1.属于国家秘密", 1, 1)], [1, 0, 0, 0, 0, 0], 1),
    ([("2.其他法律行政法规禁止公开", 1, 1)], [0, 0, 0, 0, 0, 0], 0),
    ([("3.危及“三安全一稳定”", 1, 1)], [0, 0, 0, 0, 0, 0], 0),
    ([("4.保护第三方合法权益", 1, 1)], [1, 0, 0, 0, 0, 0], 1),
    ([("5.属于三类内部事务信息", 1, 1)], [0, 0, 0, 0, 0, 0], 0),
    ([("6.属于四类过程性信息", 1, 1)], [1, 0, 0, 0, 0, 0], 1),
    ([("7.属于行政执法案卷", 1, 1)], [0, 0, 0, 0, 0, 0], 0),
    ([("8.属于行政查询事项", 1, 1)], [0, 0, 0, 0, 0, 0], 0),
    ([("（四）无法提供", 3, 1), ("1.本机关不掌握相关政府信息", 1, 1)], [8, 1, 0, 0, 0, 1], 10),
    ([("2.没有现成信息需要另行制作", 1, 1)], [1, 0, 0, 0, 0, 0], 1),
    ([("3.补正后申请内容仍不明确", 1, 1)], [1, 0, 0, 0, 0, 0], 1),
    ([("（五）不予处理", 5, 1), ("1.信访举报投诉类申请", 1, 1)], [2, 0, 0, 0, 0, 0], 2),
    ([("2.重复申请", 1, 1)], [1, 0, 0, 0, 0, 0], 1),
    ([("3.要求提供公开出版物", 1, 1)], [0, 0, 0, 0, 0, 0], 0),
    ([("4.无正当理由大量反复申请", 1, 1)], [0, 0, 0, 0, 0, 0], 0),
    ([("5.要求行政机关确认或重新出具已获取信息", 1, 1)], [0, 0, 0, 0, 0, 0], 0),
    ([("（六）其他处理", 3, 1), ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 1, 1)],
     [0, 0, 0, 0, 0, 0], 0),
    ([("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 1, 1)], [0, 0, 0, 0, 0, 0], 0),
    ([("3.其他", 1, 1)], ["/", "-", "&nbsp;", 0, 0, 0], 0),
    ([("（七）总计", 1, 2)], [40, 3, 0, 1, 0, 1], 45),
    ([("四、结转下年度继续办理", 1, 3)], [2, 0, 0, 0, 0, 0], 2),
]


def table3_page():
    """The national template's table 三 (2021) with its real merged cells, and the hazards of
    real pages: Kangxi radicals, labels broken by spaces and <br>, &nbsp; / - cells, units."""
    head = [
        '<tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
        '<td colspan="7">申请人情况</td></tr>',
        '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
        "<tr><td>商业<br>企业</td><td>科研 机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>",
    ]
    body = []
    for labels, values, total in TABLE3_ROWS:
        cells = "".join(
            f'<td{f" rowspan={chr(34)}{r}{chr(34)}" if r > 1 else ""}{f" colspan={chr(34)}{c}{chr(34)}" if c > 1 else ""}>'
            f"{text}</td>" for text, r, c in labels)
        cells += "".join(f"<td>{v}</td>" for v in values) + f"<td>{total}</td>"
        body.append(f"<tr>{cells}</tr>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>某区2021年政府信息公开工作年度报告</title></head>\n"
            "<body>\n<div class=\"breadcrumb\">首页 &gt; 政府信息公开年报</div>\n"
            "<p>\u2f00、总体情况</p>\n<p>2021年，本机关共收到政府信息公开申请45件。</p>\n"
            "<p>三、收到和处理政府信息公开申请情况</p>\n<table border=\"1\">\n" + "\n".join(head + body) +
            "\n</table>\n<p>二、主动公开政府信息情况</p>\n<table border=\"1\">\n"
            "<tr><td>第二十条第（九）项</td><td>采购项目数量</td><td>采购总金额</td></tr>\n"
            "<tr><td>政府集中采购</td><td>3</td><td>251000元</td></tr>\n</table>\n</body></html>\n")


def table3_grid():
    """The table 三 rows as a grid: for each row, (text, col_span, merge) per starting position,
    merge being None, "restart" (a cell that spans rows) or "continue" (covered from above)."""
    header = [
        [("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), ("申请人情况", 1, 7)],
        [("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)],
        [("商业企业", 1, 1), ("科研机构", 1, 1), ("社会公益组织", 1, 1), ("法律服务机构", 1, 1), ("其他", 1, 1)],
    ]
    spec = header + [[(t, r, c) for t, r, c in labels] + [(str(v), 1, 1) for v in values] + [(str(total), 1, 1)]
                     for labels, values, total in TABLE3_ROWS]
    covered = {}
    grid = []
    for r, cells in enumerate(spec):
        row, col, it = [], 0, iter(cells)
        pending = list(cells)
        while pending or (r, col) in covered:
            if (r, col) in covered:
                span = covered[(r, col)]
                row.append(("", span, "continue"))
                col += span
                continue
            text, rs, cs = pending.pop(0)
            for dr in range(1, rs):
                covered[(r + dr, col)] = cs
            row.append((text.replace("&nbsp;", ""), cs, "restart" if rs > 1 else None))
            col += cs
        grid.append(row)
    return grid


def table3_docx():
    def para(text):
        return f"<w:p><w:r><w:t xml:space=\"preserve\">{html.escape(text)}</w:t></w:r></w:p>"

    trs = []
    for row in table3_grid():
        tcs = []
        for text, span, merge in row:
            pr = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
            pr += '<w:vMerge w:val="restart"/>' if merge == "restart" else ("<w:vMerge/>" if merge == "continue" else "")
            tcs.append(f"<w:tc><w:tcPr>{pr}</w:tcPr>{para(text)}</w:tc>")
        trs.append("<w:tr>" + "".join(tcs) + "</w:tr>")
    body = para("三、收到和处理政府信息公开申请情况") + "<w:tbl>" + "".join(trs) + "</w:tbl>"
    write_docx(OUT / "table3-2021.docx", body)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    prose, rows = parse()
    (OUT / "xiamen-2018.md").write_text(markdown(prose, rows), encoding="utf-8")
    (OUT / "xiamen-2018.html").write_text(page(prose, rows, "utf-8"), encoding="utf-8")
    (OUT / "xiamen-2018.gbk.html").write_bytes(page(prose, rows, "gbk").encode("gb18030"))
    docx(prose, rows)
    (OUT / "table3-2021.html").write_text(table3_page(), encoding="utf-8")
    table3_docx()


if __name__ == "__main__":
    main()
