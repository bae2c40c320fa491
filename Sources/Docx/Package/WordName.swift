internal import XMLStream

/// The element and attribute local names the story parser acts on. XMLStream
/// reports each as a number (``XMLName/id``, the case's raw value), so the
/// parser switches over an enum instead of comparing strings on every event.
/// The XML name of a case is its Swift name.
enum WordName: Int, CaseIterable {
    // stories and blocks
    case body, hdr, ftr, footnote, endnote, comment, p, tbl, tr, tc, sdt, txbxContent
    // runs and their content
    case r, t, delText, instrText, delInstrText, tab, ptab, br, cr, noBreakHyphen, softHyphen, sym
    case fldChar, fldSimple, hyperlink, footnoteReference, endnoteReference
    // revisions and comments
    case ins, del, moveFrom, moveTo, commentRangeStart, commentRangeEnd
    // property containers, and what to skip
    case pPr, rPr, tblPr, trPr, tcPr, sdtPr, sdtEndPr, sectPr, tblGrid, tblPrEx, fldData, object
    // properties
    case pStyle, tblStyle, gridCol, tblHeader, gridBefore, gridSpan, vMerge
    case b, i, u, strike, dstrike, highlight, shd, color, vanish, rStyle, rFonts
    case alias, tag, showingPlcHdr, dataBinding, text, richText, checkbox, dropDownList, comboBox, date, picture
    case group, repeatingSection, repeatingSectionItem, docPartObj, docPartList, citation, bibliography, equation
    case listItem, dateFormat, checked
    case ffData, name, checkBox, ddList, textInput, `default`, result, listEntry, maxLength
    // markup compatibility
    case AlternateContent, Choice, Fallback, Requires
    // attributes
    case val, id, type, author, initials, instr, anchor, font, char, fldCharType, fill, ascii, hAnsi, w
    case storeItemID, xpath, prefixMappings, fullDate, displayText, value

    /// Local name to id, for ``XMLStreamParser``.
    static let table: [String: Int] = Dictionary(uniqueKeysWithValues: allCases.map { ("\($0)", $0.rawValue) })

    /// The XML local name.
    var name: String { "\(self)" }

    /// The name with this id, if it is one of ours. The raw values are the
    /// cases' places, 0 up, so `init(rawValue:)` compiles to one comparison
    /// (a table of the cases cost a lazy-global check on every element).
    static func from(_ name: XMLEventName) -> WordName? {
        WordName(rawValue: name.id)
    }
}

extension XMLAttributes {
    /// The WordprocessingML attribute `name` (`w:name`; also accepted in the
    /// w14 and w15 namespaces and without namespace, where Word writes those).
    func value(_ name: WordName) -> String? {
        value(id: name.rawValue, namespaces: WordName.wordNamespaces)
    }

    /// The attribute `name` in the relationships namespace (`r:id`).
    func relationshipValue(_ name: WordName) -> String? {
        value(id: name.rawValue, namespaces: XMLNamespaceSet([Namespace.r]))
    }
}

extension WordName {
    static let wordNamespaces = XMLNamespaceSet([Namespace.w, Namespace.w14, Namespace.w15, -1])
}
