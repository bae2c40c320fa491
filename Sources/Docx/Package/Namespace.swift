/// The XML namespaces docxforms understands, as the small indices that
/// XMLStream reports. Elements are matched by namespace URI, never by prefix;
/// transitional and Strict OOXML URIs map to the same index, so Strict
/// documents read like transitional ones.
enum Namespace {
    static let w = 0          // WordprocessingML main
    static let r = 1          // relationships (attributes such as r:id)
    static let mc = 2         // markup compatibility
    static let w14 = 3        // Word 2010
    static let w15 = 4        // Word 2013
    static let contentTypes = 5
    static let packageRelationships = 6
    static let customXMLProperties = 7

    /// URI to index, for the parser.
    static let table: [String: Int] = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main": w,
        "http://purl.oclc.org/ooxml/wordprocessingml/main": w,
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships": r,
        "http://purl.oclc.org/ooxml/officeDocument/relationships": r,
        "http://schemas.openxmlformats.org/markup-compatibility/2006": mc,
        "http://schemas.microsoft.com/office/word/2010/wordml": w14,
        "http://schemas.microsoft.com/office/word/2012/wordml": w15,
        "http://schemas.openxmlformats.org/package/2006/content-types": contentTypes,
        "http://schemas.openxmlformats.org/package/2006/relationships": packageRelationships,
        "http://schemas.openxmlformats.org/officeDocument/2006/customXml": customXMLProperties,
        "http://purl.oclc.org/ooxml/officeDocument/customXml": customXMLProperties,
    ]

    /// Namespaces whose markup docxforms reads correctly, so that an
    /// `mc:Choice` requiring only these is taken instead of its `mc:Fallback`.
    static let understood: Set<String> = [
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",     // wps
        "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",     // wpg
        "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",    // wpc
        "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",       // wpi
        "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",   // wp14
        "http://schemas.microsoft.com/office/word/2010/wordml",                  // w14
        "http://schemas.microsoft.com/office/word/2012/wordml",                  // w15
        "http://schemas.microsoft.com/office/drawing/2010/main",                 // a14
    ]
}
