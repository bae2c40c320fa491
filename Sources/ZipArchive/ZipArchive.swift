// ZipArchive: the zip container, read-only, on libzip.
//
// This module and XMLStream are the only Swift code that touches C. It knows
// zip archives and nothing about Office documents; no libzip type leaves it.
internal import CLibZip

/// A read-only zip archive held in memory.
///
/// The archive owns a private copy of the bytes it was opened from, so the
/// caller's buffer may go away. It is not `Sendable`: open one per file and use
/// it within one call. Entries are looked up case-insensitively, as OPC part
/// names are.
package final class ZipArchive {
    private let storage: UnsafeMutableRawBufferPointer
    private let archive: OpaquePointer
    private let indexByFoldedName: [String: Int]

    /// The entry names, in central-directory order.
    package let entryNames: [String]

    /// Opens the archive in `bytes`.
    ///
    /// - Parameter maxEntries: refuse archives that list more entries than this,
    ///   before any name is read.
    /// - Throws: ``ZipError`` with kind `.notAZip` or `.damaged` (also for two
    ///   entries of one name), or `.tooManyEntries`.
    package init(bytes: UnsafeRawBufferPointer, maxEntries: Int) throws(ZipError) {
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        if let base = bytes.baseAddress, bytes.count > 0 {
            storage.baseAddress!.copyMemory(from: base, byteCount: bytes.count)
        }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(storage.baseAddress, UInt64(bytes.count), 0, &error) else {
            storage.deallocate()
            throw ZipError(kind: .damaged, message: ZipError.describe(&error))
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            storage.deallocate()
            let code = zip_error_code_zip(&error)
            throw ZipError(kind: code == ZIP_ER_NOZIP ? .notAZip : .damaged, message: ZipError.describe(&error))
        }
        let count = Int(max(0, zip_get_num_entries(archive, 0)))
        guard count <= maxEntries else {
            zip_discard(archive)
            storage.deallocate()
            throw ZipError(kind: .tooManyEntries(count), message: "the archive lists \(count) entries")
        }
        var names: [String] = []
        names.reserveCapacity(count)
        var index: [String: Int] = [:]
        for i in 0..<count {
            let name = zip_get_name(archive, UInt64(i), zip_flags_t(ZIP_FL_ENC_GUESS)).map { String(cString: $0) } ?? ""
            names.append(name)
            let folded = ZipArchive.fold(name)
            // Two entries of one name (ignoring case, as OPC part names are
            // compared): readers would disagree on which is the part.
            guard index[folded] == nil else {
                zip_discard(archive)
                storage.deallocate()
                throw ZipError(kind: .damaged, message: "two entries are named '\(name)'")
            }
            index[folded] = i
        }
        self.storage = storage
        self.archive = archive
        self.entryNames = names
        self.indexByFoldedName = index
    }

    deinit {
        zip_discard(archive)
        storage.deallocate()
    }

    /// Whether an entry with this name exists (ignoring case).
    package func contains(_ name: String) -> Bool {
        indexByFoldedName[ZipArchive.fold(name)] != nil
    }

    /// The sizes the central directory claims for an entry. Zip headers can lie;
    /// ``read(_:limits:)`` does not trust them.
    package func claimedSize(of name: String) -> (compressed: Int, uncompressed: Int)? {
        guard let i = indexByFoldedName[ZipArchive.fold(name)] else { return nil }
        var st = zip_stat_t()
        zip_stat_init(&st)
        guard zip_stat_index(archive, UInt64(i), 0, &st) == 0 else { return nil }
        return (Int(clamping: st.comp_size), Int(clamping: st.size))
    }

    /// Inflates one entry, enforcing `limits` on the bytes actually produced.
    ///
    /// - Returns: the entry's bytes, or nil when there is no such entry.
    /// - Throws: ``ZipError`` with kind `.crc`, `.encrypted`, `.damaged`,
    ///   `.entryTooLarge` or `.ratioTooHigh`. A partial buffer is never returned.
    package func read(_ name: String, limits: ReadLimits) throws(ZipError) -> [UInt8]? {
        guard let i = indexByFoldedName[ZipArchive.fold(name)] else { return nil }
        let claimed = claimedSize(of: name) ?? (0, 0)
        if claimed.uncompressed > limits.maxBytes {
            throw ZipError(kind: .entryTooLarge(claimed.uncompressed), message: "\(name) claims \(claimed.uncompressed) bytes")
        }
        guard let file = zip_fopen_index(archive, UInt64(i), 0) else {
            throw ZipError.from(zip_get_error(archive), entry: name)
        }
        defer { zip_fclose(file) }
        // Inflated straight into the array's storage, sized by the claim (one
        // byte more, to see whether the entry ends there); an entry larger than
        // it claims goes on in chunks.
        let claimedPlusOne = min(claimed.uncompressed, limits.maxBytes) + 1
        var failure: ZipError?
        var bytes = [UInt8](unsafeUninitializedCapacity: claimedPlusOne) { buffer, count in
            while count < buffer.count, failure == nil {
                let step = min(buffer.count - count, ZipArchive.step)
                let n = zip_fread(file, buffer.baseAddress! + count, UInt64(step))
                if n <= 0 {
                    if n < 0 { failure = ZipError.from(zip_file_get_error(file), entry: name) }
                    break
                }
                count += Int(n)
                failure = ZipArchive.check(count, of: name, claimed: claimed.compressed, limits)
            }
        }
        if let failure { throw failure }
        guard bytes.count >= claimedPlusOne else { return bytes }
        var chunk = [UInt8](repeating: 0, count: ZipArchive.step)
        while true {
            let n = chunk.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, UInt64($0.count)) }
            if n < 0 { throw ZipError.from(zip_file_get_error(file), entry: name) }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<Int(n)])
            if let failure = ZipArchive.check(bytes.count, of: name, claimed: claimed.compressed, limits) { throw failure }
        }
    }

    /// The most bytes inflated between two checks of the limits.
    private static let step = 64 * 1024

    /// Why `count` bytes inflated from an entry of `claimed` compressed bytes
    /// break `limits`, if they do.
    private static func check(_ count: Int, of name: String, claimed: Int, _ limits: ReadLimits) -> ZipError? {
        if count > limits.maxBytes {
            return ZipError(kind: .entryTooLarge(count), message: "\(name) expands beyond \(limits.maxBytes) bytes")
        }
        let ratio = count / max(claimed, 1)
        if count > limits.ratioFloor && ratio > limits.maxRatio {
            return ZipError(kind: .ratioTooHigh(ratio), message: "\(name) expands more than \(limits.maxRatio) times")
        }
        return nil
    }

    private static func fold(_ name: String) -> String {
        var s = name
        while s.hasPrefix("/") { s.removeFirst() }
        return s.lowercased()
    }
}

/// The limits one entry is inflated under.
package struct ReadLimits: Sendable {
    /// The most bytes an entry may inflate to.
    package var maxBytes: Int
    /// The highest inflated-to-compressed ratio allowed ...
    package var maxRatio: Int
    /// ... once an entry has produced more than this many bytes (small entries
    /// of repetitive XML legitimately compress very well).
    package var ratioFloor: Int

    package init(maxBytes: Int, maxRatio: Int, ratioFloor: Int = 1 << 20) {
        self.maxBytes = maxBytes
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
    }
}
