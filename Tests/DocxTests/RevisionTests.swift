import Testing
@testable import Docx

@Suite struct RevisionTests {
    @Test func insertionsAreTextDeletionsAreKeptAside() throws {
        let document = try fixture("revisions")
        let ps = paragraphs(document)
        #expect(ps[0].text == "De student toont overzicht.")
        #expect(ps[1].text == "nieuw")
        let deleted = runs(ps[0].inlines).first { $0.isDeleted }
        #expect(deleted?.text == "liet" && deleted?.change?.author == "Werkplekbegeleider")
        #expect(document.trackedChanges.map(\.kind) == [.insertion, .deletion, .moveFrom, .moveTo])
        #expect(document.trackedChanges.map(\.text) == ["toont", "liet", "oud", "nieuw"])
        #expect(document.trackedChanges[1].date == "2025-11-20T10:01:00Z")
    }

    @Test func commentsCarryAuthorDateTextAndTheirAnchor() throws {
        let comment = try #require(try fixture("revisions").comments.first)
        #expect(comment.author == "Werkplekbegeleider" && comment.initials == "WPB")
        #expect(comment.date == "2025-11-20T10:02:00Z")
        #expect(Block.text(of: comment.blocks) == "Geef een concreet voorbeeld.")
        #expect(comment.anchorText == "De student toont overzicht.")
        #expect(comment.part == "word/comments.xml")
    }

    @Test func hyperlinksResolveThroughRelationships() throws {
        let ps = paragraphs(try fixture("revisions"))
        let targets = ps[2].inlines.compactMap { inline -> String? in
            if case .hyperlink(let link) = inline { return link.target } else { return nil }
        }
        #expect(targets == ["https://www.han.nl/", "#LUK1"])
        #expect(ps[2].text == "handboekLUK 1")
    }
}

@Suite struct PackageTests {
    @Test func theMainPartIsFoundThroughRelationshipsWhereverItIs() throws {
        let document = try fixture("alternate-main")
        #expect(document.mainPart == "content/main doc.xml")
        #expect(Block.text(of: document.body) == "Elders opgeslagen\nTweede")
    }

    @Test func strictDocumentsReadLikeTransitionalOnes() throws {
        let document = try fixture("strict")
        #expect(Block.text(of: document.body) == "Strikt\nwaarde")
        #expect(document.contentControls.first?.control.tag == "strict.tag")
        #expect(runs(paragraphs(document)[0].inlines)[0].format.bold)
    }

    @Test func utf16PartsAreDecoded() throws {
        #expect(Block.text(of: try fixture("utf16").body) == "UTF-16 tekst")
    }

    @Test func headersFootersAndNotesAreStories() throws {
        let document = try fixture("textboxes")
        #expect(document.stories.map(\.kind) == [.header, .footer, .footnote, .endnote])
        #expect(document.stories.map(\.part) == ["word/header1.xml", "word/footer1.xml", "word/footnotes.xml", "word/endnotes.xml"])
        #expect(document.stories[2].id == "1")
        #expect(Block.text(of: document.stories[2].blocks) == "Een footnote.")
    }

    @Test func alternateContentIsReadOnceChoiceOrFallback() throws {
        let document = try fixture("textboxes")
        let ps = paragraphs(document)
        #expect(ps.filter { $0.text == "In het tekstvak" }.count == 1)
        #expect(ps.contains { $0.text == "Anker na" })
        #expect(ps.contains { $0.text == "terugval" })
        #expect(!ps.contains { $0.text.contains("onbekend") })
        #expect(ps.contains { $0.text == "slim en eigen noot" })
    }

    @Test func libreOfficeOutputReads() throws {
        let document = try fixture("libreoffice")
        guard case .table(let table) = document.body[1] else { Issue.record("no table"); return }
        #expect(table.rows.map { Block.text(of: $0.cells[1].blocks) } == ["Robin de Boer", "2345678", "eindbeoordeling"])
        let ps = paragraphs(document)
        let judgement = runs(try #require(ps.first { $0.text.hasPrefix("Oordeel") }).inlines)
        #expect(judgement.first { $0.text == "voldaan" }?.format.bold == true)
        #expect(judgement.first { $0.text == "niet voldaan" }?.format.strike == true)
        let confidence = runs(try #require(ps.first { $0.text.hasPrefix("Voldoende") }).inlines)
        #expect(confidence.first { $0.text == "ja" }?.format.shading == "FFFF00")
        let checkbox = try #require(document.contentControls.first?.control)
        #expect(checkbox.kind == .checkbox && checkbox.checked == true)
        #expect(document.comments.first?.author == "Werkplekbegeleider")
        #expect(document.comments.first.map { Block.text(of: $0.blocks) } == "Noem een concreet voorbeeld.")
    }

    @Test func pythonDocxOutputReads() throws {
        let document = try fixture("python-docx")
        guard case .table(let table) = document.body[1] else { Issue.record("no table"); return }
        #expect(table.rows.map { Block.text(of: $0.cells[1].blocks) } == ["Alex Visser", "1234567", "tussenevaluatie"])
        let marks = runs(paragraphs(document).last!.inlines)
        #expect(marks.first { $0.text == "voldaan" }?.format.bold == true)
        #expect(marks.first { $0.text == "niet voldaan" }?.format.strike == true)
    }
}

@Suite struct ReadmeExampleTests {
    /// The library example in README.md, run as written there.
    @Test func theReadmeExampleWorks() throws {
        let path = fixturePath("docx/controls.docx")
        // README: begin
        let document = try DocxReader().read(contentsOf: path)
        for located in document.contentControls {
            print(located.control.tag ?? "-", located.control.value ?? "")
        }
        // README: end
        #expect(document.contentControls.count == 15)
    }
}
