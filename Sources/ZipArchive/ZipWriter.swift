internal import CLibZip
#if canImport(Glibc)
internal import Glibc
#endif

/// Writes a zip archive to a file, all at once and atomically: the archive is
/// built under a temporary name beside the target and renamed over it when
/// complete, so a reader never sees half a file.
package final class ZipWriter {
    private var entries: [(name: String, bytes: [UInt8])] = []

    package init() {}

    /// Adds an entry (deflated). Entries are written in the order added.
    package func add(_ name: String, _ bytes: [UInt8]) {
        entries.append((name, bytes))
    }

    /// Writes the archive to `path`, replacing any file there.
    ///
    /// - Parameter modified: the modification time every entry gets (seconds
    ///   since 1970), so the same content always gives the same bytes.
    package func write(to path: String, modified: Int = 1_735_689_600) throws(ZipError) {
        let temporary = "\(path).partial-\(getpid())"
        var error: Int32 = 0
        guard let archive = zip_open(temporary, ZIP_CREATE | ZIP_TRUNCATE, &error) else {
            throw ZipError(kind: .cannotWrite, message: "cannot create \(path) (libzip error \(error))")
        }
        do throws(ZipError) {
            for (name, bytes) in entries {
                // libzip reads the data when the archive is closed, and frees
                // this copy (made with malloc) itself.
                let copy = malloc(max(bytes.count, 1))!
                bytes.withUnsafeBytes { if let base = $0.baseAddress { copy.copyMemory(from: base, byteCount: $0.count) } }
                guard let source = zip_source_buffer(archive, copy, UInt64(bytes.count), 1) else {
                    free(copy)
                    throw ZipError.from(zip_get_error(archive), entry: name)
                }
                let index = zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE))
                guard index >= 0 else {
                    zip_source_free(source)
                    throw ZipError.from(zip_get_error(archive), entry: name)
                }
                zip_set_file_compression(archive, UInt64(index), ZIP_CM_DEFLATE, 9)
                zip_file_set_mtime(archive, UInt64(index), time_t(modified), 0)
            }
            guard zip_close(archive) == 0 else {
                throw ZipError(kind: .cannotWrite, message: "cannot write \(path): \(ZipError.describe(zip_get_error(archive)))")
            }
        } catch {
            zip_discard(archive)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw ZipError(kind: .cannotWrite, message: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}
