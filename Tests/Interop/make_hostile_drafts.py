#!/usr/bin/env python3
"""Writes hostile drafts (YAML and JSON) into FOLDER, each of which `shenbao validate` must
answer with exit code 1 or 2, at most three lines on standard error, quickly and in bounded
memory. EXAMPLE is the form's example draft, which some of them alter.

Usage: make_hostile_drafts.py EXAMPLE.yaml FOLDER
"""
import json
import os
import sys

example_path, folder = sys.argv[1], sys.argv[2]
os.makedirs(folder, exist_ok=True)
example = open(example_path, encoding="utf-8").read()
HEAD = "form: shanghai-ip-operations-2021\n"


def write(name, text):
    with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as out:
        out.write(text)


def write_bytes(name, data):
    with open(os.path.join(folder, name), "wb") as out:
        out.write(data)


def edited(old, new):
    assert old in example, old
    return example.replace(old, new, 1)


# Size: ~99,000 keys (7.3 MB, under the 8 MiB limit): read in linear time.
write("keys-99k.yaml", HEAD + "".join(f"key_{i:06d}_{'x' * 24}: {'v' * 36}\n" for i in range(99_000)))
write("members-12k.yaml", example[:example.index("members:")] + "members:\n" + (
    "  - name: 陈立华\n    idNumber: \"310104197803150412\"\n    department: 专利运营部\n"
    "    titleOrRank: 研究员\n    education: 博士研究生\n    specialty: 知识产权管理\n    task: 统筹\n") * 12_000)
# 30 000 identical members (1.7 MB): each problem of a column one finding, the report small.
write("members-30k-identical.json", json.dumps({"form": "shanghai-ip-operations-2021", "members": [
    {"name": "王静怡", "idNumber": "310110198507220625"}] * 30_000}, ensure_ascii=False))
write("long-key.yaml", HEAD + "? " + "k" * (7 << 20) + "\n: v\n")
write("long-plan.yaml", edited("plan: ", "plan: " + "计划" * (1 << 20) + " "))
write("long-line-no-breaks.yaml", HEAD + "capability: " + "x" * (7 << 20) + "\n")
write_bytes("over-8-mib.yaml", HEAD.encode() + b"# " + b"x" * (8 << 20) + b"\n")

# Expansion and nesting.
laughs = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"a{i}: &a{i} [{', '.join(['*a%d' % (i - 1)] * 10)}]\n" for i in range(1, 10))
write("alias-bomb.yaml", HEAD + laughs)
write("deep-flow.yaml", HEAD + "unit: " + "[" * 50_000 + "]" * 50_000 + "\n")
write("deep-block.yaml", HEAD + "unit:\n" + "".join(" " * i + "- \n" for i in range(1, 3000)))
write("deep-mapping.json", '{"form": "shanghai-ip-operations-2021", "unit": ' + '{"a": ' * 20_000 + "1" + "}" * 20_001)
write("wide-array.json", json.dumps({"form": "shanghai-ip-operations-2021", "members": [{}] * 200_000}))

# Look-alike characters in numbers and codes.
write("kelvin-sign-credit-code.yaml", edited('creditCode: "12310104425077310B"', 'creditCode: "12310104\u212A25077310B"')
      if 'creditCode: "12310104425077310B"' in example else edited("12310104425077310B", "12310104\u212A25077310B"))
write("combining-mark-in-id.yaml", edited("310104197803150412", "31010419780315041\u0301" + "2"))
write("fullwidth-digits-mobile.yaml", edited("15021889360", "１５０２１８８９３６０"))
write("arabic-indic-postcode.yaml", edited("200030", "٢٠٠٠٣٠"))

# What would act on a terminal, and what is not text.
write("terminal-escapes.yaml", edited("recommender: 市教委", 'recommender: "\\e[2J\\e[31m市\\u202Egnp.exe\\u0007"'))
write_bytes("nul-bytes.yaml", HEAD.encode() + b"unit:\n  name: \"a\x00b\"\n")
write_bytes("gbk.yaml", HEAD.encode() + "unit:\n  name: 上海\n".encode("gbk"))
write_bytes("utf16.yaml", "\ufeff".encode("utf-16-le") + (HEAD + "unit: {}\n").encode("utf-16-le"))
write_bytes("invalid-utf8.yaml", HEAD.encode() + b"unit:\n  name: \xc3\x28\n")

# Shapes the form does not expect.
write("top-level-list.yaml", "- a\n- b\n")
write("scalar-only.yaml", "just text\n")
write("empty.yaml", "")
write("complex-key.yaml", HEAD + "? [a, b]\n: c\n")
write("duplicate-keys.yaml", HEAD + "unit: {}\nunit: {}\n")
write("wrong-types.yaml", HEAD + "cover: [1, 2]\nunit: text\nmembers: {a: b}\nattachments: 7\n")
write("huge-numbers.yaml", edited("keyUnits:", "keyUnits: 99999999999999999999999999999999999999\n  ignored:"))
write("impossible-dates.yaml", example.replace("2021-05-20", "99999-99-99"))
write("unknown-form.yaml", "form: " + "x" * 10_000 + "\n")
write("attachment-paths.yaml", edited("attachments:\n", "attachments:\n  - category: other\n    path: ../../../../etc/passwd\n"
                                      "  - category: other\n    path: /dev/zero\n  - category: other\n    path: \"\\0\"\n"))
