#!/usr/bin/env python3
"""The peer of the render benchmark: python-docx building the same form from the same draft —
the cover, the filling rules, the unit table with its merged cells, the two text boxes, the
targets, the leader's table, the roster, the opinions and the attachment list — and saving it.

Usage: python_docx_form.py DRAFT.yaml FORM.yaml OUT.docx
"""
import sys

import docx
import yaml
from docx.enum.text import WD_BREAK
from docx.shared import Pt, Twips

draft_path, form_path, out_path = sys.argv[1:4]
draft = yaml.safe_load(open(draft_path, encoding="utf-8"))
form = yaml.safe_load(open(form_path, encoding="utf-8"))


def text(value):
    return "" if value is None else str(value)


def table(document, widths, rows):
    grid = document.add_table(rows=len(rows), cols=len(widths))
    grid.style = "Table Grid"
    grid.autofit = False
    for r, row in enumerate(rows):
        column = 0
        for value, span in row:
            cell = grid.cell(r, column)
            if span > 1:
                cell = cell.merge(grid.cell(r, column + span - 1))
            cell.text = value
            cell.width = Twips(sum(widths[column:column + span]))
            column += span
    return grid


document = docx.Document()
section = document.sections[0]
section.page_width, section.page_height = Twips(11906), Twips(16838)
section.left_margin = section.right_margin = Twips(1800)
section.top_margin = section.bottom_margin = Twips(1440)
style = document.styles["Normal"]
style.font.name = "Times New Roman"
style.font.size = Pt(12)

cover = draft["cover"]
document.add_paragraph("项目编号：" + text(cover.get("projectNumber")))
document.add_heading(form["title"], level=0)
table(document, [3300, 4706], [[("项目名称：", 1), (text(cover["projectName"]), 1)],
                                [("申报单位（盖章）：", 1), (text(cover["applicant"]), 1)],
                                [("推荐单位（盖章）：", 1), (text(cover["recommender"]), 1)],
                                [("申报日期：", 1), (text(cover["date"]), 1)]])
document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
document.add_heading(form["wording"]["instructionsTitle"], level=1)
for instruction in form["instructions"]:
    document.add_paragraph(f"{instruction['number']}. {instruction['text']}")

unit = draft["unit"]
document.add_heading("一、申报单位基本信息", level=1)
rows = [[(label, 1), (text(unit[key]), 4)] for label, key in
        [("申报单位", "name"), ("单位性质", "nature"), ("统一社会信用代码", "creditCode"),
         ("开户银行", "bank"), ("银行账号", "bankAccount")]]
rows.append([("通信地址（邮政编码）", 1), (f"{unit['address']}（{unit['postcode']}）", 4)])
rows.append([("人员信息", 1), ("姓名", 1), ("身份证号码", 1), ("电话（手机）", 1), ("电子邮箱", 1)])
for label, key in [("单位法人", "legalRep"), ("项目负责人", "projectLeader"), ("项目联系人", "contact")]:
    person = unit[key]
    rows.append([(label, 1)] + [(text(person[f]), 1) for f in ["name", "idNumber", "mobile", "email"]])
rows.append([("单位主营业务范围", 1), (text(unit["businessScope"]), 4)])
table(document, [2000, 1100, 2250, 1450, 1506], rows)

document.add_heading("二、申报单位承担项目能力基本情况", level=1)
table(document, [1100, 7206], [[("申报单位", 1), (text(draft["capability"]), 1)]])
document.add_heading("三、项目实施方案和绩效目标", level=1)
table(document, [8306], [[(text(draft["plan"]), 1)]])
targets = draft.get("targets") or {}
table(document, [4706, 1600, 2000], [[("目标", 1), ("预计值", 1), ("申报指南要求", 1)]] +
      [[(key, 1), (text(value), 1), ("", 1)] for key, value in targets.items()])

leader = draft["leader"]
document.add_heading("四、项目组成员信息", level=1)
grid = table(document, [800, 950, 1200, 950, 1056, 1100, 2250], [
    [("项目负责人", 1), ("姓名", 1), (text(leader["name"]), 1), ("性别", 1), (text(leader["gender"]), 1), ("身份证号码", 1), (text(leader["idNumber"]), 1)],
    [("", 1), ("学历", 1), (text(leader["education"]), 1), ("职务/职称", 1), (text(leader["titleOrRank"]), 1), ("现从事专业", 1), (text(leader["specialty"]), 1)],
    [("", 1), ("所在部门", 1), (text(leader["department"]), 3), ("职务", 1), (text(leader["position"]), 1)],
    [("", 1), ("手机", 1), (text(leader["mobile"]), 3), ("电子邮箱", 1), (text(leader["email"]), 1)],
    [("", 1), ("固定电话", 1), (text(leader["landline"]), 3), ("签名", 1), ("", 1)],
])
grid.cell(0, 0).merge(grid.cell(4, 0))
fields = ["name", "idNumber", "department", "titleOrRank", "education", "specialty", "task"]
table(document, [450, 800, 1950, 1000, 1100, 850, 950, 1206],
      [[("项目组全部成员", 8)], [("序号", 1)] + [(f, 1) for f in ["姓名", "身份证号码", "所在部门", "职务/职称", "学历", "现从事专业", "承担任务"]]] +
      [[(str(i + 1), 1)] + [(text(member[f]), 1) for f in fields] for i, member in enumerate(draft["members"])])

document.add_heading("五、单位意见", level=1)
for label, key in [("申报单位承诺及意见", "applicant"), ("推荐单位意见", "recommender")]:
    opinion = draft["opinions"][key]
    table(document, [1800, 6506], [[(label, 1), (f"{text(opinion['text'])}\n\n\n\n单位签章：\n{text(opinion['date'])}", 1)]])

document.add_heading(form["wording"]["attachmentsTitle"], level=1)
table(document, [700, 3400, 4206], [[("序号", 1), ("材料类别", 1), ("材料名称", 1)]] +
      [[(str(i + 1), 1), (a["category"], 1), (text(a.get("title")), 1)] for i, a in enumerate(draft["attachments"])])
document.save(out_path)
