#!/usr/bin/env python3
"""Writes hostile bundles into FOLDER, one per attack, each named after the finding it must get.

Usage: make_hostile_zips.py FOLDER
"""
import os
import struct
import sys
import warnings
import zipfile

folder = sys.argv[1]
ROOT = "上海某中心-申报材料/"
DECLARATION = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"


def bundle(name, entries, compression=zipfile.ZIP_STORED, declaration=True):
    path = os.path.join(folder, name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(path, "w", compression) as archive:
            if declaration:
                archive.writestr(ROOT + "bagit.txt", DECLARATION)
            for entry, data in entries:
                archive.writestr(entry, data)
    return path


bundle("zip-unsafe-name-parent.zip", [(ROOT + "data/../../evil.txt", b"x")])
bundle("zip-unsafe-name-absolute.zip", [("/etc/evil.txt", b"x")])
bundle("zip-unsafe-name-backslash.zip", [(ROOT + "data\\..\\evil.txt", b"x")])
link = zipfile.ZipInfo(ROOT + "data/link")
link.create_system = 3
link.external_attr = 0o120777 << 16
bundle("zip-symlink.zip", [(link, b"/etc/passwd")])
bundle("zip-duplicate-name.zip", [(ROOT + "data/a.txt", b"one"), (ROOT + "data/a.txt", b"two")])
# Windows reads a drive letter as the root of a disk; a terminal acts on an escape in a name (which
# libzip refuses to read as UTF-8); the same name composed (NFC) and decomposed (NFD) is one file on macOS.
bundle("zip-unsafe-name-drive.zip", [("C:/Windows/evil.txt", b"x")])
bundle("zip-unreadable-escape-in-name.zip", [(ROOT + "data/a\x1b[2Jb.txt", b"x")])
bundle("zip-duplicate-name-nfd.zip", [(ROOT + "data/caf\u00e9.txt", b"one"), (ROOT + "data/cafe\u0301.txt", b"two")])
bundle("zip-bomb.zip", [(ROOT + "data/zeros.txt", b"\0" * (100 << 20))], zipfile.ZIP_DEFLATED)
bundle("zip-bomb-entries.zip", [(ROOT + f"data/{i}", b"") for i in range(100_001)])
bundle("zip-compression-lzma.zip", [(ROOT + "data/a.txt", b"lzma " * 100)], zipfile.ZIP_LZMA)

# A stored entry whose declared size (local header and central directory) is 10 bytes while
# 4096 bytes follow.
path = bundle("zip-size-mismatch.zip", [(ROOT + "data/lie.bin", b"L" * 4096)])
data = bytearray(open(path, "rb").read())
name = (ROOT + "data/lie.bin").encode()
local = data.find(b"PK\x03\x04" + data[4:4])  # first local header
offset = 0
while True:
    offset = data.find(b"PK\x03\x04", offset)
    if offset < 0:
        break
    name_length = struct.unpack_from("<H", data, offset + 26)[0]
    if data[offset + 30:offset + 30 + name_length] == name:
        struct.pack_into("<I", data, offset + 22, 10)
    offset += 4
central = data.find(b"PK\x01\x02")
while central >= 0:
    name_length = struct.unpack_from("<H", data, central + 28)[0]
    if data[central + 46:central + 46 + name_length] == name:
        struct.pack_into("<I", data, central + 24, 10)
    central = data.find(b"PK\x01\x02", central + 4)
open(path, "wb").write(bytes(data))
