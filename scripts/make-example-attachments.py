#!/usr/bin/env python3
"""Writes the example application's attachments: small, real PDF and PNG files.

The files stand in for scanned copies; each says in plain text what it stands for. Run from
the repository root: python3 scripts/make-example-attachments.py
"""
import pathlib
import struct
import zlib

FOLDER = pathlib.Path("forms/shanghai-ip-operations-2021/example/附件")


def pdf(lines):
    """A one-page A4 PDF showing `lines` in Helvetica, with a correct cross-reference table."""
    text = "BT /F1 14 Tf 72 770 Td 18 TL " + " ".join(
        "(%s) '" % line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines
    ) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text.encode("ascii")),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def png(width, height, colour):
    """A plain PNG of one colour with a darker frame."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            edge = x < 4 or y < 4 or x >= width - 4 or y >= height - 4
            rows += bytes(c // 2 for c in colour) if edge else bytes(colour)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b"")


FILES = {
    "事业单位法人证书.pdf": pdf(["Certificate of Public Institution Legal Person (specimen copy)",
                             "Unified social credit code: 12310104425077310B",
                             "Shanghai Pujiang University Technology Transfer Service Center"]),
    "国家技术转移示范机构证书.png": png(240, 170, (214, 182, 120)),
    "项目团队职称证书.pdf": pdf(["Professional title and qualification certificates (specimen copies)",
                             "Project leader and six team members"]),
    "项目任务书和成果证明.pdf": pdf(["Project task statements, 2018-2020 (cover pages)",
                               "Results: 412 licence and transfer contracts"]),
    "申报单位承担项目能力详细说明.pdf": pdf(["Applicant capability: detailed statement (attached pages)"]),
    "项目实施方案详细说明.pdf": pdf(["Implementation plan and performance targets: detailed plan"]),
}

if __name__ == "__main__":
    FOLDER.mkdir(parents=True, exist_ok=True)
    for name, data in FILES.items():
        (FOLDER / name).write_bytes(data)
        print(FOLDER / name, len(data), "bytes")
