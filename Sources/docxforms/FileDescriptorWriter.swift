import WholeFiles

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
        return text.withUTF8 { buffer in (try? WholeFile.write(UnsafeRawBufferPointer(buffer), to: fd)) != nil }
    }
}
