// Docx: the reading core's public face. Reads a .docx (or .docm, .dotx) into
// a `Document`, through the OPC package layer and the streaming story parser.
// Never imports libzip or libxml2 itself; C stays in ZipArchive and XMLStream.
import Messages
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Reads Word documents into ``Document`` values.
///
/// ```swift
/// let document = try DocxReader().read(contentsOf: "form.docx")
/// for control in document.contentControls { print(control.tag ?? "-", control.value ?? "") }
/// ```
///
/// Safe on hostile input: sizes are enforced while inflating, DOCTYPEs and
/// entities are refused, and every failure is a ``DocxError`` naming the file.
/// A reader is a value; use one from as many threads as you like.
public struct DocxReader: Sendable {
    public var limits: ReadingLimits

    public init(limits: ReadingLimits = .default) {
        self.limits = limits
    }

    /// Reads the file at `path`. The file is opened read-only.
    ///
    /// - Throws: ``DocxError``; its ``DocxError/file`` is `path` as given.
    public func read(contentsOf path: String) throws(DocxError) -> Document {
        let bytes = try InputFile.read(path, maxBytes: limits.maxFileSize)
        return try read(bytes: bytes, name: path)
    }

    /// Reads a document from memory; `name` is what errors call the file.
    ///
    /// - Throws: ``DocxError``.
    public func read(bytes: [UInt8], name: String) throws(DocxError) -> Document {
        let package = try withBytes(bytes) { (buffer) throws(DocxError) in
            try OPCPackage(bytes: buffer, file: name, limits: limits)
        }
        var assembler = DocumentAssembler(package: package)
        return try assembler.assemble()
    }

    private func withBytes<T>(_ bytes: [UInt8], _ body: (UnsafeRawBufferPointer) throws(DocxError) -> T) throws(DocxError) -> T {
        var result: Result<T, DocxError>!
        bytes.withUnsafeBytes { buffer in
            do throws(DocxError) { result = .success(try body(buffer)) } catch { result = .failure(error) }
        }
        return try result.get()
    }
}

/// Reads a whole file, read-only, with the system's words for failures.
package enum InputFile {
    package static func read(_ path: String, maxBytes: Int) throws(DocxError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw DocxError(file: path, kind: .unreadable(Texts.Reading.systemReason(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw DocxError(file: path, kind: .unreadable(Texts.Reading.systemReason(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw DocxError(file: path, kind: .unreadable(Texts.Reading.isAFolder)) }
        if Int(info.st_size) > maxBytes {
            throw DocxError(file: path, kind: .limitExceeded(.fileSize, found: Int(info.st_size), allowed: maxBytes))
        }
        // Read straight into the array's storage, sized by the file (one byte
        // more, to see whether it ends there); a file that grew meanwhile goes
        // on in chunks.
        let sizePlusOne = Int(info.st_size) + 1
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: sizePlusOne) { buffer, count in
            while count < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { failure = n < 0 ? errno : 0; break }
                count += n
            }
        }
        if failure != 0 { throw DocxError(file: path, kind: .unreadable(Texts.Reading.systemReason(failure))) }
        guard bytes.count >= sizePlusOne else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if bytes.count > maxBytes {
                throw DocxError(file: path, kind: .limitExceeded(.fileSize, found: nil, allowed: maxBytes))
            }
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw DocxError(file: path, kind: .unreadable(Texts.Reading.systemReason(errno)))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }
}
