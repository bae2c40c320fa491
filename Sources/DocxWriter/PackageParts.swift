internal import XMLStream

/// The parts around the body: content types, relationships, properties,
/// settings and the style sheet the form uses.
enum PackageParts {
    private static let relationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func contentTypes() throws -> [UInt8] {
        try write { xml in
            xml.element("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"]) {
                xml.empty("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
                xml.empty("Default", ["Extension": "xml", "ContentType": "application/xml"])
                let overrides: KeyValuePairs<String, String> = [
                    "/word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    "/word/styles.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
                    "/word/settings.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
                    "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
                ]
                for (part, type) in overrides { xml.empty("Override", ["PartName": part, "ContentType": type]) }
            }
        }
    }

    static func packageRelationships() throws -> [UInt8] {
        try relationships([
            ("rId1", "\(officeRelationships)/officeDocument", "word/document.xml", false),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml", false),
        ])
    }

    static func documentRelationships(hyperlinks: [String]) throws -> [UInt8] {
        try relationships([
            ("rId1", "\(officeRelationships)/styles", "styles.xml", false),
            ("rId2", "\(officeRelationships)/settings", "settings.xml", false),
        ] + hyperlinks.enumerated().map { ("rIdLink\($0.offset + 1)", "\(officeRelationships)/hyperlink", $0.element, true) })
    }

    private static func relationships(_ entries: [(String, String, String, Bool)]) throws -> [UInt8] {
        try write { xml in
            xml.element("Relationships", ["xmlns": relationshipNamespace]) {
                for (id, type, target, external) in entries {
                    xml.start("Relationship")
                    xml.attribute("Id", id)
                    xml.attribute("Type", type)
                    xml.attribute("Target", target)
                    if external { xml.attribute("TargetMode", "External") }
                    xml.end()
                }
            }
        }
    }

    static func coreProperties(title: String) throws -> [UInt8] {
        try write { xml in
            xml.element("cp:coreProperties", [
                "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
                "xmlns:dc": "http://purl.org/dc/elements/1.1/",
            ]) {
                xml.element("dc:title") { xml.text(title) }
                xml.element("dc:creator") { xml.text("docxforms") }
            }
        }
    }

    /// Compatibility mode 15 (Word 2013 and later), without which Word opens
    /// the file in compatibility mode and greys out newer content controls.
    static func settings() throws -> [UInt8] {
        try write { xml in
            xml.element("w:settings", ["xmlns:w": w]) {
                xml.empty("w:defaultTabStop", ["w:val": "708"])
                xml.element("w:compat") {
                    xml.empty("w:compatSetting", ["w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word",
                                                  "w:val": "15"])
                }
            }
        }
    }

    /// Calibri 10 pt, headings in HAN-like blue, a bordered table grid, grey
    /// placeholder text and a small grey hint style.
    static func styles(language: String) throws -> [UInt8] {
        try write { xml in
            xml.element("w:styles", ["xmlns:w": w]) {
                xml.element("w:docDefaults") {
                    xml.element("w:rPrDefault") {
                        xml.element("w:rPr") {
                            xml.empty("w:rFonts", ["w:ascii": "Calibri", "w:hAnsi": "Calibri", "w:eastAsia": "Calibri", "w:cs": "Calibri"])
                            xml.empty("w:sz", ["w:val": "20"])
                            xml.empty("w:szCs", ["w:val": "20"])
                            xml.empty("w:lang", ["w:val": language])
                        }
                    }
                    xml.element("w:pPrDefault") {
                        xml.element("w:pPr") { xml.empty("w:spacing", ["w:after": "60", "w:line": "259", "w:lineRule": "auto"]) }
                    }
                }
                paragraphStyle("Normal", "Normal", isDefault: true) {}
                paragraphStyle("Title", "Title", keepNext: true) {
                    xml.empty("w:b")
                    xml.empty("w:color", ["w:val": "1F3864"])
                    xml.empty("w:sz", ["w:val": "36"])
                }
                paragraphStyle("Heading1", "heading 1", keepNext: true, spacingBefore: 280, outline: 0) {
                    xml.empty("w:b")
                    xml.empty("w:color", ["w:val": "2F5496"])
                    xml.empty("w:sz", ["w:val": "28"])
                }
                paragraphStyle("Heading2", "heading 2", keepNext: true, spacingBefore: 160, outline: 1) {
                    xml.empty("w:b")
                    xml.empty("w:color", ["w:val": "2F5496"])
                    xml.empty("w:sz", ["w:val": "22"])
                }
                paragraphStyle("Hint", "Hint") {
                    xml.empty("w:i")
                    xml.empty("w:color", ["w:val": "595959"])
                    xml.empty("w:sz", ["w:val": "17"])
                }
                xml.element("w:style", ["w:type": "character", "w:styleId": "PlaceholderText"]) {
                    xml.empty("w:name", ["w:val": "Placeholder Text"])
                    xml.element("w:rPr") { xml.empty("w:color", ["w:val": "808080"]) }
                }
                xml.element("w:style", ["w:type": "table", "w:styleId": "TableGrid"]) {
                    xml.empty("w:name", ["w:val": "Table Grid"])
                    xml.element("w:pPr") { xml.empty("w:spacing", ["w:before": "20", "w:after": "20"]) }
                    xml.element("w:tblPr") {
                        xml.element("w:tblBorders") {
                            for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                                xml.empty("w:" + side, ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "8EAADB"])
                            }
                        }
                        xml.element("w:tblCellMar") {
                            xml.empty("w:left", ["w:w": "85", "w:type": "dxa"])
                            xml.empty("w:right", ["w:w": "85", "w:type": "dxa"])
                        }
                    }
                }
            }

            func paragraphStyle(_ id: String, _ name: String, isDefault: Bool = false, keepNext: Bool = false,
                                spacingBefore: Int? = nil, outline: Int? = nil, run: () -> Void) {
                xml.start("w:style")
                xml.attribute("w:type", "paragraph")
                if isDefault { xml.attribute("w:default", "1") }
                xml.attribute("w:styleId", id)
                xml.empty("w:name", ["w:val": name])
                if !isDefault { xml.empty("w:basedOn", ["w:val": "Normal"]) }
                xml.empty("w:qFormat")
                xml.element("w:pPr") {
                    if keepNext { xml.empty("w:keepNext") }
                    if let spacingBefore { xml.empty("w:spacing", ["w:before": String(spacingBefore), "w:after": "80"]) }
                    if let outline { xml.empty("w:outlineLvl", ["w:val": String(outline)]) }
                }
                xml.element("w:rPr", [:], run)
                xml.end()
            }
        }
    }

    private static func write(_ body: (XMLWriter) -> Void) throws -> [UInt8] {
        let xml = try XMLWriter()
        body(xml)
        return try xml.finish()
    }
}
