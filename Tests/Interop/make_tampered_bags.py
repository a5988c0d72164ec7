#!/usr/bin/env python3
"""Writes tampered copies of a bundle made by `shenbao package` into FOLDER, one per way a bag
can be altered, and FOLDER/expected.json: for each, whether a validator must find the bag valid
and the finding code shenbao must give.

Every case but those marked "stricter" must get the same verdict from `shenbao verify` and from
bagit-python validating the unpacked bag. The stricter cases are where RFC 8493 asks more than
bagit-python checks (every payload file in every payload manifest, a tag manifest covering
bagit.txt, bag-info.txt and every payload manifest, no fetch.txt): shenbao refuses them and
bagit-python lets them pass.

Usage: make_tampered_bags.py BUNDLE.zip FOLDER
"""
import hashlib
import json
import os
import sys
import unicodedata
import zipfile

source, folder = sys.argv[1], sys.argv[2]
os.makedirs(folder, exist_ok=True)

with zipfile.ZipFile(source) as archive:
    ORIGINAL = [(info.filename, archive.read(info)) for info in archive.infolist()]
ROOT = ORIGINAL[0][0].split("/")[0] + "/"
PAYLOAD_FILES = [name[len(ROOT):] for name, _ in ORIGINAL if name.startswith(ROOT + "data/")]
ATTACHMENT = next(p for p in PAYLOAD_FILES if p.endswith(".pdf"))
DRAFT = next(p for p in PAYLOAD_FILES if p.endswith(".yaml"))
expected = {}


class Bag:
    """A bag as an ordered list of (path below the root, bytes), with helpers to re-seal it."""

    def __init__(self):
        self.files = [(name[len(ROOT):], data) for name, data in ORIGINAL]

    def get(self, path):
        return next(data for name, data in self.files if name == path)

    def set(self, path, data):
        for index, (name, _) in enumerate(self.files):
            if name == path:
                self.files[index] = (name, data)
                return
        self.files.append((path, data))

    def remove(self, path):
        self.files = [(name, data) for name, data in self.files if name != path]

    def payload(self):
        return [(name, data) for name, data in self.files if name.startswith("data/")]

    def manifest(self, algorithm, entries=None):
        entries = entries if entries is not None else self.payload()
        return "".join(f"{hashlib.new(algorithm, data).hexdigest()}  {name}\n"
                       for name, data in sorted(entries)).encode()

    def reseal_oxum(self):
        payload = self.payload()
        info = self.get("bag-info.txt").decode()
        lines = [line for line in info.splitlines() if not line.startswith("Payload-Oxum:")]
        lines.append(f"Payload-Oxum: {sum(len(d) for _, d in payload)}.{len(payload)}")
        self.set("bag-info.txt", ("\n".join(lines) + "\n").encode())

    def reseal_tags(self, algorithm="sha256"):
        """Rewrites tagmanifest-ALG.txt over bagit.txt, bag-info.txt and every payload manifest."""
        tags = [(name, data) for name, data in self.files
                if "/" not in name and not name.startswith("tagmanifest-")]
        self.set(f"tagmanifest-{algorithm}.txt", self.manifest(algorithm, tags))

    def write(self, case, valid, code=None, stricter=False, compression=zipfile.ZIP_DEFLATED):
        with zipfile.ZipFile(os.path.join(folder, case + ".zip"), "w", compression) as archive:
            for name, data in self.files:
                archive.writestr(ROOT + name, data)
        expected[case] = {"valid": valid, "code": code, "stricter": stricter}


def tampered(case, valid, code=None, stricter=False, **options):
    """Decorator: builds a fresh bag, lets the function alter it, writes it as CASE.zip."""
    def make(alter):
        bag = Bag()
        alter(bag)
        bag.write(case, valid, code, stricter, **options)
        return alter
    return make


def replace_line(text, old, new):
    assert old in text, old
    return text.replace(old, new, 1)


# --- Payload altered, added, removed, renamed ---------------------------------------------------
tampered("attachment-edited", False, "bag-checksum")(lambda b: b.set(ATTACHMENT, b.get(ATTACHMENT) + b"%"))
tampered("draft-edited", False, "bag-checksum")(
    lambda b: b.set(DRAFT, b.get(DRAFT).replace("上海".encode(), "北京".encode(), 1)))
tampered("payload-removed", False, "bag-file-missing")(lambda b: b.remove(ATTACHMENT))
tampered("payload-added", False, "bag-file-unlisted")(lambda b: b.set("data/附件/后加.pdf", b"%PDF-1.4\n"))
tampered("payload-renamed", False, "bag-file-missing")(
    lambda b: (b.set(ATTACHMENT.replace(".pdf", "-改名.pdf"), b.get(ATTACHMENT)), b.remove(ATTACHMENT)))
tampered("payload-emptied", False, "bag-checksum")(lambda b: b.set(ATTACHMENT, b""))


@tampered("payload-edited-manifest-updated", False, "bag-tag-checksum")
def _(bag):
    bag.set(ATTACHMENT, bag.get(ATTACHMENT) + b" ")
    bag.set("manifest-sha256.txt", bag.manifest("sha256"))
    bag.reseal_oxum()


@tampered("payload-edited-everything-resealed", True)
def _(bag):
    # Whoever re-hashes every manifest makes a valid bag: only a receipt of what was sent tells.
    bag.set(ATTACHMENT, bag.get(ATTACHMENT) + b" ")
    bag.set("manifest-sha256.txt", bag.manifest("sha256"))
    bag.reseal_oxum()
    bag.reseal_tags()


@tampered("nfd-twin-of-an-nfc-name", False, "zip-duplicate-name")
def _(bag):
    # A forged file whose name is the NFD form of a genuine NFC name: Swift's String equality
    # merges the two, unzip writes both.
    genuine = unicodedata.normalize("NFC", "data/附件/Café-证明.pdf")
    bag.set(genuine, b"%PDF-1.4 genuine\n")
    bag.set("manifest-sha256.txt", bag.manifest("sha256"))
    bag.reseal_oxum()
    bag.reseal_tags()
    bag.files.append((unicodedata.normalize("NFD", genuine), b"%PDF-1.4 forged\n"))


@tampered("same-name-twice", False, "zip-duplicate-name")
def _(bag):
    bag.files.append((ATTACHMENT, bag.get(ATTACHMENT) + b" forged"))


# --- bag-info.txt and Payload-Oxum ---------------------------------------------------------------
tampered("bag-info-edited", False, "bag-tag-checksum")(
    lambda b: b.set("bag-info.txt", b.get("bag-info.txt").replace("市教委".encode(), "市科委".encode())))
tampered("oxum-wrong", False, "bag-oxum")(lambda b: (b.set("bag-info.txt", replace_line(
    b.get("bag-info.txt").decode(), "Payload-Oxum: ", "Payload-Oxum: 1").encode()), b.reseal_tags()))
tampered("oxum-malformed", False, "bag-oxum")(lambda b: (b.set("bag-info.txt", replace_line(
    b.get("bag-info.txt").decode(), "Payload-Oxum: ", "Payload-Oxum: many.").encode()), b.reseal_tags()))
tampered("bag-info-line-without-colon", False, "bag-info-malformed")(lambda b: (b.set("bag-info.txt",
    b.get("bag-info.txt") + "这一行没有冒号\n".encode()), b.reseal_tags()))
tampered("bag-info-folded-line", True)(lambda b: (b.set("bag-info.txt",
    b.get("bag-info.txt") + b"Internal-Sender-Description: first\n  continued\n"), b.reseal_tags()))

# --- bagit.txt ------------------------------------------------------------------------------------
tampered("bagit-txt-removed", False, "bag-layout")(lambda b: b.remove("bagit.txt"))
tampered("bagit-txt-bom", False, "bag-declaration")(
    lambda b: (b.set("bagit.txt", b"\xef\xbb\xbf" + b.get("bagit.txt")), b.reseal_tags()))
tampered("bagit-txt-version-2", False, "bag-declaration")(
    lambda b: (b.set("bagit.txt", b.get("bagit.txt").replace(b"1.0", b"2.0")), b.reseal_tags()))
tampered("bagit-txt-edited-unsealed", False, "bag-tag-checksum")(
    lambda b: b.set("bagit.txt", b.get("bagit.txt").replace(b"1.0", b"0.97")))

# --- manifest-sha256.txt --------------------------------------------------------------------------
tampered("manifest-checksum-altered", False, "bag-checksum")(lambda b: (b.set("manifest-sha256.txt",
    b.manifest("sha256").replace(hashlib.sha256(b.get(ATTACHMENT)).hexdigest().encode(), b"0" * 64)), b.reseal_tags()))
tampered("manifest-line-removed", False, "bag-file-unlisted")(lambda b: (b.set("manifest-sha256.txt",
    b.manifest("sha256", [(n, d) for n, d in b.payload() if n != ATTACHMENT])), b.reseal_tags()))
tampered("manifest-lists-missing-file", False, "bag-file-missing")(lambda b: (b.set("manifest-sha256.txt",
    b.manifest("sha256", b.payload() + [("data/附件/不存在.pdf", b"x")])), b.reseal_tags()))
tampered("manifest-line-repeated", False, "bag-manifest-duplicate")(lambda b: (b.set("manifest-sha256.txt",
    b.manifest("sha256") + b.manifest("sha256", [(ATTACHMENT, b.get(ATTACHMENT))])), b.reseal_tags()))
tampered("manifest-line-conflicting", False, "bag-manifest-duplicate")(lambda b: (b.set("manifest-sha256.txt",
    b.manifest("sha256") + f"{'0' * 64}  {ATTACHMENT}\n".encode()), b.reseal_tags()))
tampered("manifest-path-escapes", False, "bag-manifest-malformed")(lambda b: (b.set("manifest-sha256.txt",
    b.manifest("sha256") + f"{'0' * 64}  data/../../etc/passwd\n".encode()), b.reseal_tags()))
tampered("manifest-removed", False, "bag-file-missing")(lambda b: (b.remove("manifest-sha256.txt"), b.reseal_tags()))
tampered("manifest-crlf", True)(lambda b: (b.set("manifest-sha256.txt",
    b.manifest("sha256").replace(b"\n", b"\r\n")), b.reseal_tags()))
tampered("manifest-reordered", True)(lambda b: (b.set("manifest-sha256.txt",
    b"".join(reversed(b.manifest("sha256").splitlines(keepends=True)))), b.reseal_tags()))
tampered("manifest-upper-case-hex", True)(lambda b: (b.set("manifest-sha256.txt",
    b"".join(line[:64].upper() + line[64:] for line in b.manifest("sha256").splitlines(keepends=True))), b.reseal_tags()))
tampered("manifest-comment-line", True)(lambda b: (b.set("manifest-sha256.txt",
    b"# made by hand\n" + b.manifest("sha256")), b.reseal_tags()))

# --- Other algorithms: every manifest present is checked -----------------------------------------
tampered("extra-sha512-manifest", True)(lambda b: (b.set("manifest-sha512.txt", b.manifest("sha512")), b.reseal_tags()))
tampered("extra-sha512-wrong-checksum", False, "bag-checksum")(lambda b: (b.set("manifest-sha512.txt",
    b.manifest("sha512").replace(hashlib.sha512(b.get(ATTACHMENT)).hexdigest().encode(), b"0" * 128)), b.reseal_tags()))
tampered("extra-sha512-lists-missing-file", False, "bag-file-missing")(lambda b: (b.set("manifest-sha512.txt",
    b.manifest("sha512", b.payload() + [("data/附件/不存在.pdf", b"x")])), b.reseal_tags()))
tampered("extra-md5-wrong-checksum", False, "bag-checksum")(lambda b: (b.set("manifest-md5.txt",
    b.manifest("md5").replace(hashlib.md5(b.get(DRAFT)).hexdigest().encode(), b"f" * 32)), b.reseal_tags()))
tampered("extra-sha1-manifest", True)(lambda b: (b.set("manifest-sha1.txt", b.manifest("sha1")), b.reseal_tags()))
tampered("extra-tagmanifest-sha512-wrong", False, "bag-tag-checksum")(lambda b: (b.reseal_tags("sha512"),
    b.set("tagmanifest-sha512.txt", b"0" * 128 + b.get("tagmanifest-sha512.txt")[128:])))
tampered("extra-tagmanifest-md5-wrong", False, "bag-tag-checksum")(lambda b: (b.reseal_tags("md5"),
    b.set("tagmanifest-md5.txt", b"0" * 32 + b.get("tagmanifest-md5.txt")[32:])))
tampered("extra-tagmanifest-md5", True)(lambda b: b.reseal_tags("md5"))
tampered("extra-tag-file", True)(lambda b: (b.set("说明.txt", "收件人备注\n".encode()), b.reseal_tags()))

# --- fetch.txt ------------------------------------------------------------------------------------
tampered("fetch-malformed-url", False, "bag-fetch")(lambda b: (b.set("fetch.txt",
    f"not-a-url 10 {ATTACHMENT}\n".encode()), b.reseal_tags()))
tampered("fetch-missing-file", False, "bag-fetch")(lambda b: (b.set("fetch.txt",
    f"https://example.org/x.pdf 769 {ATTACHMENT}\n".encode()), b.remove(ATTACHMENT), b.reseal_tags()))
tampered("fetch-escaping-path", False, "bag-fetch")(lambda b: (b.set("fetch.txt",
    b"https://example.org/x 1 ../../evil\n"), b.reseal_tags()))

# --- Stricter than bagit-python, by RFC 8493 ------------------------------------------------------
tampered("tagmanifest-emptied", False, "bag-tag-checksum", stricter=True)(
    lambda b: b.set("tagmanifest-sha256.txt", b""))
tampered("tagmanifest-emptied-bag-info-edited", False, "bag-tag-checksum", stricter=True)(
    lambda b: (b.set("tagmanifest-sha256.txt", b""),
               b.set("bag-info.txt", b.get("bag-info.txt").replace("市教委".encode(), "市科委".encode()))))
tampered("tagmanifest-removed", False, "bag-tag-checksum", stricter=True)(lambda b: b.remove("tagmanifest-sha256.txt"))
tampered("tagmanifest-without-bag-info", False, "bag-tag-checksum", stricter=True)(lambda b: b.set(
    "tagmanifest-sha256.txt", b"".join(line for line in b.get("tagmanifest-sha256.txt").splitlines(keepends=True)
                                       if b"bag-info.txt" not in line)))
tampered("extra-sha512-missing-a-file", False, "bag-file-unlisted", stricter=True)(lambda b: (b.set(
    "manifest-sha512.txt", b.manifest("sha512", [(n, d) for n, d in b.payload() if n != ATTACHMENT])), b.reseal_tags()))
tampered("fetch-well-formed", False, "bag-fetch", stricter=True)(lambda b: (b.set("fetch.txt",
    f"https://example.org/x.pdf 769 {ATTACHMENT}\n".encode()), b.reseal_tags()))
tampered("md5-manifest-only", False, "bag-manifest-algorithm", stricter=True)(lambda b: (
    b.set("manifest-md5.txt", b.manifest("md5")), b.remove("manifest-sha256.txt"), b.reseal_tags()))
tampered("unknown-algorithm-manifest", False, "bag-manifest-algorithm", stricter=True)(lambda b: (
    b.set("manifest-crc32.txt", b"00000000  data/x\n"), b.reseal_tags()))

with open(os.path.join(folder, "expected.json"), "w") as out:
    json.dump(expected, out, ensure_ascii=False, indent=1, sort_keys=True)
print(len(expected), "tampered bags,", sum(not e["stricter"] for e in expected.values()), "to agree on")
