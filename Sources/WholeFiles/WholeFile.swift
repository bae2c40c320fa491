// WholeFiles: a file written whole or not at all, for every file docxforms
// writes (outputs, eJournal receipts, the saved login).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be written: the system's error number.
public struct WholeFileError: Error, Sendable, Equatable {
    /// `errno` at the failure.
    public let code: Int32
}

/// A file written whole or not at all. The bytes go to a temporary file beside
/// the target, created with the target's mode from the start (never readable by
/// more people than the target, not even for a moment); ``commit()`` syncs it
/// and renames it over the target. Dropped without a commit, the temporary file
/// is removed and the target left as it was.
public final class WholeFile {
    private let path: String
    private let temporary: String
    /// The open temporary file.
    public let descriptor: Int32
    private var done = false

    /// Opens the temporary file for `path`, created with `mode` (less the
    /// process's umask, as any new file).
    public init(path: String, mode: Int = 0o644) throws(WholeFileError) {
        self.path = path
        temporary = "\(path).partial-\(getpid())"
        // A leftover of an earlier run with the same process id is never written through.
        unlink(temporary)
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        guard descriptor >= 0 else { throw WholeFileError(code: errno) }
    }

    deinit {
        guard !done else { return }
        close(descriptor)
        unlink(temporary)
    }

    /// Writes all of `bytes` to the temporary file.
    public func write(_ bytes: [UInt8]) throws(WholeFileError) {
        try WholeFile.write(bytes, to: descriptor)
    }

    /// Puts the file in place: synced, then renamed over the target.
    public func commit() throws(WholeFileError) {
        precondition(!done, "a whole file is committed once")
        done = true
        let synced = fsync(descriptor) == 0
        let code = errno
        close(descriptor)
        guard synced else {
            unlink(temporary)
            throw WholeFileError(code: code)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw WholeFileError(code: code)
        }
    }

    /// Writes `bytes` as the whole content of `path`.
    public static func write(_ bytes: [UInt8], to path: String, mode: Int = 0o644) throws(WholeFileError) {
        let file = try WholeFile(path: path, mode: mode)
        try file.write(bytes)
        try file.commit()
    }

    /// Writes all of `bytes` to an open file descriptor (standard output, say),
    /// going on after interrupted calls.
    public static func write(_ bytes: [UInt8], to descriptor: Int32) throws(WholeFileError) {
        try bytes.withUnsafeBytes { buffer in Result { () throws(WholeFileError) in try write(buffer, to: descriptor) } }.get()
    }

    /// As ``write(_:to:)-([UInt8],_)``, for bytes in memory the caller holds.
    public static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) throws(WholeFileError) {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw WholeFileError(code: errno) }
            if n == 0 { throw WholeFileError(code: EIO) }
            offset += n
        }
    }
}
