import WholeFiles

/// Standard output, written whole.
struct StandardOutput {
    func write(_ text: String) {
        FileDescriptorWriter.write(text, to: 1)
    }

    /// Writes UTF-8 text given as bytes.
    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { FileDescriptorWriter.write($0, to: 1) }
    }
}

enum FileDescriptorWriter {
    /// Writes all of `text`; false when the system refused part of it.
    @discardableResult
    static func write(_ text: String, to fd: Int32) -> Bool {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0), to: fd) }
    }

    /// Writes all of `bytes`; false when the system refused part of them.
    @discardableResult
    static func write(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Bool {
        (try? WholeFile.write(bytes, to: fd)) != nil
    }
}
