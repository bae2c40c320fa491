#!/usr/bin/env python3
"""Build the fixture documents of docxforms from the XML written in this file.

Every fixture is a minimal, hand-written Office package: the XML below is the
source, this script zips it deterministically (fixed timestamps, fixed order),
so running it again gives the same bytes. Broken and hostile inputs are made
the same way, by cutting, corrupting or crafting bytes.

    python3 Fixtures/make_fixtures.py          # writes Fixtures/docx and Fixtures/bad

Two fixtures are produced by real software from sources in this repository:
python-docx.docx by python-docx (pip install python-docx), from the calls in
python_docx() below, and libreoffice.docx by LibreOffice headless
(apt-get install --no-install-recommends libreoffice-writer-nogui), from
sources/libreoffice.fodt. Each is skipped with a note when its tool is absent,
leaving the committed file as it is. No fixture contains real personal data.
"""
import io
import os
import shutil
import subprocess
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, "docx")
BAD = os.path.join(HERE, "bad")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = (f'xmlns:w="{W}" xmlns:r="{R}" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def content_types(overrides):
    items = "".join(f'<Override PartName="/{p}" ContentType="{t}"/>' for p, t in overrides)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + items + '</Types>')


def rels(entries):
    items = "".join(
        f'<Relationship Id="{i}" Type="{t}" Target="{target}"{mode}/>'
        for i, t, target, mode in entries)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + items + '</Relationships>')


def document(body, root="w:document", ns=NS):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><{root} {ns}><w:body>{body}</w:body></{root}>'


def write_zip(path, parts):
    """Zip `parts` ([(name, text-or-bytes)]) with fixed dates and order."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    with open(path, "wb") as f:
        f.write(buffer.getvalue())
    return buffer.getvalue()


def word_package(body, extra_parts=(), extra_rels=(), extra_types=(), main="word/document.xml"):
    """A minimal Word package around `body` (the content of w:body)."""
    folder = main.rsplit("/", 1)[0]
    parts = [
        ("[Content_Types].xml", content_types([(main, MAIN_TYPE)] + list(extra_types))),
        ("_rels/.rels", rels([("rId1", f"{REL}/officeDocument", main, "")])),
        (main, body if body.startswith("<?xml") else document(body)),
    ]
    if extra_rels:
        parts.append((f"{folder}/_rels/{main.rsplit('/', 1)[1]}.rels", rels(extra_rels)))
    return parts + list(extra_parts)


def p(text, rpr="", ppr=""):
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def sdt(pr, content):
    return f'<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>'


def cell(content, tcpr=""):
    return f'<w:tc>{"<w:tcPr>" + tcpr + "</w:tcPr>" if tcpr else ""}{content}</w:tc>'


# ---------------------------------------------------------------- valid documents

PARAGRAPHS = (
    '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:rPr><w:b/></w:rPr></w:pPr>'
    '<w:r><w:t>Feedback</w:t></w:r><w:r><w:t xml:space="preserve"> en beoordeling</w:t></w:r></w:p>'
    '<w:p><w:r><w:t>Naam</w:t></w:r><w:r><w:tab/><w:t>Student\u00a0A</w:t></w:r>'
    '<w:r><w:br/><w:t>les</w:t><w:softHyphen/><w:t>geven</w:t><w:noBreakHyphen/><w:t>x</w:t></w:r></w:p>'
    '<w:p><w:r><w:rPr><w:strike/></w:rPr><w:t>voldaan</w:t></w:r><w:r><w:t xml:space="preserve"> / </w:t></w:r>'
    '<w:r><w:rPr><w:b w:val="1"/><w:highlight w:val="yellow"/></w:rPr><w:t>niet voldaan</w:t></w:r></w:p>'
    '<w:p><w:r><w:rPr><w:dstrike/><w:u w:val="single"/><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/></w:rPr>'
    '<w:t>dubbel</w:t></w:r><w:r><w:rPr><w:b w:val="false"/><w:i/></w:rPr><w:t>schuin</w:t></w:r></w:p>'
    '<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FE"/><w:t xml:space="preserve"> gezien </w:t></w:r>'
    '<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>'
    '<w:r><w:rPr><w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/></w:rPr><w:t>T</w:t></w:r>'
    '<w:r><w:t xml:space="preserve"> ☒ X ✓</w:t></w:r></w:p>'
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
)

TABLES = (
    '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>'
    '<w:tr><w:trPr><w:tblHeader/></w:trPr>' + cell(p("Leeruitkomst"), '<w:gridSpan w:val="2"/>') + cell(p("Oordeel")) + '</w:tr>'
    '<w:tr>' + cell(p("Positief leerklimaat"), '<w:vMerge w:val="restart"/>') + cell(p("Klassenmanagement")) + cell(p("X")) + '</w:tr>'
    '<w:tr>' + cell('<w:p/>', '<w:vMerge/>') + cell(p("Reflecteren")) + cell(p("")) + '</w:tr>'
    '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' + cell(p("na gridBefore")) + cell(
        '<w:tbl><w:tr>' + cell(p("genest 1")) + cell(p("genest 2")) + '</w:tr></w:tbl><w:p/>') + '</w:tr>'
    '</w:tbl><w:p/>'
)

CONTROLS = (
    sdt('<w:alias w:val="Naam student"/><w:tag w:val="student.name"/><w:id w:val="101"/><w:text/>',
        p("Sam de Vries"))
    + '<w:p><w:r><w:t xml:space="preserve">Nummer: </w:t></w:r>'
    + sdt('<w:alias w:val="Studentnummer"/><w:tag w:val="student.number"/><w:showingPlcHdr/><w:text/>',
          '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Klik hier</w:t></w:r>')
    + '<w:r><w:t xml:space="preserve"> gezien: </w:t></w:r>'
    + sdt('<w:tag w:val="ind.1"/><w14:checkbox><w14:checked w14:val="1"/>'
          '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>',
          '<w:r><w:t>☒</w:t></w:r>')
    + sdt('<w:tag w:val="ind.2"/><w14:checkbox><w14:checked w14:val="0"/></w14:checkbox>', '<w:r><w:t>☐</w:t></w:r>')
    + '</w:p>'
    + '<w:p>' + sdt('<w:alias w:val="Oordeel"/><w:tag w:val="judgement"/><w:dropDownList>'
                    '<w:listItem w:displayText="Kies" w:value=""/><w:listItem w:displayText="voldaan" w:value="V"/>'
                    '<w:listItem w:displayText="niet voldaan" w:value="NV"/></w:dropDownList>',
                    '<w:r><w:t>niet voldaan</w:t></w:r>')
    + sdt('<w:tag w:val="moment"/><w:comboBox><w:listItem w:displayText="startgesprek" w:value="s"/></w:comboBox>',
          '<w:r><w:t>eigen tekst</w:t></w:r>')
    + sdt('<w:tag w:val="date"/><w:date w:fullDate="2025-11-14T00:00:00Z"><w:dateFormat w:val="d-M-yyyy"/><w:lid w:val="nl-NL"/></w:date>',
          '<w:r><w:t>14-11-2025</w:t></w:r>')
    + '</w:p>'
    + sdt('<w:tag w:val="photo"/><w:picture/>', '<w:p/>')
    + sdt('<w:tag w:val="feedback"/>', p("Eerste alinea") + p("Tweede alinea"))
    + sdt('<w:tag w:val="outer"/><w:group/>',
          sdt('<w:tag w:val="inner"/><w:text/>', p("binnen")))
    + sdt('<w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj>', p("Inhoud"))
    + '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>'
    + sdt('<w:tag w:val="rows"/><w15:repeatingSection/>',
          sdt('<w15:repeatingSectionItem/>',
              '<w:tr>' + cell(p("rij A")) + sdt('<w:tag w:val="cellctl"/>', cell(p("cel B"))) + '</w:tr>'))
    + '</w:tbl><w:p/>'
)

FORMFIELDS = (
    '<w:p><w:r><w:t xml:space="preserve">Naam: </w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Naam"/><w:enabled/>'
    '<w:textInput><w:default w:val="vul in"/><w:maxLength w:val="40"/></w:textInput></w:ffData></w:fldChar></w:r>'
    '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    '<w:r><w:t>Noor</w:t></w:r><w:r><w:t xml:space="preserve"> Jansen</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    '<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Gezien1"/>'
    '<w:checkBox><w:sizeAuto/><w:default w:val="0"/><w:checked/></w:checkBox></w:ffData></w:fldChar></w:r>'
    '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Gezien2"/>'
    '<w:checkBox><w:sizeAuto/><w:default w:val="1"/></w:checkBox></w:ffData></w:fldChar></w:r>'
    '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Gezien3"/>'
    '<w:checkBox><w:default w:val="1"/><w:checked w:val="0"/></w:checkBox></w:ffData></w:fldChar></w:r>'
    '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    '<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Oordeel"/>'
    '<w:ddList><w:result w:val="1"/><w:listEntry w:val="voldaan"/><w:listEntry w:val="niet voldaan"/></w:ddList>'
    '</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>niet voldaan</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    '<w:p><w:fldSimple w:instr=" DATE \\@ &quot;d-M-yyyy&quot; "><w:r><w:t>1-12-2025</w:t></w:r></w:fldSimple>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
)

REVISIONS = (
    '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">De student </w:t></w:r>'
    '<w:ins w:id="1" w:author="Werkplekbegeleider" w:date="2025-11-20T10:00:00Z"><w:r><w:t>toont</w:t></w:r></w:ins>'
    '<w:del w:id="2" w:author="Werkplekbegeleider" w:date="2025-11-20T10:01:00Z"><w:r><w:delText>liet</w:delText></w:r></w:del>'
    '<w:r><w:t xml:space="preserve"> overzicht.</w:t></w:r><w:commentRangeEnd w:id="0"/>'
    '<w:r><w:commentReference w:id="0"/></w:r></w:p>'
    '<w:p><w:moveFrom w:id="3" w:author="A"><w:r><w:t>oud</w:t></w:r></w:moveFrom>'
    '<w:moveTo w:id="4" w:author="A"><w:r><w:t>nieuw</w:t></w:r></w:moveTo></w:p>'
    '<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>handboek</w:t></w:r></w:hyperlink>'
    '<w:hyperlink w:anchor="LUK1"><w:r><w:t>LUK 1</w:t></w:r></w:hyperlink></w:p>'
)
COMMENTS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {NS}>'
    '<w:comment w:id="0" w:author="Werkplekbegeleider" w:initials="WPB" w:date="2025-11-20T10:02:00Z">'
    '<w:p><w:r><w:t>Geef een concreet voorbeeld.</w:t></w:r></w:p></w:comment></w:comments>'
)

TEXTBOXES = (
    '<w:p><w:r><w:t xml:space="preserve">Anker </w:t></w:r><w:r><mc:AlternateContent>'
    '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>'
    '<w:txbxContent><w:p><w:r><w:t>In het tekstvak</w:t></w:r></w:p></w:txbxContent>'
    '</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
    '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>In het tekstvak</w:t></w:r></w:p>'
    '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    '<w:r><w:t>na</w:t></w:r></w:p>'
    '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="w99"><w:t>onbekend</w:t></mc:Choice>'
    '<mc:Fallback><w:t>terugval</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>'
    '<w:p><w:smartTag w:element="place"><w:r><w:t>slim</w:t></w:r></w:smartTag>'
    '<w:customXml w:element="veld"><w:r><w:t xml:space="preserve"> en eigen</w:t></w:r></w:customXml>'
    '<w:r><w:t xml:space="preserve"> noot</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
)
W99 = 'xmlns:w99="http://example.com/unknown"'
NOTES = lambda kind: (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s {NS}>'
    f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
    f'<w:{kind} w:id="1"><w:p><w:r><w:t>Een {kind}.</w:t></w:r></w:p></w:{kind}></w:{kind}s>')
HEADER = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {NS}>' + p("Kop: HAN") + '</w:hdr>'
FOOTER = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {NS}>' + p("Voet") + '</w:ftr>'

BOUND = (
    sdt('<w:tag w:val="bound.name"/><w:dataBinding w:prefixMappings="xmlns:ns0=\'urn:form\'" '
        'w:xpath="/ns0:form[1]/ns0:student[1]/ns0:name[1]" w:storeItemID="{11111111-2222-3333-4444-555555555555}"/><w:text/>',
        p("Oude naam"))
    + sdt('<w:tag w:val="bound.seen"/><w:dataBinding w:prefixMappings="xmlns:ns0=\'urn:form\'" '
          'w:xpath="/ns0:form[1]/ns0:seen[1]/@value" w:storeItemID="{11111111-2222-3333-4444-555555555555}"/>'
          '<w14:checkbox><w14:checked w14:val="0"/></w14:checkbox>', p("☐"))
    + sdt('<w:tag w:val="bound.title"/><w:dataBinding w:prefixMappings="xmlns:ns0=\'http://purl.org/dc/elements/1.1/\' '
          'xmlns:ns1=\'http://schemas.openxmlformats.org/package/2006/metadata/core-properties\'" '
          'w:xpath="/ns1:coreProperties[1]/ns0:title[1]" w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/><w:text/>',
          p("Beoordelingsformulier"))
    + sdt('<w:tag w:val="bound.missing"/><w:dataBinding w:xpath="/x[1]" w:storeItemID="{99999999-0000-0000-0000-000000000000}"/><w:text/>',
          p("blijft"))
)
CUSTOM_ITEM = '<?xml version="1.0" encoding="UTF-8"?><form xmlns="urn:form"><student><name>Nieuwe naam</name></student><seen value="true"/></form>'
CUSTOM_PROPS = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" '
                'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>')
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Beoordelingsformulier</dc:title></cp:coreProperties>')

STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"


def valid():
    os.makedirs(DOCX, exist_ok=True)
    made = {}
    made["paragraphs"] = word_package(PARAGRAPHS)
    made["tables"] = word_package(TABLES)
    made["controls"] = word_package(CONTROLS)
    made["formfields"] = word_package(FORMFIELDS)
    made["revisions"] = word_package(
        REVISIONS,
        extra_parts=[("word/comments.xml", COMMENTS)],
        extra_rels=[("rIdC", f"{REL}/comments", "comments.xml", ""),
                    ("rIdLink", f"{REL}/hyperlink", "https://www.han.nl/", ' TargetMode="External"')],
        extra_types=[("word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml")])
    made["textboxes"] = word_package(
        document(TEXTBOXES, ns=NS + " " + W99),
        extra_parts=[("word/footnotes.xml", NOTES("footnote")), ("word/endnotes.xml", NOTES("endnote")),
                     ("word/header1.xml", HEADER), ("word/footer1.xml", FOOTER)],
        extra_rels=[("rId2", f"{REL}/footnotes", "footnotes.xml", ""), ("rId3", f"{REL}/endnotes", "/word/endnotes.xml", ""),
                    ("rId4", f"{REL}/header", "header1.xml", ""), ("rId5", f"{REL}/footer", "./footer1.xml", "")])
    made["databinding"] = word_package(
        BOUND,
        extra_parts=[("customXml/item1.xml", CUSTOM_ITEM), ("customXml/itemProps1.xml", CUSTOM_PROPS),
                     ("customXml/_rels/item1.xml.rels", rels([("rId1", f"{REL}/customXmlProps", "itemProps1.xml", "")])),
                     ("docProps/core.xml", CORE)],
        extra_rels=[("rId9", f"{REL}/customXml", "../customXml/item1.xml", "")])
    # core properties hang off the package relationships
    made["databinding"][1] = ("_rels/.rels", rels([
        ("rId1", f"{REL}/officeDocument", "word/document.xml", ""),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml", "")]))
    # the main part where no reader would guess it, found through _rels/.rels
    made["alternate-main"] = word_package(p("Elders opgeslagen") + p("Tweede"), main="content/main%20doc.xml")
    made["alternate-main"][1] = ("_rels/.rels", rels([("rId1", f"{REL}/officeDocument", "/content/main%20doc.xml", "")]))
    made["alternate-main"][2] = ("content/main doc.xml", made["alternate-main"][2][1])
    made["alternate-main"][0] = ("[Content_Types].xml", content_types([("content/main doc.xml", MAIN_TYPE)]))
    # Strict OOXML: other namespace URIs, other prefixes, same content
    strict_ns = f'xmlns:s="{STRICT_W}"'
    strict_body = (f'<?xml version="1.0" encoding="UTF-8"?><s:document {strict_ns}><s:body>'
                   '<s:p><s:r><s:rPr><s:b/></s:rPr><s:t>Strikt</s:t></s:r></s:p>'
                   '<s:sdt><s:sdtPr><s:tag s:val="strict.tag"/><s:text/></s:sdtPr><s:sdtContent>'
                   '<s:p><s:r><s:t>waarde</s:t></s:r></s:p></s:sdtContent></s:sdt></s:body></s:document>')
    made["strict"] = [
        ("[Content_Types].xml", content_types([("word/document.xml", MAIN_TYPE)])),
        ("_rels/.rels", rels([("rId1", "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument", "word/document.xml", "")])),
        ("word/document.xml", strict_body)]
    # UTF-16 encoded main part
    utf16 = document(p("UTF-16 tekst")).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    made["utf16"] = word_package(p("x"))
    made["utf16"][2] = ("word/document.xml", b"\xff\xfe" + utf16.encode("utf-16-le"))
    for name, parts in made.items():
        write_zip(os.path.join(DOCX, name + ".docx"), parts)
    python_docx()
    libreoffice()


def rezip(data, path):
    """Write the package in `data` again with fixed dates, so the bytes change
    only when the content does."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        write_zip(path, [(n, z.read(n)) for n in z.namelist()])


def python_docx():
    """A document written by python-docx, from the instructions below."""
    try:
        import docx
    except ImportError:
        print("note: python-docx not installed; Fixtures/docx/python-docx.docx left as it is")
        return
    d = docx.Document()
    d.core_properties.author = "docxforms fixtures"
    d.core_properties.created = d.core_properties.modified = __import__("datetime").datetime(2025, 1, 1)
    d.add_heading("Feedback- en beoordelingsformulier", level=1)
    t = d.add_table(rows=3, cols=2)
    for row, (label, value) in zip(t.rows, [("Naam student", "Alex Visser"), ("Studentnummer", "1234567"),
                                             ("Moment", "tussenevaluatie")]):
        row.cells[0].text = label
        row.cells[1].text = value
    par = d.add_paragraph("Oordeel: ")
    par.add_run("voldaan").bold = True
    par.add_run(" / ")
    par.add_run("niet voldaan").font.strike = True
    buffer = io.BytesIO()
    d.save(buffer)
    rezip(buffer.getvalue(), os.path.join(DOCX, "python-docx.docx"))


def libreoffice():
    """sources/libreoffice.fodt saved as .docx by LibreOffice Writer."""
    soffice = shutil.which("soffice")
    if not soffice:
        print("note: LibreOffice not installed; Fixtures/docx/libreoffice.docx left as it is")
        return
    with tempfile.TemporaryDirectory() as work:
        subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "docx",
                        "--outdir", work, os.path.join(HERE, "sources", "libreoffice.fodt")],
                       check=True, capture_output=True)
        with open(os.path.join(work, "libreoffice.docx"), "rb") as f:
            rezip(f.read(), os.path.join(DOCX, "libreoffice.docx"))


# ---------------------------------------------------------------- broken and hostile inputs

def ole(stream_names):
    """An OLE compound-file header followed by directory names in UTF-16LE:
    enough for the sniffer, which reads only the magic and the names."""
    body = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    for name in stream_names:
        body += name.encode("utf-16-le") + b"\x00" * (64 - 2 * len(name))
    return body + b"\x00" * 512


def crc_corrupted(package):
    """The package with one byte of its deflated document part flipped: a CRC error."""
    data = bytearray(package)
    name = b"word/document.xml"
    at = data.find(name) + len(name) + 10
    data[at] ^= 0xFF
    return bytes(data)


def spreadsheet_parts():
    """A minimal spreadsheet package: a zip that is an Office file but not Word."""
    return [
        ("[Content_Types].xml", content_types([("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")])),
        ("_rels/.rels", rels([("rId1", f"{REL}/officeDocument", "xl/workbook.xml", "")])),
        ("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')]


def bad():
    os.makedirs(BAD, exist_ok=True)
    good = write_zip(os.path.join(BAD, ".tmp"), word_package(p("Een goed document met wat tekst " * 20)))
    os.remove(os.path.join(BAD, ".tmp"))
    files = {
        "empty.docx": b"",
        "not-a-zip.docx": b"Dit is gewoon tekst, geen Word-document.\n",
        "truncated.docx": good[: len(good) // 2],
        "legacy.doc": ole(["Root Entry", "WordDocument", "1Table"]),
        "legacy-renamed.docx": ole(["Root Entry", "WordDocument", "1Table"]),
        "encrypted.docx": ole(["Root Entry", "EncryptionInfo", "EncryptedPackage"]),
        "word2003.xml.doc": b'<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"/>',
    }
    files["crc-error.docx"] = crc_corrupted(good)
    for name, content in files.items():
        with open(os.path.join(BAD, name), "wb") as f:
            f.write(content)
    write_zip(os.path.join(BAD, "spreadsheet.docx"), spreadsheet_parts())
    write_zip(os.path.join(BAD, "plain-zip.docx"), [("notes.txt", "geen Office-bestand")])
    write_zip(os.path.join(BAD, "missing-main.docx"), word_package(p("x"))[:2])
    write_zip(os.path.join(BAD, "malformed.docx"), word_package(
        document('<w:p><w:r><w:t>open</w:r></w:p>')))
    write_zip(os.path.join(BAD, "doctype.docx"), word_package(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        f'<w:document {NS}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>'))
    write_zip(os.path.join(BAD, "external-entity.docx"), word_package(
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<w:document {NS}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>'))
    # A zip bomb: 80 MiB of XML whitespace that deflates to about 80 KiB.
    bomb = document(p("bom")).replace("<w:body>", "<w:body>" + " " * (80 << 20))
    write_zip(os.path.join(BAD, "bomb.docx"), word_package(bomb))
    # Deep nesting beyond libxml2's limit of 256.
    deep = document("<w:p>" + "<w:r>" * 300 + "</w:r>" * 300 + "</w:p>")
    write_zip(os.path.join(BAD, "deep.docx"), word_package(deep))


if __name__ == "__main__":
    valid()
    bad()
    print("fixtures written to", DOCX, "and", BAD)
