/// How a run of the command line ends: the one table of exit statuses, used
/// by every command, and for a file that cannot be read also the HTTP status
/// the web page answers. README documents it (a test holds the two together).
/// Never renumber: scripts act on these.
public enum ExitStatus: Int32, Sendable, CaseIterable {
    case success = 0
    case findings = 1
    case severalFailures = 2
    case unreadable = 3
    case emptyFile = 4
    case notADocx = 5
    case damagedZip = 6
    case corruptData = 7
    case encrypted = 8
    case legacyDoc = 9
    case notAWordDocument = 10
    case missingPart = 11
    case malformedXML = 12
    case doctypeRefused = 13
    case limitExceeded = 14
    case outputNotWritable = 15
    case invalidPluginOrMap = 16
    case cannotListen = 17
    case notAForm = 18
    case invalidSettings = 19
    case nothingToRead = 20
    case notPosted = 21
    case eJournalUnavailable = 22
    case usage = 64

    /// What the status means, as README's table says it.
    public var meaning: Phrase { Texts.Exit.meaning(self) }

    /// For a file that cannot be read: what the web page's API answers, 413
    /// for a limit, 415 for what is no Word document, 422 for a damaged one or
    /// no form. Nil for the statuses that are no file's.
    public var httpStatus: Int? {
        switch self {
        case .limitExceeded: 413
        case .notADocx, .encrypted, .legacyDoc, .notAWordDocument: 415
        case .unreadable, .emptyFile, .damagedZip, .corruptData, .missingPart, .malformedXML, .doctypeRefused, .notAForm: 422
        default: nil
        }
    }

    /// The status of a run in which files failed with `statuses`: theirs when
    /// they all failed alike (so one bad file answers the same whether it was
    /// given alone or among others), else ``severalFailures``; nil when none failed.
    public static func of(failures statuses: some Sequence<ExitStatus>) -> ExitStatus? {
        var found: ExitStatus?
        for status in statuses {
            if let known = found, known != status { return .severalFailures }
            found = status
        }
        return found
    }
}
