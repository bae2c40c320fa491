#!/usr/bin/env python3
"""Conformance of `docxforms dump` on the shared corpus of real .docx files.

For every file in ../shared/corpus/docx (skipped cleanly when absent):
  * the run ends within the time limit, without a crash (exit 0, or one of the
    documented error codes 3-14 with a message that names the file);
  * checkbox states of content controls (w14:checked) and of legacy form
    fields (w:checked, else w:default), drop-down/combo-box values and date
    picker values equal what the XML says, read independently here with
    Python's own zip and XML libraries;
  * with --agreement, `dump --text` is compared with pandoc's plain text in
    reference/ (word-level F1), and the distribution is printed.

Usage: python3 Tests/Conformance/corpus_check.py BINARY [CORPUS] [--agreement]
Ends with a line 'N passed, N failed'. Exit status 1 when anything failed.
"""
import collections
import json
import os
import re
import subprocess
import sys
import time
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WS = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
TIME_LIMIT = 2.0
ERROR_CODES = set(range(3, 15))


def main_part(z):
    rels = ET.fromstring(z.read("_rels/.rels"))
    for rel in rels:
        if rel.get("Type", "").endswith("/officeDocument"):
            return rel.get("Target").lstrip("/")
    return None


def w(tag, strict):
    return (WS if strict else W) + tag


def drop_fallbacks(root):
    """docxforms reads the mc:Choice it understands and never both; the
    oracle drops every mc:Fallback whose AlternateContent has a Choice."""
    for alternate in root.iter(MC + "AlternateContent"):
        if alternate.find(MC + "Choice") is not None:
            for fallback in alternate.findall(MC + "Fallback"):
                alternate.remove(fallback)


def expected_values(path):
    """What the XML says, for the main part: (checkboxes, dropdowns, dates, legacy checkboxes)."""
    with zipfile.ZipFile(path) as z:
        part = main_part(z)
        root = ET.fromstring(z.read(part))
    strict = root.tag.startswith(WS)
    drop_fallbacks(root)
    checkboxes, choices, dates, legacy = [], [], [], []
    val = w("val", strict)
    for sdt in root.iter(w("sdt", strict)):
        pr = sdt.find(w("sdtPr", strict))
        if pr is None:
            continue
        bound = pr.find(w("dataBinding", strict)) is not None
        placeholder = pr.find(w("showingPlcHdr", strict))
        showing = placeholder is not None and placeholder.get(val, "true") not in ("0", "false", "off")
        content = sdt.find(w("sdtContent", strict))
        text = "".join(t.text or "" for t in content.iter(w("t", strict))) if content is not None else ""
        box = pr.find(W14 + "checkbox")
        if box is not None:
            checked = box.find(W14 + "checked")
            state = checked is not None and checked.get(W14 + "val", "true") in ("1", "true")
            checkboxes.append(None if bound else state)
            continue
        lists = pr.find(w("dropDownList", strict))
        if lists is None:
            lists = pr.find(w("comboBox", strict))
        if lists is not None:
            items = [(i.get(w("displayText", strict)), i.get(w("value", strict))) for i in lists.findall(w("listItem", strict))]
            shown = text.strip()
            display = next((d for d, v in items if d == shown), None) or next((d for d, v in items if v == shown), None)
            choices.append(None if bound else (None if showing else (display or shown)))
            continue
        date = pr.find(w("date", strict))
        if date is not None:
            full = date.get(w("fullDate", strict))
            iso = full[:10] if full and re.match(r"\d{4}-\d\d-\d\d", full) else None
            dates.append(None if bound else (None if showing else (iso or text)))
    for ff in root.iter(w("ffData", strict)):
        box = ff.find(w("checkBox", strict))
        if box is None:
            continue
        checked, default = box.find(w("checked", strict)), box.find(w("default", strict))
        chosen = checked if checked is not None else default
        state = chosen is not None and chosen.get(val, "true") not in ("0", "false", "off")
        legacy.append(state)
    return checkboxes, choices, dates, legacy


def actual_values(dump):
    main = dump["mainPart"]
    controls = [c for c in dump["controls"] if c["location"]["part"] == main]
    bound = lambda c: "dataBinding" in c
    checkboxes = [None if bound(c) else c["checked"] for c in controls if c["kind"] == "checkbox"]
    choices = [None if bound(c) else c["value"] for c in controls if c["kind"] in ("dropdown", "combobox")]
    dates = [None if bound(c) else c["value"] for c in controls if c["kind"] == "date"]
    legacy = [f["checked"] for f in dump["formFields"] if f["type"] == "checkbox" and f["location"]["part"] == main]
    return checkboxes, choices, dates, legacy


def words(text):
    text = unicodedata.normalize("NFKC", text).lower()
    return collections.Counter(re.findall(r"\w+", text))


def f1(ours, theirs):
    a, b = words(ours), words(theirs)
    if not a and not b:
        return 1.0
    common = sum((a & b).values())
    if common == 0:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def run(binary, args):
    start = time.monotonic()
    try:
        p = subprocess.run([binary] + args, capture_output=True, timeout=TIME_LIMIT * 5)
    except subprocess.TimeoutExpired:
        return None, b"", b"", TIME_LIMIT * 5
    return p.returncode, p.stdout, p.stderr, time.monotonic() - start


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    agreement = "--agreement" in sys.argv
    if not args:
        print(__doc__)
        return 2
    binary = os.path.abspath(args[0])
    here = os.path.dirname(os.path.abspath(__file__))
    corpus = args[1] if len(args) > 1 else os.path.join(here, "..", "..", "..", "shared", "corpus")
    folder = os.path.join(corpus, "docx")
    if not os.path.isdir(folder):
        print(f"corpus not found at {folder}: conformance check skipped")
        return 0
    passed = failed = 0
    kinds = collections.Counter()
    slowest = (0.0, "")
    scores = []
    for name in sorted(os.listdir(folder)):
        if name in ("MANIFEST.tsv", "README.md"):
            continue
        path = os.path.join(folder, name)
        status, out, err, seconds = run(binary, ["dump", "--compact", path])
        slowest = max(slowest, (seconds, name))
        problems = []
        if status is None:
            problems.append("timed out")
        elif seconds > TIME_LIMIT:
            problems.append(f"took {seconds:.2f} s")
        if status not in (0, None) and status not in ERROR_CODES:
            problems.append(f"exit status {status}: {err.decode(errors='replace')[:200]}")
        if status in ERROR_CODES:
            message = err.decode(errors="replace")
            kinds[status] += 1
            if not message.startswith(f"docxforms: {path}: "):
                problems.append(f"error message does not name the file: {message[:200]}")
        if status == 0:
            dump = json.loads(out)
            try:
                expected = expected_values(path)
            except Exception as e:  # the oracle cannot read it: nothing to compare
                expected = None
                print(f"note: {name}: oracle skipped ({e})")
            if expected is not None:
                for label, exp, act in zip(("checkboxes", "drop-downs", "dates", "legacy checkboxes"), expected, actual_values(dump)):
                    if exp != act:
                        problems.append(f"{label}: XML says {exp}, docxforms says {act}")
            if agreement:
                reference = os.path.join(corpus, "reference", name + ".pandoc.txt")
                if os.path.exists(reference):
                    _, text, _, _ = run(binary, ["dump", "--text", path])
                    with open(reference, encoding="utf-8", errors="replace") as f:
                        scores.append((f1(text.decode(errors="replace"), f.read()), name))
        if problems:
            failed += 1
            print(f"FAIL {name}: " + "; ".join(problems))
        else:
            passed += 1
    print(f"refused with a documented error: {sum(kinds.values())} files {dict(sorted(kinds.items()))}")
    print(f"slowest: {slowest[1]} in {slowest[0]:.2f} s (limit {TIME_LIMIT} s)")
    if scores:
        values = sorted(s for s, _ in scores)
        mean = sum(values) / len(values)
        share = lambda t: sum(1 for v in values if v >= t) / len(values)
        print(f"agreement with pandoc (word F1) on {len(values)} files: mean {mean:.3f}, median {values[len(values)//2]:.3f}, "
              f">=0.99: {share(0.99):.0%}, >=0.95: {share(0.95):.0%}, >=0.90: {share(0.90):.0%}")
        for score, name in sorted(scores)[:8]:
            print(f"  lowest: {score:.3f} {name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
