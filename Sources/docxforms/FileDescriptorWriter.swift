#if canImport(Glibc)
import Glibc
#endif

/// Standard output, written whole.
struct StandardOutput {
    func write(_ text: String) {
        FileDescriptorWriter.write(text, to: 1)
    }
}

enum FileDescriptorWriter {
    /// Writes all of `text`; false when the system refused part of it.
    @discardableResult
    static func write(_ text: String, to fd: Int32) -> Bool {
        var text = text
        return text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
    }
}
