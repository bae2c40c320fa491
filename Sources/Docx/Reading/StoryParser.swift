internal import XMLStream

/// Receives the events of one WordprocessingML part and hands them to a
/// ``StoryBuilder``.
///
/// The builder is a value kept in memory this object owns and mutated in
/// place through a pointer: a stored property would cost a dynamic
/// exclusivity check on every one of the tens of thousands of events in a
/// form. Safe because the parser delivers events one at a time, and the
/// builder is only read (``builder``) after the parse.
final class StoryParser: XMLStreamHandler {
    private let storage: UnsafeMutablePointer<StoryBuilder>

    /// - Parameters:
    ///   - hyperlinkTargets: relationship id to URL, for `w:hyperlink`.
    ///   - maxControls: the most content controls the part may hold.
    init(part: String, hyperlinkTargets: [String: String], maxControls: Int = .max) {
        storage = .allocate(capacity: 1)
        storage.initialize(to: StoryBuilder(part: part, hyperlinkTargets: hyperlinkTargets, maxControls: maxControls))
    }

    deinit {
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    /// The builder, for reading its results once the parse is over.
    var builder: StoryBuilder { storage.pointee }

    func startElement(_ name: XMLEventName, attributes: XMLAttributes) throws(XMLStreamError) {
        try storage.pointee.startElement(name, attributes)
    }

    func endElement() {
        storage.pointee.endElement()
    }

    func characters(_ utf8: UnsafeRawBufferPointer) {
        storage.pointee.characters(utf8)
    }
}
