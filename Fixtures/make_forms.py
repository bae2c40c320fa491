#!/usr/bin/env python3
"""Build filled feedback-and-assessment forms, with the record each must give.

    python3 Fixtures/make_forms.py      (after `swift build`; uses .build/debug/docxforms)

1. `docxforms template` writes the blank template (Fixtures/forms/template.docx).
2. The template is filled by tag with the data below, the way Word fills
   content controls (placeholder flag removed, content replaced, checkboxes
   ticked): Fixtures/forms/tagged-*.docx.
3. One filled form is saved again by LibreOffice headless, which drops every tag:
   Fixtures/forms/tagged-1-libreoffice.docx (skipped with a note without LibreOffice).
4. A form of plain tables is written from XML in this file, with judgements
   chosen by strike-through, highlighting, deletion and marks, kijkkader rows
   ticked with X, ✓ and a Wingdings symbol, a comment and a tracked insertion:
   Fixtures/forms/plain-table.docx. A second, plain-grid.docx, has "Label: value"
   paragraphs, legacy form fields, numbered outcome headings, the moment ticked
   among three, a judgement table (outcomes × voldaan / niet voldaan) and a
   kijkkader with "gezien" and "niet gezien" columns.
Beside each form, <name>.expected.json holds the values this script put in:
the record docxforms must give back. Fictitious people; no real data.
"""
import copy
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FORMS = os.path.join(HERE, "forms")
sys.path.insert(0, HERE)
from make_fixtures import write_zip, word_package, NS, p  # noqa: E402

NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
}
for prefix, uri in NAMESPACES.items():
    ET.register_namespace(prefix, uri)
W = "{%s}" % NAMESPACES["w"]
W14 = "{%s}" % NAMESPACES["w14"]
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

OUTCOMES = ["positief-leerklimaat", "afstemmen", "leerstof-verwerken", "ict", "ppi"]

FILLED = [
    {
        "name": "tagged-1",
        "student.name": "Noor el Amrani", "student.number": "2087741", "subject": "Nederlands (NE)",
        "school": "Stedelijk College Oost", "supervisor": "M. Verbeek", "moment": "Eindbeoordeling",
        "date": "2026-01-20", "lessons": "46",
        "outcomes": {
            "positief-leerklimaat": {"self-reflection": "In 3H werk ik met een vaste start: de lesdoelen op het bord en een korte opdracht.\nDe klas komt sneller tot rust.",
                                      "feedback": "Noor opent elke les met een duidelijke routine en spreekt leerlingen aan op gewenst gedrag. Vervolgstap richting jaar 3: groepsdynamiek bewuster sturen.",
                                      "judgement": "voldaan", "confidence": "ja"},
            "afstemmen": {"self-reflection": "Ik differentieer in instructie en geef verlengde instructie aan een klein groepje.",
                          "feedback": "Analyseert toetsgegevens en past de aanpak per leerling aan; voorbeeld: extra structuur voor twee leerlingen met concentratieproblemen.",
                          "judgement": "voldaan", "confidence": "ja"},
            "leerstof-verwerken": {"self-reflection": "Mijn uitleg is helder, maar ik controleer nog te weinig of iedereen het begrijpt.",
                                   "feedback": "Zet activerende werkvormen in, maar checkt begrip nog onvoldoende. Volgende stap: wisbordjes of exit tickets gebruiken.",
                                   "judgement": "niet voldaan"},
            "ict": {"self-reflection": "Ik gebruik Socrative om begrip te toetsen.",
                    "feedback.indicators-seen": "Kiest ict-middelen waarmee data over het leerproces verzameld kan worden.",
                    "feedback.development-made": "Van incidenteel naar structureel gebruik van formatieve quizzen.",
                    "feedback.development-to-make": "De data ook gebruiken om de volgende les aan te passen."},
            "ppi": {"self-reflection": "Ik merk dat ik feedback eerst persoonlijk opvat.",
                    "feedback.indicators-seen": "Vraagt actief feedback en staat open voor nieuwe leerervaringen.",
                    "feedback.development-made": "Durft meer te experimenteren met werkvormen.",
                    "feedback.development-to-make": "Visie op onderwijs onderbouwen met theorie."},
        },
        "seen": ["positief-leerklimaat.klassenmanagement.1", "positief-leerklimaat.klassenmanagement.2",
                 "positief-leerklimaat.reflecteren.3", "afstemmen.didactisch-afstemmen.2", "leerstof-verwerken.activerend-lesgeven.1",
                 "ppi.professionele-groei-en-ontwikkeling.2"],
        "skills": {"opbouw-van-routines": "groeifase", "zelfstandigheid": "groeifase", "metacognitie": "beginfase"},
    },
    {
        "name": "tagged-2",
        "student.name": "Daan Vermeulen", "student.number": "2114903", "subject": "Wiskunde (WI)",
        "school": "Lyceum aan de Waal", "supervisor": "A. Kok", "moment": "Tussenevaluatie",
        "date": "2025-12-02", "lessons": "21",
        "outcomes": {
            "positief-leerklimaat": {"self-reflection": "Orde houden in de middag lukt nog niet altijd.",
                                      "feedback": "Grijpt consequent in bij onrust; benoemt gewenst gedrag nog weinig expliciet."},
            "afstemmen": {"self-reflection": "Ik verzamel informatie uit de overdrachten.",
                          "feedback": "Gebruikt de overdrachten bij de lesvoorbereiding."},
            "leerstof-verwerken": {"self-reflection": "Ik plan herhaling in met korte oefentoetsen."},
        },
        "seen": ["positief-leerklimaat.klassenmanagement.8", "afstemmen.inventariseren-van-behoeften.1"],
        "skills": {"opbouw-van-routines": "beginfase"},
    },
]

TEXT_TAGS = ["student.name", "student.number", "school", "supervisor", "lessons"]


def docxforms():
    for candidate in (os.environ.get("DOCXFORMS"), os.path.join(ROOT, ".build", "debug", "docxforms")):
        if candidate and os.path.exists(candidate):
            return candidate
    raise SystemExit("build docxforms first (swift build) or set DOCXFORMS")


def run(t, text):
    r = ET.SubElement(t, W + "r")
    for i, line in enumerate(text.split("\n")):
        if i:
            ET.SubElement(r, W + "br")
        node = ET.SubElement(r, W + "t")
        node.set(XML_SPACE, "preserve")
        node.text = line
    return r


def fill_control(sdt, value):
    """Fill one content control the way Word does."""
    pr = sdt.find(W + "sdtPr")
    content = sdt.find(W + "sdtContent")
    placeholder = pr.find(W + "showingPlcHdr")
    if placeholder is not None:
        pr.remove(placeholder)
    checkbox = pr.find(W14 + "checkbox")
    if checkbox is not None:
        checkbox.find(W14 + "checked").set(W14 + "val", "1" if value else "0")
        content.find(".//" + W + "t").text = "☒" if value else "☐"
        return
    date = pr.find(W + "date")
    if date is not None:
        date.set(W + "fullDate", value + "T00:00:00Z")
        y, m, d = value.split("-")
        value = "%d-%d-%s" % (int(d), int(m), y)
    block = content.find(W + "p") is not None
    for child in list(content):
        content.remove(child)
    if block:
        for line in value.split("\n"):
            run(ET.SubElement(content, W + "p"), line)
    else:
        run(content, value)


def fill(template, data, path):
    with zipfile.ZipFile(template) as z:
        parts = [(n, z.read(n)) for n in z.namelist()]
    document = ET.fromstring(dict(parts)["word/document.xml"])
    values = {tag: data[tag] for tag in TEXT_TAGS + ["subject", "moment", "date"] if tag in data}
    for outcome, fields in data["outcomes"].items():
        for key, value in fields.items():
            values["%s.%s" % (outcome, key)] = value
    for indicator in data["seen"]:
        values["seen." + indicator] = True
    for skill, phase in data["skills"].items():
        values["skill.%s.%s" % (skill, phase)] = True
    filled = set()
    for sdt in document.iter(W + "sdt"):
        tag = sdt.find(W + "sdtPr/" + W + "tag")
        if tag is not None and tag.get(W + "val") in values:
            fill_control(sdt, values[tag.get(W + "val")])
            filled.add(tag.get(W + "val"))
    missing = set(values) - filled
    assert not missing, "template lacks tags %s" % sorted(missing)
    xml = ET.tostring(document, xml_declaration=True, encoding="UTF-8")
    write_zip(path, [(n, xml if n == "word/document.xml" else b) for n, b in parts])


def expected(data):
    """The record values the form must give back."""
    subject_code = data["subject"].split("(")[-1].rstrip(")") if "subject" in data else None
    outcomes = {}
    for outcome in OUTCOMES:
        fields = data["outcomes"].get(outcome, {})
        outcomes[outcome] = {
            "judgement": {"voldaan": "voldaan", "niet voldaan": "niet-voldaan"}.get(fields.get("judgement")),
            "confidence": {"ja": True, "nee": False}.get(fields.get("confidence")),
            "selfReflection": fields.get("self-reflection"),
            "feedback": fields.get("feedback"),
            "indicatorsSeenFeedback": fields.get("feedback.indicators-seen"),
            "developmentMade": fields.get("feedback.development-made"),
            "developmentToMake": fields.get("feedback.development-to-make"),
            "seen": sorted(i for i in data["seen"] if i.startswith(outcome + ".")),
        }
    return {
        "student": {"name": data.get("student.name"), "number": data.get("student.number")},
        "subject": subject_code, "moment": data["moment"].lower() if "moment" in data else None,
        "date": data.get("date"), "school": data.get("school"), "supervisor": data.get("supervisor"),
        "outcomes": outcomes, "skills": data["skills"],
    }


def save_expected(name, record):
    with open(os.path.join(FORMS, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(record, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")


def libreoffice(source, target):
    soffice = shutil.which("soffice")
    if not soffice:
        print("note: LibreOffice not installed; %s left as it is" % os.path.basename(target))
        return False
    with tempfile.TemporaryDirectory() as work:
        shutil.copy(source, os.path.join(work, "form.docx"))
        out = os.path.join(work, "out")
        subprocess.run([soffice, "-env:UserInstallation=file://%s/profile" % work, "--headless", "--convert-to", "docx",
                        "--outdir", out, os.path.join(work, "form.docx")], check=True, capture_output=True)
        with zipfile.ZipFile(os.path.join(out, "form.docx")) as z:
            write_zip(target, [(n, z.read(n)) for n in z.namelist()])
    return True


# ---------------------------------------------------------------- the plain-table form

def cell(content, shading=None):
    pr = '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="%s"/></w:tcPr>' % shading if shading else ""
    return "<w:tc>%s%s</w:tc>" % (pr, content)


def r(text, props=""):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ("<w:rPr>%s</w:rPr>" % props if props else "", text)


def row(*cells):
    return "<w:tr>%s</w:tr>" % "".join(cells)


def table(*rows):
    return "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>%s</w:tbl>" % "".join(rows)


def labelled(label, *paragraph_xml):
    return row(cell(p(label)), cell("".join(paragraph_xml) or "<w:p/>"))


def heading(text):
    return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % r(text)


PLAIN_BODY = (
    heading("Feedback- en beoordelingsformulier – Eindbeoordeling")
    + table(labelled("Naam van de student:", p("Lotte Bakker")), labelled("Studentnummer", p("1654321")),
            labelled("Vak", p("Wiskunde")), labelled("Datum", p("14 januari 2026")),
            labelled("Werkplekbegeleider", p("J. de Wit")))
    + heading("5.1 Creëren van een positief leerklimaat")
    + table(labelled("Zelfreflectie", p("Ik start elke les met een vaste routine.")),
            labelled("Feedback", p("Lotte zorgt voor rust door heldere afspraken; vervolgstap: meer variatie in werkvormen.")),
            labelled("Oordeel", "<w:p>" + r("voldaan") + r(" / ") + r("niet voldaan", "<w:strike/>") + "</w:p>"),
            labelled("Voldoende vertrouwen", "<w:p>" + r("☒ ja   ☐ nee") + "</w:p>"))
    + heading("Afstemmen op de lerenden")
    + table(labelled("Zelfreflectie", p("Ik pas mijn instructie aan op wat ik zie.")),
            labelled("Feedback", '<w:p><w:commentRangeStart w:id="1"/>' + r("Stemt instructie goed af op niveauverschillen.")
                     + '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p>'),
            labelled("Oordeel", "<w:p>" + r("voldaan", '<w:highlight w:val="yellow"/>') + r(" / niet voldaan") + "</w:p>"),
            labelled("Voldoende vertrouwen", "<w:p>" + r("ja / ") + r("nee", "<w:strike/>") + "</w:p>"))
    + heading("Leerstof verwerken")
    + table(labelled("Zelfreflectie", p("Ik controleer te weinig of leerlingen het begrijpen.")),
            labelled("Feedback", '<w:p>' + r("Begripscontrole ontbreekt nog.")
                     + '<w:ins w:id="7" w:author="J. de Wit" w:date="2026-01-14T10:00:00Z">' + r(" Gebruik exit tickets.") + "</w:ins></w:p>"),
            labelled("Oordeel", p("niet voldaan")))
    + heading("Leren en lesgeven met ict")
    + table(labelled("Indicatoren die al gezien zijn", p("Gebruikt een quiz om data te verzamelen.")),
            labelled("Ontwikkeling die de student heeft doorgemaakt", p("Zet ict bewuster in.")),
            labelled("Ontwikkeling die de student nog te maken heeft", p("Data benutten voor bijsturing.")))
    + heading("Creëren van positief leerklimaat – kijkkader")
    + table(row(cell(p("Indicator")), cell(p("Gezien"))),
            row(cell(p("Je past consequent routines toe en grijpt in als afspraken niet worden nageleefd.")), cell(p("X"))),
            row(cell(p("Je activeert leerlingen aan het begin van de les")), cell(p("✓"))),
            row(cell(p("Je gebruikt positieve, duidelijke en respectvolle taal richting leerlingen.")),
                cell('<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r></w:p>')),
            row(cell(p("Je herkent signalen van onrust, verveling of uitsluiting in de groep.")), cell("<w:p/>")),
            row(cell(p("Je zorgt voor een opgeruimd en uitnodigend lokaal.")), cell(p("X"))))
    + heading("Tabel complexe beroepsvaardigheden")
    + table(row(cell(p("Dimensie")), cell(p("Beginfase")), cell(p("Groeifase")), cell(p("Vergevorderde fase"))),
            row(cell(p("Zelfstandigheid")), cell(p("Handelt onder begeleiding of na instructie")),
                cell(p("☒ Werkt zelfstandig en stemt af wanneer nodig")),
                cell(p("Neemt initiatief, begeleidt anderen en ontwikkelt een duidelijke visie"))))
)

PLAIN_COMMENTS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments %s>'
    '<w:comment w:id="1" w:author="J. de Wit" w:initials="JW" w:date="2026-01-14T09:00:00Z">'
    "<w:p><w:r><w:t>Noem een voorbeeld uit de les van dinsdag.</w:t></w:r></w:p></w:comment></w:comments>" % NS)

PLAIN_EXPECTED = {
    "student": {"name": "Lotte Bakker", "number": "1654321"}, "subject": "WI", "moment": "eindbeoordeling",
    "date": "2026-01-14", "school": None, "supervisor": "J. de Wit",
    "outcomes": {
        "positief-leerklimaat": {"judgement": "voldaan", "confidence": True,
                                 "selfReflection": "Ik start elke les met een vaste routine.",
                                 "feedback": "Lotte zorgt voor rust door heldere afspraken; vervolgstap: meer variatie in werkvormen.",
                                 "indicatorsSeenFeedback": None, "developmentMade": None, "developmentToMake": None,
                                 "seen": ["positief-leerklimaat.klassenmanagement.2", "positief-leerklimaat.klassenmanagement.3",
                                          "positief-leerklimaat.klassenmanagement.6"]},
        "afstemmen": {"judgement": "voldaan", "confidence": True, "selfReflection": "Ik pas mijn instructie aan op wat ik zie.",
                      "feedback": "Stemt instructie goed af op niveauverschillen.",
                      "indicatorsSeenFeedback": None, "developmentMade": None, "developmentToMake": None, "seen": []},
        "leerstof-verwerken": {"judgement": "niet-voldaan", "confidence": None,
                               "selfReflection": "Ik controleer te weinig of leerlingen het begrijpen.",
                               "feedback": "Begripscontrole ontbreekt nog. Gebruik exit tickets.",
                               "indicatorsSeenFeedback": None, "developmentMade": None, "developmentToMake": None, "seen": []},
        "ict": {"judgement": None, "confidence": None, "selfReflection": None, "feedback": None,
                "indicatorsSeenFeedback": "Gebruikt een quiz om data te verzamelen.",
                "developmentMade": "Zet ict bewuster in.", "developmentToMake": "Data benutten voor bijsturing.", "seen": []},
        "ppi": {"judgement": None, "confidence": None, "selfReflection": None, "feedback": None,
                "indicatorsSeenFeedback": None, "developmentMade": None, "developmentToMake": None, "seen": []},
    },
    "skills": {"zelfstandigheid": "groeifase"},
    "unmatchedIndicators": [{"outcome": "positief-leerklimaat", "text": "Je zorgt voor een opgeruimd en uitnodigend lokaal.", "seen": True}],
    "comments": [{"author": "J. de Wit", "outcome": "afstemmen"}],
    "insertions": [{"author": "J. de Wit", "outcome": "leerstof-verwerken"}],
}


# ---------------------------------------------------------------- a second plain form: grids and legacy fields

def formtext(value):
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Tekst1"/><w:textInput/></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + r(value) + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def formcheckbox(checked):
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Selectievakje"/><w:checkBox><w:sizeAuto/>'
            '<w:default w:val="%d"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>' % (1 if checked else 0))


GRID_BODY = (
    '<w:p>' + r("Student: ") + r("Mees Jansen") + '</w:p>'
    + '<w:p>' + r("Studentnummer: ") + formtext("1998877") + '</w:p>'
    + table(labelled("Vak/opleiding", p("Geschiedenis")), labelled("Datum van het gesprek", p("20-01-2026")),
            labelled("Moment", '<w:p>' + r("☐ Startgesprek   ☐ Tussenevaluatie   ☒ Eindbeoordeling") + '</w:p>'))
    + heading("Leeruitkomst 1: Creëren van een positief leerklimaat")
    + table(labelled("Zelfreflectie", p("Ik werk aan een rustige start.")), labelled("Feedback", p("Duidelijke routines in 2 havo.")))
    + heading("Leeruitkomst 2: Afstemmen op de lerende")
    + table(labelled("Zelfreflectie", p("Ik gebruik de overdrachten.")))
    + heading("Oordeel")
    + table(row(cell(p("Leeruitkomst")), cell(p("Voldaan")), cell(p("Niet voldaan"))),
            row(cell(p("Creëren van positief leerklimaat")), cell(p("X")), cell("<w:p/>")),
            row(cell(p("Afstemmen op de lerende")), cell("<w:p/>"), cell(p("X"))),
            row(cell(p("Leerstof verwerken")), cell('<w:p>' + formcheckbox(True) + '</w:p>'), cell('<w:p>' + formcheckbox(False) + '</w:p>')))
    + heading("Kijkkader afstemmen op de lerende")
    + table(row(cell(p("Indicator")), cell(p("Gezien")), cell(p("Niet gezien"))),
            row(cell(p("Je verzamelt informatie over leerlingen via observaties, toetsen, gesprekken, rapportages of overdrachten.")),
                cell(p("X")), cell("<w:p/>")),
            row(cell(p("Je bespreekt je bevindingen met collega’s, ouders of begeleiders om een completer beeld te vormen.")),
                cell("<w:p/>"), cell(p("X"))),
            row(cell(p("Je creëert een veilige sfeer waarin leerlingen zich gezien en gewaardeerd voelen.")),
                cell('<w:p>' + formcheckbox(True) + '</w:p>'), cell("<w:p/>")))
)

GRID_EXPECTED = {
    "student": {"name": "Mees Jansen", "number": "1998877"}, "subject": "GS", "moment": "eindbeoordeling",
    "date": "2026-01-20", "school": None, "supervisor": None,
    "outcomes": {
        "positief-leerklimaat": {"judgement": "voldaan", "confidence": None, "selfReflection": "Ik werk aan een rustige start.",
                                 "feedback": "Duidelijke routines in 2 havo.", "indicatorsSeenFeedback": None,
                                 "developmentMade": None, "developmentToMake": None, "seen": []},
        "afstemmen": {"judgement": "niet-voldaan", "confidence": None, "selfReflection": "Ik gebruik de overdrachten.",
                      "feedback": None, "indicatorsSeenFeedback": None, "developmentMade": None, "developmentToMake": None,
                      "seen": ["afstemmen.inventariseren-van-behoeften.1", "afstemmen.pedagogisch-afstemmen.1"]},
        "leerstof-verwerken": {"judgement": "voldaan", "confidence": None, "selfReflection": None, "feedback": None,
                               "indicatorsSeenFeedback": None, "developmentMade": None, "developmentToMake": None, "seen": []},
        "ict": {"judgement": None, "confidence": None, "selfReflection": None, "feedback": None,
                "indicatorsSeenFeedback": None, "developmentMade": None, "developmentToMake": None, "seen": []},
        "ppi": {"judgement": None, "confidence": None, "selfReflection": None, "feedback": None,
                "indicatorsSeenFeedback": None, "developmentMade": None, "developmentToMake": None, "seen": []},
    },
    "skills": {},
}


def main():
    os.makedirs(FORMS, exist_ok=True)
    template = os.path.join(FORMS, "template.docx")
    subprocess.run([docxforms(), "template", "-o", template], check=True)
    for data in FILLED:
        fill(template, data, os.path.join(FORMS, data["name"] + ".docx"))
        save_expected(data["name"], expected(data))
    if libreoffice(os.path.join(FORMS, "tagged-1.docx"), os.path.join(FORMS, "tagged-1-libreoffice.docx")):
        save_expected("tagged-1-libreoffice", expected(FILLED[0]))
    parts = word_package(PLAIN_BODY, extra_parts=[("word/comments.xml", PLAIN_COMMENTS)],
                         extra_rels=[("rIdC", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
                                      "comments.xml", "")],
                         extra_types=[("word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml")])
    write_zip(os.path.join(FORMS, "plain-table.docx"), parts)
    save_expected("plain-table", PLAIN_EXPECTED)
    write_zip(os.path.join(FORMS, "plain-grid.docx"), word_package(GRID_BODY))
    save_expected("plain-grid", GRID_EXPECTED)
    print("forms written to", FORMS)


if __name__ == "__main__":
    main()
