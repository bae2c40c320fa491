// Where a login is kept between runs: a file only its owner can read, in the
// user's configuration folder. The password is never kept; the tokens are.
#if EJournalPosting
import Foundation
import WholeFiles

/// The saved login: `$XDG_CONFIG_HOME/docxforms/ejournal-login.json`, else
/// `~/.config/docxforms/ejournal-login.json`, mode 0600.
public enum LoginFile {
    /// The file's path for an environment.
    public static func path(environment: [String: String]) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((environment["HOME"] ?? ".") + "/.config")
        return base + "/docxforms/ejournal-login.json"
    }

    /// The login kept in `path`, or nil when there is none (or it cannot be read).
    public static func read(_ path: String) -> EJournalLogin? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(EJournalLogin.self, from: data)
    }

    /// Keeps `login` in `path`, readable by the user only, written whole or not at all.
    public static func write(_ login: EJournalLogin, to path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])) != nil,
              let data = try? JSONEncoder().encode(login) else { return false }
        // Created 0600 from the start: the tokens are never readable by others, not even for a moment.
        return (try? WholeFile.write(Array(data), to: path, mode: 0o600)) != nil
    }
}
#endif
