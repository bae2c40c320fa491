// Folders: the names in a folder, for the commands that take folders of forms
// or of plugin files.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Listing folders.
public enum Folder {
    /// The names in the folder at `path` (not `.` and `..`), unsorted; nil when
    /// it cannot be opened. Each name is read up to its terminating zero, inside
    /// the entry the system returned (which may be shorter than `d_name`'s
    /// declared 256 bytes: copying that field whole reads past the entry).
    public static func names(_ path: String) -> [String]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        let offset = MemoryLayout<dirent>.offset(of: \.d_name)!
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = String(cString: (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: CChar.self))
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Whether `path` is a folder.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
