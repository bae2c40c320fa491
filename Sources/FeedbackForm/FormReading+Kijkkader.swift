internal import Docx

extension FormReading {
    // MARK: kijkkader

    /// The kijkkader: a tagged checkbox gives its indicator (with the text of
    /// the row it sits in, and what is typed beside the box); other rows are
    /// matched by their wording, with the similarity reported. A row whose
    /// mark means neither yes nor no has `seen` null and a diagnostic; a row
    /// matching no indicator closely enough is kept without an id.
    mutating func readIndicators() {
        // What was read of each indicator, by its place in the catalogue (``IndicatorMatcher/Named/index``).
        var seen = [IndicatorRecord?](repeating: nil, count: matcher.named.count)
        var matchedPerTable: [String: Int] = [:]
        var taggedRows: Set<CandidatePlace> = []
        // What each table's columns are for, worked out once per table that has kijkkader rows
        // (the last table's kept at hand: a table's rows come one after another).
        var columnsByTable: [String: [Int: ColumnKind]] = [:]
        var lastColumns: (table: String, kinds: [Int: ColumnKind])?
        func columns(_ row: Candidate) -> [Int: ColumnKind] {
            if let lastColumns, lastColumns.table == row.table { return lastColumns.kinds }
            let kinds = columnsByTable[row.table] ?? ColumnKind.of(row.header)
            columnsByTable[row.table] = kinds
            lastColumns = (row.table, kinds)
            return kinds
        }
        record.sources.reserveCapacity(record.sources.count + matcher.named.count)
        for named in matcher.named {
            guard let located = tagged[named.tag] else { continue }
            let indicator = named.indicator
            var text = indicator.text
            var mark = MarkReading.read(Piece.of(Inline.control(located.control)))
            if let row = surroundings(of: located), row.method == .label, !row.firstCellText.isEmpty {
                text = row.firstCellText
                taggedRows.insert(row.place)
                matchedPerTable[row.table, default: 0] += 1
                // The whole row: the box, and whatever is typed beside it.
                mark = FormReading.seen(row, columns(row))
            }
            seen[named.index] = IndicatorRecord(id: indicator.id, text: text, seen: tick(mark, named.place))
            record.sources[named.place] = source(located.location, .tag)
        }
        // Rows without a tagged checkbox: matched by their wording.
        var pending: [(table: String, outcome: String?, text: String, mark: MarkReading, path: String, markColumn: Bool)] = []
        var rowsPerIndicator = [Int](repeating: 0, count: matcher.named.count)
        for candidate in candidates where (candidate.method == .label || candidate.method == .row)
            && (taggedRows.isEmpty || !taggedRows.contains(candidate.place)) && !candidate.isSkillRow {
            // A labelled field's row ("Feedback: indicatoren… | Kiest ict-middelen…") is no kijkkader row.
            guard candidate.headerField == nil, candidate.outcomeField == nil else { continue }
            let columns = columns(candidate)
            guard !FormReading.isHeaderRow(candidate, columns), let (sentence, text) = sentence(of: candidate, columns),
                  // A row naming an outcome (a judgement table's) is no kijkkader row.
                  outcomeHeading(text) == nil else { continue }
            let mark = FormReading.seen(candidate, sentence: sentence, columns)
            // A row of one cell counts only with a mark beside its sentence (else it is a dimension's heading).
            if candidate.method == .row && mark == .empty { continue }
            let match = matcher.match(text, in: candidate.outcome)
            if case .indicator(let named, let similarity) = match {
                let (indicator, place) = (named.indicator, named.place)
                matchedPerTable[candidate.table, default: 0] += 1
                // A tagged box counts as the indicator's first row.
                rowsPerIndicator[named.index] += rowsPerIndicator[named.index] == 0 && seen[named.index] != nil ? 2 : 1
                if seen[named.index] != nil { continue }
                seen[named.index] = IndicatorRecord(id: indicator.id, text: text, seen: tick(mark, place),
                                                    similarity: similarity < 1 ? similarity : nil)
                record.sources[place] = source(candidate.location, .wording)
            } else {
                let markColumn = columns.values.contains { $0 == .mark || $0 == .negativeMark }
                pending.append((candidate.table, candidate.outcome, text, mark, candidate.location.path, markColumn))
                if case .ambiguous = match {
                    diagnose(.indicatorAmbiguous, candidate.location.path, quotes: [Piece.quote([Piece(text: text, format: RunFormat())])])
                }
            }
        }
        // Rows of kijkkader tables that match no indicator are kept, with their text:
        // every row holding a mark, and every row of a table mostly matched.
        let duplicates = matcher.named.indices.filter { rowsPerIndicator[$0] > 1 }
        for i in duplicates.sorted(by: { matcher.named[$0].indicator.id < matcher.named[$1].indicator.id }) {
            diagnose(.indicatorDuplicate, matcher.named[i].place, number: rowsPerIndicator[i])
        }
        var kept: [(outcome: String?, record: IndicatorRecord)] = []
        for row in pending {
            let matched = matchedPerTable[row.table] ?? 0
            // A row holding a mark is kept in a table that is a kijkkader: some rows matched, or a "Gezien" column.
            guard matched >= 3 || ((matched >= 1 || row.markColumn) && row.mark != .empty) else { continue }
            let quote = Piece.quote([Piece(text: row.text, format: RunFormat())])
            kept.append((row.outcome, IndicatorRecord(id: nil, text: row.text, seen: tick(row.mark, row.path))))
            diagnose(row.outcome == nil ? .indicatorOutsideOutcome : .indicatorUnmatched, row.path, quotes: [quote])
        }
        for i in record.outcomes.indices {
            let outcome = catalogue.outcomes[i]
            record.outcomes[i].indicators = seen[matcher.places(of: outcome.id)].compactMap { $0 }
            record.outcomes[i].indicators += kept.filter { $0.outcome == outcome.id }.map(\.record)
        }
    }

    /// A mark as a row's `seen`: an empty cell is not seen; a mark meaning
    /// neither, or both, is nil with a diagnostic on `place`.
    private mutating func tick(_ mark: MarkReading, _ place: String) -> Bool? {
        switch mark {
        case .unknown(let quote): diagnose(.indicatorMarkUnknown, place, quotes: [quote])
        case .conflict(let quote): diagnose(.indicatorMarkConflict, place, quotes: [quote])
        case .empty, .marked: break
        }
        return mark.ticked
    }

    /// Whether a row is a kijkkader table's header: its first row, reading
    /// "Indicator | Gezien | Toelichting" (or any first cell, over headings only).
    static func isHeaderRow(_ row: Candidate, _ columns: [Int: ColumnKind]) -> Bool {
        guard row.place.isFirstRow else { return false }
        if Vocabulary.heading(Catalogue.fold(row.firstCellText), isOneOf: Vocabulary.indicatorHeadings) { return true }
        // The first row's texts are the table's headings: all headed columns after the first are for marks or notes.
        let headed = row.cells.dropFirst().filter { row.header[$0.column]?.isEmpty == false }
        return !headed.isEmpty && headed.allSatisfy { columns[$0.column] != .other }
    }

    /// The cell of a kijkkader row that holds its sentence, and the sentence
    /// without the marks around it: the first or second cell, of at least 15
    /// letters, outside the columns for notes (a first cell may name the
    /// dimension, or hold the box). Where both qualify, the one that matches
    /// an indicator, else the longer. Nil when the row has no such cell.
    func sentence(of row: Candidate, _ columns: [Int: ColumnKind]) -> (Int, String)? {
        // Most rows: the sentence alone in the first cell, no more than a mark after it; or no sentence at all.
        let first = FormReading.isSentenceLength(row.firstCellText), rest = FormReading.isSentenceLength(row.pieces)
        if first && !rest && !FormReading.mayHoldMarks(row.firstCellText) { return (0, row.firstCellText) }
        if !first && !rest { return nil }
        var found: [(Int, String)] = []
        for (i, cell) in row.cells.prefix(2).enumerated() {
            if columns[cell.column] == .note { continue }
            let text = FormReading.marksAround(row.pieces(ofCell: i)).text
            if FormReading.isSentenceLength(text) { found.append((i, text)) }
        }
        guard found.count == 2 else { return found.first }
        let matching = found.filter { if case .indicator = matcher.match($0.1, in: row.outcome) { true } else { false } }
        if matching.count == 1 { return matching[0] }
        return found.max { $0.1.count < $1.1.count }
    }

    /// The fewest characters a kijkkader sentence has.
    private static let sentenceLength = 15

    /// Whether a text is long enough to be a kijkkader sentence (characters counted no further).
    static func isSentenceLength(_ text: String) -> Bool {
        !text.hasAtMostCharacters(sentenceLength - 1)
    }

    /// Whether pieces' text, joined, is of a sentence's length: joined only
    /// when their bytes do not settle it (fewer bytes than the length cannot
    /// be as many characters; a row of boxes is mostly a few bytes).
    static func isSentenceLength(_ pieces: [Piece]) -> Bool {
        guard pieces.reduce(0, { $0 + $1.text.utf8.count }) >= sentenceLength else { return false }
        return isSentenceLength(pieces.map(\.text).joined())
    }

    /// Whether a cell's text may begin or end with a mark (a box, a tick, a cross, a lone X or V).
    static func mayHoldMarks(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        func mark(_ c: Unicode.Scalar) -> Bool { !c.isASCII || "xXvV".unicodeScalars.contains(c) }
        return mark(first) || mark(last)
    }

    /// A cell's text split into the marks before and after it and the text
    /// between ("☒ Je past consequent…" → "☒", the sentence, "").
    static func marksAround(_ pieces: [Piece]) -> (before: [Piece], text: String, after: [Piece]) {
        let text = pieces.map(\.text).joined()
        // Boxes, ticks and crosses only: a dash before a sentence is a bullet.
        func isMark(_ c: Character) -> Bool {
            Vocabulary.tickGlyphs.contains(c) || Vocabulary.boxGlyphs.contains(c) || Vocabulary.crossGlyphs.contains(c)
        }
        var leading = text.prefix { isMark($0) || $0.isWhitespace }
        // A lone letter ticking the row: "X Je past consequent…".
        if String(leading).trimmed.isEmpty, let first = text.first, "xXvV".contains(first), text.dropFirst().first?.isWhitespace == true {
            leading = text.prefix(2)
        }
        let rest = text.dropFirst(leading.count)
        let trailing = rest.reversed().prefix { isMark($0) || $0.isWhitespace }
        let sentence = String(rest.dropLast(trailing.count)).trimmed
        let contradicted = pieces.contains(where: \.contradicted)
        func mark(_ s: Substring) -> [Piece] {
            String(s).trimmed.isEmpty ? [] : [Piece(text: String(s), format: RunFormat(), contradicted: contradicted)]
        }
        return (mark(leading), sentence, mark(Substring(String(trailing.reversed()))))
    }

    /// What a kijkkader row's marks say, over its cells other than the
    /// sentence's and the marks beside the sentence in its own cell: a tick
    /// in a column headed "niet gezien" or "nee" counts against, in any other
    /// column for; columns for notes are passed over, and so is a long text
    /// in a column whose heading names no mark.
    static func seen(_ row: Candidate, sentence: Int = 0, _ columns: [Int: ColumnKind]) -> MarkReading {
        var yes = false, no = false
        var marked: [[Piece]] = []
        for (i, cell) in row.cells.enumerated() {
            let column = columns[cell.column] ?? .other
            if column == .note { continue }
            // A first-cell sentence with nothing around it that could be a mark holds none.
            if i == sentence && sentence == 0 && !mayHoldMarks(row.firstCellText) { continue }
            var pieces = row.pieces(ofCell: i)
            if i == sentence {
                let around = marksAround(pieces)
                pieces = around.before + around.after
            }
            let reading = MarkReading.read(pieces)
            // A cell before the sentence that is no mark names the dimension.
            if i < sentence, case .unknown = reading { continue }
            switch reading {
            case .empty: continue
            case .marked(true): if column == .negativeMark { no = true } else { yes = true }
            case .marked(false): if column != .negativeMark { no = true }
            case .unknown(let quote):
                if column == .other && quote.count > 20 { continue }
                return reading
            case .conflict: return reading
            }
            marked.append(pieces)
        }
        if yes && no { return .conflict(marked.map(Piece.quote).joined(separator: " | ")) }
        return yes || no ? .marked(yes) : .empty
    }

    /// What a row's sentence is among the catalogue's indicators.
    enum IndicatorMatch {
        /// The indicator, and how close the wording is (1 for the sentence itself).
        case indicator(IndicatorMatcher.Named, similarity: Double)
        /// Close to two indicators alike.
        case ambiguous
        case none
    }

    /// Matches kijkkader rows against the catalogue's sentences: equal (one
    /// dictionary lookup), or by the share of their content words (stems of
    /// at most six letters, without the small words), where a shortened row
    /// whose words all stand in a sentence counts as close. A row is compared
    /// with its own outcome's sentences first and with all only when none of
    /// those is close. The best must stand clear of the next; below the
    /// threshold nothing is taken. Words are numbered once and each sentence's
    /// words kept as a bit set, so comparing costs a few machine words.
    struct IndicatorMatcher: Sendable {
        /// The least similarity taken as a match.
        static let threshold = 0.6
        /// How far the best must stand above a different second-best.
        static let margin = 0.08

        /// An indicator with the names a record gives it, made once per converter.
        struct Named: Sendable {
            let indicator: Indicator
            /// Its place among the catalogue's indicators, in order.
            let index: Int
            /// The tag of its checkbox in the template: `seen.<id>`.
            let tag: String
            /// Its place in a record's sources and diagnostics: `indicators.<id>`.
            let place: String
        }

        private struct Key: Sendable {
            let bits: [UInt64]
            let wordCount: Int
        }
        /// The catalogue's indicators in its order, named.
        let named: [Named]
        /// A text hashed and compared by its UTF-8 bytes, without Unicode's
        /// equivalence: texts equal so fold alike.
        private struct Bytes: Hashable, Sendable {
            let text: String
            static func == (a: Bytes, b: Bytes) -> Bool {
                guard a.text.utf8.count == b.text.utf8.count else { return false }
                var (x, y) = (a.text, b.text)
                return x.withUTF8 { x in y.withUTF8 { y in Bytes.equal(UnsafeRawBufferPointer(x), UnsafeRawBufferPointer(y)) } }
            }
            /// Whether two buffers of one length hold the same bytes, compared eight at a time.
            private static func equal(_ x: UnsafeRawBufferPointer, _ y: UnsafeRawBufferPointer) -> Bool {
                var i = 0
                while i + 8 <= x.count {
                    guard x.loadUnaligned(fromByteOffset: i, as: UInt64.self) == y.loadUnaligned(fromByteOffset: i, as: UInt64.self) else {
                        return false
                    }
                    i += 8
                }
                while i < x.count {
                    guard x[i] == y[i] else { return false }
                    i += 1
                }
                return true
            }
            func hash(into hasher: inout Hasher) {
                var text = text
                text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            }
        }
        private let vocabulary: [String: Int]
        private let keys: [Key]
        private let exact: [String: Int]
        /// The sentences as the catalogue prints them, with what ``exact`` gives
        /// for their folded text: a row printing one is found without folding.
        private let printed: [Bytes: Int]
        /// The keys of each outcome, by outcome id (keys are in catalogue order).
        private let outcomeKeys: [String: Range<Int>]

        /// The places (``Named/index``) of an outcome's indicators; empty for an outcome not in the catalogue.
        func places(of outcome: String) -> Range<Int> {
            outcomeKeys[outcome] ?? 0..<0
        }
        private let width: Int

        private static let smallWords: Set<String> = [
            "je", "de", "het", "een", "en", "van", "in", "op", "te", "dat", "die", "met", "voor", "aan", "om", "zijn", "of", "bij",
            "hoe", "wat", "er", "als", "door", "naar", "ook", "is", "je", "jouw", "eigen", "waarin", "waarbij", "daarbij", "hun",
        ]

        init(_ outcomes: [Outcome]) {
            let indicators = outcomes.flatMap { $0.dimensions.flatMap(\.indicators) }
            let words = indicators.map { IndicatorMatcher.stems(Catalogue.fold($0.text)) }
            var vocabulary: [String: Int] = [:]
            for set in words { for word in set where vocabulary[word] == nil { vocabulary[word] = vocabulary.count } }
            let width = (vocabulary.count + 63) / 64
            self.vocabulary = vocabulary
            self.width = width
            named = indicators.enumerated().map { Named(indicator: $1, index: $0, tag: "seen.\($1.id)", place: "indicators.\($1.id)") }
            keys = indicators.indices.map { i in
                Key(bits: IndicatorMatcher.bits(words[i], vocabulary, width), wordCount: words[i].count)
            }
            let exact = Dictionary(indicators.enumerated().map { (Catalogue.fold($1.text), $0) }, uniquingKeysWith: { first, _ in first })
            self.exact = exact
            printed = Dictionary(indicators.map { (Bytes(text: $0.text), exact[Catalogue.fold($0.text)]!) }, uniquingKeysWith: { first, _ in first })
            var ranges: [String: Range<Int>] = [:]
            var start = 0
            for outcome in outcomes {
                let count = outcome.dimensions.reduce(0) { $0 + $1.indicators.count }
                ranges[outcome.id] = start..<start + count
                start += count
            }
            outcomeKeys = ranges
        }

        /// The content words of folded text, as stems.
        private static func stems(_ folded: String) -> Set<String> {
            Set(Catalogue.words(folded).compactMap { word in
                smallWords.contains(String(word)) ? nil : String(word.prefix(6))
            })
        }

        private static func bits(_ words: Set<String>, _ vocabulary: [String: Int], _ width: Int) -> [UInt64] {
            var bits = [UInt64](repeating: 0, count: width)
            for word in words { if let id = vocabulary[word] { bits[id / 64] |= 1 << UInt64(id % 64) } }
            return bits
        }

        /// The indicator a row's sentence is, preferring those of `outcome`
        /// (the section the row is in); nil unless it is a clear match.
        func bestMatch(_ text: String, in outcome: String?) -> Indicator? {
            if case .indicator(let named, _) = match(text, in: outcome) { return named.indicator }
            return nil
        }

        /// What a row's sentence is, preferring the indicators of `outcome`.
        func match(_ text: String, in outcome: String?) -> IndicatorMatch {
            if let i = printed[Bytes(text: text)] { return .indicator(named[i], similarity: 1) }
            let folded = Catalogue.fold(text)
            if let i = exact[folded] { return .indicator(named[i], similarity: 1) }
            let words = IndicatorMatcher.stems(folded)
            guard !words.isEmpty else { return .none }
            let row = IndicatorMatcher.bits(words, vocabulary, width)
            let own = outcome.map(places(of:)) ?? 0..<0
            let inOwn = ranked(in: [own], row, words.count)
            if let best = inOwn.first, best.score >= IndicatorMatcher.threshold { return decide(inOwn) }
            return decide(ranked(in: [0..<own.lowerBound, own.upperBound..<keys.count], row, words.count))
        }

        private func decide(_ ranked: [(key: Int, score: Double)]) -> IndicatorMatch {
            guard let best = ranked.first, best.score >= IndicatorMatcher.threshold else { return .none }
            if ranked.count > 1, ranked[1].score > best.score - IndicatorMatcher.margin { return .ambiguous }
            return .indicator(named[best.key], similarity: (best.score * 100).rounded() / 100)
        }

        /// The two closest keys of `ranges`, closest first.
        private func ranked(in ranges: [Range<Int>], _ row: [UInt64], _ wordCount: Int) -> [(key: Int, score: Double)] {
            var top: [(key: Int, score: Double)] = []
            for range in ranges {
                for k in range {
                    let key = keys[k]
                    var common = 0
                    for i in 0..<width { common += (row[i] & key.bits[i]).nonzeroBitCount }
                    guard common > 0 else { continue }
                    var score = Double(common) / Double(wordCount + key.wordCount - common)
                    if wordCount >= 4, wordCount < key.wordCount, common >= wordCount - wordCount / 8 {
                        // A shortened sentence, all (or all but one in eight) of its words in the catalogue's: a little below an equal one.
                        score = max(score, 0.9 * Double(common) / Double(wordCount))
                    }
                    top.append((k, min(score, 0.99)))
                    top.sort { $0.score > $1.score }
                    if top.count > 2 { top.removeLast() }
                }
            }
            return top
        }
    }
}
