#!/usr/bin/env python3
"""Rewrites the ZIP archive SRC as DST the way some writers lay archives out, which unzip and
Python's zipfile read but libzip's strict consistency check refuses: every local header with a
modification time other than the central directory's (as in pandoc's
test_docx_alternate_document_path.docx) and padded with an extra field the central directory
does not repeat, and a gap of unused bytes before every entry but the first.

Usage: loosen_zip.py SRC DST
"""
import struct
import sys
import zipfile

source, target = sys.argv[1], sys.argv[2]
data = open(source, "rb").read()
infos = sorted(zipfile.ZipFile(source).infolist(), key=lambda info: info.header_offset)
end = data.rfind(b"PK\x05\x06")
directory_size, directory_offset = struct.unpack_from("<II", data, end + 12)
PADDING = struct.pack("<HH", 0xCAFE, 24) + bytes(24)  # an extra field of Word's padding kind
GAP = b"\0" * 37

out = bytearray()
moved = {}
for number, info in enumerate(infos):
    start = info.header_offset
    stop = infos[number + 1].header_offset if number + 1 < len(infos) else directory_offset
    if number:
        out += GAP
    moved[start] = len(out)
    header = bytearray(data[start:start + 30])
    name_length, extra_length = struct.unpack_from("<HH", header, 26)
    struct.pack_into("<H", header, 28, extra_length + len(PADDING))
    struct.pack_into("<H", header, 10, (struct.unpack_from("<H", header, 10)[0] + 91) & 0xFFFF)
    out += header + data[start + 30:start + 30 + name_length + extra_length] + PADDING
    out += data[start + 30 + name_length + extra_length:stop]
directory = bytearray(data[directory_offset:directory_offset + directory_size])
position = 0
while position < len(directory):
    offset = struct.unpack_from("<I", directory, position + 42)[0]
    struct.pack_into("<I", directory, position + 42, moved[offset])
    name_length, extra_length, comment_length = struct.unpack_from("<HHH", directory, position + 28)
    position += 46 + name_length + extra_length + comment_length
new_directory = len(out)
out += directory
tail = bytearray(data[end:])
struct.pack_into("<I", tail, 16, new_directory)
out += tail
open(target, "wb").write(out)
