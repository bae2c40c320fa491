#!/usr/bin/env python3
"""Write adversarial inputs for docxforms into a folder (not committed: some
are large, all are quick to make). Tests/Hostile/check.py builds them into a
temporary folder and runs docxforms on each.

    python3 Fixtures/make_hostile.py OUT_DIR SECRET_FILE

SECRET_FILE is a local file whose content must never reach docxforms' output:
the XXE inputs point their entities at it. Every input is listed in CASES with
what docxforms must answer: the error code it reports (DocxError.code), or
"record" for input that is valid and must convert ("not-a-form" for valid
Word documents that hold no form: read, and refused with exit 18).
"""
import os
import random
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_fixtures import (NS, REL, MAIN_TYPE, content_types, crc_corrupted, document, ole, p, rels, sdt,  # noqa: E402
                           spreadsheet_parts, word_package, write_zip)

# name -> the error code docxforms gives, or "record".
CASES = {
    "zip-bomb.docx": "limit-exceeded",
    "many-entries.docx": "limit-exceeded",
    "truncated.docx": "damaged-zip",
    "crc-error.docx": "crc-error",
    "encrypted.docx": "encrypted",
    "doc-renamed.docx": "legacy-doc",
    "spreadsheet-renamed.docx": "not-a-word-document",
    "empty.docx": "empty-file",
    "random-bytes.docx": "not-a-zip",
    "billion-laughs.docx": "doctype-refused",
    "xxe-file.docx": "doctype-refused",
    "xxe-parameter-entity.docx": "doctype-refused",
    "deep-nesting.docx": "limit-exceeded",
    "huge-text-node.docx": "limit-exceeded",
    "duplicate-part-names.docx": "damaged-zip",
    "relationship-outside-package.docx": "not-a-form",
    "relationship-to-missing-part.docx": "not-a-form",
    "main-part-outside-package.docx": "missing-part",
    "path-traversal-names.docx": "not-a-form",
    "many-controls.docx": "limit-exceeded",
}


def raw_zip(path, entries):
    """A zip of (name, bytes) written as given, duplicate names included."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode() if isinstance(data, str) else data)


def main():
    out, secret = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    path = lambda name: os.path.join(out, name)  # noqa: E731
    rng = random.Random(7)
    good = write_zip(path("good.docx"), word_package(p("Een goed document met wat tekst " * 20)))
    os.remove(path("good.docx"))

    # A zip bomb: a small file whose one part inflates to 1 GiB of spaces.
    with zipfile.ZipFile(path("zip-bomb.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in word_package(p("x"))[:2]:
            z.writestr(name, data)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(document("").encode()[:-len("</w:body></w:document>")])
            block = b" " * (1 << 20)
            for _ in range(1024):
                f.write(block)
            f.write(b"</w:body></w:document>")
    raw_zip(path("many-entries.docx"), word_package(p("x")) + [(f"e/{i}", "") for i in range(20_000)])
    with open(path("truncated.docx"), "wb") as f:
        f.write(good[: len(good) // 2])
    with open(path("crc-error.docx"), "wb") as f:
        f.write(crc_corrupted(good))
    with open(path("encrypted.docx"), "wb") as f:
        f.write(ole(["Root Entry", "EncryptionInfo", "EncryptedPackage"]))
    with open(path("doc-renamed.docx"), "wb") as f:
        f.write(ole(["Root Entry", "WordDocument", "1Table"]))
    write_zip(path("spreadsheet-renamed.docx"), spreadsheet_parts())
    open(path("empty.docx"), "wb").close()
    with open(path("random-bytes.docx"), "wb") as f:
        f.write(bytes(rng.getrandbits(8) for _ in range(64 << 10)))
    laughs = '<!ENTITY l0 "ha">' + "".join(f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    write_zip(path("billion-laughs.docx"), word_package(
        f'<?xml version="1.0"?><!DOCTYPE w:document [{laughs}]><w:document {NS}><w:body>{p("&l9;")}</w:body></w:document>'))
    write_zip(path("xxe-file.docx"), word_package(
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]><w:document {NS}><w:body>{p("&x;")}</w:body></w:document>'))
    write_zip(path("xxe-parameter-entity.docx"), word_package(
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY % x SYSTEM "file://{secret}"> %x;]><w:document {NS}><w:body>{p("y")}</w:body></w:document>'))
    write_zip(path("deep-nesting.docx"), word_package(document("<w:p>" + "<w:r>" * 5000 + "</w:r>" * 5000 + "</w:p>")))
    # 12 MiB of random letters in one w:t: beyond the text-node limit, not the compression ratio.
    letters = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(12 << 20))
    write_zip(path("huge-text-node.docx"), word_package(p(letters)))
    raw_zip(path("duplicate-part-names.docx"), word_package(p("eerste")) + [("word/document.xml", document(p("tweede")))])
    # Relationships that point outside the package, and at a part that is not there.
    write_zip(path("relationship-outside-package.docx"), word_package(
        p("binnen"), extra_rels=[("rId9", f"{REL}/footer", "../../../../" + secret.lstrip("/"), ""),
                                 ("rId8", f"{REL}/header", "/" + secret.lstrip("/"), "")]))
    write_zip(path("relationship-to-missing-part.docx"), word_package(p("binnen"), extra_rels=[("rId9", f"{REL}/footer", "footer9.xml", "")]))
    write_zip(path("main-part-outside-package.docx"), [
        ("[Content_Types].xml", content_types([("/word/document.xml", MAIN_TYPE)])),
        ("_rels/.rels", rels([("rId1", f"{REL}/officeDocument", "../../../../" + secret.lstrip("/"), "")]))])
    raw_zip(path("path-traversal-names.docx"), word_package(p("binnen")) + [("../../evil.txt", "kwaad"), ("/etc/evil", "kwaad"),
                                                                            ("word/../../../evil.xml", "<x/>")])
    controls = "".join(sdt(f'<w:tag w:val="t{rng.getrandbits(40)}"/><w:id w:val="{rng.getrandbits(31)}"/>',
                           f'<w:r><w:t>{rng.getrandbits(30)}</w:t></w:r>') for _ in range(300_000))
    write_zip(path("many-controls.docx"), word_package(f"<w:p>{controls}</w:p>"))


if __name__ == "__main__":
    main()
