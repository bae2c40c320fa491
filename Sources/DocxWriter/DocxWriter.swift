// DocxWriter: writes a `Document` (the model the reader produces) as a .docx,
// with libxml2's text writer and libzip, through the XMLStream and ZipArchive
// modules. Used for the blank form template; reading what it writes gives the
// same model back (tests hold it to that).
public import Docx
internal import XMLStream
internal import ZipArchive

/// Writes documents as WordprocessingML packages.
///
/// What is written: the body (paragraphs with styles, runs with their
/// formatting and tracked changes, tables with widths, spans, merges, header
/// rows and shading, content controls of every kind at every level, fields and
/// legacy form fields, hyperlinks, text boxes), a style sheet with the styles
/// the form uses, settings and core properties. Not written: headers, footers,
/// notes and comments (the model's other stories); note references are left out.
public struct DocxWriter: Sendable {
    /// The document's title (core properties) and language (spell checking).
    public var title: String
    public var language: String

    public init(title: String = "", language: String = "nl-NL") {
        self.title = title
        self.language = language
    }

    /// Writes `document` to `path`, atomically: a reader never sees half a file.
    ///
    /// - Throws: ``DocxWriteError`` naming the path.
    public func write(_ document: Document, to path: String) throws(DocxWriteError) {
        let zip = ZipWriter()
        do {
            for (name, bytes) in try parts(document) { zip.add(name, bytes) }
            try zip.write(to: path)
        } catch let error as ZipError {
            throw DocxWriteError(path: path, reason: error.message)
        } catch {
            throw DocxWriteError(path: path, reason: "\(error)")
        }
    }

    /// The package's parts, in the order they are zipped.
    func parts(_ document: Document) throws -> [(String, [UInt8])] {
        let body = BodyWriter(language: language)
        let documentXML = try body.document(document.body)
        return [
            ("[Content_Types].xml", try PackageParts.contentTypes()),
            ("_rels/.rels", try PackageParts.packageRelationships()),
            ("docProps/core.xml", try PackageParts.coreProperties(title: title)),
            ("word/document.xml", documentXML),
            ("word/_rels/document.xml.rels", try PackageParts.documentRelationships(hyperlinks: body.hyperlinks)),
            ("word/styles.xml", try PackageParts.styles(language: language)),
            ("word/settings.xml", try PackageParts.settings()),
        ]
    }
}

/// Why a document could not be written.
public struct DocxWriteError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "\(path): cannot write the document (\(reason))." }
}
