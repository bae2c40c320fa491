public import Messages

/// Why a file could not be read as a Word document. Always names the file.
///
/// The message is rendered in one place (``message(_:)``) as
/// `<file>[: <part>[:line:column]]: <what happened>. <what to do>`, in the
/// language asked for, from the catalogue (`Texts.Reading`).
public struct DocxError: Error, Sendable, Equatable {
    /// What went wrong. Each kind has a stable ``code`` and ``exitStatus``.
    public enum Kind: Sendable, Equatable {
        /// The file could not be opened or read (the system's reason).
        case unreadable(Phrase)
        /// The file has no bytes.
        case emptyFile
        /// The bytes are not a zip archive (and not a recognised other format).
        case notAZip
        /// A Word 2003 XML or other plain XML file, not a .docx package.
        case xmlNotDocx
        /// Another format a form is sometimes sent in (PDF, RTF, OpenDocument text), named.
        case otherFormat(String)
        /// A zip archive whose structure is broken or truncated (libzip's words).
        case damagedZip(Phrase)
        /// A part's compressed data is corrupt (deflate error or CRC mismatch).
        case crcError
        /// A password-protected (encrypted) Office document.
        case encryptedDocument
        /// A Word 97-2003 binary document (.doc), whatever its name.
        case legacyWordDocument
        /// A zip archive, but not a Word document; says what it is instead.
        case notAWordDocument(Phrase)
        /// A part the document cannot do without is absent.
        case missingPart(String)
        /// XML that is not well-formed (libxml2's message).
        case malformedXML(String)
        /// A DOCTYPE or entity declaration, refused and never read.
        case doctypeRefused
        /// A resource limit was exceeded: what was found (nil when only "more" is known) and what is allowed.
        case limitExceeded(Limit, found: Int?, allowed: Int)
        /// A Word document, but no feedback-and-assessment form: none of the
        /// form's fields, outcomes or kijkkader rows were found (decided by
        /// the form's reader, FeedbackForm).
        case notAForm
    }

    /// The resource limits of ``ReadingLimits``.
    public enum Limit: String, Sendable, Equatable, CaseIterable {
        case fileSize, partSize, totalSize, entryCount, compressionRatio, xmlDepth, textSize, controls

        /// The limit's name and the unit it counts in.
        var words: (name: Phrase, unit: Phrase) {
            switch self {
            case .fileSize: (Texts.Reading.fileSize, Texts.Reading.bytes)
            case .partSize: (Texts.Reading.partSize, Texts.Reading.bytes)
            case .totalSize: (Texts.Reading.totalSize, Texts.Reading.bytes)
            case .entryCount: (Texts.Reading.entryCount, Texts.Reading.entries)
            case .compressionRatio: (Texts.Reading.compressionRatio, Texts.Reading.times)
            case .xmlDepth: (Texts.Reading.xmlDepth, Texts.Reading.levels)
            case .textSize: (Texts.Reading.textSize, Texts.Reading.bytes)
            case .controls: (Texts.Reading.controls, Texts.Reading.controlUnit)
            }
        }
    }

    /// The path as the user gave it.
    public var file: String
    /// The package part concerned, if any.
    public var part: String?
    public var line: Int?
    public var column: Int?
    public var kind: Kind

    public init(file: String, part: String? = nil, line: Int? = nil, column: Int? = nil, kind: Kind) {
        self.file = file
        self.part = part
        self.line = line
        self.column = column
        self.kind = kind
    }

    /// A stable name for the kind, for machine-readable output.
    public var code: String {
        switch kind {
        case .unreadable: return "unreadable"
        case .emptyFile: return "empty-file"
        case .notAZip: return "not-a-zip"
        case .xmlNotDocx: return "xml-not-docx"
        case .otherFormat: return "other-format"
        case .damagedZip: return "damaged-zip"
        case .crcError: return "crc-error"
        case .encryptedDocument: return "encrypted"
        case .legacyWordDocument: return "legacy-doc"
        case .notAWordDocument: return "not-a-word-document"
        case .missingPart: return "missing-part"
        case .malformedXML: return "malformed-xml"
        case .doctypeRefused: return "doctype-refused"
        case .limitExceeded: return "limit-exceeded"
        case .notAForm: return "not-a-form"
        }
    }

    /// How a command ends for this file (and what the web page answers).
    public var exitStatus: ExitStatus {
        switch kind {
        case .unreadable: .unreadable
        case .emptyFile: .emptyFile
        case .notAZip, .xmlNotDocx, .otherFormat: .notADocx
        case .damagedZip: .damagedZip
        case .crcError: .corruptData
        case .encryptedDocument: .encrypted
        case .legacyWordDocument: .legacyDoc
        case .notAWordDocument: .notAWordDocument
        case .missingPart: .missingPart
        case .malformedXML: .malformedXML
        case .doctypeRefused: .doctypeRefused
        case .limitExceeded: .limitExceeded
        case .notAForm: .notAForm
        }
    }

    /// Where: the file, and the part, line and column when known.
    public var location: String {
        var location = file
        if let part {
            location += ": \(part)"
            if let line, line > 0 {
                location += ":\(line)"
                if let column, column > 0 { location += ":\(column)" }
            }
        }
        return location
    }

    /// The whole message in `language`: where, what happened, what to do.
    public func message(_ language: Language) -> String {
        "\(location): \(explanation(language))"
    }

    /// What happened and what to do, without where.
    public func explanation(_ language: Language) -> String {
        let text: Phrase
        switch kind {
        case .unreadable(let reason): text = Texts.Reading.cannotRead(reason)
        case .emptyFile: text = Texts.Reading.emptyFile
        case .notAZip: text = Texts.Reading.notAZip
        case .xmlNotDocx: text = Texts.Reading.xmlNotDocx
        case .otherFormat(let name): text = Texts.Reading.otherFormat(name)
        case .damagedZip(let detail): text = Texts.Reading.damagedZip(detail)
        case .crcError: text = Texts.Reading.crcError
        case .encryptedDocument: text = Texts.Reading.encrypted
        case .legacyWordDocument: text = Texts.Reading.legacyDoc
        case .notAWordDocument(let found): text = Texts.Reading.notAWordDocument(found: found)
        case .missingPart(let name): text = Texts.Reading.missingPart(name)
        case .malformedXML(let detail): text = Texts.Reading.malformedXML(detail)
        case .doctypeRefused: text = Texts.Reading.doctypeRefused
        case let .limitExceeded(limit, found, allowed):
            text = Texts.Reading.limitExceeded(limit.words.name, found: found, allowed: allowed, unit: limit.words.unit)
        case .notAForm: text = Texts.Reading.notAForm
        }
        return text(language)
    }
}
