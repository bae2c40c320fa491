// Each form once: what was posted, kept in a file beside the map, so that a
// second run posts nothing that is already in eJournal.
import Digests
import Foundation
import JSONOutput
import WholeFiles

/// The receipts of posted entries: a form's content (SHA-256 of its bytes) and
/// the assignment → the entry eJournal made of it.
public struct Receipts: Sendable {
    /// One posted entry.
    public struct Receipt: Sendable, Codable, Equatable {
        public var entryID: Int
        public var journalID: Int
        public var templateID: Int
        /// When it was posted (ISO 8601, UTC).
        public var posted: String
        /// The form's file name when it was posted.
        public var source: String

        public init(entryID: Int, journalID: Int, templateID: Int, posted: String, source: String) {
            self.entryID = entryID
            self.journalID = journalID
            self.templateID = templateID
            self.posted = posted
            self.source = source
        }

        enum CodingKeys: String, CodingKey {
            case entryID = "entry_id", journalID = "journal_id", templateID = "template_id", posted, source
        }
    }

    public let path: String
    public private(set) var entries: [String: Receipt]

    /// The receipts in `path`, or none yet when the file does not exist.
    public init(path: String) throws(ReceiptsError) {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else {
            entries = [:]
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw ReceiptsError(path: path, reading: true) }
        do {
            entries = try JSONDecoder().decode(File.self, from: data).entries
        } catch {
            throw ReceiptsError(path: path, reading: true)
        }
    }

    /// The key of a form's content in an assignment.
    public static func key(form bytes: [UInt8], assignment: Int) -> String {
        "\(assignment):sha256:\(Digest.hex(Digest.sha256(bytes)))"
    }

    public func receipt(for key: String) -> Receipt? { entries[key] }

    /// Adds a receipt and writes the file at once (whole, or not at all), so a
    /// run stopped halfway keeps what it posted.
    public mutating func record(_ receipt: Receipt, for key: String) throws(ReceiptsError) {
        entries[key] = receipt
        do {
            let text = try JSONOutput(pretty: true).encode(File(entries: entries)) + "\n"
            try WholeFile.write(Array(text.utf8), to: path)
        } catch {
            throw ReceiptsError(path: path, reading: false)
        }
    }

    struct File: Codable {
        var version = 1
        var entries: [String: Receipt]
    }
}

/// A receipts file that cannot be read or written.
public struct ReceiptsError: Error, Sendable {
    public var path: String
    public var reading: Bool
}
