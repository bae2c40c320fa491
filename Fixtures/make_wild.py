#!/usr/bin/env python3
"""Build forms filled the way people really fill them, each with what its record must say.

    python3 Fixtures/make_wild.py      (after `swift build` and Fixtures/make_forms.py)

Some start from the tagged template (Fixtures/forms/template.docx) and are
filled in, around and over its controls: a value typed beside a control left
at its placeholder, a judgement typed as "niet-voldaan" or "deels voldaan" in
the drop-down, ☒ pasted into a box that stayed unticked, a ✓ typed after an
unticked box. Others are plain Word forms of other shapes: header tables with
labels and values in alternating cells or labels above values, labels without
a colon or in English, kijkkader tables with header rows, shortened sentences
and every kind of mark in the "Gezien" column, a legacy drop-down holding the
judgement. And odd but legal files: two students' forms in one file, a
year-3 form, a letter that is no form, the blank template. And forms made by
other software: a plain form written by python-docx, and two template forms
saved again by LibreOffice headless (which drops every tag and rebuilds the
boxes); each is skipped with a note where that software is missing.

Beside each form, Fixtures/wild/<name>.expected.json says per field what the
record must hold: the value, or "flag" (null, with a diagnostic naming the
field), plus the record's kind and diagnostic codes that must be present.
Tests/FeedbackFormTests/WildFormTests.swift scores them field by field and
fails on any value that is silently wrong. Fictitious people; no real data.
"""
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WILD = os.path.join(HERE, "wild")
sys.path.insert(0, HERE)
from make_fixtures import write_zip, word_package, p  # noqa: E402
from make_forms import cell, r, row, table, labelled, heading, formcheckbox, docxforms  # noqa: E402

TEMPLATE = os.path.join(HERE, "forms", "template.docx")


def catalogue():
    out = subprocess.run([docxforms(), "catalogue", "--format", "json"], check=True, capture_output=True).stdout
    data = json.loads(out)
    indicators = {}

    def walk(node):
        if isinstance(node, dict):
            if "text" in node and str(node.get("id", "")).count(".") == 2:
                indicators[node["id"]] = node["text"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(data)
    return indicators


INDICATORS = None


def save(name, parts, expected):
    os.makedirs(WILD, exist_ok=True)
    write_zip(os.path.join(WILD, name + ".docx"), parts)
    with open(os.path.join(WILD, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")


# ---------------------------------------------------------------- the template, filled in, around and over its controls

def template_parts():
    with zipfile.ZipFile(TEMPLATE) as z:
        return [(n, z.read(n)) for n in z.namelist()]


def edit_template(edits):
    """The template's parts with document.xml changed by (tag, function(sdt xml) -> xml) edits."""
    parts = template_parts()
    xml = dict(parts)["word/document.xml"].decode("utf-8")
    for tag, change in edits:
        match = re.search(r'<w:sdt>(?:(?!<w:sdt>).)*?<w:tag w:val="%s"/>.*?</w:sdt>' % re.escape(tag), xml, re.S)
        assert match, tag
        xml = xml[:match.start()] + change(match.group(0)) + xml[match.end():]
    return [(n, xml.encode("utf-8") if n == "word/document.xml" else b) for n, b in parts]


def typed(value):
    """A control filled as Word fills it: placeholder flag gone, content replaced."""
    def change(sdt):
        sdt = sdt.replace("<w:showingPlcHdr/>", "")
        return re.sub(r"<w:sdtContent>.*</w:sdtContent>",
                      '<w:sdtContent><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent>' % value, sdt, flags=re.S)
    return change


def beside(value):
    """The control left at its placeholder, the value typed right after it."""
    return lambda sdt: sdt + r(" " + value)


def box(state, glyph):
    """A checkbox whose state and shown glyph are set separately."""
    def change(sdt):
        sdt = re.sub(r'<w14:checked w14:val="[01]"/>', '<w14:checked w14:val="%d"/>' % state, sdt)
        return re.sub(r"(<w:sdtContent>.*?<w:t[^>]*>)[^<]*(</w:t>)", r"\g<1>%s\g<2>" % glyph, sdt, flags=re.S)
    return change


def after(text):
    return lambda sdt: sdt + r(" " + text)


def header_filled(name="Bram Peters", number="2088776"):
    return [("student.name", typed(name)), ("student.number", typed(number)), ("moment", typed("Eindbeoordeling"))]


def build_template_forms():
    pl, af, lv = "positief-leerklimaat", "afstemmen", "leerstof-verwerken"
    save("judgement-spellings", edit_template(header_filled() + [
        ("subject", typed("Engels")),
        ("%s.judgement" % pl, typed("niet-voldaan")), ("%s.judgement" % af, typed("deels voldaan")),
        ("%s.judgement" % lv, typed("voldaan?")), ("%s.confidence" % pl, typed("nee")),
        ("%s.confidence" % af, typed("ja, maar")),
    ]), {"kind": "form", "fields": {
        "student.name": "Bram Peters", "student.number": "2088776", "subject": "EN", "moment": "eindbeoordeling",
        "outcomes.%s.judgement" % pl: "niet-voldaan", "outcomes.%s.judgement" % af: "flag", "outcomes.%s.judgement" % lv: "flag",
        "outcomes.%s.confidence" % pl: False, "outcomes.%s.confidence" % af: "flag",
    }})
    save("typed-beside-controls", edit_template([
        ("student.name", beside("Fenna de Groot")), ("student.number", beside("2011987")),
        ("moment", beside("Tussenevaluatie")), ("%s.judgement" % pl, beside("voldaan")),
        ("%s.judgement" % af, beside("niet voldaan")),
    ]), {"kind": "form", "fields": {
        "student.name": "Fenna de Groot", "student.number": "2011987", "moment": "tussenevaluatie",
        "outcomes.%s.judgement" % pl: "voldaan", "outcomes.%s.judgement" % af: "niet-voldaan",
        "outcomes.%s.judgement" % lv: None,
    }})
    ids = sorted(i for i in INDICATORS if i.startswith(pl + ".klassenmanagement."))
    save("boxes-and-marks", edit_template(header_filled("Sanne Visser", "2101234") + [
        ("seen." + ids[0], box(1, "☒")),        # ticked as Word ticks
        ("seen." + ids[1], box(0, "☒")),        # ☒ pasted into a box that stayed unticked
        ("seen." + ids[2], after("✓")),         # a tick typed after an unticked box
        ("seen." + ids[3], box(1, "☒")), ("seen." + ids[3], after("nee")),   # ticked, and "nee" beside it
    ]), {"kind": "form", "fields": {
        "student.name": "Sanne Visser", "indicators." + ids[0]: True, "indicators." + ids[1]: "flag",
        "indicators." + ids[2]: "flag", "indicators." + ids[3]: "flag", "indicators." + ids[4]: False,
    }})
    save("dropdown-and-typed", edit_template(header_filled("Joris Wit", "2100999") + [
        ("date", typed("31-2-2026")),
        ("%s.judgement" % pl, typed("voldaan")), ("%s.judgement" % pl, after("niet voldaan")),   # chosen, and the other typed beside
        ("%s.judgement" % af, typed("niet voldaan")),
    ]), {"kind": "form", "fields": {
        "student.name": "Joris Wit", "date": "flag", "outcomes.%s.judgement" % pl: "flag", "outcomes.%s.judgement" % af: "niet-voldaan",
    }})
    save("blank-template", template_parts(), {"kind": "blank-form", "fields": {"student.name": None, "moment": None},
                                               "diagnostics": ["document.blank"]})


# ---------------------------------------------------------------- plain Word forms of other shapes

def shortened(indicator, words):
    return " ".join(INDICATORS[indicator].split()[:words])


def build_plain_forms():
    pl, af = "positief-leerklimaat", "afstemmen"
    km = sorted(i for i in INDICATORS if i.startswith(pl + ".klassenmanagement."))
    body = (heading("Feedback- en beoordelingsformulier wpl2 – Eindbeoordeling")
            + table(row(cell(p("Student")), cell(p("Bram Peters")), cell(p("Stud.nr.")), cell(p("2088776"))),
                    row(cell(p("Vak")), cell(p("Engels")), cell(p("Datum")), cell(p("3-2-2026"))))
            + heading("Creëren van een positief leerklimaat")
            + table(labelled("Oordeel", p("Niet-voldaan")), labelled("Voldoende vertrouwen", p("ja")))
            + heading("Afstemmen op de lerende")
            + table(labelled("Oordeel", p("niet helemaal voldaan")))
            + heading("Leerstof verwerken")
            + table(labelled("Beoordeling", p("onvoldoende"))))
    save("header-alternating", word_package(body), {"kind": "form", "fields": {
        "student.name": "Bram Peters", "student.number": "2088776", "subject": "EN", "date": "2026-02-03",
        "moment": "eindbeoordeling", "outcomes.%s.judgement" % pl: "niet-voldaan", "outcomes.%s.confidence" % pl: True,
        "outcomes.%s.judgement" % af: "flag", "outcomes.leerstof-verwerken.judgement": "niet-voldaan",
    }})

    body = (p("Beoordelingsformulier werkplekleren")
            + table(row(cell(p("Naam")), cell(p("Studentnummer")), cell(p("Schoolvak"))),
                    row(cell(p("Daan Jacobs")), cell(p("2054321")), cell(p("Geschiedenis"))))
            + p("Beoordelingsmoment: tussenevaluatie")
            + heading("Creëren van positief leerklimaat")
            + table(labelled("Zelfreflectie", p("Ik werk aan rust in de klas.")), labelled("Oordeel", p("voldaan"))))
    save("header-labels-above", word_package(body), {"kind": "form", "fields": {
        "student.name": "Daan Jacobs", "student.number": "2054321", "subject": "GS", "moment": "tussenevaluatie",
        "outcomes.%s.judgement" % pl: "voldaan",
    }})

    body = (p("Naam Fenna de Groot") + p("Studentnummer 2011987") + p("Subject: Biologie") + p("Moment: Eindbeoordeling")
            + heading("Afstemmen op de lerenden")
            + table(labelled("Judgement", p("not met")), labelled("Oordeel werkplekbegeleider", p("niet voldaan")))
            + heading("Leerstof verwerken")
            + table(labelled("Oordeel", p("voldaan")), labelled("Beoordeling", p("niet voldaan"))))
    save("header-without-colons", word_package(body), {"kind": "form", "fields": {
        "student.name": "Fenna de Groot", "student.number": "2011987", "subject": "BI", "moment": "eindbeoordeling",
        "outcomes.%s.judgement" % af: "niet-voldaan", "outcomes.leerstof-verwerken.judgement": "flag",
    }})

    body = (p("Nummer: 2033445") + p("Student number: 2033445") + p("Name: Iris Smit") + p("Moment: Startgesprek"))
    save("header-english", word_package(body + heading("Leren en lesgeven met ict") + table(labelled("Doel", p("Quizzen inzetten.")))),
         {"kind": "form", "fields": {"student.name": "Iris Smit", "student.number": "2033445", "moment": "startgesprek"}})

    marks = [("✓", True), ("✗", False), ("no", False), ("0", False), ("–", False), ("?", "flag"), ("ja", True),
             ("x", True), ("☐ ✓", "flag"), ("nog niet", False)]
    rows = [row(cell(p("Indicator")), cell(p("Gezien")), cell(p("Toelichting")))]
    fields = {}
    for (mark, expected), indicator in zip(marks, km):
        rows.append(row(cell(p(INDICATORS[indicator])), cell(p(mark)), cell(p("Gezien in de les van dinsdag, bij de start."))))
        fields["indicators." + indicator] = expected
    body = (p("Naam: Lars Mulder") + p("Studentnummer: 2077001") + p("Moment: Tussenevaluatie")
            + heading("Kijkkader Creëren van een positief leerklimaat") + table(*rows))
    save("kijkkader-marks", word_package(body), {"kind": "form", "fields": fields})

    ad = sorted(i for i in INDICATORS if i.startswith(af + "."))
    rows = [row(cell(p("Kijkkader")), cell(p("Gezien")), cell(p("Niet gezien")))]
    fields = {}
    for n, indicator in enumerate(ad[:9]):
        seen = n % 3 != 2
        rows.append(row(cell(p(shortened(indicator, 9) + " …")), cell(p("X" if seen else "")), cell(p("" if seen else "X"))))
        fields["indicators." + indicator] = seen
    body = (p("Naam: Mila de Boer") + p("Studentnummer: 2066002") + p("Moment: Eindbeoordeling")
            + heading("Afstemmen op de lerende") + table(*rows))
    save("kijkkader-shortened", word_package(body), {"kind": "form", "fields": fields})

    lv = sorted(i for i in INDICATORS if i.startswith("leerstof-verwerken."))
    pp = sorted(i for i in INDICATORS if i.startswith("ppi."))
    ict = sorted(i for i in INDICATORS if i.startswith("ict."))
    fields = {}
    dimension = [row(cell(p("Dimensie")), cell(p("Indicator")), cell(p("Gezien")))]
    for n, indicator in enumerate(lv[:4]):
        dimension.append(row(cell(p("Toepassing van vakdidactiek" if n == 0 else "")), cell(p(INDICATORS[indicator])),
                             cell(p("✔" if n % 2 == 0 else "✘"))))
        fields["indicators." + indicator] = n % 2 == 0
    box_first = [row(cell(p("☒" if n != 1 else "☐")), cell(p(INDICATORS[indicator]))) for n, indicator in enumerate(pp[:3])]
    fields.update({"indicators." + indicator: n != 1 for n, indicator in enumerate(pp[:3])})
    inside = [row(cell(p(mark + " " + INDICATORS[indicator]))) for mark, indicator in zip(["☒", "☐", "X", "✓"], ict[:4])]
    fields.update({"indicators." + indicator: mark != "☐" for mark, indicator in zip(["☒", "☐", "X", "✓"], ict[:4])})
    body = (p("Naam: Yara Pinas") + p("Studentnummer: 2012345") + p("Moment: Tussenevaluatie")
            + heading("Leerstof verwerken") + table(*dimension)
            + heading("Ontwikkeling van een persoonlijke en professionele identiteit") + table(*box_first)
            + heading("Leren en lesgeven met ict") + table(*inside))
    save("kijkkader-shapes", word_package(body), {"kind": "form", "fields": fields})

    # A supervisor's own kijkkader: sentences in words of their own, none close to the handbook's.
    reworded = [("Houdt de klas goed in de hand tijdens overgangen", "X"), ("Laat leerlingen elkaar helpen bij opdrachten", ""),
                ("Heeft oog voor stille leerlingen achterin", "ja")]
    body = (p("Naam: Sven Dekker") + p("Studentnummer: 2055443") + p("Moment: Tussenevaluatie")
            + heading("Creëren van een positief leerklimaat")
            + table(row(cell(p("Wat ik zag")), cell(p("Gezien"))), *[row(cell(p(t)), cell(p(m))) for t, m in reworded]))
    save("kijkkader-reworded", word_package(body), {"kind": "form", "fields": {"student.name": "Sven Dekker"},
                                                    "diagnostics": ["indicator.unmatched"], "unmatchedRows": 2})

    dropdown = ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Oordeel1"/><w:ddList><w:result w:val="%d"/>'
                '<w:listEntry w:val="kies"/><w:listEntry w:val="voldaan"/><w:listEntry w:val="niet voldaan"/></w:ddList></w:ffData>'
                '</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    body = (p("Naam: Tim Bos") + p("Studentnummer: 2099003") + p("Moment: Eindbeoordeling")
            + heading("Creëren van positief leerklimaat")
            + table(labelled("Oordeel", "<w:p>" + dropdown % 2 + "</w:p>"))
            + heading("Leerstof verwerken")
            + table(labelled("Oordeel", "<w:p>" + r("☒ voldaan   ") + '</w:p><w:p>' + r("☒ niet voldaan") + "</w:p>")))
    save("legacy-dropdown", word_package(body), {"kind": "form", "fields": {
        "outcomes.%s.judgement" % pl: "niet-voldaan", "outcomes.leerstof-verwerken.judgement": "flag"}})

    body = (p("Startgesprek / Tussenevaluatie / Eindbeoordeling")
            + table(labelled("Naam student", p("Eva Koster")), labelled("Studentnummer", p("2044556")),
                    labelled("Moment", "<w:p>" + r("Startgesprek / ") + r("Tussenevaluatie", "<w:b/>") + r(" / Eindbeoordeling", "<w:b/>") + "</w:p>"))
            + heading("Creëren van positief leerklimaat") + table(labelled("Oordeel", p("voldaan"))))
    save("moment-unclear", word_package(body), {"kind": "form", "fields": {"moment": "flag", "student.name": "Eva Koster"}})


def build_odd_placements():
    pl = "positief-leerklimaat"
    body = (heading("Feedback- en beoordelingsformulier – Eindbeoordeling")
            + table(labelled("Naam student", p("Klik of tik om tekst in te voeren. Bram Peters")), labelled("Studentnummer", p("2088776")),
                    labelled("Moment", p("Tussenevaluatie")))
            + heading("Creëren van positief leerklimaat")
            + table(row(cell(p("Oordeel: voldaan")), cell("<w:p/>")), labelled("Voldoende vertrouwen", p("☐ ja ☒ nee"))))
    save("odd-placements", word_package(body), {"kind": "form", "fields": {
        "student.name": "Bram Peters", "student.number": "2088776", "moment": "flag",
        "outcomes.%s.judgement" % pl: "voldaan", "outcomes.%s.confidence" % pl: False}})
    body = (table(labelled("Naam", p("Bram Peters (2088776)")), labelled("Datum", p("20-01-2026 (week 4)")),
                  labelled("Moment", p("Eindbeoordeling")))
            + heading("Afstemmen op de lerenden") + table(labelled("Oordeel", p("voldaan"))))
    save("values-with-extras", word_package(body + table(row(cell(p("")), cell(p("Naam")), cell(p("Datum"))),
                                                         row(cell(p("Student")), cell(p("B. Peters")), cell(p("21-1-2026"))))), {"kind": "form", "fields": {
        "student.name": "flag", "date": "flag", "moment": "eindbeoordeling", "outcomes.afstemmen.judgement": "voldaan"}})
    # A signature table names the student again, spelled otherwise: who signed, not a second student.
    body = (table(labelled("Naam student", p("Bram Peters")), labelled("Studentnummer", p("2088776")), labelled("Moment", p("Eindbeoordeling")))
            + table(row(cell(p("")), cell(p("Naam")), cell(p("Datum"))), row(cell(p("Student")), cell(p("B. Peters")), cell(p("21-1-2026"))),
                    row(cell(p("Werkplekbegeleider")), cell(p("J. de Wit")), cell(p("21-1-2026"))))
            + heading("Afstemmen op de lerenden") + table(labelled("Oordeel", p("voldaan"))))
    save("signature-table", word_package(body), {"kind": "form", "fields": {
        "student.name": "Bram Peters", "student.number": "2088776", "outcomes.afstemmen.judgement": "voldaan"}})


# ---------------------------------------------------------------- odd but legal files

def build_odd_files():
    pl = "positief-leerklimaat"
    one = table(labelled("Naam student", p("Noor Aydin")), labelled("Studentnummer", p("2011223")), labelled("Moment", p("Eindbeoordeling")))
    two = table(labelled("Naam student", p("Kees Smits")), labelled("Studentnummer", p("2033221")), labelled("Moment", p("Eindbeoordeling")))
    outcome = heading("Creëren van positief leerklimaat") + table(labelled("Oordeel", p("voldaan")))
    other = heading("Creëren van positief leerklimaat") + table(labelled("Oordeel", p("niet voldaan")))
    save("two-students", word_package(one + outcome + two + other), {
        "kind": "form", "fields": {"student.name": "flag", "student.number": "flag", "outcomes.%s.judgement" % pl: "flag"},
        "diagnostics": ["document.several-students"]})
    body = (heading("Feedback- en beoordelingsformulier wpl3 – jaar 3")
            + table(labelled("Naam student", p("Ruben Hoek")), labelled("Studentnummer", p("1988776")), labelled("Moment", p("Eindbeoordeling")))
            + outcome)
    save("year-three", word_package(body), {"kind": "form", "fields": {"student.name": "Ruben Hoek"},
                                            "diagnostics": ["document.other-year"]})
    body = (p("Beste ouders en verzorgers,") + p("Op donderdag 12 maart is de school gesloten vanwege een studiedag.")
            + p("Datum: 2 maart 2026") + p("Met vriendelijke groet, de directie"))
    save("a-letter", word_package(body), {"kind": "not-a-form", "fields": {}})


# ---------------------------------------------------------------- made by other software

def build_with_python_docx():
    """A plain form as python-docx writes it (a script's idea of the form)."""
    try:
        import docx
    except ImportError:
        print("note: python-docx not installed; the python-docx wild form left as it is")
        return
    import datetime
    import io
    from make_fixtures import rezip
    af = sorted(i for i in INDICATORS if i.startswith("afstemmen."))
    d = docx.Document()
    d.core_properties.author = "docxforms fixtures"
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 1, 1)
    d.add_heading("Feedback- en beoordelingsformulier WPL2", 0)
    d.add_paragraph("Beoordelingsmoment: Eindbeoordeling")
    header = d.add_table(rows=4, cols=2)
    for row, (label, value) in zip(header.rows, [("Naam student", "Lieke Vos"), ("Studentnummer", "2023456"),
                                                 ("Vak", "Nederlands"), ("Datum", "12 januari 2026")]):
        row.cells[0].text, row.cells[1].text = label, value

    def outcome(name, judgement_runs, confidence=None):
        d.add_heading(name, 1)
        t = d.add_table(rows=1, cols=2)
        t.rows[0].cells[0].text = "Oordeel"
        paragraph = t.rows[0].cells[1].paragraphs[0]
        for text, style in judgement_runs:
            run = paragraph.add_run(text)
            if style == "strike":
                run.font.strike = True
            elif style == "bold":
                run.bold = True
        if confidence is not None:
            cells = t.add_row().cells
            cells[0].text, cells[1].text = "Voldoende vertrouwen", confidence
    outcome("Creëren van een positief leerklimaat", [("☒ voldaan  ☐ niet voldaan", None)], "ja")
    outcome("Afstemmen op de lerenden", [("voldaan", "strike"), (" / niet voldaan", None)], "nee")
    outcome("Leerstof verwerken", [("Voldaan, mits de begripscontrole verbetert", None)])
    d.add_heading("Kijkkader afstemmen", 1)
    kijkkader = d.add_table(rows=1, cols=3)
    for cell, text in zip(kijkkader.rows[0].cells, ["Indicator", "Gezien", "Opmerking"]):
        cell.text = text
    marks = [("v", True), ("nee", False), ("?", "flag"), ("✔", True)]
    fields = {}
    for (mark, seen), indicator in zip(marks, af):
        cells = kijkkader.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = INDICATORS[indicator], mark, "Besproken na de les."
        fields["indicators." + indicator] = seen
    buffer = io.BytesIO()
    d.save(buffer)
    name = os.path.join(WILD, "python-docx-form.docx")
    rezip(buffer.getvalue(), name)
    fields.update({"student.name": "Lieke Vos", "student.number": "2023456", "subject": "NE", "date": "2026-01-12",
                   "moment": "eindbeoordeling", "outcomes.positief-leerklimaat.judgement": "voldaan",
                   "outcomes.positief-leerklimaat.confidence": True, "outcomes.afstemmen.judgement": "niet-voldaan",
                   "outcomes.afstemmen.confidence": False, "outcomes.leerstof-verwerken.judgement": "flag"})
    with open(os.path.join(WILD, "python-docx-form.expected.json"), "w", encoding="utf-8") as f:
        json.dump({"kind": "form", "fields": fields}, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")


def build_through_libreoffice():
    """Two template forms saved again by LibreOffice (tags dropped, boxes
    rebuilt): what they show is unchanged, so they must give the same record."""
    from make_forms import libreoffice
    for name in ["typed-beside-controls", "boxes-and-marks"]:
        source = os.path.join(WILD, name + ".docx")
        if libreoffice(source, os.path.join(WILD, name + "-libreoffice.docx")):
            with open(os.path.join(WILD, name + ".expected.json"), encoding="utf-8") as f:
                expected = json.load(f)
            with open(os.path.join(WILD, name + "-libreoffice.expected.json"), "w", encoding="utf-8") as f:
                json.dump(expected, f, ensure_ascii=False, indent=2, sort_keys=True)
                f.write("\n")


def main():
    global INDICATORS
    if not os.path.exists(TEMPLATE):
        raise SystemExit("run Fixtures/make_forms.py first (it writes the template)")
    INDICATORS = catalogue()
    build_template_forms()
    build_plain_forms()
    build_odd_placements()
    build_odd_files()
    build_with_python_docx()
    build_through_libreoffice()
    print("wild forms written to", WILD)


if __name__ == "__main__":
    main()
