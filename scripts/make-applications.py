#!/usr/bin/env python3
"""Writes a folder of N applications made from the bundled example, for tests and benchmarks.

Usage: make-applications.py FOLDER N [--broken EXPECTED.json]

Each application gets its own folder (app-0001/ …) with draft.yaml and small attachments whose
contents differ between applications. Units, credit codes and ID numbers are distinct and valid
(check characters computed by GB 32100, GB 11714 and GB 11643). With --broken, some are broken
in known ways, and EXPECTED.json (outside the folder) says which:
  every 20th (i % 20 == 5)   a postcode of five digits: errors, not packaged
  every 50th (i % 50 == 7)   a draft that is a YAML list: unreadable
  i % 40 == 3                the leader's ID number is app-0001's leader's: a shared team member
  i % 100 == 11              the licence PDF is app-0001's, byte for byte: a shared attachment
  app-0003                   uses app-0002's credit code: one credit code twice
Every third application (i % 3 == 1) is recommended by 市科委, the others by the example's 市教委.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "forms/shanghai-ip-operations-2021/example"
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
# The example's ID numbers, in a fixed order, and the sex each records.
EXAMPLE_IDS = ["310106196904270374", "310104197803150412", "310110198507220625", "310115198209081139",
               "31010119900114028X", "310112198811300550", "310104199306050866"]


def id_number(region, year, month, day, sequence):
    first = f"{region}{year:04d}{month:02d}{day:02d}{sequence:03d}"
    return first + "10X98765432"[sum(int(c) * w for c, w in zip(first, ID_WEIGHTS)) % 11]


def credit_code(index):
    body = f"{index + 10000000:08d}"
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    check = 11 - sum(int(c) * w for c, w in zip(body, weights)) % 11
    organisation = body + ("X" if check == 10 else "0" if check == 11 else str(check))
    first = "12310104" + organisation
    return first + CODE_ALPHABET[(31 - sum(CODE_ALPHABET.index(c) * w for c, w in zip(first, CODE_WEIGHTS)) % 31) % 31]


def ids_for(index):
    """Distinct ID numbers for the seven people of application `index`, of the same sexes."""
    year, day = 1960 + index % 40, 1 + index % 28
    month = 1 + (index // 40) % 12
    out = []
    for person, old in enumerate(EXAMPLE_IDS):
        male = int(old[16]) % 2 == 1
        sequence = (index // 480) * 20 + person * 2 + (1 if male else 2)
        out.append(id_number("310104", year, month, day, sequence))
    return out


def main():
    folder, count = pathlib.Path(sys.argv[1]), int(sys.argv[2])
    broken = "--broken" in sys.argv
    expected_path = sys.argv[sys.argv.index("--broken") + 1] if broken else None
    template = (EXAMPLE / "draft.yaml").read_text(encoding="utf-8")
    expected = {"refused": [], "unreadable": [], "sharedMember": [], "sharedAttachment": [], "sharedCode": []}
    first_leader = ids_for(0)[1]
    for index in range(count):
        name = f"app-{index + 1:04d}"
        app = folder / name
        (app / "附件").mkdir(parents=True, exist_ok=True)
        text = template.replace("上海浦江高校技术转移服务中心", f"上海第{index + 1}号知识产权运营服务中心")
        code = credit_code(1 if broken and index == 2 else index)
        text = text.replace("12310104425077310B", code)
        if index % 3 == 1:
            text = text.replace("  recommender: 市教委\n", "  recommender: 市科委\n")
        people = ids_for(index)
        if broken and index % 40 == 3:
            people[1] = first_leader
            expected["sharedMember"].append(f"{name}/draft.yaml")
        for old, new in zip(EXAMPLE_IDS, people):
            text = text.replace(old, new)
        if broken and index % 20 == 5:
            text = text.replace('postcode: "200030"', 'postcode: "20003"')
            expected["refused"].append(f"{name}/draft.yaml")
        if broken and index % 50 == 7:
            text = "- 这不是申报草稿\n- 而是一个列表\n"
            expected["unreadable"].append(f"{name}/draft.yaml")
        if broken and index == 2:
            expected["sharedCode"] = ["app-0002/draft.yaml", "app-0003/draft.yaml"]
        (app / "draft.yaml").write_text(text, encoding="utf-8")
        for source in sorted((EXAMPLE / "附件").iterdir()):
            data = source.read_bytes()
            shared = broken and index % 100 == 11 and source.name == "事业单位法人证书.pdf"
            if not shared:
                data += f"\n%{name}\n".encode()
            elif index:
                expected["sharedAttachment"].append(f"{name}/draft.yaml")
            (app / "附件" / source.name).write_bytes(data)
        if broken and index == 0:
            licence = app / "附件" / "事业单位法人证书.pdf"
            licence.write_bytes((EXAMPLE / "附件" / "事业单位法人证书.pdf").read_bytes())
    if broken:
        expected["sharedMember"].insert(0, "app-0001/draft.yaml")
        expected["sharedAttachment"].insert(0, "app-0001/draft.yaml")
        pathlib.Path(expected_path).write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
