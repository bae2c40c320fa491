#!/usr/bin/env python3
"""Generate N realistic filled feedback-and-assessment forms for benchmarks.

Each form is a tagged Word document of about 100 KB (about 300 KB of
document.xml) with about 200 content controls: a header of text and date
controls, per learning outcome a self-reflection and feedback in rich-text
controls, a judgement drop-down, and a table of kijkkader indicators each with a
checkbox control; plus a table of complex skills with a checkbox per phase.
The outcome headings and kijkkader sentences are the handbook's, as the form
prints them, read from `docxforms catalogue --format json` (CATALOGUE); the
rest is deterministic (seeded), fictitious content.

    python3 Benchmarks/make_forms.py OUT_DIR N CATALOGUE
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures"))
from make_fixtures import word_package, write_zip, sdt, cell, p  # noqa: E402

WORDS = ("de student laat zien dat hij de klas goed kan leiden en geeft duidelijke instructie aan het begin "
         "van de les waarbij leerlingen actief betrokken worden bij de leerstof en de werkvormen zijn afgestemd "
         "op de behoeften van de groep ook reflecteert zij op haar eigen handelen en benoemt concrete stappen "
         "voor de volgende periode in het derde jaar met aandacht voor differentiatie en feedback").split()


SYLLABLES = "be ge ver ont aan in uit lei ding werk vorm kla ssen ma na ge ment af stem men leer stof ver wer ken".split()


def word(rng):
    if rng.random() < 0.7:
        return rng.choice(WORDS)
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def sentence(rng, n=14):
    return " ".join(word(rng) for _ in range(n)).capitalize() + "."


def rsid(rng):
    return "%08X" % rng.getrandbits(32)


RPR = ('<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/>'
       '<w:szCs w:val="22"/><w:lang w:val="nl-NL"/></w:rPr>')


def wp(rng, text):
    """A paragraph as Word writes one: rsids, run properties, text split over runs."""
    words = text.split(" ")
    runs, i = [], 0
    while i < len(words):
        j = min(len(words), i + rng.randint(3, 9))
        chunk = " ".join(words[i:j]) + (" " if j < len(words) else "")
        runs.append(f'<w:r w:rsidR="{rsid(rng)}">{RPR}<w:t xml:space="preserve">{chunk}</w:t></w:r>')
        i = j
    return (f'<w:p w:rsidR="{rsid(rng)}" w:rsidRDefault="{rsid(rng)}" w:rsidP="{rsid(rng)}">'
            f'<w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/><w:rPr><w:lang w:val="nl-NL"/></w:rPr></w:pPr>'
            + "".join(runs) + '</w:p>')


def text_control(tag, alias, paragraphs, rng=None):
    rng = rng or random.Random(tag)
    return sdt(f'<w:rPr><w:lang w:val="nl-NL"/></w:rPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{rng.getrandbits(31)}"/>',
               "".join(wp(rng, x) for x in paragraphs))


def checkbox(tag, checked):
    state = "1" if checked else "0"
    glyph = "☒" if checked else "☐"
    return sdt(f'<w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{state}"/>'
               '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
               '</w14:checkbox>', f'<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r>')


def form(rng, index, outcomes):
    body = [p("Feedback- en beoordelingsformulier wpl2", ppr='<w:pPr><w:pStyle w:val="Title"/></w:pPr>')]
    header = [("student.name", "Naam student", f"Student {index}"), ("student.number", "Studentnummer", str(1000000 + index)),
              ("subject", "Vak", "Nederlands"), ("school", "School", "Scholengemeenschap Oost"),
              ("wpb", "Werkplekbegeleider", "Begeleider A"), ("so", "Schoolopleider", "Opleider B"),
              ("io", "Instituutsopleider", "Opleider C"), ("moment", "Moment", "eindbeoordeling"), ("lessons", "Aantal lessen", "44")]
    rows = "".join('<w:tr>' + cell(p(alias)) + cell(text_control(tag, alias, [value])) + '</w:tr>' for tag, alias, value in header)
    body.append(f'<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{rows}</w:tbl>')
    for number, (outcome, name, indicators) in enumerate(outcomes, start=1):
        body.append(p(f"{number}. {name}", ppr='<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'))
        for part, alias in (("self", "Zelfreflectie"), ("feedback", "Feedback"), ("feedforward", "Volgende stappen")):
            body.append(text_control(f"{outcome}.{part}", alias, [sentence(rng, 40) for _ in range(4)], rng))
        body.append('<w:p>' + sdt(f'<w:tag w:val="{outcome}.confidence"/><w:dropDownList><w:listItem w:displayText="ja" w:value="ja"/>'
                                  '<w:listItem w:displayText="nee" w:value="nee"/></w:dropDownList>', '<w:r><w:t>ja</w:t></w:r>') + '</w:p>')
        body.append('<w:p>' + sdt(f'<w:tag w:val="{outcome}.judgement"/><w:dropDownList><w:listItem w:displayText="voldaan" w:value="voldaan"/>'
                                  '<w:listItem w:displayText="niet voldaan" w:value="niet voldaan"/></w:dropDownList>',
                                  f'<w:r><w:t>{rng.choice(["voldaan", "niet voldaan"])}</w:t></w:r>') + '</w:p>')
        rows = "".join('<w:tr>' + cell(wp(rng, text), '<w:tcW w:w="7000" w:type="dxa"/>') + cell('<w:p>' + checkbox(f"{outcome}.ind.{i}", rng.random() < 0.6) + '</w:p>') + '</w:tr>'
                       for i, text in enumerate(indicators, start=1))
        body.append(f'<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{rows}</w:tbl>')
    skills = "".join('<w:tr>' + cell(p(f"Dimensie {d}")) + "".join(
        cell('<w:p>' + checkbox(f"skill.{d}.{phase}", rng.random() < 0.33) + '</w:p>') for phase in ("begin", "groei", "vergevorderd")) + '</w:tr>'
        for d in range(1, 15))
    body.append(f'<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>{skills}</w:tbl>')
    for who in ("student", "wpb", "io"):
        body.append(text_control(f"signature.{who}", f"Handtekening {who}", [f"Naam {who} {index}"], rng))
        body.append('<w:p>' + sdt(f'<w:tag w:val="signature.{who}.date"/><w:date w:fullDate="2026-01-20T00:00:00Z"><w:dateFormat w:val="d-M-yyyy"/></w:date>',
                                  '<w:r><w:t>20-1-2026</w:t></w:r>') + '</w:p>')
    body.append('<w:p>' + sdt('<w:tag w:val="date"/><w:date w:fullDate="2026-01-20T00:00:00Z"><w:dateFormat w:val="d-M-yyyy"/></w:date>',
                              '<w:r><w:t>20-1-2026</w:t></w:r>') + '</w:p>')
    return "".join(body)


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:latentStyles w:defLockedState="0" w:count="376">'
          + "".join(f'<w:lsdException w:name="Style {i}" w:uiPriority="{i}" w:semiHidden="1" w:unhideWhenUsed="1"/>' for i in range(376))
          + '</w:latentStyles></w:styles>')


def package(rng, body):
    """The form's parts as Word writes them: document, styles, and a logo."""
    logo = bytes(rng.getrandbits(8) for _ in range(60_000))
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return word_package(body, extra_parts=[("word/styles.xml", STYLES), ("word/media/image1.png", logo)],
                        extra_rels=[("rIdS", f"{rel}/styles", "styles.xml", ""), ("rIdI", f"{rel}/image", "media/image1.png", "")],
                        extra_types=[("word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
                                     ("word/media/image1.png", "image/png")])


def main():
    out, n, catalogue = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(catalogue, encoding="utf-8") as f:
        outcomes = [(o["id"], o["name"], [i["text"] for d in o["dimensions"] for i in d["indicators"]]) for o in json.load(f)["outcomes"]]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(2026)
    for i in range(n):
        write_zip(os.path.join(out, f"form-{i:04d}.docx"), package(rng, form(rng, i, outcomes)))


if __name__ == "__main__":
    main()
