/// Why a file could not be read as a Word document. Always names the file.
///
/// The message is rendered in one place (``description``) as
/// `<file>[: <part>[:line:column]]: <what happened>. <what to do>`.
public struct DocxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong. Each kind has a stable ``exitCode``.
    public enum Kind: Sendable, Equatable {
        /// The file could not be opened or read (the system's reason).
        case unreadable(String)
        /// The file has no bytes.
        case emptyFile
        /// The bytes are not a zip archive (and not a recognised other format).
        case notAZip
        /// A Word 2003 XML or other plain XML file, not a .docx package.
        case xmlNotDocx
        /// A zip archive whose structure is broken or truncated (libzip's words).
        case damagedZip(String)
        /// A part's compressed data is corrupt (deflate error or CRC mismatch).
        case crcError
        /// A password-protected (encrypted) Office document.
        case encryptedDocument
        /// A Word 97-2003 binary document (.doc), whatever its name.
        case legacyWordDocument
        /// A zip archive, but not a Word document; says what it is instead.
        case notAWordDocument(String)
        /// A part the document cannot do without is absent.
        case missingPart(String)
        /// XML that is not well-formed (libxml2's message).
        case malformedXML(String)
        /// A DOCTYPE or entity declaration, refused and never read.
        case doctypeRefused
        /// A resource limit was exceeded.
        case limitExceeded(Limit, detail: String)
        /// A Word document, but no feedback-and-assessment form: none of the
        /// form's fields, outcomes or kijkkader rows were found (decided by
        /// the form's reader, FeedbackForm).
        case notAForm
    }

    /// The resource limits of ``ReadingLimits``.
    public enum Limit: String, Sendable, Equatable {
        case fileSize = "file size"
        case partSize = "part size"
        case totalSize = "total inflated size"
        case entryCount = "zip entry count"
        case compressionRatio = "compression ratio"
        case xmlDepth = "XML nesting depth"
        case textSize = "text node size"
        case controls = "content control count"

        /// The command-line flag that raises the limit.
        public var flag: String {
            switch self {
            case .fileSize: return "--max-file-size"
            case .partSize: return "--max-part-size"
            case .totalSize: return "--max-total-size"
            case .entryCount: return "--max-entries"
            case .compressionRatio: return "--max-ratio"
            case .xmlDepth: return "--max-depth"
            case .textSize: return "--max-text-size"
            case .controls: return "--max-controls"
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

    /// The process exit status that the command-line tool uses for this kind.
    /// Documented in README; never renumber.
    public var exitCode: Int32 {
        switch kind {
        case .unreadable: return 3
        case .emptyFile: return 4
        case .notAZip, .xmlNotDocx: return 5
        case .damagedZip: return 6
        case .crcError: return 7
        case .encryptedDocument: return 8
        case .legacyWordDocument: return 9
        case .notAWordDocument: return 10
        case .missingPart: return 11
        case .malformedXML: return 12
        case .doctypeRefused: return 13
        case .limitExceeded: return 14
        case .notAForm: return 18
        }
    }

    public var description: String {
        var location = file
        if let part {
            location += ": \(part)"
            if let line, line > 0 {
                location += ":\(line)"
                if let column, column > 0 { location += ":\(column)" }
            }
        }
        return "\(location): \(explanation)"
    }

    private var explanation: String {
        switch kind {
        case .unreadable(let reason):
            return "cannot read the file (\(reason))."
        case .emptyFile:
            return "the file is empty (0 bytes). Save the form again and retry."
        case .notAZip:
            return "not a Word .docx file (it is not a zip archive). Was it renamed from another format?"
        case .xmlNotDocx:
            return "this is a plain XML file (perhaps Word 2003 XML), not a .docx. Open it in Word and save as .docx."
        case .damagedZip(let detail):
            return "the zip archive is damaged or truncated (\(detail)). Download or copy the file again."
        case .crcError:
            return "compressed data is corrupt (deflate or CRC error). Download or copy the file again."
        case .encryptedDocument:
            return "the document is password-protected. Remove the password in Word (File > Info > Protect Document) and save again."
        case .legacyWordDocument:
            return "this is a Word 97-2003 .doc file. Open it in Word and save as .docx."
        case .notAWordDocument(let found):
            return "this is a zip archive but not a Word document (found \(found))."
        case .missingPart(let name):
            return "required part '\(name)' is missing; the file is damaged."
        case .malformedXML(let message):
            return "the XML is not well-formed: \(message)."
        case .doctypeRefused:
            return "a DOCTYPE or entity declaration was found and refused (Word never writes one; the file may be crafted)."
        case let .limitExceeded(limit, detail):
            return "\(limit.rawValue) limit exceeded: \(detail). Use \(limit.flag) to raise it."
        case .notAForm:
            return "this Word document is not a feedback-and-assessment form (none of its fields, learning outcomes or kijkkader rows were found)."
        }
    }
}
